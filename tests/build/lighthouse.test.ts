import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runLighthouse } from '../../scripts/lib/lighthouse-run.ts';
import { DIST, ROOT, TEST_BASE } from '../support/site.ts';

test('Lighthouse: full marks for accessibility, best practices and SEO, at least 90 for performance', async () => {
  const scores = await runLighthouse(DIST, TEST_BASE);
  for (const [page, score] of Object.entries(scores)) {
    expect({ page, ...score }).toMatchObject({ page, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(score.performance, page).toBeGreaterThanOrEqual(90);
  }
  // The scores recorded in the repository (npm run lighthouse) are for the same pages.
  const recorded = JSON.parse(readFileSync(join(ROOT, 'tests', 'lighthouse-scores.json'), 'utf8'));
  expect(Object.keys(recorded)).toEqual(Object.keys(scores));
}, 180_000);
