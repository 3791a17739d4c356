import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { chapterFieldsSchema } from './schemas/chapter.ts';
import { flashcardFileSchema } from './schemas/flashcards.ts';
import { quizFileSchema } from './schemas/quiz.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: chapterFieldsSchema }) }),
  /** Starlight's interface strings; `en.json` is empty, so Starlight's English ones are used. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
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
