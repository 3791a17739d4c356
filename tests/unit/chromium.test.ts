import { expect, test } from 'vitest';
import { findChromium } from '../../src/integrations/chromium.ts';

test('CHROME_PATH pointing nowhere is an error, not a silent fallback', () => {
  expect(() => findChromium({ CHROME_PATH: '/nowhere/chromium' })).toThrow(
    'CHROME_PATH is set to "/nowhere/chromium", but no file is there.',
  );
});

test('CHROME_PATH wins over the usual paths', () => {
  expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
});
