import { isRecord, keepWellFormed } from '../../shared/guards.ts';
import { readJson, storageKey, writeJson } from '../browser-storage.ts';

/**
 * Questions answered wrong or partly right, in a chapter or an exam, with the time of the last such
 * answer. The review page turns each into a card that is due from that moment (see
 * `review/review-queue.ts`); chapter pages write here without loading the scheduler.
 */
const STORE = 'quiz-mistakes';
/** The full `localStorage` key, for tests. */
export const MISTAKES_KEY = storageKey(STORE);
const FORMAT = 1;

/** Question id → ISO time of the last wrong answer. */
export type Mistakes = Record<string, string>;

const isTime = (at: unknown): at is string => typeof at === 'string' && !Number.isNaN(Date.parse(at));

export function sanitizeMistakes(value: unknown): Mistakes {
  return keepWellFormed(value, isTime);
}

export function loadMistakes(): Mistakes {
  const stored = readJson(STORE);
  return isRecord(stored) && stored['format'] === FORMAT ? sanitizeMistakes(stored['questions']) : {};
}

/** Adds mistakes; for a question already listed, the later time wins. */
export function mergeMistakes(mistakes: Mistakes): boolean {
  const merged = loadMistakes();
  for (const [id, at] of Object.entries(mistakes)) {
    if (!merged[id] || Date.parse(at) > Date.parse(merged[id])) merged[id] = at;
  }
  return writeJson(STORE, { format: FORMAT, questions: merged });
}

export function recordMistakes(questionIds: readonly string[], at: Date): boolean {
  return mergeMistakes(Object.fromEntries(questionIds.map((id) => [id, at.toISOString()])));
}
