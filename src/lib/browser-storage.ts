/**
 * `localStorage`, guarded. A private window, a blocked or full storage, or another script's junk under
 * our key must never break a page: reading gives `undefined`, writing reports failure, nothing throws.
 */
export function readJson(key: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw == null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Writes a value; `true` only if it will still be there after the page is left. A write that a full
 * storage dropped reads back as missing, and the in-memory stand-in for blocked storage (see
 * `storage-fallback.ts`) keeps values only for this page.
 */
export function writeJson(key: string, value: unknown): boolean {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return false;
    const text = JSON.stringify(value);
    storage.setItem(key, text);
    return storage.getItem(key) === text && !('transient' in storage);
  } catch {
    return false;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
