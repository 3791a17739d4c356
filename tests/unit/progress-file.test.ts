import { expect, test } from 'vitest';
import { createProgressFile, parseProgressFile } from '../../src/lib/progress-file.ts';
import { newCard } from '../../src/lib/flashcards/scheduler.ts';

const now = new Date('2026-05-01T12:00:00Z');
const answer = {
  fingerprint: 'f',
  response: { type: 'truefalse', value: true } as const,
  correct: true,
  score: 1,
};

test('an exported file imports back', () => {
  const file = createProgressFile({ q1: answer }, { c1: newCard(now) }, now);
  expect(file.exportedAt).toBe('2026-05-01T12:00:00.000Z');
  expect(parseProgressFile(JSON.stringify(file))).toEqual({
    quizAnswers: { q1: answer },
    reviewStates: { c1: newCard(now) },
  });
});

test('malformed entries are dropped, the rest kept', () => {
  const text = JSON.stringify({
    course: 'crm-course',
    format: 1,
    quizAnswers: { q1: answer, q2: { correct: 'yes' } },
    reviewStates: { c1: newCard(now), c2: { due: 5 } },
  });
  expect(parseProgressFile(text)).toEqual({
    quizAnswers: { q1: answer },
    reviewStates: { c1: newCard(now) },
  });
});

test('a wrong file is refused with a reason', () => {
  expect(() => parseProgressFile('not json')).toThrow(
    'This file is not JSON. Choose a file exported from this course.',
  );
  expect(() => parseProgressFile('{"course":"other"}')).toThrow(
    'This file was not exported from this course.',
  );
  expect(() => parseProgressFile('{"course":"crm-course","format":2}')).toThrow(
    'newer version of the course',
  );
});
