import { z } from 'astro/zod';
import { sectionReference } from './section.ts';

const text = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : undefined) })
    .trim()
    .min(1, missing);

/**
 * A glossary term: one file in `src/content/glossary/`, named after the term's anchor on the glossary
 * page. `customer-pyramid.yaml` is `/glossary/#customer-pyramid`, the link that chapters write on a
 * term's first use; renaming a file breaks those links, and the build says which.
 */
export const glossaryTermSchema = z.strictObject({
  /** The term as the glossary lists it, with its abbreviation if it has one: `Customer lifetime value (CLV)`. */
  term: text('A glossary term needs its name: add `term:`.'),
  /**
   * What the term means as the course uses it, in a sentence or a few: Markdown. Link another term as
   * `[mass customization](/glossary/#mass-customization)`; mark a Dutch word `<span lang="nl">…</span>`.
   * Its teaching section and its source have fields of their own: do not repeat them here. Shown on
   * the glossary page and, in a chapter, where a student opens the term.
   */
  definition: text(
    'A glossary term needs its definition: add `definition: |` with a sentence or two in Markdown.',
  ),
  /**
   * The Dutch equivalent, as Flemish and Dutch business texts write it, in the plural where they use
   * the plural (`klantenpiramide`, `waardedisciplines`). Shown marked as Dutch beside the definition
   * and listed on the Dutch–English term list, whose words the build's language check looks for
   * unmarked on every page. Leave it out where Dutch texts keep the English.
   */
  dutch: z.string().trim().min(1).optional(),
  /**
   * Where the idea comes from, when it has a known author: `Gilmore & Pine (1997)`. Plain text,
   * shown after the definition on the glossary page.
   */
  source: z.string().trim().min(1).optional(),
  /** The section that teaches the term (`chapter-slug#heading-anchor`); its heading must exist. */
  section: sectionReference,
  /** Other sections that use the term, listed after the teaching section ("see also"). */
  seeAlso: z.array(sectionReference).default([]),
  /**
   * Not written in the file: the loader renders `definition` with the site's Markdown pipeline (base
   * path and all) and stores the HTML here; see `glossaryLoader` in `src/content.config.ts`.
   */
  definitionHtml: z.string().optional(),
});

/** A Dutch word that is no glossary term but that a student meets: in the study notes or in Dutch texts. */
export const dutchWordSchema = z.strictObject({
  /** The Dutch word as Dutch and Flemish texts write it, often in the plural: `topklanten`. */
  dutch: z.string().trim().min(1),
  /** Its English, as the course writes it; several translations separated by commas. */
  english: z.string().trim().min(1),
  /** The section that teaches what the word means (`chapter-slug#heading-anchor`). */
  section: sectionReference,
});

/**
 * `src/content/dutch-words.yaml`: Dutch words of the Dutch–English term list beside the glossary's own
 * Dutch terms. A Dutch word that is a glossary term's `dutch` belongs in that term, not here.
 */
export const dutchWordListSchema = z.strictObject({ words: z.array(dutchWordSchema).min(1) });

export type GlossaryTermData = z.output<typeof glossaryTermSchema>;
export type DutchWord = z.output<typeof dutchWordSchema>;
