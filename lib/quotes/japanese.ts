// Japanese news: 「…」 quotes attributed by "<name><title>は … 「…」と述べた". Names are the Han
// characters before a title word; a later "<surname><title>" or the bare title points back at them.

import type { QuoteKind } from '../types';

const TITLES = ['理事長', '委員長', '市長', '知事', '首相', '大臣', '議員', '社長', '会長', '代表', '町長', '村長', '区長', '長官', '総裁', '監督', '教授', '氏', 'さん'];
const NAME_TITLE = new RegExp(`([\\u4E00-\\u9FFF々]{2,6}?)(${TITLES.join('|')})`, 'gu');
const SPEECH_AFTER = /^と(?:も)?(?:述べ|語っ|話し|強調|批判|説明|訴え|答え|明かし|指摘|危機感|強調し|語り|述べて)/u;
const NAMING_AFTER = /^と(?:位置づけ|呼|名付け|称し|銘打)/u;

export interface JapanesePerson {
  name: string;
  title: string;
}

/** People named with a title anywhere in the text, fullest form first seen kept. */
export function japanesePeople(text: string): JapanesePerson[] {
  const people: JapanesePerson[] = [];
  NAME_TITLE.lastIndex = 0;
  for (;;) {
    const m = NAME_TITLE.exec(text);
    if (!m) break;
    const name = m[1].replace(/^.*[のはがにでと]/u, '');
    if (name.length < 3) continue; // surname-only mentions resolve later
    if (!people.some((p) => p.name === name)) people.push({ name, title: m[2] });
  }
  return people;
}

/** Speaker of a 「…」 quote at [open, close] and its kind, or null when the text gives no clue. */
export function japaneseQuote(
  text: string,
  open: number,
  close: number,
  blockStart: number,
  people: JapanesePerson[],
): { kind: QuoteKind; speaker: string | null } {
  const inner = text.slice(open + 1, close);
  const after = text.slice(close + 1, close + 12);
  let kind: QuoteKind;
  if (NAMING_AFTER.test(after)) kind = 'scare';
  else if (SPEECH_AFTER.test(after) && (inner.length >= 12 || /。/.test(inner))) kind = 'full';
  else kind = 'fragment';
  if (kind === 'scare') return { kind, speaker: null };
  // The sentence before the quote: from the last 。 in this block.
  const lead = text.slice(Math.max(blockStart, text.lastIndexOf('。', open) + 1), open);
  let speaker: string | null = null;
  NAME_TITLE.lastIndex = 0;
  for (;;) {
    const m = NAME_TITLE.exec(lead);
    if (!m) break;
    const mention = m[1].replace(/^.*[のはがにでと]/u, '');
    const found = people.find((p) => p.name.startsWith(mention) || mention.endsWith(p.name)) ?? null;
    speaker = found ? found.name : null;
  }
  if (!speaker && (kind === 'full' || SPEECH_AFTER.test(after))) {
    // 「A」と批判。「B」と語った: a second quote of the paragraph with no subject of its own is the
    // last person this paragraph named.
    NAME_TITLE.lastIndex = 0;
    const before = text.slice(blockStart, open);
    for (let m = NAME_TITLE.exec(before); m; m = NAME_TITLE.exec(before)) {
      const mention = m[1].replace(/^.*[のはがにでと]/u, '');
      speaker = people.find((p) => p.name.startsWith(mention) || mention.endsWith(p.name))?.name ?? speaker;
    }
  }
  if (!speaker) {
    // A bare title before the quote ("市長「…」"): the person holding it.
    const bare = TITLES.find((t) => lead.endsWith(t) || lead.includes(`${t}は`));
    if (bare) speaker = people.find((p) => p.title === bare)?.name ?? null;
  }
  return { kind, speaker };
}
