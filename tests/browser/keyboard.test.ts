import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { authoredTruth, rightSelections, shownOptions } from '../../tools/testing/quiz.ts';

afterAll(disconnectBrowser);

/** The focused element, and whether the focus can be seen (an outline or a box shadow). */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { label: '', visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
      tag: element.tagName.toLowerCase(),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until the focus is on an element matching `predicate` (at most `limit` times). */
async function tabTo(page: Page, predicate: (label: string, tag: string) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (predicate(now.label, now.tag ?? '')) return now;
  }
  throw new Error('the focus never got there');
}

test('skip link, sidebar and search work from the keyboard, with visible focus', async () => {
  const { page, context, problems } = await openPage('/chapters/introduction/', { width: 1280 });
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  expect(skip.label).toBe('Skip to content');
  expect(skip.visible).toBe(true);
  await page.keyboard.press('Enter');
  // Following the link is a navigation the browser finishes after the key press returns.
  await page.waitForURL(/#_top$/);

  await page.goto(page.url().replace(/#_top$/, ''));
  const sidebarLink = await tabTo(page, (label) => label === 'CRM business models');
  expect(sidebarLink.visible).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/chapters/business-models/');

  // The search shortcut works once Starlight's search script has enabled its button and mounted
  // Pagefind's interface; opened before that, the dialog stays empty (an upstream race, see the README).
  await page.locator('button[data-open-modal]:not([disabled])').first().waitFor();
  await page.locator('#starlight__search > *').first().waitFor({ state: 'attached' });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('textbox', { name: 'Search' });
  await input.waitFor();
  for (let i = 0; i < 5 && !(await input.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await page.keyboard.type('IDIC');
  await dialog.locator('.pagefind-ui__result-link').first().waitFor();
  await page.keyboard.press('Escape');
  await expect(dialog.isVisible()).resolves.toBe(false);
  expect(problems).toEqual([]);
  await context.close();
});

test('a whole quiz can be answered and checked from the keyboard alone', async () => {
  const { page, context } = await openPage('/chapters/introduction/');
  const quiz = page.locator('course-quiz').first();
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole('button', { name: 'Check' }).first().waitFor();
  const fieldsets = quiz.locator('fieldset');
  const count = await fieldsets.count();
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const type = (await fieldset.getAttribute('data-type'))!;
    await fieldset.locator('input, select').first().focus();
    switch (type) {
      case 'single': {
        const options = await shownOptions(fieldset);
        await page.keyboard.press('Space');
        for (let step = 0; step < options.findIndex((option) => option.correct); step++) {
          await page.keyboard.press('ArrowDown');
        }
        break;
      }
      case 'truefalse':
        await page.keyboard.press('Space');
        if (!(await authoredTruth(fieldset))) await page.keyboard.press('ArrowDown');
        break;
      case 'matching':
      case 'ordering': {
        const values = await rightSelections(fieldset, type);
        for (const [item, value] of values.entries()) {
          const select = fieldset.locator('select').nth(item);
          await select.focus();
          const options = await select.locator('option').allTextContents();
          for (let step = 0; step < options.indexOf(value); step++) await page.keyboard.press('ArrowDown');
        }
        break;
      }
      default:
        throw new Error(`the first quiz has a ${type} question; extend this walk`);
    }
    const check = await tabTo(page, (label) => label === 'Check', 12);
    expect(check.visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect(fieldset.getByRole('status').textContent()).resolves.toMatch(/^Correct\./);
  }
  await expect(quiz.locator('.course-quiz__score').textContent()).resolves.toBe(
    `Score: ${count} of ${count} correct.`,
  );
  await context.close();
});

test('a flashcard review runs from the keyboard', async () => {
  const { page, context } = await openPage('/review/');
  const show = await tabTo(page, (label) => label === 'Show answer');
  expect(show.visible).toBe(true);
  const front = await page.locator('.course-review__front').textContent();
  await page.keyboard.press('Enter');
  const good = await focused(page);
  expect(good.label).toMatch(/^Good/);
  expect(good.visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.course-review__front').textContent()).resolves.not.toBe(front);
  await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('course-review__front');
  await context.close();
});

test('with reduced motion asked for, nothing moves', async () => {
  const { page, context } = await openPage('/chapters/introduction/', { reducedMotion: true });
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((element) => {
        const style = getComputedStyle(element);
        return (
          style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
          style.animationDuration.split(',').some((d) => parseFloat(d) > 0)
        );
      }).length,
  );
  expect(moving).toBe(0);
  await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe(
    'auto',
  );
  await context.close();
});
