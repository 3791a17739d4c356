import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The EPUB's pages, made from the course's own rendered pages: the whole-course print page (every
 * chapter with its quizzes as questions on paper and its answer key, and the glossary) and the
 * Dutch–English term list. Their HTML becomes XHTML: the controls of a question on paper become a
 * list and blanks, links to pages in the book become links within it and every other link of the
 * site an absolute link to the published course, and each diagram becomes the drawing itself, as an
 * image with its text alternative.
 */

/** A page of the book. */
export interface BookPage {
  /** File name inside the book: `introduction.xhtml`. */
  file: string;
  /** Its title, in the table of contents and as its `<title>`. */
  title: string;
  /** The page's content: `<section>`s and headings, ids unique in the book. */
  body: Element[];
  /** Its `<h2>` sections, for the table of contents. */
  sections: Array<{ id: string; title: string }>;
  /** The page's first heading's id, where the table of contents points. */
  id: string;
  /** The page's path on the site, without the base: `/chapters/introduction/`. */
  path: string;
  /**
   * What its ids start with: the print page joins chapters and glossary with their ids prefixed
   * (`introduction--summary`); the Dutch–English page keeps its own.
   */
  prefix: string;
}

/** A diagram the book shows: its hash (its file in the built site) and its title, for the image. */
export interface BookDiagram {
  hash: string;
  title: string;
}

export interface RenderedPages {
  /** `dist/print/index.html`. */
  print: string;
  /** `dist/dutch-english/index.html`. */
  dutchEnglish: string;
}

export interface BookLinks {
  /** The base path the site is built under: `/my-course`. */
  base: string;
  /** The published course's home page, absolute: links to pages outside the book go there. */
  home: string;
}

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';

function classes(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

const hasClass = (element: Element, name: string) => classes(element).includes(name);

function findAll(root: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

function findOne(root: Root | Element, test: (element: Element) => boolean, what: string): Element {
  const [element] = findAll(root, test);
  if (!element) throw new Error(`The EPUB is made from the built pages, and ${what} is missing from them.`);
  return element;
}

/** A hast element. */
export const h = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
/** A hast text node. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** The drawing's hash from a `<use href="/base/diagrams/<hash>.svg#…">`. */
const DIAGRAM_HREF = /\/diagrams\/([0-9a-f]{16})\.svg(?:#|$)/;

/**
 * Rewrites one page's content for the book, in place, and returns the diagrams it shows. Question
 * controls become text (a question on paper is read, not filled in), headings lose Starlight's
 * wrappers, scripts and the site's own attributes go.
 */
function bookContent(root: Element): BookDiagram[] {
  const diagrams = findAll(
    root,
    (element) => element.tagName === 'figure' && hasClass(element, 'course-diagram'),
  ).map(bookFigure);
  findAll(root, (element) => element.tagName === 'fieldset' && hasClass(element, 'course-question')).forEach(
    bookQuestion,
  );
  visit(root, 'element', (element: Element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const { tagName } = element;
    if (
      tagName === 'script' ||
      hasClass(element, 'sl-anchor-link') ||
      element.properties['hidden'] === true
    ) {
      parent.children.splice(index, 1);
      return index;
    }
    if (hasClass(element, 'sl-heading-wrapper')) {
      parent.children.splice(index, 1, ...element.children);
      return index;
    }
    if (tagName === 'details') {
      // A flashcard: its question, then its answer, both shown (a reading system may not open it).
      const [summary, ...back] = element.children.filter(isElement);
      element.tagName = 'div';
      element.properties['className'] = ['course-flashcard'];
      element.children = [
        h('p', { className: ['course-flashcard__front'] }, [h('strong', {}, summary?.children ?? [])]),
        ...back,
      ];
      return undefined;
    }
    if (tagName.includes('-')) element.tagName = tagName.startsWith('course-') ? 'div' : 'span';
    return undefined;
  });
  visit(root, 'element', (element: Element) => {
    // A Markdown table's column alignment: `align` is not XHTML 5.
    const align = element.properties['align'];
    if (typeof align === 'string') {
      element.properties['style'] = `text-align: ${align}`;
      delete element.properties['align'];
    }
    for (const [name, value] of Object.entries(element.properties)) {
      // `data-*` serve the site's scripts and search; a bare boolean is not XML.
      if (/^data[A-Z]/.test(name) || value === true) delete element.properties[name];
    }
  });
  return diagrams;
}

/** A question's fieldset as text: the prompt, then its options as a list and its blanks as lines. */
function bookQuestion(fieldset: Element): void {
  fieldset.tagName = 'div';
  visit(fieldset, 'element', (element: Element, index, parent) => {
    if (!parent || index === undefined) return;
    if (element.tagName === 'legend') {
      element.tagName = 'p';
      element.properties['className'] = ['course-question__prompt'];
    } else if (
      element.tagName === 'input' &&
      ['radio', 'checkbox'].includes(String(element.properties['type']))
    ) {
      parent.children.splice(index, 1);
      return index;
    } else if (
      element.tagName === 'input' ||
      element.tagName === 'select' ||
      element.tagName === 'textarea'
    ) {
      parent.children.splice(
        index,
        1,
        h('span', { className: ['course-blank'], ariaHidden: 'true' }, [text(' ________')]),
      );
      return 'skip';
    } else if (element.tagName === 'label') {
      element.tagName = 'span';
      delete element.properties['htmlFor'];
    }
    return undefined;
  });
  // Choices, each a label of its own, become a list.
  visit(fieldset, 'element', (element: Element) => {
    const choices = element.children.filter(
      (child) => isElement(child) && hasClass(child, 'course-question__choice'),
    );
    if (choices.length === 0) return;
    element.children = [
      ...element.children.filter((child) => !choices.includes(child)),
      h(
        'ol',
        { className: ['course-choices'] },
        choices.map((choice) => h('li', {}, (choice as Element).children)),
      ),
    ];
  });
}

/**
 * A diagram's figure with its wide drawing as an image of the book (`diagrams/<hash>.svg`), named by
 * its title and described by its caption, which stays.
 */
function bookFigure(figure: Element): BookDiagram {
  const use = findOne(figure, (element) => element.tagName === 'use', 'a diagram’s drawing');
  const wide = findOne(
    figure,
    (element) => hasClass(element, 'course-diagram__wide'),
    'a diagram’s wide drawing',
  );
  const hash = DIAGRAM_HREF.exec(String(use.properties['href']))?.[1];
  if (!hash)
    throw new Error(`A diagram's drawing has an unexpected address: ${String(use.properties['href'])}`);
  const title = toString(
    findOne(figure, (element) => hasClass(element, 'course-diagram__title'), 'a diagram’s title'),
  );
  const described = wide.properties['ariaDescribedBy'];
  const caption = findOne(figure, (element) => element.tagName === 'figcaption', 'a diagram’s caption');
  caption.children = caption.children.filter(
    (child) => !(isElement(child) && hasClass(child, 'course-diagram__full')),
  );
  figure.properties = { id: figure.properties['id'], className: ['course-diagram'] };
  figure.children = [
    h('img', {
      src: `diagrams/${hash}.svg`,
      alt: title,
      ariaDescribedBy: described,
      width: wide.properties['width'],
      height: wide.properties['height'],
    }),
    caption,
  ];
  return { hash, title };
}

function headingSections(body: Element[]): BookPage['sections'] {
  return body.flatMap((element) =>
    findAll(element, (candidate) => candidate.tagName === 'h2').map((heading) => ({
      id: String(heading.properties['id']),
      title: toString(heading),
    })),
  );
}

/**
 * The book's pages from the rendered pages, with every link resolved: to a page of the book, or
 * absolute to the published course. Also returns the diagrams they show.
 */
export function bookPages(
  rendered: RenderedPages,
  links: BookLinks,
): { pages: BookPage[]; diagrams: BookDiagram[] } {
  const print = fromHtml(rendered.print);
  const articles = findAll(
    findOne(print, (element) => hasClass(element, 'course-print'), 'the print page’s course'),
    (element) => element.tagName === 'article' && hasClass(element, 'course-print__chapter'),
  );
  const diagrams: BookDiagram[] = [];
  const pages: BookPage[] = articles.map((article) => {
    const id = String(article.properties['ariaLabelledBy'] ?? '');
    const heading = findOne(article, (element) => element.tagName === 'h1', 'a chapter’s heading');
    diagrams.push(...bookContent(article));
    const body = article.children.filter(isElement);
    return {
      file: `${id}.xhtml`,
      title: toString(heading),
      body: [h('section', { id: `${id}-page` }, body)],
      sections: headingSections(body),
      id,
      // The print page joins the chapters (their ids are their slugs) and the glossary.
      path: id === 'glossary' ? '/glossary/' : `/chapters/${id}/`,
      prefix: `${id}--`,
    };
  });

  const dutchEnglish = fromHtml(rendered.dutchEnglish);
  const title = toString(
    findOne(dutchEnglish, (element) => element.properties['id'] === '_top', 'the Dutch–English page’s title'),
  );
  const content = findOne(
    dutchEnglish,
    (element) => hasClass(element, 'sl-markdown-content'),
    'the Dutch–English page’s content',
  );
  diagrams.push(...bookContent(content));
  const dutchBody = [h('h1', { id: 'dutch-english' }, [text(title)]), ...content.children.filter(isElement)];
  pages.push({
    file: 'dutch-english.xhtml',
    title,
    body: [h('section', { id: 'dutch-english-page' }, dutchBody)],
    sections: headingSections(dutchBody),
    id: 'dutch-english',
    path: '/dutch-english/',
    prefix: '',
  });

  resolveLinks(pages, links);
  return { pages, diagrams: [...new Map(diagrams.map((diagram) => [diagram.hash, diagram])).values()] };
}

/**
 * Every `href` in the book: `#id` to the page that holds the id; a site page that is in the book
 * (the print page joined chapters and glossary as `#<page>--<id>`) to that page; any other site path
 * absolute on the published course. A link into the book to an id it does not hold fails the build.
 */
function resolveLinks(pages: BookPage[], links: BookLinks): void {
  const fileOf = new Map<string, string>();
  for (const page of pages)
    for (const element of page.body)
      visit(element, 'element', (node: Element) => {
        if (typeof node.properties['id'] === 'string') fileOf.set(node.properties['id'], page.file);
      });
  const base = links.base === '/' ? '' : links.base;
  const inBook = (path: string, hash: string): string | undefined => {
    const target = pages.find((page) => base + page.path === path);
    if (!target) return undefined;
    if (!hash) return target.file;
    const id = target.prefix + hash;
    if (!fileOf.has(id)) throw new Error(`The link ${path}#${hash} points to no part of the book.`);
    return `${fileOf.get(id)}#${id}`;
  };
  for (const page of pages)
    for (const element of page.body)
      visit(element, 'element', (node: Element) => {
        const href = node.properties['href'];
        if (typeof href !== 'string' || node.tagName !== 'a') return;
        if (href.startsWith('#')) {
          const id = href.slice(1);
          const file = fileOf.get(id);
          if (!file) throw new Error(`${page.file}: the link ${href} points to no part of the book.`);
          node.properties['href'] = file === page.file ? href : `${file}${href}`;
        } else if (href.startsWith('/') && !href.startsWith('//')) {
          const [path = '', hash = ''] = href.split('#');
          node.properties['href'] = inBook(path, hash) ?? new URL(href, links.home).href;
        }
      });
}

/** A page of the book as an XHTML document. */
export function xhtmlDocument(title: string, lang: string, body: Element[], bodyType?: string): string {
  const tree: Root = { type: 'root', children: body };
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'svg') element.properties['xmlns'] = 'http://www.w3.org/2000/svg';
  });
  // XML has no bare attributes: `hidden` (the landmarks' navigation) gets its value back.
  const content = toHtml(tree, { closeSelfClosing: true, closeEmptyElements: true }).replace(
    / hidden(?=[ />])/g,
    ' hidden="hidden"',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">`,
    '<head>',
    '<meta charset="UTF-8"/>',
    `<title>${toHtml({ type: 'text', value: title })}</title>`,
    '<link rel="stylesheet" type="text/css" href="styles.css"/>',
    '</head>',
    `<body${bodyType ? ` epub:type="${bodyType}"` : ''}>`,
    content,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
