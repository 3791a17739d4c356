import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { measurePage } from '../../tools/lib/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, '_astro', 'page.js'), 'console.log(1);\n');
mkdirSync(join(dist, 'diagrams'));
const drawing = `<svg xmlns="http://www.w3.org/2000/svg" id="d">${'<rect width="1" height="1"/>'.repeat(50)}</svg>`;
writeFileSync(join(dist, 'diagrams', 'd.svg'), drawing);
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><title>t</title><script type="module" src="/crm-course/_astro/page.js"></script>' +
    '<svg><use href="/crm-course/diagrams/d.svg#d"/></svg><svg><use href="/crm-course/diagrams/d.svg#d"/></svg>',
);

test('a page is measured with the scripts it loads under the base path it was built with', () => {
  expect(measurePage(dist, '/crm-course/', 'index.html').scripts).toHaveLength(1);
});

test('a page is measured with the drawings it shows through <use>, each file once', () => {
  expect(measurePage(dist, '/crm-course/', 'index.html').svg).toBe(gzipSync(drawing, { level: 9 }).length);
});

test('measuring a build under another base path says which BASE_PATH to give', () => {
  expect(() => measurePage(dist, '/', 'index.html')).toThrow(
    '/crm-course/_astro/page.js is not in ' +
      dist +
      ". Was the site built under another base path? Run the budget with the build's BASE_PATH (see `build:test` in package.json).",
  );
});
