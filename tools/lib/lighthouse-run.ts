import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from '../../src/integrations/chromium.ts';
import { previewSite } from './preview.ts';

export const LIGHTHOUSE_PAGES = ['', 'chapters/building-a-strategy/'] as const;
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseScores = Record<string, Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>>;

/** Scores (0–100) of each page in each category, from a mobile Lighthouse run. */
export async function runLighthouse(dist: string, base: string): Promise<LighthouseScores> {
  const { origin, stop } = await previewSite(dist, base);
  const chrome = await launch({
    chromePath: requireChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const scores: LighthouseScores = {};
    for (const page of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`${origin}${base}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      const categories = result!.lhr.categories;
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
