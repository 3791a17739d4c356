import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { CHAPTER_ID_PREFIX, chapterFieldsSchema } from './schemas/chapter.ts';
import { flashcardFileSchema } from './schemas/flashcards.ts';
import { dutchWordListSchema, glossaryTermSchema } from './schemas/glossary.ts';
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

/**
 * The glossary's terms, one YAML file each, with every `definition` rendered by the site's own
 * Markdown pipeline (base path, smart quotes) into `definitionHtml` once the entry has passed its
 * schema: the glossary page, the Dutch–English list and the chapters' term popovers all show that HTML.
 */
function glossaryLoader(): Loader {
  const loader = glob({ pattern: '*.yaml', base: './src/content/glossary' });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const data = await context.parseData(entry);
          const { html } = await context.renderMarkdown(String(data['definition']));
          return { ...data, definitionHtml: html };
        },
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
   * The glossary: one file per term, named after the term's anchor on the glossary page
   * (`customer-pyramid.yaml` is `/glossary/#customer-pyramid`).
   */
  glossary: defineCollection({ loader: glossaryLoader(), schema: glossaryTermSchema }),
  /** Dutch words of the Dutch–English term list that are no glossary term: one file. */
  dutchWords: defineCollection({
    loader: glob({ pattern: 'dutch-words.yaml', base: './src/content' }),
    schema: dutchWordListSchema,
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
