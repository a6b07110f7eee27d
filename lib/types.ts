// Shared shapes between the quote engine, the matcher, the extension and the CLI.
// The CLI's --json output uses these names as they are (see README and verbatim.schema.json).

export type QuoteKind = 'full' | 'fragment' | 'scare';

export interface Speaker {
  /** Canonical name of the person, as first named in full on the page ("Khawaja Asif"). */
  name: string;
  /** The words on the page that point at the speaker near this quote ("he", "the defence minister", "Asif"). */
  mention: string;
  /** 0..1: how sure the attribution is. */
  confidence: number;
}

/**
 * Below this the speaker is the engine's guess (a quote carrying on from the one before, right
 * about 72% of the time on the fixture pages, against 88–97% for a name, role or pronoun): shown
 * as a guess, and too weak to tell a reader the page misattributed the words.
 */
export const STATED_SPEAKER_CONFIDENCE = 0.7;

export function isGuessedSpeaker(speaker: Speaker): boolean {
  return speaker.confidence < STATED_SPEAKER_CONFIDENCE;
}

export interface Quote {
  /** Stable within one page scan: "q0", "q1", ... in document order. */
  id: string;
  /** The words between the quote marks, as on the page (marks excluded). */
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** Offsets of `text` in the flat text of the TextModel it was found in (end exclusive). */
  start: number;
  end: number;
  /** Index of the block (paragraph, heading, list item, blockquote…) in the TextModel. */
  paragraph: number;
  /** Parts of one utterance share this id ("A," she said. "B."); a lone quote has its own. */
  utteranceId: string;
}

export type Verdict =
  | 'exact'
  | 'variant'
  | 'edited'
  | 'altered'
  | 'spliced'
  | 'misattributed'
  | 'unsourced';

export const VERDICTS: readonly Verdict[] = [
  'exact',
  'variant',
  'edited',
  'altered',
  'spliced',
  'misattributed',
  'unsourced',
];

export interface DiffPart {
  /** equal: in both; delete: in the source, missing from the page; insert: on the page, not in the source. */
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface SourceMatch {
  sourceId: string;
  title: string;
  speaker: string | null;
  date: string | null;
  url: string | null;
  /** The source's own wording for the matched span (for spliced quotes, the pieces joined by " … "). */
  original: string;
  /** Whole sentences of context before and after the span in the source. */
  before: string;
  after: string;
  /** 0..1 similarity of the quote to `original`. */
  score: number;
  diff: DiffPart[];
  /** Character offset of the span in the source document's text. */
  offset: number;
  /** Seconds from the start of a recording, for subtitle sources. */
  timestamp?: number;
  /** Speaker turn the words are in, for transcripts with turns. */
  turn?: string;
  /**
   * `original`, `before`, `after` and `diff` are still on their way (empty until then): a page's
   * check answers with verdicts first, and the wording the card shows follows in a second message.
   */
  detailsPending?: true;
}

/** The parts of a match only the card and the popup's detail view show. */
export type MatchDetails = Pick<SourceMatch, 'original' | 'before' | 'after' | 'diff'>;

/** A word the page changed from the source's ("'will' → 'would'"), added or dropped. */
export type WordChange = { kind: 'changed' | 'spelling'; from: string; to: string } | { kind: 'added' | 'dropped'; words: string };

/**
 * Why a quote got its verdict, as data: the words are chosen where it is shown, in the reader's
 * language (`reasonText` in lib/reasons.ts), since the engine may run where no translation is.
 */
export type Reason =
  | { kind: 'exact' }
  | { kind: 'variant'; changes: WordChange[] }
  | { kind: 'edited'; ellipsisCuts: number; brackets: { from: string; to: string }[] }
  | { kind: 'altered'; changedWords: number; changes: WordChange[]; more: boolean; unmarkedCut: boolean }
  | { kind: 'spliced'; sentencesApart: number | null }
  | { kind: 'reordered' }
  | { kind: 'misattributed'; sourceSpeaker: string; pageSpeaker: string }
  | { kind: 'not-found'; sharedPercent?: number }
  | { kind: 'no-words' }
  | { kind: 'too-short'; scope: 'all' | 'page' | 'speaker'; speaker?: string }
  | { kind: 'checking' };

export interface MatchResult {
  verdict: Verdict;
  /** Why, in a line a reader understands once put in words: "2 words changed: 'will' → 'would', 'never' added". */
  reason: Reason;
  match: SourceMatch | null;
}

/** What the matcher needs to know about one quote. */
export interface QuoteQuery {
  id: string;
  text: string;
  kind: QuoteKind;
  /** Attributed speaker's name, or null. */
  speaker: string | null;
  utteranceId: string;
}

/** A quote with its check, as the content script, the popup and the CLI show it. */
export interface CheckedQuote extends Quote, MatchResult {}

/** Metadata of one source document. */
export interface SourceMeta {
  id: string;
  title: string;
  speaker: string | null;
  date: string | null;
  url: string | null;
  event?: string | null;
  post?: string | null;
  country?: string | null;
  language?: string | null;
  /** Licence or copyright note of the source text, from front matter or JSON. */
  licence?: string | null;
}

/** A parsed source: plain text plus optional speaker turns and timestamps, both as ranges of `text`. */
export interface SourceDoc extends SourceMeta {
  text: string;
  turns?: { start: number; end: number; speaker: string }[];
  cues?: { start: number; end: number; seconds: number }[];
}
