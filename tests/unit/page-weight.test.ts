import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { measurePage } from '../../tools/lib/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, '_astro', 'page.js'), 'console.log(1);\n');
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><title>t</title><script type="module" src="/crm-course/_astro/page.js"></script>',
);

test('a page is measured with the scripts it loads under the base path it was built with', () => {
  expect(measurePage(dist, '/crm-course/', 'index.html').scripts).toHaveLength(1);
});

test('measuring a build under another base path says which BASE_PATH to give', () => {
  expect(() => measurePage(dist, '/', 'index.html')).toThrow(
    '/crm-course/_astro/page.js is not in ' +
      dist +
      ". Was the site built under another base path? Run the budget with the build's BASE_PATH (see `build:test` in package.json).",
  );
});
