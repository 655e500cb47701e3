import React, { type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { RedirectView } from '@site/plugins/kzdata/views/index';
import { redirectKindLabels } from '@kzprotest/data/format';
import { labelOf } from '../kz/data';
import { Links, RecordLayout } from './common';

/** The page of an id that moved or split: says where it went, so old links keep working. */
export default function RedirectPage({ data }: { data: { redirect: RedirectView } }): ReactNode {
  const r = data.redirect;
  const only = r.kind === 'moved' && r.to.length === 1 ? r.to[0] : undefined;
  const { withBaseUrl } = useBaseUrlUtils();
  return (
    <RecordLayout title={`${r.id} ${labelOf(redirectKindLabels, r.kind)}`} kicker="Redirect" description={r.reason}>
      {only ? (
        <Head>
          <meta httpEquiv="refresh" content={`0; url=${withBaseUrl(only.href)}`} />
          <link rel="canonical" href={withBaseUrl(only.href, { absolute: true })} />
        </Head>
      ) : null}
      <p>
        {r.kind === 'moved' ? 'This record is now' : 'This record became'} <Links links={r.to} /> ({r.date}): {r.reason}
      </p>
    </RecordLayout>
  );
}
