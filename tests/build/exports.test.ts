import type { Element } from 'hast';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import course from '../../course.config.ts';
import { exportFileNames } from '../../src/course/exports/files.ts';
import { quizFileSchema } from '../../src/schemas/quiz.ts';
import type { Question } from '../../src/question-types/index.ts';
import { readYaml } from '../../tools/testing/content.ts';
import { courseQuestions } from '../../tools/testing/course-questions.ts';
import { responseCases } from '../../tools/testing/export-responses.ts';
import { elements, parseHtml } from '../../tools/testing/html.ts';
import { htmlText, moodleGrade, qtiResponses, qtiScore } from '../../tools/testing/lms-scoring.ts';
import { builtChapters, DIST, readBuilt, TEST_BASE } from '../../tools/testing/site.ts';
import { QTI_SCHEMA, xmllintErrors } from '../../tools/testing/validators.ts';
import {
  child,
  childElements,
  descendants,
  parseXml,
  textOf,
  type XmlElement,
} from '../../tools/testing/xml.ts';
import { zipTexts } from '../../tools/testing/zip.ts';

/** Where `npm run build:test` publishes the course (`SITE_URL` and the base path). */
const PUBLISHED = `https://example.github.io${TEST_BASE}`;
const files = exportFileNames(course.id);

/** The catalog as the site's quizzes have it: each chapter's quiz file, parsed by the site's schema. */
const chapters = builtChapters().map(({ slug, number, title }) => ({
  slug,
  number,
  title,
  questions: quizFileSchema
    .parse(readYaml(`src/content/quizzes/${slug}.yaml`))
    .quizzes.flatMap((quiz) => quiz.questions),
}));
const catalog = chapters.flatMap((chapter) => chapter.questions.map((question) => ({ chapter, question })));

const moodle = parseXml(readFileSync(join(DIST, files.moodle), 'utf8'));
const qti = zipTexts(readFileSync(join(DIST, files.qti)));

test('every quiz file is a chapter’s, so that the exports hold every question of the site', () => {
  expect(catalog.map(({ question }) => question.id).sort()).toEqual(
    courseQuestions()
      .map((question) => question.id)
      .sort(),
  );
});

test('the teachers’ page links the Moodle XML, the QTI package, the EPUB, the Anki deck and the print page', () => {
  const links = elements(
    parseHtml(readBuilt('teachers/index.html')),
    (element) => element.tagName === 'a',
  ).map((element) => String(element.properties['href']));
  for (const file of [files.moodle, files.qti, files.epub, `${course.id}-anki.txt`, 'print/'])
    expect(links).toContain(`${TEST_BASE}${file}`);
  const home = elements(parseHtml(readBuilt('index.html')), (element) => element.tagName === 'a');
  expect(home.map((element) => String(element.properties['href']))).toContain(`${TEST_BASE}teachers/`);
});

const moodleText = (element: XmlElement, name: string) => textOf(child(child(element, name), 'text'));

describe('Moodle XML: every question, in a category per chapter, with the site’s keys', () => {
  // The category before a question is the one it is imported into.
  const filed: Array<{ category: string; question: XmlElement }> = [];
  let category = '';
  for (const question of childElements(moodle, 'question')) {
    if (question.attributes['type'] === 'category')
      category = textOf(child(child(question, 'category'), 'text'));
    else filed.push({ category, question });
  }

  test('a category per chapter, under the course, each holding its chapter’s questions in order', () => {
    expect(filed.map(({ question }) => moodleText(question, 'name'))).toEqual(
      catalog.map(({ question }) => question.id),
    );
    expect(filed.map(({ category }) => category)).toEqual(
      catalog.map(({ chapter }) => `${course.title}/${chapter.number}. ${chapter.title}`),
    );
    expect(filed.map(({ question }) => textOf(child(question, 'idnumber')))).toEqual(
      catalog.map(({ question }) => question.id),
    );
  });

  test.each(catalog.map(({ question }, i) => [question.id, question, i] as const))('%s', (_, question, i) => {
    const exported = filed[i]!.question;
    // A written question's text goes on with what to hand in (the task, a suggested length).
    const text = htmlText(moodleText(exported, 'questiontext'));
    if (question.type === 'written') expect(text.startsWith(question.prompt), text).toBe(true);
    else expect(text).toBe(question.prompt);
    const feedback = parseHtml(moodleText(exported, 'generalfeedback'));
    const [chapter, anchor] = question.section.split('#');
    expect(
      elements(feedback, (element) => element.tagName === 'a').map((a) => a.properties['href']),
    ).toContain(`${PUBLISHED}chapters/${chapter}/#${anchor}`);
    if ('explanation' in question)
      expect(htmlText(moodleText(exported, 'generalfeedback'))).toContain(question.explanation);
    expect(moodleKey(exported)).toEqual(siteKey(question));
    for (const response of responseCases(question))
      expect(moodleGrade(exported, response.moodle), response.name).toBeCloseTo(response.siteScore, 3);
  });
});

/** A question's key as its YAML gives it. */
function siteKey(question: Question): unknown {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options
        .filter((option) => option.correct)
        .map((option) => option.text)
        .sort();
    case 'truefalse':
      return question.answer;
    case 'matching':
      return question.pairs.map((pair) => [pair.left, pair.right]);
    case 'ordering':
      return question.items;
    case 'fillin':
      return question.answers;
    case 'written':
      return question.points.map((point) => point.text);
  }
}

/** The key Moodle reads from the XML, in the same shape. */
function moodleKey(question: XmlElement): unknown {
  const answers = childElements(question, 'answer').map((answer) => ({
    text: textOf(child(answer, 'text')),
    fraction: Number(answer.attributes['fraction']),
  }));
  switch (question.attributes['type']) {
    case 'multichoice':
      return answers
        .filter((answer) => answer.fraction > 0)
        .map((answer) => htmlText(answer.text))
        .sort();
    case 'truefalse':
      return answers.find((answer) => answer.text === 'true')!.fraction === 100;
    case 'matching':
      return childElements(question, 'subquestion').map((subquestion) => [
        htmlText(textOf(child(subquestion, 'text'))),
        textOf(child(child(subquestion, 'answer'), 'text')),
      ]);
    case 'ordering':
      return answers.map((answer) => htmlText(answer.text));
    case 'shortanswer':
      return answers.map((answer) => answer.text.replace(/\\\*/g, '*'));
    case 'essay': {
      // The marking points: the list after the model answer, as the grader information closes.
      const lists = elements(
        parseHtml(moodleText(question, 'graderinfo')),
        (element) => element.tagName === 'ul',
      );
      return lists
        .at(-1)!
        .children.filter((child) => child.type === 'element' && child.tagName === 'li')
        .map((item) =>
          htmlText(
            (item as Element).children.map((text) => (text.type === 'text' ? text.value : '')).join(''),
          ),
        );
    }
  }
  throw new Error(`Unexpected Moodle type ${question.attributes['type']}`);
}

describe('QTI package: an assessment per chapter that validates against the QTI 1.2 schema', () => {
  const manifest = parseXml(qti.get('imsmanifest.xml')!);
  const resources = descendants(manifest, 'resource');
  const dir = mkdtempSync(join(tmpdir(), 'qti-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the manifest lists one QTI 1.2 assessment per chapter, and the package holds each', () => {
    expect(resources.map((resource) => resource.attributes['type'])).toEqual(
      chapters.map(() => 'imsqti_xmlv1p2'),
    );
    expect(resources.map((resource) => resource.attributes['identifier'])).toEqual(
      chapters.map((chapter) => `${course.id}-${chapter.slug}`),
    );
    for (const resource of resources) expect(qti.has(child(resource, 'file').attributes['href']!)).toBe(true);
  });

  test('every assessment validates with xmllint against the IMS QTI 1.2 schema', () => {
    const paths = resources.map((resource) => {
      const path = join(dir, child(resource, 'file').attributes['href']!);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, qti.get(child(resource, 'file').attributes['href']!)!);
      return path;
    });
    expect(xmllintErrors(QTI_SCHEMA, paths)).toEqual([]);
  });

  const items = resources.flatMap((resource, c) =>
    descendants(parseXml(qti.get(child(resource, 'file').attributes['href']!)!), 'item').map((item) => ({
      chapter: chapters[c]!.slug,
      item,
    })),
  );

  test('each assessment holds its chapter’s questions in order, each of the Canvas type that carries it', () => {
    expect(items.map(({ chapter, item }) => [chapter, item.attributes['ident']])).toEqual(
      catalog.map(({ chapter, question }) => [chapter.slug, question.id]),
    );
    const canvasType = (item: XmlElement) =>
      textOf(
        child(
          descendants(item, 'qtimetadatafield').find(
            (field) => textOf(child(field, 'fieldlabel')) === 'question_type',
          )!,
          'fieldentry',
        ),
      );
    expect(items.map(({ item }) => canvasType(item))).toEqual(
      catalog.map(({ question }) => CANVAS_TYPES[question.type]),
    );
  });

  test.each(catalog.map(({ question }, i) => [question.id, question, i] as const))(
    '%s scores as on the site',
    (_, question, i) => {
      const { item } = items[i]!;
      for (const response of responseCases(question))
        expect(qtiScore(item, qtiResponses(item, response.qti)), response.name).toBeCloseTo(
          response.siteScore,
          3,
        );
    },
  );
});

/** The Canvas question type each of the site's types arrives as (ordering: Canvas has none). */
const CANVAS_TYPES: Record<Question['type'], string> = {
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  truefalse: 'true_false_question',
  matching: 'matching_question',
  ordering: 'matching_question',
  fillin: 'short_answer_question',
  written: 'essay_question',
};
