// Q&A interviews: paragraphs labelled "Q:" are questions; paragraphs labelled "A:" or with the
// interviewee's name ("Asif:") are the interviewee's answers, quoted without quote marks.

import type { NameMention, People, Person } from './people';

export interface InterviewAnswer {
  /** Offset where the answer text starts (after the label). */
  textStart: number;
  speaker: { person: Person | null; mention: string };
}

const QUESTION_LABEL = /^(?:Q|Question|Frage|Pregunta|Question posée)\s*[:.]\s+/i;
const ANSWER_LABEL = /^(?:A|Answer|Antwort|Respuesta|Réponse|R)\s*[:.]\s+/;
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})\s*:\s+/u;

export function detectInterview(
  text: string,
  blocks: { start: number; end: number }[],
  people: People,
  names: NameMention[],
): { answers: Map<number, InterviewAnswer>; questions: Set<number>; interviewee: Person | null } {
  const answers = new Map<number, InterviewAnswer>();
  const questionBlocks = new Set<number>();
  let questions = 0;
  const heads = blocks.map((b) => text.slice(b.start, Math.min(b.end, b.start + 60)));
  for (const h of heads) if (QUESTION_LABEL.test(h)) questions++;
  if (questions < 2) return { answers, questions: questionBlocks, interviewee: null };

  // The interviewee: whoever the name labels point at, else the most mentioned person on the page.
  const labelled = new Map<Person, number>();
  // (Only a label answering a question: a sub-heading "On Sánchez: a difficult rival" or a closing
  // "Sánchez: “…”" names someone else.)
  heads.forEach((h, i) => {
    const m = NAME_LABEL.exec(h);
    if (!m || QUESTION_LABEL.test(h) || i === 0 || !QUESTION_LABEL.test(heads[i - 1]!)) return;
    const last = m[1].split(' ').pop()!;
    const p = people.byWord(last, text.length);
    if (p) labelled.set(p, (labelled.get(p) ?? 0) + 1);
  });
  let interviewee: Person | null = null;
  let best = 0;
  for (const [p, n] of labelled) if (n > best) [interviewee, best] = [p, n];
  if (!interviewee) {
    for (const p of people.persons) if (p.mentions.length > best) [interviewee, best] = [p, p.mentions.length];
  }
  void names;

  blocks.forEach((b, i) => {
    const h = heads[i];
    if (QUESTION_LABEL.test(h)) {
      questionBlocks.add(i);
      return;
    }
    const a = ANSWER_LABEL.exec(h);
    if (a) {
      answers.set(i, { textStart: b.start + a[0].length, speaker: { person: interviewee, mention: a[0].replace(/[:.\s]+$/, '') } });
      return;
    }
    const n = NAME_LABEL.exec(h);
    if (n) {
      const person = people.byWord(n[1].split(' ').pop()!, text.length);
      if (person) answers.set(i, { textStart: b.start + n[0].length, speaker: { person, mention: n[1] } });
      else questionBlocks.add(i); // the interviewer's name label ("Wirtschaftskurier:")
    }
  });
  return { answers, questions: questionBlocks, interviewee };
}
