import { describe, expect, test } from 'vitest';
import { quizFileSchema, type Question } from '../../src/schemas/quiz.ts';
import { modelOf, presentQuestion } from '../../src/question-types/present.ts';
import {
  firstOptionScore,
  keyFirstBias,
  leadingKeys,
  trueShare,
  type ShownChoice,
  type ShownMultiple,
} from '../../tools/testing/position-balance.ts';
import { CHAPTER_SLUGS, readYaml } from '../../tools/testing/content.ts';

const choice = (id: string, correct: boolean[]): ShownChoice => ({ id, correct });

describe('the position-balance check', () => {
  test('flags keys that always stand first, and passes keys spread by chance', () => {
    const allFirst = Array.from({ length: 40 }, (_, i) => choice(`q${i}`, [true, false, false, false]));
    const biased = keyFirstBias(allFirst);
    expect(biased.observed).toBe(40);
    expect(biased.observed).toBeGreaterThan(biased.limit);
    const spread = Array.from({ length: 40 }, (_, i) =>
      choice(
        `q${i}`,
        [0, 1, 2, 3].map((place) => place === i % 4),
      ),
    );
    const fair = keyFirstBias(spread);
    expect(fair).toEqual({ observed: 10, expected: 10, limit: 10 + 2 * Math.sqrt(40 * 0.25 * 0.75) });
  });

  test('finds multiple-choice keys that are simply the first options', () => {
    const result = leadingKeys([
      choice('lead', [true, true, false, false]),
      choice('mixed', [false, true, false, true]),
      choice('one', [true, false, false]),
    ]);
    expect(result.ids).toEqual(['lead', 'one']);
    expect(result.expected).toBeCloseTo(1 / 6 + 1 / 6 + 1 / 3);
  });

  test('scores the always-first student', () => {
    const { firstOption, chance } = firstOptionScore(
      [choice('s', [true, false, false, false])],
      [{ ...choice('m', [true, true, false, false]), firstOptionCredit: 0.5 }],
      [false, true],
    );
    expect(firstOption).toBeCloseTo((1 + 0.5 + 1) / 4);
    expect(chance).toBeCloseTo((0.25 + 0.25 + 1) / 4);
    expect(trueShare([true, false, false, true])).toBe(0.5);
  });
});

describe('the course cannot be passed by position', () => {
  const questions: Question[] = CHAPTER_SLUGS.flatMap((slug) =>
    quizFileSchema
      .parse(readYaml(`src/content/quizzes/${slug}.yaml`))
      .quizzes.flatMap((quiz) => quiz.questions),
  );
  const shown = (question: Question) =>
    choice(
      question.id,
      presentQuestion(question).options.map((option) => option.correct),
    );
  const singles = questions.filter((question) => question.type === 'single').map(shown);
  // What the first option alone earns, as the quiz itself scores it.
  const multiples: ShownMultiple[] = questions
    .filter((question) => question.type === 'multiple')
    .map((question) => {
      const { key, options } = presentQuestion(question);
      const response = { type: 'multiple', choices: [options[0]!.value] };
      return { ...shown(question), firstOptionCredit: modelOf(question).score(key, response).score };
    });
  const statements = questions.flatMap((question) =>
    question.type === 'truefalse' ? [question.answer] : [],
  );

  test('the key of a single-choice question stands first no more often than chance explains', () => {
    const { observed, limit } = keyFirstBias(singles);
    expect(singles.length).toBeGreaterThan(20);
    expect(observed).toBeLessThanOrEqual(limit);
  });

  test('the right options of multiple-choice questions are not simply the first ones', () => {
    const { ids, limit } = leadingKeys(multiples);
    expect(ids.length, ids.join(', ')).toBeLessThanOrEqual(Math.max(1, limit));
  });

  test('true and false statements are roughly balanced (35–65 % true)', () => {
    expect(statements.length).toBeGreaterThanOrEqual(10);
    expect(trueShare(statements)).toBeGreaterThanOrEqual(0.35);
    expect(trueShare(statements)).toBeLessThanOrEqual(0.65);
  });

  test('always choosing the first option scores near chance', () => {
    const { firstOption, chance } = firstOptionScore(singles, multiples, statements);
    expect(firstOption).toBeLessThan(chance + 0.12);
  });
});
