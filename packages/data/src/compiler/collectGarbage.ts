/**
 * A full garbage collection, where the build has just let a large structure go, when the process
 * allows it (`node --expose-gc`: `npm run build` runs the compiler so); otherwise nothing.
 *
 * Why: V8 sets the heap size of its next full collection from the last one, as a multiple of what
 * survived it. The 100,000-event build's first one comes early, in the parse, and the multiple
 * it sets let the heap grow to about 650 MB before the next; after that one nothing was
 * collected again while the indexes and the JSON were made. The live heap is at most about
 * 440 MB (during assembly, when the parsed context and the dataset are both alive), and the
 * build's peak resident memory was 785 to 997 MiB by when V8 chose to collect; collected at
 * the four points that call this, it was 638 to 650 MiB, for about 1.5 s of collecting
 * (BENCHMARKS.md, fifteenth round).
 * @example collectGarbage(); // the rules' scratch is gone before assembly allocates the dataset
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
