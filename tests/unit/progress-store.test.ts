import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  countCorrect,
  forgetAnswers,
  loadAnswer,
  mergeAnswers,
  QUIZ_PROGRESS_KEY,
  saveAnswer,
} from '../../src/client/quiz/progress-store.ts';
import {
  loadReviewStates,
  REVIEW_PROGRESS_KEY,
  saveReviewStates,
} from '../../src/client/review/review-store.ts';
import { newCard } from '../../src/client/review/scheduler.ts';
import { loadMistakes, mergeMistakes, MISTAKES_KEY, recordMistakes } from '../../src/client/quiz/mistakes.ts';
import { EXAM_KEY, loadExamState, saveExamState } from '../../src/client/quiz/exam-store.ts';

/** A `localStorage` stand-in; `failing` makes every call throw, as blocked storage does. */
function installStorage({ failing = false } = {}) {
  const data = new Map<string, string>();
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => (failing ? fail() : (data.get(key) ?? null)),
    setItem: (key: string, value: string) => (failing ? fail() : data.set(key, value)),
    removeItem: (key: string) => data.delete(key),
  });
  return data;
}

const answer = {
  fingerprint: 'abc123abc123',
  response: { type: 'single', choice: 1 } as const,
  correct: true,
  score: 1,
};

describe('quiz answers in localStorage', () => {
  beforeEach(() => vi.unstubAllGlobals());

  test('are saved and loaded per question', () => {
    installStorage();
    expect(saveAnswer('q1', answer)).toBe(true);
    expect(loadAnswer('q1', 'abc123abc123')).toEqual(answer);
    expect(
      countCorrect([
        { id: 'q1', fingerprint: 'abc123abc123' },
        { id: 'q2', fingerprint: 'x' },
      ]),
    ).toBe(1);
  });

  test('an answer to an older version of the question is ignored', () => {
    installStorage();
    saveAnswer('q1', answer);
    expect(loadAnswer('q1', 'changed00000')).toBeUndefined();
    expect(countCorrect([{ id: 'q1', fingerprint: 'changed00000' }])).toBe(0);
  });

  test('corrupt or foreign data is ignored, well-formed answers next to it survive', () => {
    const data = installStorage();
    data.set(QUIZ_PROGRESS_KEY, '{not json');
    expect(loadAnswer('q1', 'abc123abc123')).toBeUndefined();
    data.set(QUIZ_PROGRESS_KEY, JSON.stringify(['a list']));
    expect(loadAnswer('q1', 'abc123abc123')).toBeUndefined();
    data.set(
      QUIZ_PROGRESS_KEY,
      JSON.stringify({ format: 2, answers: { q1: answer, q2: { fingerprint: 3 }, q3: 'yes' } }),
    );
    expect(loadAnswer('q1', 'abc123abc123')).toEqual(answer);
    expect(loadAnswer('q2', '3')).toBeUndefined();
    data.set(QUIZ_PROGRESS_KEY, JSON.stringify({ format: 99, answers: { q1: answer } }));
    expect(loadAnswer('q1', 'abc123abc123')).toBeUndefined();
  });

  test('answers saved before options were shuffled keep meaning the option chosen; ordering answers are dropped', () => {
    const data = installStorage();
    const ordering = { ...answer, response: { type: 'ordering', positions: [2, 1, 3] } };
    // Format 1 stored a choice by its place in the YAML, which is what format 2 stores too.
    data.set(QUIZ_PROGRESS_KEY, JSON.stringify({ format: 1, answers: { q1: answer, q2: ordering } }));
    expect(loadAnswer('q1', 'abc123abc123')).toEqual(answer);
    expect(loadAnswer('q2', 'abc123abc123')).toBeUndefined();
    saveAnswer('q3', answer);
    expect(JSON.parse(data.get(QUIZ_PROGRESS_KEY)!)).toEqual({
      format: 2,
      answers: { q1: answer, q3: answer },
    });
  });

  test('blocked or full storage never throws', () => {
    installStorage({ failing: true });
    expect(saveAnswer('q1', answer)).toBe(false);
    expect(loadAnswer('q1', 'abc123abc123')).toBeUndefined();
    expect(forgetAnswers(['q1'])).toBe(false);
  });

  test('a write that a full storage drops, or that only lasts for the page, is reported as not saved', () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
    expect(saveAnswer('q1', answer)).toBe(false);
    const data = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      transient: true,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => data.set(key, value),
    });
    expect(saveAnswer('q1', answer)).toBe(false);
    expect(loadAnswer('q1', 'abc123abc123')).toEqual(answer);
  });

  test('no storage at all (a script without a window) never throws', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(saveAnswer('q1', answer)).toBe(false);
    expect(loadAnswer('q1', 'abc123abc123')).toBeUndefined();
  });

  test('forgetting and merging', () => {
    installStorage();
    saveAnswer('q1', answer);
    saveAnswer('q2', { ...answer, correct: false, score: 0 });
    forgetAnswers(['q2']);
    expect(loadAnswer('q2', 'abc123abc123')).toBeUndefined();
    mergeAnswers({ q3: answer });
    expect(loadAnswer('q1', 'abc123abc123')).toEqual(answer);
    expect(loadAnswer('q3', 'abc123abc123')).toEqual(answer);
  });
});

describe('progress is kept per course', () => {
  beforeEach(() => vi.unstubAllGlobals());

  test('keys carry the course id and base path', () => {
    expect(QUIZ_PROGRESS_KEY).toBe('crm-course@/crm-course:quiz-progress');
    expect(REVIEW_PROGRESS_KEY).toBe('crm-course@/crm-course:review-progress');
  });

  test("progress under the first edition's shared keys is copied once, and the old key stays", () => {
    const data = installStorage();
    const card = newCard(new Date('2026-01-01T00:00:00Z'));
    data.set('crm-course:quiz-progress', JSON.stringify({ format: 1, answers: { q1: answer } }));
    data.set('crm-course:review-progress', JSON.stringify({ format: 1, cards: { a: card } }));
    expect(loadAnswer('q1', 'abc123abc123')).toEqual(answer);
    expect(loadReviewStates()).toEqual({ a: card });
    expect(JSON.parse(data.get(QUIZ_PROGRESS_KEY)!)).toEqual({ format: 1, answers: { q1: answer } });
    expect(data.has('crm-course:quiz-progress')).toBe(true);
    // From then on this course's own key is read: answers given later are not overwritten.
    saveAnswer('q2', answer);
    data.set('crm-course:quiz-progress', JSON.stringify({ format: 1, answers: {} }));
    expect(loadAnswer('q2', 'abc123abc123')).toEqual(answer);
  });
});

describe('questions answered wrong', () => {
  beforeEach(() => vi.unstubAllGlobals());

  test('are recorded with the time of the last mistake, and corrupt entries are dropped', () => {
    const data = installStorage();
    expect(recordMistakes(['q1', 'q2'], new Date('2026-03-01T09:00:00Z'))).toBe(true);
    recordMistakes(['q1'], new Date('2026-03-02T09:00:00Z'));
    mergeMistakes({ q2: '2026-02-01T00:00:00.000Z' });
    expect(loadMistakes()).toEqual({ q1: '2026-03-02T09:00:00.000Z', q2: '2026-03-01T09:00:00.000Z' });
    data.set(
      MISTAKES_KEY,
      JSON.stringify({ format: 1, questions: { q1: 'soon', q2: '2026-03-01T09:00:00Z' } }),
    );
    expect(loadMistakes()).toEqual({ q2: '2026-03-01T09:00:00Z' });
    data.set(MISTAKES_KEY, '{broken');
    expect(loadMistakes()).toEqual({});
  });

  test('blocked storage never throws', () => {
    installStorage({ failing: true });
    expect(recordMistakes(['q1'], new Date())).toBe(false);
    expect(loadMistakes()).toEqual({});
  });
});

describe('the practice exam in localStorage', () => {
  beforeEach(() => vi.unstubAllGlobals());
  const last = {
    at: '2026-03-01T09:00:00.000Z',
    correct: 30,
    total: 40,
    chapters: { introduction: { correct: 9, total: 11 } },
  };

  test('keeps how many written questions the student chose, from none to three', () => {
    const data = installStorage();
    expect(saveExamState({ seed: 'abc', written: 2 })).toBe(true);
    expect(loadExamState()).toEqual({ seed: 'abc', written: 2 });
    for (const written of [4, -1, 1.5, '2']) {
      data.set(EXAM_KEY, JSON.stringify({ format: 1, seed: 'abc', written }));
      expect(loadExamState(), String(written)).toEqual({ seed: 'abc' });
    }
  });

  test('keeps the seed and the last result; a corrupt part is dropped, the other kept', () => {
    const data = installStorage();
    expect(saveExamState({ seed: 'abc', last })).toBe(true);
    expect(loadExamState()).toEqual({ seed: 'abc', last });
    data.set(EXAM_KEY, JSON.stringify({ format: 1, seed: 'abc', last: { ...last, correct: 41 } }));
    expect(loadExamState()).toEqual({ seed: 'abc' });
    data.set(EXAM_KEY, JSON.stringify({ format: 1, seed: 7, last }));
    expect(loadExamState()).toEqual({ last });
    data.set(EXAM_KEY, 'null');
    expect(loadExamState()).toEqual({});
  });

  test('blocked storage never throws', () => {
    installStorage({ failing: true });
    expect(saveExamState({ seed: 'x' })).toBe(false);
    expect(loadExamState()).toEqual({});
  });
});

describe('review states in localStorage', () => {
  beforeEach(() => vi.unstubAllGlobals());

  test('round-trip, and malformed cards are dropped', () => {
    const data = installStorage();
    const card = newCard(new Date('2026-01-01T00:00:00Z'));
    expect(saveReviewStates({ a: card })).toBe(true);
    expect(loadReviewStates()).toEqual({ a: card });
    data.set(
      REVIEW_PROGRESS_KEY,
      JSON.stringify({ format: 1, cards: { a: card, b: { due: 'never' }, c: null } }),
    );
    expect(loadReviewStates()).toEqual({ a: card });
    data.set(REVIEW_PROGRESS_KEY, 'garbage');
    expect(loadReviewStates()).toEqual({});
  });

  test('blocked storage never throws', () => {
    installStorage({ failing: true });
    expect(saveReviewStates({})).toBe(false);
    expect(loadReviewStates()).toEqual({});
  });
});
