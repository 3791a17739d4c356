/**
 * How the course names things: ids of questions, cards, quizzes and the course itself, under which
 * progress is stored, and references to the section of a chapter that teaches something.
 */

/** Kebab-case: lower-case letters and digits in words joined by hyphens (`intro-idic-order`). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEBAB_ID_MESSAGE = 'An id is kebab-case: lower-case letters, digits and hyphens.';

/** `chapter-slug#heading-anchor`: the chapter's file name and the id Starlight gives the heading. */
export const SECTION_REFERENCE = /^[a-z0-9-]+#[a-z0-9-]+$/;
export const SECTION_REFERENCE_MESSAGE = 'A section is written `chapter-slug#heading-anchor`.';
