import { presentQuestion } from '../../question-types/present.ts';
import { questionTypes, type QuestionOf, type QuestionTypeName } from '../../question-types/index.ts';
import { cardHtml } from '../flashcards/markdown.ts';
import { unexportable, type BankQuestion } from './question-bank.ts';
import { cdata, element, escapeHtml, textElement } from './xml.ts';

/**
 * How each question type goes into Moodle XML and into QTI 1.2 as Canvas reads it: one entry per type
 * of the registry, which TypeScript insists on, so a new type cannot reach the site without saying
 * what it becomes in a learning management system.
 */

/** What follows Moodle's common question fields (name, text, general feedback, grade, id number). */
export interface MoodleBody {
  /** Moodle's question type, as its XML importer names it. */
  type: string;
  /** Paragraphs of HTML after the prompt. */
  promptExtra?: string | undefined;
  elements: string[];
}

/** A QTI 1.2 item's type-specific parts, laid out as Canvas's own QTI export lays them out. */
export interface QtiBody {
  /** Canvas's question type (its `question_type` item metadata). */
  questionType: string;
  /** Paragraphs of HTML after the prompt. */
  promptExtra?: string | undefined;
  /** The response elements of `<presentation>`. */
  responses: string[];
  /** The `<respcondition>`s that score the response (SCORE runs from 0 to 100). */
  conditions: string[];
  /** Feedback shown for a response, by ident, as HTML. */
  feedback: Array<{ ident: string; html: string }>;
}

export interface TypeExport<Q> {
  moodle(question: Q, entry: BankQuestion): MoodleBody;
  qti(question: Q, entry: BankQuestion): QtiBody;
  /** What a question of this type becomes, in words, for the teachers' page. */
  arrives: { moodle: string; canvas: string };
}

/** A paragraph of plain text as HTML. */
export const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;

// ---- Moodle ----

/** A Moodle text field holding `html`, an HTML fragment. */
export const moodleText = (name: string, html: string): string =>
  element(name, { format: 'html' }, moodleHtml(html));

/** Moodle's `<text>` of an HTML field, in a CDATA section as Moodle's own export writes it. */
const moodleHtml = (html: string): string => element('text', {}, html === '' ? '' : cdata(html));

function moodleAnswer(percent: string, html: string, feedbackHtml = ''): string {
  return element(
    'answer',
    { fraction: percent, format: 'html' },
    moodleHtml(html),
    moodleText('feedback', feedbackHtml),
  );
}

/**
 * The grades Moodle accepts for an answer (`question_bank::fraction_options_full()`); its importer
 * refuses a question with any other.
 */
const MOODLE_FRACTIONS = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
  0.1428571, 0.125, 0.1111111, 0.1, 0.05,
];

/** `share` (−1 to 1) as the percentage Moodle's importer matches to one of its grades (to 0.00001). */
function moodlePercent(share: number, entry: BankQuestion): string {
  const grade = MOODLE_FRACTIONS.find((fraction) => Math.abs(fraction - Math.abs(share)) < 1e-7);
  if (grade === undefined) {
    throw unexportable(
      entry,
      `Moodle gives each right option an equal share of the grade, and ${Math.round(share * 1e4) / 100} % is not a grade Moodle accepts.`,
      'Moodle accepts 1/1 to 1/10 of the grade per option: mark at most ten options correct.',
    );
  }
  return String(Math.sign(share) * Number((grade * 100).toFixed(5)));
}

/** A shortanswer answer: Moodle reads `*` as a wildcard, so a literal one is escaped. */
const shortanswerPattern = (answer: string) => answer.replace(/\*/g, '\\*');

// ---- QTI ----

const plainMattext = (text: string) =>
  element('material', {}, textElement('mattext', text, { texttype: 'text/plain' }));

function choiceResponse(ident: string, cardinality: 'Single' | 'Multiple', labels: Array<[string, string]>) {
  return element(
    'response_lid',
    { ident, rcardinality: cardinality },
    element(
      'render_choice',
      {},
      ...labels.map(([label, text]) => element('response_label', { ident: label }, plainMattext(text))),
    ),
  );
}

/** A condition on one response: `continue="Yes"`, so that every condition of the item is tried. */
function respcondition(
  test: string,
  { score, feedback, last = false }: { score?: string; feedback?: string; last?: boolean },
): string {
  return element(
    'respcondition',
    { continue: last ? 'No' : 'Yes' },
    element('conditionvar', {}, test),
    ...(score === undefined
      ? []
      : [
          textElement('setvar', score.replace(/^=/, ''), {
            action: score.startsWith('=') ? 'Set' : 'Add',
            varname: 'SCORE',
          }),
        ]),
    ...(feedback ? [element('displayfeedback', { feedbacktype: 'Response', linkrefid: feedback })] : []),
  );
}

const varequal = (respident: string, value: string) => textElement('varequal', value, { respident });

/** A share of the 100 points, to four decimals (Canvas writes two). */
const points = (share: number) => String(Number((share * 100).toFixed(4)));

/** Left items matched to right-hand choices: Canvas's matching question, a point share per pair. */
function matchingBody(
  lefts: string[],
  choices: string[],
  rightOf: (left: number) => string,
  promptExtra?: string,
): QtiBody {
  const choiceIdent = (choice: string) => `choice_${choices.indexOf(choice) + 1}`;
  return {
    questionType: 'matching_question',
    promptExtra,
    responses: lefts.map((left, i) =>
      element(
        'response_lid',
        { ident: `response_${i + 1}` },
        plainMattext(left),
        element(
          'render_choice',
          {},
          ...choices.map((choice) =>
            element('response_label', { ident: choiceIdent(choice) }, plainMattext(choice)),
          ),
        ),
      ),
    ),
    conditions: lefts.map((_, i) =>
      respcondition(varequal(`response_${i + 1}`, choiceIdent(rightOf(i))), {
        score: points(1 / lefts.length),
      }),
    ),
    feedback: [],
  };
}

/** The answer's feedback ident for an option of a choice question. */
const optionIdent = (value: number) => `answer_${value}`;

function choiceQti(
  question: QuestionOf<'single'> | QuestionOf<'multiple'>,
): Pick<QtiBody, 'responses' | 'feedback'> {
  const { options } = presentQuestion(question);
  return {
    responses: [
      choiceResponse(
        'response1',
        question.type === 'single' ? 'Single' : 'Multiple',
        options.map((option) => [optionIdent(option.value), option.text]),
      ),
    ],
    feedback: options.map((option) => ({
      ident: `${optionIdent(option.value)}_fb`,
      html: paragraph(option.feedback),
    })),
  };
}

/** The site's instruction for an ordering question, which Canvas shows as a matching question. */
const ORDERING_HINT = 'Give each item its place in the order (1 = first).';

/**
 * A written answer, as the `written` type defines it (`src/question-types/written/`, being added): a
 * prompt, a model answer in Markdown, the marking points an examiner looks for, and for a drawing
 * question the diagram to draw. Neither system can mark it: Moodle's essay keeps the model answer and
 * the points as information for the grader (a drawing is handed in as a file); Canvas's essay question
 * shows them as feedback once the student has answered.
 */
export interface WrittenQuestionShape {
  id: string;
  type: 'written';
  prompt: string;
  /** Markdown. */
  modelAnswer: string;
  points: ReadonlyArray<{ text: string }>;
  /** The title of the diagram a drawing question asks for. */
  drawing?: string | undefined;
  /** A suggested length, in words. */
  words?: number | undefined;
}

function markingGuide(question: WrittenQuestionShape): string {
  return [
    '<p><strong>Model answer</strong></p>',
    cardHtml(question.modelAnswer),
    '<p><strong>Marking points</strong></p>',
    `<ul>${question.points.map((point) => `<li>${escapeHtml(point.text)}</li>`).join('')}</ul>`,
  ].join('');
}

/** What the student is asked to hand in, after the prompt. */
const writtenTask = (question: WrittenQuestionShape): string | undefined =>
  question.drawing
    ? paragraph(`Draw it on paper and hand in a photo of your drawing: ${question.drawing}.`)
    : question.words
      ? paragraph(`About ${question.words} words.`)
      : undefined;

/**
 * The entry for the `written` type, ready for the registry: once `written` is a type there,
 * TypeScript asks for `written: writtenExport` in {@link typeExports} below.
 */
export const writtenExport: TypeExport<WrittenQuestionShape> = {
  arrives: {
    moodle: 'Essay, with the model answer and the marking points as information for the grader',
    canvas: 'Essay question, graded by hand; the model answer and marking points as its feedback',
  },
  moodle: (question) => ({
    type: 'essay',
    promptExtra: writtenTask(question),
    elements: [
      textElement('responseformat', question.drawing ? 'noinline' : 'editor'),
      textElement('responserequired', question.drawing ? '0' : '1'),
      textElement('responsefieldlines', '10'),
      textElement('attachments', question.drawing ? '1' : '0'),
      textElement('attachmentsrequired', question.drawing ? '1' : '0'),
      moodleText('graderinfo', markingGuide(question)),
      moodleText('responsetemplate', ''),
    ],
  }),
  qti: (question) => ({
    questionType: 'essay_question',
    promptExtra: writtenTask(question),
    responses: [fibResponse()],
    conditions: [element('respcondition', { continue: 'No' }, element('conditionvar', {}, element('other')))],
    feedback: [{ ident: 'marking_fb', html: markingGuide(question) }],
  }),
};

function fibResponse(): string {
  return element(
    'response_str',
    { ident: 'response1', rcardinality: 'Single' },
    element('render_fib', {}, element('response_label', { ident: 'answer1', rshuffle: 'No' })),
  );
}

export const typeExports: { [K in QuestionTypeName]: TypeExport<QuestionOf<K>> } = {
  written: writtenExport,
  single: {
    arrives: { moodle: 'Multiple choice, one answer', canvas: 'Multiple choice' },
    moodle: (question) => ({
      type: 'multichoice',
      elements: [
        textElement('single', 'true'),
        textElement('shuffleanswers', 'true'),
        textElement('answernumbering', 'abc'),
        textElement('showstandardinstruction', '0'),
        ...presentQuestion(question).options.map((option) =>
          moodleAnswer(option.correct ? '100' : '0', escapeHtml(option.text), paragraph(option.feedback)),
        ),
      ],
    }),
    qti: (question) => {
      const { options } = presentQuestion(question);
      const key = options.find((option) => option.correct)!;
      return {
        questionType: 'multiple_choice_question',
        ...choiceQti(question),
        conditions: [
          ...options.map((option) =>
            respcondition(varequal('response1', optionIdent(option.value)), {
              feedback: `${optionIdent(option.value)}_fb`,
            }),
          ),
          respcondition(varequal('response1', optionIdent(key.value)), { score: '=100', last: true }),
        ],
      };
    },
  },
  multiple: {
    arrives: {
      moodle:
        'Multiple choice, several answers: each right option earns its share, each wrong one takes a share off',
      canvas: 'Multiple answers (Canvas applies its own partial credit)',
    },
    moodle: (question, entry) => {
      const { options } = presentQuestion(question);
      const share = 1 / options.filter((option) => option.correct).length;
      return {
        type: 'multichoice',
        elements: [
          textElement('single', 'false'),
          textElement('shuffleanswers', 'true'),
          textElement('answernumbering', 'abc'),
          textElement('showstandardinstruction', '1'),
          element('shownumcorrect'),
          ...options.map((option) =>
            moodleAnswer(
              moodlePercent(option.correct ? share : -share, entry),
              escapeHtml(option.text),
              paragraph(option.feedback),
            ),
          ),
        ],
      };
    },
    qti: (question) => {
      const { options } = presentQuestion(question);
      const share = 1 / options.filter((option) => option.correct).length;
      return {
        questionType: 'multiple_answers_question',
        ...choiceQti(question),
        conditions: options.map((option) =>
          respcondition(varequal('response1', optionIdent(option.value)), {
            score: points(option.correct ? share : -share),
            feedback: `${optionIdent(option.value)}_fb`,
          }),
        ),
      };
    },
  },
  truefalse: {
    arrives: { moodle: 'True/False', canvas: 'True/False' },
    moodle: (question) => ({
      type: 'truefalse',
      elements: [true, false].map((value) =>
        element(
          'answer',
          { fraction: value === question.answer ? '100' : '0', format: 'moodle_auto_format' },
          textElement('text', String(value)),
          moodleText('feedback', ''),
        ),
      ),
    }),
    qti: (question) => ({
      questionType: 'true_false_question',
      responses: [
        choiceResponse('response1', 'Single', [
          ['true', 'True'],
          ['false', 'False'],
        ]),
      ],
      conditions: [
        respcondition(varequal('response1', String(question.answer)), { score: '=100', last: true }),
      ],
      feedback: [],
    }),
  },
  matching: {
    arrives: { moodle: 'Matching', canvas: 'Matching' },
    moodle: (question) => ({
      type: 'matching',
      elements: [
        textElement('shuffleanswers', 'true'),
        element('shownumcorrect'),
        ...question.pairs.map((pair) =>
          element(
            'subquestion',
            { format: 'html' },
            moodleHtml(escapeHtml(pair.left)),
            element('answer', {}, textElement('text', pair.right)),
          ),
        ),
      ],
    }),
    qti: (question) =>
      matchingBody(
        question.pairs.map((pair) => pair.left),
        questionTypes.matching.model.present(question).view.choices,
        (i) => question.pairs[i]!.right,
      ),
  },
  ordering: {
    arrives: {
      moodle: 'Ordering (core since Moodle 4.4), one point share per item in its right place',
      canvas: 'Matching: each item matched to its place (1 = first); Canvas has no ordering question',
    },
    moodle: (question) => ({
      type: 'ordering',
      elements: [
        textElement('layouttype', 'VERTICAL'),
        textElement('selecttype', 'ALL'),
        textElement('selectcount', String(question.items.length)),
        textElement('gradingtype', 'ABSOLUTE_POSITION'),
        textElement('showgrading', 'SHOW'),
        textElement('numberingstyle', 'none'),
        element('shownumcorrect'),
        ...question.items.map((item, i) =>
          element('answer', { fraction: String(i + 1), format: 'html' }, moodleHtml(escapeHtml(item))),
        ),
      ],
    }),
    qti: (question) => {
      const { items } = questionTypes.ordering.model.present(question).view;
      return matchingBody(
        items.map((item) => item.text),
        question.items.map((_, i) => String(i + 1)),
        (i) => String(items[i]!.value + 1),
        paragraph(ORDERING_HINT),
      );
    },
  },
  fillin: {
    arrives: {
      moodle: 'Short answer, every accepted variant at full marks, case ignored',
      canvas: 'Fill in the blank, every accepted variant',
    },
    moodle: (question) => ({
      type: 'shortanswer',
      elements: [
        textElement('usecase', '0'),
        ...acceptedAnswers(question.answers).map((answer) =>
          element(
            'answer',
            { fraction: '100', format: 'moodle_auto_format' },
            textElement('text', shortanswerPattern(answer)),
            moodleText('feedback', ''),
          ),
        ),
      ],
    }),
    qti: (question) => ({
      questionType: 'short_answer_question',
      responses: [fibResponse()],
      conditions: [
        respcondition(
          element(
            'or',
            {},
            ...acceptedAnswers(question.answers).map((answer) => varequal('response1', answer)),
          ),
          { score: '=100', last: true },
        ),
      ],
      feedback: [],
    }),
  },
};

/** The accepted answers, each once whatever its case (both systems compare without case). */
function acceptedAnswers(answers: readonly string[]): string[] {
  const seen = new Set<string>();
  return answers.filter((answer) => !seen.has(answer.toLowerCase()) && seen.add(answer.toLowerCase()));
}

/** The general feedback of every question: the explanation, each option's feedback, the section to re-read. */
export function generalFeedbackHtml(entry: BankQuestion): string {
  const { options } = presentQuestion(entry.question);
  // A written question has no explanation: its model answer explains it.
  const { explanation } = entry.question as { explanation?: string };
  return [
    ...(explanation ? [paragraph(explanation)] : []),
    ...(options.length > 0
      ? [
          `<ul>${options
            .map(
              (option) =>
                `<li><strong>${option.correct ? 'Correct' : 'Wrong'}:</strong> ${escapeHtml(option.text)} — ${escapeHtml(option.feedback)}</li>`,
            )
            .join('')}</ul>`,
        ]
      : []),
    `<p>Re-read: <a href="${escapeHtml(entry.section.url)}">${escapeHtml(entry.section.title)}</a></p>`,
  ].join('');
}
