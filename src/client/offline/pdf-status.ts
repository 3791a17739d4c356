/**
 * On the print page: whether the course PDF opens offline. It is not precached (it is large); the
 * service worker keeps it once it has been downloaded, in a cache of its own, which the page names
 * in `data-course-pdf-offline` (so that only the registration, on every page, carries the names).
 */

async function showPdfStatus(): Promise<void> {
  const link = document.querySelector<HTMLAnchorElement>('[data-course-pdf-link] a');
  const status = document.querySelector<HTMLElement>('[data-course-pdf-offline]');
  const cacheName = status?.dataset['coursePdfOffline'];
  // Without a service worker in charge (the first visit, `astro dev`) nothing is kept offline.
  if (!link || !status || !cacheName || !navigator.serviceWorker?.controller) return;
  try {
    const saved = await caches.match(link.href, { cacheName });
    status.textContent = saved
      ? '(saved in this browser: it opens offline too)'
      : '(once downloaded, it opens offline too)';
  } catch {
    // Cache storage blocked by a browser setting: say nothing rather than something wrong.
  }
}

// Also when the student comes back to the page from the PDF, which is now kept.
addEventListener('pageshow', () => void showPdfStatus());
