import { afterAll, expect, test } from 'vitest';
import { closeBrowser, openPage } from '../support/browser.ts';
import { searchSite } from '../support/search.ts';
import { TEST_BASE } from '../support/site.ts';

afterAll(closeBrowser);

/** Terms, models and company names from the notes, and the page that teaches each. */
const QUERIES: Array<[query: string, page: string]> = [
  ['IDIC', 'chapters/introduction/'],
  ['Relationship Optimizers', 'chapters/business-models/'],
  ['Belgacom', 'chapters/business-models/'],
  ['Harley-Davidson', 'chapters/building-a-strategy/'],
  ['mass customization', 'chapters/building-a-strategy/'],
  ['enterprise business system', 'chapters/strategy-in-practice/'],
  ['win-back customers', 'chapters/strategy-in-practice/'],
  ['HubSpot', 'chapters/introduction/'],
];

test.each(QUERIES)('searching "%s" finds %s among the first results', async (query, expected) => {
  const { page, context, problems } = await openPage('/');
  const results = await searchSite(page, query);
  const pages = results.slice(0, 3).map((result) => new URL(result.href).pathname);
  expect(pages).toContain(`${TEST_BASE}${expected}`);
  expect(problems).toEqual([]);
  await context.close();
});

test('search indexes the glossary but not the review page or the navigation', async () => {
  const { page, context } = await openPage('/');
  const glossary = await searchSite(page, 'Glossary');
  expect(glossary.some((result) => new URL(result.href).pathname === `${TEST_BASE}glossary/`)).toBe(true);
  await page.keyboard.press('Escape');
  const review = await searchSite(page, 'spaced repetition FSRS');
  expect(review.every((result) => !new URL(result.href).pathname.startsWith(`${TEST_BASE}review/`))).toBe(
    true,
  );
  await context.close();
});
