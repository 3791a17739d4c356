/** Sentences that sum up a quiz or an exam for the student (and for screen readers). */

export interface QuizScore {
  correct: number;
  checked: number;
  total: number;
}

/** "1 question", "5 questions". */
export const questionCount = (count: number) => `${count} question${count === 1 ? '' : 's'}`;

export function describeQuizScore({ correct, checked, total }: QuizScore): string {
  if (checked === 0) return `${questionCount(total)}. Check each answer to see how you did.`;
  const unchecked = total - checked;
  return `Score: ${correct} of ${total} correct${unchecked > 0 ? ` (${unchecked} not checked yet)` : ''}.`;
}

/**
 * The exam's score. Written answers count once the student has marked them (`toMark` are waiting);
 * one counts as correct when it covers all its marking points.
 */
export function describeExamScore(
  result: { correct: number; total: number },
  someWrong: boolean,
  toMark = 0,
): string {
  const percent = Math.round((100 * result.correct) / result.total);
  return (
    `You answered ${result.correct} of ${result.total} questions correctly (${percent} %).` +
    (toMark > 0
      ? ` Mark your written answer${toMark === 1 ? '' : 's'} against ${toMark === 1 ? 'its' : 'their'} marking points below: ${toMark === 1 ? 'it counts' : 'each counts'} once scored.`
      : '') +
    (someWrong ? ' The ones you missed are waiting on the review page.' : '')
  );
}

/** "12:05 left": the countdown as a clock. */
export function describeCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')} left`;
}

/**
 * The few moments worth announcing to a screen reader while the countdown runs: 10, 5 and 1 minute
 * left (within five seconds of each, so that a late tick still says it). Time up comes with the score.
 */
export function timeLeftAnnouncement(seconds: number): string | undefined {
  const minutes = [10, 5, 1].find((mark) => seconds <= mark * 60 && seconds > mark * 60 - 5);
  return minutes === undefined ? undefined : `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
}
