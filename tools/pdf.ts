/**
 * `npm run pdf`: renders the whole-course print page of the built site (`dist/print/`) into
 * `dist/<pdfFileName of course.config.ts>` with Chromium: A4, page numbers, a bookmark outline of chapters and sections,
 * tagged for accessibility. Then shows the "Download the course as PDF" links, which stay hidden
 * until the file exists, and writes the service worker again for the changed pages. Run it after
 * `npm run build`, with the same SITE_URL and BASE_PATH.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { filesUnder } from './lib/files.ts';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/integrations/chromium.ts';
import { readSiteEnv } from '../src/course/site-env.ts';
import { course } from '../src/course/config.ts';
import { previewSite } from './lib/preview.ts';
import { generateServiceWorker } from '../src/integrations/offline/service-worker.ts';

const PDF_NAME = course.pdfFileName;
const DIST = join(import.meta.dirname, '..', 'dist');

if (!existsSync(join(DIST, 'print', 'index.html'))) {
  console.error('dist/print/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

let browser: Browser;
try {
  browser = await launchChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const base = readSiteEnv(process.env).base;
const basePath = base === '/' ? '/' : `${base}/`;
const { origin, stop } = await previewSite(DIST, basePath);
try {
  // No service worker: its precaching would keep the network busy, and printing needs none.
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`${origin}${basePath}print/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  // The PDF's metadata title is the document's title: the course's, not the print page's.
  await page.evaluate((title) => (document.title = title), course.title);
  await page.pdf({
    path: join(DIST, PDF_NAME),
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
} finally {
  await browser.close();
  await stop();
}

// The links to the PDF are in every build, hidden; now that the file exists, show them.
let shown = 0;
for (const path of filesUnder(DIST, '.html')) {
  const html = readFileSync(path, 'utf8');
  if (html.includes('data-course-pdf-link hidden')) {
    writeFileSync(path, html.replaceAll('data-course-pdf-link hidden', 'data-course-pdf-link'));
    shown++;
  }
}
// The pages just changed: the service worker's precache must name their new revisions, or students
// would keep the copies without the link.
await generateServiceWorker(DIST, course, base);
const size = statSync(join(DIST, PDF_NAME)).size;
console.log(`Wrote dist/${PDF_NAME} (${Math.round(size / 1024)} KB); linked from ${shown} page(s).`);
