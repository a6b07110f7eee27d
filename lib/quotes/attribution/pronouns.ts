// Pronouns and descriptions ("she", "the 58-year-old"), and the unnamed people they may stand for.

import { AGE_AFTER_NAME, genderOf, isKinWord, isPersonLike, isPlace, lastBefore, isOrganisationName, spanAround, type NameMention, type People, type Person } from '../people';
import { previousParagraphStart, sentenceEnd, sentenceStart } from '../tokens';
import { lowerCase } from '../lower-case';
import { isReportingVerb } from '../verbs/index';
import { givenNameGender, isGivenName } from '../given-names';
import { type Attribution, type Context, DECADE_WORD, DETERMINERS, GENITIVE, INDEFINITE_ARTICLE_OR_ONE, INDEFINITE_LEAD, NON_PERSON_NOUN, OPENING_PREPOSITION, POSSESSIVES, isPersonNoun } from './context';
import { describedAfterUnknownName, firstNameIndex, insideQuote, isVerbToken, nameAt, reportingVerbBetween } from './names';
import { indefiniteArticleGender, namesPersonIn, recentRoleSubject } from './roles';
import { AUXILIARY_OR_MODAL, hasNonPersonSubject, inSubjectPosition, isClauseSubject, reportsAfter, subjectAt, subjectFrom } from './subjects';

/** The gender a subject pronoun gives ("she", "il", "-t-elle"), or null. */
export function pronounGender(lower: string): 'm' | 'f' | null {
  if (/^(?:he|il|er|él)$/.test(lower) || /-(?:t-)?il$/.test(lower)) return 'm';
  if (/^(?:she|elle|ella|sie)$/.test(lower) || /-(?:t-)?elle$/.test(lower)) return 'f';
  return null;
}

/**
 * "he", "she", "the 19-year-old", a dropped subject: the subject of the latest sentence in this
 * block that names someone (its first name, outside quotes), else the last speaker, else the last
 * person mentioned.
 */
const PREPOSITION_BEFORE = /(?:^|\s)(at|of|for|from|with|de|du|des|von|vom|bei|beim|à|chez|del|para|pour|für)\s+$/i;
const OPINION_FRAME = /^(?:for|pour|para|für)$/i;
/**
 * A verb of writing or speaking to someone, a few words at most before the preposition of
 * PREPOSITION_ARTICLE_NOUN: "wrote in March to", "a écrit à", "spoke with", "a parlé avec",
 * "schrieb an", "sprach mit", "habló con", "escribió a".
 */
const ADDRESSING_VERB_BEFORE = /(?:^|[^\p{L}])(?:wr[io]te|written|writes?|writing|spoke|spoken|speaks?|speaking|talk(?:ed|s|ing)?|sa(?:id|ys)|repl(?:ied|ies|y)|respond(?:ed|s)?|complain(?:ed|s)?|appeal(?:ed|s)?|plead(?:ed|s)?|explain(?:ed|s)?|chatted|phoned|emailed|e-mailed|[ée]crit|[ée]crire|[ée]criv\p{L}*|parl\p{L}*|adress\p{L}*|dit|dire|r[ée]pond\p{L}*|expliqu\p{L}*|t[ée]l[ée]phon\p{L}*|discut\p{L}*|entretenu\p{L}*|entretenir|confi[ée]\p{L}*|schr(?:ieb|eibt|eiben)\w*|geschrieben|spr(?:ach|icht|echen)|gesprochen|rede(?:te|t)?n?|geredet|telefonier\p{L}*|wandte|gewandt|escrib\p{L}*|escrito|habl\p{L}*|dijo|dicho|convers\p{L}*)(?:\s+[^\s,;:.!?“”"«»]+){0,3}\s+$/iu;
const PREPOSITION_ARTICLE_NOUN = /(?:^|\s)(?<!(?:according|acuerdo)\s)(?:to|with|à|avec|mit|an|con|a)\s+(?:the|his|her|their|la|le|l['’]|sa|son|ses|leur|el|su|sus|der|die|den|dem|seine[mnr]?|ihre[mnr]?)\s*((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),?\s+$/u;

/** German nouns by an ending no name has: "Sturmwarnung, ein umgestürzter Baum" is no unknown name described. */
const GERMAN_THING_NOUN = /^\p{Lu}\p{L}{3,}(?:ung|heit|keit|schaft|ismus|tät|tion|nis)$/u;
/** Prepositions of place before a name: "in Kiel", "hinter Heide", "près de Lourdes" is a place, whatever first name it shares. */
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:in|im|nach|aus|hinter|near|dans|près de|en)\s+$/i;

/**
 * The mention of a dropped subject found to be someone unnamed: its verb ("«…», expresó"), the
 * words that point at the speaker. Never empty, so no later pass reads the quote as having no one
 * behind it and hands it to the last speaker.
 */
function droppedSubjectVerb(ctx: Context, at: number): string {
  return ctx.tokens.get(ctx.tokens.firstAtOrAfter(at))?.word ?? '-';
}

export function resolvePronoun(ctx: Context, word: string, at: number, via: Attribution['via']): Attribution {
  // "the 45-year-old", "der 61-Jährige": whoever the page gave that age.
  const age = AGE_IN_DESCRIPTION.exec(word);
  const aged = age ? personAged(ctx, age[1]!, at) : null;
  if (aged) return { person: aged, mention: word, kind: 'pronoun', via, position: at };
  // "le quadragénaire", "la sexagenaria": whoever was last given an age in that decade.
  const decade = DECADE_WORD.exec(word);
  const ofDecade = decade ? personOfDecade(ctx, DECADES[decade[1]!.toLowerCase().slice(0, 4)]!, at) : undefined;
  if (ofDecade) return { person: ofDecade, mention: word, kind: 'pronoun', via, position: at };
  if (ofDecade === null) return { person: null, mention: word, kind: 'anonymous', via, position: at };
  const lo = firstNameIndex(ctx.names, at);
  // Sentence by sentence backwards through this block: the first person-like name of a sentence
  // (someone with a role or who speaks elsewhere) wins over places, teams and prizes.
  const lowerWord = word.toLowerCase();
  // A description's article carries a gender too: "la actriz", "die Ärztin", "le préfet", "el técnico".
  const wanted = pronounGender(lowerWord) ?? (/^(?:le|el|der)\s/.test(lowerWord) ? 'm' : /^(?:la|die)\s/.test(lowerWord) ? 'f' : null);
  // A known gender that contradicts the pronoun rules a person out.
  // (Or the one a gendered pronoun gave them when it attributed an earlier quote: "«…», explica ella.")
  const genderHere = (p: Person): 'm' | 'f' | null => genderOf(p) ?? ctx.spokenAs?.get(p) ?? null;
  const fits = (p: Person | null): boolean => !p || !wanted || genderHere(p) === null || genderHere(p) === wanted;
  // Only people stand behind a pronoun: not "the United Nations" or "the Deutscher Buchpreis".
  // (A place next to a verb that can report — "Kafr Tamra continued" — is still a place.)
  // (Or someone a pronoun already found as a speaker.)
  const personal = (p: Person): boolean => fits(p) && !p.quotedOnly && (isPersonLike(p) || (ctx.speakerish.has(p) && !isPlace(p)) || ctx.spokenAs?.has(p) === true);
  // (Also a dropped subject: "“…”, expresó." after "Una mujer que pidió no ser identificada contó …".)
  // (A dropped subject after "Ella lo cuenta …" is a woman: not the man who spoke unnamed before.)
  const chained = !wanted && word === '' && ctx.lastUnnamed ? subjectPronounBefore(ctx, at) : null;
  const chainedGender = chained ? pronounGender(lowerCase(chained.word)) : null;
  // "The interior minister said … that she … “…,” she said": a sentence opening with a role is as
  // good a subject as one opening with a name.
  const roleSubject = recentRoleSubject(ctx, at, fits);
  // (Someone unnamed who spoke last gives way to an office opening a sentence since: "«…», résume
  // un analyste. / Interrogé …, le directeur général se dit prêt au dialogue. «…», répond-il."
  // Only when that sentence has the office holder say something: in "Le directeur général était
  // absent lundi." the office is only the topic, and the analyst goes on.)
  const roleSinceUnnamed = roleSubject !== null && !!ctx.lastUnnamed && roleSubject.position > ctx.lastUnnamed.at && reportsInSentence(ctx, roleSubject.position, at);
  if ((wanted || word === '') && (unnamedJustIntroduced(ctx, at, lowerWord) || bodyJustBefore(ctx, at) || previousParagraphAboutNobody(ctx, at, lowerWord) || (!roleSinceUnnamed && unnamedSpokeLast(ctx, at, wanted ?? chainedGender)))) return { person: null, mention: word || droppedSubjectVerb(ctx, at), kind: 'anonymous', via, position: at };
  // "A senior party functionary, who did not wish to be named, dismissed the charges. “…,” the
  // functionary said": a description whose noun the sentence before gave someone unnamed is them.
  if (!wanted && word !== '' && unnamedIntroducedAs(ctx, at, lowerWord)) return { person: null, mention: word, kind: 'anonymous', via, position: at };
  // "The chief executive of Wessmoor Water has apologised for what she called …": the pronoun's own
  // sentence opens with an office, whose holder (named before or just after) it stands for.
  if (wanted) {
    const own = sentenceStart(ctx.text, at, ctx.blockStart);
    const subject = own < at ? subjectFrom(ctx, own, at) : null;
    if (subject && subject.kind === 'role' && subject.person && fits(subject.person) && !insideQuote(ctx, subject.position)) return { person: subject.person, mention: word, kind: 'pronoun', via, position: at };
  }
  let fallback: Person | null = null;
  let i = lo - 1;
  let sentences = 0;
  let sentencesNamingPeople = 0;
  while (i >= 0 && ctx.names[i].start >= ctx.blockStart && sentences < 6) {
    const from = sentenceStart(ctx.text, ctx.names[i].start, ctx.blockStart);
    if (roleSubject && roleSubject.position >= from) return { person: roleSubject.person, mention: word, kind: 'pronoun', via, position: at };
    // "She urged Justice Pereira to reject … “…,” she said": a sentence whose subject is already a
    // pronoun of the same gender hands it on to that pronoun's antecedent, not to its object.
    // (From its first letter: a sentence after a full stop starts with the space after it.)
    if (wanted && from < at && opensWithPronoun(ctx, from + ctx.text.slice(from, from + 4).search(/\S|$/), wanted)) {
      // ("Sie heiße Renate, sagt sie, …": a first name no one else bears, given in passing, is still someone unnamed.)
      for (; i >= 0 && ctx.names[i].start >= from; i--) {
        const m = ctx.names[i];
        if (!fallback && !sentencesNamingPeople && m.words.length === 1 && !insideQuote(ctx, m.start) && isGivenName(m.words[0]) && (!wanted || givenNameGender(m.words[0]) === wanted) && !ctx.people.resolveName(m)) return { person: null, mention: word, kind: 'anonymous', via, position: at };
      }
      sentences++;
      continue;
    }
    let best: Person | null = null;
    let bestAfterPreposition = false;
    let clauseSubject: Person | null = null;
    let namesPeople = false;
    for (; i >= 0 && ctx.names[i].start >= from; i--) {
      const m = ctx.names[i];
      if (insideQuote(ctx, m.start) || isOrganisationName(m.words)) continue;
      // "Face à Marine Tondelier, elle assume …": in the pronoun's own sentence, a name after a
      // preposition is who "elle" faces, not who she is.
      if (sentences === 0 && m.end <= at && OPENING_PREPOSITION.test(ctx.text.slice(from, m.start))) continue;
      const p = ctx.people.resolveName(m);
      // "glisse Sophie, préparatrice … Elle hausse les épaules. « … »": the pronoun's nearest
      // antecedent is known by a first name only, so nobody named is speaking.
      // ("Saraswathi, a daily-wage labourer, said she …": a name no list knows, described as someone.)
      // (Not a place that is also a first name: "den Verlag in Kiel", "hinter Heide".)
      if (!p && !fallback && !sentencesNamingPeople && m.words.length === 1 && !PLACE_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(from, m.start - 8), m.start)) && ((isGivenName(m.words[0]) && (!wanted || givenNameGender(m.words[0]) === wanted)) || (!isGivenName(m.words[0]) && !(ctx.capitalisedNouns && GERMAN_THING_NOUN.test(m.words[0]!)) && describedAfterUnknownName(ctx, m.end)))) {
        // (A dropped subject takes the first name as its mention, so that no later pass reads it as
        // a verb with no one behind it and hands the words to the last speaker: "Encarna sigue
        // esperando. … «…», cuenta." Not a first name given to someone's relative, "Su hija Lucía,
        // de 8 años, jugaba en el patio. «…», añade": the one the sentence talks about, while the
        // speaker it belongs to may go on.)
        return { person: null, mention: word || (relativeByFirstName(ctx, from, m.start) ? '' : m.words[0]!), kind: 'anonymous', via, position: at };
      }
      if (!p || !personal(p)) continue;
      // Person-like: has a role, speaks elsewhere, is the sentence's subject ("Banks was gracious."),
      // or is the only one the pronoun's gender fits.
      const subjectPosition = inSubjectPosition(ctx, from, m.start);
      // ("Her counterpart at Nordvik, Henrik Sæther, was …": a name after a preposition is not the
      // subject when a later name of the sentence already is a candidate.)
      // (Not a sentence-opening "For Ann Reyes, …", "Pour Marie Dupont, …", whose name is the one
      // whose view follows; nor a name's own particle: "de Guindos".)
      const before = PREPOSITION_BEFORE.exec(ctx.text.slice(Math.max(from, m.start - 8), m.start));
      const ownParticle = before !== null && p.parts[p.parts.indexOf(m.words[0]!.toLowerCase()) - 1] === before[1]!.toLowerCase();
      const prepositionObject = before !== null && !(OPINION_FRAME.test(before[1]!) && ctx.text.slice(from, m.start).trim().split(/\s+/).length === 1) && !ownParticle;
      // "La militante affirme avoir écrit à la commissaire Sy-Ndour pour lui demander …": a name
      // after "to/with/à/avec/a/con/mit + article + noun" is the one spoken to or with, not whom a
      // later "she" stands for; the subject is further back. ("par"/"by" name an agent; "de"/"of"
      // an owner: "con la declaración de Lorena Vidal".)
      // (Only after a verb of writing or speaking: "went to the novelist Zadie Smith", "remise à la
      // romancière Marie NDiaye", "the meeting with the minister Anna Webb" name whom the sentence is about.)
      const windowStart = Math.max(from, m.start - 40);
      const addressee = PREPOSITION_ARTICLE_NOUN.exec(ctx.text.slice(windowStart, m.start));
      const preposition = addressee ? windowStart + addressee.index + addressee[0].search(/\S/) : -1;
      if (addressee && !subjectPosition && !addressee[1]!.split(/\s+/).some((w) => GENITIVE.test(w)) && ADDRESSING_VERB_BEFORE.test(ctx.text.slice(Math.max(from, preposition - 60), preposition))) continue;
      if (!(prepositionObject && best !== null && !bestAfterPreposition) && (ctx.speakerish.has(p) || p.roles.length > 0 || subjectPosition || (wanted && genderHere(p) === wanted))) {
        best = p;
        bestAfterPreposition = prepositionObject;
      }
      // The nearest sentence naming anyone outside quotes (the quote's own sentence may name nobody).
      if (!fallback && !sentencesNamingPeople) fallback = p;
      namesPeople = true;
      // "Asked about his fly-half, Théo Aubriac, Delorme defended him.": the name that opens the
      // main clause after an opening phrase, with a verb rather than an apposition after it.
      if (isClauseSubject(ctx, from, m) || reportsAfter(ctx, m)) clauseSubject = p;
    }
    if (clauseSubject && !subjectAt(ctx, from, best)) best = clauseSubject;
    if (best) return { person: best, mention: word, kind: 'pronoun', via, position: at };
    sentences++;
    if (namesPeople) sentencesNamingPeople++;
  }
  if (roleSubject) return { person: roleSubject.person, mention: word, kind: 'pronoun', via, position: at };
  // An unwritten subject ("Part of it went like this:") after sentences about "she" in this
  // paragraph: whoever that "she" is.
  if (word === '' && !fallback) {
    const chained = subjectPronounBefore(ctx, at);
    if (chained) return { ...resolvePronoun(ctx, chained.word, chained.at, via), mention: word, position: at };
  }
  // A paragraph that opens with a pronoun continues the previous one: its subject ("Okafor, a
  // summer signing, opened the scoring. He doubled…" → “…,” he said) is meant if it was named after
  // the last quote's speaker spoke.
  let previousBlock = ctx.blockStart > 2 ? previousParagraphStart(ctx.text, ctx.blockStart) : ctx.blockStart;
  // ("…, 81-year-old Maureen Dwyer sat in a blanket. / She and a neighbour sheltered … / “…”": a
  // paragraph naming nobody that opens with "she" hands on the one before.)
  if (i >= 0 && ctx.names[i].start < previousBlock && previousBlock > 2 && /^(?:He|She)\s/.test(ctx.text.slice(previousBlock, previousBlock + 4)) && (!wanted || /^She/.test(ctx.text.slice(previousBlock, previousBlock + 3)) === (wanted === 'f'))) {
    previousBlock = previousParagraphStart(ctx.text, previousBlock);
  }
  if (i >= 0 && ctx.names[i].start < ctx.blockStart && (!ctx.lastSpeaker || ctx.names[i].start > ctx.lastSpeaker.at)) {
    for (; i >= 0 && ctx.names[i].start >= previousBlock && (!ctx.lastSpeaker || ctx.names[i].start > ctx.lastSpeaker.at); i--) {
      const m = ctx.names[i];
      if (insideQuote(ctx, m.start) || isOrganisationName(m.words)) continue;
      const p = ctx.people.resolveName(m);
      // Across a paragraph break a gendered pronoun needs a person known to have that gender.
      if (!p || !personal(p) || p === ctx.lastSpeaker?.person || (wanted && genderHere(p) !== wanted)) continue;
      // (Or introduced there: "Among the patients was Maureen Dacey, 74, …", "…, Ann Lo, who …".)
      if (inSubjectPosition(ctx, sentenceStart(ctx.text, m.start, previousBlock), m.start) || introducedAt(ctx, m.start)) return { person: p, mention: word, kind: 'pronoun', via, position: at };
    }
  }
  // The same with a role as that paragraph's subject: "The prime minister's speech … He repeated …".
  if (ctx.blockStart > 2 && (!ctx.lastSpeaker || ctx.lastSpeaker.at < previousBlock)) {
    const role = recentRoleSubject({ ...ctx, blockStart: previousBlock }, ctx.blockStart - 2, (p) => fits(p) && (!wanted || genderHere(p) !== null || isPersonLike(p)));
    if (role && (!ctx.lastSpeaker || role.person !== ctx.lastSpeaker.person) && !namesPersonIn(ctx, lo, ctx.blockStart)) {
      return { person: role.person, mention: word, kind: 'pronoun', via, position: at };
    }
  }
  // "…, Irene Muskego. / “…,” the 63-year-old told CBC News": a description (not a pronoun) is
  // more likely someone just introduced than the last speaker.
  // (Only someone the page introduces, not an object in passing: "the coach added" after "a late
  // goal from Kai Havertz" is still the coach.)
  if (word !== '' && !pronounGender(lowerWord) && ctx.lastSpeaker && fallback === null) {
    // (Someone: a first name, an office or a description; not "Sri Lanka", named twice.)
    const introduced = ctx.people.lastMentioned(at, (p) => personal(p) && (isGivenName(p.parts[0]!) || p.roles.length > 0 || p.described === true));
    const named = introduced ? lastBefore(introduced.mentions, at) : -1;
    // (Named by the reporter, not inside someone's quote: "“Kaia played better,” the Italian said.")
    if (introduced && introduced !== ctx.lastSpeaker.person && named > ctx.lastSpeaker.at && !insideQuote(ctx, named) && introducedAt(ctx, named)) return { person: introduced, mention: word, kind: 'pronoun', via, position: at };
  }
  const recent = ctx.lastSpeaker && at - ctx.lastSpeaker.at < 1500 && fits(ctx.lastSpeaker.person) ? ctx.lastSpeaker.person : null;
  // Someone just named in this paragraph beats the previous speaker.
  // A pronoun with a gender looks first for the latest person known to have it.
  let gendered = wanted ? ctx.people.lastMentioned(at, (p) => personal(p) && genderHere(p) === wanted) : null;
  // "son of Albert Amberley, a farmer … he told an interviewer": someone named once in passing is
  // not who "he" means when the page is about another man named again and again.
  if (gendered && wanted) {
    const main = ctx.people.mostMentionedBefore(at, (p) => personal(p) && genderHere(p) === wanted);
    if (main && main.person !== gendered && main.mentions >= 3 && gendered.mentions.filter((m) => m < at).length === 1) gendered = main.person;
  }
  // (Only for a pronoun or a dropped subject: "says the current manager, who took over in 2015" describes someone else.)
  const person = fallback ?? (word === '' || pronounGender(lowerWord) !== null ? soleUnknownSubject(ctx, at, via) : null) ?? recent ?? gendered ?? ctx.people.lastMentioned(at, personal) ?? ctx.people.mostSalient(personal) ?? (wanted ? unknownNameNearby(ctx, at, wanted) : null);
  return { person, mention: word, kind: 'pronoun', via, position: at };
}

/**
 * "Ravi Chandrasekhar and Mei-Lin Huang founded the company. / “…,” he said. / “…,” she said": when
 * nobody known to be a person fits a gendered pronoun, a full name the page gives no gender to (a
 * first name no list knows), named in this paragraph or the two before, side by side with someone
 * known to be a person of the other gender ("X and Y", "X y su marido, Y"). (Alone, such a name is
 * as often a firm, a place or a product: "Goldman Sachs cut its forecast", "Flights to Costa Rica".)
 */
function unknownNameNearby(ctx: Context, at: number, wanted: 'm' | 'f'): Person | null {
  const from = paragraphsBack(ctx, 2);
  return ctx.people.lastMentioned(at, (p, mentionedAt) => mentionedAt >= from && !insideQuote(ctx, mentionedAt) && !p.quotedOnly && p.parts.length >= 2 && genderOf(p) === null && !isOrganisationName(p.parts) && !isPlace(p) && pairedWithPerson(ctx, mentionedAt, wanted === 'm' ? 'f' : 'm'));
}

/**
 * "Hace tres años, Tupac Huamán Quispe dejó su trabajo … / «Al principio mi familia …», cuenta.": a
 * full name whose first name no list knows (so neither surely a person nor of a known gender),
 * introduced as the subject of its sentence in this paragraph or the two before, since the last
 * speaker was named, with nobody else named there, when the quote speaks as one person. Alone, it
 * is whom the pronoun or the dropped subject stands for; beside anyone else (a second such name,
 * someone known to be a person, a first name alone) nothing is told.
 */
function soleUnknownSubject(ctx: Context, at: number, via: Attribution['via']): Person | null {
  if (!speaksAsOnePerson(ctx, at, via)) return null;
  const from = Math.max(paragraphsBack(ctx, 2), ctx.lastSpeaker ? ctx.lastSpeaker.at + 1 : 0);
  let found: Person | null = null;
  let foundEnd = from;
  for (let i = firstNameIndex(ctx.names, from); i < ctx.names.length && ctx.names[i].start < at; i++) {
    const m = ctx.names[i];
    if (insideQuote(ctx, m.start) || isOrganisationName(m.words)) continue;
    const p = ctx.people.resolveName(m);
    if (!p) {
      if (m.words.length === 1 && isGivenName(m.words[0])) return null;
      continue;
    }
    if (p === found || isPlace(p)) continue;
    // (The last speaker's own name, after the quote's opening mark, is no one else; named again
    // after the candidate, it is the one the page went back to.)
    if (p === ctx.lastSpeaker?.person) {
      if (found) return null;
      continue;
    }
    // (A clause goes on after the name, a verb or an apposition: not "J. M. / EL ORBE", a credit.)
    if (found || p.quotedOnly || isPersonLike(p) || p.parts.length < 2 || genderOf(p) !== null || !CLAUSE_AFTER_NAME.test(ctx.text.slice(m.end, m.end + 3)) || !introducedAt(ctx, m.start)) return null;
    found = p;
    foundEnd = m.end;
  }
  // (Nor when someone unnamed comes after the name: "Tendai Mupfumira founded the company … Today it
  // is run by a granddaughter. “…,” she says.")
  if (found) for (const unnamed of ctx.text.slice(foundEnd, at).matchAll(UNNAMED_PERSON)) if (isPersonNoun(unnamed[1]!.toLowerCase())) return null;
  return found;
}

const CLAUSE_AFTER_NAME = /^(?:,|\s\p{Ll})/u;
/** An indefinite article and a noun (perhaps after one adjective): "a granddaughter", "una vecina", "un ancien salarié". */
const UNNAMED_PERSON = /(?<![\p{L}])(?:a|an|un|une|una|ein|eine|einer)\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,})/gu;

/**
 * Whether the quote the pronoun or dropped subject at `at` speaks for (the one closing before it,
 * or with `via` 'before' or 'colon' the one opening after it) talks in the first person singular,
 * as no firm does ("“Growth is slowing,” she wrote" after "Goldman Sachs cut its forecast"). (Not
 * "mine", "mes": a pit, a Spanish month.)
 */
function speaksAsOnePerson(ctx: Context, at: number, via: Attribution['via']): boolean {
  const spans = ctx.quoteSpans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  const span = via === 'after' ? spans[lo - 1] : spans[lo];
  if (!span) return false;
  const words = ctx.text.slice(span[0], span[1]);
  return FIRST_PERSON_SINGULAR.test(words) || /(?<![\p{L}])I(?![\p{L}])/u.test(words);
}
const FIRST_PERSON_SINGULAR = /(?<![\p{L}'’])(?:(?:me|my|myself|je|moi|mon|ma|ich|mich|mir|meine?[mnrs]?|yo|mí|mi|mis|conmigo)(?![\p{L}'’])|[jm]['’](?=\p{L}))/iu;

/** Joins two people named side by side: "and", "y su marido,", "et sa femme,", "und ihr Mann,". */
const PAIRING = /^\s+(?:and|y|e|et|und)\s+(?:(?:his|her|their|su|sus|son|sa|ses|sein|seine|ihr|ihre)\s+\p{L}+,\s+)?$/iu;

/**
 * Whether the name mentioned at `at` is paired (PAIRING) with the name of someone known to be a
 * person of `gender`, right before or after it: the couple a pronoun of the other gender tells apart
 * ("Tom Baker and Goldman Sachs signed …" / "“…,” she wrote" is not the firm).
 */
function pairedWithPerson(ctx: Context, at: number, gender: 'm' | 'f'): boolean {
  const i = firstNameIndex(ctx.names, at);
  const here = ctx.names[i];
  if (here === undefined || here.start !== at) return false;
  const isPerson = (m: NameMention | undefined): boolean => {
    const p = m ? ctx.people.resolveName(m) : null;
    return !!p && isPersonLike(p) && genderOf(p) === gender;
  };
  const before = ctx.names[i - 1];
  const after = ctx.names[i + 1];
  return (before !== undefined && PAIRING.test(ctx.text.slice(before.end, here.start)) && isPerson(before)) || (after !== undefined && PAIRING.test(ctx.text.slice(here.end, after.start)) && isPerson(after));
}

/** Where the paragraph `count` paragraphs before the current one starts (the text's start if there are fewer). */
function paragraphsBack(ctx: Context, count: number): number {
  let from = ctx.blockStart;
  for (let k = 0; k < count && from > 0; k++) from = previousParagraphStart(ctx.text, from);
  return from;
}

/** The name at `at` introduces its person: the sentence's subject, "X, who …", "X, 58,", or after a copula ("Among them was the chief’s sister, Irene Muskego", "Entre ellos estaba Aurelio Santamaría"). */
function introducedAt(ctx: Context, at: number): boolean {
  const from = sentenceStart(ctx.text, at, 0);
  const name = nameAt(ctx.names, at);
  const after = name ? ctx.text.slice(name.end, name.end + 12) : '';
  // ("The lawyer for the builders, Ann Lo of Halbrook LLP, said": an apposition to the subject, closed before its verb.)
  const apposed = name ? APPOSITION_CLOSED_BEFORE_VERB.exec(ctx.text.slice(name.end, name.end + 60)) : null;
  // (Not a participle, which hangs on the main clause: "…, the city lawyer, Ann Lo, adding …".)
  // ("…, and the Speaker, Malcolm Trenholm, is on his feet": an auxiliary closes it as well.)
  if (apposed && ((isVerbToken(apposed[1]!) && !/ing$/.test(apposed[1]!)) || AUXILIARY_OR_MODAL.test(apposed[1]!)) && /,\s*$/.test(ctx.text.slice(from, at))) return true;
  // ("A contracts specialist in Maryland, Angela Hargrove has …": the subject after a description of her.)
  return inSubjectPosition(ctx, from, at) || (name !== null && isClauseSubject(ctx, from, name)) || /^,\s+(?:who|quien|qui)\s|^,\s+\d{1,2},/u.test(after) || /(?<![\p{L}])(?:was|were|is|are|war|était|fue|era|estaba|estaban)\s+(?:[^.;:!?“”"«»,]{0,60},\s*)?$/u.test(ctx.text.slice(from, at)) || (ctx.capitalisedNouns === true && GERMAN_CLAUSE_THEN_VERB.test(ctx.text.slice(from, at)));
}

const APPOSITION_CLOSED_BEFORE_VERB = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[^,.;:!?“”"«»()]{0,40})?,\s+(\p{Ll}+)/u;

/** "Wie sich Verdrängung anfühlt, kann Renate Obermaier erzählen": a German subordinate clause opening the sentence, then the verb, then its subject. */
const GERMAN_CLAUSE_THEN_VERB = /^\s*(?:Wie|Was|Wer|Wenn|Als|Nachdem|Weil|Ob|Dass|Obwohl|Während|Seit|Seitdem|Bevor|Sobald|Warum|Wo)\s[^.;:!?“”"«»„]{3,120},\s+\p{Ll}+\s+$/u;

const AGE_IN_DESCRIPTION = /\b(\d{1,3})(?:-(?:year-old|jährige[rn]?)\b|\s+(?:años|ans)\b)/i;

/** The person named before `at` with that age beside their name ("Angela Hargrove, 45,", "Kessler (58)", "45-year-old Angela Hargrove"). */
export function personAged(ctx: Context, age: string, at: number): Person | null {
  let found: Person | null = null;
  for (const entry of agesGiven(ctx).get(age) ?? []) if (entry.at < at) found = entry.person;
  return found;
}

/** The decade each noun names, by its first four letters. */
const DECADES: Record<string, number> = { tren: 30, trei: 30, quad: 40, cuar: 40, quin: 50, cinc: 50, sexa: 60, sept: 70, octo: 80, nona: 90 };

/**
 * The person of the nearest name before `at` given an age in the decade from `decade` ("Bakary
 * Keïta, 44 ans"), looking back over the last few dozen names; null when that name is nobody known
 * ("Hamid, 34 ans": someone known by a first name only); undefined when no such name is near.
 */
function personOfDecade(ctx: Context, decade: number, at: number): Person | null | undefined {
  for (let i = firstNameIndex(ctx.names, at) - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const m = ctx.names[i]!;
    const given = AGE_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 20)) ?? AGE_BEFORE_NAME.exec(ctx.text.slice(Math.max(0, m.start - 60), m.start));
    if (!given || Math.floor(Number(given[1]) / 10) * 10 !== decade) continue;
    const p = ctx.people.resolveName(m);
    return p && isPersonLike(p) ? p : null;
  }
  return undefined;
}

/** The ages the page gives `person` between commas beside their name ("Coco Gauff, 21,"; not a seed or a minute in brackets, "Gauff (3)"). */
export function statedAges(ctx: Context, person: Person): string[] {
  const ages: string[] = [];
  for (const [age, entries] of agesGiven(ctx)) if (entries.some((entry) => entry.person === person && !entry.bracketed)) ages.push(age);
  return ages;
}

/** Every name with an age beside it, by age, in page order (once per page). */
function agesGiven(ctx: Context): Map<string, { at: number; person: Person; bracketed: boolean }[]> {
  let ages = agesOf.get(ctx.people);
  if (!ages) {
    // Once per page: every name with an age beside it, in page order.
    ages = new Map();
    for (const m of ctx.names) {
      const given = AGE_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 20)) ?? AGE_BEFORE_NAME.exec(ctx.text.slice(Math.max(0, m.start - 60), m.start));
      const p = given ? ctx.people.resolveName(m) : null;
      if (!given || !p || !isPersonLike(p)) continue;
      const list = ages.get(given[1]!) ?? [];
      list.push({ at: m.start, person: p, bracketed: given[0].includes('(') });
      ages.set(given[1]!, list);
    }
    agesOf.set(ctx.people, ages);
  }
  return ages;
}
const agesOf = new WeakMap<People, Map<string, { at: number; person: Person; bracketed: boolean }[]>>();
const AGE_BEFORE_NAME = /\b(\d{1,3})-(?:year-old|jährige[rn]?)\s+(?:\p{Ll}+\s+)?$/u;

/** Whether the first name at `at` is given to a possessive's relative: "Su hija Lucía", "his son Mateo", "sa fille, Lucie". */
function relativeByFirstName(ctx: Context, from: number, at: number): boolean {
  const kin = /(?:^|[\s,])(\p{L}+)\s+(\p{L}+),?\s*$/u.exec(ctx.text.slice(Math.max(from, at - 40), at));
  return !!kin && POSSESSIVES.has(kin[1]!.toLowerCase()) && isKinWord(kin[2]!);
}

/** Whether the sentence opening at `from` (up to `to`) has a reporting verb outside quotations. */
function reportsInSentence(ctx: Context, from: number, to: number): boolean {
  return reportingVerbBetween(ctx, from, sentenceEnd(ctx.text, from, to));
}

/** Someone the reporter says is not named: "who declined to give her name", "sous couvert d’anonymat". */
export const ANONYMITY = /\b(?:(?:only|nur) (?:(?:his|her|seinen|ihren) )?(?:first name|Vornamen)|gave (?:his|her|their) (?:first )?name only as|gave only (?:his|her|their) first name|(?:identified|known) (?:in court )?only as|(?:declined|refused) to (?:be (?:identified|named)|give (?:his|her|their) (?:full |last )?name)|(?:would not|wouldn['’]t|did not|didn['’]t) give (?:his|her|their) (?:full |last )?name|asked not to be (?:named|identified)|(?:did not|didn['’]t) want to be (?:named|identified)|on (?:the )?condition of anonymity|requested anonymity|sous (?:le )?couvert d(?:e l)?['’]anonymat|(?:a|ont) requis l['’]anonymat|garder l['’]anonymat|(?:demandé|demande|souhaité|souhaite|préféré|préfère) (?:à )?ne pas être (?:nommée?s?|identifiée?s?|cités?)|pidió no ser (?:identificad[oa]|nombrad[oa])|(?:pidió|prefirió|prefiere|pide) no (?:dar|revelar|publicar|decir) su (?:nombre|identidad|apellido)|pidió (?:el )?anonimato|pidió reserva de su (?:nombre|identidad)|bajo condición de anonimato|anonym bleiben|nicht namentlich (?:genannt|zitiert) werden (?:will|wollte|möchte|wolle)|(?:seinen|ihren) Namen nicht (?:nennen|veröffentlicht))/i;

/**
 * Where the sentence of a pronoun at `at` starts. After a quote of several sentences ("“There was
 * tape. Red tape,” he said") that is where the quote opens, not at its last sentence.
 */
function pronounSentenceStart(ctx: Context, at: number): number {
  const own = sentenceStart(ctx.text, at, ctx.blockStart);
  const quote = spanAround(ctx.quoteSpans, own);
  // (Not when the quote ends right there: "… d’un mètre. » Selon lui, …" starts after it.)
  return quote && quote[0] < own && /\p{L}/u.test(ctx.text.slice(own, quote[1])) ? sentenceStart(ctx.text, quote[0], ctx.blockStart) : own;
}

/**
 * "One long-serving fitter, who asked not to be named, was blunter. “…,” he said.": the sentence
 * before the pronoun's opens with someone unnamed and names nobody, so that is who "he" is.
 *
 * `pronoun` is the lower-cased word standing for the speaker ('' for a dropped subject).
 */
export function unnamedJustIntroduced(ctx: Context, at: number, pronoun = ''): boolean {
  const own = pronounSentenceStart(ctx, at);
  if (own <= ctx.blockStart) return false;
  const previous = sentenceStart(ctx.text, own - 1, ctx.blockStart);
  return aboutSomeoneUnnamed(ctx, previous, own, pronoun);
}

/**
 * The indefinite lead of text[from, to) names a person: a person's noun among its first words
 * ("A rock drill operator", "One of the residents", "Une habitante"), or "who" after them.
 */
function introducesPerson(ctx: Context, from: number, to: number): boolean {
  const words = wordsAfterLead(ctx, from, to, 5);
  for (let n = 0; n < words.length; n++) {
    const word = words[n]!;
    if (isPersonNoun(word)) return true;
    if (RELATIVE_FOR_PERSON.test(word)) return n > 0;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word) || isVerbToken(word)) break;
  }
  return false;
}

/** The indefinite lead of text[from, to) is an event or an object ("A fire", "Une inondation", "Ein Brand", "l’une des enseignes"). */
function thingAfterLead(ctx: Context, from: number, to: number): boolean {
  const words = wordsAfterLead(ctx, from, to, 4);
  for (let n = 0; n < words.length; n++) {
    const word = words[n]!;
    // (The head noun only: "Un chauffeur de camion" is a driver, "A tax accountant" an accountant.)
    if (isVerbToken(word) || LEAD_NOUN_END.test(word)) break;
    const next = words[n + 1];
    // (Only before a noun for a person: "A fire gutted …" is a fire.)
    const modifier = next !== undefined && (isPersonNoun(next) || /^\p{Ll}+(?:er|or|ant|ist|ian|man|woman)s?$/u.test(next)) && !isVerbToken(next);
    if (THING_NOUN.test(word) && !modifier) return true;
  }
  return false;
}

const LEAD_NOUN_END = /^(?:that|which|who|qui|que|der|die|das|of|de|du|des|del|von|à|from|at|in|on|with|for|is|was|will|has|had|a|est|a été|es|ist|war)$/i;

/** Up to `count` words after the indefinite lead ("A", "Une", "One of the") of text[from, to); none when it has no such lead. */
function wordsAfterLead(ctx: Context, from: number, to: number, count: number): string[] {
  const lead = INDEFINITE_LEAD.exec(ctx.text.slice(from, to));
  const words: string[] = [];
  if (!lead) return words;
  for (let k = ctx.tokens.firstAtOrAfter(from + lead[0].length - 1); words.length < count && k < ctx.tokens.length && ctx.tokens.starts[k]! < to; k++) words.push(ctx.tokens.word(k));
  return words;
}
const THING_NOUN = /^(?:tax|law|rule|ban|deal|vote|round|ward|variant|list|study|review|inquiry|delay|rate|increase|approach|system|policy|measure|budget|scheme|programme|program|project|fire|blaze|flood|storm|explosion|blast|crash|earthquake|quake|landslide|decision|ruling|shop|store|building|house|car|truck|bus|train|plane|ship|boat|bomb|shell|rocket|drone|wave|virus|outbreak|incendie|inondation|tempête|séisme|décision|enseigne|magasin|boutique|commerce|maison|voiture|camion|bombe|obus|vague|incendio|inundación|tormenta|explosión|terremoto|decisión|tienda|casa|coche|camión|bomba|ola|brand|feuer|flut|hochwasser|sturm|beben|entscheidung|laden|geschäft|haus|auto|lastwagen|welle|hauch)s?$/iu;
const RELATIVE_FOR_PERSON = /^(?:who|whom|whose|quien|quienes)$/i;

/** Words after a sentence-opening "A" that make it the Romance preposition ("A las 21.40", "A la sortie"). */
const ROMANCE_AFTER_A = /^(?:las|los|la|le|les|el|lo|l|su|sus|partir|pesar|través|finales|principios|mediados|fin|mi|mis|cada|esa|ese|esta|este|nuestro|nuestra|medida)$/i;

const SCENE_THEN_INDEFINITE = /^\s*(?:In|At|On|Near|Beside|Outside|Inside|Behind|Across|Along|Among|Further|Dans|Devant|Derrière|Près|Sur|Sous|Im|Am|Vor|Neben|Hinter|Más|Detrás|Junto|Frente|Unos metros|Quelques mètres|A few (?:metres|meters|yards|feet))(?:\s[^,.;:!?“”"«»„]{2,80})?,\s*(?:[^,.;:!?“”"«»„]{3,80},\s*)?(?=(?:a|an|un|une|una|uno|ein|eine|einer)\s)/u;
/** A person-like name outside quotes in text[from, to) ("Among them was Grace Osei, a …"). */
export function personNamedBetween(ctx: Context, from: number, to: number): boolean {
  for (let i = firstNameIndex(ctx.names, from); i < ctx.names.length && ctx.names[i].start < to; i++) {
    const p = insideQuote(ctx, ctx.names[i].start) ? null : ctx.people.resolveName(ctx.names[i]);
    if (p && isPersonLike(p)) return true;
  }
  return false;
}
const ONLY_AS_BEFORE = /(?:only as|nur als|solo como|sólo como|únicamente como|seulement comme|sous le nom de)\s+$/i;

/** The sentence text[from, to) opens with someone unnamed ("One fitter", "Eine Pflegekraft") or keeps them anonymous, and names nobody. */
function aboutSomeoneUnnamed(ctx: Context, from: number, to: number, pronoun = ''): boolean {
  const sentence = ctx.text.slice(from, to);
  // A sentence inside someone's quote ("A lot of ice.”) is their words, not the reporter's.
  const first = from + sentence.search(/\S|$/);
  if (insideQuote(ctx, first) || /^[“"«„‘]/.test(ctx.text.slice(first, first + 1))) return false;
  const anonymous = ANONYMITY.test(sentence);
  // "Near the front line, hundreds of miles away, an infantry commander who …": a person introduced
  // after a scene-setting phrase of place (not "Maria Lopez, a nurse, …": an apposition to a name).
  const scene = !anonymous && !INDEFINITE_LEAD.test(sentence) ? SCENE_THEN_INDEFINITE.exec(sentence) : null;
  if (scene && introducesPerson(ctx, from + scene[0].length, to) && !personNamedBetween(ctx, from, from + scene[0].length)) return aboutSomeoneUnnamed(ctx, from + scene[0].length, to, pronoun);
  if (!anonymous && !INDEFINITE_LEAD.test(sentence)) return false;
  const lead = ctx.tokens.firstAtOrAfter(from);
  const noun = ctx.tokens.get(lead + 1);
  if (!anonymous && (!noun || NON_PERSON_NOUN.test(noun.word))) return false;
  // "A las 21.40, compareció …": the Spanish and French preposition, not the English article.
  if (!anonymous && /^a$/i.test(ctx.tokens.get(lead).word) && noun && ROMANCE_AFTER_A.test(noun.word)) return false;
  // Someone introduced so ("A rock drill operator", "Ein Mädchen") is who the pronoun stands for,
  // whatever the grammatical gender of the noun; a thing that happened ("A fire gutted its kitchen",
  // "Une inondation a ravagé …") is no one; any other noun only with a pronoun of its gender ("Un
  // second courriel … Il évoque « … »": the e-mail's words, nobody's; not "Une décision … il").
  if (!anonymous && pronoun !== '' && !introducesPerson(ctx, from, to)) {
    if (thingAfterLead(ctx, from, to)) return false;
    const article = /(?:^|[\s,’'])(un|une|uno|una|ein|eine|einer|otro|otra)(?=[\s’'])/iu.exec(sentence.slice(0, 100));
    const gender = article ? indefiniteArticleGender(article[1]!) : null;
    if (gender && pronounGender(pronoun) && gender !== pronounGender(pronoun)) return false;
  }
  // The capitalised "One" opening the sentence is no name.
  // ("Isabel Ramos (no relation), one of Ms Varga’s deputies, …" names her before the "one of".)
  const afterLead = INDEFINITE_LEAD.test(sentence) && INDEFINITE_ARTICLE_OR_ONE.test(ctx.tokens.get(lead).word) ? ctx.tokens.get(lead).end : from;
  for (let i = firstNameIndex(ctx.names, afterLead); i < ctx.names.length && ctx.names[i].start < to; i++) {
    const n = ctx.names[i];
    // "der nur seinen Vornamen Andreas nennen will": a first name alone names nobody.
    if (insideQuote(ctx, n.start) || isOrganisationName(n.words)) continue;
    // "Un cadre du Centre de services scolaire des Trois-Pins": a place names no one.
    const named = ctx.people.resolveName(n);
    if ((n.words.length === 1 && !named) || (named && isPlace(named))) continue;
    // "identified only as Ah Ying": the name the person let the paper use is no full name.
    if (ONLY_AS_BEFORE.test(ctx.text.slice(Math.max(0, n.start - 24), n.start))) continue;
    // "seinen Vornamen Andreas": a German noun before the first name is no name of its own.
    if (n.words.length === 2 && !isGivenName(n.words[0]) && isGivenName(n.words[1])) continue;
    // "… bestätigt Kranichs Darstellung", "… cuestionan el planteo de Ledesma": someone the unnamed
    // person talks about (a possessive, or after a preposition) is not who the sentence is about.
    if (namedAsObject(ctx, n, named)) continue;
    return false;
  }
  return true;
}

const OBJECT_PREPOSITION_BEFORE = /(?:^|\s)(?:of|about|with|to|for|from|by|against|de|del|d['’]|du|des|à|au|con|contra|para|sobre|von|vom|mit|gegen|für|über)\s*$/i;

/** Participles that give a name rather than act on a person: "a man named …", "a woman called …". */
const NAMING_PARTICIPLE = /^(?:named|called|nicknamed|dubbed|surnamed|christened|renamed|identified|listed|titled|entitled)$/;

/** A name as something's owner ("Kranich's", "Kranichs Darstellung") or after a preposition ("de Ledesma"). */
function namedAsObject(ctx: Context, n: NameMention, p: Person | null): boolean {
  if (OBJECT_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, n.start - 8), n.start))) return true;
  // "… and accused Dean Hollis of selling …": in English a name right after a verb in the past is its object.
  // (Not a name given, "a man named John Smith", nor an adjective after an article, "the embattled John Smith".)
  const verb = ctx.english ? /(?:^|\s)(\p{Ll}+)\s+(\p{Ll}{3,}ed)\s+$/u.exec(ctx.text.slice(Math.max(0, n.start - 32), n.start)) : null;
  if (verb && !NAMING_PARTICIPLE.test(verb[2]!) && !DETERMINERS.has(verb[1]!)) return true;
  if (/['’]s?$/.test(ctx.text.slice(n.start, n.end)) || /^['’]s?\s/.test(ctx.text.slice(n.end, n.end + 3))) return true;
  // German genitive: a known person's surname with an "s" added ("Kranichs Darstellung" is read as one name).
  const first = n.words[0]!;
  if (!/\p{Ll}s$/u.test(first) || isGivenName(first.slice(0, -1))) return false;
  const owner = ctx.people.byWord(first.slice(0, -1), n.start);
  return owner !== null && owner.parts.includes(first.slice(0, -1).toLowerCase()) && (p === null || p === owner);
}

/**
 * "A volunteer, who did not want to be named, said …" / "Sharon, who asked that her surname not be
 * used, said …" ending the paragraph before one that opens “…,” she said: that nobody again.
 */
function previousParagraphAboutNobody(ctx: Context, at: number, pronoun: string): boolean {
  const own = pronounSentenceStart(ctx, at);
  if (/\S/.test(ctx.text.slice(ctx.blockStart, own)) || ctx.blockStart < 2) return false;
  const previousEnd = ctx.blockStart - 2;
  const previousStart = previousParagraphStart(ctx.text, ctx.blockStart);
  const last = sentenceStart(ctx.text, previousEnd - 1, previousStart);
  const saved = ctx.blockStart;
  ctx.blockStart = previousStart;
  try {
    return openedByFirstNameOnly(ctx, last, previousEnd) || aboutSomeoneUnnamed(ctx, last, previousEnd, pronoun);
  } finally {
    ctx.blockStart = saved;
  }
}

/**
 * The description `described` ("the functionary") ends in a noun that the sentence before it, in
 * this paragraph or closing the one before, gave someone unnamed ("A senior party functionary, who
 * did not wish to be named, …").
 */
function unnamedIntroducedAs(ctx: Context, at: number, described: string): boolean {
  const words = described.split(/\s+/);
  const noun = words[words.length - 1]!;
  if (words.length < 2 || !DETERMINERS.has(words[0]!) || !/^\p{Ll}+$/u.test(noun)) return false;
  const own = pronounSentenceStart(ctx, at);
  let from: number;
  let to: number;
  let blockStart = ctx.blockStart;
  if (own > ctx.blockStart) {
    to = own;
    from = sentenceStart(ctx.text, own - 1, ctx.blockStart);
  } else {
    if (ctx.blockStart < 2) return false;
    to = ctx.blockStart - 2;
    blockStart = previousParagraphStart(ctx.text, ctx.blockStart);
    from = sentenceStart(ctx.text, to - 1, blockStart);
  }
  let mentioned = false;
  for (let k = ctx.tokens.firstAtOrAfter(from); k < ctx.tokens.length && ctx.tokens.get(k).start < to && !mentioned; k++) mentioned = lowerCase(ctx.tokens.get(k).word) === noun;
  if (!mentioned) return false;
  const saved = ctx.blockStart;
  ctx.blockStart = blockStart;
  try {
    return aboutSomeoneUnnamed(ctx, from, to, '');
  } finally {
    ctx.blockStart = saved;
  }
}

/**
 * "“…,” one rescuer told AFP, asking not to be named. / “…,” he said": the last quote was someone
 * unnamed's, in this paragraph or the one before, and nobody has been named outside quotes since.
 */
function unnamedSpokeLast(ctx: Context, at: number, wanted: 'm' | 'f' | null): boolean {
  if (!ctx.lastUnnamed || (wanted && ctx.lastUnnamed.gender && wanted !== ctx.lastUnnamed.gender)) return false;
  const since = ctx.lastUnnamed.at;
  if (since > at || (ctx.lastSpeaker && ctx.lastSpeaker.at > since)) return false;
  const previousBlock = ctx.blockStart > 2 ? previousParagraphStart(ctx.text, ctx.blockStart) : 0;
  if (since < previousBlock) return false;
  for (let i = firstNameIndex(ctx.names, since); i < ctx.names.length && ctx.names[i].start < at; i++) {
    const p = ctx.people.resolveName(ctx.names[i]);
    if (p && isPersonLike(p) && !insideQuote(ctx, ctx.names[i].start)) return false;
  }
  return true;
}

/** "Saulnay Habitat indique … « … », précise-t-il": the sentence before the pronoun's is a company's or a body's. */
function bodyJustBefore(ctx: Context, at: number): boolean {
  const own = sentenceStart(ctx.text, at, ctx.blockStart);
  if (own <= ctx.blockStart || !hasNonPersonSubject(ctx, own - 1)) return false;
  // …and the body says something there ("indique", "assure"): "Die Belegschaft sei motiviert" is
  // someone else's account of a workforce.
  const previous = sentenceStart(ctx.text, own - 1, ctx.blockStart);
  // (Not when that sentence names a person the pronoun may stand for: "The data has appeared in 40
  // papers, most of which Dolores Finch did not write. Asked about this, she shrugged: “…”".)
  if (personNamedBetween(ctx, previous, own)) return false;
  // (Nor when someone described reports that sentence: "The jury is due to visit the field, the
  // judge added. “Bring boots,” he told them.")
  // (The description with its article: "le cabinet du ministre affirme" is the office's staff.)
  // (Only an office someone named before holds: "the judge added" after Judge Simon Treadwell; an
  // unnamed reporter, "affirme le porte-parole", still leaves "il" to no one named.)
  const described = (article: number) => article >= 0 && article + 1 < ctx.tokens.length && ctx.tokens.get(article).start >= previous && ctx.tokens.get(article + 1).start < own && DETERMINERS.has(lowerCase(ctx.tokens.get(article).word)) && isPersonNoun(ctx.tokens.get(article + 1).word) && ctx.people.holdersOf(lowerCase(ctx.tokens.get(article + 1).word)).some((p) => (p.mentions[0] ?? Infinity) < previous);
  let verb = false;
  for (let k = ctx.tokens.firstAtOrAfter(previous); k < ctx.tokens.length && ctx.tokens.get(k).start < own; k++) {
    const word = ctx.tokens.get(k).word;
    if (!isVerbToken(word)) continue;
    verb = true;
    if (isReportingVerb(word) && (described(k - 2) || described(k + 1))) return false;
  }
  return verb;
}

// (Also past an aside set off by commas: "Ella, sin embargo, se mostró optimista", "She, too, said".)
const SUBJECT_PRONOUN_START = /(?:^|[.!?]\s+|,\s+)(he|she|il|elle|er|sie|él|ella)(?:,\s+[^,.;:!?“”"«»„]{1,40},)?\s+\p{Ll}/giu;

/** Whether the sentence from `from` opens with a subject pronoun of that gender ("She urged …"). */
function opensWithPronoun(ctx: Context, from: number, gender: 'm' | 'f'): boolean {
  const first = /^(\p{L}+)\s+(\p{Ll}[\p{L}'’]*)/u.exec(ctx.text.slice(from, from + 40));
  if (!first || pronounGender(first[1]!.toLowerCase()) !== gender || insideQuote(ctx, from)) return false;
  // Not impersonal "Il y a …", "Il faut …", "Il est …", nor plural "Sie sagten".
  return !IMPERSONAL_AFTER_IL.test(first[2]!) && !(/^sie$/i.test(first[1]!) && /en$/.test(first[2]!));
}
const IMPERSONAL_AFTER_IL = /^(?:y|faut|fallait|s['’]agit|est|était|reste|restait|semble|semblait|paraît|suffit|pleut|arrive)$/i;

/** The last subject pronoun opening a sentence or clause in this paragraph before `at`. */
function subjectPronounBefore(ctx: Context, at: number): { word: string; at: number } | null {
  // (The last 800 characters: a long paragraph of quotes would otherwise be read again for each one.
  // Searched only there: a search from them ran on to the page's end when they held no full stop.)
  const lead = at - 800 > ctx.blockStart ? ctx.text.slice(at - 800, at + 1).indexOf('. ') : -1;
  const sentenceAfter = lead < 0 ? -1 : at - 800 + lead;
  const start = sentenceAfter >= 0 && sentenceAfter < at ? sentenceAfter + 2 : ctx.blockStart;
  const span = ctx.text.slice(start, at);
  let found: { word: string; at: number } | null = null;
  for (const m of span.matchAll(SUBJECT_PRONOUN_START)) {
    const pos = start + m.index! + m[0].indexOf(m[1]!);
    if (!insideQuote(ctx, pos)) found = { word: m[1]!, at: pos };
  }
  return found;
}

/** Whether "a/an/one … <head>" introduced someone unnamed in the 600 characters before `at`. */
export function introducedUnnamed(ctx: Context, head: string, at: number): boolean {
  return unnamedIntroductionAt(ctx, head, at) >= 0;
}

/** Where "a/an/one … <head>" introduced someone unnamed in the 600 characters before `at`, or -1. */
export function unnamedIntroductionAt(ctx: Context, head: string, at: number): number {
  const from = Math.max(0, at - 600);
  let patterns = unnamedIntroduction.get(head);
  if (!patterns) {
    const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not an office's former or next holder ("a former mayor"), nor Spanish/French "a" before an
    // article ("pidió ayuda a la ministra").
    const pattern = new RegExp(`(?:^|[\\s,;])(?:an?(?!\\s+(?:la|le|el|los|las|les|l['’]))|one|another|un|une|ein|eine|einer|una?|otr[oa]|weiterer?)\\s+(?!(?:former|ex|deputy|vice|acting|new|ancien|ancienne|nouveau|nouvelle|ehemalige[rn]?|neue[rn]?)\\s)(?:[\\p{L}’'-]+\\s+){0,3}${escaped}(?![\\p{L}])`, 'giu');
    // (The head word alone, with the same flags: the pattern ends on it, so a window without it holds no match.)
    patterns = { head: new RegExp(escaped, 'iu'), pattern };
    unnamedIntroduction.set(head, patterns);
  }
  const window = ctx.text.slice(from, at);
  // Most windows do not hold the head word at all, and a search for it alone costs far less than
  // the whole pattern, with its Unicode letter classes under 'i' (6% of the fixture pages' time).
  if (!patterns.head.test(window)) return -1;
  const pattern = patterns.pattern;
  pattern.lastIndex = 0;
  let last = -1;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    // ("Daniel Hsu, an analyst at Keystone, said": an apposition to a name introduces no one new.)
    const start = from + m.index + (/^[\s,;]/.test(m[0]) ? 1 : 0);
    const lead = ctx.text.slice(Math.max(0, start - 3), start);
    const comma = lead.lastIndexOf(',');
    let nameEnd = comma >= 0 && /^,\s*$/.test(lead.slice(comma)) ? start - lead.length + comma : -1;
    // ("Daniel Hsu (許丹尼), an analyst", "Walter Brennigan (R-Mont.), a senator": past a bracket after the name.)
    const bracket = nameEnd > 0 && ctx.text[nameEnd - 1] === ')' ? /\s*\([^()]{1,30}\)$/.exec(ctx.text.slice(Math.max(0, nameEnd - 40), nameEnd)) : null;
    if (bracket) nameEnd -= bracket[0].length;
    const name = nameEnd >= 0 ? nameAt(ctx.names, nameEnd - 1) : null;
    // (Not a name after a preposition or a verb: "Asked about Kirby, a defence ministry spokesman said" is someone else.)
    if (name && ctx.people.resolveName(name) && !OBJECT_BEFORE_NAME.test(ctx.text.slice(Math.max(0, name.start - 12), name.start))) continue;
    last = from + m.index;
  }
  return last;
}
const unnamedIntroduction = new Map<string, { head: RegExp; pattern: RegExp }>();
const OBJECT_BEFORE_NAME = /(?:^|\s)(?:about|with|to|for|from|of|by|at|on|in|asked|told|met|à|avec|de|pour|par|con|para|sobre|mit|über|für|von)\s+$/i;

/** "Au deuxième, Kevin, 23 ans, étudiant, a été réveillé": the sentence from `from` opens with someone known by a first name only. */
export function openedByFirstNameOnly(ctx: Context, from: number, to: number): boolean {
  while (from < to && /\s/.test(ctx.text[from])) from++;
  const opening = /^[^,.;:!?“”"«»]{3,80},\s+(?=\p{Lu})/u.exec(ctx.text.slice(from, to));
  for (const at of opening ? [from, from + opening[0].length] : [from]) {
    const name = nameAt(ctx.names, at);
    if (name && name.start === at && name.words.length === 1 && isGivenName(name.words[0]) && !ctx.people.resolveName(name)) return true;
  }
  return false;
}
