/**
 * Freezes an object and everything reachable from it, so a caller's `events[0].title = 'x'` throws
 * (in strict mode) instead of changing what every later query returns.
 * @example deepFreeze({ a: [1] }).a.push(2) // TypeError
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
