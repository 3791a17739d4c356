/**
 * `localStorage`, guarded and per course. A private window, a blocked or full storage, or another
 * script's junk under our key must never break a page: reading gives `undefined`, writing reports
 * failure, nothing throws. Keys start with the course's id and base path, so two courses (a course
 * and its fork) published on one origin never see each other's progress.
 */

const { storagePrefix, legacyStoragePrefix } = __COURSE__;

/** This course's key for a store: `my-course@/my-course:quiz-progress`. */
export function storageKey(name: string): string {
  return `${storagePrefix}:${name}`;
}

/**
 * Reads a store. Progress kept before keys were per course (`<legacy prefix>:<name>`) is copied into
 * this course's key the first time, and read from there on; the old key stays, since it was shared
 * by every course on the origin.
 */
export function readJson(name: string): unknown {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    let raw = storage.getItem(storageKey(name));
    if (raw == null && legacyStoragePrefix) {
      raw = storage.getItem(`${legacyStoragePrefix}:${name}`);
      if (raw != null) storage.setItem(storageKey(name), raw);
    }
    return raw == null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Writes a store; `true` only if it will still be there after the page is left. A write that a full
 * storage dropped reads back as missing, and the in-memory stand-in for blocked storage (see
 * `storage-fallback.ts`) keeps values only for this page.
 */
export function writeJson(name: string, value: unknown): boolean {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return false;
    const text = JSON.stringify(value);
    storage.setItem(storageKey(name), text);
    const kept = storage.getItem(storageKey(name)) === text && !('transient' in storage);
    if (kept) askToPersist(storage);
    return kept;
  } catch {
    return false;
  }
}

let asking: Promise<unknown> | undefined;

/**
 * Once there is progress worth keeping, asks the browser not to clear this origin's storage when
 * space runs low. Once per course, remembered in storage: Firefox asks the student, and asking on
 * every answer would nag.
 */
function askToPersist(storage: Storage): void {
  const manager = globalThis.navigator?.storage;
  const asked = storageKey('persistence-asked');
  if (asking || !manager?.persist || storage.getItem(asked)) return;
  storage.setItem(asked, '1');
  asking = manager
    .persisted()
    .then((persisted) => persisted || manager.persist())
    .catch(() => undefined);
}

/** Whether the browser keeps this origin's storage when space runs low; `undefined` if it cannot say. */
export async function storagePersisted(): Promise<boolean | undefined> {
  try {
    await asking;
    return await globalThis.navigator?.storage?.persisted();
  } catch {
    return undefined;
  }
}
