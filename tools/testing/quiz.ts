import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../src/schemas/quiz.ts';
import { courseQuestions } from './course-questions.ts';

/** A question on the page, found by its id. */
export function question(page: Page, id: string): Locator {
  return page.locator(`fieldset[data-question-id="${id}"]`);
}

/**
 * Scrolls to a chapter quiz's question, as a reader does, and waits until its quiz works: the quiz
 * script loads when a quiz comes near the screen, and Check appears once it has.
 */
export async function readyQuestion(page: Page, id: string): Promise<Locator> {
  const fieldset = question(page, id);
  await fieldset.scrollIntoViewIfNeeded();
  await fieldset.getByRole('button', { name: 'Check' }).waitFor();
  return fieldset;
}

/** The feedback shown for a question. */
export function feedback(fieldset: Locator): Locator {
  return fieldset.locator('.course-question__feedback');
}

/**
 * The texts of a choice question's options, in the order shown, and which of them its quiz file
 * marks right.
 */
export async function shownOptions(fieldset: Locator): Promise<Array<{ text: string; correct: boolean }>> {
  const labels = await fieldset.locator('.course-question__choice').allTextContents();
  const question = authoredQuestion(await questionId(fieldset));
  if (question.type !== 'single' && question.type !== 'multiple') {
    throw new Error(`Question "${question.id}" is a ${question.type} question, not a choice.`);
  }
  const right = new Set(question.options.filter((option) => option.correct).map((option) => option.text));
  return labels.map((label) => ({ text: label.trim(), correct: right.has(label.trim()) }));
}

/** Chooses an option of a single-choice question by its label, as a student would. */
export async function chooseOption(fieldset: Locator, text: string): Promise<void> {
  await fieldset.getByRole('radio', { name: text, exact: true }).check();
}

/** Chooses the right (or a wrong) option of a single-choice question, read from its answer. */
export async function answerSingle(fieldset: Locator, { right }: { right: boolean }): Promise<string> {
  const option = (await shownOptions(fieldset)).find((candidate) => candidate.correct === right)!;
  await chooseOption(fieldset, option.text);
  return option.text;
}

/** Chooses the right option of a single-choice question and checks it. */
export async function answerCorrectly(fieldset: Locator): Promise<void> {
  await answerSingle(fieldset, { right: true });
  await fieldset.getByRole('button', { name: 'Check' }).click();
}

let questions: Question[] | undefined;
const authored = (): Question[] => (questions ??= courseQuestions());

/**
 * A question as its quiz file states it, parsed by the product's schema: the author's answer, which
 * the page must grade as right, rather than anything the page says about its own answer.
 */
export function authoredQuestion(id: string): Question;
export function authoredQuestion<K extends Question['type']>(id: string, type: K): Extract<Question, { type: K }>;
export function authoredQuestion(id: string, type?: Question['type']): Question {
  const found = authored().find((candidate) => candidate.id === id);
  if (!found || (type && found.type !== type)) {
    throw new Error(`No question "${id}"${type ? ` of type ${type}` : ''} in src/content/quizzes/.`);
  }
  return found;
}

/** The right answer of a true/false question, from its quiz file. */
export async function authoredTruth(fieldset: Locator): Promise<boolean> {
  return authoredQuestion(await questionId(fieldset), 'truefalse').answer;
}

/**
 * For each select of an ordering or matching question, in screen order, the option the quiz file's
 * answer picks: an item's place in the authored order, or a left item's authored right-hand match.
 */
export async function rightSelections(fieldset: Locator, type: 'ordering' | 'matching'): Promise<string[]> {
  const labels = (await fieldset.locator('.course-question__pair label').allTextContents()).map((label) =>
    label.trim(),
  );
  const id = await questionId(fieldset);
  if (type === 'ordering') {
    const { items } = authoredQuestion(id, 'ordering');
    return labels.map((label) => String(items.indexOf(label) + 1));
  }
  const pairs = new Map(authoredQuestion(id, 'matching').pairs.map(({ left, right }) => [left, right]));
  return labels.map((label) => pairs.get(label)!);
}

async function questionId(fieldset: Locator): Promise<string> {
  return (await fieldset.getAttribute('data-question-id'))!;
}

/**
 * Scrolls to a written question of a chapter quiz, as a reader does, and waits until its quiz works:
 * its first button, "Compare with the model answer", appears once the quiz script has loaded.
 */
export async function readyWrittenQuestion(page: Page, id: string): Promise<Locator> {
  const fieldset = question(page, id);
  await fieldset.scrollIntoViewIfNeeded();
  await fieldset.getByRole('button', { name: 'Compare with the model answer' }).waitFor();
  return fieldset;
}

/** The marking points of a written question, as its checkboxes name them. */
export function markingPoints(fieldset: Locator): Locator {
  return fieldset
    .getByRole('group', { name: 'Tick each marking point your answer covers' })
    .getByRole('checkbox');
}

/** Answers a written question: writes in its box, or, for a drawing, says it is drawn on paper. */
export async function answerWritten(
  fieldset: Locator,
  text = 'Strategic, operational and analytical CRM.',
): Promise<void> {
  const drawn = fieldset.getByRole('checkbox', { name: 'I have drawn it on paper' });
  if ((await drawn.count()) > 0) await drawn.check();
  else await fieldset.getByRole('textbox', { name: 'Your answer' }).fill(text);
}

/**
 * Works a written question as a student does: writes (or, for a drawing, says it is drawn), compares,
 * ticks the first `ticks` marking points and scores. The compare button is found in the question; in
 * an exam, hand-in has already revealed the points (`compare: false`).
 */
export async function markWrittenAnswer(
  fieldset: Locator,
  {
    ticks,
    text = 'Strategic, operational and analytical CRM.',
    compare = true,
  }: {
    ticks: number;
    text?: string;
    compare?: boolean;
  },
): Promise<void> {
  if (compare) {
    await answerWritten(fieldset, text);
    await fieldset.getByRole('button', { name: 'Compare with the model answer' }).click();
  }
  const points = markingPoints(fieldset);
  for (let i = 0; i < ticks; i++) await points.nth(i).check();
  await fieldset.getByRole('button', { name: 'Score my answer' }).click();
}
