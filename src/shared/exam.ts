import { seededShuffle } from './seeded.ts';

/** A question the exam can draw: its id and its chapter's slug. */
export interface PoolQuestion {
  id: string;
  chapter: string;
}

export interface ExamRules {
  /** How many questions an exam has. */
  size: number;
  /** The fewest questions drawn from any chapter. */
  perChapterMinimum: number;
}

export class ExamRulesError extends Error {}

/**
 * How many questions each chapter gives: at least the minimum, the rest in proportion to the
 * chapters' question counts (largest remainder first, ties to the earlier chapter).
 */
export function allocate(counts: ReadonlyMap<string, number>, rules: ExamRules): Map<string, number> {
  const chapters = [...counts.keys()];
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (rules.size > total) {
    throw new ExamRulesError(`An exam of ${rules.size} questions needs that many; the course has ${total}.`);
  }
  if (rules.size < rules.perChapterMinimum * chapters.length) {
    throw new ExamRulesError(
      `An exam of ${rules.size} questions cannot draw ${rules.perChapterMinimum} from each of ${chapters.length} chapters.`,
    );
  }
  const short = chapters.find((chapter) => counts.get(chapter)! < rules.perChapterMinimum);
  if (short) {
    throw new ExamRulesError(`Chapter "${short}" has fewer than ${rules.perChapterMinimum} questions.`);
  }
  const take = new Map(
    chapters.map((chapter) => [chapter, Math.max(rules.perChapterMinimum, Math.floor(share(chapter)))]),
  );
  function share(chapter: string): number {
    return (rules.size * counts.get(chapter)!) / total;
  }
  /** How far a chapter's count is above its proportional share. */
  const excess = (chapter: string) => take.get(chapter)! - share(chapter);
  let drawn = [...take.values()].reduce((sum, count) => sum + count, 0);
  while (drawn > rules.size) {
    const chapter = chapters
      .filter((candidate) => take.get(candidate)! > rules.perChapterMinimum)
      .sort((a, b) => excess(b) - excess(a))[0]!;
    take.set(chapter, take.get(chapter)! - 1);
    drawn--;
  }
  while (drawn < rules.size) {
    const chapter = chapters
      .filter((candidate) => take.get(candidate)! < counts.get(candidate)!)
      .sort((a, b) => excess(a) - excess(b))[0]!;
    take.set(chapter, take.get(chapter)! + 1);
    drawn++;
  }
  return take;
}

/**
 * Draws an exam: the allocated number of questions from each chapter, picked by the seed, with no
 * question twice, listed in the order of the pool (the course's order), so that an exam follows the
 * chapters' flow and the same seed draws the same exam from the same pool.
 */
export function drawExam(pool: readonly PoolQuestion[], rules: ExamRules, seed: string): string[] {
  const chapters = [...new Set(pool.map((question) => question.chapter))];
  const byChapter = new Map(chapters.map((chapter) => [chapter, pool.filter((q) => q.chapter === chapter)]));
  const take = allocate(new Map(chapters.map((chapter) => [chapter, byChapter.get(chapter)!.length])), rules);
  const picked = new Set(
    chapters.flatMap((chapter) =>
      seededShuffle(
        byChapter.get(chapter)!.map((question) => question.id),
        `exam:${seed}:${chapter}`,
      ).slice(0, take.get(chapter)),
    ),
  );
  return pool.filter((question) => picked.has(question.id)).map((question) => question.id);
}

/**
 * Draws the exam's written part: `count` written questions, each from another chapter while there
 * are chapters left, picked by the seed (so that a reload shows the same ones) and listed in the
 * order of the pool.
 */
export function drawWritten(pool: readonly PoolQuestion[], count: number, seed: string): string[] {
  const chapters = seededShuffle([...new Set(pool.map((question) => question.chapter))], `written:${seed}`);
  const byChapter = chapters.map((chapter) =>
    seededShuffle(
      pool.filter((question) => question.chapter === chapter).map((question) => question.id),
      `written:${seed}:${chapter}`,
    ),
  );
  const picked = new Set<string>();
  for (let round = 0; picked.size < Math.min(count, pool.length); round++) {
    for (const ids of byChapter) if (ids[round] !== undefined && picked.size < count) picked.add(ids[round]!);
  }
  return pool.filter((question) => picked.has(question.id)).map((question) => question.id);
}

/** A fresh seed for "New exam". */
export function newExamSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 2 ** 32).toString(36);
}
