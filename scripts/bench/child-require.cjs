// Run in a fresh process by import.mjs: how long the first require of the CommonJS build takes.
const t0 = performance.now();
require(process.argv[2]);
// as in child-import.mjs, the clock stops before process.stdout is set up
const elapsed = performance.now() - t0;
process.stdout.write(String(elapsed));
