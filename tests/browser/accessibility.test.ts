import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, openPage } from '../support/browser.ts';
import { builtPages, pageUrlPath, TEST_BASE } from '../support/site.ts';

afterAll(closeBrowser);

const paths = builtPages().map((page) => pageUrlPath(page).slice(TEST_BASE.length - 1));

describe.each(['light', 'dark'] as const)('WCAG 2.2 A and AA in the %s theme (axe-core)', (theme) => {
  test.each(paths)('%s', async (path) => {
    const { page, context } = await openPage(path, { theme });
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
