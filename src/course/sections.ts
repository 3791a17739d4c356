import { getCourse } from './model.ts';

/** A heading of a chapter, as a section that other content (a glossary term, a word) points to. */
export interface ChapterSection {
  /** `chapter-slug#heading-anchor`, as content files write it. */
  reference: string;
  chapter: { slug: string; number: number; title: string };
  /** The heading's text. */
  title: string;
  /** The URL of the section, with the base path. */
  href: string;
  /** Where it stands in the course: its chapter's number, then its place among the chapter's headings. */
  order: [chapter: number, heading: number];
}

/**
 * Every heading of every chapter, from the course model (Starlight's own headings, in page order):
 * `chapter#anchor` → section.
 */
export async function getChapterSections(): Promise<Map<string, ChapterSection>> {
  const byReference = new Map<string, ChapterSection>();
  for (const chapter of (await getCourse()).chapters) {
    const about = { slug: chapter.slug, number: chapter.number, title: chapter.title };
    for (const [index, [anchor, section]] of [...chapter.sections].entries()) {
      const reference = `${chapter.slug}#${anchor}`;
      byReference.set(reference, {
        reference,
        chapter: about,
        title: section.title,
        href: section.href,
        order: [chapter.number, index],
      });
    }
  }
  return byReference;
}
