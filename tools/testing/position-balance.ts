/**
 * Whether a course's answers can be guessed by position: where the keyed option stands among the
 * options as shown, whether multiple-choice keys are simply the first options, how many true/false
 * statements are true, and what a student scores by always picking the first option.
 */

/** A choice question as shown: for each option in screen order, whether it is correct. */
export interface ShownChoice {
  id: string;
  correct: boolean[];
}

export interface Bias {
  observed: number;
  expected: number;
  /** The most that chance explains: the expectation plus two standard deviations. */
  limit: number;
}

/**
 * How far an observed count stands from chance: each question counts with probability p, so the count
 * has mean Σp and variance Σp(1 − p).
 */
export function bias(probabilities: readonly number[], observed: number): Bias {
  const expected = probabilities.reduce((sum, p) => sum + p, 0);
  const sd = Math.sqrt(probabilities.reduce((sum, p) => sum + p * (1 - p), 0));
  return { observed, expected, limit: expected + 2 * sd };
}

/** Single choice: how often the key stands first, against chance (1 in the number of options). */
export function keyFirstBias(questions: readonly ShownChoice[]): Bias {
  return bias(
    questions.map((q) => 1 / q.correct.length),
    questions.filter((q) => q.correct[0]).length,
  );
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/** Multiple choice: the questions whose correct options are exactly the first ones shown. */
export function leadingKeys(questions: readonly ShownChoice[]): Bias & { ids: string[] } {
  const leading = questions.filter((q) => {
    const k = q.correct.filter(Boolean).length;
    return q.correct.every((correct, i) => correct === i < k);
  });
  return {
    ...bias(
      questions.map((q) => 1 / binomial(q.correct.length, q.correct.filter(Boolean).length)),
      leading.length,
    ),
    ids: leading.map((q) => q.id),
  };
}

/** The share of true statements among true/false answers. */
export function trueShare(answers: readonly boolean[]): number {
  return answers.filter(Boolean).length / answers.length;
}

/** A multiple-choice question as shown, with what choosing only its first option earns. */
export interface ShownMultiple extends ShownChoice {
  /** The credit the quiz's own scoring gives a response of the first option alone. */
  firstOptionCredit: number;
}

/**
 * What always choosing the first option earns, as a share of the questions: the first option of a
 * single-choice question, only the first option of a multiple-choice one (credited as the quiz
 * credits it), "True" for a statement. Returned with what random guessing would earn.
 */
export function firstOptionScore(
  singles: readonly ShownChoice[],
  multiples: readonly ShownMultiple[],
  statements: readonly boolean[],
): { firstOption: number; chance: number } {
  const total = singles.length + multiples.length + statements.length;
  const firstOption =
    singles.filter((q) => q.correct[0]).length +
    multiples.reduce((sum, q) => sum + q.firstOptionCredit, 0) +
    statements.filter(Boolean).length;
  const chance =
    singles.reduce((sum, q) => sum + 1 / q.correct.length, 0) +
    multiples.reduce((sum, q) => sum + 1 / q.correct.length, 0) +
    statements.length / 2;
  return { firstOption: firstOption / total, chance: chance / total };
}
