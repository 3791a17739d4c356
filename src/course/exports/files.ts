/**
 * The files the build writes for teachers and e-readers, named after the course's id so that a
 * fork's files never pass for the original's. Shared by the build, the service worker (which keeps
 * them only once downloaded) and the teachers' page.
 */
export function exportFileNames(courseId: string) {
  return {
    /** Moodle XML: every question, a category per chapter. */
    moodle: `${courseId}-moodle.xml`,
    /** A QTI 1.2 package for Canvas and other systems: one assessment per chapter. */
    qti: `${courseId}-qti.zip`,
    /** The whole course as an EPUB 3. */
    epub: `${courseId}.epub`,
  };
}
