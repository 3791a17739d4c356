import { z } from 'astro/zod';
import * as registry from './registry.ts';

/**
 * Every question type of the course, by name, as `registry.ts` lists them. The browser finds a
 * type's model by its folder (`load-model.ts`), the quiz component its controls and answer.
 */
export const questionTypes = { ...registry };

export type QuestionTypeName = keyof typeof questionTypes;
type Registry = typeof questionTypes;

/** Each entry is filed under the name its schema and model give: `single` holds a `single` type. */
questionTypes satisfies { [K in QuestionTypeName]: { schema: z.ZodType<{ type: K }>; model: { type: K } } };

export type QuestionOf<K extends QuestionTypeName> = z.output<Registry[K]['schema']>;
export type Question = { [K in QuestionTypeName]: QuestionOf<K> }[QuestionTypeName];
export type ViewOf<K extends QuestionTypeName> = ReturnType<Registry[K]['model']['present']>['view'];

/**
 * What the course gives a type's `Controls.astro` and `Answer.astro` beyond the question: its
 * figures, Markdown and links. The course model sits above the question types, which cannot import
 * it, so the components that render a question pass this in (`src/course/question-context.ts`).
 */
export interface CourseContext {
  /** A root-relative path of the site, with the base path it is published under. */
  sitePath(path: string): string;
  /** Markdown as HTML, any raw HTML in it escaped. */
  markdown(text: string): string;
  /** A diagram of the course by its title: a link to its figure, and the figure for another place. */
  diagram(title: string): CourseFigure | undefined;
}

export interface CourseFigure {
  title: string;
  /** Its figure on its chapter page, with the base path. */
  href: string;
  /** The figure as its chapter shows it, its ids starting with `idPrefix--` to stay unique. */
  figureHtml(idPrefix: string): string;
}

/** What a type's `Controls.astro` receives. */
export interface Presented<K extends QuestionTypeName> {
  question: QuestionOf<K>;
  view: ViewOf<K>;
  /** The name of the question's form controls, unique on the page. */
  name: string;
  course: CourseContext;
}

/** Any question, by its `type`. (Built from the registry, so TypeScript cannot follow the union.) */
export const questionSchema = z.discriminatedUnion(
  'type',
  Object.values(questionTypes).map((type) => type.schema) as never,
) as unknown as z.ZodType<Question, z.input<Registry[QuestionTypeName]['schema']>>;
