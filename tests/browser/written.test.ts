import { afterAll, expect, test } from 'vitest';
import { axeViolations } from '../../tools/testing/axe.ts';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { courseQuestions } from '../../tools/testing/course-questions.ts';
import {
  answerWritten,
  feedback,
  markingPoints,
  markWrittenAnswer,
  question,
  readyWrittenQuestion,
} from '../../tools/testing/quiz.ts';

afterAll(disconnectBrowser);

const CHAPTER = '/chapters/introduction/';
const WRITTEN = 'intro-written-perspectives';
const DRAWING = 'bm-draw-grid';

/** The question as its YAML gives it, to compare what the page shows with what the author wrote. */
function yamlQuestion(id: string) {
  const found = courseQuestions().find((candidate) => candidate.id === id);
  if (found?.type !== 'written') throw new Error(`${id} is no written question`);
  return found;
}

const counts = (text: string | null) =>
  /^(\d+) due,/
    .exec(text ?? '')
    ?.slice(1)
    .map(Number);

test('a written question: write, compare with the model answer, tick the points covered, and get a score', async () => {
  const { page, context, problems } = await openPage(CHAPTER);
  const fieldset = await readyWrittenQuestion(page, WRITTEN);
  const { points, prompt } = yamlQuestion(WRITTEN);
  const answerBox = fieldset.getByRole('textbox', { name: 'Your answer' });
  await expect(answerBox.getAttribute('aria-describedby')).resolves.toBeTruthy();
  const modelAnswer = fieldset.getByText('Model answer', { exact: true });

  // Nothing to compare yet: the student is asked to write first, and the model answer stays closed.
  await fieldset.getByRole('button', { name: 'Compare with the model answer' }).click();
  await expect(fieldset.getByRole('status').textContent()).resolves.toMatch(/^Write your answer first/);
  await expect(modelAnswer.isVisible()).resolves.toBe(false);

  // The box grows with its text.
  const empty = (await answerBox.boundingBox())!.height;
  const text = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of my answer about strategic CRM.`).join(
    '\n',
  );
  await answerBox.fill(text);
  expect((await answerBox.boundingBox())!.height).toBeGreaterThan(empty * 1.5);

  // From the keyboard: Tab reaches Compare, Enter compares and moves to the model answer.
  await answerBox.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(
    fieldset
      .getByText('Model answer and marking points', { exact: true })
      .evaluate((summary) => summary === document.activeElement),
  ).resolves.toBe(true);
  await expect(modelAnswer.isVisible()).resolves.toBe(true);
  await expect(fieldset.getByRole('status').textContent()).resolves.toBe('');
  await expect(markingPoints(fieldset).count()).resolves.toBe(points.length);

  // Two points ticked of five: a partial score, announced, naming what was missed.
  await fieldset.getByRole('checkbox', { name: points[0]!.text }).check();
  await fieldset.getByRole('checkbox', { name: points[2]!.text }).check();
  await fieldset.getByRole('button', { name: 'Score my answer' }).click();
  const said = (await fieldset.getByRole('status').textContent())!;
  expect(said.split('\n')).toEqual([
    `You covered 2 of ${points.length} marking points.`,
    ...points.filter((_, i) => i !== 0 && i !== 2).map((point) => `Not covered: ${point.text}`),
  ]);
  const quiz = page.locator('course-quiz').filter({ has: fieldset });
  await expect(quiz.locator('.course-quiz__score').textContent()).resolves.toMatch(
    /^Score: 0 of \d+ correct/,
  );

  // A reload brings back the text, the ticks and the score.
  await page.reload();
  const again = await readyWrittenQuestion(page, WRITTEN);
  await expect(again.getByRole('textbox', { name: 'Your answer' }).inputValue()).resolves.toBe(text);
  await expect(
    markingPoints(again).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked)),
  ).resolves.toEqual(points.map((_, i) => i === 0 || i === 2));
  await expect(feedback(again).textContent()).resolves.toMatch(/^You covered 2 of 5 marking points\./);

  // Partly covered, it is due on the review page: the prompt first, then the model answer and its points.
  await page.goto(page.url().replace(CHAPTER, '/review/'));
  expect(counts(await page.locator('.course-review__counts').textContent())).toEqual([1]);
  await expect(page.locator('.course-review__front').textContent()).resolves.toBe(prompt);
  const back = page.locator('.course-review__back');
  await expect(back.isVisible()).resolves.toBe(false);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(back.getByText('Model answer', { exact: true }).isVisible()).resolves.toBe(true);
  await expect(back.getByRole('listitem').allTextContents()).resolves.toEqual(
    expect.arrayContaining(points.map((point) => point.text)),
  );
  expect(await axeViolations(page), 'the written card on the review page').toEqual([]);
  const reread = back.getByRole('link', { name: /three perspectives/i });
  const target = new URL((await reread.getAttribute('href'))!, page.url());
  expect(target.pathname + target.hash).toBe(
    '/crm-course/chapters/introduction/#the-three-perspectives-on-crm',
  );
  await page.getByRole('button', { name: /^Good/ }).click();
  expect(counts(await page.locator('.course-review__counts').textContent())).toEqual([0]);
  await page.goto(target.href);
  await expect(page.locator(`[id="${target.hash.slice(1)}"]`).count()).resolves.toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});

test('a written answer that covers every point counts as correct and does not go to review; "Try the wrong ones again" clears a partial one', async () => {
  const { page, context } = await openPage(CHAPTER);
  const fieldset = await readyWrittenQuestion(page, WRITTEN);
  await markWrittenAnswer(fieldset, { ticks: yamlQuestion(WRITTEN).points.length });
  await expect(feedback(fieldset).textContent()).resolves.toBe('You covered all 5 marking points.');
  const other = await readyWrittenQuestion(page, 'intro-written-misunderstandings');
  await markWrittenAnswer(other, { ticks: 1 });
  const quiz = page.locator('course-quiz').filter({ has: fieldset });
  await expect(quiz.locator('.course-quiz__score').textContent()).resolves.toMatch(
    /^Score: 1 of \d+ correct/,
  );
  await quiz.getByRole('button', { name: 'Try the wrong ones again' }).click();
  await expect(other.getByRole('textbox', { name: 'Your answer' }).inputValue()).resolves.toBe('');
  await expect(other.getByText('Model answer', { exact: true }).isVisible()).resolves.toBe(false);
  await expect(fieldset.getByRole('textbox', { name: 'Your answer' }).inputValue()).resolves.not.toBe('');
  await page.goto(page.url().replace(CHAPTER, '/review/'));
  // The answer that missed points is due; the one that covered them all is not.
  expect(counts(await page.locator('.course-review__counts').textContent())).toEqual([1]);
  await context.close();
});

test('a drawing question: draw on paper, open the course figure, tick its points', async () => {
  const { page, context, problems } = await openPage('/chapters/business-models/');
  const fieldset = await readyWrittenQuestion(page, DRAWING);
  const { drawing, points } = yamlQuestion(DRAWING);
  const figure = fieldset.getByRole('img', { name: drawing!, exact: true });
  await expect(figure.isVisible()).resolves.toBe(false);
  await fieldset.getByRole('button', { name: 'Compare with the model answer' }).click();
  await expect(feedback(fieldset).textContent()).resolves.toMatch(/^Write your answer first/);
  await fieldset.getByRole('checkbox', { name: 'I have drawn it on paper' }).check();
  await fieldset.getByRole('button', { name: 'Compare with the model answer' }).click();
  // The chapter's own figure, drawn once, shows where the drawing is compared.
  await expect(figure.isVisible()).resolves.toBe(true);
  await expect(
    page.locator('figure.course-diagram:visible', { has: page.getByText(drawing!, { exact: true }) }).count(),
  ).resolves.toBe(1);
  await markWrittenAnswer(fieldset, { ticks: points.length, compare: false });
  await expect(feedback(fieldset).textContent()).resolves.toBe(
    `You covered all ${points.length} marking points.`,
  );
  expect(problems).toEqual([]);
  await context.close();
});

test("the exam's written part: chosen before, marked after hand-in, and counted per chapter", async () => {
  const { page, context, problems } = await openPage('/exam/');
  await page.getByRole('button', { name: 'Hand in' }).waitFor();
  const part = page.getByRole('region', { name: 'Written part' });
  await expect(part.isVisible()).resolves.toBe(false);
  await page.getByRole('combobox', { name: /^Written part/ }).selectOption({ label: '2 written questions' });
  const written = part.locator('fieldset.course-question:not([hidden])');
  await expect(written.count()).resolves.toBe(2);
  await expect(written.locator('.course-question__number').allTextContents()).resolves.toEqual([
    '41.',
    '42.',
  ]);
  const chapters = await written.evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset['chapter']));
  expect(new Set(chapters).size).toBe(2);
  // The same written questions after a reload.
  const ids = await written.evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset['questionId']));
  await page.reload();
  await page.getByRole('button', { name: 'Hand in' }).waitFor();
  await expect(
    written.evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset['questionId'])),
  ).resolves.toEqual(ids);

  // The first is answered (in writing or as a drawing), the second left empty; nothing is graded before hand-in.
  const [answered, empty] = [written.nth(0), written.nth(1)];
  await answerWritten(answered, 'My answer in my own words.');
  await expect(markingPoints(answered).first().isVisible()).resolves.toBe(false);
  await page.getByRole('button', { name: 'Hand in' }).click();

  const result = page.getByRole('region', { name: 'Your result' });
  const score = result.locator('.course-exam__score');
  await expect(score.textContent()).resolves.toMatch(
    /^You answered 0 of 41 questions correctly \(0 %\)\. Mark your written answer against its marking points below: it counts once scored\./,
  );
  await expect(feedback(empty).textContent()).resolves.toMatch(/^Not answered\./);
  await expect(empty.getByRole('button', { name: 'Score my answer' }).isDisabled()).resolves.toBe(true);
  const chapterOf = (slug: string) =>
    result.getByRole('listitem').filter({ has: page.locator(`a[href$="/chapters/${slug}/"]`) });
  const before = await chapterOf(chapters[0]!).textContent();
  const total = Number(/: 0 of (\d+) correct/.exec(before!)![1]);

  // Marked with every point covered, it counts as correct, in the total and in its chapter.
  const id = ids[0]!;
  await markWrittenAnswer(answered, { ticks: yamlQuestion(id).points.length, compare: false });
  await expect(score.textContent()).resolves.toMatch(/^You answered 1 of 42 questions correctly \(2 %\)\./);
  await expect(chapterOf(chapters[0]!).textContent()).resolves.toContain(`: 1 of ${total + 1} correct.`);
  await expect(page.getByRole('status').filter({ hasText: 'You answered 1 of 42' }).count()).resolves.toBe(1);
  await expect(markingPoints(answered).first().isDisabled()).resolves.toBe(true);

  // The 40 questions drawn and the empty written answer are due; the written one covered in full is not.
  const review = await context.newPage();
  await review.goto(page.url().replace('/exam/', '/review/'));
  expect(counts(await review.locator('.course-review__counts').textContent())).toEqual([41]);

  // "New exam" clears the written part and keeps the count chosen.
  await page.getByRole('button', { name: 'New exam' }).click();
  await expect(written.count()).resolves.toBe(2);
  await expect(markingPoints(written.nth(0)).first().isVisible()).resolves.toBe(false);
  await expect(page.getByRole('combobox', { name: /^Written part/ }).isDisabled()).resolves.toBe(false);
  expect(problems).toEqual([]);
  await context.close();
});

test('without JavaScript the model answer and the figure are in a disclosure', async () => {
  const { page, context } = await openPage('/chapters/business-models/', { javaScriptEnabled: false });
  const fieldset = question(page, DRAWING);
  await expect(
    fieldset.getByRole('button', { name: 'Compare with the model answer' }).isVisible(),
  ).resolves.toBe(false);
  const figure = fieldset.getByRole('img', { name: yamlQuestion(DRAWING).drawing!, exact: true });
  await expect(figure.isVisible()).resolves.toBe(false);
  await fieldset.getByText('Model answer and marking points').click();
  await expect(fieldset.getByText('Model answer', { exact: true }).isVisible()).resolves.toBe(true);
  await expect(figure.isVisible()).resolves.toBe(true);
  await context.close();
});

test('on paper: ruled space to write, a box to draw in, and the model answers with their points in the answer key', async () => {
  const { page, context } = await openPage('/chapters/business-models/');
  await page.emulateMedia({ media: 'print' });
  const textBox = question(page, 'bm-written-hurdles').getByRole('textbox', { name: 'Your answer' });
  await expect(textBox.evaluate((box) => getComputedStyle(box).backgroundImage)).resolves.toMatch(
    /^repeating-linear-gradient/,
  );
  expect((await textBox.boundingBox())!.height).toBeGreaterThan(300);
  const drawingBox = question(page, DRAWING).locator('.course-written__drawing');
  expect((await drawingBox.boundingBox())!.height).toBeGreaterThan(200);
  await expect(question(page, DRAWING).getByText('Model answer', { exact: true }).isVisible()).resolves.toBe(
    false,
  );

  const key = page.locator('.course-answer-key');
  const entry = key.getByRole('listitem').filter({ hasText: yamlQuestion(DRAWING).prompt });
  await expect(entry.getByText('Model answer', { exact: true }).isVisible()).resolves.toBe(true);
  await expect(entry.getByText('Marking points', { exact: true }).isVisible()).resolves.toBe(true);
  await expect(
    entry.getByRole('img', { name: yamlQuestion(DRAWING).drawing!, exact: true }).isVisible(),
  ).resolves.toBe(true);
  await context.close();
});
