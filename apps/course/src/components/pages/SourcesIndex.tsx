import React, { type ReactNode } from 'react';
import type { SourceView } from '@site/plugins/kzdata/views/index';
import { SourceCard } from '../kz/Cards';
import { RecordLayout } from './common';

/** /sources: every source with its citation and perspective. */
export default function SourcesIndex({ data }: { data: { sources: SourceView[]; contentWarnings: string[] } }): ReactNode {
  return (
    <RecordLayout contentWarnings={data.contentWarnings} title="Sources" kicker="The texts the course is built on" description="The published texts every claim in the course quotes.">
      <p>
        Every date, figure and quote in the course comes from one of these {data.sources.length} texts. Each page lists the
        claims taken from it, in the order they appear.
      </p>
      {data.sources.map((s) => (
        <SourceCard key={s.id} data={s} headingLevel="h2" />
      ))}
    </RecordLayout>
  );
}
