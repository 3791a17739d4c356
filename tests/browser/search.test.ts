import { afterAll, beforeAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { searchIndex, searchPage, searchSite } from '../../tools/testing/search.ts';
import { TEST_BASE } from '../../tools/testing/site.ts';

const home = searchPage();
afterAll(async () => {
  expect((await home.get()).problems).toEqual([]);
  await disconnectBrowser();
});

const INTRODUCTION = 'chapters/introduction/';
const BUSINESS_MODELS = 'chapters/business-models/';
const BUILDING = 'chapters/building-a-strategy/';
const IN_PRACTICE = 'chapters/strategy-in-practice/';

/**
 * Glossary terms, models, authors and companies, each with the chapter that teaches it. A search must
 * show that chapter first or second: the glossary, which defines every term in a heading of its own,
 * may stand before it, but no other page may.
 */
const QUERIES: Array<[query: string, page: string]> = [
  // Models and perspectives
  ['IDIC', INTRODUCTION],
  ['QCi', INTRODUCTION],
  ['five-process model', INTRODUCTION],
  ['value chain', INTRODUCTION],
  ['operational CRM', INTRODUCTION],
  ['strategic CRM', INTRODUCTION],
  ['Relationship Optimizers', BUSINESS_MODELS],
  ['Basic Transactors', BUSINESS_MODELS],
  ['investment principle', BUSINESS_MODELS],
  ['mass customization', BUILDING],
  ['transparent customization', BUILDING],
  ['product leadership', BUILDING],
  ['customer intimacy', BUILDING],
  ['customer pyramid', BUILDING],
  ['inactive customers', BUILDING],
  ['suspect', BUILDING],
  ['win-back', IN_PRACTICE],
  ['enterprise business system', IN_PRACTICE],
  ['time-to-market', IN_PRACTICE],
  // Authors
  ['Payne', INTRODUCTION],
  ['Treacy', BUILDING],
  ['Wiersema', BUILDING],
  ['Curry', BUILDING],
  ['Gilmore', BUILDING],
  // Companies (the fictional Velora runs through every chapter; its facts page collects them)
  ['Velora', 'velora/'],
  ['HubSpot', INTRODUCTION],
  ['Belgacom', BUSINESS_MODELS],
  ['Proximus', BUSINESS_MODELS],
  ['Harley-Davidson', BUILDING],
];

let found: Map<string, string[]>;
beforeAll(async () => {
  found = await searchIndex(
    (await home.get()).page,
    QUERIES.map(([query]) => query),
  );
});

test.each(QUERIES)('searching "%s" shows %s first or second', (query, expected) => {
  const pages = found.get(query)!.map((url) => url.slice(TEST_BASE.length));
  expect(pages.slice(0, 2), `results: ${pages.join(', ')}`).toContain(expected);
});

test('the search box shows the same results as the index', async () => {
  const { page } = await home.get();
  const results = await searchSite(page, 'mass customization');
  expect(results.slice(0, 2).map((result) => new URL(result.href).pathname)).toEqual(
    found.get('mass customization')!.slice(0, 2),
  );
  await page.keyboard.press('Escape');
});

test('search indexes the glossary but not the review page or the navigation', async () => {
  const { page, context } = await openPage('/');
  const glossary = await searchSite(page, 'Glossary');
  expect(glossary.some((result) => new URL(result.href).pathname === `${TEST_BASE}glossary/`)).toBe(true);
  const review = await searchSite(page, 'spaced repetition FSRS');
  expect(review.every((result) => !new URL(result.href).pathname.startsWith(`${TEST_BASE}review/`))).toBe(
    true,
  );
  await context.close();
});

test("the home page's chapter blurbs are not indexed: the chapter itself is found instead", async () => {
  const { page, context } = await openPage('/');
  // A phrase that stands only in the blurb of chapter 2 on the home page and in no page text.
  const results = await searchSite(page, 'nine models, five of them dominant');
  const pages = results.map((result) => new URL(result.href).pathname);
  expect(pages).not.toContain(TEST_BASE);
  await context.close();
});
