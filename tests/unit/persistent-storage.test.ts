import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const data = new Map<string, string>();
let failing = false;

beforeEach(() => {
  data.clear();
  failing = false;
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

/** A storage manager that grants persistence (or not) when asked. */
function stubStorageManager({ persisted = false, grants = true } = {}) {
  const manager = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grants;
      return grants;
    }),
  };
  vi.stubGlobal('navigator', { storage: manager });
  return manager;
}

/** The storage module as a fresh page loads it. */
async function page() {
  vi.resetModules();
  return import('../../src/client/browser-storage.ts');
}

test('the first progress saved asks the browser to keep storage, once per course', async () => {
  // A browser that refuses: asking again on the next page would nag a Firefox user.
  const manager = stubStorageManager({ grants: false });
  const first = await page();
  first.writeJson('quiz-progress', { answers: {} });
  first.writeJson('quiz-progress', { answers: { a: 1 } });
  await expect(first.storagePersisted()).resolves.toBe(false);
  expect(manager.persist).toHaveBeenCalledTimes(1);

  const next = await page();
  next.writeJson('review-progress', { cards: {} });
  await next.storagePersisted();
  expect(manager.persist).toHaveBeenCalledTimes(1);
});

test('storage already persistent is not asked for again; a grant is reported', async () => {
  const kept = stubStorageManager({ persisted: true });
  (await page()).writeJson('quiz-progress', {});
  expect(kept.persist).not.toHaveBeenCalled();

  data.clear();
  stubStorageManager();
  const granted = await page();
  granted.writeJson('quiz-progress', {});
  await expect(granted.storagePersisted()).resolves.toBe(true);
});

test('nothing is asked while nothing could be saved, and no storage manager is no answer', async () => {
  const manager = stubStorageManager();
  failing = true;
  const storage = await page();
  expect(storage.writeJson('quiz-progress', {})).toBe(false);
  expect(manager.persist).not.toHaveBeenCalled();

  vi.stubGlobal('navigator', {});
  failing = false;
  const old = await page();
  expect(old.writeJson('quiz-progress', {})).toBe(true);
  await expect(old.storagePersisted()).resolves.toBeUndefined();
});
