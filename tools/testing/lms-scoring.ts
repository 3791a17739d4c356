import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { child, childElements, descendants, textOf, type XmlElement } from './xml.ts';

/**
 * How Moodle and a QTI 1.2 processor score a response to an exported question, computed from the
 * exported XML alone, as their documentation and source define it (Moodle: `question/type/*` grade
 * rules; QTI: `resprocessing`), so that a test can set the result beside the site's own scoring.
 */

/** A response as a learning management system receives it: what was chosen or typed, by its text. */
export type LmsResponse =
  | { kind: 'choice'; chosen: string[] }
  | { kind: 'pairs'; pairs: Array<[left: string, right: string]> }
  | { kind: 'order'; items: string[] }
  | { kind: 'text'; text: string };

/** The text a reader sees in an HTML fragment (what Moodle and Canvas store). */
export function htmlText(html: string): string {
  return toString(fromHtml(html, { fragment: true })).trim();
}

// ---- Moodle ----

interface MoodleAnswer {
  text: string;
  fraction: number;
}

function moodleAnswers(question: XmlElement, html: boolean): MoodleAnswer[] {
  return childElements(question, 'answer').map((answer) => {
    const text = textOf(child(answer, 'text'));
    return {
      text: html ? htmlText(text) : text.trim(),
      fraction: Number(answer.attributes['fraction']) / 100,
    };
  });
}

/** Moodle's shortanswer match: `*` is a wildcard (`\*` a star), the whole response must match. */
function shortanswerMatches(response: string, pattern: string, ignoreCase: boolean): boolean {
  const bits = pattern
    .split(/(?<!\\)\*+/)
    .map((bit) => bit.replace(/\\\*/g, '*').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${bits.join('.*')}$`, ignoreCase ? 'iu' : 'u').test(response.normalize('NFC').trim());
}

/** The fraction Moodle gives `response` to a `<question>` of its XML format. */
export function moodleGrade(question: XmlElement, response: LmsResponse): number {
  const type = question.attributes['type'];
  switch (type) {
    case 'multichoice': {
      if (response.kind !== 'choice') break;
      const answers = moodleAnswers(question, true);
      const sum = response.chosen
        .map((text) => answers.find((answer) => answer.text === text)?.fraction ?? Number.NaN)
        .reduce((total, fraction) => total + fraction, 0);
      // qtype_multichoice: one answer's grade; several answers' grades added and kept within 0..1.
      return textOf(child(question, 'single')).trim() === 'true' ? sum : Math.min(Math.max(sum, 0), 1);
    }
    case 'truefalse': {
      if (response.kind !== 'choice') break;
      return (
        moodleAnswers(question, false).find((answer) => answer.text === response.chosen[0])?.fraction ?? 0
      );
    }
    case 'matching': {
      if (response.kind !== 'pairs') break;
      const subquestions = childElements(question, 'subquestion').map((subquestion) => ({
        left: htmlText(textOf(child(subquestion, 'text'))),
        right: textOf(child(child(subquestion, 'answer'), 'text')).trim(),
      }));
      const right = subquestions.filter((subquestion) =>
        response.pairs.some(([left, chosen]) => left === subquestion.left && chosen === subquestion.right),
      ).length;
      return right / subquestions.length;
    }
    case 'ordering': {
      if (response.kind !== 'order') break;
      if (textOf(child(question, 'gradingtype')).trim() !== 'ABSOLUTE_POSITION') break;
      // The answers are listed in their right order; an item scores in its right place.
      const order = moodleAnswers(question, true).map((answer) => answer.text);
      return order.filter((item, i) => response.items[i] === item).length / order.length;
    }
    case 'shortanswer': {
      if (response.kind !== 'text') break;
      const ignoreCase = textOf(child(question, 'usecase')).trim() === '0';
      const match = moodleAnswers(question, false).find((answer) =>
        shortanswerMatches(response.text, answer.text, ignoreCase),
      );
      return match?.fraction ?? 0;
    }
  }
  throw new Error(`No Moodle grading for a ${type} question and a ${response.kind} response`);
}

// ---- QTI 1.2 ----

/** Chosen idents (`response_lid`) or typed text (`response_str`), by response ident. */
export type QtiResponses = Map<string, string[]>;

/** A `<material>`'s text as a reader sees it: HTML read as HTML, plain text as it is. */
function materialText(material: XmlElement): string {
  const mattext = child(material, 'mattext');
  const text = textOf(mattext);
  return mattext.attributes['texttype'] === 'text/html' ? htmlText(text) : text.trim();
}

const labelText = (label: XmlElement) => materialText(child(label, 'material'));

/** The response a QTI item receives for `response`: labels found by their text, left items by theirs. */
export function qtiResponses(item: XmlElement, response: LmsResponse): QtiResponses {
  const lids = descendants(child(item, 'presentation'), 'response_lid');
  const labelsOf = (lid: XmlElement) => descendants(lid, 'response_label');
  const identOf = (lid: XmlElement, text: string) => {
    const label = labelsOf(lid).find((candidate) => labelText(candidate) === text);
    if (!label) throw new Error(`No label "${text}" in ${lid.attributes['ident']}`);
    return label.attributes['ident']!;
  };
  switch (response.kind) {
    case 'choice': {
      const [lid] = lids;
      return new Map([[lid!.attributes['ident']!, response.chosen.map((text) => identOf(lid!, text))]]);
    }
    case 'pairs':
      return new Map(
        lids.map((lid) => {
          const left = materialText(child(lid, 'material'));
          const pair = response.pairs.find(([candidate]) => candidate === left);
          return [lid.attributes['ident']!, pair ? [identOf(lid, pair[1])] : []];
        }),
      );
    case 'text': {
      const [str] = descendants(child(item, 'presentation'), 'response_str');
      return new Map([[str!.attributes['ident']!, [response.text]]]);
    }
    case 'order':
      throw new Error('QTI 1.2 as Canvas reads it has no ordering response: send pairs');
  }
}

function holds(condition: XmlElement, responses: QtiResponses): boolean {
  const all = (element: XmlElement) => childElements(element).every((part) => holds(part, responses));
  switch (condition.name) {
    case 'conditionvar':
    case 'and':
      return all(condition);
    case 'or':
      return childElements(condition).some((part) => holds(part, responses));
    case 'not':
      return !all(condition);
    case 'other':
      return true;
    case 'varequal': {
      const given = responses.get(condition.attributes['respident']!) ?? [];
      const expected = textOf(condition);
      // `case="No"`, the default, compares without case.
      const same =
        condition.attributes['case'] === 'Yes'
          ? (value: string) => value === expected
          : (value: string) => value.toLowerCase() === expected.toLowerCase();
      return given.some(same);
    }
  }
  throw new Error(`No QTI condition <${condition.name}> in the scorer`);
}

/**
 * The item's score from 0 to 1 under QTI 1.2 response processing: each `respcondition` in turn, its
 * `setvar`s applied when its condition holds, stopping after a holding one unless `continue="Yes"`;
 * SCORE is kept within the `decvar`'s bounds and divided by its maximum.
 */
export function qtiScore(item: XmlElement, responses: QtiResponses): number {
  const processing = child(item, 'resprocessing');
  const decvar = child(child(processing, 'outcomes'), 'decvar');
  const min = Number(decvar.attributes['minvalue'] ?? Number.NEGATIVE_INFINITY);
  const max = Number(decvar.attributes['maxvalue']);
  let score = Number(decvar.attributes['defaultval'] ?? 0);
  for (const condition of childElements(processing, 'respcondition')) {
    if (!holds(child(condition, 'conditionvar'), responses)) continue;
    for (const setvar of childElements(condition, 'setvar')) {
      const value = Number(textOf(setvar));
      const action = setvar.attributes['action'] ?? 'Set';
      if (action === 'Set') score = value;
      else if (action === 'Add') score += value;
      else if (action === 'Subtract') score -= value;
      else if (action === 'Multiply') score *= value;
      else if (action === 'Divide') score /= value;
    }
    if (condition.attributes['continue'] !== 'Yes') break;
  }
  return Math.min(Math.max(score, min), max) / max;
}
