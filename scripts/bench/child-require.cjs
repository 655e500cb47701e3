// Run in a fresh process by import.mjs: how long the first require of the CommonJS build takes.
const t0 = performance.now();
require(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
