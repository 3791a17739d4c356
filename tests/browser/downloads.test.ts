import { afterAll, expect, test } from 'vitest';
import course from '../../course.config.ts';
import { offlineNames } from '../../src/client/offline/names.ts';
import { exportFileNames } from '../../src/course/exports/files.ts';
import { connectBrowser, disconnectBrowser } from '../../tools/testing/browser.ts';
import { serveCopy, waitForServiceWorker } from '../../tools/testing/offline.ts';
import { TEST_BASE } from '../../tools/testing/site.ts';

const site = await serveCopy();
afterAll(async () => {
  await site.stop();
  site.remove();
  await disconnectBrowser();
});

test('a student’s first visit fetches none of the teachers’ files; a teacher’s download is kept for offline use', async () => {
  const context = await (await connectBrowser()).newContext();
  try {
    const page = await context.newPage();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.url('/'));
    await waitForServiceWorker(page);
    const files = Object.values(exportFileNames(course.id)).map((file) => site.url(`/${file}`));
    for (const file of files) expect(requested, file).not.toContain(new URL(file).pathname);
    const cached = (url: string) => page.evaluate(async (href) => Boolean(await caches.match(href)), url);
    for (const file of files) await expect(cached(file)).resolves.toBe(false);

    await page.goto(site.url('/teachers/'));
    const { downloadsCache } = offlineNames(course.id, TEST_BASE.replace(/\/$/, ''));
    for (const file of files) {
      await expect(page.evaluate(async (href) => (await fetch(href)).ok, file)).resolves.toBe(true);
      await expect
        .poll(() =>
          page.evaluate(async ({ href, cacheName }) => Boolean(await caches.match(href, { cacheName })), {
            href: file,
            cacheName: downloadsCache,
          }),
        )
        .toBe(true);
    }
    await site.stop();
    await context.setOffline(true);
    for (const file of files) {
      await expect(
        page.evaluate(async (href) => (await fetch(href)).ok, file),
        file,
      ).resolves.toBe(true);
    }
  } finally {
    await context.close();
  }
});
