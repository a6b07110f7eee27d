// People named on the page: full names (titles stripped), the roles they hold, and resolution of
// later mentions ("Asif", "the defence minister", "he") back to the fullest name.

import { isCapitalised, type Token } from './tokens';

export interface Person {
  name: string;
  /** Lower-cased name parts, for surname / first-name mentions. */
  parts: string[];
  /** Lower-cased role words seen with the person ("defence minister", "analyst"). */
  roles: string[];
  /** Offsets of each mention, ascending. */
  mentions: number[];
}

/** Title words stripped from the front of a name ("Defence Minister Khawaja Asif" -> "Khawaja Asif"). */
const TITLE_WORDS = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady baron baroness king queen prince princess ' +
    'pope saint st st. president vice prime minister ministers secretary general chancellor premier governor gov gov. ' +
    'senator sen sen. representative rep rep. congressman congresswoman mayor ambassador envoy judge justice ' +
    'chief deputy foreign defence defense interior home finance health education state attorney treasury trade ' +
    'commerce energy environment information foreign-minister spokesperson spokesman spokeswoman director ' +
    'commissioner chairman chairwoman chair ceo leader opposition former acting sheikh emir emperor empress ' +
    'general gen gen. colonel col col. captain capt capt. lieutenant lt lt. sergeant sgt admiral adm major ' +
    'marshal field army navy air rev rev. reverend father brother sister rabbi imam cardinal archbishop bishop ' +
    'herr frau monsieur madame mme m. señor señora don doña bundeskanzler bundeskanzlerin präsident präsidentin ' +
    'ministerin kanzler kanzlerin außenminister außenministerin presidente ministra ministro canciller ' +
    'président présidente ministre premier première secrétaire général générale ' +
    'un u.n. us u.s. uk eu nato white house pakistan pakistani pakistan’s pakistan\'s india indian'
  ).split(/\s+/),
);

/** Capitalised words that start sentences or name things, never people. */
const NOT_NAME = new Set(
  (
    'the a an and but or so yet for nor in on at to of by with from as if when while after before since until ' +
    'this that these those there here it its he she they we i you his her their our my your him them us ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'today yesterday tomorrow however meanwhile also still even only just then now according asked speaking ' +
    'le la les un une des du de et mais der die das ein eine und aber el los las una y pero ' +
    'q a. q. question answer interview update updated read more photo image video watch listen'
  ).split(/\s+/),
);

/** Name particles that may sit lower-case inside a name: "Ursula von der Leyen", "bin Salman". */
const PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'al-', 'ul', 'ben', 'dos', 'das', 'y']);

/** Role nouns that can point back at a person ("the minister", "the analyst"). */
export const ROLE_HEADS =
  'minister|president|secretary|chancellor|premier|governor|senator|mayor|ambassador|envoy|spokesperson|spokesman|' +
  'spokeswoman|director|commissioner|chairman|chairwoman|chair|chief|leader|general|official|analyst|expert|' +
  'professor|researcher|economist|scientist|author|judge|king|queen|prince|pope|diplomat|lawmaker|congressman|' +
  'congresswoman|representative|adviser|advisor|negotiator|executive|founder|head|commander|candidate|activist|' +
  'lawyer|attorney|prosecutor|witness|resident|ministre|président|présidente|kanzler|kanzlerin|ministerin|presidente|ministra|ministro';
const ROLE_HEAD_RE = new RegExp(`^(?:${ROLE_HEADS})s?$`, 'i');

export const PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'sie', 'él', 'ella']);

export function isRoleHead(word: string): boolean {
  return ROLE_HEAD_RE.test(word);
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase()) || /['’]s$/i.test(word);
}

export interface NameMention {
  start: number;
  end: number;
  /** Words after the title was stripped. */
  words: string[];
  /** Lower-cased title words found in front ("defence minister"). */
  title: string;
  /** Surface text of the whole mention including the title. */
  surface: string;
}

/** Runs of capitalised words (with name particles), split at punctuation, titles stripped. */
export function findNameMentions(text: string, tokens: Token[]): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].word)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      if (!/^[ \u00A0]$/.test(gap)) break;
      const next = tokens[j + 1].word;
      if (isCapitalised(next)) j++;
      else if (PARTICLES.has(next.toLowerCase()) && j + 2 < tokens.length && isCapitalised(tokens[j + 2].word) && text.slice(tokens[j + 1].end, tokens[j + 2].start) === ' ') j++;
      else break;
    }
    const run = tokens.slice(i, j + 1);
    // Lower-case role words just before the run ("defence minister Khawaja Asif").
    let lowerTitle = '';
    for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
      const w = tokens[k].word;
      if (isCapitalised(w) || !TITLE_WORDS.has(w.toLowerCase())) break;
      if (text.slice(tokens[k].end, tokens[k + 1].start) !== ' ') break;
      lowerTitle = `${w.toLowerCase()} ${lowerTitle}`.trim();
    }
    let s = 0;
    while (s < run.length && (NOT_NAME.has(run[s].word.toLowerCase()) || isTitleWord(run[s].word))) s++;
    // Keep the last word even if it looks like a title: "Asif's" stripped would leave nothing.
    const nameTokens = run.slice(s).filter((t) => !/['’]s$/.test(t.word));
    const cleaned = nameTokens.filter((t) => !NOT_NAME.has(t.word.toLowerCase()));
    if (cleaned.length > 0 && cleaned.length <= 5) {
      const title = [lowerTitle, ...run.slice(0, s).map((t) => t.word.toLowerCase()).filter((w) => TITLE_WORDS.has(w))]
        .join(' ')
        .trim();
      out.push({
        start: cleaned[0].start,
        end: cleaned[cleaned.length - 1].end,
        words: cleaned.map((t) => t.word.replace(/['’]s$/, '')),
        title,
        surface: text.slice(run[0].start, run[run.length - 1].end),
      });
    }
    i = j + 1;
  }
  return out;
}

const APPOSITIVE_RE = new RegExp(
  `^,\\s+(?:the |a |an |who is |who was )?(?:[\\p{Lu}][\\p{L}.]*['’]s |[\\p{L}-]+ ){0,3}?((?:[\\p{Ll}-]+ ){0,2}(?:${ROLE_HEADS}))\\b`,
  'u',
);

/** Registry of the people on the page, in order of first mention. */
export class People {
  readonly persons: Person[] = [];

  constructor(private text: string, mentions: NameMention[]) {
    // Full names first, so surname-only mentions earlier on the page still resolve.
    for (const m of mentions) if (m.words.length >= 2) this.addFull(m);
    for (const m of mentions) if (m.words.length === 1) this.addSingle(m);
    for (const p of this.persons) p.mentions.sort((a, b) => a - b);
  }

  private addFull(m: NameMention): void {
    const parts = m.words.map((w) => w.toLowerCase());
    let person = this.persons.find((p) => sameName(p.parts, parts));
    if (!person) {
      person = { name: m.words.join(' '), parts, roles: [], mentions: [] };
      this.persons.push(person);
    } else if (parts.length > person.parts.length) {
      person.name = m.words.join(' ');
      person.parts = parts;
    }
    person.mentions.push(m.start);
    if (m.title) person.roles.push(m.title);
    const after = APPOSITIVE_RE.exec(this.text.slice(m.end, m.end + 80));
    if (after) person.roles.push(after[1].toLowerCase());
  }

  private addSingle(m: NameMention): void {
    const person = this.byWord(m.words[0], m.start);
    if (person) {
      person.mentions.push(m.start);
      if (m.title) person.roles.push(m.title);
    }
  }

  /** The person a single name word points at: last-name match first, nearest earlier mention wins. */
  byWord(word: string, at: number): Person | null {
    const w = word.toLowerCase();
    let best: Person | null = null;
    let bestScore = -Infinity;
    for (const p of this.persons) {
      const idx = p.parts.indexOf(w);
      if (idx < 0) continue;
      const isLast = idx === p.parts.length - 1;
      const firstSeen = p.mentions.length ? p.mentions[0] : Infinity;
      const score = (isLast ? 2 : 1) * 1e9 - (firstSeen <= at ? at - firstSeen : 1e8 + firstSeen);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** Resolves a name mention to the fullest name on the page. */
  resolveName(m: NameMention): Person | null {
    if (m.words.length >= 2) {
      const parts = m.words.map((w) => w.toLowerCase());
      return this.persons.find((p) => sameName(p.parts, parts)) ?? null;
    }
    return this.byWord(m.words[0], m.start);
  }

  /** "the defence minister": the person most recently mentioned before `at` whose roles fit. */
  resolveRole(role: string, at: number): Person | null {
    const words = role.toLowerCase().split(/\s+/).filter(Boolean);
    const head = words[words.length - 1]?.replace(/s$/, '');
    if (!head) return null;
    let best: Person | null = null;
    let bestScore = -Infinity;
    for (const p of this.persons) {
      const fitting = p.roles.filter((r) => r.split(/\s+/).some((w) => w.replace(/s$/, '') === head));
      if (fitting.length === 0) continue;
      const modifiersMatched = words.slice(0, -1).filter((w) => fitting.some((r) => r.includes(w))).length;
      const last = lastBefore(p.mentions, at);
      const score = modifiersMatched * 1e9 + (last >= 0 ? last : -1e8);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** The person mentioned most recently before `at`. */
  lastMentioned(at: number): Person | null {
    let best: Person | null = null;
    let bestPos = -1;
    for (const p of this.persons) {
      const last = lastBefore(p.mentions, at);
      if (last > bestPos) {
        bestPos = last;
        best = p;
      }
    }
    return best;
  }
}

function sameName(a: string[], b: string[]): boolean {
  // "Shehbaz Sharif" and "Muhammad Shehbaz Sharif" are one person: same last word, the shorter's words all in the longer.
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

function lastBefore(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) {
      ans = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
