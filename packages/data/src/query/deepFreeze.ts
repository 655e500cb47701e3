/**
 * Freezes an object and everything reachable from it, so a caller's `events[0].title = 'x'` throws
 * (in strict mode) instead of changing what every later query returns.
 * @example deepFreeze({ a: [1] }).a.push(2) // TypeError
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // it runs over every record at import: index loops and for...in allocate no arrays
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object') deepFreeze(value[i]);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) if (typeof record[key] === 'object') deepFreeze(record[key]);
  }
  return value;
}
