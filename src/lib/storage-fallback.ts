/**
 * Runs first in every page's <head>. Starlight's theme and sidebar scripts use web storage without
 * guarding it, so a browser that blocks storage (reading `localStorage` throws: cookies disabled,
 * some private modes) or a full storage (writing throws) would break every page. Blocked storage is
 * replaced by an in-memory stand-in that lasts until the student leaves the page; on a full storage,
 * writes that do not fit are dropped. The course's own code guards every storage access as well.
 */
export const STORAGE_FALLBACK_SCRIPT = `(() => {
  for (const name of ['localStorage', 'sessionStorage']) {
    let storage;
    try {
      storage = window[name];
      storage.getItem('crm-course');
    } catch {
      const data = new Map();
      const memory = {
        getItem: (key) => (data.has(key) ? data.get(key) : null),
        setItem: (key, value) => void data.set(key, String(value)),
        removeItem: (key) => void data.delete(key),
        clear: () => data.clear(),
        key: (index) => [...data.keys()][index] ?? null,
        get length() {
          return data.size;
        },
      };
      try {
        Object.defineProperty(window, name, { value: memory, configurable: true });
      } catch {}
      continue;
    }
    const setItem = storage.setItem;
    storage.setItem = function (key, value) {
      try {
        setItem.call(this, key, value);
      } catch {}
    };
  }
})();`;
