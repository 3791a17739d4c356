import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { escapeXml } from '../../course/exports/xml.ts';
import { zipArchive, type ZipEntry } from '../../course/exports/zip.ts';
import type { CourseConfig } from '../../schemas/course.ts';
import { diagramPalettes } from '../diagrams/palette.ts';
import { DIAGRAM_FONT, paletteRoles, roleProperty } from '../diagrams/roles.ts';
import {
  bookPages,
  h,
  text,
  xhtmlDocument,
  type BookLinks,
  type BookPage,
  type RenderedPages,
} from './content.ts';

/**
 * The whole course as an EPUB 3: cover and title page from `course.config.ts`, every chapter (its
 * quizzes as questions, its answer key), the glossary and the Dutch–English list, a table of contents
 * of chapters and sections, the diagrams as SVG in the light palette, and the accessibility metadata
 * of EPUB Accessibility 1.1. Made from the built site, without a browser.
 */
export interface EpubInput {
  course: Pick<CourseConfig, 'id' | 'title' | 'description' | 'author' | 'license' | 'lang' | 'themeColor'>;
  pages: RenderedPages;
  links: BookLinks;
  /** A diagram's file in the built site (`dist/diagrams/<hash>.svg`). */
  diagramFile: (hash: string) => string;
  /** When the book was made (`dcterms:modified`). */
  modified: Date;
}

/**
 * A drawing on its own, as the site's `<use>` shows it: the `<svg id="mmd-<hash>">` inside the
 * full-size file, its colours' custom properties replaced by the light palette (a book has no page
 * to set them) and its arrowheads, which follow their line's colour on the site (`context-stroke`,
 * SVG 2), in the line colour.
 */
export function bookDrawing(fullSize: string, hash: string, title: string): string {
  const start = fullSize.indexOf(`<svg id="mmd-${hash}"`);
  const end = fullSize.lastIndexOf('</svg>', fullSize.lastIndexOf('</svg>') - 1);
  if (start < 0 || end < start) throw new Error(`The drawing ${hash}.svg holds no <svg id="mmd-${hash}">.`);
  const colours = paletteRoles(diagramPalettes.light);
  let drawing = fullSize.slice(start, end + '</svg>'.length);
  for (const [role, colour] of Object.entries(colours))
    drawing = drawing.replaceAll(`var(${roleProperty(role)})`, colour);
  drawing = drawing.replaceAll('context-stroke', colours['line']!);
  const left = /var\(--[\w-]+\)/.exec(drawing);
  if (left)
    throw new Error(
      `The drawing ${hash}.svg uses ${left[0]}, which no colour of the light palette replaces.`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${drawing.replace(/^<svg([^>]*)>/, `<svg$1 role="img"><title>${escapeXml(title)}</title>`)}\n`;
}

/** White or near-black, whichever reads better on the course's colour. */
function textColourOn(background: string): string {
  const channel = (i: number) => {
    const value = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#15171c';
}

/** Words in lines of at most `width` characters. */
function wrap(words: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of words.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The cover: the course's title and author on its colour, as SVG (text stays text). */
export function coverSvg(course: EpubInput['course']): string {
  const ink = textColourOn(course.themeColor);
  const title = wrap(course.title, 16);
  const lines = [
    ...title.map(
      (line, i) =>
        `<text x="60" y="${260 + i * 76}" font-size="64" font-weight="700">${escapeXml(line)}</text>`,
    ),
    ...wrap(course.author, 32).map(
      (line, i) =>
        `<text x="60" y="${320 + title.length * 76 + i * 40}" font-size="30">${escapeXml(line)}</text>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800" width="600" height="800" role="img" font-family="${DIAGRAM_FONT}" fill="${ink}">`,
    `<title>${escapeXml(`${course.title}, by ${course.author}`)}</title>`,
    `<rect width="600" height="800" fill="${course.themeColor}"/>`,
    `<rect x="60" y="160" width="120" height="8" fill="${ink}"/>`,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}

const STYLES = `body { font-family: serif; line-height: 1.5; margin: 0 1em; }
h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.25; }
figure.course-diagram { margin: 1.5em 0; }
figure.course-diagram img { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #8a90a0; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
.course-question { margin: 1em 0; }
.course-question__prompt { font-weight: bold; }
ol.course-choices { list-style-type: lower-alpha; }
.course-blank { letter-spacing: 0.1em; }
.course-answer-key { margin-top: 2em; }
.course-flashcard__front { margin-bottom: 0.25em; }
.course-cover { margin: 0; padding: 0; text-align: center; }
.course-cover img { max-width: 100%; max-height: 100%; }
nav ol { list-style-type: none; }
`;

/** A stable identifier for the book: the same course published at the same address keeps it. */
function bookIdentifier(course: EpubInput['course'], home: string): string {
  const hex = createHash('sha1').update(`${course.id} ${home}`).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function titlePage(input: EpubInput): Element[] {
  const { course, links, modified } = input;
  return [
    h('section', { id: 'title-page' }, [
      h('h1', { id: 'title' }, [text(course.title)]),
      h('p', {}, [text(course.description)]),
      h('p', {}, [text(`By ${course.author}. Licence: ${course.license}.`)]),
      h('p', {}, [
        text(`Made from the course site on ${modified.toISOString().slice(0, 10)}. The course is online at `),
        h('a', { href: links.home }, [text(links.home)]),
        text(
          ', with quizzes that check your answers, flashcards with spaced repetition and a practice exam.',
        ),
      ]),
    ]),
  ];
}

function navDocument(input: EpubInput, pages: BookPage[]): Element[] {
  const link = (href: string, label: string, children: ElementContent[] = []) =>
    h('li', {}, [h('a', { href }, [text(label)]), ...children]);
  return [
    h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc', ariaLabelledBy: ['toc-title'] }, [
      h('h1', { id: 'toc-title' }, [text('Contents')]),
      h('ol', {}, [
        link('title.xhtml', input.course.title),
        ...pages.map((page) =>
          link(`${page.file}#${page.id}`, page.title, [
            h(
              'ol',
              {},
              page.sections.map((section) => link(`${page.file}#${section.id}`, section.title)),
            ),
          ]),
        ),
      ]),
    ]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: true, ariaLabel: 'Landmarks' }, [
      h('ol', {}, [
        h('li', {}, [h('a', { 'epub:type': 'cover', href: 'cover.xhtml' }, [text('Cover')])]),
        h('li', {}, [h('a', { 'epub:type': 'titlepage', href: 'title.xhtml' }, [text('Title page')])]),
        h('li', {}, [h('a', { 'epub:type': 'toc', href: 'nav.xhtml' }, [text('Contents')])]),
        h('li', {}, [
          h('a', { 'epub:type': 'bodymatter', href: pages[0]!.file }, [text('Start of the course')]),
        ]),
      ]),
    ]),
  ];
}

/** The accessibility summary of the package, in words. */
function accessibilitySummary(course: EpubInput['course']): string {
  return (
    `${course.title} meets WCAG 2.2 Level AA as the course site does. Chapters, sections and the ` +
    'table of contents give structural navigation in reading order. Every diagram has a text ' +
    'alternative and a caption that describes it; the text alone carries the whole course. Quizzes ' +
    'are printed as questions with an answer key at the end of each chapter. Nothing flashes, moves ' +
    'or plays sound.'
  );
}

function packageDocument(
  input: EpubInput,
  items: Array<{ id: string; href: string; type: string; properties?: string | undefined }>,
  spine: string[],
): string {
  const { course, links, modified } = input;
  const meta = (property: string, value: string) => `<meta property="${property}">${escapeXml(value)}</meta>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${course.lang}">`,
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:identifier id="book-id">${bookIdentifier(course, links.home)}</dc:identifier>`,
    `<dc:title>${escapeXml(course.title)}</dc:title>`,
    `<dc:language>${course.lang}</dc:language>`,
    `<dc:creator>${escapeXml(course.author)}</dc:creator>`,
    `<dc:description>${escapeXml(course.description)}</dc:description>`,
    `<dc:rights>${escapeXml(`Licence: ${course.license}`)}</dc:rights>`,
    `<dc:source>${escapeXml(links.home)}</dc:source>`,
    meta('dcterms:modified', `${modified.toISOString().slice(0, 19)}Z`),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessMode', 'visual'),
    meta('schema:accessModeSufficient', 'textual'),
    meta('schema:accessModeSufficient', 'textual,visual'),
    ...[
      'structuralNavigation',
      'tableOfContents',
      'readingOrder',
      'alternativeText',
      'displayTransformability',
    ].map((feature) => meta('schema:accessibilityFeature', feature)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', accessibilitySummary(course)),
    meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'),
    meta('a11y:certifiedBy', course.author),
    '</metadata>',
    '<manifest>',
    ...items.map(
      (item) =>
        `<item id="${item.id}" href="${escapeXml(item.href)}" media-type="${item.type}"${item.properties ? ` properties="${item.properties}"` : ''}/>`,
    ),
    '</manifest>',
    '<spine>',
    ...spine.map((id) => `<itemref idref="${id}"/>`),
    '</spine>',
    '</package>',
    '',
  ].join('\n');
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`;

const XHTML = 'application/xhtml+xml';

/** The EPUB file. */
export function buildEpub(input: EpubInput): Uint8Array<ArrayBuffer> {
  const { course } = input;
  const { pages, diagrams } = bookPages(input.pages, input.links);
  const documents = [
    {
      id: 'cover',
      file: 'cover.xhtml',
      html: xhtmlDocument(course.title, course.lang, [
        h('section', { className: ['course-cover'], 'epub:type': 'cover' }, [
          h('img', { src: 'cover.svg', alt: `${course.title}, by ${course.author}` }),
        ]),
      ]),
    },
    {
      id: 'title',
      file: 'title.xhtml',
      html: xhtmlDocument(course.title, course.lang, titlePage(input), 'frontmatter'),
    },
    {
      id: 'nav',
      file: 'nav.xhtml',
      html: xhtmlDocument('Contents', course.lang, navDocument(input, pages)),
      properties: 'nav',
    },
    ...pages.map((page) => ({
      id: page.file.replace(/\.xhtml$/, ''),
      file: page.file,
      html: xhtmlDocument(page.title, course.lang, page.body, 'bodymatter'),
    })),
  ];
  const items = [
    ...documents.map((document) => ({
      id: document.id,
      href: document.file,
      type: XHTML,
      properties:
        [document.properties, document.html.includes('<svg') ? 'svg' : undefined].filter(Boolean).join(' ') ||
        undefined,
    })),
    { id: 'styles', href: 'styles.css', type: 'text/css' },
    { id: 'cover-image', href: 'cover.svg', type: 'image/svg+xml', properties: 'cover-image' },
    ...diagrams.map((diagram) => ({
      id: `diagram-${diagram.hash}`,
      href: `diagrams/${diagram.hash}.svg`,
      type: 'image/svg+xml',
    })),
  ];
  const files: ZipEntry[] = [
    { name: 'mimetype', content: 'application/epub+zip', store: true },
    { name: 'META-INF/container.xml', content: CONTAINER },
    {
      name: 'EPUB/package.opf',
      content: packageDocument(
        input,
        items,
        documents.map((document) => document.id),
      ),
    },
    ...documents.map((document) => ({ name: `EPUB/${document.file}`, content: document.html })),
    { name: 'EPUB/styles.css', content: STYLES },
    { name: 'EPUB/cover.svg', content: coverSvg(course) },
    ...diagrams.map((diagram) => ({
      name: `EPUB/diagrams/${diagram.hash}.svg`,
      content: bookDrawing(input.diagramFile(diagram.hash), diagram.hash, diagram.title),
    })),
  ];
  return zipArchive(files);
}
