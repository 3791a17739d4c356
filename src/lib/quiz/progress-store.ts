import { isRecord, readJson, writeJson } from '../browser-storage.ts';
import type { Response } from './scoring.ts';

/** Where quiz answers are kept in `localStorage`. */
export const QUIZ_PROGRESS_KEY = 'crm-course:quiz-progress';
const FORMAT = 1;

/** The last checked answer to one question. */
export interface StoredAnswer {
  /** The question's fingerprint when it was answered; a changed question ignores the answer. */
  fingerprint: string;
  response: Response;
  correct: boolean;
  score: number;
}

type Answers = Record<string, StoredAnswer>;

function isStoredAnswer(value: unknown): value is StoredAnswer {
  return (
    isRecord(value) &&
    typeof value['fingerprint'] === 'string' &&
    typeof value['correct'] === 'boolean' &&
    typeof value['score'] === 'number' &&
    isRecord(value['response']) &&
    typeof value['response']['type'] === 'string'
  );
}

/** Every well-formed stored answer; anything malformed is dropped, one answer at a time. */
export function loadAnswers(): Answers {
  const stored = readJson(QUIZ_PROGRESS_KEY);
  if (!isRecord(stored) || stored['format'] !== FORMAT || !isRecord(stored['answers'])) return {};
  return Object.fromEntries(
    Object.entries(stored['answers']).filter(([, answer]) => isStoredAnswer(answer)),
  ) as Answers;
}

/** The stored answer to a question, if it was given to this version of the question. */
export function loadAnswer(questionId: string, fingerprint: string): StoredAnswer | undefined {
  const answer = loadAnswers()[questionId];
  return answer?.fingerprint === fingerprint ? answer : undefined;
}

export function saveAnswer(questionId: string, answer: StoredAnswer): boolean {
  return writeJson(QUIZ_PROGRESS_KEY, {
    format: FORMAT,
    answers: { ...loadAnswers(), [questionId]: answer },
  });
}

export function forgetAnswers(questionIds: readonly string[]): boolean {
  const answers = loadAnswers();
  for (const id of questionIds) delete answers[id];
  return writeJson(QUIZ_PROGRESS_KEY, { format: FORMAT, answers });
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
  return writeJson(QUIZ_PROGRESS_KEY, { format: FORMAT, answers: { ...loadAnswers(), ...answers } });
}
