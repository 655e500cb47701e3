/**
 * JSON text with each character outside ASCII written as a `\u` escape, as Python's `json.dumps`
 * writes by default: the same values, in a file that Node reads into a one-byte string and
 * parses faster than the same text with a few curly quotes in it (BENCHMARKS.md, import).
 * @example asciiJson(JSON.stringify('it’s')) // "\"it\\u2019s\""
 */
export const asciiJson = (json: string): string => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
