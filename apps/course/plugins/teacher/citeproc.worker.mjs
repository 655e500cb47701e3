/**
 * citation-js (citeproc) in a worker thread, started by citations.ts as the site config loads.
 * Building the APA engine is the slowest part of formatting a citation; here it is built on the
 * machine's other core while the main thread loads the site, instead of on the main thread in the middle of it.
 * Plain JavaScript: Node starts a worker without the TypeScript loader that reads the config.
 *
 * Messages in:  { id, item, normalise }  (a CSL-JSON item; normalise: return it as citation-js reads it)
 * Messages out: { id, result: { csl?, apa: { html, text }, chicago: { html, text } } } or { id, error }
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const { styles, chicagoFile } = workerData;
plugins.config.get('@csl').styles.add(styles.chicago, readFileSync(chicagoFile, 'utf8'));

function format(item) {
  const cite = new Cite(item);
  const one = (template, format) => cite.format('bibliography', { template, format, lang: 'en-US' }).trim();
  return {
    apa: { html: one(styles.apa, 'html'), text: one(styles.apa, 'text') },
    chicago: { html: one(styles.chicago, 'html'), text: one(styles.chicago, 'text') },
  };
}

// both engines are built by their first use: do it now, before the first request arrives
format({ id: 'warm-up', type: 'webpage', title: 'Warm-up' });

parentPort.on('message', ({ id, item, normalise }) => {
  try {
    const csl = normalise ? new Cite(item).format('data', { format: 'object' })[0] : undefined;
    parentPort.postMessage({ id, result: { ...(csl ? { csl } : {}), ...format(csl ?? item) } });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
