import { AstroError } from 'astro/errors';
import { getCollection } from 'astro:content';
import type { PopoverTerm } from '../shared/glossary.ts';
import { brokenGlossaryLinks, glossaryLinks, inGlossaryOrder, sectionLabel } from './glossary-links.ts';
import { getChapterSections, type ChapterSection } from './sections.ts';

/** A term of the glossary, its sections resolved. */
export interface GlossaryTerm {
  /** Its anchor on the glossary page and the name of its file: `customer-pyramid`. */
  id: string;
  term: string;
  /** The definition as HTML, rendered by the site's Markdown pipeline. */
  definitionHtml: string;
  dutch?: string;
  source?: string;
  section: ChapterSection;
  seeAlso: ChapterSection[];
  /** The term's file, for error messages. */
  file: string;
}

/** A row of the Dutch–English term list: a glossary term's Dutch, or a word of the word list. */
export interface DutchTerm {
  dutch: string;
  english: string;
  /** The glossary term the Dutch is the equivalent of; absent for a word of the word list. */
  term?: GlossaryTerm;
  section: ChapterSection;
}

export interface Glossary {
  /** In the glossary's order. */
  terms: GlossaryTerm[];
  /** The Dutch–English term list, in the order the course teaches the terms. */
  dutch: DutchTerm[];
}

/** The docs page that shows the glossary (`src/content/docs/glossary.mdx`, `/glossary/`). */
export const GLOSSARY_PAGE_ID = 'glossary';

const SECTION_HINT =
  'Write `chapter-slug#heading-anchor`, where the anchor is the id Starlight gives the heading (its text in lower case, with hyphens).';

function resolve(sections: Map<string, ChapterSection>, reference: string, where: string): ChapterSection {
  const section = sections.get(reference);
  if (!section) throw new AstroError(`${where}: "${reference}" names no heading of a chapter.`, SECTION_HINT);
  return section;
}

async function loadGlossary(): Promise<Glossary> {
  const sections = await getChapterSections();
  const entries = await getCollection('glossary');
  if (entries.length === 0) {
    throw new AstroError(
      'src/content/glossary/ holds no term: the glossary, the Dutch–English list and the chapters’ term links need them.',
      'If the folder has its files, an error above says which could not be read.',
    );
  }
  const terms = inGlossaryOrder(
    entries.map(({ id, data, filePath }): GlossaryTerm => {
      const file = filePath ?? `src/content/glossary/${id}.yaml`;
      return {
        id,
        term: data.term,
        definitionHtml: data.definitionHtml ?? '',
        ...(data.dutch !== undefined && { dutch: data.dutch }),
        ...(data.source !== undefined && { source: data.source }),
        section: resolve(sections, data.section, `${file}: **section**`),
        seeAlso: data.seeAlso.map((reference, i) =>
          resolve(sections, reference, `${file}: **seeAlso.${i}**`),
        ),
        file,
      };
    }),
  );

  const ids = new Set(terms.map((term) => term.id));
  const pages = await getCollection('docs');
  const broken = brokenGlossaryLinks(
    [
      ...pages.flatMap((page) => glossaryLinks(page.filePath ?? page.id, page.body ?? '')),
      ...entries.flatMap((entry) =>
        glossaryLinks(`${entry.filePath}: **definition**`, entry.data.definition),
      ),
    ],
    ids,
  );
  if (broken.length > 0) {
    throw new AstroError(
      broken.join('\n'),
      'A glossary link names a term by its id, the name of its file in src/content/glossary/ (`/glossary/#customer-pyramid` for customer-pyramid.yaml). Correct the link, or add the term.',
    );
  }

  return { terms, dutch: await dutchTerms(terms, sections) };
}

async function dutchTerms(
  terms: GlossaryTerm[],
  sections: Map<string, ChapterSection>,
): Promise<DutchTerm[]> {
  const fromTerms = terms.flatMap((term): DutchTerm[] =>
    term.dutch === undefined ? [] : [{ dutch: term.dutch, english: term.term, term, section: term.section }],
  );
  const ofTerm = new Map(fromTerms.map((row) => [row.dutch, row.term!]));
  const fromWords = (await getCollection('dutchWords')).flatMap(({ id, data, filePath }) => {
    const file = filePath ?? `src/content/${id}.yaml`;
    return data.words.map((word, i): DutchTerm => {
      const term = ofTerm.get(word.dutch);
      if (term) {
        throw new AstroError(
          `${file}: **words.${i}.dutch**: "${word.dutch}" is the Dutch of the glossary term ${term.term} (${term.file}).`,
          'A glossary term keeps its Dutch in its own file (`dutch:`); this list holds the words that are no glossary term.',
        );
      }
      return { ...word, section: resolve(sections, word.section, `${file}: **words.${i}.section**`) };
    });
  });
  return [...fromTerms, ...fromWords].sort(
    (a, b) =>
      a.section.order[0] - b.section.order[0] ||
      a.section.order[1] - b.section.order[1] ||
      a.dutch.localeCompare(b.dutch, 'nl'),
  );
}

let glossary: Promise<Glossary> | undefined;

/**
 * The glossary, loaded and checked once per build: every term's sections name chapter headings, every
 * glossary link of every page and definition names a term, and the word list repeats no term's Dutch.
 */
export function getGlossary(): Promise<Glossary> {
  glossary ??= loadGlossary();
  return glossary;
}

/** What a chapter's term popover shows, by term id: the data of `/glossary/terms.json`. */
export function popoverTerms(terms: readonly GlossaryTerm[]): Record<string, PopoverTerm> {
  return Object.fromEntries(
    terms.map((term) => [
      term.id,
      {
        term: term.term,
        definition: term.definitionHtml,
        ...(term.dutch !== undefined && { dutch: term.dutch }),
        section: { title: sectionLabel(term.section), href: term.section.href },
      },
    ]),
  );
}
