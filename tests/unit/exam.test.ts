import { describe, expect, test } from 'vitest';
import {
  allocate,
  drawExam,
  drawWritten,
  ExamRulesError,
  newExamSeed,
  type PoolQuestion,
} from '../../src/shared/exam.ts';

/** A course like ours: chapters with 30, 25, 27 and 15 questions. */
const COUNTS = {
  introduction: 30,
  'business-models': 25,
  'building-a-strategy': 27,
  'strategy-in-practice': 15,
};
const pool: PoolQuestion[] = Object.entries(COUNTS).flatMap(([chapter, count]) =>
  Array.from({ length: count }, (_, i) => ({ id: `${chapter}-${i}`, chapter })),
);
const rules = { size: 40, perChapterMinimum: 3 };

describe('allocating an exam to chapters', () => {
  test('is proportional to the chapters’ question counts and adds up to the size', () => {
    const take = allocate(new Map(Object.entries(COUNTS)), rules);
    // 40 × 30/97 = 12.4, 40 × 25/97 = 10.3, 40 × 27/97 = 11.1, 40 × 15/97 = 6.2
    expect(Object.fromEntries(take)).toEqual({
      introduction: 13,
      'business-models': 10,
      'building-a-strategy': 11,
      'strategy-in-practice': 6,
    });
  });

  test('gives every chapter its minimum, even a small one, taking from the largest excess', () => {
    const take = allocate(
      new Map([
        ['big', 90],
        ['small', 4],
        ['medium', 20],
      ]),
      { size: 12, perChapterMinimum: 3 },
    );
    expect(take.get('small')).toBe(3);
    expect([...take.values()].reduce((a, b) => a + b)).toBe(12);
    expect(Object.fromEntries(take)).toEqual({ big: 6, small: 3, medium: 3 });
  });

  test('refuses rules it cannot meet, saying why', () => {
    expect(() =>
      allocate(
        new Map([
          ['a', 5],
          ['b', 5],
        ]),
        { size: 11, perChapterMinimum: 3 },
      ),
    ).toThrow(new ExamRulesError('An exam of 11 questions needs that many; the course has 10.'));
    expect(() =>
      allocate(
        new Map([
          ['a', 5],
          ['b', 5],
        ]),
        { size: 5, perChapterMinimum: 3 },
      ),
    ).toThrow('An exam of 5 questions cannot draw 3 from each of 2 chapters.');
    expect(() =>
      allocate(
        new Map([
          ['a', 2],
          ['b', 9],
        ]),
        { size: 8, perChapterMinimum: 3 },
      ),
    ).toThrow('Chapter "a" has fewer than 3 questions.');
  });
});

describe('drawing an exam', () => {
  test('draws the size, no question twice, at least the minimum from every chapter, in course order', () => {
    const exam = drawExam(pool, rules, 'seed-1');
    expect(exam).toHaveLength(40);
    expect(new Set(exam).size).toBe(40);
    const chapters = exam.map((id) => pool.find((q) => q.id === id)!.chapter);
    for (const chapter of Object.keys(COUNTS))
      expect(chapters.filter((c) => c === chapter).length).toBeGreaterThanOrEqual(3);
    expect([...new Set(chapters)]).toEqual(Object.keys(COUNTS));
    const places = exam.map((id) => pool.findIndex((q) => q.id === id));
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  test('is the same for one seed and differs between seeds', () => {
    expect(drawExam(pool, rules, 'seed-1')).toEqual(drawExam(pool, rules, 'seed-1'));
    expect(drawExam(pool, rules, 'seed-2')).not.toEqual(drawExam(pool, rules, 'seed-1'));
  });

  test('reaches every question over many seeds', () => {
    const seen = new Set(Array.from({ length: 60 }, (_, i) => drawExam(pool, rules, `s${i}`)).flat());
    expect(seen.size).toBe(pool.length);
  });

  test('new seeds come from the random source given', () => {
    expect(newExamSeed(() => 0.5)).toBe((2 ** 31).toString(36));
  });
});

describe("drawing the exam's written part", () => {
  /** Written questions as the course has them: three or four per chapter. */
  const written: PoolQuestion[] = Object.keys(COUNTS).flatMap((chapter, c) =>
    Array.from({ length: 3 + (c % 2) }, (_, i) => ({ id: `${chapter}-written-${i}`, chapter })),
  );

  test('draws as many as asked, none to three, each from another chapter, in course order', () => {
    expect(drawWritten(written, 0, 'seed')).toEqual([]);
    for (const count of [1, 2, 3]) {
      const drawn = drawWritten(written, count, 'seed');
      expect(drawn).toHaveLength(count);
      const chapters = drawn.map((id) => written.find((question) => question.id === id)!.chapter);
      expect(new Set(chapters).size).toBe(count);
      const order = drawn.map((id) => written.findIndex((question) => question.id === id));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  test('the same seed draws the same questions; other seeds draw others', () => {
    expect(drawWritten(written, 3, 'seed')).toEqual(drawWritten(written, 3, 'seed'));
    const draws = new Set(Array.from({ length: 20 }, (_, i) => drawWritten(written, 1, `seed-${i}`)[0]));
    expect(draws.size).toBeGreaterThan(5);
  });

  test('asked for more than there are chapters, it takes a second from a chapter; never more than there are', () => {
    const two = written.filter(
      (question) => question.chapter === 'introduction' || question.chapter === 'business-models',
    );
    expect(drawWritten(two, 3, 'seed')).toHaveLength(3);
    expect(drawWritten(two.slice(0, 2), 3, 'seed')).toHaveLength(2);
  });
});
