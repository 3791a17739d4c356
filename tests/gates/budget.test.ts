import { expect, test } from 'vitest';
import { checkBudgets, measureSite } from '../../tools/lib/budget-report.ts';
import { BUDGET } from '../../tools/lib/page-weight.ts';
import { ROOT, TEST_BASE } from '../../tools/testing/site.ts';

/** A glossary term popover and definitions within budget, for the checks of other things. */
const GLOSSARY = { termPopoverJs: 1300, glossaryTermsJson: 9000 };

test('every page keeps to the performance budget (npm run budget prints the table)', () => {
  const report = measureSite(ROOT, TEST_BASE);
  expect(report.bare.js).toBeGreaterThan(1000);
  expect(report.pages.length).toBeGreaterThanOrEqual(9);
  expect(checkBudgets(report)).toEqual([]);
  expect(report.termPopoverJs).toBeGreaterThan(500);
});

test('the budget check fails a page that loads too much', () => {
  const page = { page: 'chapters/x/index.html', html: 1, css: 1, js: 2000, svg: 0, scripts: [] };
  const bare = { ...page, page: 'index.html', js: 1000 };
  const glossary = { ...page, page: 'glossary/index.html', js: 1000 };
  expect(
    checkBudgets({
      bare,
      pages: [glossary, page],
      mermaidScripts: ['_astro/m.js'],
      offlineJs: 1025,
      ...GLOSSARY,
    }),
  ).toEqual([
    "The service worker's registration loads 1025 B of JS on every page.",
    'chapters/x/index.html loads 2.00× the JS of a bare Starlight page.',
    '_astro/m.js contains Mermaid code.',
  ]);
});

test('the budget check fails an exam page that loads more than the review page', () => {
  const bare = { page: 'index.html', html: 1, css: 1, js: 1000, svg: 0, scripts: [] };
  const review = { ...bare, page: 'review/index.html', js: 1500 };
  const exam = { ...bare, page: 'exam/index.html', js: 1501 };
  expect(
    checkBudgets({ bare, pages: [review, exam], mermaidScripts: [], offlineJs: 0, ...GLOSSARY }),
  ).toEqual(["exam/index.html loads 1501 B of JS, more than the review page's 1500 B."]);
});

test('the budget check fails an exam or a review page that loads more than its multiple of a bare page', () => {
  const bare = { page: 'index.html', html: 1, css: 1, js: 1000, svg: 0, scripts: [] };
  const at = (page: string, ratio: number) => ({ ...bare, page, js: Math.round(1000 * ratio) });
  const pages = (exam: number, review: number) => ({
    bare,
    pages: [at('exam/index.html', exam), at('review/index.html', review)],
    mermaidScripts: [],
    offlineJs: 0,
    ...GLOSSARY,
  });
  expect(checkBudgets(pages(BUDGET.examJsRatio, BUDGET.reviewJsRatio))).toEqual([]);
  expect(checkBudgets(pages(BUDGET.examJsRatio + 0.01, BUDGET.reviewJsRatio + 0.01))).toEqual([
    `exam/index.html loads ${(BUDGET.examJsRatio + 0.01).toFixed(2)}× the JS of a bare Starlight page; its budget is ${BUDGET.examJsRatio}×.`,
    `review/index.html loads ${(BUDGET.reviewJsRatio + 0.01).toFixed(2)}× the JS of a bare Starlight page; its budget is ${BUDGET.reviewJsRatio}×.`,
  ]);
});

test('the budget check fails a chapter or a print page with too much HTML', () => {
  const bare = { page: 'index.html', html: 1, css: 1, js: 1000, svg: 0, scripts: [] };
  const chapter = { ...bare, page: 'chapters/x/index.html', html: 46 * 1024 };
  const print = { ...bare, page: 'print/index.html', html: 111 * 1024 };
  expect(
    checkBudgets({ bare, pages: [chapter, print], mermaidScripts: [], offlineJs: 0, ...GLOSSARY }),
  ).toEqual([
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
      ...GLOSSARY,
    }),
  ).toEqual([]);
});

test("the budget check fails a glossary term popover of more than 2 KB, which no page's own JS counts", () => {
  const bare = { page: 'index.html', html: 1, css: 1, js: 1000, svg: 0, scripts: [] };
  const report = { bare, pages: [], mermaidScripts: [], offlineJs: 0, glossaryTermsJson: 9000 };
  expect(checkBudgets({ ...report, termPopoverJs: 2049 })).toEqual([
    'The glossary term popover loads 2049 B of JS; the budget is 2048 B.',
  ]);
  expect(checkBudgets({ ...report, termPopoverJs: 2048 })).toEqual([]);
});
