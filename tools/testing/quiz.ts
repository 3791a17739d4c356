import type { Locator, Page } from 'playwright-core';

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

/** The key the page grades a question with (`data-key`). */
export async function answerKey<T = Record<string, unknown>>(fieldset: Locator): Promise<T> {
  return JSON.parse((await fieldset.getAttribute('data-key'))!) as T;
}

/** The feedback shown for a question. */
export function feedback(fieldset: Locator): Locator {
  return fieldset.locator('.course-question__feedback');
}

/** The texts of a choice question's options, in the order shown, and which of them are right. */
export async function shownOptions(fieldset: Locator): Promise<Array<{ text: string; correct: boolean }>> {
  const labels = await fieldset.locator('.course-question__choice').allTextContents();
  const right = new Set(
    await fieldset.locator('.course-answer__options [data-correct="true"] strong').allTextContents(),
  );
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

/** The right answer as the question's disclosure states it ("Answer: …"), for types without options. */
export async function statedAnswer(fieldset: Locator): Promise<string> {
  const text = await fieldset.locator('.course-answer p').first().textContent();
  return text!.replace(/^\s*Answer:\s*/, '').trim();
}

/**
 * For each select of an ordering or matching question, in screen order, the option a right answer
 * picks: read from the stated answer ("A → B → C"; "left → right; …"), as a student could.
 */
export async function rightSelections(fieldset: Locator, type: 'ordering' | 'matching'): Promise<string[]> {
  const labels = (await fieldset.locator('.course-question__pair label').allTextContents()).map((label) =>
    label.trim(),
  );
  const answer = await statedAnswer(fieldset);
  if (type === 'ordering') {
    const order = answer.split(' → ');
    return labels.map((label) => String(order.indexOf(label) + 1));
  }
  const pairs = new Map(answer.split('; ').map((pair) => pair.split(' → ') as [string, string]));
  return labels.map((label) => pairs.get(label)!);
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
