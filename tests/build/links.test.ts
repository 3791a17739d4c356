import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { servedFile } from '../../tools/lib/files.ts';
import { ids, parseHtml, referencedUrls } from '../../tools/testing/html.ts';
import { builtPages, DIST, pageUrlPath, readBuilt, TEST_BASE } from '../../tools/testing/site.ts';

const pages = builtPages();
const parsed = new Map(pages.map((page) => [page, parseHtml(readBuilt(page))]));
const idsByPath = new Map(pages.map((page) => [pageUrlPath(page), new Set(ids(parsed.get(page)!))]));

describe('every internal reference of every built page resolves under the base path', () => {
  test('the build holds the home page, the chapters, the glossary and a 404 page', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'glossary/index.html',
        'chapters/introduction/index.html',
        'chapters/business-models/index.html',
        'chapters/building-a-strategy/index.html',
        'chapters/strategy-in-practice/index.html',
      ]),
    );
  });

  test.each(pages)('%s', (page) => {
    const pagePath = pageUrlPath(page);
    const broken: string[] = [];
    for (const raw of referencedUrls(parsed.get(page)!)) {
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${pagePath}`);
      if (url.origin !== 'http://site') continue;
      if (!url.pathname.startsWith(TEST_BASE)) {
        broken.push(`${raw} (outside the base path ${TEST_BASE})`);
        continue;
      }
      if (!servedFile(DIST, TEST_BASE, url.pathname)) {
        broken.push(`${raw} (no such file)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      const targetIds = idsByPath.get(url.pathname);
      if (hash && targetIds && !targetIds.has(hash)) broken.push(`${raw} (no element with id "${hash}")`);
    }
    expect(broken).toEqual([]);
  });
});

test('the Pagefind index is built', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  expect(existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))).toBe(true);
});
