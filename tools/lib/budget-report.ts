import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { filesUnder } from './files.ts';
import { join, relative } from 'node:path';
import { BUDGET, measureBareStarlight, measureModules, measurePage, type PageWeight } from './page-weight.ts';

export interface BudgetReport {
  bare: PageWeight;
  pages: PageWeight[];
  /** Script files of the site that mention Mermaid (there must be none). */
  mermaidScripts: string[];
  /** Gzip bytes of the service worker's registration, which every page loads. */
  offlineJs: number;
  /** Gzip bytes of a chapter's term popover, loaded when a student first opens a glossary term. */
  termPopoverJs: number;
  /** Gzip bytes of the definitions the popover fetches then (`glossary/terms.json`). */
  glossaryTermsJson: number;
}

/** The one script file of `dist/_astro/` that `pattern` names; the build must have written it. */
function builtScript(dist: string, pattern: RegExp, what: string): string {
  const files = filesUnder(join(dist, '_astro'), '.js').filter((path) => pattern.test(path));
  if (files.length !== 1) throw new Error(`${what} is missing.`);
  return files[0]!;
}

export function measureSite(root: string, base: string): BudgetReport {
  const dist = join(root, 'dist');
  const pages = filesUnder(dist, '.html')
    .map((path) => relative(dist, path))
    .sort()
    .map((page) => measurePage(dist, base, page));
  const mermaidScripts = filesUnder(dist, '.js')
    .filter((path) => /mermaid/i.test(readFileSync(path, 'utf8')))
    .map((path) => relative(dist, path));
  const registration = builtScript(
    dist,
    /\/OfflineSupport\.astro_astro_type_script[^/]*\.js$/,
    'The service worker registration script',
  );
  const popover = builtScript(dist, /\/term-popover\.[^/]*\.js$/, "The glossary terms' popover script");
  return {
    bare: measureBareStarlight(root),
    pages,
    mermaidScripts,
    offlineJs: measureModules(dist, [registration]).js,
    termPopoverJs: measureModules(dist, [popover]).js,
    glossaryTermsJson: gzipSync(readFileSync(join(dist, 'glossary', 'terms.json')), { level: 9 }).length,
  };
}

const isChapter = (page: PageWeight) => page.page.startsWith('chapters/');
/** Pages a student only reads: no quiz, no review, no progress. */
const isReading = (page: PageWeight) => ['glossary/index.html', '404.html'].includes(page.page);

export function checkBudgets(report: BudgetReport): string[] {
  const failures: string[] = [];
  const { bare } = report;
  if (report.offlineJs > BUDGET.offlineJs) {
    failures.push(`The service worker's registration loads ${report.offlineJs} B of JS on every page.`);
  }
  for (const page of report.pages.filter(isReading)) {
    if (page.js > bare.js + BUDGET.readingJsAllowance + report.offlineJs) {
      failures.push(`${page.page} loads ${page.js} B of JS; Starlight's own is ${bare.js} B.`);
    }
  }
  const reading = report.pages.find((page) => page.page === 'glossary/index.html');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const page of report.pages.filter(isChapter)) {
    if (page.html > BUDGET.chapterHtml) {
      failures.push(`${page.page} is ${kb(page.html)} of HTML; a chapter may be ${kb(BUDGET.chapterHtml)}.`);
    }
    if (page.js > bare.js * BUDGET.chapterJsRatio) {
      failures.push(`${page.page} loads ${(page.js / bare.js).toFixed(2)}× the JS of a bare Starlight page.`);
    }
    if (reading && page.js - reading.js > BUDGET.quizAndFlashcardJs) {
      failures.push(`${page.page}: quizzes and flashcards add ${page.js - reading.js} B of JS.`);
    }
  }
  // The practice exam does what the review page does (a session over many questions) without FSRS.
  const exam = report.pages.find((page) => page.page === 'exam/index.html');
  const review = report.pages.find((page) => page.page === 'review/index.html');
  if (exam && review && exam.js > review.js) {
    failures.push(`exam/index.html loads ${exam.js} B of JS, more than the review page's ${review.js} B.`);
  }
  for (const [page, ratio] of [
    [exam, BUDGET.examJsRatio],
    [review, BUDGET.reviewJsRatio],
  ] as const) {
    if (page && page.js > bare.js * ratio) {
      failures.push(
        `${page.page} loads ${(page.js / bare.js).toFixed(2)}× the JS of a bare Starlight page; its budget is ${ratio}×.`,
      );
    }
  }
  const print = report.pages.find((page) => page.page === 'print/index.html');
  if (print && print.html > BUDGET.printHtml) {
    failures.push(`print/index.html is ${kb(print.html)} of HTML; the budget is ${kb(BUDGET.printHtml)}.`);
  }
  if (report.termPopoverJs > BUDGET.termPopoverJs) {
    failures.push(
      `The glossary term popover loads ${report.termPopoverJs} B of JS; the budget is ${BUDGET.termPopoverJs} B.`,
    );
  }
  for (const script of report.mermaidScripts) failures.push(`${script} contains Mermaid code.`);
  return failures;
}
