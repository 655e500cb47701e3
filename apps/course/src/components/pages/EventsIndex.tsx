import React, { type ReactNode } from 'react';
import type { TimelineData } from '@site/plugins/kzdata/views/index';
import Timeline from '../kz/Timeline';
import { RecordLayout } from './common';

/** /events: every event as a filterable timeline. */
export default function EventsIndex({ data }: { data: { timeline: TimelineData; contentWarnings: string[] } }): ReactNode {
  return (
    <RecordLayout contentWarnings={data.contentWarnings} title="Timeline" kicker="Events, earliest first" description="Every event in the course's data, from the sources, in date order.">
      <p>
        Every event the course's sources describe, in date order. Each links to its page, where the claims behind it are
        quoted.
      </p>
      <Timeline data={data.timeline} inAddress />
    </RecordLayout>
  );
}
