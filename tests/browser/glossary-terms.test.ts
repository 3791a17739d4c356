import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { termLink, termPopover } from '../../tools/testing/glossary.ts';
import { TEST_BASE } from '../../tools/testing/site.ts';

afterAll(disconnectBrowser);

/** The first glossary term of chapter 3, and what its entry holds (src/content/glossary/). */
const CHAPTER = '/chapters/building-a-strategy/';
const TERM = {
  link: 'customer relationship management (CRM)',
  name: 'Customer relationship management (CRM)',
  dutch: 'klantrelatiebeheer',
  definitionStart: 'In Buttle & Maklan’s definition, the core business strategy',
  entry: `${TEST_BASE}glossary/#customer-relationship-management-crm`,
  section: 'Taught in Introduction to CRM: Defining customer relationship management',
  sectionHref: `${TEST_BASE}chapters/introduction/#defining-customer-relationship-management`,
};

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Whether the popover lies inside the viewport and clear of the term, above or below it. */
async function placement(page: Page, term: Locator, popover: Locator) {
  const termBox = (await term.boundingBox())!;
  const box = (await popover.boundingBox())!;
  const viewport = page.viewportSize()!;
  return {
    side: box.y >= termBox.y + termBox.height ? 'below' : box.y + box.height <= termBox.y ? 'above' : 'over',
    inside:
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height,
  };
}

describe.each([390, 1280])('at %i px', (width) => {
  test('the keyboard opens a term in place: Enter shows its definition, Escape closes it and returns to the term', async () => {
    const { page, context, problems } = await openPage(CHAPTER, { width });
    const term = termLink(page, TERM.link);
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = termPopover(page, TERM.name);
    await popover.waitFor();
    expect(page.url()).toContain(CHAPTER);
    await expect(isFocused(popover)).resolves.toBe(true);
    await expect(term.getAttribute('aria-expanded')).resolves.toBe('true');

    await expect(popover.textContent()).resolves.toContain(TERM.definitionStart);
    await expect(popover.locator('[lang="nl"]').textContent()).resolves.toBe(TERM.dutch);
    await expect(popover.getByRole('link', { name: 'Glossary entry' }).getAttribute('href')).resolves.toBe(
      new URL(TERM.entry, page.url()).href,
    );
    await expect(popover.getByRole('link', { name: TERM.section }).getAttribute('href')).resolves.toBe(
      TERM.sectionHref,
    );
    await expect(placement(page, term, popover)).resolves.toMatchObject({ inside: true });
    expect((await placement(page, term, popover)).side).not.toBe('over');

    // Tab moves on inside the popover, from its definition to its links.
    await page.keyboard.press('Tab');
    await expect(isFocused(popover.getByRole('link').first())).resolves.toBe(true);

    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await expect(isFocused(term)).resolves.toBe(true);
    await expect(term.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a click or a tap opens a term, Close or a tap elsewhere closes it; its code and definitions load only then', async () => {
    const { page, context, problems, requests } = await openPage(CHAPTER, { width, touch: true });
    const loadedOnUse = () =>
      requests.filter((url) => /\/term-popover\.[^/]*\.js$|\/glossary\/terms\.json$/.test(url));
    const term = termLink(page, TERM.link);
    await term.scrollIntoViewIfNeeded();
    expect(loadedOnUse()).toEqual([]);

    await term.tap();
    const popover = termPopover(page, TERM.name);
    await popover.waitFor();
    expect(loadedOnUse()).toHaveLength(2);
    await popover.getByRole('button', { name: 'Close' }).click();
    await popover.waitFor({ state: 'hidden' });
    await expect(isFocused(term)).resolves.toBe(true);

    await term.click();
    await popover.waitFor();
    await page.getByRole('main').getByRole('heading', { level: 1 }).tap();
    await popover.waitFor({ state: 'hidden' });
    expect(loadedOnUse()).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a term low on the screen opens its definition above it, never over it', async () => {
    const { page, context, problems } = await openPage(CHAPTER, { width });
    const term = termLink(page, TERM.link);
    await term.evaluate((element) => scrollBy(0, element.getBoundingClientRect().bottom - innerHeight + 8));
    await term.click();
    const popover = termPopover(page, TERM.name);
    await popover.waitFor();
    await expect(placement(page, term, popover)).resolves.toEqual({ side: 'above', inside: true });
    // The page scrolls on, the popover stays beside its term.
    const gap = async () => (await term.boundingBox())!.y - (await popover.boundingBox())!.y;
    const before = await gap();
    await page.mouse.wheel(0, 60);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect(gap()).resolves.toBeCloseTo(before, 0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

test('Escape returns the focus to the term where clicking a link does not focus it, as in Safari', async () => {
  const { page, context, problems } = await openPage(CHAPTER, { width: 390 });
  const term = termLink(page, TERM.link);
  // A click event without the focus that a mouse press gives a link in Chromium.
  await term.dispatchEvent('click');
  const popover = termPopover(page, TERM.name);
  await popover.waitFor();
  await expect(isFocused(popover)).resolves.toBe(true);
  await page.keyboard.press('Escape');
  await popover.waitFor({ state: 'hidden' });
  await expect(isFocused(term)).resolves.toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test('the link to the teaching section closes the popover and goes there', async () => {
  const { page, context, problems } = await openPage('/chapters/introduction/', { width: 390 });
  const term = termLink(page, 'Strategic CRM');
  await term.click();
  const popover = termPopover(page, 'Strategic CRM');
  await popover.getByRole('link', { name: 'Taught in Introduction to CRM: Strategic CRM' }).click();
  await popover.waitFor({ state: 'hidden' });
  await page.waitForURL((url) => url.hash === '#strategic-crm');
  expect(problems).toEqual([]);
  await context.close();
});

test('without JavaScript a term is a link that goes to its glossary entry', async () => {
  const { page, context } = await openPage(CHAPTER, { javaScriptEnabled: false, width: 390 });
  await termLink(page, TERM.link).click();
  await page.waitForURL((url) => url.pathname === `${TEST_BASE}glossary/`);
  expect(new URL(page.url()).hash).toBe('#customer-relationship-management-crm');
  await expect(page.getByRole('heading', { level: 3, name: TERM.name }).getAttribute('id')).resolves.toBe(
    'customer-relationship-management-crm',
  );
  await context.close();
});

test('the glossary page lists every term under its letter, in its contents too, and the Dutch list marks the Dutch', async () => {
  const { page, context, problems } = await openPage('/glossary/', { width: 1280 });
  const contents = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
  for (const name of [
    'Adaptive customization',
    'Gartner’s CRM competency model',
    'General Data Protection Regulation (GDPR)',
    'Win-back customer',
  ]) {
    await expect(page.getByRole('heading', { level: 3, name }).count(), name).resolves.toBe(1);
    await expect(contents.getByRole('link', { name, exact: true }).count(), name).resolves.toBe(1);
  }
  // One letter, one heading: G holds both of its terms.
  await expect(page.getByRole('heading', { level: 2, name: 'G', exact: true }).count()).resolves.toBe(1);
  const entry = page
    .getByRole('heading', { level: 3, name: 'Customer pyramid' })
    .locator('xpath=../following-sibling::p[2]');
  await expect(entry.textContent()).resolves.toBe(
    'In Dutch: klantenpiramide. Source: Curry & Curry (2000). Taught in Building a CRM strategy: The customer pyramid.',
  );

  await page.goto(new URL(`${TEST_BASE}dutch-english/`, page.url()).href);
  const row = page.getByRole('row').filter({ hasText: 'klantenpiramide' });
  await expect(row.getByRole('cell').first().getAttribute('lang')).resolves.toBe('nl');
  await expect(
    row.getByRole('link', { name: 'Customer pyramid', exact: true }).getAttribute('href'),
  ).resolves.toBe(`${TEST_BASE}glossary/#customer-pyramid`);
  // A word of the notes that is no glossary term keeps its row.
  await expect(page.getByRole('row').filter({ hasText: 'huismerk' }).textContent()).resolves.toContain(
    'own brand, store brand',
  );
  expect(problems).toEqual([]);
  await context.close();
});
