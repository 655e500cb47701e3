/** Why a query was refused. */
export type KzDataErrorCode = 'UNKNOWN_ID' | 'WRONG_COLLECTION' | 'INVALID_DATE' | 'INVALID_ARGUMENT';

/**
 * The one error type the query API throws; `code` says which mistake it was.
 * @example try { get('nope') } catch (e) { if (e instanceof KzDataError && e.code === 'UNKNOWN_ID') ... }
 */
export class KzDataError extends Error {
  constructor(
    readonly code: KzDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KzDataError';
  }
}
