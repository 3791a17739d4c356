import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, openPage } from '../support/browser.ts';
import { builtPages, pageUrlPath, TEST_BASE } from '../support/site.ts';

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
    // Quizzes with feedback and opened answers are part of what a student sees.
    const quiz = page.locator('course-quiz').first();
    if ((await quiz.count()) > 0) {
      // A quiz's script loads as the reader scrolls to it.
      await quiz.scrollIntoViewIfNeeded();
      await quiz.getByRole('button', { name: 'Check' }).first().click();
      await quiz.getByRole('button', { name: 'Show all answers' }).click();
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
