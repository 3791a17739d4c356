import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { diagrams, publicDir } from 'virtual:course/diagram-figures';
import type { Question } from '../schemas/quiz.ts';
import { sitePath } from './site-path.ts';
import { joinPageHtml } from './join-pages.ts';

/** A diagram of the course as a question refers to it: by the title its ```mermaid block declares. */
export interface CourseDiagram {
  title: string;
  /** The file of its block, relative to the project root. */
  file: string;
  /** Its figure on its page, with the base path: `/my-course/chapters/introduction/#diagram-…`. */
  href: string;
  /** The figure as its page shows it. */
  html: string;
}

const byTitle = new Map(
  diagrams.map((diagram) => [
    diagram.title,
    {
      title: diagram.title,
      file: diagram.file,
      href: sitePath(`${diagram.page}#${diagram.id}`),
      html: diagram.html,
    },
  ]),
);

/** Every diagram of the course by its title; a written question's `drawing` or `figure` names one. */
export function courseDiagrams(): ReadonlyMap<string, CourseDiagram> {
  return byTitle;
}

/**
 * A written question's figures exist: a diagram of the course by its title, an image in `public/`.
 * Otherwise the build fails, naming the file and the field (`where` is `quizzes.0.questions.3`).
 */
export function checkQuestionFigures(question: Question, file: string, where: string): void {
  if (question.type !== 'written') return;
  const references = [
    ['drawing', question.drawing],
    ['figure.diagram', question.figure && 'diagram' in question.figure ? question.figure.diagram : undefined],
  ] as const;
  for (const [field, title] of references) {
    if (title !== undefined && !byTitle.has(title)) {
      throw new AstroError(
        `${file}: **${where}.${field}**: "${title}" is the title of no diagram of the course.`,
        'Write the title of a ```mermaid block exactly as its fence gives it (`title="…"`).',
      );
    }
  }
  const image = question.figure && 'image' in question.figure ? question.figure.image : undefined;
  if (image !== undefined && !existsSync(join(publicDir, image))) {
    throw new AstroError(
      `${file}: **${where}.figure.image**: "${image}" is not a file of the site.`,
      'Put the image in `public/` and write its path from there, starting with `/`.',
    );
  }
}

/**
 * A diagram's figure for another place that shows it (a drawing question in the exam, a review card,
 * an answer key): one ```mermaid block per diagram, drawn from the same rendered SVG. Its ids start
 * with `idPrefix--`, so that it can stand on the page of its block too.
 */
export function diagramFigureHtml(diagram: CourseDiagram, idPrefix: string): string {
  return joinPageHtml(diagram.html, { path: '', prefix: idPrefix }, []);
}
