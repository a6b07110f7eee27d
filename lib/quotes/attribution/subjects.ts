// The subject of a reporting verb or of a sentence.

import { PRONOUNS, isKinWord, isPersonLike, isRoleHead, isTitleWord, isOrganisationName, spanAround, type NameMention, type Person } from '../people';
import { isSpaceCode, previousParagraphStart, sentenceEnd } from '../tokens';
import { lowerCase } from '../lower-case';
import { isGivenName } from '../given-names';
import { ADDRESSEE, AGE_WORD, ATTACHED_PRONOUN, type Attribution, BETWEEN, COORDINATORS, type Context, sentenceStartIn, DEMONSTRATIVE, type PreviousSubject, DETERMINERS, firstTokenFrom, INDEFINITE, INDEFINITE_ARTICLE, NATIONALITY, NON_PERSON_NOUN, POSSESSIVES, SPOKESPERSON, isDecadeNoun, isDescriptionNoun, isPersonNoun } from './context';
import { ELIDED_ARTICLE, firstNameIndex, insideQuote, isVerbToken, mentionEndingAt, mentionStartingAt, nameAt, resolveNameMention, unnamedFrom } from './names';
import { ANONYMITY, openedByFirstNameOnly, resolvePronoun, statedAges, unnamedJustIntroduced } from './pronouns';
import { kinMention, pageMainPerson, relativeOf, roleMention, speaksForHolder } from './roles';

/** Words that, after a name, start a phrase about it rather than its verb. */
const AFTER_NAME_NOT_VERB = /^(?:of|de|du|des|del|von|vom|der|die|das|di|da|and|et|und|y|e|or|ou|oder|o|who|qui|que|der|die|welche|quien|which|whose)$/i;

/** `m` follows a comma-ended opening phrase and is followed by a word that is not a preposition or conjunction: the main clause's subject. */
export function isClauseSubject(ctx: Context, from: number, m: NameMention): boolean {
  const before = ctx.text.slice(from, m.start);
  if (!/,\s*$/.test(before)) return false;
  const after = /^ (\p{Ll}[\p{L}'’-]*)/u.exec(ctx.text.slice(m.end, m.end + 40));
  return !!after && !AFTER_NAME_NOT_VERB.test(after[1]);
}

/** "Petra Oslund, 34, a nurse, said she had …": the name is the subject of a reporting verb after its appositions. */
export function reportsAfter(ctx: Context, m: NameMention): boolean {
  const after = /^(?:(?:,[^,.;:!?“”"«»]{1,60}?(?=,)){1,3},)?\s+(\p{L}+)/u.exec(ctx.text.slice(m.end, m.end + 160));
  return !!after && isVerbToken(after[1]!);
}

/** Whether the name at `pos` is the subject opening its sentence ("Puis Olivier Dambrine a …"), not an object ("signée Inès Verhaegen"). */
export function opensSentence(ctx: Context, pos: number): boolean {
  return inSubjectPosition(ctx, sentenceStartIn(ctx, pos, ctx.blockStart), pos);
}

/** Whether `p` is named at the very start of the sentence from `from`. */
export function subjectAt(ctx: Context, from: number, p: Person | null): boolean {
  if (!p) return false;
  const first = ctx.names.find((n) => n.start >= from && n.start < from + 60);
  return !!first && inSubjectPosition(ctx, from, first.start) && ctx.people.resolveName(first) === p;
}

/** "selon lui", "según ella", "laut ihr", "according to him": the subject pronoun each stands for. */
export const OBJECT_PRONOUN: Record<string, string> = { lui: 'il', elle: 'elle', él: 'él', ella: 'ella', ihm: 'er', ihr: 'sie', him: 'he', her: 'she' };

/** Collective subjects: "the opposition denounces", "l’opposition dénonce", "Kritiker sprechen von". */
export const AUXILIARY = /^(?:had|has|have|was|is|would|will|also|then|later|ha|han|hat|hatte|a|avait)$/i;
export const CLITIC = /^(?:les|le|la|lui|leur|se|me|te|nos|os|ihnen|ihm|ihr|them|him|her|us)$/i;
/** French and Spanish auxiliaries of a compound past ("a dénoncé", "s’est amusé", "ha defendido", "había dicho"). */
export const PERFECT_AUXILIARY = /^(?:a|avait|s['’]est|s['’]était|ha|había)$/i;
/** The people around someone: "allies of", "friends of", "proches de", "el entorno de", "Vertraute von". */
const CIRCLE = /^(?:allies|friends|aides|colleagues|supporters|relatives|family|associates|advisers|advisors|proches|amis|conseillers|entourage|collaborateurs|allegados|amigos|colaboradores|entorno|asesores|freunde|vertraute|berater|umfeld)$/i;
export const GROUP_SUBJECT = /^(?:(?:l['’])?opposition|oposición|opposition|critics|critiques|kritiker|críticos|opponents|unions?|syndicats?|gewerkschaften?|sindicatos?|residents|riverains|anwohner|vecinos|activists|militants|aktivisten|activistas|campaigners|experts|experten|expertos|economists|économistes|ökonomen|economistas|analysts|analystes|analysten|analistas|opposants|gauche|droite|linke|izquierda|derecha|sources|fuentes|quellen|aides|allies|insiders|officials|funcionarios|responsables|police|authorities|witnesses|investigators|firefighters|paramedics|officers|troopers|deputies|lawmakers|legislators|diplomats|observers|protesters|protestors|demonstrators|organisers|organizers|researchers|scientists|doctors|polizei|behörden|ermittler|zeugen|autorités|enquêteurs|témoins|manifestants|policía|autoridades|testigos|investigadores|manifestantes)$/i;

/** Whether token `k` follows a preposition, directly or after an article ("ante los investigadores", "to police"). */
function objectOfPreposition(ctx: Context, k: number): boolean {
  const previous = ctx.tokens.get(k - 1)?.word ?? '';
  const beforeArticle = DETERMINERS.has(lowerCase(previous)) || /^(?:los|las|les|des)$/i.test(previous) ? (ctx.tokens.get(k - 2)?.word ?? '') : previous;
  return PREPOSITION.test(beforeArticle) || PHRASE_PREPOSITION.test(beforeArticle) || /^(?:ante|bajo|según|devant|auprès|gegenüber)$/i.test(beforeArticle);
}

/** A German clause opening on its object: "Den …", "Dem …", "Einen …", "Diesem …". */
const OBJECT_FIRST = /^(?:Den|Dem|Einen|Einem|Diesen|Diesem|Ihren|Ihrem|Seinen|Seinem)$/;

/** Subject of reporting verb at token `v`: looks left over adverbs/auxiliaries, then right (inverted). */
export function subjectOfVerb(ctx: Context, v: number, from: number, to: number, via: Attribution['via'], inverted: boolean): Attribution | null {
  const verb = ctx.tokens.get(v).word;
  // "Den Wirbel um Arslan nennt er „…“": German may put the object first; a subject pronoun right
  // after the verb is the subject ("er" always; "sie" only after an object opening, "Dem Verwalter bescheinigte sie").
  const pronounAfter = ctx.capitalisedNouns ? ctx.tokens.get(v + 1) : undefined;
  if (pronounAfter && pronounAfter.start < to && (pronounAfter.word === 'er' || (pronounAfter.word === 'sie' && OBJECT_FIRST.test(ctx.tokens.get(ctx.tokens.firstAtOrAfter(from))?.word ?? ''))) && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(v).end, pronounAfter.start))) {
    // (Not someone named in that object: "um Arslan" is whom he talks about.)
    return { ...resolvePronoun(ctx, pronounAfter.word, sentenceStartIn(ctx, pronounAfter.start, ctx.blockStart), via), position: pronounAfter.start };
  }
  // "the leader of the country’s biggest union described …": an office with its "of" phrase.
  const office = officeWithComplementBefore(ctx, v, from);
  if (office !== null) return roleMention(ctx, office, via);
  // "la regidora saliente acusa", "le maire sortant dénonce": an office with an adjective after it.
  const beforeAdjective = ctx.tokens.get(v - 2);
  if (beforeAdjective && beforeAdjective.start >= from && v >= 3 && isRoleHead(beforeAdjective.word) && /^\p{Ll}+$/u.test(ctx.tokens.get(v - 1).word) && !isVerbToken(ctx.tokens.get(v - 1).word) && DETERMINERS.has(lowerCase(ctx.tokens.get(v - 3).word)) && /^\s+$/.test(ctx.text.slice(beforeAdjective.end, ctx.tokens.get(v).start).replace(ctx.tokens.get(v - 1).word, ''))) {
    return roleMention(ctx, v - 2, via);
  }
  const before = ctx.tokens.get(v - 1);
  // "the minister’s office said": an office's owner does not speak.
  const owner = ctx.tokens.get(v - 2);
  if (before && owner && owner.start >= from && /['’]s$/.test(owner.word) && isRoleHead(owner.word.slice(0, -2)) && speaksForHolder(ctx, v - 2, v - 2)) {
    return { person: null, mention: ctx.text.slice(owner.start, before.end), kind: 'anonymous', via, position: owner.start };
  }
  // ("for what it called “…”": English "it" right before the verb, after "what"/"which", is a body or a
  // document reporting; not "she said it told a “…”", a reported clause about a thing.)
  // (Asked only of a word inside the clause.)
  // (Not a group after a preposition, which Spanish may put before the verb: "Ante los investigadores declaró Sánchez".)
  if (before && before.start >= from && ((GROUP_SUBJECT.test(before.word) && !objectOfPreposition(ctx, v - 1)) || (/^it$/i.test(before.word) && v >= 2 && /^(?:what|which)$/i.test(ctx.tokens.get(v - 2).word))) && /^\s+$/.test(ctx.text.slice(before.end, ctx.tokens.get(v).start))) {
    return { person: null, mention: ctx.text.slice(before.start, before.end), kind: 'anonymous', via, position: before.start };
  }
  // (Both forms with a pronoun attached have a hyphen: "dit-il", "justifie-t-on".)
  const hyphenated = verb.includes('-');
  if (hyphenated && ATTACHED_PRONOUN.test(verb)) return resolvePronoun(ctx, verb, ctx.tokens.get(v).start, via);
  // "… a Ignacio Valdebenito, que reconoce su derrota": a subject relative clause's verb has the name before it.
  // ("…, who allegedly said": adverbs may sit between.)
  // ("…, qui a dénoncé", "…, que ha defendido": an auxiliary or an object clitic may sit between too.)
  let r = v - 1;
  while (r > 0 && ctx.tokens.get(r).start >= from && ((/ly$/.test(ctx.tokens.get(r).word) && BETWEEN.has(lowerCase(ctx.tokens.get(r).word))) || isRelativeAuxOrClitic(ctx.tokens.get(r).word))) r--;
  let relative = ctx.tokens.get(r);
  // "…, que dirige el certamen y que ha defendido …": a second relative joined by "and" shares the first one's antecedent.
  if (r >= 2 && relative.start >= from && /^(?:que|qui|who)$/i.test(relative.word) && COORDINATORS.has(lowerCase(ctx.tokens.get(r - 1).word))) {
    const first = firstRelativeBefore(ctx, r - 1, from, lowerCase(relative.word));
    if (first !== null) relative = ctx.tokens.get((r = first));
  }
  // ("recordó, en presencia de Pedro Gil, que …": not a relative, but the reporting verb's object clause.)
  if (r >= 1 && relative.start >= from && /^(?:que|qui|who)$/i.test(relative.word) && /,\s*$/.test(ctx.text.slice(ctx.tokens.get(r - 1).end, relative.start)) && !(/^que$/i.test(relative.word) && objectClauseAfterAside(ctx, r, from))) {
    // ("Jean Roux, 68 ans, président de l’amicale, qui dénonce": the name before a short apposition.)
    const direct = mentionEndingAt(ctx, r - 1, via);
    const antecedent = direct?.person ? direct : (nameBeforeApposition(ctx, r, from, via) ?? direct);
    // "selon l’entourage du président, qui évoque un échange « … »", "allies of the chancellor, who
    // called it …": the circle around the person is the clause's subject, nobody named.
    // (The circle may open the mention itself: "l’entourage du président".)
    if (antecedent?.person) {
      const first = ctx.tokens.firstAtOrAfter(antecedent.position);
      let of = OF_WORD.test(ctx.tokens.get(first + 1)?.word ?? '') ? first + 1 : first - 1;
      if (of < first && of > 0 && DETERMINERS.has(lowerCase(ctx.tokens.get(of).word))) of--;
      const group = of > 0 ? ctx.tokens.get(of - 1) : undefined;
      if (group && group.start >= from && OF_WORD.test(ctx.tokens.get(of).word) && (CIRCLE.test(group.word.replace(/^l['’]/i, '')) || GROUP_SUBJECT.test(group.word))) {
        return { person: null, mention: ctx.text.slice(group.start, ctx.tokens.get(r - 1).end), kind: 'anonymous', via, position: group.start };
      }
    }
    if (antecedent?.person && antecedent.kind === 'name') return antecedent;
    // "she had spoken with the local mayor, who described the town as “…”": someone unnamed (a
    // description, not a place or a country: "Sarvanie, qui réclame", "(Jalan Kayu West), who asked").
    // (Only "who" and "qui", which are their clause's subject: Spanish "que" may be its object, "al
    // ministro, que calificó de «…»", said by the sentence's subject; see below.)
    if (antecedent?.kind === 'anonymous' && /^\p{Ll}/u.test(antecedent.mention) && /^(?:who|qui)$/i.test(relative.word)) return antecedent;
    // "la meta de superávit, que calificó de «innegociable»": an object relative in Spanish drops
    // its subject, who is the person the sentence is about.
    if (!antecedent && /(?:ó|aron|ieron)$/.test(verb)) {
      // (Not after someone unnamed with a complement, "Un diputado del grupo mayoritario, que pidió
      // no ser identificado, admitía": the relative's subject is that description.)
      const unnamed = unnamedBeforeRelative(ctx, r, from);
      if (unnamed) return { person: null, mention: unnamed, kind: 'anonymous', via, position: relative.start };
      const implicit = resolvePronoun(ctx, '', relative.start, via);
      if (implicit.person) return implicit;
    }
  }
  // "Le candidat, lui, assume", "La ministre, elle, promet": an emphatic pronoun set off after the subject.
  const emphatic = ctx.tokens.get(v - 1);
  if (v >= 3 && emphatic.start >= from && /^(?:lui|elle|eux|elles)$/i.test(emphatic.word) && /,\s*$/.test(ctx.text.slice(ctx.tokens.get(v - 2).end, emphatic.start)) && /^\s*,/.test(ctx.text.slice(emphatic.end, ctx.tokens.get(v).start))) {
    const k = v - 2;
    const subject = mentionEndingAt(ctx, k, via);
    if (subject) return subject;
    // "Le principal intéressé, lui, …": a definite description of someone named before.
    for (let d = k - 1; d >= k - 3 && d >= 0 && ctx.tokens.get(d).start >= from; d--) {
      if (DETERMINERS.has(lowerCase(ctx.tokens.get(d).word))) return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(d).start, ctx.tokens.get(k).end), ctx.tokens.get(d).start, via);
      if (!/^\p{Ll}+$/u.test(ctx.tokens.get(d).word)) break;
    }
  }
  // "justifie-t-on à Matignon": the impersonal "on", nobody named.
  if (hyphenated && /-(?:t-)?on$/i.test(verb)) return { person: null, mention: verb, kind: 'anonymous', via, position: ctx.tokens.get(v).start };
  // "…», a-t-elle ajouté": the pronoun rides on the auxiliary before the verb.
  const auxiliary = ctx.tokens.get(v - 1);
  if (auxiliary && auxiliary.start >= from && ATTACHED_PRONOUN.test(auxiliary.word)) return resolvePronoun(ctx, auxiliary.word, auxiliary.start, via);
  let last = v - 1;
  // "… a pour sa part plaidé", "… por su parte advirtió": an aside before the verb is no part of the subject.
  // (The aside's last word is the one before the verb: a word test rules most verbs out before the regex.)
  const aside = v > 0 && ASIDE_LAST_WORD.test(ctx.tokens.get(v - 1).word) ? ASIDE_BEFORE_VERB.exec(ctx.text.slice(Math.max(from, ctx.tokens.get(v).start - 30), ctx.tokens.get(v).start)) : null;
  if (aside) {
    const before = ctx.tokens.firstAtOrAfter(ctx.tokens.get(v).start - aside[0].length) - 1;
    if (before >= 0 && ctx.tokens.get(before).start >= from) last = before;
  }
  // "Sen. Dale R. Whitcombe (R-Kan.) said": the subject is before the parenthesis.
  if (last > 0 && codeWithin(ctx.text, 41, ctx.tokens.get(last).end, ctx.tokens.get(v).start) && /\)\s*$/.test(ctx.text.slice(ctx.tokens.get(last).end, ctx.tokens.get(v).start))) {
    const open = ctx.text.lastIndexOf('(', ctx.tokens.get(last).start);
    if (open >= from && ctx.tokens.get(v).start - open < 40) last = ctx.tokens.firstAtOrAfter(open) - 1;
  }
  // "le colonel Amadou Diabakaté – sans lien de parenté avec le ministre –, avait donné": the
  // subject is before an aside set off by dashes, not the person the aside mentions.
  if (last > 0) {
    const named = beforeDashedAside(ctx, last, from);
    if (named >= 0) last = named;
  }
  for (let k = last, steps = 0; k >= 0 && ctx.tokens.get(k).start >= from && steps < 4; k--, steps++) {
    const gap = ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k + 1).start);
    if (/[“”"«»„‘’‚]/.test(gap)) {
      const across = acrossQuoteMark(ctx, k);
      if (across === null) break;
      if (across !== 'through') {
        k = across;
        continue;
      }
    }
    if (gap.includes(',')) {
      // "The 29-year-old, who made 71 … by Pryce-Jenkins, added": a relative clause, whose last
      // name is not the subject; the subject is before it.
      const relative = relativeClauseStart(ctx, k, from);
      // "El gestor de un fondo …, que pidió no ser identificado, lo resumía así:": someone kept anonymous.
      // (Not when a name heads the clause: "Jane Doe, who represents a woman identified only as Ms A, said".)
      if (relative !== null && relative > 0 && ANONYMITY.test(ctx.text.slice(ctx.tokens.get(relative).start, ctx.tokens.get(k).end)) && !namedPersonEndingAt(ctx, relative - 1, via)) return unnamedFrom(ctx, relative - 1, via);
      if (relative !== null) {
        // ("El traumatólogo, que lleva 26 años en el hospital, describe": the clause says it is a person.)
        const subject = relative > 0 ? mentionEndingAt(ctx, relative - 1, via) ?? describedSubject(ctx, relative - 1, via, ctx.tokens.get(k).end) : null;
        // "X, director of the Agency, which advises importing countries, wrote": a clause about a
        // thing, inside an apposition; the subject is before them.
        // (Only inside an apposition that describes a person: not "After meeting Wes Streeting, the
        // BMA, which represents doctors, said", where the body is the subject.)
        const aboutThing = relative > 0 && /^which$/i.test(ctx.tokens.get(relative).word) && !subject?.person && describesPersonBefore(ctx, relative, from);
        // "L’ancienne championne de France, qui …, parle d’une victoire « … »": the clause hangs on a
        // description of a person whose complement ends in a place; the description opens the sentence.
        const opener = relative > 0 && subject?.kind === 'anonymous' && !subject.person && !aboutThing ? subjectFrom(ctx, from, ctx.tokens.get(relative).start) : null;
        if (opener?.person) return { ...opener, via };
        if (subject && !aboutThing) return subject;
        if (aboutThing) {
          k = relative;
          continue;
        }
        break;
      }
      // "A senior MP, Damien Ravel, told": the name right before the comma; else skip an appositive ("Kranz, father of two, says").
      // ("Awan, flanked by Maj Gen Kamran Rafiq, said": a phrase about company, not an apposition.)
      // ("Ihor Vovk, an opposition lawmaker who is not related to the foreign minister, said": the
      // office closes a relative clause inside the apposition, so it is not the subject either.)
      const direct = inCompanyPhrase(ctx, k, from) || inComplementPhrase(ctx, k, from) || inOriginPhrase(ctx, k, from) || unpunctuatedRelativeBefore(ctx, k, from) !== null ? null : mentionEndingAt(ctx, k, via);
      // "Su equipo, Euskal Lurra, explicó": a name in apposition to a body opening the sentence is the body's.
      if (direct?.kind === 'name' && bodyApposedTo(ctx, direct.position, from)) return { person: null, mention: direct.mention, kind: 'anonymous', via, position: direct.position };
      if (direct && direct.kind !== 'anonymous') return direct;
      for (let j = k - 1; j >= 0 && j >= k - 20 && ctx.tokens.get(j).start >= from; j--) {
        const g = ctx.text.slice(ctx.tokens.get(j).end, ctx.tokens.get(j + 1).start);
        if (/[.;:]/.test(g)) break;
        if (/[“”"«»„]/.test(g)) {
          const across = acrossQuoteMark(ctx, j);
          if (across === null) break;
          if (across !== 'through') {
            j = across;
            continue;
          }
        }
        // "Olivier Chappuis (sans lien de parenté), chargé de …, a plaidé": the name before the parenthesis.
        if (/^\)\s*,\s*$/.test(g)) {
          const open = ctx.text.lastIndexOf('(', ctx.tokens.get(j).start);
          const named = open >= from && ctx.tokens.get(j).end - open < 60 ? ctx.tokens.firstAtOrAfter(open) - 1 : -1;
          if (named >= 0 && ctx.tokens.get(named).start >= from) j = named;
        } else if (/^\s[–—]\s*,\s*$/.test(g)) {
          // (The same with dashes: "le colonel Amadou Diabakaté – sans lien de parenté avec le ministre –, avait …, saluant".)
          const named = beforeDashedAside(ctx, j, from);
          if (named >= 0) j = named;
        }
        if (g.includes(',')) {
          // "Yanis Carbonnel, porte-parole de la Brigade Aurélienne, le principal groupe de supporters,
          // prévient": an apposition about the body in the one before; the name before both speaks.
          if (inComplementPhrase(ctx, j, from) || inOriginPhrase(ctx, j, from)) {
            j = commaPhraseStart(ctx, j, from);
            continue;
          }
          // "Rafiq, who spoke after the minister, gave an account, saying": not the relative clause's "minister".
          const relative = relativeClauseStart(ctx, j, from);
          if (relative !== null) {
            const subject = relative > 0 ? mentionEndingAt(ctx, relative - 1, via) : null;
            if (subject?.person && isGivenName(subject.person.parts[0])) return subject;
            break;
          }
          // ("Jakob Rennick, a senior economist at Nordvik who isn’t related to the governor, was": the
          // comma closes an apposition with a relative clause in it; its subject is before the apposition.)
          const relativeInside = unpunctuatedRelativeBefore(ctx, j, from);
          if (relativeInside !== null) {
            j = relativeInside;
            continue;
          }
          const found = mentionEndingAt(ctx, j, via);
          // ("Jakob Rennick, a senior economist, was more skeptical, saying": the description is the name's apposition.)
          // ("Interrogé sur ces critiques, le ministre … les a balayées, dénonçant": a noun after a
          // preposition closes an opening phrase; the subject comes after it.)
          if (found && found.kind === 'anonymous' && !found.person && j >= 2 && (PHRASE_PREPOSITION.test(ctx.tokens.get(j - 1).word) || (PHRASE_PREPOSITION.test(ctx.tokens.get(j - 2).word) && /^\p{Ll}{2,4}$/u.test(ctx.tokens.get(j - 1).word)))) break;
          if (found && found.kind === 'anonymous' && !found.person) {
            const head = ctx.tokens.firstAtOrAfter(found.position);
            const named = head > 0 && /^\s*,\s*$/.test(ctx.text.slice(ctx.tokens.get(head - 1).end, found.position)) ? mentionEndingAt(ctx, head - 1, via) : null;
            if (named?.person && named.kind === 'name') return named;
          }
          if (found) return found;
          // "The 19-year-old, from Preston, said": a definite description of someone named before.
          const described = describedSubject(ctx, j, via, ctx.tokens.get(k).end);
          if (described) return described;
          break;
        }
      }
      // "Sunny Park, who reviews restaurants …, by her own count, 23 times, calls it": a relative
      // clause with commas of its own, after the name it describes.
      const named = nameBeforeLongRelative(ctx, k, from, via);
      if (named) return named;
      break;
    }
    // "and the team described his status as “…”", "The Treasury said …": a body with its article is
    // the subject, and names nobody (not the person the sentence began with). (Not in a clause about
    // a name: "under what the department calls “…”".)
    const body = ctx.tokens.get(k).word;
    if (k > 0 && ctx.tokens.get(k - 1).start >= from && /^the$/i.test(ctx.tokens.get(k - 1).word) && !/^(?:what|which|that|as)$/i.test(ctx.tokens.get(k - 2)?.word ?? '') && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start)) && ((/^\p{Ll}/u.test(body) && NON_PERSON_NOUN.test(body)) || (/^\p{Lu}\p{Ll}/u.test(body) && isOrganisationName([body])))) {
      return { person: null, mention: ctx.text.slice(ctx.tokens.get(k - 1).start, ctx.tokens.get(k).end), kind: 'anonymous', via, position: ctx.tokens.get(k - 1).start };
    }
    let found = mentionEndingAt(ctx, k, via);
    // "El hijo de Carmen Lozano ha criticado": her son, not her.
    if (found?.person && found.kind === 'name') {
      const firstOfName = firstTokenFrom(ctx.tokens, found.position, k);
      const of = ctx.tokens.get(firstOfName - 1);
      const kin = ctx.tokens.get(firstOfName - 2);
      if (of && kin && kin.start >= from && OF_WORD.test(of.word) && isKinWord(kin.word)) found = relativeOf(ctx, found.person, ctx.text.slice(kin.start, found.position + found.mention.length), kin.start, via);
    }
    // "One councilwoman who usually votes with Castellano called …": a name inside a relative clause
    // set off by no comma is its object; the subject is the noun the clause hangs on.
    if (found?.person) {
      const relative = unpunctuatedRelativeBefore(ctx, k, from);
      // (Not "a third-grader who she said “…”": there the name is the clause's own subject.)
      if (relative !== null && ctx.tokens.get(relative + 1).start < found.position) found = mentionEndingAt(ctx, relative - 1, via) ?? unnamedFrom(ctx, relative - 1, via);
    }
    // "A senior official traveling with Baek said", "A source close to the star told": the name is
    // the object of a phrase hanging on someone unnamed, who is the subject.
    // (Or an office: "A source close to the presenter told".)
    if (found?.person && (found.kind === 'name' || found.kind === 'role')) found = unnamedHolding(ctx, firstTokenFrom(ctx.tokens, found.position, k), from, via) ?? found;
    // "Rukhsana Baloch of the Awami Insaf Party accused": the person before the body they belong to.
    if (found && !found.person && found.kind === 'anonymous') {
      const bodyStart = firstTokenFrom(ctx.tokens, found.position, k);
      let of = bodyStart - 1;
      if (of > 0 && DETERMINERS.has(lowerCase(ctx.tokens.get(of).word))) of--;
      const member = of > 0 && ctx.tokens.get(of).start >= from && OF_WORD.test(ctx.tokens.get(of).word) ? mentionEndingAt(ctx, of - 1, via) : null;
      if (member?.person) found = member;
    }
    // "Allies of the chancellor said", "des proches de la ministre": the group around them speaks.
    if (found && found.person) {
      const firstOfMention = firstTokenFrom(ctx.tokens, found.position, k);
      const of = ctx.tokens.get(firstOfMention - 1);
      const group = ctx.tokens.get(firstOfMention - 2);
      // ("El comando de Ferrán informó", "the campaign of Ann Reyes said": a body of theirs, after its article.)
      const body = NON_PERSON_NOUN.test(group?.word ?? '') && DETERMINERS.has(ctx.tokens.get(firstOfMention - 3)?.word.toLowerCase() ?? '');
      if (of && group && group.start >= from && OF_WORD.test(of.word) && (GROUP_SUBJECT.test(group.word) || CIRCLE.test(group.word) || body)) {
        return { person: null, mention: ctx.text.slice(group.start, ctx.tokens.get(k).end), kind: 'anonymous', via, position: group.start };
      }
    }
    if (found) return found;
    // "A senior official at the ministry who sought anonymity … to speak to the media told": a
    // description closing a relative clause set off by no comma is its object, not the subject.
    if (steps === 0) {
      const relative = unpunctuatedRelativeBefore(ctx, k, from);
      if (relative !== null) return mentionEndingAt(ctx, relative - 1, via) ?? unnamedFrom(ctx, relative - 1, via);
    }
    const w = lowerCase(ctx.tokens.get(k).word);
    // An interviewer's question: "you said in 2021 that “…”" is the person interviewed, who is the page's main person.
    // ("Il vous décrit comme « … »": after a subject pronoun, "vous" is the object.)
    if (ADDRESSEE.test(w) && k > 0 && PRONOUNS.has(lowerCase(ctx.tokens.get(k - 1).word)) && ctx.tokens.get(k - 1).start >= from) return resolvePronoun(ctx, ctx.tokens.get(k - 1).word, ctx.tokens.get(k - 1).start, via);
    if (ADDRESSEE.test(w)) return { person: pageMainPerson(ctx), mention: ctx.tokens.get(k).word, kind: 'pronoun', via, position: ctx.tokens.get(k).start };
    // "the 67-year-old dairy farmer said": an age and a modifier before the noun.
    if (k > 2 && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 3).word)) && /^\d+-(?:year-old|jährige[rn]?)$/i.test(ctx.tokens.get(k - 2).word) && /^\p{Ll}+$/u.test(ctx.tokens.get(k - 1).word) && /^\p{Ll}+$/u.test(w) && !NON_PERSON_NOUN.test(w)) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 3).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 3).start, via);
    }
    // "the 38-year-old teacher said", "the 38-year-old engineer-turned-politician said": an age
    // right before a noun describes someone named before, whatever the noun ("businessman", "retiree"),
    // unless it is a body's ("the 150-year-old institution said").
    if (k > 1 && ctx.tokens.get(k - 2).start >= from && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 2).word)) && AGE_WORD.test(ctx.tokens.get(k - 1).word) && /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !/[^s]s$/.test(w) && !NON_PERSON_NOUN.test(w)) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 2).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 2).start, via);
    }
    // "the mother of three said", "the father-of-two told": a person's noun with the count of their
    // children, a description of someone just named.
    if (k > 2 && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i.test(w) && /^of$/i.test(ctx.tokens.get(k - 1).word) && isPersonNoun(ctx.tokens.get(k - 2).word) && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 3).word)) && ctx.tokens.get(k - 3).start >= from) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 3).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 3).start, via);
    }
    // "Cet ancien cadre bancaire dit", "This former banker says": a demonstrative description of someone just named.
    for (let m = 1; m <= 3 && k - m >= 0 && ctx.tokens.get(k - m).start >= from; m++) {
      if (!DEMONSTRATIVE.test(ctx.tokens.get(k - m).word)) {
        if (!/^\p{Ll}+$/u.test(ctx.tokens.get(k - m).word) || isVerbToken(ctx.tokens.get(k - m).word)) break;
        continue;
      }
      // (The noun itself, in one phrase: not "una norma de este tipo, ha celebrado", where "ha" is
      // an auxiliary after a comma and "de este tipo" a complement.)
      const phrase = ctx.text.slice(ctx.tokens.get(k - m).start, ctx.tokens.get(k).end);
      const afterPreposition = k - m > 0 && PHRASE_PREPOSITION.test(ctx.tokens.get(k - m - 1).word);
      if (/^\p{Ll}/u.test(ctx.tokens.get(k).word) && !NON_PERSON_NOUN.test(w) && !/[^s]s$/.test(w) && !BETWEEN.has(w) && !/[,;:]/.test(phrase) && !afterPreposition) {
        return resolvePronoun(ctx, phrase, ctx.tokens.get(k - m).start, via);
      }
      break;
    }
    // "the 19-year-old said": a definite description of someone already named (not the object of
    // a preposition: "who beat him in the primary called").
    // (The preposition must be in this clause: “… every time I clocked in,” the 41-year-old said.)
    if (k > 0 && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 1).word)) && !(k > 1 && ctx.tokens.get(k - 2).start >= from && PHRASE_PREPOSITION.test(ctx.tokens.get(k - 2).word)) && (isDescriptionNoun(w) || (/^\p{Ll}/u.test(ctx.tokens.get(k).word) && !/[^s]s$/.test(w) && !NON_PERSON_NOUN.test(w) && !BETWEEN.has(w)))) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 1).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 1).start, via);
    }
    // "El ingeniero forestal indicó", "le jeune élu a dit": a noun and an adjective opening the sentence.
    if (steps === 0 && k > 1 && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 2).word)) && ctx.tokens.get(k - 2).start >= from && (isDescriptionNoun(ctx.tokens.get(k - 1).word) || isRoleHead(ctx.tokens.get(k - 1).word)) && [k - 1, k].every((j) => /^\p{Ll}+$/u.test(ctx.tokens.get(j).word) && !NON_PERSON_NOUN.test(ctx.tokens.get(j).word) && !BETWEEN.has(lowerCase(ctx.tokens.get(j).word)) && !isVerbToken(ctx.tokens.get(j).word) && !/[^s]s$/.test(ctx.tokens.get(j).word)) && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(k - 2).end, ctx.tokens.get(k - 1).start) + ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start)) && /^[\s\p{L}]*$/u.test(ctx.text.slice(sentenceStartIn(ctx, ctx.tokens.get(k - 2).start, ctx.blockStart), ctx.tokens.get(k - 2).start)) && inSubjectPosition(ctx, sentenceStartIn(ctx, ctx.tokens.get(k - 2).start, ctx.blockStart), ctx.tokens.get(k - 2).start)) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 2).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 2).start, via);
    }
    if (!BETWEEN.has(w)) break;
  }
  // "räumte sie Fehler ein", "warnte sie davor", "dijo ella": a subject pronoun right after the verb (not English: "said she had").
  const after = ctx.tokens.get(v + 1);
  if (after && after.start < to && /^(?:er|sie|il|elle|él|ella)$/i.test(after.word) && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(v).end, after.start))) {
    return resolvePronoun(ctx, after.word, after.start, via);
  }
  if (!inverted) return null;
  const direct = mentionStartingAt(ctx, v + 1, to, via);
  if (direct) return direct;
  // "résume pour sa part un analyste", "señaló por su parte la ministra": an aside between the
  // inverted verb and its subject, as ASIDE_BEFORE_VERB is before it.
  const asideAfter = ASIDE_AFTER_VERB.exec(ctx.text.slice(ctx.tokens.get(v).end, Math.min(to, ctx.tokens.get(v).end + 40)));
  if (asideAfter) {
    const s = ctx.tokens.firstAtOrAfter(ctx.tokens.get(v).end + asideAfter[0].length);
    const who = mentionStartingAt(ctx, s, to, via);
    if (who) return who;
    if (INDEFINITE.test(ctx.tokens.get(s)?.word ?? '')) return unnamedFrom(ctx, s, via);
  }
  // "a répondu sobrement M. Varin", "a lancé en souriant Mme Roux", "a ironisé mardi soir le ministre":
  // an adverb or a gerund between the inverted verb and its subject.
  let past = v + 1;
  if (/^en$/i.test(ctx.tokens.get(past)?.word ?? '') && /ant$/.test(ctx.tokens.get(past + 1)?.word ?? '')) past += 2;
  else while (past <= v + 2 && INVERSION_ADVERB.test(ctx.tokens.get(past)?.word ?? '')) past++;
  if (past > v + 1 && ctx.tokens.get(past) && /^[\s\u00a0]+$/.test(ctx.text.slice(ctx.tokens.get(past - 1).end, ctx.tokens.get(past).start))) {
    const who = mentionStartingAt(ctx, past, to, via);
    if (who?.person) return who;
  }
  const late = subjectAfterCircumstance(ctx, v, to, via);
  if (late) return late;
  // "dijo a este periódico Pilar Aizpurúa", "said to reporters Jane Doe": past the listener to the speaker.
  if (!LISTENER_START.test(ctx.tokens.get(v + 1)?.word ?? '')) return null;
  // The listener right after the preposition is not the speaker ("dijo a Pasión Redonda").
  for (let k = v + 3; k <= v + 5 && k < ctx.tokens.length && ctx.tokens.get(k).start < to; k++) {
    // "reconoció ante este diario un funcionario que pidió no ser identificado": someone unnamed.
    // (Not the preposition "a", nor an article after one: "ha declarado a su llegada a un acto" names a place.)
    if (INDEFINITE_ARTICLE.test(ctx.tokens.get(k).word) && !/^a$/i.test(ctx.tokens.get(k).word) && k + 1 < ctx.tokens.length && /^\p{Ll}/u.test(ctx.tokens.get(k + 1).word) && !PREPOSITION.test(ctx.tokens.get(k - 1).word) && !/^(?:en|del)$/.test(ctx.tokens.get(k - 1).word)) return unnamedFrom(ctx, k, via);
    const named = nameAt(ctx.names, ctx.tokens.get(k).start);
    // "ha precisado a preguntas de Cebrián": the one asking, not the one answering.
    if (named && named.start === ctx.tokens.get(k).start) return OF_WORD.test(ctx.tokens.get(k - 1).word) ? null : resolveNameMention(ctx, named, via);
  }
  return null;
}

/** A body's noun after an article or possessive opening the sentence, then a comma: "Su equipo, ", "The club, ", "Der Verein, ". */
const BODY_BEFORE_APPOSITION = /^\s*(?:su|sus|el|la|the|its|their|le|son|sa|leur|der|die|das|sein|seine|ihr|ihre)\s+(\p{L}+),\s*$/iu;

/** Whether the name at `at` is set off after a body's noun that opens the clause from `from` (the body's name, no person's). */
function bodyApposedTo(ctx: Context, at: number, from: number): boolean {
  // (Only a short opening: most subjects have more before them, and the pattern is skipped.)
  if (at - from > 30) return false;
  const body = BODY_BEFORE_APPOSITION.exec(ctx.text.slice(from, at));
  return body !== null && (NON_PERSON_NOUN.test(body[1]!) || BODY_NOUN.test(body[1]!));
}
/** Bodies NON_PERSON_NOUN lacks: a sports team. */
const BODY_NOUN = /^(?:equipo|équipe|escudería|verein|klub|mannschaft)$/i;

/** Spanish words that open a time or place between a verb and its subject ("afirmó ayer la ministra", "aseguró en rueda de prensa el jefe"). */
const CIRCUMSTANCE_START = /^(?:ayer|hoy|anoche|anteayer|este|esta|en|durante|tras|desde)$/;
const WEEKDAY = /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/;

/**
 * The token before an aside set off by dashes that closes after token `k` ("Amadou Diabakaté – sans
 * lien de parenté avec le ministre –, a dit", "Rodrigo Villalba —sin parentesco con el presidente—,
 * que"), or -1: the subject is before the aside, not the person the aside mentions.
 */
function beforeDashedAside(ctx: Context, k: number, from: number): number {
  const end = ctx.tokens.get(k).end;
  const dash = /^\s*([–—])\s*,?\s*$/.exec(ctx.text.slice(end, ctx.tokens.get(k + 1)?.start ?? end));
  if (!dash) return -1;
  const open = ctx.text.lastIndexOf(dash[1]!, end - 1);
  // (A short aside within the sentence, opened after a word: not a dash between two clauses.)
  if (open <= from || end - open > 90 || !/\s/.test(ctx.text[open - 1]!) || /[.;:!?“”"«»„]/.test(ctx.text.slice(open, end))) return -1;
  // (Not a name in apposition to the subject: "The company's spokesman — Paul Okafor — said".)
  const inside = ctx.tokens.firstAtOrAfter(open + 1);
  const name = inside <= k ? nameAt(ctx.names, ctx.tokens.get(inside).start) : null;
  if (name && name.start === ctx.tokens.get(inside).start && name.end >= end) return -1;
  const before = ctx.tokens.firstAtOrAfter(open) - 1;
  return before >= 0 && ctx.tokens.get(before).start >= from ? before : -1;
}

/**
 * "«…», aseguró en rueda de prensa el jefe de la delegación, Ana Ruiz", "afirmó ayer la teniente de
 * alcalde": the subject after a short circumstance of time or place, set off by no comma. Only an
 * office with its article or a full name, and not one inside that circumstance ("en la sede del
 * ministro", "tras reunirse con Ana Ruiz").
 */
function subjectAfterCircumstance(ctx: Context, v: number, to: number, via: Attribution['via']): Attribution | null {
  const first = ctx.tokens.get(v + 1);
  if (!first || first.start >= to) return null;
  const opensCircumstance = CIRCUMSTANCE_START.test(first.word) || (/^el$/.test(first.word) && WEEKDAY.test(ctx.tokens.get(v + 2)?.word ?? ''));
  if (!opensCircumstance) return null;
  for (let k = v + 2; k <= v + 8 && k < ctx.tokens.length && ctx.tokens.get(k).start < to; k++) {
    if (!/^\s+$/.test(ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start))) return null;
    const previous = ctx.tokens.get(k - 1).word;
    if (PREPOSITION.test(previous) || /^(?:del|en|desde|durante|tras|este|esta)$/.test(previous)) continue;
    const word = ctx.tokens.get(k).word;
    if (/^(?:el|la)$/.test(word) && isRoleHead(ctx.tokens.get(k + 1)?.word ?? '')) {
      const who = mentionStartingAt(ctx, k, to, via);
      return who?.person || who?.kind === 'role' ? who : null;
    }
    const named = nameAt(ctx.names, ctx.tokens.get(k).start);
    if (named && named.start === ctx.tokens.get(k).start && named.words.length >= 2) {
      const who = resolveNameMention(ctx, named, via);
      return who?.person ? who : null;
    }
  }
  return null;
}

/**
 * "a senior official traveling with" / "a spokesperson for" / "a source close to" right before the
 * name at token `name`: an indefinite article, then lower-case words with a person's noun among them,
 * then a preposition. The unnamed person is who the words are about.
 */
function unnamedHolding(ctx: Context, name: number, from: number, via: Attribution['via']): Attribution | null {
  const preposition = ctx.tokens.get(name - 1);
  if (!preposition || preposition.start < from || !HOLDING_PREPOSITION.test(preposition.word)) return null;
  let person = false;
  for (let j = name - 2; j >= 0 && j >= name - 7 && ctx.tokens.get(j).start >= from; j--) {
    const word = ctx.tokens.get(j).word;
    if (!/^\s+$/.test(ctx.text.slice(ctx.tokens.get(j).end, ctx.tokens.get(j + 1).start))) return null;
    if (/^(?:a|an|one|another)$/i.test(word)) return person ? unnamedFrom(ctx, j, via) : null;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return null;
    person ||= isPersonNoun(word);
  }
  return null;
}
const HOLDING_PREPOSITION = /^(?:for|to|with|of|near|around|behind|beside|alongside)$/i;

/** A person's name (not a place's: "a police officer at the Oremeji Junction, who …") ends at token `k`. */
function namedPersonEndingAt(ctx: Context, k: number, via: Attribution['via']): boolean {
  const named = mentionEndingAt(ctx, k, via);
  return named?.kind === 'name' && named.person !== null && isPersonLike(named.person) && isGivenName(named.person.parts[0]!);
}

/** A nickname of a few words quoted in a subject's apposition ("known as the “Jhelum Express”", "whom colleagues call “the Coder”"). */
function shortQuoteAround(ctx: Context, at: number): readonly [number, number] | null {
  const span = spanAround(ctx.quoteSpans, at);
  if (!span || ctx.text.slice(span[0], span[1]).trim().split(/\s+/).length > 5) return null;
  // (Only a nickname: "who coined the phrase “green deal”" ends the search as any quote does.)
  return NICKNAMED_BEFORE.test(ctx.text.slice(Math.max(0, span[0] - 30), span[0])) ? span : null;
}
const NICKNAMED_BEFORE = /(?:known as|dubbed|nicknamed|call|calls|called|alias|surnommée?|apodad[oa]|conocid[oa] como|llaman|genannt|nennen)\s+(?:the\s+|le\s+|la\s+|l['’]|el\s+|der\s+|die\s+|das\s+)?$/iu;

/**
 * The backward search for a verb's subject meets a quotation mark after token `k`: "The pacer,
 * known as the “Jhelum Express” since his debut, admitted" steps over a short quote, 'through' its
 * opening mark, or to its first word from its closing mark; anything else (null) ends the search.
 */
function acrossQuoteMark(ctx: Context, k: number): 'through' | number | null {
  const here = ctx.tokens.get(k);
  const next = ctx.tokens.get(k + 1);
  const opening = shortQuoteAround(ctx, next.start);
  if (opening && opening[0] >= here.end) return 'through';
  const closing = shortQuoteAround(ctx, here.start);
  return closing && closing[1] <= next.start ? ctx.tokens.firstAtOrAfter(closing[0]) : null;
}

/** "for her part", "de son côté", "por su parte", "seinerseits": an aside next to a verb that names no one. */
const ASIDES = ['pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'quant à lui', 'quant à elle', 'por su parte', 'por otra parte', 'for his part', 'for her part', 'for their part', 'seinerseits', 'ihrerseits'];
const ASIDE_WORDS = ASIDES.join('|');
const ASIDES_BEFORE_VERB = [...ASIDES, 'wiederum'];
const ASIDE_BEFORE_VERB = new RegExp(String.raw`(?:^|\s)(?:${ASIDES_BEFORE_VERB.join('|')})[\s,]+$`, 'iu');
/** How every ASIDE_BEFORE_VERB ends ("pour sa part", "quant à lui", "wiederum"), as the end of a word. */
const ASIDE_LAST_WORD = new RegExp(`(?:${[...new Set(ASIDES_BEFORE_VERB.map((aside) => aside.slice(aside.lastIndexOf(' ') + 1)))].join('|')})$`, 'iu');
const ASIDE_AFTER_VERB = new RegExp(String.raw`^,?\s+(?:${ASIDE_WORDS})[\s,]+(?=\S)`, 'iu');

/** Nouns for what someone said, which the reporter can hang a clause on: "a charge X denied". */
export const QUOTE_NOUN = /^(?:charge|claim|remark|comment|description|phrase|term|word|accusation|label|characteri[sz]ation|allegation|suggestion|jibe|swipe|barb)s?$/i;
/**
 * Index of the role head in "the <role> of <a few words> <verb at v>" (the office's holder is the
 * subject), or null. No punctuation between the role and the verb.
 */
function officeWithComplementBefore(ctx: Context, v: number, from: number): number | null {
  for (let k = v - 2; k >= v - 8 && k > 0 && ctx.tokens.get(k - 1).start >= from; k--) {
    if (/[,;:“”"«»„]/.test(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k + 1).start))) return null;
    if (!OF_WORD.test(ctx.tokens.get(k + 1).word) || !isRoleHead(ctx.tokens.get(k).word) || !DETERMINERS.has(lowerCase(ctx.tokens.get(k - 1).word))) continue;
    // The words between "of" and the verb are a plain noun phrase: no verb, no name of a person.
    for (let j = k + 2; j < v; j++) if (isVerbToken(ctx.tokens.get(j).word) || nameAt(ctx.names, ctx.tokens.get(j).start)) return null;
    return k;
  }
  return null;
}

/** Adverbs that may open a German sentence on their own, before its verb: "Dann sagte Kessler". */
const FRONTED_ADVERB = /^(?:Dann|Danach|Daraufhin|Prompt|Sofort|Später|Heute|Gestern|Zuletzt|Anschließend|Hinterher|Damals|Zudem|Außerdem|Auch|Dort|Hier|Jetzt|Nun|Inzwischen|Zunächst|Zuvor|Trotzdem|Dennoch|Deshalb|Daher|Darauf|Dazu|Immerhin|Stattdessen|Gleichzeitig|Schließlich|Bisher|Bislang|Seither|Offenbar|Allerdings)$/;

/**
 * "Bei der Pressekonferenz sprach der 58-Jährige von „…“", "Am Mittwoch sagte Brenner, es gebe „…“":
 * a German main clause keeps its verb second, so when a phrase of place or time (or an adverb)
 * opens the sentence, the subject stands right after the verb — not inside the opening phrase
 * ("Über seine Tochter sagt der Heizungsbaumeister, sie sei „…“" is his, not hers).
 */
export function germanSubjectAfterVerb(ctx: Context, v: number, sentenceFrom: number, to: number, via: Attribution['via']): Attribution | null {
  if (!ctx.capitalisedNouns) return null;
  const { tokens, text } = ctx;
  const opener = tokens.firstAtOrAfter(sentenceFrom);
  if (opener >= v || v - opener > 8) return null;
  const first = tokens.get(opener).word;
  const prepositional = /^\p{Lu}\p{Ll}+$/u.test(first) && (PHRASE_PREPOSITION.test(first) || GERMAN_PREPOSITION.test(first)) && v - opener >= 2;
  if (!prepositional && !(FRONTED_ADVERB.test(first) && v === opener + 1)) return null;
  // (One phrase, with no clause of its own: "Nach dem Spiel, das er verlor, sprach …" is not this.)
  if (/[,;:“”"«»„]/.test(text.slice(tokens.get(opener).end, tokens.get(v).start))) return null;
  for (let j = opener + 1; j < v; j++) if (isVerbToken(tokens.get(j).word)) return null;
  return subjectRightAfterVerb(ctx, v, to, via);
}

/** The subject right after a German verb: a name, or a person's description after its article. */
function subjectRightAfterVerb(ctx: Context, v: number, to: number, via: Attribution['via']): Attribution | null {
  const { tokens, text } = ctx;
  const after = tokens.get(v + 1);
  if (!after || after.start >= to || !/^\s+$/.test(text.slice(tokens.get(v).end, after.start))) return null;
  // "Daraufhin rief (daraufhin) ein Abgeordneter dazwischen": someone unnamed, after an adverb or none.
  const indefinite = INDEFINITE_AFTER_VERB.test(after.word) ? v + 1 : GERMAN_ADVERB_AFTER_VERB.test(after.word) && INDEFINITE_AFTER_VERB.test(tokens.get(v + 2)?.word ?? '') ? v + 2 : -1;
  if (indefinite > 0 && tokens.get(indefinite + 1) && tokens.get(indefinite + 1).start < to && isPersonNoun(tokens.get(indefinite + 1).word.replace(/^\p{Lu}+-/u, ''))) return unnamedFrom(ctx, indefinite, via);
  const name = nameAt(ctx.names, after.start);
  if (name && name.start === after.start) return mentionStartingAt(ctx, v + 1, to, via);
  // "Zum Abschluss stand er auf und sagte": "er" right after the verb is its subject. (Not "sie", which
  // may be a body, "veröffentlichte sie (die Polizei)", or an object, "begrüßte sie der Trainer".)
  if (after.word === 'er') return { ...resolvePronoun(ctx, after.word, after.start, via), position: after.start };
  // "Über den Vater sagt seine Tochter": a relation after its possessive.
  if (POSSESSIVES.has(after.word) && isKinWord(tokens.get(v + 2)?.word ?? '')) return mentionStartingAt(ctx, v + 1, to, via);
  // "sprach der 58-Jährige", "sagte die Ministerin": a person's description after its article, with
  // a singular verb ("warnten die Ärzte", "warnte die Gewerkschaft" are a group or a body).
  if (!/^(?:der|die)$/.test(after.word) || /en$/.test(tokens.get(v).word)) return null;
  for (let k = v + 2; k <= v + 3 && k < tokens.length && tokens.get(k).start < to; k++) {
    const w = tokens.get(k).word;
    if (/^\p{Ll}+$/u.test(w)) continue;
    if (!AGE_WORD.test(w) && !isPersonNoun(w)) return null;
    const described = mentionStartingAt(ctx, v + 1, to, via);
    if (described?.person) return described;
    return resolvePronoun(ctx, text.slice(after.start, tokens.get(k).end), after.start, via);
  }
  return null;
}

/** A German indefinite article opening a subject, and the adverbs that may stand between a verb and its subject. */
const INDEFINITE_AFTER_VERB = /^(?:ein|eine)$/;
const GERMAN_ADVERB_AFTER_VERB = /^(?:daraufhin|dann|sofort|später|prompt|gleich|auch|noch|bereits|schließlich|zudem)$/;

/** Whether token `k` opens a mention of a person (not a German noun read as a name, "Ende"). */
function namesPersonAt(ctx: Context, k: number): boolean {
  const named = nameAt(ctx.names, ctx.tokens.get(k).start);
  const person = named ? ctx.people.resolveName(named) : null;
  return person !== null && isPersonLike(person);
}

/** German prepositions PHRASE_PREPOSITION lacks (it serves English too, where "an" is an article): "An einem Punkt", "Seit Jahren". */
const GERMAN_PREPOSITION = /^(?:an|aus|unter|über|seit|gegen|gegenüber|trotz|wegen|ab|zu)$/i;

/** Words that open or fill a German noun phrase after a preposition: "Auf der anderen Seite", "In seinem Büro". */
const PHRASE_ARTICLE = /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|diesem|dieser|diesen|dieses|jedem|jeder)$/;

/**
 * The subject of a German sentence opening on a phrase of time or place, whatever its verb:
 * "Heute sitzt der 41-Jährige in der Küche …", "Auf der anderen Seite haderte Frank Dellmann …".
 * The phrase is a preposition, an article, lower-case adjectives and one noun (or a lone adverb);
 * the verb comes next, then the subject.
 */
export function germanSubjectAfterOpening(ctx: Context, from: number, to: number, via: Attribution['via']): Attribution | null {
  const v = germanVerbAfterOpening(ctx, from, to);
  return v < 0 ? null : subjectRightAfterVerb(ctx, v, to, via);
}

/** The token index of the verb after a German sentence's opening phrase of time or place (see germanSubjectAfterOpening), or -1. */
function germanVerbAfterOpening(ctx: Context, from: number, to: number): number {
  if (!ctx.capitalisedNouns) return -1;
  const { tokens, text } = ctx;
  const opener = tokens.firstAtOrAfter(from);
  const first = tokens.get(opener);
  if (!first || first.start >= to) return -1;
  let v = opener + 1;
  if (/^\p{Lu}\p{Ll}+$/u.test(first.word) && (PHRASE_PREPOSITION.test(first.word) || GERMAN_PREPOSITION.test(first.word))) {
    if (PHRASE_ARTICLE.test(tokens.get(v)?.word ?? '')) v++;
    while (v < opener + 4 && /^\p{Ll}+$/u.test(tokens.get(v)?.word ?? '') && !isVerbToken(tokens.get(v).word)) v++;
    // (A noun, not a person: "Am Ende", not "Laut Hans Müller"; German nouns may read as names.)
    if (!/^\p{Lu}\p{Ll}/u.test(tokens.get(v)?.word ?? '') || namesPersonAt(ctx, v)) return -1;
    v++;
    // ("Zum Abschluss der Pressekonferenz stand er auf": the noun's genitive complement.)
    if (/^(?:der|des)$/.test(tokens.get(v)?.word ?? '')) {
      let noun = v + 1;
      if (/^\p{Ll}+$/u.test(tokens.get(noun)?.word ?? '') && !isVerbToken(tokens.get(noun).word)) noun++;
      if (/^\p{Lu}\p{Ll}/u.test(tokens.get(noun)?.word ?? '') && !namesPersonAt(ctx, noun)) v = noun + 1;
    }
  } else if (!FRONTED_ADVERB.test(first.word)) return -1;
  // ("An einem Punkt aber lässt die Ministerin keinen Zweifel": a connective may follow the opening phrase.)
  if (/^(?:aber|jedoch|allerdings|dagegen|hingegen|indes|wiederum)$/.test(tokens.get(v)?.word ?? '')) v++;
  const verb = tokens.get(v);
  if (!verb || verb.start >= to || !/^\p{Ll}{3,}$/u.test(verb.word) || PHRASE_ARTICLE.test(verb.word) || PHRASE_PREPOSITION.test(verb.word) || /^(?:und|oder|sowie|als|wie)$/.test(verb.word)) return -1;
  if (/[,;:“”"«»„()]/.test(text.slice(first.end, verb.start))) return -1;
  return v;
}

const PHRASE_PREPOSITION = /^(?:in|at|on|to|from|into|during|after|before|over|under|with|for|by|of|dans|sur|pendant|après|avant|avec|pour|par|im|am|auf|bei|mit|nach|vor|während|von|vom|zum|zur|en|con|por|para|del|al|desde|durante|tras|sobre)$/i;
const OF_WORD = /^(?:of|from|by|de|del|des|du|von|vom)$/i;
const LISTENER_START = /^(?:a|al|à|au|aux|to|an|dem|der|ante)$/i;
export const PREPOSITION = /^(?:con|with|a|al|to|avec|à|mit|zu|para|for|por|par|by|von|against|contra|contre|gegen|sobre|about|de|of)$/i;

const RELATIVE_PRONOUN = /^(?:who|whose|which|qui|que|dont|lequel|laquelle|der|die|das|welcher|welche|quien|quienes|cuyo|cuya)$/i;

// (Also the scene around the subject: "The presenter, pictured on the sofa with co-host Dan Whitlock, told".)
const COMPANY_WORD = /^(?:flanked|accompanied|joined|surrounded|alongside|beside|with|together|pictured|photographed|seen|shown|seated|sitting|standing|flanquée?|accompagnée?|entourée?|photographiée?|assise?|aux|acompañad[oa]|junto|rodead[oa]|fotografiad[oa]|sentad[oa]|flankiert|begleitet|neben|umgeben)$/i;

/** The first token of the comma phrase ending at token `end` (within 12 tokens, from `from` on), or -1. */
function commaPhraseStart(ctx: Context, end: number, from: number): number {
  for (let j = end; j > end - 12 && j > 0 && ctx.tokens.get(j).start >= from; j--) {
    if (ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start).includes(',')) return j;
  }
  return -1;
}

/** Whether the comma phrase ending at token `end` opens with "flanked by", "accompanied by", "alongside", "pictured …", "speaking after …". */
function inCompanyPhrase(ctx: Context, end: number, from: number): boolean {
  const j = commaPhraseStart(ctx, end, from);
  if (j < 0) return false;
  const word = ctx.tokens.get(j).word;
  // ("The senator, speaking after the minister, said": an English participle and its preposition
  // or article; not an office, "acting mayor", "outgoing president".)
  return COMPANY_WORD.test(word) || (ctx.english === true && /^\p{Ll}{2,}ing$/u.test(word) && PARTICIPLE_COMPLEMENT.test(ctx.tokens.get(j + 1)?.word ?? ''));
}
const PARTICIPLE_COMPLEMENT = /^(?:after|before|to|with|at|in|on|from|for|about|beside|alongside|outside|inside|during|the|a|an|his|her|their)$/;

/**
 * Whether the comma phrase ending at token `end` describes someone by an office or a relation and
 * names another person in its complement: "Ann Reyes, a spokeswoman for Mayor John Smith, said",
 * "Mereana Pohatu, chair of Te Rūnanga o Ngāti Tamawai, told". The name before the comma speaks.
 */
function inComplementPhrase(ctx: Context, end: number, from: number): boolean {
  const j = commaPhraseStart(ctx, end, from);
  if (j < 0) return false;
  // (A person's name must close the text before the comma: not "A senior MP, Damien Ravel, told".)
  // (…and opens the sentence: not "in an interview with Hamid Mir, the host of …".)
  const full = fullNameEndingAt(ctx, j - 1);
  if (!full || /\S/.test(ctx.text.slice(from, full.named.start))) return false;
  let head = j;
  if (DETERMINERS.has(lowerCase(ctx.tokens.get(head).word)) || INDEFINITE_ARTICLE.test(ctx.tokens.get(head).word)) head++;
  for (let h = head; h <= head + 3 && h < end; h++) {
    const word = ctx.tokens.get(h).word;
    if (!/^\p{Ll}/u.test(word)) return false;
    if (COMPLEMENT_PREPOSITION.test(word)) return h > head && ctx.tokens.slice(head, h).some((t) => isPersonNoun(t.word));
  }
  return false;
}
/** A person's full name (two parts or more) whose mention ends with token `k`, or null. */
function fullNameEndingAt(ctx: Context, k: number): { named: NameMention; person: Person } | null {
  const named = nameAt(ctx.names, ctx.tokens.get(k).start);
  const person = named && named.end === ctx.tokens.get(k).end ? ctx.people.resolveName(named) : null;
  return person && person.parts.length >= 2 && isPersonLike(person) ? { named: named!, person } : null;
}

/**
 * Whether the comma phrase ending at token `end` opens with a preposition and follows a person's
 * full name: "Mandla Khumalo, of the opposition Ridgehaven Civic Movement, said", "Nahuel Ferreyra,
 * de 23 años, estudiante de Enfermería, caminó". The name before it speaks, not the body inside it.
 */
function inOriginPhrase(ctx: Context, end: number, from: number): boolean {
  const j = commaPhraseStart(ctx, end, from);
  if (j < 1 || !ORIGIN_PREPOSITION.test(ctx.tokens.get(j).word)) return false;
  const person = fullNameEndingAt(ctx, j - 1)?.person;
  if (!person) return false;
  // (Not a phrase naming someone else, whose words they may be: "A letter to Ann Reyes, from Health Secretary Tom Hart, said".)
  for (let k = j + 1; k <= end; k++) {
    const other = nameAt(ctx.names, ctx.tokens.get(k).start);
    const who = other ? ctx.people.resolveName(other) : null;
    if (who && who !== person && isPersonLike(who)) return false;
  }
  return true;
}
const ORIGIN_PREPOSITION = /^(?:of|from|de|del|du|des|von|vom|aus)$/;
const COMPLEMENT_PREPOSITION = /^(?:of|for|to|at|de|du|des|del|von|vom|der|für|bei|para|pour)$/;

/**
 * Whether the verb at token `v`, after the quote at `open`, introduces the next quote instead
 * ("CM Sahu calls BJSP 'tourist party', Parihar says '…'"): it runs straight into that quote, and
 * the words before this quote already have a reporting verb of their own.
 */
export function introducesNextQuote(ctx: Context, v: number, open: number, nextOpen: number, blockStart: number, blockEnd: number): boolean {
  // (Right before it, or opening the reported clause that holds it: "Petersen forderte, die Regierung müsse „…“".)
  if (nextOpen >= blockEnd || !/^(?:[\s:,]*|,[^.!?;“”"«»„]{1,100})$/.test(ctx.text.slice(ctx.tokens.get(v).end, nextOpen))) return false;
  const from = sentenceStartIn(ctx, open, blockStart);
  for (let k = ctx.tokens.firstAtOrAfter(open) - 1; k >= 0 && ctx.tokens.get(k).start >= from; k--) if (isVerbToken(ctx.tokens.get(k).word)) return true;
  return false;
}

/** Index of the token before ", who … ," when the clause ending at token `end` is a relative clause set off by commas. */
function relativeClauseStart(ctx: Context, end: number, from: number): number | null {
  for (let j = end; j > end - 30 && j > 0 && ctx.tokens.get(j).start >= from; j--) {
    const gap = ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start);
    // (A nickname quoted inside the clause does not end it: "Tremlett, who has been nicknamed “the Accountant” by …, said".)
    if (/[.;:!?]/.test(gap) || (/[“”"«»„]/.test(gap) && !insideQuote(ctx, ctx.tokens.get(j).start) && !insideQuote(ctx, ctx.tokens.get(j - 1).start) && !/^\s*[“”"«»„]\s*$/.test(gap))) return null;
    if (gap.includes(',')) return RELATIVE_PRONOUN.test(ctx.tokens.get(j).word) ? j : null;
  }
  return null;
}

/** A relative pronoun that is its clause's subject: the name before it is who the clause is about. */
/** After "and", a verb or an adverb goes on with the same subject ("who sits on the committee and usually votes with …"). */
function sharedSubjectAfter(word: string): boolean {
  return isVerbToken(word) || /^\p{Ll}+ly$/u.test(word) || /^(?:had|has|have|was|is|were|are|often|also|still|then|souvent|aussi|también|auch|oft)$/iu.test(word);
}
const CLAUSE_JOINER = /^(?:but|and|or|yet|until|while|mais|et|ou|pero|y|o|aber|und|oder)$/i;
/** Words after which "who" asks rather than relates: "unclear who will pay", "asked who". */
const ASKS_WHO = /^(?:unclear|clear|know|knows|knew|known|ask|asks|asked|wonder|wonders|wondered|sure|certain|matter|decide|decides|decided|see|tell|told|explain|explained|sait|savoir|demande|sabe|saber|pregunta|weiß|wissen|fragt)$/i;
const SUBJECT_RELATIVE = /^(?:who|qui|quien)$/i;

/** Auxiliaries and object clitics between a relative pronoun and its verb ("qui a dénoncé", "que ha defendido", "que la calificó", "who has said"). */
function isRelativeAuxOrClitic(w: string): boolean {
  return PERFECT_AUXILIARY.test(w) || CLITIC.test(w) || /^(?:has|had|have|lo|los|las|l['’]a|l['’]avait)$/i.test(w);
}

/**
 * "La ministra Ana Ruiz recordó, en presencia de Pedro Gil, que lo había defendido …": a "que" after
 * an aside set off by commas that follows a reporting verb (and what it governs, "explicó a los
 * periodistas, tras reunirse con …, que …") opens that verb's object clause; the name ending the
 * aside is no antecedent. (A relative follows its antecedent in the clause itself: "se reunió con
 * Pedro Gil, que ha calificado …".) `relative` is the "que" token.
 */
function objectClauseAfterAside(ctx: Context, relative: number, from: number): boolean {
  const { tokens, text } = ctx;
  let j = relative - 1;
  // Back to the comma that opens the aside.
  for (; j > 0 && j > relative - 16 && tokens.get(j - 1).start >= from; j--) {
    const gap = text.slice(tokens.get(j - 1).end, tokens.get(j).start);
    if (/[“”"«»„.;:!?()]/.test(gap)) return false;
    if (gap.includes(',')) break;
  }
  if (j <= 0 || tokens.get(j - 1).start < from || !text.slice(tokens.get(j - 1).end, tokens.get(j).start).includes(',')) return false;
  // The stretch is an aside, not a clause of its own ("Según explicó ayer, Ruiz se reunió con …
  // Pedro Gil, que …"): it opens on a preposition, a participle or a gerund ("en presencia de",
  // "tras reunirse con") and holds no finite verb.
  if (!ASIDE_OPENING.test(tokens.get(j).word)) return false;
  for (let k = j; k < relative; k++) if (isVerbToken(tokens.get(k).word) || FINITE_SPANISH.test(tokens.get(k).word)) return false;
  // Before it, in the same stretch without punctuation: a reporting verb, the main clause's own
  // (not one in an opening "Según explicó", "Como anunció").
  for (let k = j - 1, n = 0; k >= 0 && n < 6 && tokens.get(k).start >= from; k--, n++) {
    if (isVerbToken(tokens.get(k).word)) return !(k > 0 && tokens.get(k - 1).start >= from && SUBORDINATOR_BEFORE_VERB.test(tokens.get(k - 1).word));
    if (k > 0 && /[,“”"«»„.;:!?()]/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start))) return false;
  }
  return false;
}

/** How an aside set off by commas opens: a preposition, an adverb in -mente, a participle or a gerund. */
const ASIDE_OPENING = /^(?:a|al|ante|bajo|con|contra|de|del|desde|durante|en|entre|hacia|hasta|para|por|sin|sobre|tras|junto|después|antes|frente|delante|además|\p{Ll}+mente|\p{Ll}+(?:ando|iendo|yendo|ado|ada|ados|adas|ido|ida|idos|idas))$/iu;
/** Spanish finite forms that make a stretch a clause: the preterite ("se reunió", "llegaron") and common present/imperfect auxiliaries. */
const FINITE_SPANISH = /^(?:\p{Ll}+(?:ó|aron|ieron)|es|son|era|eran|fue|fueron|está|están|estaba|ha|han|había|habían|tiene|tienen|hay)$/u;
/** Words that make a reporting verb part of an opening subordinate clause: "Según explicó", "Como anunció". */
const SUBORDINATOR_BEFORE_VERB = /^(?:según|como|cuando|tal|así)$/i;

/** Index of the ", que|qui|who" (same word) that opens the first of two relative clauses joined before token `end`; or null. */
function firstRelativeBefore(ctx: Context, end: number, from: number, word: string): number | null {
  for (let j = end - 1; j > 0 && j > end - 25 && ctx.tokens.get(j).start >= from; j--) {
    const gap = ctx.text.slice(ctx.tokens.get(j).end, ctx.tokens.get(j + 1).start);
    if (/[“”"«»„.;:!?()]/.test(gap)) return null;
    if (lowerCase(ctx.tokens.get(j).word) === word && /,\s*$/.test(ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start))) return j;
    if (gap.includes(',')) return null;
  }
  return null;
}

/** Words opening a phrase of place, time, manner or a clause, not a description: "à Lyon", "tras la reunión", "sans attendre". */
const NOT_APPOSITION_START = /^(?:sans|sin|ohne|selon|según|comme|como|wie|que|qui|quien|who|which|tras|hacia|hasta|entre|chez|depuis|desde|sous|bajo|contra|contre|gegen|unter|seit|dort|hier|aquí|allí|ici|là|ya|déjà|bereits|schon|then|also|aussi|también|auch|visiblement|visiblemente|sichtlich|lors|cuando|quand|wenn|als|donde|où|wo|dont|cuyo|cuya|tout|toute|todo|toda|luego|puis|dann|ainsi|así|so|surtout|sobre|über)$/i;

/** Where an apposition may start: a number (an age), an article, or a noun for a person ("68 ans", "le président de …", "mère de deux enfants"). */
const APPOSITION_START = /^(?:\d{1,3}|le|la|les|un|une|el|los|las|una|der|die|ein|eine|the|a|an|l['’]\p{L}+)$/iu;

/**
 * The named person before one or two short appositions that end at the comma before the relative
 * pronoun at token `relative`: "Jean Roux, 68 ans, président de l’amicale, qui …". None when a
 * piece reads as a clause ("Ana Ruiz, tras reunirse con el ministro, que …" starts with no article).
 */
function nameBeforeApposition(ctx: Context, relative: number, from: number, via: Attribution['via']): Attribution | null {
  let pieceStart = relative - 1;
  for (let j = relative - 1, pieces = 0; j > 0 && j > relative - 16 && ctx.tokens.get(j - 1).start >= from; j--) {
    const t = ctx.tokens.get(j);
    // (English "a" is the article, not French "a": "Anna Reyes, a local teacher, who said".)
    if (isVerbToken(t.word) || (AUXILIARY.test(t.word) && !(ctx.english === true && /^an?$/i.test(t.word)))) return null;
    const gap = ctx.text.slice(ctx.tokens.get(j - 1).end, t.start);
    if (/[“”"«»„.;:!?()]/.test(gap)) return null;
    pieceStart = j;
    if (!gap.includes(',')) continue;
    const first = ctx.tokens.get(pieceStart).word;
    // ("de 58 años", "âgée de 44 ans": an age after "de".)
    // (Or a bare noun, "exministra de Cultura", but not a phrase of place, time or manner: "à Lyon depuis deux ans".)
    const bareNoun = /^\p{Ll}{3,}$/u.test(first) && !PHRASE_PREPOSITION.test(first) && !CLAUSE_JOINER.test(first) && !NOT_APPOSITION_START.test(first);
    if (!APPOSITION_START.test(first) && !isPersonNoun(first) && !bareNoun && !(/^(?:de|âgée?)$/i.test(first) && /^(?:de|\d{1,3})$/.test(ctx.tokens.get(pieceStart + 1)?.word ?? ''))) return null;
    const name = mentionEndingAt(ctx, j - 1, via);
    if (name?.person && name.kind === 'name') return name;
    if (++pieces >= 2) return null;
  }
  return null;
}

/** "Un diputado del grupo mayoritario" before ", que …": an indefinite person noun opening its sentence or clause, right before the relative (up to four words of complement after it). */
function unnamedBeforeRelative(ctx: Context, relative: number, from: number): string | null {
  for (let j = relative - 1; j > 0 && j >= relative - 5 && ctx.tokens.get(j - 1).start >= from; j--) {
    const head = ctx.tokens.get(j);
    if (/[,;:.!?“”"«»]/.test(ctx.text.slice(ctx.tokens.get(j - 1).end, head.start))) return null;
    // (Opening its sentence or clause, as a subject does: not "se encaró con un diputado de la
    // oposición, que acusó de «…»", whose "que" is the object of the sentence's own subject.)
    if (INDEFINITE.test(ctx.tokens.get(j - 1).word) && isPersonNoun(lowerCase(head.word))) {
      const opensClause = j - 1 === 0 || ctx.tokens.get(j - 2).start < from || /[,;:.!?]\s*$/.test(ctx.text.slice(ctx.tokens.get(j - 2).end, ctx.tokens.get(j - 1).start));
      return opensClause ? ctx.text.slice(ctx.tokens.get(j - 1).start, ctx.tokens.get(relative - 1).end) : null;
    }
  }
  return null;
}

/** The named person before ", who|qui|quien …", scanning back over commas from token `end` within the sentence. */
function nameBeforeLongRelative(ctx: Context, end: number, from: number, via: Attribution['via']): Attribution | null {
  for (let j = end; j > 1 && j > end - 40 && ctx.tokens.get(j).start >= from; j--) {
    const gap = ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start);
    if (/[“”"«»„.;:!?]/.test(gap)) return null;
    if (!gap.includes(',') || !SUBJECT_RELATIVE.test(ctx.tokens.get(j).word)) continue;
    const subject = mentionEndingAt(ctx, j - 1, via);
    return subject?.person && subject.kind === 'name' ? subject : null;
  }
  return null;
}

/** Index of "who"/"qui"/"quien" opening a relative clause that runs, with no punctuation, up to token `end`; or null. */
function unpunctuatedRelativeBefore(ctx: Context, end: number, from: number): number | null {
  // (Offsets and words straight from the token arrays: this runs at every step of every subject search.)
  const { starts, ends } = ctx.tokens;
  for (let j = end - 1; j > end - 20 && j > 0 && starts[j]! >= from; j--) {
    if (/[“”"«»„.,;:!?()]/.test(ctx.text.slice(ends[j]!, starts[j + 1]!))) return null;
    const word = ctx.tokens.word(j);
    // ("It is still unclear who will pay … but council leader Ann Hale told": a new clause, and a question's "who".)
    if (CLAUSE_JOINER.test(word) && !sharedSubjectAfter(j + 1 < ctx.tokens.length ? ctx.tokens.word(j + 1) : '')) return null;
    if (SUBJECT_RELATIVE.test(word)) return starts[j - 1]! >= from && /^\s+$/.test(ctx.text.slice(ends[j - 1]!, starts[j]!)) && !ASKS_WHO.test(ctx.tokens.word(j - 1)) ? j : null;
  }
  return null;
}

/**
 * The words from the comma before token `relative` are an apposition, not the subject itself: not
 * "the BMA" or "the World Health Organization" ("After meeting Wes Streeting, the BMA, which
 * represents doctors, said": the body speaks).
 */
function describesPersonBefore(ctx: Context, relative: number, from: number): boolean {
  let j = relative - 1;
  while (j > 0 && j > relative - 15 && ctx.tokens.get(j - 1).start >= from && !ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start).includes(',')) j--;
  const first = ctx.tokens.get(j).word;
  return !(DETERMINERS.has(first.toLowerCase()) && /^\p{Lu}/u.test(ctx.tokens.get(j + 1)?.word ?? '')) && !(/^\p{Lu}/u.test(first) && !isRoleHead(first) && !isTitleWord(first));
}

/** "the 29-year-old" ending at token `k`: a definite description of someone already named. */
/** `appositionEnd`: where an apposition after the description ends, if one follows it ("The pacer, known for his pace, admitted"). */
function describedSubject(ctx: Context, k: number, via: Attribution['via'], appositionEnd?: number): Attribution | null {
  const w = lowerCase(ctx.tokens.get(k).word);
  // "La Tchèque, demi-finaliste ici l’an dernier, a évoqué …": a nationality for someone named before.
  // (Not where every noun is capitalised: "Das Orchester" is no nationality.)
  const nationality = !ctx.capitalisedNouns && NATIONALITY.test(ctx.tokens.get(k).word) && !ctx.people.byWord(ctx.tokens.get(k).word, ctx.tokens.get(k).start);
  // ("The pacer, known for his pace, admitted": any singular noun that opens the sentence, when its
  // apposition is said of a person: not "The lawsuit, filed in federal court, claims".)
  const opensSentence = k > 0 && /^\s*$/.test(ctx.text.slice(sentenceStartIn(ctx, ctx.tokens.get(k - 1).start, ctx.blockStart), ctx.tokens.get(k - 1).start));
  const saidOfPerson = appositionEnd !== undefined && PERSON_IN_APPOSITION.test(ctx.text.slice(ctx.tokens.get(k).end, appositionEnd));
  const anyNoun = opensSentence && saidOfPerson && /^\p{Ll}+$/u.test(ctx.tokens.get(k).word) && !/[^s]s$/.test(w) && !NON_PERSON_NOUN.test(w) && !BETWEEN.has(w) && !isVerbToken(w);
  if (k > 0 && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 1).word)) && (isPersonNoun(w) || nationality || anyNoun)) {
    return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 1).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 1).start, via);
  }
  // "El veterano oficial, con 27 años de servicio, ha insistido": an adjective before the noun.
  const adjective = ctx.tokens.get(k - 1);
  if (k > 1 && DETERMINERS.has(lowerCase(ctx.tokens.get(k - 2).word)) && /^\p{Ll}+$/u.test(adjective.word) && !isVerbToken(adjective.word) && !BETWEEN.has(lowerCase(adjective.word)) && !NON_PERSON_NOUN.test(adjective.word) && /^\s+$/.test(ctx.text.slice(adjective.end, ctx.tokens.get(k).start)) && /^\s*$/.test(ctx.text.slice(sentenceStartIn(ctx, ctx.tokens.get(k - 2).start, ctx.blockStart), ctx.tokens.get(k - 2).start)) && saidOfPerson && /^\p{Ll}+$/u.test(ctx.tokens.get(k).word) && !/[^s]s$/.test(w) && !NON_PERSON_NOUN.test(w) && !isVerbToken(w)) {
    return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 2).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 2).start, via);
  }
  // "Âgé de 61 ans, ce diplomate de carrière, passé par …, a accusé": a demonstrative description
  // (with its complement) of someone just named.
  for (let d = k - 1; d >= k - 4 && d >= 0 && ctx.tokens.get(d).start >= ctx.blockStart; d--) {
    if (!/^[\s’'-]+$/.test(ctx.text.slice(ctx.tokens.get(d).end, ctx.tokens.get(d + 1).start))) break;
    if (!DEMONSTRATIVE.test(ctx.tokens.get(d).word)) continue;
    const noun = ctx.tokens.get(d + 1).word;
    // (A person's noun, or an apposition said of a person: not "Ce projet, lancé en 2019, prévoit".)
    const person = isPersonNoun(noun) || (appositionEnd !== undefined && PERSON_IN_APPOSITION.test(ctx.text.slice(ctx.tokens.get(k).end, appositionEnd)));
    if (person && /^\p{Ll}+$/u.test(noun) && !NON_PERSON_NOUN.test(noun) && !/[^s]s$/.test(noun) && !isVerbToken(noun)) return resolvePronoun(ctx, `${ctx.tokens.get(d).word} ${noun}`, ctx.tokens.get(d).start, via);
    break;
  }
  return null;
}

// (Also a feeling or state only a person is in: "The pilot, still visibly shaken,", "La championne, encore tout émue,".)
const PERSON_IN_APPOSITION = /^\s*,\s*\d{1,3}\s*$|^\s*,\s*(?:still|visibly|clearly|encore|toujours|todavía|aún|noch|sichtlich|shaken|moved|emotional|tired|exhausted|beaming|smiling|ému|émue|épuisée?|souriante?|emocionad[oa]|agotad[oa]|sonriente|erschüttert|gerührt|erschöpft)(?![\p{L}])|(?:^|[^\p{L}])(?:who|whom|whose|known as|nicknamed|dubbed|his|her|him|himself|herself|aged|surnommée?|âgée? de|apodad[oa]|conocid[oa] como|genannt)(?![\p{L}])|\d+-year-old|\d+\s*(?:ans|años|Jahre)(?![\p{L}])/iu;

/** Words that may precede a sentence's subject: "The", "Mr", "El". */
const SUBJECT_PREFIX = /^(?:the|el|la|le|les|los|las|der|die|das|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme)$/i;

export const OPENING_PARTICIPLE = /^(?:asked|questioned|pressed|challenged|interrogée?s?|questionnée?s?|preguntad[oa]s?|cuestionad[oa]s?|consultad[oa]s?|gefragt|angesprochen)$/i;

/** Conjunctions that may open a sentence before its subject: "But he had another line". */
const OPENING_CONJUNCTION = /^(?:but|and|so|yet|still|then|mais|et|puis|aber|und|doch|pero|y|luego)$/i;

/** An opening description of a person (its head noun is group 1, its complement's last word group 2), a comma, and maybe an article and a word or two before a name. */
const NAME_APPOSED_TO_DESCRIPTION = /^\s*(?:[^,.;:!?“”"«»]{3,60},\s+)?(?:[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Dd]er|[Dd]ie|[lL]['’])\s?(?:\p{Ll}+\s+){0,2}(\p{Ll}+)(?:\s+(?:of|de|del|du|des|von|vom|der)\s+[^,.;:!?“”"«»]{0,40}?(\p{L}+))?,\s+(?:(?:the|el|la|le|der|die|l['’])\s?(?:\p{Ll}+\s+){1,2})?$/u;

export function inSubjectPosition(ctx: Context, from: number, at: number): boolean {
  // "Back in Tromsdal, Halvorsen-Pike is packing", "Back on Kerrigan Street, Ms Nash has pinned":
  // the subject (with its title) after an opening phrase.
  // "One paper called the panels “…”; Ashdown had the review framed": a clause after a semicolon has a subject of its own.
  // (Searched back to the sentence's start only, never the page's.)
  for (let i = at - 1; i >= from; i--) {
    if (ctx.text.charCodeAt(i) === 59) {
      from = i + 1;
      break;
    }
  }
  const before = ctx.text.slice(from, at);
  // (Nothing but spaces before: none of the patterns below can match, and no words are left, so it is the subject's place.)
  if (before.trim() === '') return true;
  if (OPENING_PHRASE_ONLY.test(before)) return true;
  // "El técnico de Mapocho, el uruguayo Walter Ibarburu, no se guardó nada", "The visiting coach, Walter
  // Ibarburu, …": a name in apposition to the description of a person opening the sentence.
  // (Not after a complement naming another person, to whom the name may belong: "The mother of the victim, Asim Lodhi, …".)
  const apposed = NAME_APPOSED_TO_DESCRIPTION.exec(before);
  if (apposed && isPersonNoun(apposed[1]!) && !(apposed[2] && isPersonNoun(apposed[2]))) return true;
  const titled = TRAILING_TITLE.exec(before);
  if (titled && isTitleWord(titled[1]) && OPENING_PHRASE_ONLY.test(before.slice(0, titled.index))) return true;
  let words = ctx.text.slice(from, at).trim().split(/\s+/).filter(Boolean);
  if (words.length > 0 && OPENING_CONJUNCTION.test(words[0].replace(/,$/, ''))) words = words.slice(1);
  if (words.length === 0 || (words.length === 1 && SUBJECT_PREFIX.test(words[0]))) return true;
  // "President Joe Biden", "The hospital's chief executive": titles before the name.
  if (words.length <= 3 && words.every((w) => SUBJECT_PREFIX.test(w) || isTitleWord(w))) return true;
  // "Santa Remedios Mayor Rodolfo Almirante": a place or body before the title, as subjectFrom reads it.
  const opening = before.trimStart();
  if (PLACE_BEFORE_TITLE.some((pattern) => { const m = pattern.exec(`${opening}X`); return m !== null && m[0].length === opening.length - 1 && isTitleWord(m[1]!); })) return true;
  // "Sein Nachfolger Marco Steinhauer", "Betriebsratschefin Petra Lindemann": German nouns before a name are capitalised.
  if (ctx.capitalisedNouns === true && words.length <= 2 && words.every((w) => /^\p{Lu}[\p{Ll}-]*$/u.test(w))) return true;
  // "On their property, sheep and cattle farmer Doug Haddrick spent …", "Retired teacher Ann Lee said":
  // a description ending in an occupation, after at most an opening phrase, is the subject's own.
  const described = DESCRIPTION_BEFORE_NAME.exec(before);
  if (!described) return false;
  const lead = described[1].trim().split(/\s+/);
  const head = lead[lead.length - 1];
  // ("…, 20 kilometres east, 81-year-old Maureen Dwyer sat …": an age is as good as an occupation.)
  // ("El neerlandés Daan Verhoeff lo tenía claro": so is a Spanish demonym after its article; not "La
  // empresa Pedro Ruiz e Hijos", a thing's noun with the same ending.)
  if (!(isRoleHead(head) || (OCCUPATION.test(head) && !NOT_OCCUPATION.test(head)) || AGE_WORD.test(head) || (lead.length === 2 && /^(?:el|la)$/i.test(lead[0]!) && SPANISH_DEMONYM.test(head) && !NON_PERSON_NOUN.test(head)))) return false;
  // ("White House press secretary Kendra Whitfield": capitalised words of a proper name may open it.)
  const capitalised = lead.findIndex((w) => !/^\p{Lu}/u.test(w));
  if (!lead.every((w, k) => (k === 0 || k < capitalised || (/^\p{Ll}/u.test(w) && !/ed$/.test(w))) && !NOT_IN_DESCRIPTION.test(w) && !AUXILIARY_OR_MODAL.test(w) && !isVerbToken(w))) return false;
  // The subject goes on to its verb ("… Doug Haddrick spent the night", "…, who …"); "Officials
  // later met farmer Bill Hale." ends on the name, its object.
  const name = nameAt(ctx.names, at);
  // (", a father of three, walked …": an apposition may come before the verb.)
  return name !== null && name.start === at && /^(?:\s+\p{Ll}|,\s+(?:who|qui|quien|que|\d)|\s+[—–-]\s|,\s+(?:a|an|the|un|une|una|ein|eine)\s[^,.;:!?]{1,60},\s+\p{Ll})/u.test(ctx.text.slice(name.end, name.end + 80));
}

export const AUXILIARY_OR_MODAL = /^(?:will|would|can|could|should|shall|may|might|must|has|have|had|is|are|was|were|be|been|do|does|did|al|va|vont|wird|werden|hat|haben|ist|sind|ha|han|va|van)$/i;

// Occupations the office list lacks ("cattle farmer", "bus driver", "shop owner", "lead guitarist").
// (Spanish ones by their endings: "el centrocampista", "la periodista", "el carnicero", "la cantante", "el sociólogo".)
const OCCUPATION = /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian|man|woman|person|ista|ero|era|dora|ante|ente|ólogo|óloga)$/u;
/** Spanish nouns for a country's or a region's people, by their endings: "neerlandés", "colombiano", "vizcaíno", "alicantina", "estadounidense", "marroquí". */
const SPANISH_DEMONYM = /^\p{Ll}{3,}(?:és|esa|ano|ana|[iíe]no|[iíe]na|eño|eña|ense|í|án)$/u;
const NOT_OCCUPATION = /^(?:after|never|other|over|under|later|rather|whether|together|either|neither|ever|however|whatever|whenever|longer|further|former|latter|earlier|major|minor|prior|per|poor|floor|door|error|order|color|colour|humour|humor|favour|favor|border|number|member|matter|paper|water|letter|power|summer|winter|center|centre|quarter|season|person|woman|man)$/;

const DESCRIPTION_BEFORE_NAME = /^\s*(?:(?:[^,.;:!?“”"«»‘’()\n]|(?<=\p{L})’(?=\p{L})){3,60},\s*){0,2}((?:[\p{L}\p{N}-]+\s+){1,4})$/u;
const NOT_IN_DESCRIPTION = /^(?:he|she|they|we|i|you|it|his|her|their|its|to|with|at|of|for|from|by|against|about|on|in|into|than|as|il|elle|ils|elles|on|à|de|avec|contre|pour|par|er|sie|es|mit|für|von|gegen|él|ella|con|contra|para|por|a)$/i;

const TRAILING_TITLE = /(?<=,\s*)(\p{L}+\.?)\s+$/u;
/** What both PLACE_BEFORE_TITLE patterns open with: tested once, it rules most sentences out for both. */
const PLACE_BEFORE_TITLE_START = /^\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u;
const PLACE_BEFORE_TITLE = [1, 2].map((n) => new RegExp(`^(?:\\p{Lu}[\\p{Ll}'’-]+\\s+){${n}}(\\p{Lu}\\p{Ll}+)(?=\\s\\p{Lu})`, 'u'));
// ("Quelques heures plus tôt, sur le même court, Hugo Marchand avait …": two opening phrases.)
// (A curly apostrophe inside a word is no quote mark: "The couple’s son, Brett Pell, …".)
// (Up to 120 characters: "Vocero de la delegación insurgente y uno de los fundadores del grupo, Hernán Cuéllar …".)
const OPENING_PHRASE_ONLY = /^\s*(?:(?:[^,.;:!?“”"«»‘’()\n]|(?<=\p{L})’(?=\p{L})){3,120},\s*){1,2}$/u;

// ("A las 19.40 del domingo, con los ojos rojos, …": a time's decimal point ends no phrase, and a
// phrase of manner may follow.)
const OPENING_ADVERBIAL = /^(?:At|On|In|In a statement|After|Before|During|Speaking|Later|Earlier|Outside|Inside|En|À|Dans|Après|Lors|Am|Im|Beim|Nach|Durante|Tras|Después|A (?:la|las|los|el)|Al)\s(?:[^,.;:!?“”"«»\n]|\.(?=\d)){1,70},\s+(?:(?:con|sin|with|without|avec|sans|mit|ohne)\s[^,.;:!?“”"«»\n]{1,60},\s+)?/u;
/** "NEW YORK (AP) — ", "COPENHAGEN, March 12 (MNA) - ", "ISLAMABAD: ": a dateline before the first sentence. */
const DATELINE_PLACE_CHARACTER = String.raw`[\p{Lu}\s.,'’-]`;
const DATELINE = new RegExp(String.raw`^[\p{Lu}]${DATELINE_PLACE_CHARACTER}{2,40}(?:,[^—–()\n:]{0,30})?(?:\([^)\n]{1,20}\))?(?:\s*[—–-]|:)\s+`, 'u');
// The ASCII characters a dateline's second character can be (a capital, a space, a stop …): most sentences are ruled out by it, without the pattern.
const DATELINE_SECOND_ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) DATELINE_SECOND_ASCII[code] = new RegExp(`^${DATELINE_PLACE_CHARACTER}$`, DATELINE.flags).test(String.fromCharCode(code)) ? 1 : 0;

/** Whether text[from, to) holds a comma: the opening phrases matched before a subject all end in one, and most sentences have none near their start. */
function commaWithin(text: string, from: number, to: number): boolean {
  return codeWithin(text, 44, from, to);
}

/** Whether text[from, to) holds the char code `code`. */
export function codeWithin(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

export function sentenceSubject(ctx: Context, from: number, to: number): Attribution | null {
  const subject = subjectFrom(ctx, from, to);
  if (subject && !(subject.kind === 'anonymous' && subject.mention !== '')) return subject;
  // "Asked how he would celebrate, Okafor grinned: “…”": the subject after an opening phrase.
  while (from < to && isSpaceCode(ctx.text.charCodeAt(from))) from++;
  // ("Interrogée sur la hausse des demandes d'asile enregistrées depuis le début de l'année, la ministre …": up to 120 characters.)
  const opening = /^[^,.;:!?“”"«»‘’()]{3,120},\s+(?=\p{Lu}|(?:he|she|il|elle|er|sie|él|ella|the|el|la|le|der|die)\s|[lL]['’]\p{L})/u.exec(ctx.text.slice(from, Math.min(to, from + 130)));
  // "Une heure plus tard, Nadia Belkacem …", "Un voisin, Marc Roux, …": what an indefinite opening
  // seemed to make someone unnamed is a phrase of time or place, or the name it introduces.
  if (subject) {
    const named = opening ? subjectFrom(ctx, from + opening[0].length, to) : null;
    return named?.kind === 'name' && named.person ? named : subject;
  }
  // ("Selon son entourage, l’ancien président aurait hésité « … »": the source's account, not the subject's words.)
  if (opening && /^(?:selon|according|laut|según)\s/i.test(opening[0])) return null;
  if (opening) return subjectFrom(ctx, from + opening[0].length, to);
  const german = germanSubjectAfterOpening(ctx, from, to, 'sentence');
  if (german) return german;
  // "In a speech in August she warned …": an opening prepositional phrase without its comma, then a
  // subject pronoun and its verb.
  const unpunctuated = PHRASE_THEN_PRONOUN.exec(ctx.text.slice(from, Math.min(to, from + 90)));
  return unpunctuated ? resolvePronoun(ctx, unpunctuated[1]!, from + unpunctuated[0].length - unpunctuated[1]!.length, 'sentence') : null;
}
const PHRASE_THEN_PRONOUN = /^(?:In|At|On|During|After|Before|Speaking|Later|Earlier)\s[^,.;:!?“”"«»]{1,60}?\s(he|she)(?=\s+\p{Ll})/u;

const SUBORDINATE_OPENING = /^(?:When|As|After|Before|While|If|Although|Though|Because|Since|Once|Until|Quand|Lorsque|Alors que|Cuando|Mientras|Aunque|Als|Wenn|Nachdem|Während|Obwohl)\s[^.;:!?“”"«»„]{3,160}?,\s+(he|she|il|elle|él|ella|er|sie)(?=\s+\p{Ll})/u;
// (Case matters: a capital must open a word, or "He is now number one" would lose its subject.)
const RANKING_BEFORE_NAME = /^(?:(?:[Tt]he|\p{Lu}\p{Ll}+|[Ww]orld|[Tt]op|[Ff]ourth|[Tt]hird|[Ss]econd|[Ff]irst|\d+(?:st|nd|rd|th))\s+){0,3}(?:[Nn]umber one|[Nn]o\. ?1|[Ss]eed)\s+(?=\p{Lu})/u;

export function subjectFrom(ctx: Context, from: number, to: number): Attribution | null {
  while (from < to && isSpaceCode(ctx.text.charCodeAt(from))) from++;
  const second = ctx.text.charCodeAt(from + 1);
  const dateline = second < 128 && DATELINE_SECOND_ASCII[second] === 0 ? null : DATELINE.exec(ctx.text.slice(from, Math.min(to, from + 90)));
  if (dateline) from += dateline[0].length;
  // "At the UN on Wednesday, the French president …": the subject follows an opening adverbial.
  const adverbial = commaWithin(ctx.text, from, Math.min(to, from + 90)) ? OPENING_ADVERBIAL.exec(ctx.text.slice(from, Math.min(to, from + 90))) : null;
  if (adverbial) from += adverbial[0].length;
  // "C’est là que Gérard Santoni, son premier entraîneur, l’avait surnommée": a cleft before the subject.
  // (Only a "C" or an "F" can open one.)
  const cleftFirst = ctx.text.charCodeAt(from);
  const cleft = cleftFirst === 67 || cleftFirst === 70 ? /^(?:C['’]est (?:là|alors|ainsi|donc|pourquoi) qu['’e]\s*|Fue entonces cuando\s+|Fue ahí donde\s+)/u.exec(ctx.text.slice(from, Math.min(to, from + 40))) : null;
  if (cleft) from += cleft[0].length;
  // "Mallowa Shire Mayor Rhiannon Todd welcomed": a place or body before the title.
  const opening = ctx.text.slice(from, Math.min(to, from + 60));
  if (PLACE_BEFORE_TITLE_START.test(opening)) {
    for (const pattern of PLACE_BEFORE_TITLE) {
      const body = pattern.exec(opening);
      if (body && isTitleWord(body[1]) && nameAt(ctx.names, from + body[0].length + 1)) {
        from += body[0].length - body[1].length;
        break;
      }
    }
  }
  // "When the mechanic, a man named Luis Ferreira, had finished, she thanked him and said": after a
  // subordinate clause, the main clause's pronoun is the subject, not a name inside the clause.
  const subordinate = commaWithin(ctx.text, from, Math.min(to, from + 200)) ? SUBORDINATE_OPENING.exec(ctx.text.slice(from, Math.min(to, from + 200))) : null;
  if (subordinate) return resolvePronoun(ctx, subordinate[1]!, from + subordinate[0].length - subordinate[1]!.length, 'sentence');
  // "British number one Imogen Ashdale", "Fourth seed Katarina Vellmar": a ranking run into the name.
  const ranking = RANKING_BEFORE_NAME.exec(ctx.text.slice(from, Math.min(to, from + 60)));
  if (ranking) from += ranking[0].length;
  const first = ctx.tokens.firstAtOrAfter(from);
  for (let k = first; k < ctx.tokens.length && ctx.tokens.get(k).start < to && k < first + 3; k++) {
    const t = ctx.tokens.get(k);
    if (!inSubjectPosition(ctx, from, t.start)) return null;
    const lower = lowerCase(t.word);
    if (PRONOUNS.has(lower)) return resolvePronoun(ctx, t.word, t.start, 'sentence');
    // "Lui préfère parler de « cohérence »": French stresses the subject pronoun.
    if (k === first && /^lui$/i.test(t.word) && /^\s+\p{Ll}/u.test(ctx.text.slice(t.end, t.end + 3))) return resolvePronoun(ctx, 'il', t.start, 'sentence');
    // "Elle-même résume la situation : « … »", "Lui-même …": the stressed pronoun with "même".
    const stressed = k === first ? /^(lui|elle)-même$/i.exec(t.word) : null;
    if (stressed) return resolvePronoun(ctx, stressed[1]!.toLowerCase() === 'lui' ? 'il' : 'elle', t.start, 'sentence');
    // "Mon père répétait : « … »", "My mother used to say": the speaker's own relative, unnamed.
    if (k === first && /^(?:my|mon|ma|mein|meine|mi)$/i.test(t.word) && isKinWord(ctx.tokens.get(k + 1)?.word ?? '')) {
      return { person: null, mention: ctx.text.slice(t.start, ctx.tokens.get(k + 1).end), kind: 'anonymous', via: 'sentence', position: t.start };
    }
    // "Ihr Mann ergänzt: „…“", "Her husband added": the relation.
    if (k === first && POSSESSIVES.has(lower) && isKinWord(ctx.tokens.get(k + 1)?.word ?? '')) {
      const kin = kinMention(ctx, k, k + 1, 'sentence');
      if (kin.person) return kin;
    }
    // "Her editor, Judith Sammer, recalls": the name in apposition to the opening description.
    if (k === first && (DETERMINERS.has(lower) || POSSESSIVES.has(lower))) {
      for (let h = k + 1; h <= k + 10 && h + 1 < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        if (!/^\)?\s*,\s*$/.test(ctx.text.slice(ctx.tokens.get(h).end, ctx.tokens.get(h + 1).start))) continue;
        // ("Son entraîneur, l’Australien Mark Dellaway, …": a nationality elided into its article first.)
        // ("Le médiateur de l’URAO, l’ancien Premier ministre Théodore Agbodjan, …": an office first.)
        let descriptor = /^[lL]['’]\p{Lu}/u.test(ctx.tokens.get(h + 1).word) && h + 2 < ctx.tokens.length ? 1 : 0;
        // ("The committee’s chairman, Sen. Walter Brennigan, opened": a title outside the name mention.)
        if (!descriptor && h + 2 < ctx.tokens.length && isTitleWord(ctx.tokens.get(h + 1).word) && nameAt(ctx.names, ctx.tokens.get(h + 2).start)?.start === ctx.tokens.get(h + 2).start) descriptor = 1;
        if (!descriptor && /^(?:[lL]['’]\p{Ll}|the|la|le|el|der|die|former|ancien|ancienne|ex)/u.test(ctx.tokens.get(h + 1).word)) {
          for (let d = h + 2; d <= h + 5 && d < ctx.tokens.length && ctx.tokens.get(d).start < to; d++) {
            if (nameAt(ctx.names, ctx.tokens.get(d).start)?.start === ctx.tokens.get(d).start) {
              descriptor = d - h - 1;
              break;
            }
            if (!/^\p{Ll}/u.test(ctx.tokens.get(d).word) && !isTitleWord(ctx.tokens.get(d).word)) break;
          }
        }
        const name = nameAt(ctx.names, ctx.tokens.get(h + 1 + descriptor).start);
        const who = name ? resolveNameMention(ctx, name, 'sentence') : null;
        if (who?.person && isPersonLike(who.person)) return who;
        break;
      }
    }
    // "l’ancienne joueuse Nathalie Ferrand n’a pas caché …": an elided article and a description before the name.
    if (k === first && ELIDED_ARTICLE.test(t.word)) {
      // "L’élu, qui …, envisage « … »": an office elided into its article, for someone named before.
      if (isRoleHead(t.word.slice(2)) && !/[^s]s$/.test(t.word)) {
        const who = roleMention(ctx, k, 'sentence');
        return who?.person ? who : null;
      }
      for (let h = k + 1; h <= k + 3 && h < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        const name = nameAt(ctx.names, ctx.tokens.get(h).start);
        if (name && name.start === ctx.tokens.get(h).start && name.words.length >= 2) {
          const who = resolveNameMention(ctx, name, 'sentence');
          if (who?.person) return who;
        }
        if (!/^\p{Ll}+$/u.test(ctx.tokens.get(h).word)) break;
        // "L’ancienne championne de France …, parle d’une victoire « … »": an adjective, then the office or a person's noun.
        if (h === k + 1 && /^[\s\u00a0]+$/.test(ctx.text.slice(t.end, ctx.tokens.get(h).start))) {
          if (isRoleHead(ctx.tokens.get(h).word) && !/[^s]s$/.test(ctx.tokens.get(h).word)) {
            const who = roleMention(ctx, h, 'sentence');
            return who?.person ? who : null;
          }
          if (isPersonNoun(ctx.tokens.get(h).word) && !/[^s]s$/.test(ctx.tokens.get(h).word)) {
            const who = resolvePronoun(ctx, ctx.text.slice(t.start, ctx.tokens.get(h).end), t.start, 'sentence');
            return who.person ? who : null;
          }
        }
      }
    }
    // "The 52-year-old also defended …, describing the surface as “…”": an age for someone named
    // before (when no noun follows it: "the 58-year-old teacher" is the role below).
    if (k === first && DETERMINERS.has(lower) && !INDEFINITE_ARTICLE.test(t.word) && AGE_WORD.test(ctx.tokens.get(k + 1)?.word ?? '') && (isVerbToken(ctx.tokens.get(k + 2)?.word ?? '') || BETWEEN.has(ctx.tokens.get(k + 2)?.word.toLowerCase() ?? ''))) {
      const who = resolvePronoun(ctx, `${t.word} ${ctx.tokens.get(k + 1).word}`, t.start, 'sentence');
      // (Not someone the page gave only other ages: "Coco Gauff, 21, … The 31-year-old …".)
      const stated = who.person ? statedAges(ctx, who.person) : [];
      return who.person && (stated.length === 0 || stated.includes(/^\d+/.exec(ctx.tokens.get(k + 1).word)![0])) ? who : null;
    }
    // "Le quadragénaire a fustigé les « … »": a decade of age for someone the page gave that age.
    if (k === first && DETERMINERS.has(lower) && isDecadeNoun(ctx.tokens.get(k + 1)?.word ?? '')) {
      // (A description, as good as an office for "selon lui" later in its sentence.)
      const who = resolvePronoun(ctx, `${t.word} ${ctx.tokens.get(k + 1).word}`, t.start, 'sentence');
      return who.person ? { ...who, kind: 'role' } : null;
    }
    // "The French president reached for …": a definite role description of someone named before
    // (or, indefinite, "A federal judge …" named in the next paragraph).
    if (DETERMINERS.has(lower) || (k === first && INDEFINITE_ARTICLE.test(t.word))) {
      for (let h = k + 1; h <= k + 3 && h < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        if (isRoleHead(ctx.tokens.get(h).word) && /^[\s\p{L}'’-]*$/u.test(ctx.text.slice(t.end, ctx.tokens.get(h).start))) {
          const who = roleMention(ctx, h, 'sentence');
          // ("Un dirigente del oficialismo, que pidió reserva de su nombre, relativizó": someone unnamed.)
          return who && (who.person || (who.kind === 'anonymous' && k === first && INDEFINITE.test(t.word))) ? who : null;
        }
      }
    }
    // "Une ouverture que Karim Belhadj a balayée : « … »", "Une victoire qu’elle a qualifiée de « … »":
    // a thing, then whoever the relative clause says judged it.
    if (k === first && /^(?:une?|cette|ce|cet)$/i.test(t.word)) {
      const judge = judgeOfThing(ctx, k, to);
      if (judge) return judge;
    }
    // "Una fuente cerca del plantel le contó …", "One fund manager puts it": someone not named.
    // (Not "Une accusation reprise par Jean-Pierre Lacombe": a passive's agent is the one speaking.)
    if (k === first && (INDEFINITE.test(t.word) || (/^an?$/i.test(t.word) && isDescriptionNoun(ctx.tokens.get(k + 1)?.word ?? ''))) && /^\p{Ll}/u.test(ctx.tokens.get(k + 1)?.word ?? '') && !NON_PERSON_NOUN.test(ctx.tokens.get(k + 1)?.word ?? '') && !/\s(?:par|by|por|von)\s/.test(ctx.text.slice(t.end, sentenceEnd(ctx.text, t.end, ctx.text.length)))) return unnamedFrom(ctx, k, 'sentence');
    const name = nameAt(ctx.names, t.start);
    // "Hong Kong’s housing minister has defended …", "Brightwater’s chief executive said": the office, not its owner.
    if (name && /['’]s$/.test(ctx.text.slice(name.start, name.end))) {
      const after = ctx.tokens.firstAtOrAfter(name.end);
      for (let h = after; h <= after + 2 && h < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        if (!/^\p{Ll}/u.test(ctx.tokens.get(h).word)) break;
        if (isRoleHead(ctx.tokens.get(h).word)) {
          const who = roleMention(ctx, h, 'sentence');
          return who?.person ? who : null;
        }
        // "Carmen Lozano’s son said": her son.
        const owner = isKinWord(ctx.tokens.get(h).word) ? ctx.people.resolveName(name) : null;
        if (owner) return relativeOf(ctx, owner, ctx.text.slice(name.start, ctx.tokens.get(h).end), name.start, 'sentence');
      }
    }
    if (name) {
      // "the Oyelaran campaign said": the campaign, not the candidate.
      if (NON_PERSON_NOUN.test(ctx.tokens.get(ctx.tokens.firstAtOrAfter(name.end))?.word ?? '') && /^\s+\p{Ll}/u.test(ctx.text.slice(name.end, name.end + 2))) return null;
      const who = resolveNameMention(ctx, name, 'sentence');
      if (who && who.kind === 'name') return who;
      // "Northstar CEO Dana Whitfield pushed back": a company before the title is no subject; its officer is.
      const nextWord = ctx.tokens.get(ctx.tokens.firstAtOrAfter(name.end))?.word ?? '';
      if (who?.person || !(isTitleWord(nextWord) || isRoleHead(nextWord))) return null;
      const officer = ctx.names[firstNameIndex(ctx.names, name.end)];
      const between = officer && officer.start - name.end < 40 ? ctx.text.slice(name.end, officer.start).trim().split(/\s+/) : [];
      if (!officer || between.length === 0 || !between.every((w) => isTitleWord(w) || isRoleHead(w))) return null;
      const named = resolveNameMention(ctx, officer, 'sentence');
      return named && named.kind === 'name' ? named : null;
    }
  }
  return null;
}

/**
 * "Une ouverture que Karim Belhadj a aussitôt balayée", "Une victoire qu’elle a qualifiée de …": the
 * subject of the object relative after a noun for a thing (token `det` is its article), if a person.
 */
export function judgeOfThing(ctx: Context, det: number, to: number): Attribution | null {
  const noun = ctx.tokens.get(det + 1);
  if (!noun || noun.start >= to || !/^\p{Ll}+$/u.test(noun.word) || isPersonNoun(noun.word)) return null;
  for (let h = det + 2; h <= det + 3 && h < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
    const word = ctx.tokens.get(h).word;
    if (/^que$/i.test(word)) {
      const who = mentionStartingAt(ctx, h + 1, to, 'sentence');
      return who?.person && who.kind !== 'anonymous' ? who : null;
    }
    // ("qu’elle", "qu’Anne Roux": the subject elided into "que".)
    const elided = /^qu['’](\p{L}+)$/u.exec(word);
    if (elided) {
      if (PRONOUNS.has(elided[1]!.toLowerCase())) return resolvePronoun(ctx, elided[1]!, ctx.tokens.get(h).start, 'sentence');
      const name = nameAt(ctx.names, ctx.tokens.get(h).start + 3);
      const who = name ? resolveNameMention(ctx, name, 'sentence') : null;
      return who?.person ? who : null;
    }
    if (!/^\p{Ll}+$/u.test(word)) return null;
  }
  return null;
}

/** French adverbs that may sit between an inverted verb and its subject ("a répondu sobrement le ministre"). */
const INVERSION_ADVERB = /^(?:\p{Ll}{3,}ment|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|aussitôt|encore|alors|ensuite|également|aussi|enfin|déjà|lui-même|elle-même)$/u;

const NON_PERSON_PRONOUN = /^(?:it|this|es|cela|ceci|ello|esto)$/i;
/** All capitals, two to six letters: "UN", "IMF", "NATO". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Offices written as acronyms: a person, not a body. */
const OFFICE_ACRONYM = /^(?:PM|MP|MPs|MEP|MLA|MNA|MPA|MCA|CEO|CFO|COO|CTO|CIO|DA|AG|DG|GM|MD|VP|CM|DM|SP|DSP|DCP|IGP|SHO)$/;
/** A place or body made an adjective by a participle: "US-based", "London-listed", "Kremlin-backed". */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:based|listed|owned|run|led|backed|funded|registered|headquartered|controlled)$/u;

/** The sentence around `at` opens with "It …", "The report …", "Es …" or a company: a thing, not a person, is speaking. */
export function hasNonPersonSubject(ctx: Context, at: number): boolean {
  let from = sentenceStartIn(ctx, at, ctx.blockStart);
  while (from < at && isSpaceCode(ctx.text.charCodeAt(from))) from++;
  const adverbial = commaWithin(ctx.text, from, Math.min(at, from + 90)) ? OPENING_ADVERBIAL.exec(ctx.text.slice(from, Math.min(at, from + 90))) : null;
  if (adverbial) from += adverbial[0].length;
  // "Contacté, le bailleur …", "Asked about it, the company …": a participle opening the sentence.
  const participle = commaWithin(ctx.text, from, Math.min(at, from + 60)) ? /^\p{L}+(?:\s+\p{Ll}+){0,3},\s+/u.exec(ctx.text.slice(from, Math.min(at, from + 60))) : null;
  if (participle && /(?:é|ée|és|ées|ed|ado|ada|ido|ida|t)$/.test(participle[0].split(/[\s,]/)[0]!)) from += participle[0].length;
  const first = ctx.tokens.firstAtOrAfter(from);
  const t = ctx.tokens.get(first);
  if (!t || t.start >= at) return false;
  // “This is an emergency,” Feld said: the quote's own first word is nobody's subject.
  if (insideQuote(ctx, t.start)) return false;
  // "Stattdessen schickte das Unternehmen eine Stellungnahme": a German subject after the verb.
  const verb = germanVerbAfterOpening(ctx, from, at);
  if (verb >= 0) return bodyNamedAt(ctx, verb + 1, at);
  if (NON_PERSON_PRONOUN.test(t.word)) return true;
  // "Northvale Power cut the lines “…”": a company or body opens the sentence.
  const name = nameAt(ctx.names, t.start);
  if (name && name.start === t.start && isOrganisationName(name.words)) return !officeOfBodyNamesPerson(ctx, name, at);
  // "Dans un courriel, l’entreprise affirme …": the article elided into its noun.
  const elided = /^[lL]['’](\p{Ll}+)$/u.exec(t.word);
  if (elided) return NON_PERSON_NOUN.test(elided[1]!);
  if (!DETERMINERS.has(lowerCase(t.word))) return false;
  let next = ctx.tokens.get(first + 1);
  // ("The US-based fund", "the London-listed group": a place made an adjective describes the body.)
  if (next !== undefined && PLACE_ADJECTIVE.test(next.word)) next = ctx.tokens.get(first + 2);
  if (next !== undefined && next.start < at && NON_PERSON_NOUN.test(next.word)) return true;
  // "The UN called …", "The IMF said …": an acronym after the article names a body (not "the MP", "the CEO": offices).
  if (next !== undefined && next.start < at && ACRONYM.test(next.word) && !OFFICE_ACRONYM.test(next.word) && !isRoleHead(next.word)) return true;
  // "le bailleur social Saulnay Habitat indique …": a description, then the body's name.
  for (let k = first + 1; k <= first + 4 && k < ctx.tokens.length && ctx.tokens.get(k).start < at; k++) {
    const named = nameAt(ctx.names, ctx.tokens.get(k).start);
    if (named) return named.start === ctx.tokens.get(k).start && isOrganisationName(named.words);
    if (!/^\p{Ll}/u.test(ctx.tokens.get(k).word)) return false;
    // "The centre’s bulletin, issued at 5.30pm, said:": a document owned by a possessive.
    // (The document is the phrase's head: not "The city’s police chief, Maria Lopez, said".)
    const after = ctx.tokens.get(k + 1);
    const head = !after || /[,;:.]/.test(ctx.text.slice(ctx.tokens.get(k).end, after.start)) || isVerbToken(after.word);
    if (k > first + 1 && /['’]s$/.test(ctx.tokens.get(k - 1).word) && NON_PERSON_NOUN.test(ctx.tokens.get(k).word) && head) return true;
  }
  return false;
}

/** Whether token `k` opens a body's name or an article and a body's noun ("das Unternehmen"), before `at`. */
function bodyNamedAt(ctx: Context, k: number, at: number): boolean {
  const t = ctx.tokens.get(k);
  if (!t || t.start >= at) return false;
  const name = nameAt(ctx.names, t.start);
  if (name && name.start === t.start) return isOrganisationName(name.words);
  const noun = ctx.tokens.get(k + 1);
  return DETERMINERS.has(lowerCase(t.word)) && noun !== undefined && noun.start < at && NON_PERSON_NOUN.test(noun.word);
}

/**
 * Whether a body's name is followed by an office and a person's name, before `at`: "Mthonjeni Local
 * Municipality executive mayor Nomvula Sithebe said", "Northvale Power chief executive Ann Reyes told".
 * The body only qualifies the office; the person is the subject.
 */
function officeOfBodyNamesPerson(ctx: Context, body: NameMention, at: number): boolean {
  let k = ctx.tokens.firstAtOrAfter(body.end);
  // (Office words only, no verb: not "Northvale Power fired chief executive Ann Reyes and said".)
  for (let words = 0; words < 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < at && /^\p{Ll}/u.test(ctx.tokens.get(k).word); words++, k++) {
    if (isVerbToken(ctx.tokens.get(k).word) || /ed$/.test(ctx.tokens.get(k).word)) return false;
  }
  if (k === ctx.tokens.firstAtOrAfter(body.end) || !isRoleHead(ctx.tokens.get(k - 1).word) || k >= ctx.tokens.length) return false;
  const named = nameAt(ctx.names, ctx.tokens.get(k).start);
  const person = named && named.start === ctx.tokens.get(k).start && named.end <= at ? ctx.people.resolveName(named) : null;
  return !!person && isPersonLike(person);
}

/** Words that, after "a"/"un"/"ein", make someone speak unnamed: "a source", "un portavoz", "a spokesperson". */
const UNNAMED_HEAD = /^(?:source|fuente|quelle|insider|official|funcionario|responsable|participant|participante|teilnehmer(?:in)?)$/i;

/**
 * The sentence around `at` opens (after an opening adverbial) with a body or someone unnamed: "The
 * ministry …", "Fuentes próximas al jurado …", "A spokesperson for the alliance …".
 */
export function opensWithNobodyNamed(ctx: Context, at: number): boolean {
  if (hasNonPersonSubject(ctx, at)) return true;
  let from = sentenceStartIn(ctx, at, ctx.blockStart);
  while (from < at && isSpaceCode(ctx.text.charCodeAt(from))) from++;
  const adverbial = commaWithin(ctx.text, from, Math.min(at, from + 90)) ? OPENING_ADVERBIAL.exec(ctx.text.slice(from, Math.min(at, from + 90))) : null;
  if (adverbial) from += adverbial[0].length;
  const first = ctx.tokens.firstAtOrAfter(from);
  const t = ctx.tokens.get(first);
  if (!t || t.start >= at || insideQuote(ctx, t.start)) return false;
  if (GROUP_SUBJECT.test(t.word)) return true;
  // ("One MCA …" too; not "Another time the mayor …".)
  if (!INDEFINITE_ARTICLE.test(t.word) && !/^one$/i.test(t.word)) return false;
  // (The head within the next three lower-case words: "A senior government source", "Un alto funcionario".)
  for (let k = first + 1; k <= first + 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < at; k++) {
    const w = ctx.tokens.get(k).word;
    // ("One time the mayor …": a new phrase opens; not "One of the residents".)
    if (DETERMINERS.has(lowerCase(w)) && lowerCase(ctx.tokens.get(k - 1).word) !== 'of') return false;
    // ("One MCA from the majority side, who asked not to be named …": an office in capitals.)
    const office = OFFICE_ACRONYM.test(w);
    if ((!/^\p{Ll}/u.test(w) && !office) || isVerbToken(w)) return false;
    if (office || isPersonNoun(w) || SPOKESPERSON.test(w) || UNNAMED_HEAD.test(w)) {
      // "Un responsable syndical, Paul Garnier, a qualifié …": the full name set off after the
      // description names the one it introduces.
      const end = ctx.tokens.get(k).end;
      const apposed = /^(?:\s+\p{Ll}[\p{Ll}’'-]*){0,3},\s+/u.exec(ctx.text.slice(end, Math.min(at, end + 60)));
      const named = apposed ? nameAt(ctx.names, end + apposed[0].length) : null;
      return !(named && named.start === end + apposed![0].length && named.words.length >= 2 && /^\s*,/.test(ctx.text.slice(named.end, named.end + 3)));
    }
  }
  return false;
}

/**
 * The verb at token `v` opens a relative clause about a document or a body, set off by no comma:
 * "citant un rapport de la Cour des comptes qui parlait d’une « saturation chronique »", "a study
 * which found “…”". Its words are the document's, not the sentence subject's.
 */
export function verbOfClauseAboutThing(ctx: Context, v: number, from: number): boolean {
  let k = v - 1;
  while (k > 0 && BETWEEN.has(lowerCase(ctx.tokens.get(k).word)) && v - k < 3) k--;
  if (k < 1 || ctx.tokens.get(k).start < from || !/^(?:qui|which)$/i.test(ctx.tokens.get(k).word)) return false;
  if (/[,;:]/.test(ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start))) return false;
  for (let j = k - 1; j >= 1 && j >= k - 7 && ctx.tokens.get(j - 1).start >= from; j--) {
    const det = lowerCase(ctx.tokens.get(j - 1).word);
    if (NON_PERSON_NOUN.test(ctx.tokens.get(j).word) && (DETERMINERS.has(det) || INDEFINITE_ARTICLE.test(det))) return true;
  }
  return false;
}

/** Who a quote with no attribution most likely belongs to (the subject of the text around it). */
/** The person who opens the sentence around `at` as its subject ("The coach called the start “far too timid”"), if any. */
/** The subject of the sentence that opens the block at [start, end). */
export function subjectOfBlockOpening(ctx: Context, start: number, end: number): Attribution | null {
  const who = sentenceSubject(ctx, start, sentenceEnd(ctx.text, start, end));
  return who?.person ? who : null;
}

export function subjectOfSentenceAt(ctx: Context, at: number): Attribution | null {
  const who = sentenceSubject(ctx, sentenceStartIn(ctx, at, ctx.blockStart), at);
  return who?.person ? who : null;
}

/** The subject of the sentence just before the one at `at`, in the same block ("Le sélectionneur a laissé entendre …. « … »"). */
export function subjectOfPreviousSentence(ctx: Context, at: number): Attribution | null {
  const start = sentenceStartIn(ctx, at, ctx.blockStart);
  if (start <= ctx.blockStart) return null;
  const who = previousSentenceSubject(ctx, sentenceStartIn(ctx, start - 1, ctx.blockStart), start);
  return who?.person ? who : null;
}

/**
 * sentenceSubject(ctx, from, to) for the sentence before a quote, kept in the context: the rules
 * about a quote's neighbours ask for the same sentence twice per quote (is its subject nobody, and
 * who is it), and again on their second pass. A kept subject is reused only under the same block,
 * last speakers and quote spans, with no office learnt since; one whose reading taught an office is
 * not kept, so reading it again does what it did.
 */
function previousSentenceSubject(ctx: Context, from: number, to: number): Attribution | null {
  const kept = (ctx.previousSubjects ??= new Map<number, PreviousSubject>());
  const rolesLearnt = ctx.people.rolesLearnt;
  const lastSpeaker = ctx.lastSpeaker?.person ?? null;
  const lastSpeakerAt = ctx.lastSpeaker?.at ?? -1;
  const hit = kept.get(to);
  if (
    hit &&
    hit.from === from &&
    hit.blockStart === ctx.blockStart &&
    hit.blockIsHeading === ctx.blockIsHeading &&
    hit.blockIsLede === ctx.blockIsLede &&
    hit.quoteSpans === ctx.quoteSpans &&
    hit.lastSpeaker === lastSpeaker &&
    hit.lastSpeakerAt === lastSpeakerAt &&
    hit.lastUnnamed === ctx.lastUnnamed &&
    hit.rolesLearnt === rolesLearnt
  ) {
    return hit.who;
  }
  const who = sentenceSubject(ctx, from, to);
  if (ctx.people.rolesLearnt === rolesLearnt) {
    kept.set(to, { from, blockStart: ctx.blockStart, blockIsHeading: ctx.blockIsHeading, blockIsLede: ctx.blockIsLede, quoteSpans: ctx.quoteSpans, lastSpeaker, lastSpeakerAt, lastUnnamed: ctx.lastUnnamed, rolesLearnt, who });
  }
  return who;
}

/**
 * The sentence before the one at `at` (same block) is about someone unnamed: its subject is known by
 * a first name only ("Kevin, 23 ans, …"), is introduced with "a"/"one"/"eine", or is kept anonymous.
 */
export function previousSubjectIsNobody(ctx: Context, at: number): boolean {
  const start = sentenceStartIn(ctx, at, ctx.blockStart);
  if (start <= ctx.blockStart) return false;
  const previous = sentenceStartIn(ctx, start - 1, ctx.blockStart);
  const who = previousSentenceSubject(ctx, previous, start);
  // "Elle hausse les épaules" after "glisse Sophie, préparatrice": a pronoun for a nobody.
  if (who) return !who.person && who.kind === 'anonymous' && who.mention !== '';
  return openedByFirstNameOnly(ctx, previous, start) || unnamedJustIntroduced(ctx, at);
}

// A statement, release or communiqué: its words are the body's, not a person's.
const DOCUMENT_WORD = /(?<![\p{L}])(?:statement|press release|bulletin|advisory|communiqué|comunicado|boletín|nota de prensa|déclaration|Mitteilung|Pressemitteilung|Aussendung|Erklärung|Stellungnahme|heißt es|hieß es)(?![\p{L}])/iu;

/**
 * The sentence just before `at` (in this paragraph, or the last of the one before when the quote
 * opens its paragraph) reports a statement with no named person as its subject ("In a statement
 * the Foreign Ministry accused …", "Darin heißt es:", "informó en un comunicado que …"): a quote
 * after it is the statement's, not the last speaker going on.
 */
export function afterUnsignedStatement(ctx: Context, at: number): boolean {
  let start = sentenceStartIn(ctx, at, ctx.blockStart);
  let blockStart = ctx.blockStart;
  if (start <= ctx.blockStart) {
    if (ctx.blockStart < 3) return false;
    blockStart = previousParagraphStart(ctx.text, ctx.blockStart);
    start = ctx.blockStart - 2;
  }
  const previous = sentenceStartIn(ctx, start - 1, blockStart);
  const sentence = ctx.text.slice(previous, start);
  // (Not "“…,” Kinsey said in a brief statement." nor "Susan Mowbray read her victim impact statement":
  // a sentence that names a person.)
  if (!DOCUMENT_WORD.test(sentence)) return false;
  for (let i = firstNameIndex(ctx.names, previous); i < ctx.names.length && ctx.names[i].start < start; i++) {
    const person = ctx.people.resolveName(ctx.names[i]);
    if (person && isPersonLike(person)) return false;
  }
  // Only when a body or a document is the subject ("the Ministry of Health said", "Darin heißt es"):
  // "Además, en un comunicado, aseguró que …", "In einer Mitteilung kritisierte er …" are the speaker's own.
  if (/(?<![\p{L}])(?:heißt|hieß) es(?![\p{L}])/u.test(sentence)) return true;
  // ("It was a blunt statement": a pronoun subject is no body.)
  if (/^\s*(?:[^,]{0,60},\s*)?(?:it|this|that|ce|cela|c['’]|das|es|esto|eso)\s/iu.test(sentence)) return false;
  const saved = ctx.blockStart;
  ctx.blockStart = blockStart;
  const body = hasNonPersonSubject(ctx, start - 1);
  ctx.blockStart = saved;
  return body;
}

export function implicitSpeaker(ctx: Context, at: number): Attribution | null {
  // "Ms Breathnach, he said, had voted against two Bills. “…”": the sentence before reported what
  // someone said of its subject; the one who said it goes on, not the one it was about.
  const own = sentenceStartIn(ctx, at, ctx.blockStart);
  if (own > ctx.blockStart && !/\S/.test(ctx.text.slice(own, at))) {
    const previous = sentenceStartIn(ctx, own - 1, ctx.blockStart);
    const aside = PRONOUN_REPORT_ASIDE.exec(ctx.text.slice(previous, own));
    if (aside) {
      const who = resolvePronoun(ctx, (aside[1] ?? aside[2] ?? aside[3])!, previous + aside.index, 'sentence');
      if (who.person) return who;
    }
  }
  const who = resolvePronoun(ctx, '', at, 'sentence');
  return who.person ? who : null;
}
/** A reporting aside with a pronoun inside a sentence: ", he said,", ", she added,", ", sagte er,", ", a-t-il dit," (the pronoun in group 1, 2 or 3). */
const PRONOUN_REPORT_ASIDE = /,\s+(?:(he|she)\s+(?:said|says|added|adds|argued|insisted|claimed|noted)|(?:sagte|sagt|meinte|betonte)\s+(er|sie)|(?:a-t-|dit-|ajoute-t-|estime-t-)(il|elle)(?:\s+(?:dit|ajouté|estimé|affirmé))?)\s*,/iu;
