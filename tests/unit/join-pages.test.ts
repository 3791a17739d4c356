import { expect, test } from 'vitest';
import { joinPageHtml, type JoinedPage } from '../../src/course/join-pages.ts';

const pages: JoinedPage[] = [
  { path: '/crm-course/chapters/introduction/', prefix: 'introduction' },
  { path: '/crm-course/glossary/', prefix: 'glossary' },
];

test('ids get the page prefix and references follow them', () => {
  const html = joinPageHtml(
    '<h2 id="summary">Summary</h2><figure id="d"><svg aria-labelledby="d-title" aria-describedby="d-description"><marker id="m"></marker><path marker-end="url(#m)"></path></svg><span id="d-title">T</span></figure><label for="q">Q</label><input id="q">',
    pages[0]!,
    pages,
  );
  expect(html).toContain('id="introduction--summary"');
  expect(html).toContain('aria-labelledby="introduction--d-title"');
  expect(html).toContain('aria-describedby="introduction--d-description"');
  expect(html).toContain('marker-end="url(#introduction--m)"');
  expect(html).toContain('for="introduction--q"');
  expect(html).toContain('id="introduction--q"');
});

test('links to joined pages become links within the print page', () => {
  const html = joinPageHtml(
    '<a href="#summary">a</a><a href="/crm-course/glossary/#idic-model">b</a><a href="/crm-course/chapters/introduction/">c</a><a href="/crm-course/review/">d</a><a href="https://example.com/">e</a>',
    pages[0]!,
    pages,
  );
  expect(html).toBe(
    '<a href="#introduction--summary">a</a><a href="#glossary--idic-model">b</a><a href="#introduction">c</a><a href="/crm-course/review/">d</a><a href="https://example.com/">e</a>',
  );
});

test("Starlight's heading anchor links are left out, the headings stay", () => {
  const html = joinPageHtml(
    '<div class="sl-heading-wrapper level-h2"><h2 id="summary">Summary</h2><a class="sl-anchor-link" href="#summary"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only">Section titled “Summary”</span></a></div><p><a class="other" href="#summary">back</a></p>',
    pages[0]!,
    pages,
  );
  expect(html).toBe(
    '<div class="sl-heading-wrapper level-h2"><h2 id="introduction--summary">Summary</h2></div><p><a class="other" href="#introduction--summary">back</a></p>',
  );
});

test('links to a text-only page become their text, on a chapter placed on the print page', () => {
  const html = joinPageHtml(
    '<p>A <a href="/crm-course/glossary/#suspect">suspect</a> is <a href="/crm-course/glossary/#x"><em>not</em> yet</a> a customer; see <a href="#summary">the summary</a>.</p>',
    pages[0]!,
    pages,
    { textOnlyLinksTo: ['/crm-course/glossary/'] },
  );
  expect(html).toBe(
    '<p>A suspect is <em>not</em> yet a customer; see <a href="#introduction--summary">the summary</a>.</p>',
  );
});
