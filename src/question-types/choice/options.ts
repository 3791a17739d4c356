import type { ShownOption } from '../question-model.ts';
import { seededShuffle } from '../../shared/seeded.ts';

interface ChoiceQuestion {
  id: string;
  options: ReadonlyArray<{ text: string; correct: boolean; feedback: string }>;
}

/** The options in their seeded order, each keeping its place in the YAML as its value. */
export function shownOptions(question: ChoiceQuestion): ShownOption[] {
  return seededShuffle(
    question.options.map((option, value) => ({ value, ...option })),
    `options:${question.id}`,
  );
}

export function correctValues(options: readonly ShownOption[]): number[] {
  return options.filter((option) => option.correct).map((option) => option.value);
}

export function correctTexts(options: readonly ShownOption[]): string {
  return options
    .filter((option) => option.correct)
    .map((option) => option.text)
    .join('; ');
}

/** The values of the checked options, in the order shown. */
export function checkedValues(question: Element): number[] {
  return [...question.querySelectorAll<HTMLInputElement>('input:checked')].map((input) =>
    Number(input.value),
  );
}

export function checkValues(question: Element, values: readonly number[]): void {
  for (const input of question.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = values.includes(Number(input.value));
  }
}

/** The feedback the answer gives for each chosen option (`QuestionAnswer.astro` lists it per option). */
export function optionFeedback(answer: Element, values: readonly number[]): string[] {
  return values.map((value) => answer.querySelector(`[data-option="${value}"]`)?.textContent?.trim() ?? '');
}

export const isOptionValue = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0;
