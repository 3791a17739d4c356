import { expect, test } from 'vitest';
import { questionSchema } from '../../src/schemas/quiz.ts';
import { fingerprint, presentQuestion, stableShuffle } from '../../src/lib/quiz/present.ts';
import { scoreResponse } from '../../src/lib/quiz/scoring.ts';

const ordering = questionSchema.parse({
  id: 'steps-order',
  type: 'ordering',
  prompt: 'Order the IDIC steps.',
  items: ['Identify', 'Differentiate', 'Interact', 'Customize'],
  explanation: 'IDIC is the order.',
});

test('ordering items are shown shuffled, the same way on every build, never in the answer order', () => {
  const presented = presentQuestion(ordering);
  expect(presented.shownItems).not.toEqual(['Identify', 'Differentiate', 'Interact', 'Customize']);
  expect(presentQuestion(ordering).shownItems).toEqual(presented.shownItems);
  expect([...presented.shownItems!].sort()).toEqual(['Customize', 'Differentiate', 'Identify', 'Interact']);
  expect(stableShuffle(['a', 'b'], 'x')).toEqual(['b', 'a']);
});

test('the key of an ordering question grades the shuffled display correctly', () => {
  const { key, shownItems } = presentQuestion(ordering);
  const correctPositions = shownItems!.map(
    (item) => ordering.type === 'ordering' && ordering.items.indexOf(item) + 1,
  );
  expect(scoreResponse(key, { type: 'ordering', positions: correctPositions as number[] }).correct).toBe(
    true,
  );
});

test('matching choices are each right answer once, sorted', () => {
  const matching = questionSchema.parse({
    id: 'm',
    type: 'matching',
    prompt: 'Match.',
    pairs: [
      { left: 'Dell', right: 'Operational excellence' },
      { left: 'Toyota', right: 'Operational excellence' },
      { left: 'Lexus', right: 'Customer intimacy' },
    ],
    explanation: 'As the notes say.',
  });
  expect(presentQuestion(matching).choices).toEqual(['Customer intimacy', 'Operational excellence']);
});

test('the fingerprint changes when the question does', () => {
  const changed = { ...ordering, items: [...(ordering.type === 'ordering' ? ordering.items : []), 'Repeat'] };
  expect(fingerprint(ordering)).toMatch(/^[0-9a-f]{12}$/);
  expect(fingerprint(changed)).not.toBe(fingerprint(ordering));
});
