import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import course from '../../course.config.ts';
import { exportFileNames } from '../../src/course/exports/files.ts';
import { filesUnder, servedFile } from '../../tools/lib/files.ts';
import { elements, parseHtml } from '../../tools/testing/html.ts';
import { builtPages, DIST, readBuilt, TEST_BASE } from '../../tools/testing/site.ts';

const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);

/** Kept once downloaded, never precached: the PDF and the teachers' files. */
const downloads = [course.pdfFileName, ...Object.values(exportFileNames(course.id))];
/** Pagefind's files the search never loads (`UNUSED_SEARCH_FILES`). */
const unusedSearchFile = (file: string) =>
  /^pagefind\/(pagefind-(component|modular)-ui\.|pagefind-highlight\.js$|wasm\.unknown\.pagefind$)/.test(
    file,
  );

test('the service worker precaches exactly the files of this build, under the base path, but the downloads and unused search files', () => {
  const built = filesUnder(DIST, '')
    .map((path) => relative(DIST, path))
    .filter((file) => file !== 'sw.js' && !downloads.includes(file) && !unusedSearchFile(file));
  expect(filesUnder(DIST, '').some((path) => unusedSearchFile(relative(DIST, path)))).toBe(true);
  expect(precached.toSorted()).toEqual(built.map((file) => TEST_BASE + file).toSorted());
  expect(precached.filter((url) => url.startsWith(`${TEST_BASE}pagefind/`)).length).toBeGreaterThan(10);
  expect(precached).toContain(`${TEST_BASE}review/index.html`);
  for (const file of downloads) expect(precached).not.toContain(`${TEST_BASE}${file}`);
  // The teachers' files are in the build, to be cached when a teacher downloads them.
  for (const file of Object.values(exportFileNames(course.id)))
    expect(existsSync(join(DIST, file)), file).toBe(true);
});

test('the service worker loads nothing from elsewhere: its runtime is inlined', () => {
  expect(worker).not.toContain('importScripts');
  expect(worker.replaceAll('https://bit.ly/wb-precache', '')).not.toMatch(/https?:\/\//);
});

test('every page links the web app manifest and the touch icon, and its policy allows the worker', () => {
  for (const page of builtPages()) {
    const tree = parseHtml(readBuilt(page));
    const links = elements(tree, (el) => el.tagName === 'link').map((el) => ({
      rel: String(el.properties['rel']),
      href: String(el.properties['href']),
    }));
    expect(links, page).toContainEqual({ rel: 'manifest', href: `${TEST_BASE}manifest.webmanifest` });
    expect(links, page).toContainEqual({
      rel: 'apple-touch-icon',
      href: `${TEST_BASE}icons/apple-touch-icon.png`,
    });
    const [meta] = elements(
      tree,
      (el) =>
        el.tagName === 'meta' &&
        String(el.properties['httpEquiv']).toLowerCase() === 'content-security-policy',
    );
    // A worker script falls back to script-src when the policy has no worker-src.
    const policy = String(meta!.properties['content']);
    expect(policy, page).not.toContain('worker-src');
    expect(policy, page).toMatch(/script-src 'self'/);
  }
});

test('the web app manifest installs the course in its base path, with icons that exist', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
    name: string;
    start_url: string;
    scope: string;
    icons: Array<{ src: string; sizes: string; purpose: string }>;
  };
  expect(manifest).toMatchObject({ name: course.title, start_url: TEST_BASE, scope: TEST_BASE });
  for (const icon of [
    ...manifest.icons,
    { src: `${TEST_BASE}icons/apple-touch-icon.png`, sizes: '180x180' },
  ]) {
    const file = servedFile(DIST, TEST_BASE, icon.src);
    expect(file, icon.src).toBeDefined();
    const { width, height } = await sharp(file!).metadata();
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
});

test('a first visit downloads less than 1 MB for offline use (gzip, as the server sends it)', () => {
  const bytes = precached
    .map((url) => servedFile(DIST, TEST_BASE, url)!)
    .reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  expect(bytes).toBeLessThan(1024 * 1024);
});
