import { isRecord, keepWellFormed } from '../../shared/guards.ts';
import { readJson, storageKey, writeJson } from '../browser-storage.ts';
import { modelTypes } from '../../question-types/load-model.ts';
import { recordMistakes } from './mistakes.ts';

/** Where quiz answers are kept in `localStorage`. */
const STORE = 'quiz-progress';
/** The full `localStorage` key, for tests. */
export const QUIZ_PROGRESS_KEY = storageKey(STORE);
/**
 * 2: responses name what was chosen (an option's place in the YAML), and ordering answers are kept
 * per item. Format 1 stored ordering answers by their place on the screen; those are dropped, every
 * other answer of format 1 means the same in format 2.
 */
export const ANSWERS_FORMAT = 2;

/** The last checked answer to one question. */
export interface StoredAnswer {
  /** The question's fingerprint when it was answered; a changed question ignores the answer. */
  fingerprint: string;
  response: { type: string };
  correct: boolean;
  score: number;
}

export type Answers = Record<string, StoredAnswer>;

function isStoredAnswerOf(format: number) {
  return (value: unknown): value is StoredAnswer => isStoredAnswer(value, format);
}

function isStoredAnswer(value: unknown, format: number): value is StoredAnswer {
  if (
    !isRecord(value) ||
    typeof value['fingerprint'] !== 'string' ||
    typeof value['correct'] !== 'boolean' ||
    typeof value['score'] !== 'number' ||
    // A score claims no more than an answer earns: between nothing and all, and all only when correct.
    !(value['score'] >= 0 && value['score'] <= 1) ||
    value['correct'] !== (value['score'] === 1)
  ) {
    return false;
  }
  // The response's own shape (a written answer's text and ticked points) is checked by its type's
  // model before it is restored, and its score computed again from it.
  const type = isRecord(value['response']) ? value['response']['type'] : undefined;
  return typeof type === 'string' && modelTypes.includes(type) && !(format === 1 && type === 'ordering');
}

/** Every well-formed answer of a stored or imported set in the given format, one answer at a time. */
export function sanitizeAnswers(value: unknown, format: number): Answers {
  if (format !== 1 && format !== ANSWERS_FORMAT) return {};
  return keepWellFormed(value, isStoredAnswerOf(format));
}

export function loadAnswers(): Answers {
  const stored = readJson(STORE);
  if (!isRecord(stored) || typeof stored['format'] !== 'number') return {};
  return sanitizeAnswers(stored['answers'], stored['format']);
}

/** The stored answer to a question, if it was given to this version of the question. */
export function loadAnswer(questionId: string, fingerprint: string): StoredAnswer | undefined {
  const answer = loadAnswers()[questionId];
  return answer?.fingerprint === fingerprint ? answer : undefined;
}

function saveAnswers(answers: Answers): boolean {
  return writeJson(STORE, { format: ANSWERS_FORMAT, answers });
}

export function saveAnswer(questionId: string, answer: StoredAnswer): boolean {
  return saveAnswers({ ...loadAnswers(), [questionId]: answer });
}

/**
 * Keeps a checked answer. One that is not wholly right (a wrong choice, a written answer that missed
 * marking points) also joins the review queue, due from now. `true` only if both were stored.
 */
export function recordAnswer(questionId: string, answer: StoredAnswer, at: Date): boolean {
  const saved = saveAnswer(questionId, answer);
  return (answer.correct || recordMistakes([questionId], at)) && saved;
}

export function forgetAnswers(questionIds: readonly string[]): boolean {
  const answers = loadAnswers();
  for (const id of questionIds) delete answers[id];
  return saveAnswers(answers);
}

/** How many of the given questions were last answered correctly (in their current version). */
export function countCorrect(questions: ReadonlyArray<{ id: string; fingerprint: string }>): number {
  const answers = loadAnswers();
  return questions.filter(
    ({ id, fingerprint }) => answers[id]?.fingerprint === fingerprint && answers[id]?.correct,
  ).length;
}

/** Adds answers (from an imported progress file) to the stored ones; the imported ones win. */
export function mergeAnswers(answers: Answers): boolean {
  return saveAnswers({ ...loadAnswers(), ...answers });
}
