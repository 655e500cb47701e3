/** Why a query was refused. */
export type KzDataErrorCode = 'UNKNOWN_ID' | 'WRONG_COLLECTION' | 'INVALID_DATE' | 'INVALID_ARGUMENT';

// named KzDataError, as users see it in stack traces and `error.constructor.name`
const KzDataErrorClass = class KzDataError extends Error {
  constructor(
    readonly code: KzDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KzDataError';
  }
};

// Node may load the ES module and the CommonJS build into one process (an ESM app with a CommonJS
// dependency that also uses the package), and each bundle would define its own class; both take
// the class from one global registry slot, so `instanceof KzDataError` holds across them
const slot = Symbol.for('@kzprotest/data:KzDataError@1');
const registry = globalThis as { [slot]?: typeof KzDataErrorClass };

/**
 * The one error type the query API throws; `code` says which mistake it was. The same class in
 * the ES module and the CommonJS build.
 * @example try { get('nope') } catch (e) { if (e instanceof KzDataError && e.code === 'UNKNOWN_ID') ... }
 */
export const KzDataError: KzDataErrorConstructor = (registry[slot] ??= KzDataErrorClass);
/** An error of the query API, with the `code` of the mistake. */
export interface KzDataError extends Error {
  readonly code: KzDataErrorCode;
}
// spelled out rather than `typeof KzDataErrorClass`, whose declaration would name Node's own
// Error statics (NodeJS.CallSite) and so fail in a consumer without @types/node
/** The KzDataError class: `new KzDataError('UNKNOWN_ID', 'no record "x"')`. */
export interface KzDataErrorConstructor {
  new (code: KzDataErrorCode, message: string): KzDataError;
  readonly prototype: KzDataError;
}
