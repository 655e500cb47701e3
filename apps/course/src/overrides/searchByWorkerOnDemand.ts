/**
 * Stands in for the search plugin's `searchByWorker` in its navbar bar (docusaurus.config.ts,
 * searchWorkerOnDemand): the same two functions, with the module that starts the index worker
 * (and the comlink library it talks through) fetched at the first call, which the bar makes
 * when the search box is first focused, instead of in every page's main.js.
 */
import { loadedOnce } from './loadedOnce';

type SearchByWorker = typeof import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker');

const workerModule = loadedOnce((): Promise<SearchByWorker> => import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker'));

/** Loads the index of a search context in the worker (the plugin's function, fetched on first use). */
export async function fetchIndexesByWorker(...args: Parameters<SearchByWorker['fetchIndexesByWorker']>): Promise<void> {
  return (await workerModule()).fetchIndexesByWorker(...args);
}

/** Runs a query in the worker (the plugin's function, fetched on first use). */
export async function searchByWorker(...args: Parameters<SearchByWorker['searchByWorker']>): ReturnType<SearchByWorker['searchByWorker']> {
  return (await workerModule()).searchByWorker(...args);
}
