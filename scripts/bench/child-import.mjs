// Run in a fresh process by import.mjs: how long the first import of one module takes.
const t0 = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
