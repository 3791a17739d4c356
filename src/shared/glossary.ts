/**
 * A glossary term as a chapter's term popover shows it. The build writes every term's in
 * `/glossary/terms.json` (by term id, `src/pages/glossary/terms.json.ts`); the popover
 * (`src/client/term-popover.ts`) fetches the file when a student first opens a term.
 */
export interface PopoverTerm {
  term: string;
  /** The definition, as HTML the build rendered from the term's Markdown. */
  definition: string;
  /** The Dutch equivalent, shown marked as Dutch. */
  dutch?: string;
  /** The section that teaches the term: "Chapter: Heading" and its URL. */
  section: { title: string; href: string };
}

type Unchecked<T> = { [K in keyof T]?: unknown } | null | undefined;

/**
 * Whether a term read from `terms.json` can be shown. The file comes from the same build as the page,
 * but a page kept open in the browser may meet a newer file, or a network's error page: then the
 * term's link is followed instead. (Checked field by field, without `guards.ts`, so that the popover's
 * code shares no module with the rest of the site and loads as one file.)
 */
export function isPopoverTerm(value: unknown): value is PopoverTerm {
  const term = value as Unchecked<PopoverTerm>;
  const section = term?.section as Unchecked<PopoverTerm['section']>;
  return (
    typeof term?.term === 'string' &&
    typeof term.definition === 'string' &&
    (term.dutch === undefined || typeof term.dutch === 'string') &&
    typeof section?.title === 'string' &&
    typeof section.href === 'string'
  );
}
