import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { CHAPTER_ID_PREFIX, chapterFieldsSchema } from './schemas/chapter.ts';
import { flashcardFileSchema } from './schemas/flashcards.ts';
import { quizFileSchema } from './schemas/quiz.ts';
import { veloraSchema } from './schemas/velora.ts';

/**
 * Starlight's docs loader, telling the schema which pages are chapters (`isChapter`), so that the
 * schema alone holds the chapter contract and its errors name the page and the field.
 */
function courseDocsLoader(): Loader {
  const loader = docsLoader();
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (entry) =>
          context.parseData({
            ...entry,
            data: { ...entry.data, isChapter: entry.id.startsWith(CHAPTER_ID_PREFIX) },
          }),
      }),
  };
}

export const collections = {
  docs: defineCollection({ loader: courseDocsLoader(), schema: docsSchema({ extend: chapterFieldsSchema }) }),
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
  /**
   * The facts of Velora, the course's fictional running case: one file, one entry (`velora`). The
   * chapters, quizzes and cards must agree with it (tests/unit/velora.test.ts).
   */
  velora: defineCollection({
    loader: glob({ pattern: 'velora.yaml', base: './src/content' }),
    schema: veloraSchema,
  }),
};
