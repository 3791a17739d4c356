import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import course from '../../course.config.ts';
import { moodleXml } from '../../src/course/exports/moodle.ts';
import { qtiPackage } from '../../src/course/exports/qti.ts';
import type { QuestionBank } from '../../src/course/exports/question-bank.ts';
import { typeExports, writtenExport } from '../../src/course/exports/type-exports.ts';
import { questionTypes, type Question } from '../../src/question-types/index.ts';
import { quizFileSchema } from '../../src/schemas/quiz.ts';
import { readYaml } from '../../tools/testing/content.ts';
import { responseCases } from '../../tools/testing/export-responses.ts';
import { htmlText, moodleGrade, qtiResponses, qtiScore } from '../../tools/testing/lms-scoring.ts';
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

const FIXTURE = 'tests/fixtures/exports/escaping.yaml';
const [quiz] = quizFileSchema.parse(readYaml(FIXTURE)).quizzes;
const SECTION = {
  title: 'The three perspectives on CRM',
  url: 'https://example.org/course/chapters/introduction/#x',
};

function bankOf(questions: Question[], file = FIXTURE): QuestionBank {
  return {
    course,
    url: 'https://example.org/course/',
    chapters: [
      {
        slug: 'introduction',
        number: 1,
        title: 'Introduction & "more" <things>',
        quizzes: [
          {
            id: quiz!.id,
            title: quiz!.title,
            questions: questions.map((question) => ({ question, file, section: SECTION })),
          },
        ],
      },
    ],
  };
}

const bank = bankOf(quiz!.questions);
const moodle = parseXml(moodleXml(bank));
const moodleQuestions = childElements(moodle, 'question').filter(
  (question) => question.attributes['type'] !== 'category',
);
const qtiFiles = zipTexts(qtiPackage(bank));
const assessment = parseXml(qtiFiles.get(`${course.id}-introduction/${course.id}-introduction.xml`)!);
const items = descendants(assessment, 'item');

const moodleHtml = (element: XmlElement, name: string) =>
  htmlText(textOf(child(child(element, name), 'text')));

describe('a question full of quotes, &, < and Markdown arrives as written', () => {
  test('the fixture holds every question type', () => {
    expect(new Set(quiz!.questions.map((question) => question.type))).toEqual(
      new Set(Object.keys(questionTypes)),
    );
  });

  test.each(quiz!.questions.map((question, i) => [question.id, question, i] as const))(
    '%s in Moodle XML',
    (_, question, i) => {
      const exported = moodleQuestions[i]!;
      expect(textOf(child(child(exported, 'name'), 'text'))).toBe(question.id);
      expect(moodleHtml(exported, 'questiontext')).toBe(question.prompt);
      if ('explanation' in question)
        expect(moodleHtml(exported, 'generalfeedback')).toContain(question.explanation);
      const answers = childElements(exported, 'answer').map((answer) => textOf(child(answer, 'text')));
      if (question.type === 'single' || question.type === 'multiple') {
        expect(answers.map(htmlText).sort()).toEqual(question.options.map((option) => option.text).sort());
        expect(moodleHtml(exported, 'generalfeedback')).toContain(question.options[0]!.feedback);
      }
      if (question.type === 'ordering') expect(answers.map(htmlText)).toEqual(question.items);
      if (question.type === 'fillin')
        expect(answers).toEqual(question.answers.map((answer) => answer.replace('*', '\\*')));
      if (question.type === 'matching') {
        const subquestions = childElements(exported, 'subquestion').map((subquestion) => [
          htmlText(textOf(child(subquestion, 'text'))),
          textOf(child(child(subquestion, 'answer'), 'text')),
        ]);
        expect(subquestions).toEqual(question.pairs.map((pair) => [pair.left, pair.right]));
      }
    },
  );

  test.each(quiz!.questions.map((question, i) => [question.id, question, i] as const))(
    '%s in QTI',
    (_, question, i) => {
      const item = items[i]!;
      expect(item.attributes['ident']).toBe(question.id);
      expect(htmlText(textOf(descendants(child(item, 'presentation'), 'mattext')[0]!))).toContain(
        question.prompt,
      );
      const labels = descendants(item, 'response_label').flatMap((label) =>
        descendants(label, 'mattext').map(textOf),
      );
      if (question.type === 'single' || question.type === 'multiple')
        expect(labels.sort()).toEqual(question.options.map((option) => option.text).sort());
      if (question.type === 'matching')
        expect(new Set(labels)).toEqual(new Set(question.pairs.map((pair) => pair.right)));
    },
  );

  test('the QTI package validates against the IMS QTI 1.2 schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qti-'));
    try {
      const file = join(dir, 'assessment.xml');
      writeFileSync(file, qtiFiles.get(`${course.id}-introduction/${course.id}-introduction.xml`)!);
      expect(xmllintErrors(QTI_SCHEMA, [file])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('each type scores in Moodle and in QTI as on the site', () => {
  const cases = quiz!.questions.flatMap((question, i) =>
    responseCases(question).map((response) => [`${question.id}, ${response.name}`, response, i] as const),
  );
  test.each(cases)('%s', (_, response, i) => {
    expect(moodleGrade(moodleQuestions[i]!, response.moodle)).toBeCloseTo(response.siteScore, 3);
    expect(qtiScore(items[i]!, qtiResponses(items[i]!, response.qti))).toBeCloseTo(response.siteScore, 3);
  });

  test('the responses include right, wrong and partly right ones', () => {
    const scores = cases.map(([, response]) => response.siteScore);
    expect(scores).toContain(1);
    expect(scores).toContain(0);
    expect(scores.some((score) => score > 0 && score < 1)).toBe(true);
  });
});

describe('a question no export can carry fails the build with its file and id', () => {
  const [single] = quiz!.questions;
  test('a control character', () => {
    const broken = { ...single!, prompt: 'Pasted from a word processor\u000b.' } as Question;
    const message =
      'tests/fixtures/exports/escaping.yaml: question "escaping-single" cannot be exported: **prompt** holds the control character U+000B';
    expect(() => moodleXml(bankOf([broken]))).toThrow(message);
    expect(() => qtiPackage(bankOf([broken]))).toThrow(message);
  });

  test('more right options than Moodle can share its grade among', () => {
    const options = Array.from({ length: 11 }, (_, i) => ({
      text: `Option ${i}`,
      correct: true,
      feedback: 'Yes.',
    }));
    const broken = { ...single!, id: 'too-many-right', type: 'multiple', options } as Question;
    expect(() => moodleXml(bankOf([broken], 'src/content/quizzes/introduction.yaml'))).toThrow(
      'src/content/quizzes/introduction.yaml: question "too-many-right" cannot be exported: Moodle gives each right option an equal share of the grade, and 9.09 % is not a grade Moodle accepts.',
    );
  });
});

test('every question type says what it becomes in Moodle and in Canvas', () => {
  expect(Object.keys(typeExports).sort()).toEqual(Object.keys(questionTypes).sort());
  for (const entry of Object.values(typeExports)) {
    expect(entry.arrives.moodle).not.toBe('');
    expect(entry.arrives.canvas).not.toBe('');
  }
});

test('a written question becomes an essay, its model answer and marking points for the grader', () => {
  const written = {
    id: 'written-example',
    type: 'written',
    prompt: 'Explain "CRM" & <its> aims.',
    modelAnswer: 'CRM is **a strategy** & <b>more</b>.',
    points: [{ text: 'Says "strategy"' }, { text: 'Names a <goal>' }],
    drawing: 'The IDIC cycle',
  } as const;
  const entry = { question: written, file: FIXTURE, section: SECTION } as never;
  const moodleBody = writtenExport.moodle(written, entry);
  expect(moodleBody.type).toBe('essay');
  const essay = parseXml(`<question>${moodleBody.elements.join('')}</question>`);
  const graderInfo = htmlText(textOf(child(child(essay, 'graderinfo'), 'text')));
  for (const text of ['CRM is a strategy & <b>more</b>.', 'Says "strategy"', 'Names a <goal>'])
    expect(graderInfo).toContain(text);
  // A drawing is handed in as a file.
  expect(textOf(child(essay, 'attachmentsrequired'))).toBe('1');
  expect(htmlText(moodleBody.promptExtra!)).toContain('The IDIC cycle');
  const qtiBody = writtenExport.qti(written, entry);
  expect(qtiBody.questionType).toBe('essay_question');
  expect(htmlText(qtiBody.feedback[0]!.html)).toContain('Names a <goal>');
});
