import { describe, expect, test } from 'vitest';
import { describeQuizScore, isComplete, normalizeAnswer, scoreResponse } from '../../src/lib/quiz/scoring.ts';

describe('single choice and true/false', () => {
  test('right and wrong answers', () => {
    expect(scoreResponse({ type: 'single', correct: 2 }, { type: 'single', choice: 2 })).toEqual({
      correct: true,
      score: 1,
      summary: 'Correct.',
    });
    expect(scoreResponse({ type: 'single', correct: 2 }, { type: 'single', choice: 0 })).toMatchObject({
      correct: false,
      score: 0,
    });
    expect(scoreResponse({ type: 'truefalse', answer: false }, { type: 'truefalse', value: true })).toEqual({
      correct: false,
      score: 0,
      summary: 'Not quite: the statement is false.',
    });
  });
});

describe('multiple choice earns partial credit', () => {
  const key = { type: 'multiple', correct: [0, 2, 3] } as const;
  test('all correct options and nothing else', () => {
    expect(scoreResponse(key, { type: 'multiple', choices: [3, 0, 2] }).correct).toBe(true);
  });
  test('some correct options', () => {
    expect(scoreResponse(key, { type: 'multiple', choices: [0, 2] })).toEqual({
      correct: false,
      score: 2 / 3,
      summary: 'Partly right: 2 of 3 correct options chosen, 1 missed.',
    });
  });
  test('a wrong option costs what a right one earns', () => {
    expect(scoreResponse(key, { type: 'multiple', choices: [0, 1] })).toEqual({
      correct: false,
      score: 0,
      summary: 'Partly right: 1 of 3 correct options chosen, 1 wrong option chosen, 2 missed.',
    });
  });
  test('only wrong options', () => {
    expect(scoreResponse(key, { type: 'multiple', choices: [1] }).summary).toBe(
      'Not quite: 0 of 3 correct options chosen, 1 wrong option chosen, 3 missed.',
    );
  });
});

describe('ordering and matching count the parts in place', () => {
  test('ordering', () => {
    const key = { type: 'ordering', positions: [3, 1, 2, 4] } as const;
    expect(scoreResponse(key, { type: 'ordering', positions: [3, 1, 2, 4] }).correct).toBe(true);
    expect(scoreResponse(key, { type: 'ordering', positions: [1, 3, 2, 4] })).toEqual({
      correct: false,
      score: 0.5,
      summary: 'Partly right: 2 of 4 items are in the right place.',
    });
    expect(scoreResponse(key, { type: 'ordering', positions: [1, 2, 4, 3] }).summary).toBe(
      'Not quite: none of the 4 items are in the right place.',
    );
  });
  test('matching', () => {
    const key = { type: 'matching', rights: ['Operational excellence', 'Customer intimacy'] } as const;
    expect(
      scoreResponse(key, { type: 'matching', rights: ['Operational excellence', 'Product leadership'] }),
    ).toEqual({
      correct: false,
      score: 0.5,
      summary: 'Partly right: 1 of 2 pairs are matched correctly.',
    });
  });
});

describe('fill-in answers', () => {
  test('are compared without case, accents, articles or punctuation', () => {
    expect(normalizeAnswer('  The Suspect. ')).toBe('suspect');
    expect(normalizeAnswer('Customisation')).toBe('customisation');
    expect(normalizeAnswer('Café')).toBe('cafe');
    const key = { type: 'fillin', answers: ['suspect'] } as const;
    expect(scoreResponse(key, { type: 'fillin', text: 'A suspect!' }).correct).toBe(true);
    expect(scoreResponse(key, { type: 'fillin', text: 'prospect' }).correct).toBe(false);
  });
});

test('an incomplete answer is not graded', () => {
  expect(isComplete({ type: 'single', choice: null })).toBe(false);
  expect(isComplete({ type: 'multiple', choices: [] })).toBe(false);
  expect(isComplete({ type: 'ordering', positions: [1, null, 3] })).toBe(false);
  expect(isComplete({ type: 'matching', rights: ['a', 'b'] })).toBe(true);
  expect(isComplete({ type: 'fillin', text: ' ? ' })).toBe(false);
});

test('the quiz score line', () => {
  expect(describeQuizScore({ correct: 0, checked: 0, total: 5 })).toBe(
    '5 questions. Check each answer to see how you did.',
  );
  expect(describeQuizScore({ correct: 2, checked: 3, total: 5 })).toBe(
    'Score: 2 of 5 correct (2 not checked yet).',
  );
  expect(describeQuizScore({ correct: 5, checked: 5, total: 5 })).toBe('Score: 5 of 5 correct.');
});
