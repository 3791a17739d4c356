import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import course from '../../course.config.ts';
import { exportFileNames } from '../../src/course/exports/files.ts';
import { quizFileSchema } from '../../src/schemas/quiz.ts';
import { readChapter, readYaml, withoutCode } from '../../tools/testing/content.ts';
import { builtChapters, DIST, TEST_BASE } from '../../tools/testing/site.ts';
import { epubcheckMessages } from '../../tools/testing/validators.ts';
import {
  child,
  childElements,
  descendants,
  parseXml,
  textOf,
  type XmlElement,
} from '../../tools/testing/xml.ts';
import { readZip } from '../../tools/testing/zip.ts';

const EPUB = join(DIST, exportFileNames(course.id).epub);
const archive = readZip(readFileSync(EPUB));
const file = (name: string) => {
  const found = archive.find((entry) => entry.name === name);
  if (!found) throw new Error(`The EPUB has no ${name}`);
  return found.data.toString('utf8');
};
const xml = (name: string) => parseXml(file(name));

const rootfile = descendants(xml('META-INF/container.xml'), 'rootfile')[0]!.attributes['full-path']!;
const folder = rootfile.slice(0, rootfile.lastIndexOf('/') + 1);
const opf = xml(rootfile);
const manifest = childElements(child(opf, 'manifest'), 'item');
const metadata = child(opf, 'metadata');
const metas = (property: string) =>
  childElements(metadata, 'meta')
    .filter((meta) => meta.attributes['property'] === property)
    .map(textOf);
const nav = xml(
  folder +
    manifest.find((item) => item.attributes['properties']?.split(' ').includes('nav'))!.attributes['href']!,
);
const toc = descendants(nav, 'nav').find((element) => element.attributes['epub:type'] === 'toc')!;
const pages = childElements(child(opf, 'spine'), 'itemref').map((itemref) => {
  const item = manifest.find((candidate) => candidate.attributes['id'] === itemref.attributes['idref'])!;
  return { href: item.attributes['href']!, document: xml(folder + item.attributes['href']!) };
});

test('the EPUB starts with its media type, stored, as reading systems require', () => {
  expect(archive[0]).toMatchObject({ name: 'mimetype', method: 0, extraLength: 0, offset: 0 });
  expect(archive[0]!.data.toString()).toBe('application/epub+zip');
});

test('EPUBCheck finds no error and no warning', () => {
  const problems = epubcheckMessages(EPUB).filter((message) =>
    ['FATAL', 'ERROR', 'WARNING'].includes(message.severity),
  );
  expect(
    problems.map(
      (problem) =>
        `${problem.severity} ${problem.ID} ${problem.locations[0]?.path ?? ''}: ${problem.message}`,
    ),
  ).toEqual([]);
}, 120_000);

test('the package names the course, links back to it and carries the EPUB Accessibility 1.1 metadata', () => {
  expect(textOf(child(metadata, 'dc:title'))).toBe(course.title);
  expect(textOf(child(metadata, 'dc:creator'))).toBe(course.author);
  expect(textOf(child(metadata, 'dc:language'))).toBe(course.lang);
  expect(textOf(child(metadata, 'dc:source'))).toBe(`https://example.github.io${TEST_BASE}`);
  expect(metas('schema:accessMode')).toEqual(expect.arrayContaining(['textual', 'visual']));
  expect(metas('schema:accessModeSufficient')).toContain('textual');
  expect(metas('schema:accessibilityFeature')).toEqual(
    expect.arrayContaining(['alternativeText', 'structuralNavigation', 'tableOfContents']),
  );
  expect(metas('schema:accessibilityHazard')).toEqual(['none']);
  expect(metas('schema:accessibilitySummary')[0]).toMatch(/WCAG 2\.2 Level AA/);
  expect(metas('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
  expect(manifest.find((item) => item.attributes['properties'] === 'cover-image')).toBeDefined();
});

const links = (element: XmlElement) =>
  descendants(element, 'a').map((a) => ({ href: a.attributes['href']!, text: textOf(a) }));

describe('the table of contents lists every chapter with its sections, the glossary and the Dutch–English terms', () => {
  const entries = childElements(child(toc, 'ol'), 'li');
  test.each(builtChapters().map((chapter) => [chapter.slug, chapter] as const))('%s', (slug, built) => {
    const chapter = readChapter(slug);
    const entry = entries.find((li) => links(li)[0]!.text === `Chapter ${built.number}. ${built.title}`);
    expect(entry, slug).toBeDefined();
    const sections = links(entry!)
      .slice(1)
      .map((link) => link.text);
    const headings = [...withoutCode(chapter.body).matchAll(/^## (.+)$/gm)].map((match) =>
      match[1]!.replace(/[*_`]/g, ''),
    );
    expect(sections).toEqual(expect.arrayContaining(headings));
    expect(sections).toContain('Answer key');
  });

  test('the glossary and the Dutch–English list', () => {
    expect(entries.map((li) => links(li)[0]!.text)).toEqual(
      expect.arrayContaining(['Glossary', 'Dutch–English term list']),
    );
  });

  test('every link of the table of contents leads to a page of the book and an id on it', () => {
    for (const { href } of links(toc)) {
      const [name, id] = href.split('#');
      const page = pages.find((candidate) => candidate.href === name);
      expect(page, href).toBeDefined();
      if (id) expect(hasId(page!.document, id), href).toBe(true);
    }
  });
});

function hasId(element: XmlElement, id: string): boolean {
  return element.attributes['id'] === id || childElements(element).some((item) => hasId(item, id));
}

const chapterPages = builtChapters().map(({ slug }) => pages.find((page) => page.href === `${slug}.xhtml`)!);

test.each(builtChapters().map(({ slug }, i) => [slug, i] as const))(
  '%s: every question and its answer key, and every diagram as an image with its text alternative',
  (slug, i) => {
    const { document, href } = chapterPages[i]!;
    const text = textOf(document);
    const questions = quizFileSchema
      .parse(readYaml(`src/content/quizzes/${slug}.yaml`))
      .quizzes.flatMap((quiz) => quiz.questions);
    for (const question of questions)
      expect(text.split(question.prompt).length - 1, question.id).toBeGreaterThanOrEqual(2);
    expect(descendants(document, 'h2').map(textOf)).toContain('Answer key');
    for (const control of ['input', 'select', 'textarea', 'label', 'fieldset'])
      expect(descendants(document, control), `${href}: <${control}>`).toEqual([]);
    const mermaid = (readChapter(slug).body.match(/^```mermaid/gm) ?? []).length;
    const images = descendants(document, 'img');
    expect(images.length).toBe(mermaid);
    for (const image of images) {
      expect(image.attributes['alt']?.trim(), href).toBeTruthy();
      const describedBy = image.attributes['aria-describedby']!;
      expect(hasId(document, describedBy), describedBy).toBe(true);
      const drawing = file(folder + image.attributes['src']!);
      expect(drawing).toMatch(/^<\?xml[^>]*>\n<svg /);
      expect(drawing, image.attributes['src']).not.toMatch(/var\(|context-stroke/);
    }
  },
);

test('links to pages outside the book go to the published course', () => {
  const outside = pages
    .flatMap(({ document }) => links(document))
    .filter(({ href }) => /^[a-z]+:/.test(href));
  expect(outside.length).toBeGreaterThan(0);
  for (const { href } of outside) expect(href).toMatch(/^https:\/\//);
  expect(outside.map(({ href }) => href)).toContain(`https://example.github.io${TEST_BASE}velora/`);
});
