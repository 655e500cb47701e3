// Run in a fresh process by import.mjs: reading and JSON.parse of the same data bytes, the floor.
import { readFileSync } from 'node:fs';

const t0 = performance.now();
JSON.parse(readFileSync(process.argv[2], 'utf8'));
// as in child-import.mjs, the clock stops before process.stdout is set up
const elapsed = performance.now() - t0;
process.stdout.write(String(elapsed));
