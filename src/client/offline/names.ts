/**
 * Where the course lives offline: the service worker's URL and scope, and the names of its caches.
 * Everything is named by the course's id and base path, so that two courses published on one origin
 * (a course and its fork) never share a service worker or a cache. Used by the build and the browser.
 */
export interface OfflineNames {
  /** The path every page of the course is under, with a trailing slash: `/my-course/`. */
  scope: string;
  /** The service worker script, at the top of the scope. */
  serviceWorker: string;
  /** Prefix of the precache's name; Workbox appends `-precache-v2-<scope URL>`. */
  cacheId: string;
  /** The cache the course PDF goes into when first downloaded (it is too large to precache). */
  pdfCache: string;
  /** The cache a teacher's download (Moodle XML, QTI package, EPUB) goes into when first downloaded. */
  downloadsCache: string;
}

export function offlineNames(id: string, base: string): OfflineNames {
  const scope = base === '/' ? '/' : `${base.replace(/\/+$/, '')}/`;
  const cacheId = `${id}@${base}`;
  return {
    scope,
    serviceWorker: `${scope}sw.js`,
    cacheId,
    pdfCache: `${cacheId}-pdf`,
    downloadsCache: `${cacheId}-downloads`,
  };
}
