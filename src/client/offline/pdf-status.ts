import { offlineNames } from './names.ts';

/**
 * On the print page: whether the course PDF opens offline. It is not precached (it is large); the
 * service worker keeps it once it has been downloaded, in a cache of its own.
 */
const { id, base } = __COURSE__;
const { pdfCache } = offlineNames(id, base);

async function showPdfStatus(): Promise<void> {
  const link = document.querySelector<HTMLAnchorElement>('[data-course-pdf-link] a');
  const status = document.querySelector('[data-course-pdf-offline]');
  // Without a service worker in charge (the first visit, `astro dev`) nothing is kept offline.
  if (!link || !status || !navigator.serviceWorker?.controller) return;
  try {
    const saved = await caches.match(link.href, { cacheName: pdfCache });
    status.textContent = saved
      ? '(saved in this browser: it opens offline too)'
      : '(once downloaded, it opens offline too)';
  } catch {
    // Cache storage blocked by a browser setting: say nothing rather than something wrong.
  }
}

// Also when the student comes back to the page from the PDF, which is now kept.
addEventListener('pageshow', () => void showPdfStatus());
