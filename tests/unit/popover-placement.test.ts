import { expect, test } from 'vitest';
import { GAP, MARGIN, placeBeside } from '../../src/client/popover-placement.ts';

const PHONE = { width: 390, height: 844 };
const POPOVER = { width: 366, height: 300 };
/** A term one line high, at `top` in the viewport. */
const termAt = (top: number, left = 40) => ({ top, bottom: top + 24, left });

test('a popover goes below its term when it fits there', () => {
  expect(placeBeside(termAt(100), POPOVER, PHONE)).toEqual({
    top: 124 + GAP,
    left: MARGIN,
    maxHeight: PHONE.height - 124 - GAP - MARGIN,
    side: 'below',
  });
});

test('a popover goes above a term low on the screen, its bottom just over the term', () => {
  const placement = placeBeside(termAt(700), POPOVER, PHONE);
  expect(placement.side).toBe('above');
  expect(placement.top + POPOVER.height).toBe(700 - GAP);
});

test('a popover taller than the room on either side takes the larger side and is capped to it', () => {
  const tall = { width: 366, height: 900 };
  expect(placeBeside(termAt(300), tall, PHONE)).toMatchObject({
    side: 'below',
    top: 324 + GAP,
    maxHeight: 844 - 324 - GAP - MARGIN,
  });
  expect(placeBeside(termAt(500), tall, PHONE)).toMatchObject({
    side: 'above',
    top: MARGIN,
    maxHeight: 500 - GAP - MARGIN,
  });
});

test('on a 390 px phone the popover never covers its term, and stays inside the screen', () => {
  for (let top = 0; top <= PHONE.height - 24; top += 13) {
    for (const height of [120, 300, 520, 900]) {
      const term = termAt(top, 200);
      const { top: y, left, maxHeight } = placeBeside(term, { width: 366, height }, PHONE);
      const bottom = y + Math.min(height, maxHeight);
      const where = `term at ${top}, popover ${height} px high`;
      expect(bottom <= term.top || y >= term.bottom, where).toBe(true);
      expect(y, where).toBeGreaterThanOrEqual(MARGIN);
      expect(bottom, where).toBeLessThanOrEqual(PHONE.height - MARGIN);
      expect(left, where).toBeGreaterThanOrEqual(MARGIN);
      expect(left + 366, where).toBeLessThanOrEqual(PHONE.width - MARGIN);
    }
  }
});

test('a popover starts at its term and is moved in from the right edge', () => {
  const desktop = { width: 1280, height: 900 };
  expect(placeBeside(termAt(100, 400), { width: 384, height: 200 }, desktop).left).toBe(400);
  expect(placeBeside(termAt(100, 1100), { width: 384, height: 200 }, desktop).left).toBe(1280 - 384 - MARGIN);
});
