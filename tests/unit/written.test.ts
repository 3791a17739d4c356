import { beforeEach, describe, expect, test, vi } from 'vitest';
import { dueDate, questionCardId, reviewQueue } from '../../src/client/review/review-queue.ts';
import { reviewCard } from '../../src/client/review/scheduler.ts';
import { createProgressFile, parseProgressFile } from '../../src/client/progress-file.ts';
import { loadMistakes } from '../../src/client/quiz/mistakes.ts';
import { loadAnswer, QUIZ_PROGRESS_KEY, recordAnswer } from '../../src/client/quiz/progress-store.ts';
import { presentQuestion } from '../../src/question-types/present.ts';
import { questionSchema } from '../../src/question-types/index.ts';
import { model } from '../../src/question-types/written/model.ts';
import { missingKeywords } from '../../src/question-types/written/schema.ts';
import { CHAPTER_SLUGS } from '../../tools/testing/content.ts';
import { courseQuestions } from '../../tools/testing/course-questions.ts';

/** A written question as an author writes it; `points` are given as [text, key words]. */
const written = (points: Array<[string, string[]]>, modelAnswer: string) => ({
  id: 'w',
  type: 'written',
  section: 'introduction#the-three-perspectives-on-crm',
  prompt: 'Explain the three perspectives on CRM.',
  modelAnswer,
  points: points.map(([text, keywords]) => ({ text, keywords })),
});
const THREE_PERSPECTIVES: Array<[string, string[]]> = [
  ['Names strategic CRM.', ['strategic']],
  ['Names operational CRM.', ['operational']],
  ['Names analytical CRM, which turns customer data into insight.', ['analytical', 'customer data']],
  ['Says how they connect.', ['informs strategy']],
];

const response = (ticked: number[], text = 'Strategic, operational and analytical CRM.') => ({
  type: 'written' as const,
  text,
  drawn: false,
  ticked,
});
const KEY = { points: 4 };

describe('a written answer is scored by the marking points its student ticked', () => {
  test('points covered over points', () => {
    expect(model.score(KEY, response([0, 1, 2, 3]))).toEqual({
      correct: true,
      score: 1,
      summary: 'You covered all 4 marking points.',
    });
    expect(model.score(KEY, response([3, 0, 2]))).toEqual({
      correct: false,
      score: 0.75,
      summary: 'You covered 3 of 4 marking points.',
    });
    expect(model.score(KEY, response([]))).toEqual({
      correct: false,
      score: 0,
      summary: 'You covered none of the 4 marking points.',
    });
  });

  test('never claims more than was ticked: a point ticked twice, or one the question lacks, adds nothing', () => {
    expect(model.score(KEY, response([1, 1, 7]))).toMatchObject({ correct: false, score: 0.25 });
  });

  test('the key is the number of points, from the question', () => {
    const question = questionSchema.parse(
      written(
        THREE_PERSPECTIVES,
        'Strategic, operational and analytical CRM: analysis turns customer data into insight that informs strategy.',
      ),
    );
    expect(presentQuestion(question).key).toEqual({ points: 4 });
  });

  test('an empty answer is not compared: write something, or say the drawing is done', () => {
    expect(model.isComplete(response([], '   \n'))).toBe(false);
    expect(model.isComplete(response([], 'Strategic CRM …'))).toBe(true);
    expect(model.isComplete({ ...response([], ''), drawn: true })).toBe(true);
    expect(model.incomplete).toMatch(/^Write your answer first/);
  });
});

describe('stored written answers', () => {
  function installStorage() {
    const data = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => data.set(key, value),
      removeItem: (key: string) => data.delete(key),
    });
    return data;
  }
  beforeEach(() => vi.unstubAllGlobals());

  test('come back with their text and ticked points, and score again as they were', () => {
    installStorage();
    const given = response([0, 2], 'Strategic CRM is about culture;\nanalytical CRM about data.');
    const result = model.score(KEY, given);
    recordAnswer(
      'w',
      { fingerprint: 'f', response: given, correct: result.correct, score: result.score },
      new Date(),
    );
    const stored = loadAnswer('w', 'f')!;
    expect(stored.response).toEqual(given);
    expect(model.isResponse(stored.response)).toBe(true);
    expect(model.score(KEY, stored.response as typeof given)).toEqual(result);
  });

  test('malformed ones are refused: by the store when the score does not fit, by the model when the response does not', () => {
    const data = installStorage();
    const good = { fingerprint: 'f', response: response([0]), correct: false, score: 0.25 };
    data.set(
      QUIZ_PROGRESS_KEY,
      JSON.stringify({
        format: 2,
        answers: {
          good,
          claimsAll: { ...good, score: 1 },
          claimsMore: { ...good, correct: true, score: 1.5 },
        },
      }),
    );
    expect(loadAnswer('good', 'f')).toEqual(good);
    expect(loadAnswer('claimsAll', 'f')).toBeUndefined();
    expect(loadAnswer('claimsMore', 'f')).toBeUndefined();
    for (const malformed of [
      { ...response([0]), text: 42 },
      { ...response([0]), ticked: 'all' },
      { ...response([0]), ticked: [-1] },
      { ...response([0]), ticked: [0.5] },
      { ...response([0]), ticked: [1, 1] },
      { type: 'written', text: 'no ticks', drawn: false },
      { ...response([0]), drawn: 'yes' },
      { ...response([0]), type: 'fillin' },
    ]) {
      expect(model.isResponse(malformed), JSON.stringify(malformed)).toBe(false);
    }
  });

  test('travel in a progress file, text and ticks, and malformed entries stay out', () => {
    const answer = {
      fingerprint: 'f',
      response: response([1, 3], 'Ééh — “quoted”\ttab'),
      correct: false,
      score: 0.5,
    };
    const progress = {
      quizAnswers: { w: answer },
      reviewStates: {},
      questionMistakes: { w: '2026-05-01T12:00:00.000Z' },
    };
    const file = JSON.stringify(createProgressFile(progress, new Date('2026-05-01T12:00:00Z')));
    expect(parseProgressFile(file)).toEqual(progress);
    const tampered = JSON.parse(file);
    tampered.quizAnswers.v = { ...answer, correct: true };
    expect(parseProgressFile(JSON.stringify(tampered)).quizAnswers).toEqual({ w: answer });
  });

  test('a partly covered answer joins the review queue at once, and again after a later partial answer', () => {
    installStorage();
    const first = new Date('2026-05-01T10:00:00Z');
    const partial = model.score(KEY, response([0, 1, 2]));
    recordAnswer('w', { fingerprint: 'f', response: response([0, 1, 2]), ...pick(partial) }, first);
    expect(loadMistakes()).toEqual({ w: first.toISOString() });
    const card = questionCardId('w');
    expect(reviewQueue([], ['w'], {}, loadMistakes(), first).due).toEqual([card]);

    // Reviewed the next minute, it is scheduled by FSRS like any card, later than now.
    const reviewed = new Date('2026-05-01T10:01:00Z');
    const states = { [card]: reviewCard(undefined, 3, reviewed) };
    expect(reviewQueue([], ['w'], states, loadMistakes(), reviewed).due).toEqual([]);
    // A later answer that still misses a point makes it due again from that moment.
    const later = new Date('2026-05-02T09:00:00Z');
    recordAnswer(
      'w',
      { fingerprint: 'f', response: response([0]), ...pick(model.score(KEY, response([0]))) },
      later,
    );
    expect(dueDate(card, states, loadMistakes())).toEqual(later);
    // An answer covering every point is kept, and adds no mistake.
    const all = model.score(KEY, response([0, 1, 2, 3]));
    recordAnswer('x', { fingerprint: 'f', response: response([0, 1, 2, 3]), ...pick(all) }, later);
    expect(Object.keys(loadMistakes())).toEqual(['w']);
  });
});

const pick = ({ correct, score }: { correct: boolean; score: number }) => ({ correct, score });

describe("each model answer covers its own marking points: every point's key words are in it", () => {
  test('the check finds a key word the model answer lacks, as a whole word, without case or punctuation', () => {
    const answer =
      'Strategic, operational and analytical CRM: analysis turns customer data into insight that informs strategy.';
    expect(missingKeywords(written(THREE_PERSPECTIVES, answer))).toEqual([]);
    expect(
      missingKeywords(written(THREE_PERSPECTIVES, 'Strategic and operational CRM; data informs strategy.')),
    ).toEqual([
      { point: 2, keyword: 'analytical' },
      { point: 2, keyword: 'customer data' },
    ]);
    // A word inside another word does not count: "strategically" is not "strategic".
    expect(
      missingKeywords(written([['Names strategic CRM.', ['strategic']]], 'CRM, strategically seen.')),
    ).toEqual([{ point: 0, keyword: 'strategic' }]);
    expect(
      missingKeywords(
        written(
          [['Says it is customer-centric.', ['customer-centric culture']]],
          'A **Customer centric** culture.',
        ),
      ),
    ).toEqual([]);
  });

  test('the schema refuses such a question, naming the point', () => {
    const result = questionSchema.safeParse(
      written(THREE_PERSPECTIVES, 'Strategic and operational CRM; data informs strategy.'),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      'points.2.keywords',
      'The model answer does not say "analytical", a key word of this marking point: a model answer covers each of its own points.',
    ]);
  });

  test('and three to six marking points, no fewer, no more', () => {
    const answer = 'strategic operational analytical customer data informs strategy';
    expect(questionSchema.safeParse(written(THREE_PERSPECTIVES.slice(0, 2), answer)).success).toBe(false);
    const seven = Array.from({ length: 7 }, (_, i): [string, string[]] => [`Point ${i}.`, ['strategic']]);
    expect(questionSchema.safeParse(written(seven, answer)).success).toBe(false);
    expect(questionSchema.safeParse(written(THREE_PERSPECTIVES, answer)).success).toBe(true);
  });

  test('every written question of the course', () => {
    const questions = courseQuestions().filter((question) => question.type === 'written');
    expect(questions.length).toBeGreaterThanOrEqual(3 * CHAPTER_SLUGS.length);
    for (const question of questions) expect(missingKeywords(question), question.id).toEqual([]);
  });
});

test('every chapter has at least three written or drawing questions, each with a model answer, 3 to 6 points and its own section', () => {
  for (const slug of CHAPTER_SLUGS) {
    const questions = courseQuestions().filter(
      (question) => question.type === 'written' && question.section.startsWith(`${slug}#`),
    );
    expect(questions.length, slug).toBeGreaterThanOrEqual(3);
    for (const question of questions) {
      if (question.type !== 'written') continue;
      expect(question.modelAnswer.length, question.id).toBeGreaterThan(100);
      expect(question.points.length, question.id).toBeGreaterThanOrEqual(3);
      expect(question.points.length, question.id).toBeLessThanOrEqual(6);
    }
  }
});

test('the three drawing exercises the chapters had as asides are drawing questions now', () => {
  const drawings = courseQuestions().flatMap((question) =>
    question.type === 'written' && question.drawing ? [question.drawing] : [],
  );
  expect(drawings).toEqual(
    expect.arrayContaining([
      "Buttle's CRM value chain",
      'The CRM business model grid',
      "Curry's customer pyramid",
      "Velora's customers by transaction frequency and amount",
    ]),
  );
});
