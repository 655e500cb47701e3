// Run in a fresh process by import.mjs: how long the first import of one module takes.
const t0 = performance.now();
await import(process.argv[2]);
// the clock is read before process.stdout is touched: its first use sets the stream up, which would be timed too
const elapsed = performance.now() - t0;
process.stdout.write(String(elapsed));
