// citation-js ships no types; this is the part the exporters' tests and the course's teacher tools
// use (apps/course/tsconfig.json includes this file).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): any;
  }
  export const plugins: { config: { get(name: string): any } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
