import { isRecord } from '../../shared/guards.ts';
import { clearSelects, partCredit, type QuestionModel } from '../question-model.ts';
import { seededShuffle } from '../../shared/seeded.ts';
import type { OrderingQuestion } from './schema.ts';

/** `positions[i]` is the place the student gave the i-th item of the YAML (1-based). */
export type OrderingResponse = { type: 'ordering'; positions: Array<number | null> };

interface OrderingView {
  /** The items in the order shown; `value` is the item's place in the YAML, its correct position − 1. */
  items: Array<{ value: number; text: string }>;
}

/** The items shuffled by the question id, never in the answer's own order. */
function shownItems(question: OrderingQuestion): OrderingView['items'] {
  const items = seededShuffle(
    question.items.map((text, value) => ({ value, text })),
    `items:${question.id}`,
  );
  if (items.every((item, i) => item.value === i)) items.push(items.shift()!);
  return items;
}

export const model: QuestionModel<OrderingQuestion, OrderingView, { count: number }, OrderingResponse> = {
  type: 'ordering',
  present: (question) => ({ view: { items: shownItems(question) }, key: { count: question.items.length } }),
  cues: (_, view) => view.items.map((item) => item.text),
  answerText: (question) => question.items.join(' → '),
  options: () => [],
  isComplete: (response) => response.positions.every((position) => position !== null),
  score(key, response) {
    const right = Array.from({ length: key.count }, (_, i) => response.positions[i] === i + 1).filter(
      Boolean,
    );
    return partCredit(right.length, key.count, 'items are', 'in the right place');
  },
  isResponse: (value): value is OrderingResponse =>
    isRecord(value) &&
    value['type'] === 'ordering' &&
    Array.isArray(value['positions']) &&
    value['positions'].every((position) => position === null || Number.isInteger(position)),
  read(question) {
    const selects = [...question.querySelectorAll<HTMLSelectElement>('select')];
    const positions: Array<number | null> = selects.map(() => null);
    for (const select of selects)
      positions[Number(select.dataset['item'])] = select.value ? Number(select.value) : null;
    return { type: 'ordering', positions };
  },
  restore(question, response) {
    for (const select of question.querySelectorAll<HTMLSelectElement>('select')) {
      select.value = String(response.positions[Number(select.dataset['item'])] ?? '');
    }
  },
  clear: clearSelects,
  feedback: () => [],
};
