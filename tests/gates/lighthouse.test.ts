import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runLighthouse } from '../../tools/lib/lighthouse-run.ts';
import { DIST, ROOT, TEST_BASE } from '../../tools/testing/site.ts';

test('Lighthouse: full marks for accessibility, best practices and SEO, at least 90 for performance', async () => {
  const scores = await runLighthouse(DIST, TEST_BASE);
  for (const [page, score] of Object.entries(scores)) {
    expect({ page, ...score }).toMatchObject({ page, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(score.performance, page).toBeGreaterThanOrEqual(90);
  }
  // The scores recorded in the repository (npm run lighthouse) still hold: the same pages, the same
  // full marks, and a performance score within what one run differs from another.
  const recorded = JSON.parse(
    readFileSync(join(ROOT, 'tests', 'lighthouse-scores.json'), 'utf8'),
  ) as typeof scores;
  expect(Object.keys(recorded)).toEqual(Object.keys(scores));
  for (const [page, score] of Object.entries(scores)) {
    const { performance, ...marks } = recorded[page]!;
    expect({ page, ...score }).toMatchObject({ page, ...marks });
    expect(
      Math.abs(score.performance - performance),
      `${page}: ${score.performance} now, ${performance} recorded`,
    ).toBeLessThanOrEqual(8);
  }
}, 180_000);
