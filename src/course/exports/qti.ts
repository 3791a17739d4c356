import {
  bankQuestions,
  checkExportable,
  type BankChapter,
  type BankQuestion,
  type QuestionBank,
} from './question-bank.ts';
import { generalFeedbackHtml, paragraph, typeExports, type TypeExport } from './type-exports.ts';
import { element, textElement, XML_DECLARATION } from './xml.ts';
import { zipArchive, type ZipEntry } from './zip.ts';

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

/**
 * The course's questions as a QTI 1.2 package, laid out as Canvas's own QTI export
 * (`lib/cc/qti/` in Canvas): `imsmanifest.xml` and one assessment per chapter,
 * `<ident>/<ident>.xml`, each question an item with Canvas's `question_type` metadata. Canvas's
 * export also writes its own quiz settings (`assessment_meta.xml`); without them Canvas uses its
 * defaults.
 */
export function qtiPackage(bank: QuestionBank): Uint8Array<ArrayBuffer> {
  bankQuestions(bank).forEach(checkExportable);
  const assessments = bank.chapters.map((chapter) => ({
    ident: `${bank.course.id}-${chapter.slug}`,
    xml: assessmentXml(bank, chapter),
  }));
  const files: ZipEntry[] = [
    {
      name: 'imsmanifest.xml',
      content: manifestXml(
        bank,
        assessments.map((assessment) => assessment.ident),
      ),
    },
    ...assessments.map(({ ident, xml }) => ({ name: `${ident}/${ident}.xml`, content: xml })),
  ];
  return zipArchive(files);
}

export function assessmentXml(bank: QuestionBank, chapter: BankChapter): string {
  const ident = `${bank.course.id}-${chapter.slug}`;
  return `${XML_DECLARATION}\n${element(
    'questestinterop',
    {
      xmlns: QTI_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd`,
    },
    element(
      'assessment',
      { ident, title: `${chapter.number}. ${chapter.title}` },
      textElement('qticomment', `${bank.course.title}, ${bank.url}`),
      metadata({ cc_maxattempts: '1' }),
      element(
        'section',
        { ident: 'root_section' },
        ...chapter.quizzes.flatMap((quiz) => quiz.questions.map(item)),
      ),
    ),
  )}\n`;
}

function metadata(fields: Record<string, string>): string {
  return element(
    'qtimetadata',
    {},
    ...Object.entries(fields).map(([label, entry]) =>
      element('qtimetadatafield', {}, textElement('fieldlabel', label), textElement('fieldentry', entry)),
    ),
  );
}

const html = (content: string) =>
  element('material', {}, textElement('mattext', content, { texttype: 'text/html' }));

function item(entry: BankQuestion): string {
  const { question } = entry;
  const exporter = typeExports[question.type] as TypeExport<typeof question>;
  const body = exporter.qti(question, entry);
  const feedback = [{ ident: 'general_fb', html: generalFeedbackHtml(entry) }, ...body.feedback];
  return element(
    'item',
    { ident: question.id, title: question.id },
    element('itemmetadata', {}, metadata({ question_type: body.questionType, points_possible: '1' })),
    element(
      'presentation',
      {},
      html(`<div>${paragraph(question.prompt)}${body.promptExtra ?? ''}</div>`),
      ...body.responses,
    ),
    element(
      'resprocessing',
      {},
      element(
        'outcomes',
        {},
        element('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' }),
      ),
      element(
        'respcondition',
        { continue: 'Yes' },
        element('conditionvar', {}, element('other')),
        element('displayfeedback', { feedbacktype: 'Response', linkrefid: 'general_fb' }),
      ),
      ...body.conditions,
    ),
    ...feedback.map(({ ident, html: content }) =>
      element('itemfeedback', { ident }, element('flow_mat', {}, html(content))),
    ),
  );
}

/** The package's manifest, as Canvas writes it: IMS Content Packaging with LOM metadata. */
function manifestXml(bank: QuestionBank, idents: string[]): string {
  const string = (text: string) => textElement('imsmd:string', text);
  return `${XML_DECLARATION}\n${element(
    'manifest',
    {
      identifier: `${bank.course.id}-qti`,
      xmlns: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
      'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_v1p2',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd',
    },
    element(
      'metadata',
      {},
      textElement('schema', 'IMS Content'),
      textElement('schemaversion', '1.1.3'),
      element(
        'imsmd:lom',
        {},
        element(
          'imsmd:general',
          {},
          element('imsmd:title', {}, string(`${bank.course.title}: question bank`)),
          element(
            'imsmd:description',
            {},
            string(`Every question of ${bank.course.title}, a quiz per chapter: ${bank.url}`),
          ),
        ),
        element(
          'imsmd:rights',
          {},
          element('imsmd:copyrightAndOtherRestrictions', {}, element('imsmd:value', {}, 'yes')),
          element('imsmd:description', {}, string(`${bank.course.author}. Licence: ${bank.course.license}`)),
        ),
      ),
    ),
    element('organizations'),
    element(
      'resources',
      {},
      ...idents.map((ident) =>
        element(
          'resource',
          { identifier: ident, type: 'imsqti_xmlv1p2' },
          element('file', { href: `${ident}/${ident}.xml` }),
        ),
      ),
    ),
  )}\n`;
}
