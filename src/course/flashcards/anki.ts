import type { Course, CourseCard } from '../model.ts';
import { cardHtml } from './markdown.ts';

/**
 * The course's flashcards as a file Anki imports directly (File → Import): UTF-8 text, one note per
 * line, tab-separated, with the header lines Anki reads. Fields are HTML, so nothing in a field can
 * break the format: tabs and line breaks become markup and quotes become entities.
 */
export interface AnkiNote {
  /** Stable across exports, so importing again updates the notes instead of duplicating them. */
  guid: string;
  deck: string;
  /** Plain text. */
  front: string;
  /** HTML. */
  backHtml: string;
  tags: string[];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Makes an HTML fragment safe for one tab-separated field. */
export function ankiField(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/\n*(<\/?(?:p|ul|ol|li)>)\n*/g, '$1')
    .replace(/\n/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/"/g, '&quot;')
    .trim();
}

export function ankiTag(text: string): string {
  return text.trim().replace(/\s+/g, '_');
}

export function ankiExport(notes: readonly AnkiNote[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
  ];
  const rows = notes.map((note) =>
    [
      ankiField(escapeHtml(note.guid)),
      ankiField(escapeHtml(note.deck)),
      ankiField(escapeHtml(note.front)),
      ankiField(note.backHtml),
      note.tags.map(ankiTag).join(' '),
    ].join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}

/** Where the site serves a course's Anki deck: `/my-course-anki.txt`. */
export function ankiDeckPath(courseId: string): string {
  return `/${courseId}-anki.txt`;
}

/** Anki notes, identified by the course id and card id, so that a new import updates the old one. */
export function toAnkiNotes(
  cards: readonly DeckCard[],
  { courseId, deckName }: { courseId: string; deckName: string },
): AnkiNote[] {
  return cards.map((card) => ({
    guid: `${courseId}-${card.id}`,
    deck: `${deckName}::${card.chapterLabel}`,
    front: card.front,
    backHtml: card.backHtml,
    tags: [courseId, `chapter-${card.chapter}`],
  }));
}

/**
 * The back of a written question as a card: for a drawing question the course figure to compare with
 * (by title: Anki has no course figures), then the model answer and the marking points to check it by.
 */
export function writtenAnswerHtml(question: {
  modelAnswer: string;
  points: ReadonlyArray<{ text: string }>;
  drawing?: string | undefined;
}): string {
  return [
    ...(question.drawing
      ? [`<p>Compare your drawing with the course's figure “${escapeHtml(question.drawing)}”.</p>`]
      : []),
    cardHtml(question.modelAnswer),
    '<p>Marking points:</p>',
    `<ul>${question.points.map((point) => `<li>${escapeHtml(point.text)}</li>`).join('')}</ul>`,
  ].join('\n');
}

type DeckCard = Pick<CourseCard, 'id' | 'chapter' | 'chapterLabel' | 'front' | 'backHtml'>;

/**
 * The written questions of the quizzes as cards for the deck, in course order: the prompt on the
 * front, the model answer and its marking points on the back.
 */
export function writtenQuestionCards(course: Pick<Course, 'chapters' | 'questions'>): DeckCard[] {
  const labels = new Map(course.chapters.map((chapter) => [chapter.slug, chapter.label]));
  return course.questions.flatMap(({ question, chapter }) =>
    question.type === 'written'
      ? [
          {
            id: `written-${question.id}`,
            chapter,
            chapterLabel: labels.get(chapter)!,
            front: question.prompt,
            backHtml: writtenAnswerHtml(question),
          },
        ]
      : [],
  );
}
