import { isRecord } from '../../shared/guards.ts';
import { readJson, storageKey, writeJson } from '../browser-storage.ts';

/** Where the practice exam keeps the exam drawn and the last result in `localStorage`. */
const STORE = 'exam';
/** The full `localStorage` key, for tests. */
export const EXAM_KEY = storageKey(STORE);
const FORMAT = 1;

export interface ChapterScore {
  correct: number;
  total: number;
}

/** The outcome of the last exam handed in. */
export interface ExamResult {
  at: string;
  correct: number;
  total: number;
  /** Chapter slug → its questions' score. */
  chapters: Record<string, ChapterScore>;
}

export interface ExamState {
  /** The seed of the exam being taken, so that a reload shows the same questions. */
  seed?: string;
  /** How many written questions the student chose for the written part. */
  written?: number;
  last?: ExamResult;
}

/** The most written questions an exam's written part can have. */
export const MAX_WRITTEN = 3;

const isWrittenCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_WRITTEN;

const isScore = (value: unknown): value is ChapterScore =>
  isRecord(value) &&
  Number.isInteger(value['correct']) &&
  Number.isInteger(value['total']) &&
  (value['correct'] as number) >= 0 &&
  (value['correct'] as number) <= (value['total'] as number);

function isResult(value: unknown): value is ExamResult {
  return (
    isRecord(value) &&
    isScore(value) &&
    typeof value['at'] === 'string' &&
    !Number.isNaN(Date.parse(value['at'])) &&
    isRecord(value['chapters']) &&
    Object.values(value['chapters']).every(isScore)
  );
}

/** The stored state, keeping each part that is well formed. */
export function loadExamState(): ExamState {
  const stored = readJson(STORE);
  if (!isRecord(stored) || stored['format'] !== FORMAT) return {};
  return {
    ...(typeof stored['seed'] === 'string' && stored['seed'] !== '' ? { seed: stored['seed'] } : {}),
    ...(isWrittenCount(stored['written']) ? { written: stored['written'] } : {}),
    ...(isResult(stored['last']) ? { last: stored['last'] } : {}),
  };
}

export function saveExamState(state: ExamState): boolean {
  return writeJson(STORE, { format: FORMAT, ...state });
}
