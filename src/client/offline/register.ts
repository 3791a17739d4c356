import { offlineNames } from './names.ts';

/**
 * Registers the course's service worker, which keeps the whole course for offline use, and offers
 * each new edition of the course with a notice rather than swapping it in under the student: the new
 * worker waits until "Reload" is chosen. Progress lives in `localStorage`, so it survives the switch.
 */
const { id, base } = __COURSE__;
const { scope, serviceWorker } = offlineNames(id, base);

function offer(worker: ServiceWorker): void {
  const region = document.querySelector('.course-update');
  if (!region || region.firstChild) return;
  const notice = document.createElement('p');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.append('A new version of the course is available — ', button);
  region.append(notice);
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(serviceWorker, { scope });
  // Without a controller the worker is the first one: it takes over at once, with nothing to offer.
  const offerInstalled = (worker: ServiceWorker | null) => {
    if (worker?.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
  };
  offerInstalled(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => offerInstalled(worker));
  });
}

// `astro dev` has no service worker: it would serve stale pages while the course is being written.
// The mode, not PROD: a build run by a test runner (NODE_ENV=test) is not PROD, yet is a build.
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
  // Installing the worker downloads the whole course: after the page has loaded and its own scripts
  // have run, so that the first visit is not slowed by it (`requestIdleCallback`; Safari has none).
  addEventListener('load', () => {
    (window.requestIdleCallback ?? setTimeout)(() => {
      // A worker that cannot register (a browser setting, a failed download) leaves the site online
      // only, as it was; the next page tries again.
      register().catch(() => undefined);
    });
  });
}
