import { expect, test } from 'vitest';
import { checkBudgets, measureSite } from '../../tools/lib/budget-report.ts';
import { ROOT, TEST_BASE } from '../../tools/testing/site.ts';

test('every page keeps to the performance budget (npm run budget prints the table)', () => {
  const report = measureSite(ROOT, TEST_BASE);
  expect(report.bare.js).toBeGreaterThan(1000);
  expect(report.pages.length).toBeGreaterThanOrEqual(9);
  expect(checkBudgets(report)).toEqual([]);
});

test('the budget check fails a page that loads too much', () => {
  const page = { page: 'chapters/x/index.html', html: 1, css: 1, js: 2000, svg: 0, scripts: [] };
  const bare = { ...page, page: 'index.html', js: 1000 };
  const glossary = { ...page, page: 'glossary/index.html', js: 1000 };
  expect(
    checkBudgets({ bare, pages: [glossary, page], mermaidScripts: ['_astro/m.js'], offlineJs: 1025 }),
  ).toEqual([
    "The service worker's registration loads 1025 B of JS on every page.",
    'chapters/x/index.html loads 2.00× the JS of a bare Starlight page.',
    '_astro/m.js contains Mermaid code.',
  ]);
});

test('the budget check fails an exam page that loads more than the review page', () => {
  const bare = { page: 'index.html', html: 1, css: 1, js: 1000, svg: 0, scripts: [] };
  const review = { ...bare, page: 'review/index.html', js: 3000 };
  const exam = { ...bare, page: 'exam/index.html', js: 3001 };
  expect(checkBudgets({ bare, pages: [review, exam], mermaidScripts: [], offlineJs: 0 })).toEqual([
    "exam/index.html loads 3001 B of JS, more than the review page's 3000 B.",
  ]);
});

test('the budget check fails a chapter or a print page with too much HTML', () => {
  const bare = { page: 'index.html', html: 1, css: 1, js: 1000, svg: 0, scripts: [] };
  const chapter = { ...bare, page: 'chapters/x/index.html', html: 46 * 1024 };
  const print = { ...bare, page: 'print/index.html', html: 111 * 1024 };
  expect(checkBudgets({ bare, pages: [chapter, print], mermaidScripts: [], offlineJs: 0 })).toEqual([
    'chapters/x/index.html is 46.0 KB of HTML; a chapter may be 45.0 KB.',
    'print/index.html is 111.0 KB of HTML; the budget is 110.0 KB.',
  ]);
  expect(
    checkBudgets({
      bare,
      pages: [
        { ...chapter, html: 45 * 1024 },
        { ...print, html: 110 * 1024 },
      ],
      mermaidScripts: [],
      offlineJs: 0,
    }),
  ).toEqual([]);
});
