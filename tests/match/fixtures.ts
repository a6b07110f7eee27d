// Small public-domain excerpts (State of the Union 2022, UN General Debate 2024) and
// invented interview/subtitle sources, as SourceDocs for the matcher tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuoteQuery, SourceDoc } from '../../lib/types';

const dir = join(__dirname, '..', 'fixtures', 'match');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

export const biden: SourceDoc = {
  id: 'sotu-2022',
  title: 'State of the Union 2022',
  speaker: 'Joseph R. Biden',
  date: '2022-03-01',
  url: 'https://example.org/sotu-2022',
  text: read('biden-2022.txt'),
};

export const starmer: SourceDoc = {
  id: 'gbr-79-2024',
  title: 'UN General Debate 2024: United Kingdom',
  speaker: 'Keir Starmer',
  date: '2024-09-26',
  url: null,
  text: read('starmer-2024.txt'),
};

export const andorra: SourceDoc = {
  id: 'and-79-2024',
  title: 'UN General Debate 2024: Andorra',
  speaker: 'Xavier Espot Zamora',
  date: '2024-09-27',
  url: null,
  text: read('andorra-2024.txt'),
};

const interviewText = [
  'HOST: Minister, will the harbour project ever be finished before the winter storms arrive?',
  'GUEST: We have funded the harbour project in full and the builders start work on Monday morning.',
  'HOST: Critics say the budget doubled without any public debate at all.',
  'GUEST: The budget grew because the sea wall had to be rebuilt from the ground up.',
].join('\n');

function turnsOf(text: string): { start: number; end: number; speaker: string }[] {
  const turns: { start: number; end: number; speaker: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    turns.push({ start: at, end: at + line.length, speaker: line.startsWith('HOST') ? 'Dana Reyes' : 'Omar Haddad' });
    at += line.length + 1;
  }
  return turns;
}

export const interview: SourceDoc = {
  id: 'interview-1',
  title: 'Morning interview',
  speaker: 'Omar Haddad',
  date: '2025-01-10',
  url: 'https://example.org/interview',
  text: interviewText,
  turns: turnsOf(interviewText),
};

const subtitleLines = [
  'Good evening and thank you all for coming to the river festival tonight.',
  'This year the festival raised more money for the lifeboat crews than ever before.',
  'Next summer we will open a second bridge across the river for walkers and cyclists.',
];
export const subtitles: SourceDoc = {
  id: 'festival-video',
  title: 'Festival address (video)',
  speaker: 'Mara Lind',
  date: '2025-06-01',
  url: 'https://example.org/video',
  text: subtitleLines.join('\n'),
  cues: subtitleLines.map((line, i) => {
    const start = subtitleLines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    return { start, end: start + line.length, seconds: 12 + i * 7.5 };
  }),
};

let counter = 0;
export function q(text: string, speaker: string | null, extra: Partial<QuoteQuery> = {}): QuoteQuery {
  const id = `q${counter++}`;
  return { id, text, kind: 'full', speaker, utteranceId: id, ...extra };
}
