import { afterAll, describe, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { readYaml } from '../../tools/testing/content.ts';
import {
  readyQuestion,
  answerCorrectly,
  answerSingle,
  feedback,
  question,
  authoredTruth,
  rightSelections,
  shownOptions,
} from '../../tools/testing/quiz.ts';

afterAll(disconnectBrowser);

const CHAPTER = '/chapters/introduction/';
const SINGLE = 'intro-perspective-insurer-prediction';
const ORDERING = 'intro-idic-order';
const TRUE_FALSE = 'intro-social-crm-fourth-perspective';

describe('a single-choice question', () => {
  test('right and wrong answers get different announced feedback, and the quiz keeps score', async () => {
    const { page, context, problems } = await openPage(CHAPTER);
    const fieldset = await readyQuestion(page, SINGLE);

    await answerSingle(fieldset, { right: false });
    await fieldset.getByRole('button', { name: 'Check' }).click();
    const wrong = await feedback(fieldset).textContent();
    expect(wrong).toMatch(/^Not quite\./);

    await answerSingle(fieldset, { right: true });
    await fieldset.getByRole('button', { name: 'Check' }).click();
    const right = await feedback(fieldset).textContent();
    expect(right).toMatch(/^Correct\./);
    expect(right).not.toBe(wrong);

    const quiz = page.locator('course-quiz').filter({ has: fieldset });
    await expect(quiz.locator('.course-quiz__score').textContent()).resolves.toMatch(
      /^Score: 1 of \d+ correct/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test('nothing is graded before Check, and an empty answer asks for one', async () => {
    const { page, context } = await openPage(CHAPTER);
    const fieldset = await readyQuestion(page, SINGLE);
    await fieldset.getByRole('radio').first().check();
    await expect(feedback(fieldset).textContent()).resolves.toBe('');
    const other = await readyQuestion(page, 'intro-perspective-retailer-reorganizes');
    await other.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(other).textContent()).resolves.toBe(
      'Answer every part of the question before checking.',
    );
    await context.close();
  });

  test('works from the keyboard: arrow keys choose, Tab reaches Check, Enter checks', async () => {
    const { page, context } = await openPage(CHAPTER);
    const fieldset = await readyQuestion(page, SINGLE);
    await fieldset.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(fieldset.getByRole('radio').nth(1).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(
      fieldset.getByRole('button', { name: 'Check' }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(feedback(fieldset).textContent()).resolves.not.toBe('');
    await context.close();
  });
});

test('an ordering question is answered with native selects, partly right answers earn partial credit', async () => {
  const { page, context } = await openPage(CHAPTER);
  const fieldset = await readyQuestion(page, ORDERING);
  const right = await rightSelections(fieldset, 'ordering');
  const selects = fieldset.getByRole('combobox');
  await expect(selects.count()).resolves.toBe(right.length);
  // Swap the places of the first two items shown: two items right, two wrong.
  const answer = [...right];
  [answer[0], answer[1]] = [answer[1]!, answer[0]!];
  for (const [i, position] of answer.entries()) await selects.nth(i).selectOption(String(position));
  await fieldset.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(fieldset).textContent()).resolves.toMatch(
    /^Partly right: 2 of 4 items are in the right place\./,
  );
  await context.close();
});

test('answers survive a reload; "Try the wrong ones again" clears only the wrong ones', async () => {
  const { page, context } = await openPage(CHAPTER);
  const right = await readyQuestion(page, SINGLE);
  const chosen = (await shownOptions(right)).find((option) => option.correct)!.text;
  await answerCorrectly(right);
  const wrong = await readyQuestion(page, TRUE_FALSE);
  await wrong.getByRole('radio', { name: (await authoredTruth(wrong)) ? 'False' : 'True' }).check();
  await wrong.getByRole('button', { name: 'Check' }).click();

  await page.reload();
  await readyQuestion(page, SINGLE);
  await readyQuestion(page, TRUE_FALSE);
  await expect(
    question(page, SINGLE).getByRole('radio', { name: chosen, exact: true }).isChecked(),
  ).resolves.toBe(true);
  await expect(feedback(question(page, SINGLE)).textContent()).resolves.toMatch(/^Correct\./);
  await expect(feedback(question(page, TRUE_FALSE)).textContent()).resolves.toMatch(/^Not quite/);

  const quiz = page.locator('course-quiz').first();
  await quiz.getByRole('button', { name: 'Try the wrong ones again' }).click();
  await expect(feedback(question(page, TRUE_FALSE)).textContent()).resolves.toBe('');
  await expect(feedback(question(page, SINGLE)).textContent()).resolves.toMatch(/^Correct\./);
  await page.reload();
  await readyQuestion(page, TRUE_FALSE);
  await expect(feedback(question(page, TRUE_FALSE)).textContent()).resolves.toBe('');
  await context.close();
});

test('an answer saved before options were shuffled is restored onto the option that was chosen', async () => {
  const { page, context } = await openPage(CHAPTER);
  const fieldset = await readyQuestion(page, SINGLE);
  const yaml = readYaml<{
    quizzes: Array<{ questions: Array<{ id: string; options?: Array<{ text: string }> }> }>;
  }>('src/content/quizzes/introduction.yaml');
  const options = yaml.quizzes.flatMap((quiz) => quiz.questions).find((q) => q.id === SINGLE)!.options!;
  const shown = (await shownOptions(fieldset)).map((option) => option.text);
  // The first edition showed options in YAML order and stored the place chosen: the YAML index.
  const chosen = options.findIndex((option, i) => shown[i] !== option.text);
  expect(chosen, 'the shuffle moved an option of this question').toBeGreaterThanOrEqual(0);
  await page.evaluate(
    ([id, fingerprint, choice]) =>
      localStorage.setItem(
        'crm-course:quiz-progress',
        JSON.stringify({
          format: 1,
          answers: { [id!]: { fingerprint, response: { type: 'single', choice }, correct: false, score: 0 } },
        }),
      ),
    [SINGLE, await fieldset.getAttribute('data-fingerprint'), chosen] as const,
  );
  await page.reload();
  const checked = (await readyQuestion(page, SINGLE)).locator('input:checked');
  await expect(checked.count()).resolves.toBe(1);
  await expect(
    question(page, SINGLE).getByRole('radio', { name: options[chosen]!.text, exact: true }).isChecked(),
  ).resolves.toBe(true);
  await context.close();
});

test('"Show all answers" opens every answer of the quiz', async () => {
  const { page, context } = await openPage(CHAPTER);
  const quiz = page.locator('course-quiz').first();
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole('button', { name: 'Show all answers' }).click();
  const details = quiz.locator('details');
  const open = await details.evaluateAll((all) =>
    all.every((element) => (element as HTMLDetailsElement).open),
  );
  expect(open).toBe(true);
  await context.close();
});

test('without JavaScript every question, its answer and its explanation can be read', async () => {
  const { page, context } = await openPage(CHAPTER, { javaScriptEnabled: false });
  const fieldset = question(page, SINGLE);
  await expect(fieldset.locator('legend').textContent()).resolves.toContain('Which perspective on CRM');
  await expect(fieldset.getByRole('button', { name: 'Check' }).isVisible()).resolves.toBe(false);
  await fieldset.getByText('Answer and explanation').click();
  const answer = fieldset.locator('.course-answer');
  await expect(answer.isVisible()).resolves.toBe(true);
  await expect(answer.textContent()).resolves.toContain('Correct:');
  await expect(answer.locator('.course-answer__explanation').isVisible()).resolves.toBe(true);
  await context.close();
});

test.each(['blocked', 'full'] as const)(
  'with storage %s, quizzes still check answers without errors',
  async (storage) => {
    const { page, context, problems } = await openPage(CHAPTER, { storage });
    const fieldset = await readyQuestion(page, SINGLE);
    await answerCorrectly(fieldset);
    await expect(feedback(fieldset).textContent()).resolves.toMatch(/^Correct\./);
    expect(problems).toEqual([]);
    await context.close();
  },
);

test('a flashcard turns over from the keyboard', async () => {
  const { page, context } = await openPage(CHAPTER);
  const card = page.locator('.course-flashcard').first();
  await card.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(card.evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(true);
  await expect(card.locator('.course-flashcard__back').isVisible()).resolves.toBe(true);
  await context.close();
});

test('the home page shows, per chapter, how many questions were answered correctly', async () => {
  const { page, context } = await openPage(CHAPTER);
  await answerCorrectly(await readyQuestion(page, SINGLE));
  await page.goto(page.url().replace(/chapters\/introduction\/$/, ''));
  const progress = page.locator('course-chapter-progress');
  await expect(progress.first().textContent()).resolves.toMatch(
    /^1 of \d+ quiz questions answered correctly · 0 cards due for review$/,
  );
  await expect(progress.nth(1).textContent()).resolves.toMatch(
    /^0 of \d+ quiz questions answered correctly · 0 cards due for review$/,
  );
  await context.close();
});
