/**
 * The contract of a question type. Each type lives in its own folder (`single/`, `ordering/`, …):
 * `schema.ts` (its YAML fields, build time), `model.ts` (everything else, safe in the browser),
 * `Controls.astro` (its server-rendered form controls) and, when the default "Answer: …" and
 * explanation do not fit, `Answer.astro` (what its answer shows). `registry.ts` lists the types, a line each.
 */

/** The fields every question has, whatever its type. */
export interface BaseQuestion {
  id: string;
  type: string;
  prompt: string;
  /** Types whose answer explains itself (a written question's model answer) have none. */
  explanation?: string;
  section: string;
}

/** The outcome of checking a response. */
export interface Result {
  /** Whether every part of the answer is right. */
  correct: boolean;
  /** Credit between 0 and 1; partly right answers earn part. */
  score: number;
  /** One sentence for the student: right, partly right, or what is wrong. */
  summary: string;
}

/** One option of a choice question as shown: `value` is its place in the YAML, so it never moves. */
export interface ShownOption {
  value: number;
  text: string;
  correct: boolean;
  feedback: string;
}

/**
 * What a type does with a question of shape `Q`. The server calls `present` and renders `view`;
 * `key` travels to the browser in `data-key`. A response records what was chosen (an option's value
 * or text), never where it stood on the screen, so a stored answer survives a new order.
 *
 * In the browser, `read`, `restore` and `clear` receive the question's element (its fieldset, with
 * its controls and its disclosed answer), and `feedback` the answer (`.course-answer`): the page
 * knows nothing of a type's controls, so that a new type with any control works with Check, "Try
 * the wrong ones again", "New exam" and a restored answer.
 */
export interface QuestionModel<Q extends BaseQuestion, View, Key, Response extends { type: Q['type'] }> {
  type: Q['type'];
  /** How the question is shown (seeded by its id, so the same everywhere) and the key to grade it. */
  present(question: Q): { view: View; key: Key };
  /** What a review card shows under the prompt (options, items to order, …), in the order shown. */
  cues(question: Q, view: View): string[];
  /** The right answer in one line, for the answer key and review cards. */
  answerText(question: Q, view: View): string;
  /** Options with their feedback, shown with the answer; types without options have none. */
  options(view: View): readonly ShownOption[];
  /** Whether every part has been answered, so that checking makes sense. */
  isComplete(response: Response): boolean;
  /** What the student is told when checking an incomplete answer; a general request if not given. */
  incomplete?: string;
  score(key: Key, response: Response): Result;
  /** Whether a stored value (from storage or a file) is a well-formed response of this type. */
  isResponse(value: unknown): value is Response;
  /** Reads the response from the question's controls. */
  read(question: Element): Response;
  /** Puts a response back into the controls. */
  restore(question: Element, response: Response): void;
  /** Empties the controls, for another try or a new exam. */
  clear(question: Element): void;
  /** What to say about a checked response beyond its summary (the chosen options' feedback, …). */
  feedback(response: Response, answer: Element): string[];
  /**
   * Self-marked types (written answers) are not graded by the page: the student first reveals the
   * answer to mark against (a button named `reveal`, in the disclosure named `answer`), then marks
   * their own response in it, with the controls and the button that scores it in the type's
   * `Answer.astro`. Other types are graded when checked.
   */
  selfMarked?: { reveal: string; answer: string };
}

/** Any type's model, for code that handles every type alike (it dispatches on `type`). */

export type AnyQuestionModel = QuestionModel<any, any, any, any>;

export const RIGHT: Result = { correct: true, score: 1, summary: 'Correct.' };
export const WRONG: Result = { correct: false, score: 0, summary: 'Not quite.' };

/** Empties every drop-down of a question: ordering and matching answers are made of them. */
export function clearSelects(question: Element): void {
  for (const select of question.querySelectorAll('select')) select.value = '';
}

/** Credit for answers made of parts (items placed, pairs matched). */
export function partCredit(right: number, total: number, noun: string, placed: string): Result {
  if (right === total) return RIGHT;
  if (right === 0)
    return { correct: false, score: 0, summary: `Not quite: none of the ${total} ${noun} ${placed}.` };
  return {
    correct: false,
    score: right / total,
    summary: `Partly right: ${right} of ${total} ${noun} ${placed}.`,
  };
}
