/**
 * The search plugin's results page (ejected from @easyops-cn/docusaurus-search-local 0.55), with
 * one change: each page is listed once (onePerPage.ts), its matching sections under it, where the
 * plugin listed a page once for its title and again for its text. The course has one search
 * context, so the plugin's context selector is left out.
 */
import React, { useEffect, useMemo, useState, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useSearchQuery from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery';
import { fetchIndexesByWorker, searchByWorker } from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import { highlight } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight';
import { highlightStemmed } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed';
import { getStemmedPositions } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions';
import { concatDocumentPath } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/concatDocumentPath';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage/SearchPage.module.css';
import { onePerPage, type PageOfHits } from './onePerPage';
import type { SearchHit } from './SearchHit';

// the plugin's SearchDocumentType
const TITLE = 0;
const HEADING = 1;
const CONTENT = 4;

export default function SearchPage(): ReactNode {
  return (
    <Layout>
      <SearchPageContent />
    </Layout>
  );
}

function SearchPageContent(): ReactNode {
  const { siteConfig: { baseUrl } } = useDocusaurusContext();
  const { searchValue, searchContext, searchVersion, updateSearchPath } = useSearchQuery();
  const [searchQuery, setSearchQuery] = useState(searchValue);
  const [results, setResults] = useState<SearchHit[] | undefined>();
  const [ready, setReady] = useState(false);
  const versionUrl = `${baseUrl}${searchVersion}`;
  const pages = useMemo(() => (results ? onePerPage(results) : undefined), [results]);

  useEffect(() => {
    updateSearchPath(searchQuery);
    if (!searchQuery) {
      setResults(undefined);
      return;
    }
    let current = true;
    void searchByWorker(versionUrl, searchContext, searchQuery, 100).then((hits) => current && setResults(hits));
    return () => {
      current = false;
    };
    // not updateSearchPath: it is a new function on every render, and would search in a loop
  }, [searchQuery, versionUrl, searchContext]);

  useEffect(() => {
    // a new ?q= in the address (the navbar's "See all results") replaces what was typed
    if (searchValue && searchValue !== searchQuery) setSearchQuery(searchValue);
  }, [searchValue]);

  useEffect(() => {
    void fetchIndexesByWorker(versionUrl, searchContext).then(() => setReady(true));
  }, [searchContext, versionUrl]);

  const title = searchQuery ? `Search results for "${searchQuery}"` : 'Search the documentation';
  return (
    <>
      <Head>
        {/* search pages are not for search engines (facebook/docusaurus#3233) */}
        <meta property="robots" content="noindex, follow" />
        <title>{title}</title>
      </Head>
      <div className="container margin-vert--lg">
        <h1>{title}</h1>
        <div className="row">
          <div className="col col--12">
            <input type="search" name="q" className={styles.searchQueryInput} aria-label="Search" onChange={(e) => setSearchQuery(e.target.value)} value={searchQuery} autoComplete="off" autoFocus />
          </div>
        </div>
        {!ready && searchQuery ? <p>Loading the search index…</p> : null}
        {pages ? <p>{pages.length === 0 ? 'No pages were found' : pages.length === 1 ? '1 page found' : `${pages.length} pages found`}</p> : null}
        <section>
          {pages?.map((p) => (
            <PageResult key={p.url} page={p} />
          ))}
        </section>
      </div>
    </>
  );
}

/** One page: its best hit as the plugin shows a hit, then its other matching sections as links. */
function PageResult({ page: { lead, sections } }: { page: PageOfHits<SearchHit> }): ReactNode {
  const { document, type, page, tokens, metadata } = lead;
  const isTitle = type === TITLE;
  const isText = type === CONTENT || type === 2;
  const isTitleRelated = isTitle || type === 2 || type === 3;
  const pathItems = [...((isTitle ? document.b : page ? page.b : undefined) ?? [])];
  if (!isTitleRelated && page) pathItems.push(page.t);
  const heading = type === CONTENT || type === 2 || type === 3 ? (document.s ?? document.t) : document.t;
  return (
    <article className={styles.searchResultItem}>
      <h2>
        <Link
          to={document.u + (document.h ?? '')}
          dangerouslySetInnerHTML={{
            __html: type === CONTENT || type === 2 || type === 3 ? highlight(heading, tokens) : highlightStemmed(heading, getStemmedPositions(metadata, 't'), tokens, 100),
          }}
        />
      </h2>
      {pathItems.length > 0 ? <p className={styles.searchResultItemPath}>{concatDocumentPath(pathItems)}</p> : null}
      {isText ? <p className={styles.searchResultItemSummary} dangerouslySetInnerHTML={{ __html: highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens, 100) }} /> : null}
      {sections.length > 0 ? (
        <p className={styles.searchResultItemPath}>
          Also in:{' '}
          {sections.map((s, i) => (
            <React.Fragment key={s.document.h}>
              {i > 0 ? ', ' : ''}
              <Link to={s.document.u + (s.document.h ?? '')}>{s.type === HEADING ? s.document.t : (s.document.s ?? s.document.t)}</Link>
            </React.Fragment>
          ))}
        </p>
      ) : null}
    </article>
  );
}
