import { bankQuestions, checkExportable, type BankQuestion, type QuestionBank } from './question-bank.ts';
import { generalFeedbackHtml, moodleText, paragraph, typeExports, type TypeExport } from './type-exports.ts';
import { element, textElement, XML_DECLARATION } from './xml.ts';

/**
 * The course's questions as Moodle XML, Moodle's own import format (Question bank → Import → Moodle
 * XML format), with the fields its importer reads (`question/format/xml/format.php` and, for
 * ordering, `question/type/ordering/questiontype.php`). Written for Moodle 4.4 and later, where the
 * ordering question is part of Moodle.
 *
 * A category per chapter, under one named after the course; each question is named by its id and
 * carries it as its ID number; the question text and all feedback are HTML.
 */
export function moodleXml(bank: QuestionBank): string {
  bankQuestions(bank).forEach(checkExportable);
  const questions = bank.chapters.flatMap((chapter) => [
    category([bank.course.title, `${chapter.number}. ${chapter.title}`], chapter.slug),
    ...chapter.quizzes.flatMap((quiz) => quiz.questions.map(moodleQuestion)),
  ]);
  return `${XML_DECLARATION}\n<!-- ${bank.course.title}: every question of the course, from ${bank.url} -->\n${element('quiz', {}, ...questions)}\n`;
}

/**
 * A category path, relative to the category the teacher imports into. Moodle splits paths at `/`
 * and reads `//` as a slash within a name.
 */
function category(names: string[], idnumber: string): string {
  return element(
    'question',
    { type: 'category' },
    element('category', {}, textElement('text', names.map((name) => name.replace(/\//g, '//')).join('/'))),
    element('info', { format: 'html' }, textElement('text', '')),
    textElement('idnumber', idnumber),
  );
}

function moodleQuestion(entry: BankQuestion): string {
  const { question } = entry;
  const exporter = typeExports[question.type] as TypeExport<typeof question>;
  const body = exporter.moodle(question, entry);
  return element(
    'question',
    { type: body.type },
    element('name', {}, textElement('text', question.id)),
    moodleText('questiontext', paragraph(question.prompt) + (body.promptExtra ?? '')),
    moodleText('generalfeedback', generalFeedbackHtml(entry)),
    textElement('defaultgrade', '1'),
    textElement('penalty', '0.3333333'),
    textElement('hidden', '0'),
    textElement('idnumber', question.id),
    ...body.elements,
  );
}
