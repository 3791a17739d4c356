import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, openPage } from '../../tools/testing/browser.ts';
import { answerSingle } from '../../tools/testing/quiz.ts';
import { builtPages, pageUrlPath, TEST_BASE } from '../../tools/testing/site.ts';

afterAll(closeBrowser);

const paths = builtPages().map((page) => pageUrlPath(page).slice(TEST_BASE.length - 1));

/** A phone and a desktop, each in both themes: wide diagrams and tables scroll on a phone. */
const VIEWS = [
  { theme: 'light', width: 390 },
  { theme: 'dark', width: 390 },
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 1280 },
] as const;

/**
 * The whole-course print page repeats every chapter and the glossary, each checked in every view on
 * its own page; it is checked once, in the light theme its paper uses.
 */
const pathsIn = (view: (typeof VIEWS)[number]) =>
  paths.filter((path) => path !== '/print/' || (view.theme === 'light' && view.width === 1280));

describe.each(VIEWS)('WCAG 2.2 A and AA, $theme theme, $width px wide (axe-core)', ({ theme, width }) => {
  // Two pages at a time, one per core: each check waits mostly on Chromium.
  test.concurrent.each(pathsIn({ theme, width }))('%s', async (path) => {
    const { page, context } = await openPage(path, { theme, width });
    // What a student sees after working: a right and a wrong answer checked, an incomplete one
    // flagged, every answer revealed, every flashcard turned over, an exam handed in.
    const quiz = page.locator('course-quiz').first();
    // The print page's questions are for paper: their answers are in the answer key, not disclosed.
    if ((await quiz.count()) > 0 && path !== '/print/') {
      // A quiz's script loads as the reader scrolls to it.
      await quiz.scrollIntoViewIfNeeded();
      const singles = quiz.locator('fieldset[data-type="single"]');
      for (const [i, right] of [true, false].entries()) {
        await answerSingle(singles.nth(i), { right });
        await singles.nth(i).getByRole('button', { name: 'Check' }).click();
      }
      await quiz
        .locator('fieldset:not([data-type="single"])')
        .first()
        .getByRole('button', { name: 'Check' })
        .click();
      await quiz.getByRole('button', { name: 'Show all answers' }).click();
      await page
        .locator('details.course-flashcard')
        .evaluateAll((cards) => cards.forEach((card) => ((card as HTMLDetailsElement).open = true)));
    }
    const handIn = page.getByRole('button', { name: 'Hand in' });
    if ((await page.locator('course-exam').count()) > 0) {
      await handIn.click();
      await page.getByRole('region', { name: 'Your result' }).waitFor();
    }
    // Quizzes, diagrams and flashcards off screen skip rendering (content-visibility: auto) until
    // they come near; axe measures colours and sizes, so have everything rendered as a reader sees it.
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLElement>('.course-quiz, .course-diagram, .course-flashcards')
        .forEach((element) => {
          element.style.contentVisibility = 'visible';
        }),
    );
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')})`,
    );
    expect(violations).toEqual([]);
    await context.close();
  });
});
