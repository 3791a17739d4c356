import type { CourseContext } from '../question-types/index.ts';
import { courseDiagrams, diagramFigureHtml } from './figures.ts';
import { cardHtml } from './flashcards/markdown.ts';
import { sitePath } from './site-path.ts';

/** The course as a question type's server-rendered parts see it (see `CourseContext`). */
export const courseContext: CourseContext = {
  sitePath,
  markdown: cardHtml,
  diagram(title) {
    const diagram = courseDiagrams().get(title);
    return (
      diagram && {
        title: diagram.title,
        href: diagram.href,
        figureHtml: (idPrefix) => diagramFigureHtml(diagram, idPrefix),
      }
    );
  },
};
