/*
 * What the build checks and arranges in the glossary, kept apart from Astro so that unit tests run it
 * on plain values: which term a link names, and the glossary page's order.
 */

/** A link to a glossary entry, as a content file writes it. */
export interface GlossaryLink {
  /** The file that holds the link, for the error message. */
  file: string;
  /** The link as written: `/glossary/#customer-pyramid`. */
  href: string;
  /** The term's id: its anchor on the glossary page and the name of its file. */
  id: string;
}

/**
 * `/glossary/#id` in Markdown (`[term](/glossary/#id)`), MDX or HTML (`href="/glossary/#id"`): links
 * are written without the base path, which the build adds.
 */
const GLOSSARY_LINK = /\/glossary\/#([^\s)"'`<>\]]*)/g;

/** Every glossary link of a page's or a definition's source. */
export function glossaryLinks(file: string, source: string): GlossaryLink[] {
  return [...source.matchAll(GLOSSARY_LINK)].map((match) => ({ file, href: match[0], id: match[1]! }));
}

/** One line per link that names no term: `file: /glossary/#x names no glossary term.` */
export function brokenGlossaryLinks(links: readonly GlossaryLink[], ids: ReadonlySet<string>): string[] {
  return links
    .filter((link) => !ids.has(link.id))
    .map((link) => `${link.file}: ${link.href} names no glossary term.`);
}

/** Terms in the glossary's order: alphabetical, whatever their case (`CRM value chain` after `Critical …`). */
export function inGlossaryOrder<T extends { term: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** The glossary page's letters, each with its heading's id and its terms, in glossary order. */
export function byInitial<T extends { term: string }>(
  terms: readonly T[],
): { letter: string; id: string; terms: T[] }[] {
  const letters = new Map<string, T[]>();
  for (const term of inGlossaryOrder(terms)) {
    const letter = term.term.charAt(0).toLocaleUpperCase('en');
    letters.set(letter, [...(letters.get(letter) ?? []), term]);
  }
  return [...letters].map(([letter, terms]) => ({ letter, id: letter.toLocaleLowerCase('en'), terms }));
}

/**
 * How a link names a section: "Chapter title: Heading", or the heading alone beside another link into
 * the same chapter ("Taught in Building a CRM strategy: Mission and vision; see also Step 1: …").
 */
export function sectionLabel(
  section: { chapter: { slug: string; title: string }; title: string },
  besideChapter?: string,
): string {
  return section.chapter.slug === besideChapter
    ? section.title
    : `${section.chapter.title}: ${section.title}`;
}
