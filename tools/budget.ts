/**
 * `npm run budget`: what each built page makes a browser download (gzip bytes of HTML, CSS, JS and
 * the diagram drawings it shows from their files),
 * side by side with a bare Starlight page built from the same packages, checked against the
 * course's budgets. Run it after `npm run build`; it exits non-zero when a budget is exceeded.
 */
import { join } from 'node:path';
import { readSiteEnv } from '../src/course/site-env.ts';
import { checkBudgets, measureSite } from './lib/budget-report.ts';
import { BUDGET } from './lib/page-weight.ts';

const root = join(import.meta.dirname, '..');
const base = readSiteEnv(process.env).base;
const report = measureSite(root, base === '/' ? '/' : `${base}/`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log('page'.padEnd(44), '  HTML KB', '  CSS KB', '   JS KB', ' JS × bare', '  SVG KB');
for (const row of [report.bare, ...report.pages]) {
  console.log(
    (row === report.bare ? '(bare Starlight page)' : row.page).padEnd(44),
    kb(row.html).padStart(8),
    kb(row.css).padStart(7),
    kb(row.js).padStart(7),
    (row.js / report.bare.js).toFixed(2).padStart(9),
    kb(row.svg).padStart(8),
  );
}
console.log(
  `HTML budgets: a chapter ${kb(BUDGET.chapterHtml).trim()} KB, the print page ${kb(BUDGET.printHtml).trim()} KB.`,
);
console.log(
  `JS budgets, × a bare page: a chapter ${BUDGET.chapterJsRatio}, the exam ${BUDGET.examJsRatio}, the review page ${BUDGET.reviewJsRatio}.`,
);
console.log(`The service worker's registration, on every page: ${kb(report.offlineJs).trim()} KB of JS.`);
console.log(
  `A chapter's glossary term popover, when a term is first opened: ${kb(report.termPopoverJs).trim()} KB of JS ` +
    `(budget ${kb(BUDGET.termPopoverJs).trim()} KB), then ${kb(report.glossaryTermsJson).trim()} KB of definitions.`,
);
const failures = checkBudgets(report);
for (const failure of failures) console.error(`Over budget: ${failure}`);
if (failures.length === 0) console.log('Every page is within its budget.');
process.exitCode = failures.length > 0 ? 1 : 0;
