// Offices and relations: "the minister", "her husband", an office's holder, its staff.

import { genderOf, holdsOtherOffice, isSecondRankRole, kinGender, isPersonLike, isPlace, isRoleHead, lastBefore, type People, type Person } from '../people';
import { previousParagraphStart, sentenceStart, sentenceEnd, type Token } from '../tokens';
import { lowerCase } from '../lower-case';
import { isGivenName } from '../given-names';
import { AGE_WORD, type Attribution, type Context, DEMONSTRATIVE, DETERMINERS, GENITIVE, NON_PERSON_NOUN, INDEFINITE_ARTICLE, POSSESSIVES, SPOKESPERSON, isPersonNoun } from './context';
import { ELIDED_ARTICLE, ELIDED_ARTICLE_PREFIX, firstNameIndex, insideQuote, isVerbToken, nameAt } from './names';
import { introducedUnnamed, personAged, resolvePronoun, unnamedIntroductionAt } from './pronouns';
import { inSubjectPosition, opensSentence } from './subjects';

/** Prepositions of whom the subject talks to or meets: "with the mayor", "to the minister", "avec le maire". */
const COMPANION_PREPOSITION = /^(?:with|to|avec|à|mit|con)$/i;

/** "Sa mère", "her son": whoever the page introduced as that relation ("Sa mère, Gwenaëlle Le Floc’h,"), or someone unnamed. */
export function kinMention(ctx: Context, from: number, idx: number, via: Attribution['via']): Attribution {
  const word = lowerCase(ctx.tokens.get(idx).word).replace(/s$/, '');
  const at = ctx.tokens.get(from).start;
  const mention = ctx.text.slice(at, ctx.tokens.get(idx).end);
  // (Named before, or else the first one named after: a standfirst's "Sa mère raconte" is introduced in the body.)
  const isKin = (p: Person) => p.roles.includes(word) || p.roles.includes(`${word}s`);
  const holder = ctx.people.lastMentioned(at, isKin) ?? ctx.people.firstHolding(word, isKin) ?? relativeSharingSurname(ctx, from, word) ?? null;
  return holder ? { person: holder, mention, kind: 'role', via, position: at } : { person: null, mention, kind: 'anonymous', via, position: at };
}

/** "Gisela Brauer … Ihr Mann ergänzt": the one other person of the possessor's surname the relation's gender fits. */
function relativeSharingSurname(ctx: Context, possessive: number, kin: string): Person | null {
  const gender = kinGender(kin);
  const owner = ctx.tokens.get(possessive);
  if (!gender || !POSSESSIVES.has(lowerCase(owner.word))) return null;
  const possessor = resolvePronoun(ctx, possessivePronoun(owner.word), owner.start, 'sentence').person;
  if (!possessor) return null;
  const surname = possessor.parts[possessor.parts.length - 1];
  const relatives = ctx.people.sharingSurname(surname).filter((p) => p !== possessor && genderOf(p) !== (gender === 'm' ? 'f' : 'm'));
  return relatives.length === 1 ? relatives[0]! : null;
}

/** The subject pronoun a possessive stands for: "her"/"ihr"/"ihre" → "she", "his"/"sein" → "he"; "son", "su" say no gender. */
function possessivePronoun(word: string): string {
  const w = word.toLowerCase();
  return w === 'her' ? 'she' : w === 'his' ? 'he' : /^ihre?r?$/.test(w) ? 'sie' : /^seine?r?$/.test(w) ? 'er' : '';
}

/** The gender an indefinite article gives the unnamed person after it ("una vecina", "einer der Helfer"); null when it gives none. */
export function indefiniteArticleGender(word: string): 'm' | 'f' | null {
  const w = word.toLowerCase();
  return /^(?:un|uno|ein|einer|otro)$/.test(w) ? 'm' : /^(?:une|una|eine|otra)$/.test(w) ? 'f' : null;
}
/** Someone first named in the paragraph after the one at `at`, with `head` among their roles. */
function identifiedInNextBlock(ctx: Context, head: string, at: number): Person | null {
  // (Breaks looked up in the page's list of them: on a page without any, a search ran to its end for each role.)
  const blockEnd = ctx.people.paragraphBreakFrom(at);
  if (blockEnd < 0) return null;
  const nextEnd = ctx.people.paragraphBreakFrom(blockEnd + 2);
  const until = nextEnd < 0 ? ctx.text.length : nextEnd;
  const wanted = head.toLowerCase();
  for (let i = firstNameIndex(ctx.names, blockEnd); i < ctx.names.length && ctx.names[i].start < until; i++) {
    const p = ctx.people.resolveName(ctx.names[i]);
    if (!p || p.mentions[0] !== ctx.names[i].start) continue;
    if (p.roles.some((r) => r.split(/\s+/).includes(wanted))) return p;
  }
  return null;
}

function isPluralRole(word: string): boolean {
  const w = word.toLowerCase();
  return /[^s]s$/.test(w) && isRoleHead(w.slice(0, -1)) && !/(?:ss|us|is)$/.test(w);
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Herr|Frau|Monsieur|Madame|Mme|M|Señor|Señora|Sr|Sra|Don|Doña|Dra)\.?$/;
const ROMANCE_ARTICLE = /^(?:le|la|les|l’|l'|el|los|las)$/;

/** Nouns for those who act for an office's holder: "cabinet", "office", "despacho", "Umfeld". */
const FOR_HOLDER_NOUN = /^(?:cabinet|office|bureau|entourage|équipe|services|ministère|gabinete|despacho|oficina|entorno|equipo|büro|umfeld|staff|team|camp|campaign|campagne|campaña|lawyers?|avocate?s?|abogad[oa]s?|anwalt|anwältin|aides?|conseill(?:er|ère)s?|asesor(?:es|a)?|advisers?|advisors?)$/i;
/** Someone or something acting for an office's holder: its staff, its spokesperson. */
const actsForHolder = (word: string) => FOR_HOLDER_NOUN.test(word) || SPOKESPERSON.test(word);

/** Whether the office at `headIdx` is only the owner of who speaks: "le cabinet du ministre", "the minister’s office", "el abogado del ministro". */
export function speaksForHolder(ctx: Context, first: number, headIdx: number): boolean {
  const { tokens } = ctx;
  for (let k = first; k < headIdx; k++) {
    if (actsForHolder(tokens.get(k).word) && GENITIVE.test(tokens.get(k + 1)?.word ?? '')) return true;
  }
  // "the office of the minister", "el despacho del ministro": the owner after a genitive.
  const det = first - 1;
  const genitive = det >= 1 && GENITIVE.test(tokens.get(det).word) ? det : det >= 2 && DETERMINERS.has(lowerCase(tokens.get(det).word)) && GENITIVE.test(tokens.get(det - 1).word) ? det - 1 : -1;
  if (genitive >= 1 && actsForHolder(tokens.get(genitive - 1).word)) return true;
  const head = tokens.get(headIdx);
  const after = tokens.get(headIdx + 1);
  if (!after || !/^[\s\p{L}'’-]*$/u.test(ctx.text.slice(head.end, after.start))) return false;
  // "the minister’s office said" / "El abogado del ministro aseguró": the head is owned or owns.
  if (/['’]s$/.test(head.word) && actsForHolder(after.word)) return true;
  // (Its owner must be an office: "el abogado de la defensa" is the defence's lawyer, a role of its own.)
  if (!actsForHolder(head.word) || !GENITIVE.test(after.word)) return false;
  const owner = DETERMINERS.has(tokens.get(headIdx + 2)?.word.toLowerCase() ?? '') ? tokens.get(headIdx + 3) : tokens.get(headIdx + 2);
  return !!owner && isRoleHead(owner.word);
}

export function roleMention(ctx: Context, headIdx: number, via: Attribution['via']): Attribution | null {
  let first = headIdx;
  // "l’entraîneur" carries its article: nothing before it belongs to the role.
  while (first > 0 && headIdx - first < 3 && !ELIDED_ARTICLE.test(ctx.tokens.get(first).word)) {
    const w = lowerCase(ctx.tokens.get(first - 1).word);
    // ("Hong Kong’s housing minister": the owner's possessive stands where the article would.)
    // (Nor past a paragraph break: a summary point with no full stop, "… expected a hold / Governor says".)
    if (DETERMINERS.has(w) || DEMONSTRATIVE.test(w) || w === 'a' || w === 'an' || /['’]s$/.test(w) || /[.,;:!?\n]/.test(ctx.text.slice(ctx.tokens.get(first - 1).end, ctx.tokens.get(first).start))) break;
    first--;
  }
  // "l’ancien président": the article elided into the first word of the role.
  const elidedArticle = ELIDED_ARTICLE.test(ctx.tokens.get(first).word);
  const detToken = elidedArticle ? null : first > 0 ? ctx.tokens.get(first - 1) : null;
  // ("her Honour", "Your Honor": the judge, whom a possessive names as surely as an article.)
  const det = elidedArticle ? 'l’' : detToken ? (/['’]s$/.test(detToken.word) || (/^honou?r$/i.test(ctx.tokens.get(headIdx).word) && POSSESSIVES.has(lowerCase(detToken.word))) ? 'the' : lowerCase(detToken.word)) : '';
  const at = detToken ? detToken.start : ctx.tokens.get(first).start;
  const mention = ctx.text.slice(at, ctx.tokens.get(headIdx).end);
  // "A federal judge on Thursday sentenced …" in a lede, "U.S. District Judge Miriam Okonjo-Hart told …"
  // opening the next paragraph: a wire story's delayed identification.
  if (INDEFINITE_ARTICLE.test(det) && !isPluralRole(ctx.tokens.get(headIdx).word)) {
    const named = identifiedInNextBlock(ctx, ctx.tokens.get(headIdx).word, at);
    if (named) return { person: named, mention, kind: 'role', via, position: at };
  }
  // Headlinese drops articles: "…, says health secretary", "mediator calls …" mean the office's
  // holder, whom the article names further down.
  // Only right after the verb or the quote, or opening the clause: "…’, while education secretary insists" is another clause's subject.
  if (ctx.blockIsLede && !INDEFINITE_ARTICLE.test(det) && !DETERMINERS.has(det) && !isPluralRole(ctx.tokens.get(headIdx).word)) {
    let from = headIdx;
    while (from > first && ctx.tokens.get(from - 1).start >= ctx.blockStart && !isVerbToken(ctx.tokens.get(from - 1).word)) from--;
    const start = ctx.tokens.get(from).start;
    const before = from > 0 && ctx.tokens.get(from - 1).start >= ctx.blockStart ? ctx.tokens.get(from - 1) : null;
    const opensClause = !before || isVerbToken(before.word) || /[”"»“«]\s*$/.test(ctx.text.slice(before.end, start)) || (via !== 'after' && /[,:;–—]\s*$/.test(ctx.text.slice(before.end, start))) || (via !== 'after' && /^(?:as|while|after|and)$/i.test(before.word));
    const words = ctx.tokens.slice(from, headIdx + 1).map((t) => t.word);
    // Every word before the office must be one its holder is known by ("health secretary"), or a
    // name written beside the holder's ("Brightwater chief": "Oren Castellane, chief executive of
    // Brightwater"); "leading economist" is nobody in particular.
    const knownBy = (p: Person, w: string) =>
      p.roles.some((r) => r.includes(w.toLowerCase())) ||
      (/^\p{Lu}/u.test(w) && p.mentions.some((m) => ctx.text.slice(Math.max(0, m - 80), m + 80).includes(w)));
    const holder = opensClause ? ctx.people.holdersOf(words.join(' ')).find((p) => words.slice(0, -1).every((w) => knownBy(p, w))) : undefined;
    if (holder) return { person: holder, mention: ctx.text.slice(start, ctx.tokens.get(headIdx).end), kind: 'role', via, position: start };
  }
  // "le syndicat ouvrier", "el equipo técnico": in French and Spanish a body's noun before the
  // office word makes it an adjective of the body, which speaks.
  if (ROMANCE_ARTICLE.test(det) && ctx.tokens.slice(first, headIdx).some((t) => NON_PERSON_NOUN.test(lowerCase(t.word)))) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "le cabinet du ministre", "the minister’s office", "El abogado del ministro": the office's
  // staff or someone working for its holder speaks, not the holder.
  if (speaksForHolder(ctx, first, headIdx)) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "a minister said" is an anonymous source; "the minister", "este empresario" point back at someone; "the authors" are a group.
  if (!DETERMINERS.has(det) && !DEMONSTRATIVE.test(det) && !/['’]$/.test(det)) return { person: null, mention, kind: 'anonymous', via, position: at };
  if (isPluralRole(ctx.tokens.get(headIdx).word)) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "the 61-year-old minister": an age says nothing about the office.
  const role = officeOfPeriphrasis(ctx, first, headIdx) ?? ctx.tokens.slice(first, headIdx + 1).map((t) => t.word).filter((w) => !AGE_WORD.test(w)).join(' ').replace(ELIDED_ARTICLE_PREFIX, '');
  let holder = ctx.people.resolveRole(role, at);
  // "meinte der Ahlbrücker Trainer": a German place's adjective before the office says whose office
  // it is; a holder not known by it is the other side's. (An owner's possessive, "Nashville’s coach",
  // only picks out the holder known by it: "Hong Kong’s housing minister" may be someone the page
  // never called that.)
  const owner = officeOwner(ctx, role, detToken);
  // (Known by it: in a role, or around a mention, "der Bergheimer Trainer Rainer Ostwald", "Ann Reyes, chief executive of Castellan".)
  // (The team or place itself read as a name, "Nashville Sound", holds no office of its own.)
  const ownerItself = (p: Person) => !!owner && p.parts.includes(owner);
  // (Its first mentions only, where people are introduced: a page naming one holder thousands of times
  // read around each for every office mention.)
  const knownByOwner = (p: Person) => !!owner && !ownerItself(p) && (p.roles.some((r) => r.includes(owner)) || p.mentions.slice(0, OWNER_MENTIONS).some((m) => ownerAround(ctx.text, m).includes(owner)));
  const notOfPlace = (p: Person | null) => !!p && !!owner && ctx.capitalisedNouns === true && !knownByOwner(p);
  if (notOfPlace(holder)) holder = null;
  // "…, a label Baek embraced at a state dinner hosted by Varnis. / “…,” the president said": of
  // two holders of a bare office, the one this paragraph last had as a subject, not the one it
  // named in passing.
  if (holder && !role.includes(' ')) {
    // (Not a holder of the office's second rank, "Lt. Gov. Sunita Bhattarai", for "the governor".)
    // (Only among a few: a page of thousands of holders is not filtered again at each mention.)
    const all = ctx.people.holdersOf(role);
    const holders = all.length > 8 || isSecondRankRole(role) ? all : all.filter((p) => !p.roles.every(isSecondRankRole));
    if (holders.length > 1 && holders.length <= 4) {
      // (This paragraph, or the one before when this one names nobody before the office.)
      const previousBlock = ctx.blockStart > 2 ? previousParagraphStart(ctx.text, ctx.blockStart) : ctx.blockStart;
      for (let n = firstNameIndex(ctx.names, at) - 1; n >= 0 && ctx.names[n].start >= previousBlock; n--) {
        const m = ctx.names[n];
        const paragraph = m.start >= ctx.blockStart ? ctx.blockStart : previousBlock;
        if (insideQuote(ctx, m.start)) continue;
        const p = ctx.people.resolveName(m);
        if (!p || !holders.includes(p)) continue;
        // (A subject: opening its sentence, or right before its own verb, "a label Baek embraced".)
        const verb = /^ (\p{Ll}+)/u.exec(ctx.text.slice(m.end, m.end + 24))?.[1] ?? '';
        const preposition = /(?:^|\s)(?:by|with|to|from|for|of|at|on|in|and)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 6), m.start));
        if (!inSubjectPosition(ctx, sentenceStart(ctx.text, m.start, paragraph), m.start) && (preposition || !(isVerbToken(verb) || /^\p{Ll}{3,}ed$/u.test(verb)))) continue;
        holder = p;
        break;
      }
    }
  }
  // "Ein Sprecher des Ministeriums sagte … „…“, so der Sprecher": the one just introduced unnamed,
  // not an earlier holder of the office.
  if (holder && lastBefore(holder.mentions, at) < unnamedIntroductionAt(ctx, ctx.tokens.get(headIdx).word.replace(ELIDED_ARTICLE_PREFIX, ''), at)) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "la regidora" is a woman: not the man who holds the office next.
  // (German "der" is also the feminine genitive and dative: "laut der Ministerin", "nach den Worten der Sprecherin".)
  const feminineNoun = det === 'der' && /\p{Ll}in$/u.test(ctx.tokens.get(headIdx).word);
  const articleGender = det === 'la' || det === 'die' || feminineNoun ? 'f' : det === 'el' || det === 'le' || det === 'der' ? 'm' : null;
  if (holder && articleGender && genderOf(holder) !== null && genderOf(holder) !== articleGender) holder = null;
  // Someone given the office only further down ("Son entraîneur, Thierry Gobineau", the other
  // side's coach) is not who it means in a paragraph about someone named just before.
  let heldHere = false;
  // A synonym for an office points back: "Le technicien, lui, parle …" varies the word for the
  // coach just written about, not for another "entraîneur" whom a later paragraph first names. (Words
  // that point forward to someone named further down repeat the office they will be given there.)
  const headWord = lowerCase(ctx.tokens.get(headIdx).word).replace(ELIDED_ARTICLE_PREFIX, '');
  // (Not one the place or team before the office names: "Nashville’s coach" is the one named later as such.)
  const ownedHere = !!holder && knownByOwner(holder);
  if (holder && !ownedHere && !ctx.blockIsLede && !ctx.blockIsHeading && DETERMINERS.has(det) && !holder.roles.some((r) => r.split(/\s+/).includes(headWord))) {
    const blockEnd = ctx.people.paragraphBreakFrom(at);
    if (blockEnd >= 0 && (holder.mentions[0] ?? -1) > blockEnd) {
      const back = resolvePronoun(ctx, mention, at, via).person;
      // (Not to someone the prose gives another, everyday part: "Juan Pérez, aficionado desde hace
      // veinte años, …" is a fan, so "el estratega" is still the coach named next.)
      if (back && back !== holder && (back.roles.length > 0 || !describedAsNoOffice(ctx, back))) {
        holder = back;
        heldHere = true;
      }
    }
  }
  if (holder && !heldHere && !ownedHere && (holder.mentions[0] ?? -1) > at) {
    const here = resolvePronoun(ctx, mention, at, via).person;
    if (here && here !== holder && here.roles.length === 0 && (isGivenName(here.parts[0]) || ctx.speakerish.has(here)) && here.mentions.some((m) => m >= ctx.blockStart && m < at && opensSentence(ctx, m))) {
      holder = here;
      heldHere = true;
    }
  }
  // A spokesperson nobody named is nobody named: not whoever the page is about.
  if (!holder && SPOKESPERSON.test(ctx.tokens.get(headIdx).word)) {
    const named = namedNext(ctx, ctx.tokens.get(headIdx).end);
    return named ? { person: named, mention, kind: 'role', via, position: at } : { person: null, mention, kind: 'anonymous', via, position: at };
  }
  // "A senior official … said … “…,” the official said": the one introduced without a name.
  if (!holder && introducedUnnamed(ctx, ctx.tokens.get(headIdx).word.replace(ELIDED_ARTICLE_PREFIX, ''), at)) return { person: null, mention, kind: 'anonymous', via, position: at };
  let next = holder ? null : namedNext(ctx, ctx.tokens.get(headIdx).end);
  if (next && articleGender && genderOf(next) !== null && genderOf(next) !== articleGender) next = null;
  const byDefault = holder || next ? null : officeHolderByDefault(ctx, role);
  const described = holder ?? next ?? (notOfPlace(byDefault) ? null : byDefault);
  let person = described ?? resolvePronoun(ctx, mention, at, via).person;
  // "“…,” Dobbs’s lawyer said": a person’s lawyer, attorney, aide or spokesperson is not that person.
  // (Only those who act for someone: "Dell’s chief executive" may be Dell himself.)
  if (person && detToken && /^\p{Lu}\p{L}*['’]s$/u.test(detToken.word) && (actsForHolder(ctx.tokens.get(headIdx).word) || /^attorneys?$/i.test(ctx.tokens.get(headIdx).word)) && ctx.people.byWord(detToken.word.slice(0, -2), detToken.start) === person) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "she had spoken with the local mayor": someone the sentence's subject talks to is not that subject.
  if (!described && person && detToken && first >= 2 && COMPANION_PREPOSITION.test(ctx.tokens.get(first - 2).word) && !/^according$/i.test(ctx.tokens.get(first - 3)?.word ?? '')) {
    const sentence = sentenceStart(ctx.text, at, ctx.blockStart);
    if (person.mentions.some((m) => m >= sentence && m < at)) return { person: null, mention, kind: 'anonymous', via, position: at };
  }
  // "die 47 Jahre alte Autorin" is a woman: not the man the page's default office holder may be.
  if (described && articleGender && genderOf(described) !== null && genderOf(described) !== articleGender) person = resolvePronoun(ctx, mention, at, via).person;
  // Learnt: once "el alcalde" is found to be Ibarrola, "el edil" and "el alcalde" later are too.
  // (So is the one this paragraph was about when the office's other holder comes only further down:
  // "le technicien de 47 ans" later is still him, not the other side's coach named at the end.)
  if ((!holder || heldHere) && person && isPersonLike(person)) {
    ctx.people.addRole(person, role.toLowerCase());
  }
  return { person, mention, kind: 'role', via, position: at };
}

/**
 * The office a set phrase names without its usual noun: "le premier magistrat" is the mayor, "le
 * représentant de l’État" the prefect.
 */
function officeOfPeriphrasis(ctx: Context, first: number, headIdx: number): string | null {
  const words = ctx.tokens.slice(first, headIdx + 1).map((t) => lowerCase(t.word)).join(' ');
  if (/^premi(?:er|ère) magistrate?$/.test(words)) return 'maire';
  if (/^représentante?$/.test(words) && /^\s+de\s+l['’]État\b/u.test(ctx.text.slice(ctx.tokens.get(headIdx).end, ctx.tokens.get(headIdx).end + 12))) return 'préfet';
  return null;
}

/**
 * The place or team an office is qualified by, lower-case, or null: a German place's adjective
 * ("der Ahlbrücker Trainer" → "ahlbrück") or an owner's possessive ("Nashville’s coach"). (Not
 * "the Italian president", nor "the Manchester United manager": a holder is often introduced
 * without the place or team, "Manager Erik ten Hag".)
 */
function officeOwner(ctx: Context, role: string, detToken: Token | null): string | null {
  if (ctx.capitalisedNouns) return role.split(/\s+/).slice(0, -1).find((w) => /^\p{Lu}\p{Ll}{3,}er$/u.test(w))?.slice(0, -2).toLowerCase() ?? null;
  if (ctx.blockIsHeading) return null;
  return detToken && /^\p{Lu}\p{Ll}+['’]s$/u.test(detToken.word) ? detToken.word.slice(0, -2).toLowerCase() : null;
}

/** How many of a holder's first mentions are read for the place or team of their office. */
const OWNER_MENTIONS = 8;

/** The text around a mention that may say whose office someone holds: 40 characters before it, and the rest of its sentence up to 60 ("Ann Reyes, chief executive of Castellan"). */
function ownerAround(text: string, mention: number): string {
  const after = text.slice(mention, mention + 60);
  const end = after.search(/[.!?\n]/);
  return text.slice(Math.max(0, mention - 40), mention + (end < 0 ? after.length : end)).toLowerCase();
}

/**
 * "the Reform candidate has been telling anyone … “…”. Gail Sturridge, asked what she meant, said":
 * a description of someone not yet named, named as the subject of the very next sentence.
 */
function namedNext(ctx: Context, from: number): Person | null {
  const end = sentenceEnd(ctx.text, from, ctx.text.length);
  let next = end;
  while (next < ctx.text.length && /[\s“”"»«]/.test(ctx.text[next])) next++;
  // A lede that describes someone ends its paragraph; the next one opens with their name. (Not when
  // the paragraph already named someone the description can point back to.)
  const gap = ctx.text.slice(end, next);
  if (next >= ctx.text.length || gap.split('\n\n').length > 2) return null;
  if (gap.includes('\n\n') && namesPersonIn(ctx, firstNameIndex(ctx.names, from), ctx.blockStart)) return null;
  // ("Professor Miriam Talbot-Reyes told …": a form of address may open it before the name; not an
  // office, "Prosecutor Hannah Westbrook told the court the presenter’s …", who is someone else.)
  let at = next;
  for (let k = ctx.tokens.firstAtOrAfter(next), titles = 0; titles < 2 && k < ctx.tokens.length && HONORIFIC.test(ctx.tokens.get(k).word) && !nameAt(ctx.names, ctx.tokens.get(k).start); k++, titles++) at = ctx.tokens.get(k + 1)?.start ?? at;
  const name = nameAt(ctx.names, at);
  if (!name || name.start !== at || name.words.length < 2) return null;
  const person = ctx.people.resolveName(name);
  return person && isPersonLike(person) && (person.mentions[0] ?? Infinity) >= at ? person : null;
}

// Offices (and the one on trial) a page names by their title alone when they belong to its main
// person: "The mayor of Bramport calls her job…" in a standfirst, "the prime minister" in a story
// about Sir Keir Starmer, "a répondu le prévenu" in a court report about him.
const HELD_BY_MAIN_PERSON = /(?:^|\s)(?:prime minister|premier ministre|president|premier|chancellor|governor|mayor|intendente|senator|ambassador|maire|présidente?|presidente?a?|kanzler(?:in)?|bundeskanzler(?:in)?|bürgermeister(?:in)?|alcaldes?a?|defendant|prévenue?|accusée?|angeklagter?|acusad[oa]|coach|manager|entrenador|técnico|sélectionneur|entraîneur|trainer|skipper|captain|capitaine|capitán|kapitän)$/i;

/** The holder of an office nobody on the page was given: the person the page names most, if it names them often. */
function officeHolderByDefault(ctx: Context, role: string): Person | null {
  if (!HELD_BY_MAIN_PERSON.test(role)) return null;
  // ("she had spoken with the local mayor" on a page about a premier, or about a town named more
  // than anyone: someone else, unnamed.)
  const main = pageMainPerson(ctx);
  return main && !holdsOtherOffice(main, role) && (isGivenName(main.parts[0]!) || ctx.speakerish.has(main)) ? main : null;
}

const mainPersonOf = new WeakMap<People, Person | null>();

/** The person the whole page names most, if it names them at least three times (found once per page). */
export function pageMainPerson(ctx: Context): Person | null {
  let main = mainPersonOf.get(ctx.people);
  if (main === undefined) {
    const most = ctx.people.mostMentionedBefore(Number.MAX_SAFE_INTEGER, isPersonLike);
    main = most && most.mentions >= 3 ? most.person : null;
    mainPersonOf.set(ctx.people, main);
  }
  return main;
}

/** Whether a person-like name outside quotes sits between `from` and the name at index `before` (names are sorted). */
export function namesPersonIn(ctx: Context, before: number, from: number): boolean {
  for (let k = before - 1; k >= 0 && ctx.names[k].start >= from; k--) {
    const name = ctx.names[k];
    if (insideQuote(ctx, name.start)) continue;
    const person = ctx.people.resolveName(name);
    if (person && isPersonLike(person)) return true;
  }
  return false;
}

/** The person behind a role description opening one of the last three sentences of this block before `at` ("The defence minister …"). */
const FOLLOWER = /^(?:loyalist|ally|aide|supporter|backer|critic|rival|camp|voter|fan|protégé|protegee|associate|adviser|advisor)s?$/i;

/** The person named at token `k` or one or two words later ("Internist Wolfgang Stelzhamer"), before `at`. */
function namedRightAfter(ctx: Context, k: number, at: number): Person | null {
  for (let h = k; h <= k + 2 && h < ctx.tokens.length && ctx.tokens.get(h).start < at; h++) {
    const name = nameAt(ctx.names, ctx.tokens.get(h).start);
    if (name && name.end > ctx.tokens.get(h).start) {
      // (A surname before a noun modifies it: "The 34-year-old Hale loyalist" is someone else, of Hale's camp.)
      const next = ctx.tokens.get(ctx.tokens.firstAtOrAfter(name.end));
      if (name.words.length === 1 && next && /^\s+\p{Ll}/u.test(ctx.text.slice(name.end, next.end)) && (isPersonNoun(next.word) || FOLLOWER.test(next.word))) return null;
      const person = ctx.people.resolveName(name);
      return person && isPersonLike(person) ? person : null;
    }
    if (!/^\s+$/.test(ctx.text.slice(ctx.tokens.get(h).end, ctx.tokens.get(h + 1)?.start ?? at))) return null;
  }
  return null;
}

export function recentRoleSubject(ctx: Context, at: number, fits: (p: Person) => boolean): { person: Person; position: number } | null {
  const { text, tokens } = ctx;
  let pos = at;
  for (let n = 0; n < 3 && pos > ctx.blockStart; n++) {
    const from = sentenceStart(text, pos, ctx.blockStart);
    let first = tokens.firstAtOrAfter(from);
    // "Roosevelt’s message, which he sent …": a possessive name opening the sentence.
    // (Not in a quotation: "“Lorraine’s the one who kept us fed,” she said" is not Lorraine.)
    const opener = tokens.get(first);
    const possessive = opener && opener.start < at && !insideQuote(ctx, opener.start) ? /^(\p{Lu}[\p{L}-]+)['’]s$/u.exec(opener.word) : null;
    if (possessive) {
      const person = ctx.people.byWord(possessive[1], opener!.start);
      if (person && isPersonLike(person) && fits(person)) return { person, position: from };
    }
    // "Interrogée sur ces critiques, la ministre …", "Cuestionado al respecto, el edil …": past an opening phrase.
    // ("Por la noche, tras una reunión con la ministra, el intendente …": or two.)
    const opening = /^(?:[^,.;:!?“”"«»]{3,60},\s){1,2}/u.exec(text.slice(from, Math.min(at, from + 128)));
    if (opening && !DETERMINERS.has(tokens.get(first)?.word.toLowerCase() ?? '')) first = tokens.firstAtOrAfter(from + opening[0].length);
    const t = tokens.get(first);
    // "The 58-year-old retired teacher has swum here since 2014": an age describes someone just named.
    const age = t && t.start < at && DETERMINERS.has(lowerCase(t.word)) ? tokens.get(first + 1) : undefined;
    if (age && age.start < at && AGE_WORD.test(age.word) && !insideQuote(ctx, t!.start)) {
      // ("Der 61-jährige Internist Wolfgang Stelzhamer sprach": unless the name follows the age.)
      const named = namedRightAfter(ctx, first + 2, at);
      if (named) return fits(named) ? { person: named, position: from } : null;
      // (The one the page gave that age, "Wolfgang Stelzhamer, 61,", before whoever was named last.)
      const byAge = personAged(ctx, /^\d+/.exec(age.word)![0], t!.start);
      if (byAge && fits(byAge)) return { person: byAge, position: from };
      // (Named by the reporter: "Edwin" inside the last quote is whom the speaker talked about; and a
      // person, not a place named after a saint that was mentioned since: "im Lager Sankt Ilie".)
      const person = ctx.people.lastMentioned(t!.start, (p, named) => (isGivenName(p.parts[0]) || ctx.speakerish.has(p)) && !p.quotedOnly && !isPlace(p) && fits(p) && !insideQuote(ctx, named));
      if (person) return { person, position: from };
    }
    // (Not a sentence inside a quotation: "“The CM talks about tourists …?” he asked.")
    // ("her Honour said …": the judge, named by a possessive.)
    if (t && t.start < at && (DETERMINERS.has(lowerCase(t.word)) || (POSSESSIVES.has(lowerCase(t.word)) && /^honou?r$/i.test(tokens.get(first + 1)?.word ?? ''))) && !insideQuote(ctx, t.start)) {
      for (let h = first + 1; h <= first + 3 && h < tokens.length && tokens.get(h).start < at; h++) {
        if (!/^[\s\p{L}'’-]*$/u.test(text.slice(t.end, tokens.get(h).start))) break;
        // "The prime minister's speech": a possessive role still names its holder.
        const head = tokens.get(h).word.replace(/['’]s$/, '');
        if (!isRoleHead(head) || isPluralRole(head)) continue;
        const role = tokens.slice(first + 1, h + 1).map((x) => x.word.replace(/['’]s$/, '')).join(' ');
        // "The hospital's chief executive, Robert Ainsley, apologised": the name in apposition.
        const apposition = /^,\s+/.exec(text.slice(tokens.get(h).end, tokens.get(h).end + 3));
        const named = apposition ? nameAt(ctx.names, tokens.get(h).end + apposition[0].length) : null;
        const appositive = named && named.start === tokens.get(h).end + apposition![0].length ? ctx.people.resolveName(named) : null;
        if (appositive) return fits(appositive) ? { person: appositive, position: from } : null;
        const person = ctx.people.resolveRole(role, t.start) ?? officeHolderByDefault(ctx, role);
        if (person && fits(person)) return { person, position: from };
        break;
      }
    }
    pos = from - 1;
  }
  return null;
}

/** Someone's relative ("El hijo de Carmen Lozano"): the one other person with that surname, or someone unnamed. */
export function relativeOf(ctx: Context, of: Person, mention: string, at: number, via: Attribution['via']): Attribution {
  const surname = of.parts[of.parts.length - 1];
  const kin = ctx.people.sharingSurname(surname).filter((p) => p !== of && isPersonLike(p) && p.parts.length >= 2);
  return kin.length === 1 ? { person: kin[0], mention, kind: 'role', via, position: at } : { person: null, mention, kind: 'anonymous', via, position: at };
}

/** `p` is given an everyday noun for a person that is no office in an apposition ("Juan Pérez, aficionado …", "X, a fan of …"). */
function describedAsNoOffice(ctx: Context, p: Person): boolean {
  return ctx.names.some((m) => {
    if (ctx.people.resolveName(m) !== p) return false;
    const word = /^,\s+(?:(?:a|an|the|un|una|une|el|la|le|ein|eine)\s+)?(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(m.end, m.end + 40))?.[1];
    return !!word && isPersonNoun(word) && !isRoleHead(word) && !AGE_WORD.test(word);
  });
}
