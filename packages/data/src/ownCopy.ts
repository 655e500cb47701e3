/**
 * The string in memory of its own. V8 makes a substring of 13 characters or more a view into its
 * parent, so one id kept from a file (js-yaml gives each value as a slice of its file's text) kept
 * the whole file's text alive: about 120 MB of YAML at 100,000 events (BENCHMARKS.md, tenth
 * round). JSON.parse makes a flat copy; shorter strings are copies already.
 * @example ownCopy(text.slice(10, 40)) // the same characters, holding nothing of `text`
 */
export const ownCopy = (text: string): string => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string));
