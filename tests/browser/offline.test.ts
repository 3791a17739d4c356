import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import course from '../../course.config.ts';
import { generateServiceWorker } from '../../src/integrations/offline/service-worker.ts';
import { ankiDeckPath } from '../../src/course/flashcards/anki.ts';
import { normalizeBasePath } from '../../src/course/site-env.ts';
import { connectBrowser, disconnectBrowser, watchPage } from '../../tools/testing/browser.ts';
import { viewFullSizeAndBack } from '../../tools/testing/diagrams.ts';
import { serveCopy, waitForServiceWorker } from '../../tools/testing/offline.ts';
import { builtPages, sitePath } from '../../tools/testing/site.ts';
import { answerSingle, feedback, readyQuestion } from '../../tools/testing/quiz.ts';
import { searchSite } from '../../tools/testing/search.ts';

afterAll(disconnectBrowser);

const QUESTION = 'intro-perspective-insurer-prediction';
/** Every page of the build but the 404 page, which is served only for what is missing. */
const PAGES = builtPages()
  .filter((page) => page !== '404.html')
  .map(sitePath);

async function answerQuestion(page: Page): Promise<void> {
  const fieldset = await readyQuestion(page, QUESTION);
  await answerSingle(fieldset, { right: true });
  await fieldset.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(fieldset).textContent()).resolves.toMatch(/^Correct\./);
}

/** Rates the first card of the review session "Good"; returns the session's counts after it. */
async function rateCard(page: Page): Promise<string | null> {
  const counts = page.locator('.course-review__counts');
  const before = await counts.textContent();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect.poll(() => counts.textContent()).not.toBe(before);
  return counts.textContent();
}

const progress = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.endsWith('-progress'))
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );

let context: BrowserContext | undefined;
afterAll(() => context?.close());

test('after one visit online, every page, the search, the quizzes and the review work offline', async () => {
  const site = await serveCopy();
  // A build with its PDF: the print page links it, and says whether it is kept offline.
  const pdf = join(site.dir, course.pdfFileName);
  if (!existsSync(pdf)) {
    writeFileSync(pdf, '%PDF-1.7\n%%EOF\n');
    const print = join(site.dir, 'print', 'index.html');
    writeFileSync(
      print,
      readFileSync(print, 'utf8').replaceAll('data-course-pdf-link hidden', 'data-course-pdf-link'),
    );
  }
  context = await (await connectBrowser()).newContext();
  const page = await context.newPage();
  const { problems } = watchPage(page);
  await page.goto(site.url('/'));
  await waitForServiceWorker(page);

  await page.goto(site.url('/print/'));
  const pdfStatus = page.locator('[data-course-pdf-offline]');
  await expect.poll(() => pdfStatus.textContent()).toBe('(once downloaded, it opens offline too)');
  const pdfHref = (await page.locator('[data-course-pdf-link] a').getAttribute('href'))!;
  await expect(page.evaluate(async (href) => (await fetch(href)).ok, pdfHref)).resolves.toBe(true);
  // The worker stores the PDF as the download ends; the page tells the student when next shown.
  await expect
    .poll(() => page.evaluate(async (href) => Boolean(await caches.match(href)), pdfHref))
    .toBe(true);
  await page.reload();
  await expect.poll(() => pdfStatus.textContent()).toBe('(saved in this browser: it opens offline too)');

  await site.stop();
  await context.setOffline(true);
  for (const path of PAGES) {
    const response = await page.goto(site.url(path));
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
  }
  const download = (path: string) =>
    page.evaluate(async (url) => {
      const response = await fetch(url);
      return response.ok && (await response.text()).length;
    }, site.url(path));
  await expect(download(ankiDeckPath(course.id))).resolves.toBeGreaterThan(1000);
  await expect(download(`/${course.pdfFileName}`)).resolves.toBeGreaterThan(10);

  // The diagrams' drawings come from the cache too, and each opens full size and back.
  await page.goto(site.url('/chapters/strategy-in-practice/'));
  const drawings = await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('figure use')].map((use) =>
        fetch(use.getAttribute('href')!).then((response) => response.ok),
      ),
    ),
  );
  expect(drawings.length).toBeGreaterThan(0);
  expect(drawings.every(Boolean)).toBe(true);
  for (const id of await page.locator('figure.course-diagram').evaluateAll((all) => all.map((f) => f.id)))
    await viewFullSizeAndBack(page, id);

  await page.goto(site.url('/glossary/'));
  expect((await searchSite(page, 'IDIC')).map((result) => result.href)).toContain(
    site.url('/chapters/introduction/'),
  );
  await page.goto(site.url('/chapters/introduction/'));
  await answerQuestion(page);
  await page.goto(site.url('/review/'));
  const counts = await rateCard(page);
  await page.reload();
  await expect(page.locator('.course-review__counts').textContent()).resolves.toBe(counts);
  // The student has progress now: the browser was asked to keep it, and the page says what it said.
  await expect
    .poll(() => page.locator('.course-review__persistence').textContent())
    .toMatch(/^Your progress (is stored persistently|may be cleared by the browser when space runs low)/);

  expect(problems).toEqual([]);
  await context.close();
  context = undefined;
  site.remove();
});

test('a new build is offered with a notice, and taking it keeps quiz and review progress', async () => {
  const site = await serveCopy();
  context = await (await connectBrowser()).newContext();
  const page = await context.newPage();
  const { problems } = watchPage(page);
  await page.goto(site.url('/chapters/introduction/'));
  await waitForServiceWorker(page);
  await answerQuestion(page);
  await page.goto(site.url('/review/'));
  const counts = await rateCard(page);
  const kept = await progress(page);
  expect(Object.keys(kept)).toHaveLength(2);

  // The next edition: a changed page, and the service worker the build writes for it.
  const glossary = join(site.dir, 'glossary', 'index.html');
  writeFileSync(
    glossary,
    readFileSync(glossary, 'utf8').replace('>Glossary</h1>', '>Glossary, second edition</h1>'),
  );
  await generateServiceWorker(site.dir, course, normalizeBasePath('/crm-course/'));
  await page.goto(site.url('/glossary/'));
  const notice = page.getByRole('status').filter({ hasText: 'A new version of the course is available' });
  await notice.waitFor();
  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page.locator('h1').textContent()).resolves.toBe('Glossary, second edition');
  await expect(notice.count()).resolves.toBe(0);

  expect(await progress(page)).toEqual(kept);
  await page.goto(site.url('/review/'));
  await expect(page.locator('.course-review__counts').textContent()).resolves.toBe(counts);
  await page.goto(site.url('/chapters/introduction/'));
  const fieldset = await readyQuestion(page, QUESTION);
  await expect(feedback(fieldset).textContent()).resolves.toMatch(/^Correct\./);

  expect(problems).toEqual([]);
  await site.stop();
  site.remove();
});
