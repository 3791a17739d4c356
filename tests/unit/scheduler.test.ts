import { questionCardId, reviewQueue } from '../../src/client/review/review-queue.ts';
import { Rating } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import {
  describeInterval,
  GRADES,
  newCard,
  nextDueDates,
  reviewCard,
} from '../../src/client/review/scheduler.ts';

const start = new Date('2026-03-01T09:00:00Z');

describe('FSRS scheduling', () => {
  test('a better grade brings a new card back later', () => {
    const dates = nextDueDates(undefined, start);
    const times = GRADES.map(({ grade }) => dates.get(grade)!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[3]).toBeGreaterThan(times[0]!);
    expect(times[0]).toBeGreaterThan(start.getTime());
  });

  test('remembering a card again and again spaces it out further', () => {
    let card = reviewCard(undefined, Rating.Good, start);
    const intervals: number[] = [];
    let now = start;
    for (let i = 0; i < 4; i++) {
      now = new Date(card.due);
      card = reviewCard(card, Rating.Good, now);
      intervals.push(new Date(card.due).getTime() - now.getTime());
    }
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(card.reps).toBe(5);
  });

  test('forgetting a reviewed card counts a lapse and brings it back soon', () => {
    let card = reviewCard(undefined, Rating.Easy, start);
    const later = new Date(card.due);
    card = reviewCard(card, Rating.Again, later);
    expect(card.lapses).toBe(1);
    expect(new Date(card.due).getTime() - later.getTime()).toBeLessThan(24 * 3600 * 1000);
  });

  test('stored cards are plain JSON', () => {
    const card = reviewCard(newCard(start), Rating.Good, start);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(typeof card.due).toBe('string');
  });
});

test('the queue puts due cards first, most overdue first, then new ones in course order', () => {
  const overdue = { ...newCard(start), due: '2026-02-01T00:00:00Z', reps: 2, state: 2 };
  const due = { ...newCard(start), due: '2026-02-20T00:00:00Z', reps: 2, state: 2 };
  const future = { ...newCard(start), due: '2026-04-01T00:00:00Z', reps: 2, state: 2 };
  expect(reviewQueue(['a', 'b', 'c', 'd', 'e'], [], { b: due, c: future, d: overdue }, {}, start)).toEqual({
    due: ['d', 'b'],
    fresh: ['a', 'e'],
  });
});

describe('a question answered wrong joins the review queue', () => {
  const mistakeAt = new Date('2026-03-01T09:00:00Z');
  const later = new Date('2026-03-01T09:05:00Z');

  test('it is due from the moment of the mistake, before it was ever reviewed', () => {
    const mistakes = { q1: mistakeAt.toISOString() };
    expect(reviewQueue(['a'], ['q1', 'q2'], {}, mistakes, later)).toEqual({
      due: [questionCardId('q1')],
      fresh: ['a'],
    });
    expect(reviewQueue([], ['q1'], {}, mistakes, new Date('2026-03-01T08:00:00Z')).due).toEqual([]);
  });

  test('a rating schedules it on with FSRS, and a new mistake makes it due again', () => {
    const id = questionCardId('q1');
    const reviewed = { [id]: reviewCard(undefined, Rating.Good, later) };
    const mistakes = { q1: mistakeAt.toISOString() };
    expect(reviewQueue([], ['q1'], reviewed, mistakes, later).due).toEqual([]);
    expect(reviewQueue([], ['q1'], reviewed, mistakes, new Date(reviewed[id]!.due)).due).toEqual([id]);
    const again = { q1: '2026-03-01T10:00:00Z' };
    expect(reviewQueue([], ['q1'], reviewed, again, new Date('2026-03-01T10:00:01Z')).due).toEqual([id]);
  });
});

test('intervals read naturally', () => {
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  expect(describeInterval(start, at(0.2))).toBe('1 min');
  expect(describeInterval(start, at(10))).toBe('10 min');
  expect(describeInterval(start, at(180))).toBe('3 h');
  expect(describeInterval(start, at(24 * 60))).toBe('1 day');
  expect(describeInterval(start, at(24 * 60 * 75))).toBe('3 months');
  expect(describeInterval(start, at(24 * 60 * 500))).toBe('1.4 years');
});
