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

test('with both installed, the headless shell is chosen over the full browser', () => {
  const installed = new Set(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']);
  expect(findChromium({}, (path) => installed.has(path))).toBe('/usr/bin/chromium-headless-shell');
});

test('without the shell, Debian’s full Chromium is found', () => {
  expect(findChromium({}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
});

test('with no browser anywhere, nothing is found', () => {
  expect(findChromium({}, () => false)).toBeUndefined();
});
