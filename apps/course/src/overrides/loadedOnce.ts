/**
 * A dynamic import made at the first call and shared by every later one. A failed fetch (a
 * dropped connection on a phone) is forgotten, so the next call tries again instead of the
 * feature failing for the rest of the visit.
 * @example const progressBar = loadedOnce(() => import('nprogress'))
 */
export function loadedOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
