// Mentions by name: where names sit, who a name is, and the person-like people of a page.

import { isReportingVerb } from '../verbs/index';
import { PRONOUNS, insideSpans, isKinWord, isParticle, isPersonLike, isPlace, isPossessive, isRoleHead, isTitleWord, isOrganisationName, type NameMention, type Person } from '../people';
import { isGivenName } from '../given-names';
import { sentenceStart, type Tokens } from '../tokens';
import { lowerCase } from '../lower-case';
import { ATTACHED_PRONOUN, type Attribution, type Context, COORDINATORS, DEMONSTRATIVE, DETERMINERS, GENITIVE, ENGLISH_NATIONALITY, INDEFINITE_ARTICLE, NON_PERSON_NOUN, POSSESSIVES, isDescriptionNoun, isPersonNoun } from './context';
import { resolvePronoun } from './pronouns';
import { kinMention, roleMention } from './roles';

/** "une passagère": an unnamed speaker, with the words that describe them as the mention. */
export function unnamedFrom(ctx: Context, k: number, via: Attribution['via']): Attribution {
  const t = ctx.tokens.get(k);
  const next = ctx.tokens.get(k + 1);
  return { person: null, mention: ctx.text.slice(t.start, next ? next.end : t.end), kind: 'anonymous', via, position: t.start };
}

/** "I", "ich", "je" (and "ai-je") outside quotes: the writer speaking. */
const WRITER_PRONOUN = /^(?:I|[Ii]ch|[Jj]e|[Jj]['’]ai)$|-je$/;

/**
 * People whose name sits next to a reporting verb ("Robles said", "said Robles"), found at the rules'
 * first question: a page whose rules never ask (nothing resolved through it) skips the pass over
 * every name on it.
 */
export class Speakerish {
  private found: Set<Person> | null = null;
  /**
   * Each one-word name with a title ("Mr Kumar"), resolved now, where findSpeakerish is made: who it
   * is weighs genders and offices, which the page teaches later (inferGenders, roles), so the pass
   * when first asked must see it as it was here. (Other names resolve the same at any time.)
   */
  private readonly titled = new Map<NameMention, Person | null>();

  constructor(private readonly ctx: Omit<Context, 'speakerish'>) {
    for (let k = 0; k < ctx.names.length; k++) {
      const n = ctx.names[k]!;
      if (n.words.length === 1 && n.title !== '') this.titled.set(n, ctx.people.resolveName(n));
    }
  }

  has(person: Person): boolean {
    return (this.found ??= this.find()).has(person);
  }

  private find(): Set<Person> {
    const { names, tokens, people } = this.ctx;
    const out = new Set<Person>();
    let after = 0;
    for (const n of names) {
      // (Names come in page order: walk on from the last name's tokens instead of two binary searches each.)
      const first = firstTokenFrom(tokens, n.start, after);
      after = firstTokenFrom(tokens, n.end, first);
      const i = after;
      const j = first - 1;
      // (Words read in place, without a token object each: this runs for every name on the page.)
      const near = isVerbAt(tokens, i) || isVerbAt(tokens, i + 1) || isVerbAt(tokens, j);
      if (!near) continue;
      const titled = this.titled.get(n);
      const p = titled !== undefined ? titled : people.resolveName(n);
      if (p) out.add(p);
    }
    return out;
  }
}

/** Marks people whose name sits next to a reporting verb (see Speakerish). */
export function findSpeakerish(ctx: Omit<Context, 'speakerish'>): Speakerish {
  return new Speakerish(ctx);
}

/** tokens.firstAtOrAfter(pos), walking forward from token `hint` when the answer cannot be before it. */
function firstTokenFrom(tokens: Tokens, pos: number, hint: number): number {
  if (hint > 0 && tokens.starts[hint - 1] >= pos) return tokens.firstAtOrAfter(pos);
  let k = hint;
  while (k < tokens.length && tokens.starts[k] < pos) k++;
  return k;
}

/** Whether token `k` exists and is a verb (as tokens.get(k) would be, then isVerbToken of its word). */
function isVerbAt(tokens: Tokens, k: number): boolean {
  return k >= 0 && k < tokens.length && isVerbToken(tokens.word(k));
}

/** Index of the first name mention starting at or after `pos` (names.length if none). */
export function firstNameIndex(names: NameMention[], pos: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function nameAt(names: NameMention[], pos: number): NameMention | null {
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = names[mid];
    if (pos < n.start) hi = mid - 1;
    else if (pos >= n.end) lo = mid + 1;
    else return n;
  }
  return null;
}

const ELIDED_OBJECT = /^[lmtsn]['’](?=\p{L})/u;

// Tests the mention finders make of most words near a quote, made once (a literal is a new object at each evaluation).
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const CAPITALS_WORD = /^\p{Lu}{2,6}$/u;
const SPACES_ONLY = /^\s+$/;
const CLAUSE_PUNCTUATION = /[,;:.!?]/;
/** "Lopez’s": a capitalised owner's possessive. */
const OWNER_POSSESSIVE = /^\p{Lu}\p{L}*['’]s$/u;

export function isVerbToken(word: string): boolean {
  // "dit-il", "a-t-elle": the verb is the first part; "l’assure", "m’explique": an elided object
  // pronoun rides on the verb.
  if (isReportingVerb(word) || (word.includes('-') && isReportingVerb(word.split('-')[0]))) return true;
  // (The apostrophe's char code first: this runs for most words near a name or a quote.)
  const apostrophe = word.charCodeAt(1);
  return (apostrophe === 39 || apostrophe === 0x2019) && ELIDED_OBJECT.test(word) && isReportingVerb(word.slice(2));
}

/** The subject mention whose last word is token `idx` (name, "the … minister", or pronoun). */
export function mentionEndingAt(ctx: Context, idx: number, via: Attribution['via']): Attribution | null {
  const t = ctx.tokens.get(idx);
  if (!t) return null;
  const lower = lowerCase(t.word);
  if (PRONOUNS.has(lower) || (lower.includes('-') && ATTACHED_PRONOUN.test(lower))) return resolvePronoun(ctx, t.word, t.start, via);
  // "“…,” her Honour said": the judge, by the court's form of address, as a pronoun would.
  if ((lower === 'honour' || lower === 'honor') && idx > 0 && /^(?:his|her)$/i.test(ctx.tokens.get(idx - 1).word)) return resolvePronoun(ctx, /^his$/i.test(ctx.tokens.get(idx - 1).word) ? 'he' : 'she', ctx.tokens.get(idx - 1).start, via);
  if (WRITER_PRONOUN.test(t.word) && !insideQuote(ctx, t.start)) return { person: ctx.author ?? null, mention: t.word, kind: ctx.author ? 'pronoun' : 'anonymous', via, position: t.start };
  // "ce qu’elle appelle « … »": the pronoun elided into "que".
  // (Elisions need an apostrophe: without one, most words skip their patterns.)
  const elided = hasApostrophe(t.word);
  const afterQue = elided ? ELIDED_CONJUNCTION.exec(lower) : null;
  if (afterQue && PRONOUNS.has(afterQue[1]!)) return resolvePronoun(ctx, afterQue[1]!, t.start, via);
  // "L’officier décrit …": the article elided into the role's own token (capitalised, it also reads as a name).
  if (elided && ELIDED_ARTICLE.test(t.word) && isRoleHead(t.word.slice(2))) return roleMention(ctx, idx, via);
  // ("L’homme a dénoncé …": a noun for someone named before, as "the man".)
  if (elided && ELIDED_ARTICLE.test(t.word) && isDescriptionNoun(t.word.slice(2))) return resolvePronoun(ctx, t.word, t.start, via);
  const national = idx > 0 ? nationalityDescription(ctx, idx - 1, via) : null;
  if (national) return national;
  const name = nameAt(ctx.names, t.start);
  if (name) return resolveNameMention(ctx, name, via);
  if (isRoleHead(t.word)) return roleMention(ctx, idx, via);
  // "Sa mère raconte", "her husband said": the person introduced as that relation.
  if (idx > 0 && isKinWord(t.word) && POSSESSIVES.has(ctx.tokens.get(idx - 1).word.toLowerCase())) return kinMention(ctx, idx - 1, idx, via);
  return null;
}

const NEWSPAPER_VOICE = /^\s+(?:said|wrote|argued|warned)?\s*in (?:an|its) (?:editorial|leader|leading article)/;
/** "the Spaniard" at token `article`: an English nationality for someone already named, as a description (unless a person bears it as a name). */
function nationalityDescription(ctx: Context, article: number, via: Attribution['via']): Attribution | null {
  const noun = ctx.tokens.get(article + 1);
  const the = ctx.tokens.get(article).word;
  // (A capital "The" mid-sentence names a newspaper: "“…,” The Australian said".)
  if (!noun || !(the === 'the' || (the === 'The' && sentenceStart(ctx.text, ctx.tokens.get(article).start, 0) >= ctx.tokens.get(article).start - 1)) || !ENGLISH_NATIONALITY.test(noun.word)) return null;
  // The nationality must end its noun phrase: not "the American Academy of Pediatrics", "the Russian foreign ministry".
  const after = ctx.tokens.get(article + 2);
  const between = after ? ctx.text.slice(noun.end, after.start) : '';
  if (after && !/[,.;:!?)]/.test(between) && !isVerbToken(after.word) && !/^(?:who|whose)$/.test(after.word)) return null;
  const bearer = ctx.people.byWord(noun.word, noun.start);
  if (bearer && isPersonLike(bearer)) return null;
  // ("the Australian said in an editorial": a newspaper's name.)
  if (NEWSPAPER_VOICE.test(ctx.text.slice(noun.end, noun.end + 40))) return null;
  const start = ctx.tokens.get(article).start;
  return resolvePronoun(ctx, ctx.text.slice(start, noun.end), start, via);
}

export const ELIDED_ARTICLE = /^[lL]['’]\p{L}/u;
export const ELIDED_ARTICLE_PREFIX = /^[lL]['’](?=\p{L})/u;

const ELIDED_CONJUNCTION = /^(?:qu|lorsqu|puisqu|quoiqu)['’](\p{L}+)$/u;

/** Whether the word holds an apostrophe (' or ’), as every elision does ("l’entourage", "qu’elle"): most words are ruled out before their patterns. */
function hasApostrophe(word: string): boolean {
  return word.includes('’') || word.includes("'");
}

/** The subject mention starting at token `idx` (for inverted "said Martin Indyk", "said the minister"). */
export function mentionStartingAt(ctx: Context, idx: number, limit: number, via: Attribution['via']): Attribution | null {
  const t = ctx.tokens.get(idx);
  if (!t || t.start >= limit) return null;
  const lower = lowerCase(t.word);
  if (PRONOUNS.has(lower)) return resolvePronoun(ctx, t.word, t.start, via);
  // "said Mr Walt Kessler": the title sits outside the name mention.
  const next = ctx.tokens.get(idx + 1);
  // "said Lopez’s spokesman, Tom Baker": an owner's possessive stands where the article would, and
  // the holder is named in apposition (not the owner).
  if (isPossessive(t.word) && OWNER_POSSESSIVE.test(t.word) && next && next.start < limit) {
    const who = apposedFullName(ctx, idx + 1, limit, via);
    if (who) return who;
  }
  const name = nameAt(ctx.names, t.start) ?? nameAfterTitles(ctx, idx, limit) ?? surnameAfterParticles(ctx, idx, limit);
  if (name) return officeHolderAfter(ctx, name, limit, via) ?? resolveNameMention(ctx, name, via);
  if (LOWER_FIRST.test(t.word) && (isRoleHead(t.word) || POSSESSIVES.has(lower) || isRoleHead(ctx.tokens.get(idx + 1)?.word ?? ''))) {
    // "said coach Maria Lopez", "said union negotiator Henrik Dahl", "erklärte deren Vorsitzende Sabine Overbeck"
    for (let k = idx + 1; k <= idx + 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      // (Not past a comma into another clause: "so die Ministerin, höhere Pensionen müssten …".)
      if (CLAUSE_PUNCTUATION.test(ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start)) && LOWER_FIRST.test(ctx.tokens.get(k).word)) break;
      const inner = nameAt(ctx.names, ctx.tokens.get(k).start);
      // ("dijo el ministro de Economía, Ana Ruiz": a name after "de" is the office's field, not its holder.)
      if (inner && GENITIVE.test(ctx.tokens.get(k - 1).word)) break;
      if (inner) return resolveNameMention(ctx, inner, via);
      if (!LOWER_FIRST.test(ctx.tokens.get(k).word) && !isRoleHead(ctx.tokens.get(k).word)) break;
    }
  } else if ((LOWER_WORD.test(t.word) && !DETERMINERS.has(lower) && !INDEFINITE_ARTICLE.test(lower) && !(COORDINATORS.has(lower) && !isVerbToken(next?.word ?? '')) && !isVerbToken(t.word)) || CAPITALS_WORD.test(t.word)) {
    // "says board member Gary Lindqvist", "said longtime resident Ana Ruiz", "said LKM chief
    // spokesperson Arvind Meshram": a description (perhaps after a party's initials) run straight into a full name.
    for (let k = idx + 1; k <= idx + 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      if (!SPACES_ONLY.test(ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start))) break;
      const inner = nameAt(ctx.names, ctx.tokens.get(k).start);
      if (inner && inner.start === ctx.tokens.get(k).start && inner.words.length >= 2) return resolveNameMention(ctx, inner, via);
      if (!LOWER_WORD.test(ctx.tokens.get(k).word)) break;
    }
  }
  // "…, says health secretary": headlinese drops the article before an office.
  // (Headlines capitalise the office too: "…, says Collector".)
  if (ctx.blockIsLede && (LOWER_FIRST.test(t.word) || isRoleHead(t.word))) {
    for (let k = idx; k <= idx + 2 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      if (!isRoleHead(ctx.tokens.get(k).word)) continue;
      const who = roleMention(ctx, k, via);
      if (who?.person) return who;
      break;
    }
  }
  // "raconte sa mère", "said her husband": the relation.
  if (POSSESSIVES.has(lower) && isKinWord(ctx.tokens.get(idx + 1)?.word ?? '') && ctx.tokens.get(idx + 1).start < limit) return kinMention(ctx, idx, idx + 1, via);
  // "a indiqué l’entourage de la ministre": her aides, not her.
  const elided = hasApostrophe(t.word);
  if (elided && /^l['’](?:entourage|équipe|cabinet|opposition)$/i.test(t.word)) return { person: null, mention: t.word, kind: 'anonymous', via, position: t.start };
  // "a conclu l’ancienne cheffe du parti, Marie Roux": the same with the article elided.
  if (elided && ELIDED_ARTICLE.test(t.word) && LOWER_WORD.test(t.word.slice(2))) {
    const who = apposedFullName(ctx, idx, limit, via);
    if (who) return who;
  }
  // "a rétorqué l’élu": the article elided into the role's own token.
  if (elided && ELIDED_ARTICLE.test(t.word) && isRoleHead(t.word.slice(2))) return roleMention(ctx, idx, via);
  // "rétorque l’opposante Aminata Diallo": a description elided into its article, then the full name.
  if (elided && ELIDED_ARTICLE.test(t.word) && next && next.start < limit) {
    const named = nameAt(ctx.names, next.start);
    if (named && named.start === next.start && named.words.length >= 2 && SPACES_ONLY.test(ctx.text.slice(t.end, next.start))) {
      const who = resolveNameMention(ctx, named, via);
      if (who?.person) return who;
    }
  }
  // ("assure cet avocat", "lamenta este abogado": a demonstrative before an office points back as
  // an article does; not English "that", "this", which open clauses: "suggesting that the soldiers".)
  if (DETERMINERS.has(lower) || (DEMONSTRATIVE.test(lower) && lower !== 'that' && lower !== 'this' && isRoleHead(ctx.tokens.get(idx + 1)?.word ?? '')) || lower === 'a' || lower === 'an') {
    // "said the woman, Danielle Ferreira-Watts, 41": the name in apposition to a plain description.
    const noun = ctx.tokens.get(idx + 1);
    const apposed = noun && isDescriptionNoun(noun.word) ? /^,\s+/.exec(ctx.text.slice(noun.end, noun.end + 3)) : null;
    const named = apposed ? apposedHolder(ctx, noun!.end + apposed[0].length, 1) : null;
    if (named) {
      const who = resolveNameMention(ctx, named, via);
      if (who) return who;
    }
    const national = noun && noun.start < limit ? nationalityDescription(ctx, idx, via) : null;
    if (national) return national;
    for (let k = idx + 1; k <= idx + 4 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      const word = ctx.tokens.get(k).word;
      // ("resumido la misiva un diputado": another noun phrase starts at an indefinite article.)
      if (INDEFINITE_ARTICLE.test(word) && LOWER_FIRST.test(word)) break;
      // ("le premier magistrat", "la Première ministre": an ordinal before the office, not the English "premier".)
      if (/^premi(?:er|ère)$/i.test(word) && isRoleHead(ctx.tokens.get(k + 1)?.word ?? '') && SPACES_ONLY.test(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k + 1)?.start ?? 0))) continue;
      if (isRoleHead(word) || (word.includes('-') && word.split('-').every((part) => isRoleHead(part) || isTitleWord(part)))) {
        // "Según el secretario municipal, Fermín Arrieta, …": the office, then its holder in apposition.
        // (Also "la jefa negociadora del Gobierno, Alejandra Montoya", a few words of office before the comma.)
        // ("Die Budgetexpertin des Instituts für Konjunktur- und Strukturforschung (IKS), Martina Stadlober".)
        const apposed = /^(?:\s+[\p{L}’'-]+|\s+\([\p{L}\s-]{1,12}\)){0,8},\s+/u.exec(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k).end + 100));
        const holder = apposed ? apposedHolder(ctx, ctx.tokens.get(k).end + apposed[0].length, 2) : null;
        if (holder) {
          const who = resolveNameMention(ctx, holder, via);
          if (who?.person) return who;
        }
        // "détaille le lieutenant-colonel Olivier Dufau": the name right after the office.
        const named = k + 1 < ctx.tokens.length ? nameAt(ctx.names, ctx.tokens.get(k + 1).start) : null;
        if (named && named.start === ctx.tokens.get(k + 1).start && SPACES_ONLY.test(ctx.text.slice(ctx.tokens.get(k).end, named.start))) {
          const who = resolveNameMention(ctx, named, via);
          if (who?.person) return who;
        }
        if (isRoleHead(word)) return roleMention(ctx, k, via);
      }
      // Only a name right after the article: "the Lakers' coach" yes, "the striker of Atlético Levante" no.
      // (Or after a nationality: "le Danois Anders Holmgaard".)
      const nationality = k === idx + 2 && /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens.get(idx + 1).word) && !nameAt(ctx.names, ctx.tokens.get(idx + 1).start);
      // "la santafesina Mariela Sosa", "el cordobés Ramiro Ferraro": one lower-case word describing a full name.
      const descriptor = k === idx + 2 && LOWER_WORD.test(ctx.tokens.get(idx + 1).word) && SPACES_ONLY.test(ctx.text.slice(ctx.tokens.get(idx + 1).end, ctx.tokens.get(k).start));
      let inner = k === idx + 1 || nationality || descriptor ? nameAt(ctx.names, ctx.tokens.get(k).start) : null;
      if (inner && descriptor && inner.words.length < 2) inner = null;
      if (inner) return resolveNameMention(ctx, inner, via);
    }
    // "a martelé la cheffe de la diplomatie, Ilse Varnhagen", "ha dicho la responsable de Sanidad,
    // Ana Ruiz": any description of a person, then their full name in apposition, names the speaker
    // (the office lists cannot know every noun for one).
    if (DETERMINERS.has(lower)) {
      const who = apposedFullName(ctx, idx + 1, limit, via);
      if (who) return who;
    }
    // "bromeó el joven de 23 años", "said the woman": a definite description of someone named before.
    if (DETERMINERS.has(lower) && noun && noun.start < limit && isDescriptionNoun(noun.word)) {
      const age = /^\s+de\s+\d{1,3}\s+(?:años|ans)\b/.exec(ctx.text.slice(noun.end, noun.end + 16));
      return resolvePronoun(ctx, ctx.text.slice(t.start, noun.end + (age ? age[0].length : 0)), t.start, via);
    }
  }
  return null;
}

/**
 * The person named in apposition after a description starting at token `head`: a lower-case noun
 * that is no body ("cheffe", not "société"), up to six more words of complement ("de la diplomatie
 * sarvanienne"), a comma, then a full name ("Ilse Varnhagen").
 */
function apposedFullName(ctx: Context, head: number, limit: number, via: Attribution['via']): Attribution | null {
  const noun = ctx.tokens.get(head);
  const word = noun ? noun.word.replace(ELIDED_ARTICLE_PREFIX, '') : '';
  if (!noun || noun.start >= limit || !/^\p{Ll}[\p{Ll}-]+$/u.test(word) || NON_PERSON_NOUN.test(word) || isVerbToken(word)) return null;
  const apposed = /^(?:\s+[\p{Ll}’'-]+|\s+\p{Lu}[\p{L}’'-]*){0,6}?,\s+/u.exec(ctx.text.slice(noun.end, Math.min(limit, noun.end + 90)));
  if (!apposed) return null;
  // "the widow of the late president, Jacques Chirac", "la veuve du chanteur, Johnny Hallyday": a
  // person named in the complement is nearer the name, which is theirs, not the speaker's.
  const complement = apposed[0].split(/[\s,]+/).filter(Boolean);
  const genitive = complement.findIndex((w) => GENITIVE.test(w) || /^d['’]/i.test(w));
  if (genitive >= 0 && complement.slice(genitive).some((w) => isPersonNoun(w.replace(/^[dl]['’]/i, '')))) return null;
  const holder = apposedHolder(ctx, noun.end + apposed[0].length, 2);
  if (!holder) return null;
  const who = resolveNameMention(ctx, holder, via);
  return who?.person && isPersonLike(who.person) ? who : null;
}

/**
 * The name in apposition starting at `pos` (right after the comma), of at least `minWords` words,
 * or the full name after a title of its holder there: "said the company's lawyer, attorney Ann
 * Lo", "ha zanjado la presidenta del tribunal, la magistrada Pilar Ezquerra" name the holder too.
 * (Only a person's noun, so "…, adding that Ann Lo" or "…, with Ann Lo" name no one.)
 */
function apposedHolder(ctx: Context, pos: number, minWords: number): NameMention | null {
  const named = nameAt(ctx.names, pos);
  if (named) return named.start === pos && named.words.length >= minWords ? named : null;
  const title = APPOSED_TITLE.exec(ctx.text.slice(pos, pos + 40));
  const noun = title ? title[2].replace(ELIDED_ARTICLE_PREFIX, '') : '';
  if (!title || !(title[1] || LOWER_FIRST.test(noun)) || !(isRoleHead(noun) || isPersonNoun(noun.toLowerCase())) || isVerbToken(noun)) return null;
  const holder = nameAt(ctx.names, pos + title[0].length);
  // (Not an owner: "the woman, the victim Tom Reed’s sister" is his sister, not him.)
  if (holder && (/['’]s?$/u.test(ctx.text.slice(holder.start, holder.end)) || /^['’]s?(?!\p{L})/u.test(ctx.text.slice(holder.end, holder.end + 3)))) return null;
  return holder && holder.start === pos + title[0].length && holder.words.length >= 2 ? holder : null;
}

/** "the economist ", "la magistrada ", "l’avocate ", "attorney ": an article, perhaps, then one noun. */
const APPOSED_TITLE = /^(?:(the\s+|la\s+|el\s+|le\s+|der\s+|die\s+|l['’](?=\p{L})))?([\p{L}’'-]+)\s+/u;

/**
 * "sagte van der Berg", "said de Guindos": a surname written with its particles, which the name
 * finder leaves out of the mention. Only when the person's own name has those particles before it.
 */
function surnameAfterParticles(ctx: Context, idx: number, limit: number): NameMention | null {
  let k = idx;
  while (k < idx + 3 && k < ctx.tokens.length && LOWER_FIRST.test(ctx.tokens.get(k).word) && isParticle(ctx.tokens.get(k).word)) k++;
  if (k === idx || k >= ctx.tokens.length || ctx.tokens.get(k).start >= limit) return null;
  const name = nameAt(ctx.names, ctx.tokens.get(k).start);
  const person = name && name.start === ctx.tokens.get(k).start ? ctx.people.resolveName(name) : null;
  if (!name || !person) return null;
  const particles = ctx.tokens.slice(idx, k).map((t) => t.word.toLowerCase());
  const at = person.parts.indexOf(name.words[0]!.toLowerCase());
  return at >= particles.length && particles.every((w, j) => person.parts[at - particles.length + j] === w) ? name : null;
}

const GERMAN_AGENT_NOUN = /^\p{Lu}\p{Ll}+(?:er|erin|or|orin|ent|entin|ist|istin)$/u;

/**
 * "said Mr Walt Kessler", "sagte Insolvenzverwalter Dr. Jens Petersen": the name after up to three
 * title words outside it (on German pages an agent noun no list has may be the office: "Insolvenzverwalter").
 */
function nameAfterTitles(ctx: Context, idx: number, limit: number): NameMention | null {
  for (let k = idx; k < idx + 3 && k + 1 < ctx.tokens.length && ctx.tokens.get(k + 1).start < limit; k++) {
    const w = ctx.tokens.get(k).word;
    // ("said Fire Chief Marcus Bell", "said Station Commander Mark Jones": a capitalised word qualifying the title.)
    const qualifier = k === idx && !ctx.capitalisedNouns && /^\p{Lu}\p{Ll}+$/u.test(w) && isTitleWord(ctx.tokens.get(k + 1).word) && !nameAt(ctx.names, ctx.tokens.get(k).start);
    if (!qualifier && !isTitleWord(w) && !(ctx.capitalisedNouns && k === idx && GERMAN_AGENT_NOUN.test(w) && !isGivenName(w))) return null;
    const name = qualifier ? null : nameAt(ctx.names, ctx.tokens.get(k + 1).start);
    // ("said Foreign Minister Sergei Lavrov’s spokeswoman": whose spokeswoman, not who speaks.)
    if (name) return possessiveAfter(ctx, name) ? null : name;
  }
  return null;
}

/**
 * "admitted Arden Velocity team principal Annika Vogt", "said Trump campaign spokeswoman Karoline
 * Leavitt": a body's or a person's name, then an office in lower case, then the full name of the
 * one who holds it. (Not words that link a second person, "said Tehran after Donald Trump
 * threatened …", "said Brussels as Ursula von der Leyen arrived", nor a plural, "analysts Jane
 * Holloway and …", nor a holder's possessive, "said Downing Street following Keir Starmer’s meeting".)
 */
function officeHolderAfter(ctx: Context, body: NameMention, limit: number, via: Attribution['via']): Attribution | null {
  let k = ctx.tokens.firstAtOrAfter(body.end);
  let office = false;
  let last = '';
  for (let words = 0; words < 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; words++, k++) {
    const t = ctx.tokens.get(k);
    if (!SPACES_ONLY.test(ctx.text.slice(words === 0 ? body.end : ctx.tokens.get(k - 1).end, t.start))) return null;
    if (!LOWER_FIRST.test(t.word)) break;
    // ("of" only right after the name: "said Pelosi of Donald Trump", not "head of research Jane Holloway".)
    if (LINKING_WORD.test(t.word) || (words === 0 && /^(?:of|de|von)$/.test(t.word))) return null;
    office = isRoleHead(t.word);
    last = t.word;
  }
  if (!last || /[^s]s$/.test(last) || k >= ctx.tokens.length || ctx.tokens.get(k).start >= limit) return null;
  const holder = nameAt(ctx.names, ctx.tokens.get(k).start);
  // (An office no list has, "team principal", before a first name every list has.)
  return holder && holder.start === ctx.tokens.get(k).start && holder.words.length >= 2 && !possessiveAfter(ctx, holder) && (office || isGivenName(holder.words[0]!)) ? resolveNameMention(ctx, holder, via) : null;
}

/** "Sergei Lavrov’s spokeswoman": a name in the possessive names whose someone is, not the speaker. */
function possessiveAfter(ctx: Context, name: NameMention): boolean {
  return /^['’]s?(?![\p{L}])/u.test(ctx.text.slice(name.end, name.end + 3)) || /\p{L}['’]s?$/u.test(ctx.text.slice(Math.max(name.start, name.end - 3), name.end));
}

/** Prepositions, conjunctions and adverbs that join a second person to a clause rather than naming an office. */
const LINKING_WORD = /^(?:after|as|when|while|whereas|to|with|before|following|despite|under|amid|once|over|about|without|alongside|at|in|on|from|for|by|and|but|than|against|during|until|since|via|per|told|vor|nach|mit|neben|gegen|über|und|als|devant|après|avec|contre|malgré|pour|sur|sous|et|quand|tras|con|ante|frente|contra|sobre|bajo|y|cuando|que|who|whom|which|then|again|today|yesterday|tonight|also|later|earlier)$/i;

export function resolveNameMention(ctx: Context, name: NameMention, via: Attribution['via']): Attribution | null {
  const mention = ctx.text.slice(name.start, name.end);
  const person = ctx.people.resolveName(name);
  // (A surname that is also a word for a body is the person's: "Courier said" after "Jim Courier".)
  if (isOrganisationName(name.words) && !(name.words.length === 1 && person && !isOrganisationName(person.parts))) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  // ("la plataforma ecologista Costa Viva": a name the page gave a body's noun.)
  if (person?.body) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  // Someone known by a first name only ("sagt Manfred", "raconte Karim, 43 ans") is a named
  // nobody: the quote is theirs, and no one else's.
  if (!person && name.words.length === 1 && isGivenName(name.words[0])) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  // "dice Paqui, que regenta un bar", "Kim, 34, a nurse": one name, then what makes it a person.
  if (!person && name.words.length === 1 && DESCRIBED_AFTER.test(ctx.text.slice(name.end, name.end + 12))) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  // A lone capitalised word that names nobody else on the page is more likely a place or a noun.
  if (!person || isPlace(person)) return null;
  return { person, mention, kind: 'name', via, position: name.start };
}

/** Whether a reporting verb sits outside quotations in text[from, to). */
export function reportingVerbBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = ctx.tokens.firstAtOrAfter(from); k < ctx.tokens.length && ctx.tokens.get(k).start < to; k++) {
    if (isVerbToken(ctx.tokens.get(k).word) && !insideQuote(ctx, ctx.tokens.get(k).start)) return true;
  }
  return false;
}

/**
 * ", a daily-wage labourer", ", 62, …", ", a sus 34 años": what makes a lone unknown word a person
 * known by one name. (English "a" as an article; elsewhere only the Spanish "a sus … años", "a
 * quien …": in French "a" is "has", "…, présidente de la cité des Tilleuls, a rencontré …".)
 */
const UNKNOWN_NAME_DESCRIBED = /^,\s+(?:\d{1,3},|(an?|un|une|una|ein|eine)\s(\S*))/u;

export function describedAfterUnknownName(ctx: Context, end: number): boolean {
  const described = UNKNOWN_NAME_DESCRIBED.exec(ctx.text.slice(end, end + 16));
  if (described === null || !/^an?$/.test(described[1] ?? '') || ctx.english === true) return described !== null;
  return described[1] === 'a' && /^(?:sus?|quien(?:es)?|punto)$/.test(described[2] ?? '');
}
const DESCRIBED_AFTER = /^,\s+(?:\d{1,3}(?:\s+(?:ans|años|jahre))?,|(?:que|qui|who|quien|der|die|an?|un|une|una|ein|eine)\s)/u;

export function insideQuote(ctx: Context, pos: number): boolean {
  return insideSpans(ctx.quoteSpans, pos);
}
