import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { chapterFieldsSchema } from './schemas/chapter.ts';
import { flashcardFileSchema } from './schemas/flashcards.ts';
import { quizFileSchema } from './schemas/quiz.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: chapterFieldsSchema }) }),
  /** A chapter's quizzes, one YAML file per chapter, named after the chapter. */
  quizzes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/quizzes' }),
    schema: quizFileSchema,
  }),
  /** A chapter's flashcards, one YAML file per chapter, named after the chapter. */
  flashcards: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/flashcards' }),
    schema: flashcardFileSchema,
  }),
};
