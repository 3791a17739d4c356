/**
 * Checks for data read back from storage or a progress file: what was saved may be old, foreign or
 * corrupt, so nothing read is trusted until it passes.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a stored record that pass a check; the others are dropped, one at a time. */
export function keepWellFormed<T>(
  value: unknown,
  isWellFormed: (entry: unknown) => entry is T,
): Record<string, T> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => isWellFormed(entry))) as Record<
    string,
    T
  >;
}
