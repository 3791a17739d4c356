import { z } from 'astro/zod';

/**
 * A section of a chapter, written `chapter-slug#heading-anchor`: the chapter's file name and the id
 * Starlight gives the heading. Whoever reads one (a question, a card, a glossary term) checks at build
 * time that the heading exists.
 */
export const sectionReference = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'A section is written `chapter-slug#heading-anchor`.');
