import { expect, test } from 'vitest';
import {
  createProgressFile,
  parseProgressFile,
  ProgressFileError,
  progressFileName,
} from '../../src/client/progress-file.ts';
import { newCard } from '../../src/client/review/scheduler.ts';

const now = new Date('2026-05-01T12:00:00Z');
const answer = {
  fingerprint: 'f',
  response: { type: 'truefalse', value: true } as const,
  correct: true,
  score: 1,
};

const progress = {
  quizAnswers: { q1: answer },
  reviewStates: { c1: newCard(now), 'question:q2': newCard(now) },
  questionMistakes: { q2: '2026-04-30T08:00:00.000Z' },
};

test('an exported file imports back, with the questions to review', () => {
  const file = createProgressFile(progress, now);
  expect(file.exportedAt).toBe('2026-05-01T12:00:00.000Z');
  expect(file.format).toBe(2);
  expect(file).toMatchObject({ course: 'crm-course', courseTitle: 'CRM Course' });
  expect(progressFileName(file)).toBe('crm-course-progress-2026-05-01.json');
  expect(parseProgressFile(JSON.stringify(file))).toEqual(progress);
});

test('a file of the first format still imports; its ordering answers, stored by screen place, do not', () => {
  const ordering = { ...answer, response: { type: 'ordering', positions: [2, 1, 3] } };
  const text = JSON.stringify({
    course: 'crm-course',
    format: 1,
    quizAnswers: { q1: answer, q3: ordering },
    reviewStates: { c1: newCard(now) },
  });
  expect(parseProgressFile(text)).toEqual({
    quizAnswers: { q1: answer },
    reviewStates: { c1: newCard(now) },
    questionMistakes: {},
  });
});

test('malformed entries are dropped, the rest kept', () => {
  const text = JSON.stringify({
    course: 'crm-course',
    format: 2,
    quizAnswers: {
      q1: answer,
      q2: { correct: 'yes' },
      q4: { ...answer, response: { type: 'no-such-type' } },
    },
    reviewStates: { c1: newCard(now), c2: { due: 5 } },
    questionMistakes: { q5: 'yesterday', q6: '2026-04-30T08:00:00.000Z' },
  });
  expect(parseProgressFile(text)).toEqual({
    quizAnswers: { q1: answer },
    reviewStates: { c1: newCard(now) },
    questionMistakes: { q6: '2026-04-30T08:00:00.000Z' },
  });
});

test('a wrong file is refused with a reason', () => {
  expect(() => parseProgressFile('not json')).toThrow(
    'This file is not JSON. Choose a file exported from this course.',
  );
  expect(() => parseProgressFile('{"quizAnswers":{}}')).toThrow(
    'This file was not exported from this course.',
  );
  expect(() => parseProgressFile('{"course":"crm-class-b","courseTitle":"CRM, class B","format":2}')).toThrow(
    new ProgressFileError(
      "This file holds progress in another course, “CRM, class B”, not in CRM Course. Import it on that course's site.",
    ),
  );
  expect(() => parseProgressFile('{"course":"crm-course","format":3}')).toThrow(
    'newer version of the course',
  );
});
