/**
 * citation-js (citeproc) in a worker thread, started by citations.ts as the site config loads.
 * Building the APA engine is the slowest part of formatting a citation; here it is built on the
 * machine's other core while the main thread loads the site, instead of on the main thread in the middle of it.
 * Plain JavaScript: Node starts a worker without the TypeScript loader that reads the config.
 *
 * Messages in:  { id, item, styleItems?, normalise }  (CSL-JSON; styleItems { apa, chicago },
 *               when given, are what each style formats, item what is returned; normalise:
 *               return item as citation-js reads it)
 * Messages out: { id, result: { csl?, apa: { html, text }, chicago: { html, text } } } or { id, error }
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const { styles } = workerData;
// the CSL project's Chicago 17th edition (notes and bibliography), as its npm package ships it
const chicago = createRequire(import.meta.url)('@citation/csl-style-chicago-note-bibliography/info.json');
plugins.config.get('@csl').styles.add(styles.chicago, chicago.content);

function format(items) {
  const one = (cite, template, format) => cite.format('bibliography', { template, format, lang: 'en-US' }).trim();
  const apa = new Cite(items.apa);
  const chicago = items.chicago === items.apa ? apa : new Cite(items.chicago);
  return {
    apa: { html: one(apa, styles.apa, 'html'), text: one(apa, styles.apa, 'text') },
    chicago: { html: one(chicago, styles.chicago, 'html'), text: one(chicago, styles.chicago, 'text') },
  };
}

const both = (item) => ({ apa: item, chicago: item });

// both engines are built by their first use: do it now, before the first request arrives
format(both({ id: 'warm-up', type: 'webpage', title: 'Warm-up' }));

parentPort.on('message', ({ id, item, styleItems, normalise }) => {
  try {
    const csl = normalise ? new Cite(item).format('data', { format: 'object' })[0] : undefined;
    parentPort.postMessage({ id, result: { ...(csl ? { csl } : {}), ...format(styleItems ?? both(csl ?? item)) } });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
