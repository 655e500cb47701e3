// The two functions the build uses; js-yaml 4 ships no types of its own.
declare module 'js-yaml' {
  export const CORE_SCHEMA: unknown;
  export function load(text: string, options?: { schema?: unknown; filename?: string; json?: boolean }): unknown;
}
