import { defineCourse } from './src/schemas/course.ts';

/**
 * Everything that names this course. A teacher who forks the repository to publish the course for a
 * class changes this file (and the content in `src/content/`); no code names the course.
 */
export default defineCourse({
  id: 'crm-course',
  title: 'CRM Course',
  shortTitle: 'CRM',
  description:
    'An open course on Customer Relationship Management: what CRM is, CRM business models, how to build a CRM strategy and how to run it — with diagrams, self-check quizzes and flashcards.',
  lang: 'en',
  author: 'The CRM Course authors',
  license: 'MIT',
  pdfFileName: 'crm-course.pdf',
  ankiDeckName: 'CRM Course',
  themeColor: '#1d3a8a',
  legacyStoragePrefix: 'crm-course',
});
