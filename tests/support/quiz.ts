import type { Locator, Page } from 'playwright-core';
import type { AnswerKey } from '../../src/lib/quiz/scoring.ts';

/** A question of a quiz on the page, found by its id. */
export function question(page: Page, id: string): Locator {
  return page.locator(`fieldset[data-question-id="${id}"]`);
}

export async function answerKey(fieldset: Locator): Promise<AnswerKey> {
  return JSON.parse((await fieldset.getAttribute('data-key'))!) as AnswerKey;
}

/** The feedback announced for a question (its live region). */
export function feedback(fieldset: Locator): Locator {
  return fieldset.getByRole('status');
}

/** Chooses the option at `index` of a single-choice question by its label, as a student would. */
export async function chooseOption(fieldset: Locator, index: number): Promise<void> {
  await fieldset.getByRole('radio').nth(index).check();
}

/** The key of a single-choice question; fails the test if the question is of another type. */
export async function singleChoiceKey(fieldset: Locator): Promise<Extract<AnswerKey, { type: 'single' }>> {
  const key = await answerKey(fieldset);
  if (key.type !== 'single') throw new Error(`expected a single-choice question, found ${key.type}`);
  return key;
}

/** Chooses the right option of a single-choice question and checks it. */
export async function answerCorrectly(fieldset: Locator): Promise<void> {
  await chooseOption(fieldset, (await singleChoiceKey(fieldset)).correct);
  await fieldset.getByRole('button', { name: 'Check' }).click();
}
