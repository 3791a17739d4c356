import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, requireChromium } from '../../src/integrations/chromium.ts';
import { filesUnder } from './files.ts';
import { previewSite } from './preview.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScores = Record<string, Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>>;

/**
 * Runs of the heaviest chapter. One run's performance score varies by several points with the
 * machine's load; Lighthouse's own advice is to take the median of several runs (its
 * `computeMedianRun`). The home page, a fifth of the chapter's HTML, scores 99 or 100 run after run
 * on a 2-core machine: one run of it is enough.
 */
const CHAPTER_RUNS = 3;

/** The chapter with the most gzipped HTML (`chapters/<slug>/`): the one a phone works hardest on. */
export function heaviestChapter(dist: string): string {
  const [heaviest] = filesUnder(join(dist, 'chapters'), 'index.html')
    .map((file) => ({ file, bytes: gzipSync(readFileSync(file), { level: 9 }).length }))
    .sort((a, b) => b.bytes - a.bytes);
  if (!heaviest) throw new Error(`${dist} holds no chapter.`);
  return relative(dist, heaviest.file).replace(/index\.html$/, '');
}

/**
 * The pages measured besides the home page and the heaviest chapter: one of each other kind a
 * student uses on a phone (the practice exam, the review session, the whole course to print).
 */
export const OTHER_PAGES = ['exam/', 'review/', 'print/'] as const;

/**
 * Scores (0–100) of the home page, the heaviest chapter and {@link OTHER_PAGES} in each category,
 * from mobile Lighthouse runs: performance from one run of each page but the chapter, which takes
 * the median of {@link CHAPTER_RUNS}; the other categories from the first run.
 */
export async function runLighthouse(dist: string, base: string): Promise<LighthouseScores> {
  const { origin, stop } = await previewSite(dist, base);
  const chrome = await launch({
    chromePath: requireChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const scores: LighthouseScores = {};
    const pages = [
      { page: '', count: 1 },
      { page: heaviestChapter(dist), count: CHAPTER_RUNS },
      ...OTHER_PAGES.map((page) => ({ page, count: 1 })),
    ];
    for (const { page, count } of pages) {
      const runs = [];
      for (let run = 0; run < count; run++) {
        const result = await lighthouse(`${origin}${base}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          // Accessibility, best practices and SEO do not vary from run to run (they read the page,
          // not the clock): the first run scores them, the others only performance.
          onlyCategories: run === 0 ? [...LIGHTHOUSE_CATEGORIES] : ['performance'],
          // The screenshot of the whole page is for the HTML report, which is not written; it takes
          // seconds per run.
          disableFullPageScreenshot: true,
        });
        runs.push(result!.lhr);
      }
      const categories: Record<string, { score: number | null } | undefined> = {
        ...runs[0]!.categories,
        performance: computeMedianRun(runs).categories.performance,
      };
      scores[`/${page}`] = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((category) => [
          category,
          Math.round((categories[category]?.score ?? 0) * 100),
        ]),
      ) as LighthouseScores[string];
    }
    return scores;
  } finally {
    chrome.kill();
    await stop();
  }
}
