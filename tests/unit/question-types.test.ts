import { describe, expect, test } from 'vitest';
import { normalizeAnswer } from '../../src/question-types/fillin/model.ts';
import { loadModel, modelTypes } from '../../src/question-types/load-model.ts';
import { fingerprint, presentQuestion } from '../../src/question-types/present.ts';
import { questionSchema, questionTypes } from '../../src/question-types/index.ts';
import { seededShuffle } from '../../src/shared/seeded.ts';
import {
  describeCountdown,
  describeExamScore,
  describeQuizScore,
  timeLeftAnnouncement,
} from '../../src/client/quiz/summary.ts';

const models = Object.fromEntries(
  await Promise.all(modelTypes.map(async (type) => [type, await loadModel(type)] as const)),
);
const modelFor = (type: string) => models[type]!;
const score = (type: string, key: unknown, response: unknown) => modelFor(type).score(key, response);
const base = { explanation: 'Why.', section: 'introduction#the-idic-model' };

test('the browser finds a model for every type of the registry, and no other', async () => {
  expect([...modelTypes].sort()).toEqual(Object.keys(questionTypes).sort());
  for (const [name, type] of Object.entries(questionTypes)) {
    expect(type.model.type).toBe(name);
    expect(await loadModel(name)).toBe(type.model);
  }
  await expect(loadModel('essay')).rejects.toThrow('No question type is called "essay".');
});

test('a stored response of the wrong shape is refused by its model', () => {
  expect(modelFor('single').isResponse({ type: 'single', choice: 'first' })).toBe(false);
  expect(modelFor('single').isResponse({ type: 'single', choice: 2 })).toBe(true);
  expect(modelFor('ordering').isResponse({ type: 'ordering', positions: ['1'] })).toBe(false);
  expect(modelFor('matching').isResponse({ type: 'matching', rights: [null, 'Customer intimacy'] })).toBe(
    true,
  );
  expect(modelFor('fillin').isResponse({ type: 'truefalse', value: true })).toBe(false);
});

describe('single choice and true/false', () => {
  test('right and wrong answers', () => {
    expect(score('single', { correct: 2 }, { type: 'single', choice: 2 })).toEqual({
      correct: true,
      score: 1,
      summary: 'Correct.',
    });
    expect(score('single', { correct: 2 }, { type: 'single', choice: 0 })).toMatchObject({
      correct: false,
      score: 0,
    });
    expect(score('truefalse', { answer: false }, { type: 'truefalse', value: true })).toEqual({
      correct: false,
      score: 0,
      summary: 'Not quite: the statement is false.',
    });
  });
});

describe('multiple choice earns partial credit', () => {
  const key = { correct: [0, 2, 3] };
  const choose = (choices: number[]) => score('multiple', key, { type: 'multiple', choices });
  test('all correct options and nothing else', () => expect(choose([3, 0, 2]).correct).toBe(true));
  test('some correct options', () =>
    expect(choose([0, 2])).toEqual({
      correct: false,
      score: 2 / 3,
      summary: 'Partly right: 2 of 3 correct options chosen, 1 missed.',
    }));
  test('a wrong option costs what a right one earns', () =>
    expect(choose([0, 1])).toEqual({
      correct: false,
      score: 0,
      summary: 'Partly right: 1 of 3 correct options chosen, 1 wrong option chosen, 2 missed.',
    }));
  test('only wrong options', () =>
    expect(choose([1]).summary).toBe(
      'Not quite: 0 of 3 correct options chosen, 1 wrong option chosen, 3 missed.',
    ));
});

describe('ordering and matching count the parts in place', () => {
  test('ordering: each item of the YAML at its own place', () => {
    const order = (positions: number[]) => score('ordering', { count: 4 }, { type: 'ordering', positions });
    expect(order([1, 2, 3, 4]).correct).toBe(true);
    expect(order([2, 1, 3, 4])).toEqual({
      correct: false,
      score: 0.5,
      summary: 'Partly right: 2 of 4 items are in the right place.',
    });
    expect(order([4, 3, 2, 1]).summary).toBe('Not quite: none of the 4 items are in the right place.');
  });
  test('matching', () => {
    const key = { rights: ['Operational excellence', 'Customer intimacy'] };
    expect(
      score('matching', key, { type: 'matching', rights: ['Operational excellence', 'Product leadership'] }),
    ).toEqual({
      correct: false,
      score: 0.5,
      summary: 'Partly right: 1 of 2 pairs are matched correctly.',
    });
  });
});

describe('fill-in answers', () => {
  test('are compared without case, accents, articles, punctuation or a plural s', () => {
    expect(normalizeAnswer('  The Suspect. ')).toBe('suspect');
    expect(normalizeAnswer('Suspects')).toBe('suspect');
    expect(normalizeAnswer('Café')).toBe('cafe');
    expect(normalizeAnswer('the customer pyramids')).toBe('customer pyramid');
    expect(normalizeAnswer('business')).toBe('business');
    // A negative amount is another answer; a hyphen inside a word is punctuation.
    expect(normalizeAnswer('-13')).not.toBe(normalizeAnswer('13'));
    expect(normalizeAnswer('−13 €')).toBe('negative 13');
    expect(normalizeAnswer('IT-vendors')).toBe(normalizeAnswer('IT vendors'));
    const question = questionSchema.parse({
      ...base,
      id: 'f',
      type: 'fillin',
      prompt: 'Who fits the target group but has had no contact?',
      answers: ['suspect', 'a suspect customer'],
    });
    const { key } = presentQuestion(question);
    expect(score('fillin', key, { type: 'fillin', text: 'Suspects!' }).correct).toBe(true);
    expect(score('fillin', key, { type: 'fillin', text: 'Suspect customers' }).correct).toBe(true);
    expect(score('fillin', key, { type: 'fillin', text: 'prospect' }).correct).toBe(false);
  });
});

test('an incomplete answer is not graded', () => {
  expect(modelFor('single').isComplete({ type: 'single', choice: null })).toBe(false);
  expect(modelFor('multiple').isComplete({ type: 'multiple', choices: [] })).toBe(false);
  expect(modelFor('ordering').isComplete({ type: 'ordering', positions: [1, null, 3] })).toBe(false);
  expect(modelFor('matching').isComplete({ type: 'matching', rights: ['a', 'b'] })).toBe(true);
  expect(modelFor('fillin').isComplete({ type: 'fillin', text: ' ? ' })).toBe(false);
});

describe('seeded shuffling', () => {
  test('is the same for one seed, every time', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(items, 'q-1')).toEqual(seededShuffle(items, 'q-1'));
    expect([...seededShuffle(items, 'q-1')].sort()).toEqual(items);
  });

  test('spreads an item over every place across many seeds', () => {
    const places = [0, 0, 0, 0];
    for (let i = 0; i < 2000; i++)
      places[seededShuffle(['key', 'b', 'c', 'd'], `question-${i}`).indexOf('key')]!++;
    // 500 expected in each place; 4 standard deviations (about 77) either side.
    for (const count of places) expect(Math.abs(count - 500)).toBeLessThan(80);
  });
});

describe('choice options are shown in a seeded order and answered by identity', () => {
  const question = questionSchema.parse({
    ...base,
    id: 'intro-perspective-example',
    type: 'single',
    prompt: 'Which perspective?',
    options: [
      { text: 'Analytical CRM', correct: true, feedback: 'Yes.' },
      { text: 'Operational CRM', feedback: 'No.' },
      { text: 'Strategic CRM', feedback: 'No.' },
      { text: 'Social CRM', feedback: 'No.' },
    ],
  });

  test('the order is stable, and every option keeps its place in the YAML as its value', () => {
    const first = presentQuestion(question);
    expect(presentQuestion(question).options).toEqual(first.options);
    for (const option of first.options)
      expect(question.type === 'single' && question.options[option.value]!.text).toBe(option.text);
    expect(first.key).toEqual({ correct: 0 });
    expect(first.answerText).toBe('Analytical CRM');
  });

  test('reordering the YAML moves no answer onto another option', () => {
    if (question.type !== 'single') throw new Error('single');
    const reordered = { ...question, options: [...question.options].reverse() };
    const presented = presentQuestion(reordered);
    const chosen = presented.options.find((option) => option.text === 'Analytical CRM')!;
    expect(score('single', presented.key, { type: 'single', choice: chosen.value }).correct).toBe(true);
    // The YAML changed, so an answer stored for the old version is not restored at all.
    expect(fingerprint(reordered)).not.toBe(fingerprint(question));
  });
});

test('ordering items are shown shuffled, never in the answer order, the same way on every build', () => {
  const ordering = questionSchema.parse({
    ...base,
    id: 'steps-order',
    type: 'ordering',
    prompt: 'Order the IDIC steps.',
    items: ['Identify', 'Differentiate', 'Interact', 'Customize'],
  });
  const view = presentQuestion(ordering).view as { items: Array<{ value: number; text: string }> };
  expect(view.items.map((item) => item.value)).not.toEqual([0, 1, 2, 3]);
  expect(presentQuestion(ordering).view).toEqual(view);
  expect(view.items.map((item) => item.text).sort()).toEqual([
    'Customize',
    'Differentiate',
    'Identify',
    'Interact',
  ]);
  for (let i = 0; i < 50; i++) {
    const pair = questionSchema.parse({ ...ordering, id: `pair-${i}`, items: ['first', 'second', 'third'] });
    const shown = (presentQuestion(pair).view as typeof view).items.map((item) => item.value);
    expect(shown).not.toEqual([0, 1, 2]);
  }
});

test('matching choices are each right-hand item once, in a seeded order', () => {
  const matching = questionSchema.parse({
    ...base,
    id: 'm',
    type: 'matching',
    prompt: 'Match.',
    pairs: [
      { left: 'Dell', right: 'Operational excellence' },
      { left: 'Toyota', right: 'Operational excellence' },
      { left: 'Lexus', right: 'Customer intimacy' },
    ],
  });
  const { view } = presentQuestion(matching) as { view: { choices: string[] } };
  expect([...view.choices].sort()).toEqual(['Customer intimacy', 'Operational excellence']);
  expect(presentQuestion(matching).view).toEqual(view);
});

test('the fingerprint changes with the question, but not with the section it links to', () => {
  const question = questionSchema.parse({
    ...base,
    id: 't',
    type: 'truefalse',
    prompt: 'CRM is IT.',
    answer: false,
  });
  expect(fingerprint(question)).toMatch(/^[0-9a-f]{12}$/);
  expect(fingerprint({ ...question, section: 'introduction#defining-crm' })).toBe(fingerprint(question));
  expect(fingerprint({ ...question, prompt: 'CRM is only IT.' })).not.toBe(fingerprint(question));
});

test('score lines', () => {
  expect(describeQuizScore({ correct: 0, checked: 0, total: 5 })).toBe(
    '5 questions. Check each answer to see how you did.',
  );
  expect(describeQuizScore({ correct: 0, checked: 0, total: 1 })).toBe(
    '1 question. Check each answer to see how you did.',
  );
  expect(describeQuizScore({ correct: 2, checked: 3, total: 5 })).toBe(
    'Score: 2 of 5 correct (2 not checked yet).',
  );
  expect(describeQuizScore({ correct: 5, checked: 5, total: 5 })).toBe('Score: 5 of 5 correct.');
  expect(describeExamScore({ correct: 30, total: 40 }, true)).toBe(
    'You answered 30 of 40 questions correctly (75 %). The ones you missed are waiting on the review page.',
  );
  expect(describeExamScore({ correct: 40, total: 40 }, false)).toBe(
    'You answered 40 of 40 questions correctly (100 %).',
  );
  // Written answers count once marked; the score says how many wait.
  expect(describeExamScore({ correct: 30, total: 40 }, true, 2)).toBe(
    'You answered 30 of 40 questions correctly (75 %). Mark your written answers against their marking points below: each counts once scored. The ones you missed are waiting on the review page.',
  );
  expect(describeExamScore({ correct: 40, total: 40 }, false, 1)).toBe(
    'You answered 40 of 40 questions correctly (100 %). Mark your written answer against its marking points below: it counts once scored.',
  );
});

test('the countdown shows every second but announces only 10, 5 and 1 minute left', () => {
  expect(describeCountdown(3600)).toBe('60:00 left');
  expect(describeCountdown(61)).toBe('1:01 left');
  const announced = Array.from({ length: 3601 }, (_, s) => timeLeftAnnouncement(3600 - s)).filter(Boolean);
  expect([...new Set(announced)]).toEqual(['10 minutes left.', '5 minutes left.', '1 minute left.']);
});

test('the model says what feedback a checked response gets, beyond its summary', () => {
  // The disclosed answer as the page renders it (`QuestionAnswer.astro`): the feedback of each option by value.
  const feedbackOf = new Map([
    ['[data-option="0"]', 'Yes: analysis.'],
    ['[data-option="2"]', 'No: strategy.'],
  ]);
  const answer = {
    querySelector: (selector: string) =>
      feedbackOf.has(selector) ? { textContent: ` ${feedbackOf.get(selector)} ` } : null,
  } as unknown as Element;
  expect(modelFor('single').feedback({ type: 'single', choice: 2 }, answer)).toEqual(['No: strategy.']);
  expect(modelFor('single').feedback({ type: 'single', choice: null }, answer)).toEqual([]);
  expect(modelFor('multiple').feedback({ type: 'multiple', choices: [2, 0] }, answer)).toEqual([
    'No: strategy.',
    'Yes: analysis.',
  ]);
  expect(modelFor('truefalse').feedback({ type: 'truefalse', value: true }, answer)).toEqual([]);

  // A written answer is told which marking points it did not cover.
  const points = ['Names all three perspectives.', 'Says how they connect.', 'Gives an example.'].map(
    (text, value) => ({ value: String(value), closest: () => ({ textContent: ` ${text} ` }) }),
  );
  const marking = { querySelectorAll: () => points } as unknown as Element;
  expect(
    modelFor('written').feedback({ type: 'written', text: 'x', drawn: false, ticked: [1] }, marking),
  ).toEqual(['Not covered: Names all three perspectives.', 'Not covered: Gives an example.']);
});
