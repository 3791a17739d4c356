import { isRecord } from '../../shared/guards.ts';
import type { QuestionModel } from '../question-model.ts';
import type { WrittenQuestion } from './schema.ts';

/**
 * The student's answer in their own words (`text`), or, for a drawing question, that they have drawn
 * it on paper (`drawn`), and the marking points they ticked (their places in the YAML).
 */
export type WrittenResponse = { type: 'written'; text: string; drawn: boolean; ticked: number[] };

const isPoint = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export const model: QuestionModel<
  WrittenQuestion,
  Record<string, never>,
  { points: number },
  WrittenResponse
> = {
  type: 'written',
  present: (question) => ({ view: {}, key: { points: question.points.length } }),
  cues: () => [],
  answerText: (question) => question.modelAnswer,
  options: () => [],
  isComplete: (response) => response.drawn || response.text.trim() !== '',
  incomplete: 'Write your answer first (for a drawing, draw it on paper and say so), then compare it.',
  /** Points covered over points: each point ticked counts once, and only the question's own points count. */
  score(key, response) {
    const covered = new Set(response.ticked.filter((point) => point < key.points)).size;
    const of = `${key.points} marking points`;
    if (covered === key.points) return { correct: true, score: 1, summary: `You covered all ${of}.` };
    return {
      correct: false,
      score: covered / key.points,
      summary: covered === 0 ? `You covered none of the ${of}.` : `You covered ${covered} of ${of}.`,
    };
  },
  isResponse: (value): value is WrittenResponse =>
    isRecord(value) &&
    value['type'] === 'written' &&
    typeof value['text'] === 'string' &&
    typeof value['drawn'] === 'boolean' &&
    Array.isArray(value['ticked']) &&
    value['ticked'].every(isPoint) &&
    new Set(value['ticked']).size === value['ticked'].length,
  read: (question) => ({
    type: 'written',
    text: question.querySelector('textarea')?.value ?? '',
    drawn: question.querySelector<HTMLInputElement>('input[data-drawn]')?.checked ?? false,
    ticked: [...question.querySelectorAll<HTMLInputElement>('input[data-point]:checked')].map((input) =>
      Number(input.value),
    ),
  }),
  restore(question, response) {
    const textarea = question.querySelector('textarea');
    if (textarea) textarea.value = response.text;
    const drawn = question.querySelector<HTMLInputElement>('input[data-drawn]');
    if (drawn) drawn.checked = response.drawn;
    for (const input of question.querySelectorAll<HTMLInputElement>('input[data-point]'))
      input.checked = response.ticked.includes(Number(input.value));
  },
  clear(question) {
    model.restore(question, { type: 'written', text: '', drawn: false, ticked: [] });
  },
  /** The points not ticked, to add next time. */
  feedback: (response, answer) =>
    [...answer.querySelectorAll<HTMLInputElement>('input[data-point]')]
      .filter((input) => !response.ticked.includes(Number(input.value)))
      .map((input) => `Not covered: ${input.closest('label')?.textContent?.trim() ?? ''}`),
  selfMarked: { reveal: 'Compare with the model answer', answer: 'Model answer and marking points' },
};
