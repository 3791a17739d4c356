import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { axeViolations as violations } from '../../tools/testing/axe.ts';
import { disconnectBrowser, openPage, setTheme, siteUrl } from '../../tools/testing/browser.ts';
import { openFirstTerm } from '../../tools/testing/glossary.ts';
import {
  answerSingle,
  answerWritten,
  feedback,
  markWrittenAnswer,
  readyWrittenQuestion,
} from '../../tools/testing/quiz.ts';
import { builtPages, sitePath } from '../../tools/testing/site.ts';

afterAll(disconnectBrowser);

const paths = builtPages().map(sitePath);

/**
 * A phone and a desktop, checked on one loaded page by resizing it: the layout is CSS, so the widths
 * differ in what is shown, not in what loads. Wide diagrams and tables scroll on a phone.
 */
const WIDTHS = [390, 1280] as const;

/**
 * The whole-course print page repeats every chapter and the glossary, each checked on its own page;
 * on screen it is checked at both widths in the light theme its paper uses.
 */
const isPrintPage = (path: string) => path === '/print/';

/**
 * What a student sees after working: answers checked and revealed, flashcards open, an exam handed
 * in, a glossary term open in a chapter.
 */
async function doTheWork(page: Page, path: string): Promise<void> {
  const quiz = page.locator('course-quiz').first();
  // The print page's questions are for paper: their answers are in the answer key, not disclosed.
  if ((await quiz.count()) > 0 && !isPrintPage(path)) {
    // A quiz's script loads as the reader scrolls to it.
    await quiz.scrollIntoViewIfNeeded();
    // A right and a wrong answer checked, an incomplete one flagged, every answer revealed.
    // Each step is checked to have happened: a click that missed would leave less on the page to check.
    const singles = quiz.locator('fieldset[data-type="single"]');
    const other = quiz.locator('fieldset:not([data-type="single"])').first();
    for (const [i, right] of [true, false].entries()) {
      await answerSingle(singles.nth(i), { right });
      await singles.nth(i).getByRole('button', { name: 'Check' }).click();
      await expect
        .poll(() => feedback(singles.nth(i)).textContent())
        .toMatch(right ? /^Correct/ : /^Not quite/);
    }
    await other.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => feedback(other).textContent()).not.toBe('');
    await quiz.getByRole('button', { name: 'Show all answers' }).click();
    await expect
      .poll(() =>
        quiz.locator('details').evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open)),
      )
      .toBe(true);
    await page
      .locator('details.course-flashcard')
      .evaluateAll((cards) => cards.forEach((card) => ((card as HTMLDetailsElement).open = true)));
    // A written question written, compared with its model answer and marked with a point missed.
    const written = page.locator('course-quiz fieldset[data-type="written"]').first();
    if ((await written.count()) > 0) {
      const id = (await written.getAttribute('data-question-id'))!;
      await markWrittenAnswer(await readyWrittenQuestion(page, id), { ticks: 1 });
      await expect.poll(() => feedback(written).textContent()).toMatch(/^You covered 1 of/);
    }
  }
  if ((await page.locator('course-exam').count()) > 0) {
    // With a written part, marked after hand-in.
    await page.getByRole('combobox', { name: /^Written part/ }).selectOption({ label: '1 written question' });
    const written = page.locator('.course-exam__written fieldset:not([hidden])');
    await answerWritten(written);
    await page.getByRole('button', { name: 'Hand in' }).click();
    await page.getByRole('region', { name: 'Your result' }).waitFor();
    await markWrittenAnswer(written, { ticks: 1, compare: false });
    await expect.poll(() => feedback(written).textContent()).not.toBe('');
  }
  // Last, as anything clicked after it would close it: a glossary term's definition, opened in place.
  if (path.startsWith('/chapters/')) await openFirstTerm(page);
}

/**
 * The rules a change of palette can break. The themes differ in colours only (the same markup, the
 * same sizes), so the other theme is checked against these, not all of WCAG a second time.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

describe('every page, at a phone’s and a desktop’s width', () => {
  // Two pages at a time, one per core: each check waits mostly on Chromium.
  test.concurrent.each(paths)(
    '%s: no WCAG 2.2 A or AA violation, no contrast failure in the dark theme, no error, nothing loaded from elsewhere',
    async (path) => {
      const { page, context, problems, requests } = await openPage(path, {
        theme: 'light',
        width: WIDTHS[0],
      });
      await doTheWork(page, path);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        expect(await violations(page), `light theme, ${width} px`).toEqual([]);
        if (!isPrintPage(path)) {
          await setTheme(page, 'dark');
          expect(await violations(page, COLOUR_RULES), `dark theme, ${width} px`).toEqual([]);
          await setTheme(page, 'light');
        }
      }

      const origin = new URL(siteUrl('/')).origin;
      expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
