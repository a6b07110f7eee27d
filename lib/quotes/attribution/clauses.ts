// Finds who said a quote: a reporting verb next to the quote (before or after, inverted or not),
// "according to X", a colon introduction, then resolves the subject (name, role or pronoun).

import { isReportingVerb } from '../verbs/index';
import { PRONOUNS, genderOf, isPersonLike, isPlace, isTitleWord, isOrganisationName, spanAround, type NameMention, type Person } from '../people';
import { isSpaceCode, previousParagraphStart, sentenceEnd } from '../tokens';
import { lowerCase } from '../lower-case';
import { isGivenName } from '../given-names';
import { KONJUNKTIV } from '../kinds';
import { ATTACHED_PRONOUN, ATTRIBUTING_WORD, type Attribution, BEHALF, BETWEEN, COORDINATORS, type Context, sentenceStartIn, DETERMINERS, firstTokenFrom, GENITIVE, INDEFINITE, INDEFINITE_ARTICLE, INDEFINITE_LEAD, NON_PERSON_NOUN, IN_DOCUMENT, OBJECT_VERBS, PASSIVE_AUX, POSSESSIVES, isPersonNoun } from './context';
import { ELIDED_ARTICLE_PREFIX, firstNameIndex, insideQuote, isVerbToken, mentionEndingAt, mentionStartingAt, nameAt, reportingVerbBetween, resolveNameMention, unnamedFrom } from './names';
import { ANONYMITY, introducedUnnamed, openedByFirstNameOnly, personNamedBetween, resolvePronoun } from './pronouns';
import { AUXILIARY, CLITIC, codeWithin, GROUP_SUBJECT, PERFECT_AUXILIARY, germanSubjectAfterVerb, OBJECT_PRONOUN, OPENING_PARTICIPLE, PREPOSITION, QUOTE_NOUN, hasNonPersonSubject, introducesNextQuote, opensWithNobodyNamed, sentenceSubject, subjectFrom, subjectOfSentenceAt, subjectOfVerb, verbOfClauseAboutThing } from './subjects';

/** A word that opens a new subject after "but"/"and": a capitalised word, an article or a subject pronoun (not one that is also an object pronoun, "y le pidió", "et la voit", nor French "a", "mais a rappelé"). */
const NEW_SUBJECT_AFTER_CONJUNCTION = /^(?:\p{Lu}.*|the|his|their|its|el|der|die|das|ein|eine|he|she|they|il|elle|ils|elles|er|sie|él|ella)$/u;
/** A past participle's ending in English, French and Spanish (before "by", "par", "por"). */
const PARTICIPLE_BEFORE_AGENT = /(?:ed|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)$/u;
/** The auxiliary after a noun that a reporting verb's form can also be: "the inspection note was filed". */
const NOUN_BEFORE_AUXILIARY = /^(?:was|were|is|are|has|had)$/;
const SPANISH_PERFECT_AUXILIARY = /^(?:ha|han|había|habían)$/i;
// "“…,” the senator shot back", "“…,” Reyes hit back on Tuesday": a verb of striking with "back"
// right after a quote that ends on a comma, "?" or "!" answers in words; alone it takes other objects
// ("fired the coach"), and elsewhere it is a goal or gunfire ("Moore hit back in the 23rd minute").
const STRUCK_BACK = /^(?:fired|fires|hit|hits|shot|shoots|struck|strikes)$/;
const AFTER_BACK = /^\s*(?:[.,;:!?]|$|(?:at|against|on|that|hours|minutes|quickly|immediately|sharply|angrily|saying)\b)/;
/** Whether the quote closing at `close` ends on a comma, "?" or "!": English words a tag follows ("“…,” she said"). */
function closesOnTagMark(text: string, close: number): boolean {
  const mark = text.charCodeAt(close - 1);
  return mark === 44 || mark === 63 || mark === 33;
}
function struckBack(ctx: Context, i: number, afterEnd: number): boolean {
  const back = ctx.tokens.get(i + 1);
  return back !== undefined && back.word === 'back' && back.start < afterEnd && AFTER_BACK.test(ctx.text.slice(back.end, Math.min(afterEnd, back.end + 20)));
}
/** "in his view", "in Achterberg’s words", "to her mind" ending the lead, with perhaps "is" or an article after it. */
const IN_VIEW_OF = /(?:^|[\s,(])(?:in|to)\s+(his|her|\p{Lu}[\p{L}-]+['’]s?)\s+(?:own\s+)?(?:view|opinion|words|estimation|mind|judge?ment|telling)[\s,]*(?:(?:is|was|are|were|remains|remained|it is|it was|it['’]s)\s+)?(?:(?:a|an|the|simply|just|nothing but)\s+)?$/u;
/** A reporting verb outside quotes in text[from, to) ("Garside says …"). */
function reportedBefore(ctx: Context, from: number, to: number): boolean {
  // (Asked for every quote of a lede block, always from the block's start: the scan goes on from
  // where the last one stopped, so a long block without such a verb is read once, not once per quote.)
  let scans = reportScans.get(ctx.quoteSpans);
  if (!scans) reportScans.set(ctx.quoteSpans, (scans = new Map()));
  let scan = scans.get(from);
  if (!scan) scans.set(from, (scan = { next: ctx.tokens.firstAtOrAfter(from), verbAt: -1 }));
  for (let k = scan.next; scan.verbAt < 0 && k < ctx.tokens.length && ctx.tokens.get(k).start < to; k = ++scan.next) {
    if (isReportingVerb(ctx.tokens.get(k).word) && !insideQuote(ctx, ctx.tokens.get(k).start)) scan.verbAt = ctx.tokens.get(k).start;
  }
  return scan.verbAt >= 0 && scan.verbAt < to;
}
/** reportedBefore's scans by where they start, per page (its quote spans): the next token to read, and the first verb found (-1: none yet). */
const reportScans = new WeakMap<readonly (readonly [number, number])[], Map<number, { next: number; verbAt: number }>>();

/** A reporting clause set off inside the quote by commas or dashes, with the speaker named after the verb. */
/** (`first` is the first token after the opening mark, `last` the first at or after the closing one.) */
function attributionInside(ctx: Context, open: number, close: number, first: number, last: number): Attribution | null {
  const { text, tokens } = ctx;
  for (let k = first; k < last; k++) {
    // Cheap test first (this visits every word of every quote): the clause must follow a comma or dash.
    if (!afterCommaOrDash(text, tokens.starts[k], open)) continue;
    let v = k;
    // "—le ha espetado Farrés—", ", lui a lancé X,": an object pronoun before the auxiliary names whom the words were for.
    const aux = INDIRECT_OBJECT_CLITIC.test(tokens.get(k).word) && k + 2 < last && /^(?:a|ha)$/i.test(tokens.get(k + 1).word) ? k + 1 : k;
    // French auxiliary or reflexive pronoun: ", a admis X" / ", a-t-il dit" / ", se félicite X".
    if (/^(?:a|ha|hat|se)$/i.test(tokens.get(aux).word) && aux + 1 < last) v = aux + 1;
    // ", a-t-elle ajouté": the pronoun rides on the auxiliary.
    if (ATTACHED_PRONOUN.test(tokens.get(k).word) && k + 1 < last && isVerbToken(tokens.get(k + 1).word)) {
      const who = resolvePronoun(ctx, tokens.get(k).word, tokens.get(k).start, 'after');
      if (who.person) return who;
    }
    if (!isVerbToken(tokens.get(v).word)) continue;
    // ("—le ha dicho a Farrés el president—": the one after "a" is who heard the words.)
    if (/^(?:a|à)$/i.test(tokens.get(v + 1)?.word ?? '') && v + 2 < last && nameAt(ctx.names, tokens.get(v + 2).start)?.start === tokens.get(v + 2).start) continue;
    const who = ATTACHED_PRONOUN.test(tokens.get(v).word) ? resolvePronoun(ctx, tokens.get(v).word, tokens.get(v).start, 'after') : mentionStartingAt(ctx, v + 1, close, 'after');
    if (who && who.kind !== 'anonymous') return who;
  }
  return null;
}

/** Object pronouns for the one spoken to ("le", "les", "lui", "leur", "nous"), before an auxiliary. */
const INDIRECT_OBJECT_CLITIC = /^(?:le|les|lui|leur|nous|vous|nos|os)$/i;

/** The last non-space character before `pos` (not before `min`) is a comma or a dash. */
function afterCommaOrDash(text: string, pos: number, min: number): boolean {
  let i = pos - 1;
  while (i > min && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x202f)) i--;
  const c = text.charCodeAt(i);
  return i >= min && (c === 44 || c === 0x2014 || c === 0x2013);
}

/** ", warning against …", ", saying …": a participle whose subject is the sentence's subject. */
function isGerundAfterComma(ctx: Context, k: number): boolean {
  const t = ctx.tokens.get(k);
  if (!/ing$/.test(t.word) || k === 0) return false;
  if (!/,\s*$/.test(ctx.text.slice(ctx.tokens.get(k - 1).end, t.start))) return false;
  return isReportingVerb(t.word) || REPORTING_GERUND.test(t.word);
}

/** "…, with Pettigrew saying the committee would “…”": the name "with" puts before a reporting -ing form is its subject. */
function subjectOfWithGerund(ctx: Context, k: number, from: number): Attribution | null {
  if (k < 2 || !REPORTING_GERUND.test(ctx.tokens.get(k).word)) return null;
  const who = mentionEndingAt(ctx, k - 1, 'before');
  if (!who || who.position < from) return null;
  const before = ctx.tokens.get(ctx.tokens.firstAtOrAfter(who.position) - 1);
  if (!before || before.start < from) return null;
  if (/^with$/i.test(before.word)) return who.person ? who : null;
  // "with the local mayor calling for nets and a marine scientist warning “…”": the second
  // gerund's own subject, named or not, not the first one's.
  return /^and$/i.test(before.word) && /\bwith\b/i.test(ctx.text.slice(from, before.start)) ? who : null;
}

/**
 * Attribution for the quote text[open, close] inside block [blockStart, blockEnd): first the words
 * right after the closing mark, then the sentence before the opening mark, then a colon lead-in.
 */
/** Prepositions: a name after one is no clause's subject. */
const ANY_PREPOSITION = /^(?:in|on|at|into|from|to|with|by|for|of|about|over|under|after|before|during|through|dans|sur|sous|avec|par|pour|de|du|des|à|au|aux|chez|im|am|auf|bei|mit|von|vom|zu|zum|zur|nach|aus|über|unter|durch|für|en|con|por|para|del|al|sobre|tras|hacia|desde|ante)$/iu;

/** Spanish third-person preterites ("aseguró", "dijo"): a verb form no other language here has. */
const SPANISH_PRETERITE = /^\p{L}+ó$|^(?:dijo|Dijo|sostuvo|Sostuvo|expuso|Expuso|mantuvo|Mantuvo|propuso|Propuso)$/u;
/** Conjunctions that may open a Spanish sentence before its verb: "Pero advirtió …", "Y añadió …". */
const SPANISH_OPENING_CONJUNCTION = /^(?:Pero|Y|Luego|Después|Además|También)$/;
/** An English reporting verb's past or present form ("said", "told", "recalled", "adds"), not Spanish "dijo" or "contó". */
/** A sentence opening on someone's answer: "His reply", "Her response", "Their verdict". */
const POSSESSIVE_ANSWER = /^\s*(?:(His|Her|Their)|\p{Lu}[\p{L}-]*['’]s?)\s+(?:\p{Ll}+\s+)?(?:reply|response|reaction|answer|retort|verdict|message|advice|explanation|rejoinder)\b/u;
/** A closing mark, comma and conjunction: where a new clause starts after an earlier quote ("”, and ", "», y "). */
const CLAUSE_AFTER_QUOTE = /[”»"’]\s*[,;]\s*(?:and|but|y|pero|et|mais|und|aber)\s+/giu;
/** Verbs that pass on someone else's words ("quoted his predecessor, saying: …"). */
const QUOTING_VERB = /\b(?:quoted|quotes|quoting|cited|cites|citing|paraphrased|read out)\b/i;
/** English -ing forms that report speech. */
const REPORTING_GERUND = /^(?:warning|saying|adding|arguing|insisting|noting|calling|describing|urging|claiming|stressing|telling)$/i;
/** English words only a noun follows: "the claims", "his remarks" are no reporting verbs. */
const ENGLISH_NOUN_DETERMINER = /^(?:the|its|their|his|our|my|your|these|those)$/i;
const ENGLISH_REPORTING_FORM = /^(?:said|says|told|tells|wrote|writes|spoke|\p{Ll}+ed|\p{Ll}+[^s]s)$/u;

/** German "heißt es", "hieß es": it is said, by nobody named. */
const IMPERSONAL_SAID = /^(?:hieß|hiess|heißt|heisst)$/i;
const IMPERSONAL_SAID_ES = /(?<![\p{L}])(?:hieß|hiess|heißt|heisst) es(?![\p{L}])/iu;

/** "wollte … wissen", "will … wissen": the first half of German "wanted to know". */
const WANTED_TO_KNOW = /^(?:wollte|wollten|will|wollen|möchte|möchten)$/;

/** After a quote: at most a verb's particle, then a comma opening the next subject ("“ vor, er ihr „"). */
const GAP_OPENING = /^[\s”“"»«’]*(?:\p{Ll}{2,4})?\s*,\s+(?:und\s+|and\s+)?/u;
const GAP_TAIL = /^(?:\s+(?:von|vom|vor|für|als|zu|zum|zur|mit|über|an|auf|ein|eine|einen|einem|einer|der|die|das|den|dem|des|ihm|ihr|ihn|ihnen|es))*\s*$/;
/** A preposition in that tail: "Meier von „…“" speaks; a bare "…, Scholz „…“" after "wirft Merz „…“ vor" is an object. */
const GAP_PREPOSITION = /\b(?:von|vom|vor|für|als|über|mit)\b/;

/**
 * The subject of a clause whose verb is left out, between the quote that closed at `prevClose` and the
 * one opening at `open` ("…, Maier von „…“"): a mention right after the comma, then only a few
 * lower-case words (a preposition, an article, an object) — when a reporting verb came before the first quote.
 */
function gappedSubject(ctx: Context, from: number, open: number, sentenceFrom: number, prevClose: number): Attribution | null {
  const { text, tokens } = ctx;
  // (German only: in English "accused the minister of “lying”, and Tom Hale of “cowardice”" the name is an object.)
  if (!ctx.capitalisedNouns) return null;
  const gap = GAP_OPENING.exec(text.slice(from, open));
  if (!gap) return null;
  const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(from + gap[0].length), open, 'before');
  if (!who?.person || who.position < from + gap[0].length) return null;
  // (Only a preposition, an article or an object pronoun: "…, die Ministerin habe „…“" is reported speech.)
  const tail = text.slice(who.position + who.mention.length, open);
  if (!GAP_TAIL.test(tail)) return null;
  // (A subject: a nominative pronoun, or a name with its preposition; "…, Scholz „…“" is whom it was said of.)
  if (who.kind === 'pronoun' ? !/^(?:er|sie)$/i.test(who.mention) : !GAP_PREPOSITION.test(tail)) return null;
  const previous = spanAround(ctx.quoteSpans, prevClose);
  if (!previous || previous[0] < sentenceFrom) return null;
  for (let k = tokens.firstAtOrAfter(sentenceFrom); k < tokens.length && tokens.get(k).start < previous[0]; k++) if (isVerbToken(tokens.get(k).word)) return who;
  return null;
}

/** German separable verbs that report with their particle ("legt … nach", "gab … zu"), by the stem's finite forms. */
const SEPARABLE_REPORT: [RegExp, RegExp][] = [
  [/^(?:legt|legte|schob|schiebt|setzt|setzte)$/, /^nach$/],
  [/^(?:gibt|gab)$/, /^(?:zu|an|zu bedenken)$/],
  [/^(?:führt|führte)$/, /^aus$/],
  [/^(?:hebt|hob)$/, /^hervor$/],
  [/^(?:weist|wies)$/, /^(?:hin|darauf hin)$/],
  [/^(?:merkt|merkte)$/, /^an$/],
  [/^(?:fährt|fuhr)$/, /^fort$/],
  [/^(?:schränkt|schränkte|wendet|wandte)$/, /^ein$/],
  [/^(?:hält|hielt)$/, /^(?:dagegen|entgegen)$/],
];

/** Whether token `v` is such a stem whose particle ends the clause within five words, before `end`. */
function separableReport(ctx: Context, v: number, end: number): boolean {
  const pair = SEPARABLE_REPORT.find(([stem]) => stem.test(ctx.tokens.get(v).word));
  if (!pair) return false;
  const clause = /^[^.,;:!?“”„"«»]*/.exec(ctx.text.slice(ctx.tokens.get(v).end, end))![0];
  const words = clause.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return pair[1].test(words[words.length - 1]!) || pair[1].test(words.slice(-2).join(' '));
}

/** The auxiliary of an incise with its subject pronoun riding on it: "a-t-elle", "s’est-il" (without: PERFECT_AUXILIARY). */
const INCISE_AUXILIARY_PRONOUN = /^(?:a|avait|s['’]est|s['’]était)-(?:t-)?(?:il|elle)$/i;
const ROMANCE_SINGULAR_ARTICLE = /^(?:le|la|el)$/;
/** Sides and groups that speak after a verb: "sostiene la defensa", "advierte el colectivo", "responde el consistorio" (review). */
const COLLECTIVE_AFTER_VERB = /^(?:defensa|défense|acusación|accusation|colectivo|consistorio|oposición|opposition|majorité|mayoría|plataforma|plateforme|parquet|asamblea|assemblée|junta|directiva|direction|dirección|vecindad|afición|hinchada|plantilla)$/;
/** Nouns of a time after a verb: "dijo el martes", "a expliqué le lendemain". */
const TIME_AFTER_VERB = /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain|veille|víspera|matin|matinée|soir|soirée|nuit|noche|journée|jornada|tarde|mañana|madrugada|semaine|semana|midi|jour|mois|día|mes|año|fin|pasado|mismo|même)$/;
/** A French verb with its subject pronoun hung on it: "reprend-il", "peste-t-elle", "s’agace-t-il". */
const INVERTED_VERB_PRONOUN = /^(?:[smn]['’])?(\p{Ll}{2,})(?:-t)?-(?:il|elle)$/u;
/** Verbs whose inverted "il" is impersonal: "semble-t-il", "paraît-il", "faut-il". */
const IMPERSONAL_INVERTED = /^(?:semble|semblait|semblerait|paraît|parait|paraissait|paraîtrait|paraitrait|faut|fallait|faudrait|suffit|suffisait|suffirait|reste|restait|resterait|agit|agissait|agirait|est|était|sera|serait|y)$/;
/** What may follow an incise's subject in its clause: the end, or a phrase of place or time ("… a balayé Dambrine devant la presse"). */
const AFTER_INCISE_SUBJECT = /^\s*(?:$|[,.;:!?)…]|(?:à|au|aux|devant|lors|dans|sur|en|après|avant|a|al|ante|durante|tras|antes|después|frente)\s)/u;
/** An infinitive completing the incise's verb, then its end: "s’est-il contenté de répondre", "a-t-elle tenu à préciser". */
const INCISE_INFINITIVE = /^\s+(?:de\s+|d['’]|à\s+)\p{Ll}+(?:er|ir|re)\s*(?:$|[,.;:!?)…])/u;
/** Words with a participle's ending that are none: adverbs and pronouns ("a ainsi …", "a aussi …", "a lui …"), and "été", "sido". */
const NOT_PARTICIPLE = /^(?:ainsi|aussi|parmi|depuis|puis|jadis|jamais|mais|ici|voici|lui|qui|sinon|tandis|été|sido|aquí|allí|así|casi)$/i;

/**
 * "« … », s’est amusé Dambrine", "«…», ha zanjado Gómez", "« … », a-t-elle balayé": right after the
 * quote's comma, an auxiliary, a participle, then only its inverted subject (a name, or the pronoun
 * on the auxiliary) before the clause ends. French and Spanish build their incise so, whatever the
 * verb. (Not German, whose "hat" comes last, nor English, whose "a" is an article.)
 * Only when the quote is no part of its sentence's subject: it opens the sentence, follows a colon,
 * or follows a main clause with no comma or relative pronoun in it ("Le projet est « une folie »,
 * a lancé X"). "Le Serbe, « très fatigué », a battu X", "Le président, qui avait qualifié la grève
 * d’« inacceptable », a reçu X": the comma closes an aside inside the subject, and what follows is
 * the main verb and its object.
 */
function unlistedIncise(ctx: Context, open: number, close: number, afterEnd: number, blockStart: number): Attribution | null {
  const { text, tokens } = ctx;
  if (ctx.capitalisedNouns || ctx.english) return null;
  const leadStart = sentenceStartIn(ctx, open, blockStart);
  const lead = text.slice(leadStart, open);
  if (!/^[\s\u00a0\u202f—–-]*$/.test(lead) && !/:[\s\u00a0\u202f]*$/.test(lead) && quoteInsideSubject(ctx, leadStart, open)) return null;
  let k = tokens.firstAtOrAfter(close + 1);
  if (k >= tokens.length || tokens.get(k).start >= afterEnd) return null;
  const gap = text.slice(close + 1, tokens.get(k).start);
  if (!/^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/.test(gap) && !(/,[\s\u00a0\u202f]*$/.test(text.slice(close - 3, close)) && /^[\s\u00a0\u202f]+$/.test(gap))) return null;
  const participle = (t: { word: string } | undefined): boolean => t !== undefined && /^\p{Ll}{3,}$/u.test(t.word) && /(?:é|ée|és|ées|i|ie|u|ue|it|is|ado|ada|ido|ida)$/u.test(t.word) && !NOT_PARTICIPLE.test(t.word);
  if (INCISE_AUXILIARY_PRONOUN.test(tokens.get(k).word)) {
    const p = tokens.get(k + 1);
    if (!participle(p) || p!.start >= afterEnd || !(AFTER_INCISE_SUBJECT.test(text.slice(p!.end, afterEnd)) || INCISE_INFINITIVE.test(text.slice(p!.end, afterEnd)))) return null;
    const who = resolvePronoun(ctx, tokens.get(k).word, tokens.get(k).start, 'after');
    return who.person ? who : null;
  }
  // "« … », reprend-il", "« … », peste-t-elle": a verb no list has with its subject pronoun hung on
  // it, closing the clause, is an incise all the same (not "semble-t-il", "paraît-il": "it seems").
  const inverted = INVERTED_VERB_PRONOUN.exec(tokens.get(k).word);
  if (inverted && !IMPERSONAL_INVERTED.test(inverted[1]!) && AFTER_INCISE_SUBJECT.test(text.slice(tokens.get(k).end, afterEnd))) {
    const who = resolvePronoun(ctx, tokens.get(k).word, tokens.get(k).start, 'after');
    return who.person ? who : null;
  }
  // ("se ha quejado": the reflexive, then the auxiliary.)
  if (/^se$/i.test(tokens.get(k).word) && /^(?:ha|había)$/i.test(tokens.get(k + 1)?.word ?? '')) k++;
  // (After the auxiliary — "a", "s’est", "ha" — any participle reports.)
  if (!PERFECT_AUXILIARY.test(tokens.get(k).word) || !participle(tokens.get(k + 1))) return null;
  const subject = tokens.get(k + 2);
  if (!subject || subject.start >= afterEnd) return null;
  const name = nameAt(ctx.names, subject.start);
  if (!name || name.start !== subject.start || !AFTER_INCISE_SUBJECT.test(text.slice(name.end, afterEnd))) return null;
  const who = resolveNameMention(ctx, name, 'after');
  return who?.person && who.kind === 'name' ? who : null;
}

/**
 * "“Tell that to the shop owners,” he shot back", "“Really?” she deadpanned": in English a quote
 * closing on a comma, a question or an exclamation mark, then "he" or "she" and a verb in the past
 * (or with its particle, "cut in"), is attributed by the pronoun whatever the verb: no list holds
 * them all. (Not "he was told", "she had", nor "he and …".)
 */
function englishPronounTag(ctx: Context, open: number, close: number, afterEnd: number, blockStart: number): Attribution | null {
  const { text, tokens } = ctx;
  if (!ctx.english) return null;
  // (Only a quote opening its sentence, as a tag's words do: not "Although Jane Moss called the plan
  // “cruel,” he defended it", "When a resident yelled “Shame on you!” she paused".)
  if (/\p{L}/u.test(text.slice(sentenceStartIn(ctx, open, blockStart), open))) return null;
  if (!closesOnTagMark(text, close)) return null;
  const k = tokens.firstAtOrAfter(close + 1);
  const pronoun = tokens.get(k);
  if (!pronoun || pronoun.start >= afterEnd || (pronoun.word !== 'he' && pronoun.word !== 'she') || !/^\s+$/.test(text.slice(close + 1, pronoun.start))) return null;
  const verb = tokens.get(k + 1);
  if (!verb || verb.start >= afterEnd || text.slice(pronoun.end, verb.start) !== ' ' || isVerbToken(verb.word) || NOT_A_TAG_VERB.test(verb.word)) return null;
  const particle = tokens.get(k + 2);
  const phrasal = particle !== undefined && particle.start < afterEnd && text.slice(verb.end, particle.start) === ' ' && TAG_PARTICLE.test(particle.word);
  if (!/^\p{Ll}{2,}ed$/u.test(verb.word) && !phrasal) return null;
  return resolvePronoun(ctx, pronoun.word, pronoun.start, 'after');
}
/**
 * "„…“, grinst er", "„…“, winkt sie ab", "„…“, stöhnte er": in German a verb no list has, then "er"
 * or "sie" closing the clause (or before its particle), right after the quote and its comma. (Not a
 * conjunction, "„…“, damit er …", nor plural "sie", "„…“, lachen sie".)
 */
function germanPronounTag(ctx: Context, close: number, afterEnd: number): Attribution | null {
  const { text, tokens } = ctx;
  if (!ctx.capitalisedNouns) return null;
  const k = tokens.firstAtOrAfter(close + 1);
  const verb = tokens.get(k);
  if (!verb || verb.start >= afterEnd || !/^[\s\u00a0]*,[\s\u00a0]*$/.test(text.slice(close + 1, verb.start)) || !/^\p{Ll}{3,}(?:t|te)$/u.test(verb.word) || isVerbToken(verb.word) || NOT_A_GERMAN_TAG_VERB.test(verb.word)) return null;
  const pronoun = tokens.get(k + 1);
  if (!pronoun || pronoun.start >= afterEnd || (pronoun.word !== 'er' && pronoun.word !== 'sie') || text.slice(verb.end, pronoun.start) !== ' ') return null;
  if (!GERMAN_TAG_END.test(text.slice(pronoun.end, Math.min(afterEnd + 1, pronoun.end + 24)))) return null;
  return resolvePronoun(ctx, pronoun.word, pronoun.start, 'after');
}
const NOT_A_GERMAN_TAG_VERB = /^(?:damit|seit|jetzt|nicht|erst|bislang|meist|zuletzt|zunächst|selbst|fast|bereits|bisher|sofort|weist|heißt|gilt|hat|hatte|ist|wird|wurde|sollte|könnte|müsste|dürfte|möchte)$/;
/** What closes the tag after its pronoun: the clause's end, or a separable particle then the end ("winkt er ab."). */
const GERMAN_TAG_END = /^\s*(?:$|[,.;:!?)…–—]|(?:ab|an|auf|aus|bei|dazu|ein|entgegen|hinzu|nach|mit|fort|weiter|zurück|zu|zusammen|los|vor)\s*(?:$|[,.;:!?)…]))/u;
const NOT_A_TAG_VERB = /^(?:was|were|is|has|had|and|or|but|would|will|could|should|might|must|did|does)$/;
const TAG_PARTICLE = /^(?:back|in|out|up|off|on)$/;

/** Relative pronouns that may open a relative clause of the subject. */
const SUBJECT_RELATIVE_WORD = /^(?:qui|que|quien|quienes|dont|où|donde|cuyo|cuya)$/i;
/** Words before a noun: the word after them, then a relative, is a noun's ("la réforme que …"). */
const NOUN_DETERMINER = /^(?:le|la|les|l['’]|un|une|ce|cet|cette|ces|son|sa|ses|el|los|las|una|unos|unas|este|esta|ese|esa|su|sus)$/i;

/**
 * The quote at `open` sits inside the subject of the sentence that starts at `from`, so a verb and
 * a name after it are the main verb and its object, no incise: a comma right before the quote opens
 * an aside in the subject ("Le Serbe, « … », a battu …"), or a relative clause of a noun or a name
 * holds it ("Le président, qui avait qualifié la grève d’« … »"). (Not an opening phrase, "Pour
 * nous, c’est « … »", nor a conjunction after a verb, "Il faut dire que tout était « … »".)
 */
function quoteInsideSubject(ctx: Context, from: number, open: number): boolean {
  const { text, tokens } = ctx;
  if (/,[\s\u00a0\u202f]*$/.test(text.slice(from, open))) return true;
  for (let i = tokens.firstAtOrAfter(from); i < tokens.length && tokens.get(i).start < open; i++) {
    if (i === 0 || tokens.get(i - 1).start < from || !SUBJECT_RELATIVE_WORD.test(tokens.get(i).word) || insideQuote(ctx, tokens.get(i).start)) continue;
    const prev = tokens.get(i - 1);
    if (text.slice(prev.end, tokens.get(i).start).includes(',')) return true;
    const name = nameAt(ctx.names, prev.start);
    if (name && name.end === prev.end) return true;
    if (/^\p{Lu}/u.test(prev.word) && i - 1 > tokens.firstAtOrAfter(from)) return true;
    if (i >= 2 && tokens.get(i - 2).start >= from && NOUN_DETERMINER.test(tokens.get(i - 2).word)) return true;
  }
  return false;
}

/** An aside naming whose words follow: "in the words of one former cook, “…”", "as Ann Reyes put it: “…”". */
// (", as …," only with "put it": "said, as a warning to others, “…”" and "told reporters, as a crowd
// gathered, “…”" are the sentence's own subject's words.)
const WORDS_OF_ASIDE = /(?:(?:\b[Ii]n the words of|\b[Tt]o quote)\s+([^,;:“”"]{2,60}?)|,\s*as\s+([^,;:“”"]{2,60}?)\s+(?:put|puts|phrased|phrases) it)[,:]\s*$/;

/** One or two phrases set off by commas before a clause ("En declaraciones a EFE, …"). */
const OPENING_PHRASES = /^(?:[^,.;:!?“”"«»]{2,80},\s*){1,2}$/u;

/** Spans of time or of text that "later", "on", "after" can follow, in the four languages. */
const TIME_NOUN = '(?:minute|hour|day|night|week|fortnight|month|year|decade|moment|while|second|line|page|paragraph|heure|jour|semaine|mois|an|année|instant|ligne|seconde|nuit|minuto|hora|día|semana|mes|año|momento|rato|línea|página|segundo|noche|stunde|tag|woche|monat|jahr|weile|augenblick|zeile|seite|sekunde)(?:s|es|e|n|en)?';
/** Words after which an indefinite opening is a time, whatever came before: "A little later", "A beat later". */
const SPAN_AFTER = '(?:later|earlier|ago|afterwards|plus tard|plus tôt|auparavant|después|más tarde|später|zuvor|danach)';
/**
 * An indefinite opening that is a time: "A week later", "A few lines on", "Un mois plus tard", "Unos días
 * después", "Eine Stunde später", "A year and a half later". Before "on", "after", "before" only a span
 * of time will do ("A passenger sitting on the floor", "A passenger after the delay" are someone).
 */
const TIME_LEAD = new RegExp(
  `^\\s*(?:a|an|one|un|une|unos|unas|una|ein|eine|einen)\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?${TIME_NOUN}(?:\\s+or so)?\\s+(?:after|before|on|après|antes)|(?:[\\p{L}-]+\\s+){0,4}?${SPAN_AFTER})(?![\\p{L}])`,
  'iu',
);

// "ce diplomate", "cette même source", "this official" (not "ce dernier", "the latter": someone named).
const DEMONSTRATIVE_SUBJECT = /^\s+(?:ce|cet|cette|this|that|este|esta|ese|esa|dieser|diese)\s+(?:même\s+|mismo\s+|misma\s+|same\s+)?(\p{Ll}+)/u;

/**
 * After a reporting verb at text[from], someone unnamed as its subject: "a ajouté ce diplomate" (a
 * noun an earlier "un diplomate" introduced), "said the brother of one of the soldiers, who gave
 * his name only as Imran".
 */
function unnamedAfterVerb(ctx: Context, from: number, to: number): Attribution | null {
  const after = ctx.text.slice(from, to);
  const demonstrative = DEMONSTRATIVE_SUBJECT.exec(after);
  if (demonstrative && introducedUnnamed(ctx, demonstrative[1]!, from)) return { person: null, mention: demonstrative[0].trim(), kind: 'anonymous', via: 'after', position: from + demonstrative.index };
  const k = ctx.tokens.firstAtOrAfter(from);
  if (k < ctx.tokens.length && ctx.tokens.get(k).start < to && DETERMINERS.has(lowerCase(ctx.tokens.get(k).word)) && ANONYMITY.test(after)) return { person: null, mention: '', kind: 'anonymous', via: 'after', position: ctx.tokens.get(k).start };
  return null;
}

/**
 * Words that may stand between a clause's start and an indefinite subject: "Moments later a woman",
 * "Then someone", "De pronto un hombre" (one token: "pronto"). Adverbs in -ly by their usual endings
 * ("abruptly", "immediately", "suddenly", "quietly"), not any word in -ly: "Italy", "July", "family",
 * "only" are names and nouns.
 */
export const SEQUENCE_WORD = /^(?:then|later|suddenly|soon|moments|minutes|seconds|finally|eventually|again|alors|puis|ensuite|soudain|dann|plötzlich|später|luego|entonces|después|pronto|\p{L}{2,}(?:al|ate|ed|ing|ous|ful|ent|ant|ive|less|den|ck|ct|et|pt|ght|rt|ft|ow|ief|ntial)ly)$/iu;
/** Someone no article can name: "someone shouted", "quelqu’un a crié", "jemand rief", "alguien gritó". */
const INDEFINITE_PRONOUN = /^(?:someone|somebody|quelqu['’]un|jemand|alguien)$/i;

/**
 * Whether the one a sentence keeps anonymous (its words up to the anonymity phrase are `before`)
 * can be the sentence's subject: "Su madre, quien pidió no publicar su nombre, …", "A teacher who
 * asked not to be named …". Not someone after a preposition, an agent or an object: "Al ser
 * preguntado por una vecina que pidió no publicar su nombre, respondió", "He spoke to a nurse who
 * asked not to be named".
 */
const RELATIVE_BEFORE_ANONYMITY = /(?:^|[\s,])(?:quien|quienes|que|who|qui|die|der)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const PREPOSITIONAL_PERSON = /(?:^|\s)(?:por|by|par|von|to|à|a|con|with|avec|mit|para|for|pour|from)\s+(?:un|una|une|a|an|one|the|el|la|le|l['’]|los|las|les|su|sus|sa|son|ses|leur|his|her|their|ein|eine|einer|einem|einen|der|die|dem|den)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+,?\s*$/iu;
function keptAnonymousIsSubject(before: string): boolean {
  const relative = RELATIVE_BEFORE_ANONYMITY.exec(before);
  return !relative || !PREPOSITIONAL_PERSON.test(before.slice(0, relative.index));
}

/**
 * "As the verdict was read, a woman in the gallery shouted, “…”", "Moments later someone called
 * out, “…”": the reporting verb's own clause opens on an indefinite subject (after a comma or a
 * word of sequence, not after a verb or preposition, where it is an object: "turned to a colleague
 * and said"), so the words are someone unnamed's, not the last speaker's going on. Names nobody in
 * between ("a lawyer for Ann Reyes said" is left to the rules about whom such phrases speak for).
 */
function indefiniteClauseSubject(ctx: Context, v: number, from: number): Attribution | null {
  const { tokens, text } = ctx;
  for (let k = v - 1, steps = 0; k >= 0 && tokens.get(k).start >= from && steps < 12; k--, steps++) {
    const t = tokens.get(k);
    const gapAfter = text.slice(t.end, tokens.get(k + 1).start);
    if (/[.;:!?“”"«»„‘’()]/.test(gapAfter) || (gapAfter.includes(',') && k < v - 1)) return null;
    if (PRONOUNS.has(lowerCase(t.word)) || nameAt(ctx.names, t.start)) return null;
    const indefinite = INDEFINITE_ARTICLE.test(t.word) || /^(?:one|another)$/i.test(t.word);
    if (!indefinite && !INDEFINITE_PRONOUN.test(t.word)) continue;
    // (The article's noun is a person's, maybe after an adjective — "a young woman" — not a thing's:
    // "Un geste salué par le capitaine : « … »" is the captain's.)
    // (French "a" is also "has": "une habitante a lancé" goes on to the article before.)
    if (indefinite && ![k + 1, k + 2].some((j) => j < v && /^\p{Ll}/u.test(tokens.get(j).word) && isPersonNoun(tokens.get(j).word))) continue;
    const before = tokens.get(k - 1);
    const opensClause = !before || before.start < from || /[,;:.!?]/.test(text.slice(before.end, t.start)) || (SEQUENCE_WORD.test(before.word) && !/[,]/.test(text.slice(before.end, t.start)));
    if (!opensClause) return null;
    return unnamedFrom(ctx, k, 'before');
  }
  return null;
}

export function attribute(
  ctx: Context,
  open: number,
  close: number,
  blockStart: number,
  blockEnd: number,
  nextOpen: number,
  prevClose: number,
): Attribution | null {
  const { text, tokens } = ctx;
  // The tokens around the marks, searched for once: the rules below all start from them.
  const afterOpen = tokens.firstAtOrAfter(open + 1);
  const atOpen = firstTokenFrom(tokens, open, afterOpen);
  const afterClose = tokens.firstAtOrAfter(close + 1);
  // Inside: « Je dois…, a admis Aubriac, … » / “Sé que…—dijo el alcalde—, pero …”.
  const inside = attributionInside(ctx, open, close, afterOpen, firstTokenFrom(tokens, close, afterClose));
  if (inside) return inside;
  // A caption that quotes first and names the speaker after a colon: „…“: Chefärztin Henrike
  // Osterwald im Schockraum. In a headline the name after the colon is the news, not the speaker
  // (“This one's for the old-timers”: Okafor double ends…): there the body says who spoke.
  // (Only when a colon is among those few characters: most quotes have none, and the pattern is then skipped.)
  const colonAfter = ctx.blockIsHeading || !codeWithin(text, 58, close + 1, close + 6) ? null : /^[\s\u00a0]*:\s+/.exec(text.slice(close + 1, close + 6));
  if (colonAfter && /^[\s\u00a0—–-]*$/.test(text.slice(blockStart, open))) {
    const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(close + 1 + colonAfter[0].length), blockEnd, 'after');
    if (who?.person) return who;
  }
  // "« à crédit et à l’instinct », selon sa formule", "“…”, in his words", "según sus palabras":
  // the words are the possessor's, whom the possessive stands for.
  const possessor = POSSESSOR_OF_WORDS.exec(text.slice(close + 1, close + 48));
  // (A possessive that tells no gender, "sa", "su", "sus", may be a body's or a group's: "El comité
  // calificó la visita de «paripé», según sus palabras".)
  const neutral = possessor !== null && !POSSESSOR_PRONOUN[possessor[1]!.toLowerCase()];
  if (possessor && !ctx.blockIsHeading && !(neutral && (hasNonPersonSubject(ctx, open) || opensOnGroup(text.slice(sentenceStartIn(ctx, open, blockStart), open))))) {
    const who = resolvePronoun(ctx, POSSESSOR_PRONOUN[possessor[1]!.toLowerCase()] ?? '', close + 1 + possessor.index + possessor[0].indexOf(possessor[1]!), 'after');
    if (who.person) return { ...who, mention: possessor[0].replace(/^[\s,]+/, '') };
  }
  // "“…”, in Hale’s words", "«…», en palabras de Lara", "“…,” was Hale’s one-word verdict": a named
  // owner of the words after the quote.
  // (Only when it ends the sentence: in "“…,” in the words of Jim Valvano, Dunn told his players" Dunn speaks.)
  const named = NAMED_OWNER_OF_WORDS.exec(text.slice(close + 1, close + 48));
  if (named && !ctx.blockIsHeading) {
    const ownerWord = named[1] ?? named[2];
    const endsHere = (at: number) => /^[\s.!?”"»)]*$/.test(text.slice(at, sentenceEnd(text, at, blockEnd)));
    if (ownerWord !== undefined) {
      const person = personNamedBy(ctx, ownerWord, close + 1 + named.index);
      if (person && endsHere(close + 1 + named.index + named[0].length)) return { person, mention: named[0].replace(/^[\s,]+/, ''), kind: 'name', via: 'after', position: close + 1 };
    } else {
      const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(close + 1 + named[0].length), blockEnd, 'after');
      if (who?.person && endsHere(who.position + who.mention.length)) return who;
    }
  }
  // After: “…,” said X / “…,” X said / “…,” the minister told reporters.
  // A quote that ends its sentence (“… .” She then …) has no attribution after it.
  // (Spanish, French and German put the full stop after the mark: «…». La frase …)
  // (« … venu. » keeps a space inside the mark.)
  // (By char code: a stop, perhaps a space, inside the mark, then a space and a capital after it; or a stop, a space and a capital after it.)
  const before = text.charCodeAt(close - 1);
  const endsSentence =
    ((isStopCode(before) || (isSpaceCode(before) && isStopCode(text.charCodeAt(close - 2)))) && isSpaceCode(text.charCodeAt(close + 1)) && isCapitalCodeAt(text, close + 2)) ||
    (isStopCode(text.charCodeAt(close + 1)) && text.charCodeAt(close + 1) !== 0x2026 && isSpaceCode(text.charCodeAt(close + 2)) && isCapitalCodeAt(text, close + 3));
  // …unless that next sentence is only the attribution: “… .” Asif said. / “… !” She told reporters.
  if (endsSentence) {
    const tag = attributionSentenceAfter(ctx, close, blockEnd, nextOpen);
    if (tag) return tag;
    const asker = namedAskerAfter(ctx, close, nextOpen);
    if (asker) return asker;
    // "« Recenser. Vous imaginez le mot ? » Solène Marchand a découvert ce message …": a paragraph that
    // opens on the words, then on the full name of whoever said them, as the next sentence's subject.
    if (/^[\s\u00a0]*$/.test(text.slice(blockStart, open))) {
      const introduced = introducedAfter(ctx, close + 1, Math.min(nextOpen, blockEnd));
      if (introduced) return introduced;
    }
  }
  // (A caption's credit glued to its full stop, “…”.(ABC News: Jo Hale), is no sentence after the quote.)
  // (A stop then "(" after the mark, by char code.)
  const creditAfterStop = isStopCode(text.charCodeAt(close + 1)) && text.charCodeAt(close + 1) !== 0x2026 && text.charCodeAt(close + 2) === 40;
  let afterEnd = endsSentence || creditAfterStop ? close + 1 : Math.min(sentenceEnd(text, close + 1, blockEnd), nextOpen);
  // "… „Buchhaltertricks“ vor – Wendland kontert": a spaced dash starts another clause; so do a
  // semicolon ("…'; Election Commission issues notices") and "even as", "while", "whereas".
  // (Each alternative needs a dash, a semicolon or a comma: without one the pattern is skipped.)
  const otherClause = hasClauseBreakWithin(text, close + 1, afterEnd) ? /\s[–—]\s|;|,\s+(?:even as|while|whereas|alors que|tandis que|mientras que|während)\s/.exec(text.slice(close + 1, afterEnd)) : null;
  if (otherClause) afterEnd = close + 1 + otherClause.index;
  // Headlinese joins two news clauses with "as": "Garside says strike would be ‘…’ as Dunmore
  // accuses him of …" is the second clause's subject doing something else, not the quote's speaker
  // ("as Dunmore put it" still attributes). Only when a reporting verb before the quote has already
  // said whose the words are: "Rates to stay high ‘for some time’ as Powell warns …" is Powell's.
  else if (ctx.blockIsLede && reportedBefore(ctx, blockStart, open)) {
    // (Only before someone named: "as administrators warn" may still be the words' unnamed source.)
    const as = /\sas\s(?=\p{Lu})(?!(?:\S+\s+){0,3}(?:put|puts|said|says)(?!\p{L}))/u.exec(text.slice(close + 1, afterEnd));
    if (as) afterEnd = close + 1 + as.index;
  }
  // "« … », s’est amusé Dambrine", "«…», ha zanjado Gómez", "« … », a-t-elle balayé": an incise whose verb no list has.
  const incise = unlistedIncise(ctx, open, close, afterEnd, blockStart) ?? englishPronounTag(ctx, open, close, afterEnd, blockStart) ?? germanPronounTag(ctx, close, afterEnd);
  if (incise) return incise;
  let deferred: Attribution | null = null;
  let i = afterClose;
  for (let n = 0; i < tokens.length && tokens.get(i).start < afterEnd && n < 8; i++, n++) {
    // “…,” soupirait une passagère / resume una catedrática / a voter said: someone unnamed.
    // “…” and urged talks: a second predicate of the sentence's own subject, not an attribution.
    // (The first word's lower case is read once, for the tests of a first word below.)
    const firstLower = n === 0 ? lowerCase(tokens.get(i).word) : '';
    const coordinator = n === 0 && COORDINATORS.has(firstLower);
    if (coordinator && hasNonPersonSubject(ctx, open)) break;
    // "X vowed to be “…,” but Democrats said …": a new subject after the conjunction opens another
    // clause, whose verb reports that subject's own words, not these.
    // (A verb of the quote's own sentence: "Ruiz said the talks had failed. The offer was “…”, and
    // Baker said …" is Baker's.)
    if (coordinator && NEW_SUBJECT_AFTER_CONJUNCTION.test(tokens.get(i + 1)?.word ?? '') && reportedBefore(ctx, sentenceStartIn(ctx, open, blockStart), open)) break;
    // "“…” but asked not to be named": the speaker is kept anonymous.
    if (coordinator && ANONYMITY.test(text.slice(tokens.get(i).end, afterEnd))) return unnamedFrom(ctx, i + 1, 'after');
    // “…” and says the mayor has…: a second verb of the sentence's own subject, whose object
    // clause ("the mayor has") is no speaker.
    // "“…” y les pidió …": an object pronoun may sit between.
    const nextVerb = !coordinator ? -1 : CLITIC.test(tokens.get(i + 1)?.word ?? '') || AUXILIARY.test(tokens.get(i + 1)?.word ?? '') ? i + 2 : i + 1;
    if (coordinator && tokens.get(nextVerb) && tokens.get(nextVerb).start < afterEnd && isVerbToken(tokens.get(nextVerb).word)) {
      const subject = subjectOfSentenceAt(ctx, open);
      if (subject) return { ...subject, via: 'after' };
    }
    // "“…,” the statement read": a document's words.
    if (n === 0 && DETERMINERS.has(firstLower) && NON_PERSON_NOUN.test(tokens.get(i + 1)?.word ?? '') && /^(?:read|reads)$/i.test(tokens.get(i + 2)?.word ?? '') && tokens.get(i + 2)!.start < afterEnd) {
      return { person: null, mention: text.slice(tokens.get(i).start, tokens.get(i + 1)!.end), kind: 'anonymous', via: 'after', position: tokens.get(i).start };
    }
    // "“…”, a charge Okafor dismissed as …": a phrase about the words, whose verb is someone else's reply.
    if (n === 0 && /^(?:a|an|the)$/i.test(tokens.get(i).word) && QUOTE_NOUN.test(tokens.get(i + 1)?.word ?? '')) break;
    // "„…“, hieß es in einer Mitteilung": an impersonal "it was said", nobody named.
    // (Also after the rest of the reported clause: "Man rechne „…“ Wohnungen, heißt es aus dem Amt".)
    if (IMPERSONAL_SAID.test(tokens.get(i).word) && /^es$/i.test(tokens.get(i + 1)?.word ?? '')) return unnamedFrom(ctx, i, 'after');
    // "„…?“, wollte die Moderatorin gleich zu Beginn wissen": wanting to know asks, and the subject
    // stands between the two verbs.
    if (n === 0 && WANTED_TO_KNOW.test(tokens.get(i).word) && /(?<![\p{L}])wissen[\s.!?]*$/u.test(text.slice(tokens.get(i).end, afterEnd))) {
      const who = subjectOfVerb(ctx, i, close + 1, afterEnd, 'after', true);
      if (who) return who;
    }
    // "Man lade den Verband „…“ zu Gesprächen ein, sagt Wallner": a German particle closing the
    // reported clause before a comma is neither a verb nor an article; the reporting clause comes after it.
    if (ctx.capitalisedNouns && n > 0 && tokens.get(i).word === 'ein' && text.charCodeAt(tokens.get(i).end) === 44) continue;
    // Only as the subject of a reporting verb next to it: "auch eine Zusammenarbeit" is no speaker.
    if (n <= 3 && INDEFINITE.test(tokens.get(i).word) && [tokens.get(i - 1), tokens.get(i + 1), tokens.get(i + 2), tokens.get(i + 3)].some((t) => t && t.start < afterEnd && t.start > close && isVerbToken(t.word))) return unnamedFrom(ctx, i, 'after');
    // "CM Sahu calls BJSP 'tourist party', Parihar says 'countdown has begun'": a verb that
    // introduces the next quote, after words that already have a verb of their own, is the next quote's.
    // (Whether the word is a verb is asked once here and again below.)
    const isVerb = isVerbToken(tokens.get(i).word) || postedOnline(ctx, i) || (ctx.english === true && n <= 4 && STRUCK_BACK.test(tokens.get(i).word) && closesOnTagMark(text, close) && struckBack(ctx, i, afterEnd));
    if (isVerb && introducesNextQuote(ctx, i, open, nextOpen, blockStart, blockEnd)) break;
    // "„…“, legt er nach", "…, führt die Richterin aus": a German separable verb that reports only
    // with its particle, which closes the clause.
    if (ctx.capitalisedNouns && n <= 2 && (n === 0 || /,\s*$/.test(text.slice(tokens.get(i - 1).end, tokens.get(i).start))) && separableReport(ctx, i, afterEnd)) {
      const who = subjectOfVerb(ctx, i, close + 1, afterEnd, 'after', true);
      if (who) return who;
    }
    // "“…” since the inspection note was filed": before an auxiliary, an English reporting verb's form is a noun.
    if (ctx.english && NOUN_BEFORE_AUXILIARY.test(tokens.get(i + 1)?.word ?? '')) continue;
    if (isVerb && !ATTRIBUTING_WORD.test(tokens.get(i).word)) {
      // "„…“ prüfen, auch mit den Nachbarn, kündigte die Bürgermeisterin an": a verb opening a clause after a comma comes before its subject.
      const afterComma = i > 0 && /,\s*$/.test(text.slice(tokens.get(i - 1).end, tokens.get(i).start));
      // ("…“already made up their minds” and accused Dean Hollis of …": after "and", a name is the verb's
      // object; in English only, as Spanish and French invert there too: "«…», y añadió Juan Pérez".)
      const coordinated = ctx.english === true && n >= 1 && COORDINATORS.has(lowerCase(tokens.get(i - 1).word));
      const who = subjectOfVerb(ctx, i, close + 1, afterEnd, 'after', (n <= 2 && !coordinated) || afterComma);
      if (who) return who;
      if (n <= 2 && INDEFINITE.test(tokens.get(i + 1)?.word ?? '')) return unnamedFrom(ctx, i + 1, 'after');
      // "said a fire officer on duty": English "a"/"an" before a lower-case description is someone
      // unnamed (not Spanish "dijo a la prensa", "contó a sus vecinos", whose "a" is "to").
      if (n <= 2 && /^(?:a|an)$/.test(tokens.get(i + 1)?.word ?? '') && /^\p{Ll}+$/u.test(tokens.get(i + 2)?.word ?? '') && ENGLISH_REPORTING_FORM.test(tokens.get(i).word) && !DETERMINERS.has(tokens.get(i + 2)!.word) && !POSSESSIVES.has(tokens.get(i + 2)!.word)) return unnamedFrom(ctx, i + 1, 'after');
      // "said the person, who requested anonymity": whoever the words describe is kept unnamed.
      if (n <= 2 && /^the$/i.test(tokens.get(i + 1)?.word ?? '') && /^\p{Ll}+$/u.test(tokens.get(i + 2)?.word ?? '') && /^,\s+(?:who|whom)\s/.test(text.slice(tokens.get(i + 2)!.end, afterEnd)) && ANONYMITY.test(text.slice(tokens.get(i + 2)!.end, afterEnd))) return unnamedFrom(ctx, i + 1, 'after');
      // "«…», reconocen esas mismas fuentes", "said officials": a group speaks, nobody named.
      for (let g = i + 1; n <= 2 && g <= i + 3 && g < tokens.length && tokens.get(g).start < afterEnd; g++) {
        // (Not a group qualifying a title: "said Police Chief Marcus Bell".)
        if (GROUP_SUBJECT.test(tokens.get(g).word) && !isTitleWord(tokens.get(g + 1)?.word ?? '')) return unnamedFrom(ctx, g, 'after');
        if (nameAt(ctx.names, tokens.get(g).start)) break;
      }
      // "un « chiche ! » lancé depuis les gradins", "a “Shame!” shouted from the gallery": words
      // someone uttered, named only by "par"/"by" after the participle.
      // (A past participle only: "called it a “disgrace,” adding", "Es una «vergüenza», añadió" are the subject's.)
      if (n === 0 && /(?:é|ée|és|ées|ed|ado|ada|ido|ida)$/.test(tokens.get(i).word) && INDEFINITE_ARTICLE.test(tokens.get(atOpen - 1)?.word ?? '') && /^\s*$/.test(text.slice(tokens.get(atOpen - 1).end, open))) {
        const agent = /^(?:par|by|por|von)$/i.test(tokens.get(i + 1)?.word ?? '') ? mentionStartingAt(ctx, i + 2, afterEnd, 'after') : null;
        return agent ?? unnamedFrom(ctx, i, 'after');
      }
      // "«…», señaló la compañía", "concluye el documento": a body or a document after its verb
      // names nobody (and is not the last speaker going on).
      // (Not after "and": "“…” and insisted the government had …" opens the verb's object clause.)
      const bodyAfter = tokens.get(i + 1);
      // (Or after its auxiliary: "« … », a indiqué la mairie", "«…», ha informado el ayuntamiento".)
      // (There only a body that issues statements: "a expliqué le guide" is a mountain guide, while
      // "saluait le guide" may be a guidebook.)
      const afterAuxiliary = n === 1 && PERFECT_AUXILIARY.test(tokens.get(i - 1).word);
      const verbOpens = n === 0 || afterAuxiliary;
      const bodyNoun = tokens.get(i + 2)?.word ?? '';
      if (verbOpens && bodyAfter && DETERMINERS.has(lowerCase(bodyAfter.word)) && (afterAuxiliary ? ISSUING_BODY.test(bodyNoun) || STATEMENT_ISSUER.test(bodyNoun) : NON_PERSON_NOUN.test(bodyNoun)) && tokens.get(i + 2)!.start < afterEnd) {
        return { person: null, mention: text.slice(bodyAfter.start, tokens.get(i + 2)!.end), kind: 'anonymous', via: 'after', position: bodyAfter.start };
      }
      // (French elides the article into the noun: "précise l’agence", "indique l’entreprise".)
      const elidedBody = verbOpens && bodyAfter && bodyAfter.start < afterEnd ? /^[lL]['’](\p{Ll}+)$/u.exec(bodyAfter.word) : null;
      if (elidedBody && NON_PERSON_NOUN.test(elidedBody[1]!)) return { person: null, mention: bodyAfter!.word, kind: 'anonymous', via: 'after', position: bodyAfter!.start };
      // "One of the people described them as “…”, adding that …": an English participle after a
      // comma goes on with the subject of the sentence the quote is in, when it has one.
      if (n === 0 && /\p{Ll}ing$/u.test(tokens.get(i).word) && (/^\s*,\s*$/.test(text.slice(close + 1, tokens.get(i).start)) || text[close - 1] === ',')) {
        const subject = sentenceSubject(ctx, sentenceStartIn(ctx, open, blockStart), open);
        if (subject && (subject.person || subject.mention !== '')) return { ...subject, via: 'after' };
      }
      // Verb right after the quote with no subject: a dropped subject (“…”, declaró.) or anonymous.
      // ("„…“, sagte die 57 Jahre alte Sozialdemokratin": a German description's article still says
      // whether a man or a woman spoke; not a plural verb's, "sagten die Experten".)
      const article = tokens.get(i + 1);
      if (n <= 1 && ctx.capitalisedNouns && article && article.start < afterEnd && /^(?:der|die)$/.test(article.word) && !/en$/.test(tokens.get(i).word)) {
        for (let k = i + 2; k <= i + 5 && k < tokens.length && tokens.get(k).start < afterEnd; k++) {
          if (!/^\p{Lu}\p{Ll}/u.test(tokens.get(k).word) || tokens.get(k).word === 'Jahre') continue;
          return resolvePronoun(ctx, text.slice(article.start, tokens.get(k).end), article.start, 'after');
        }
      }
      // ("«…», le ha reprochado", "se ha limitado a decir": a clitic and an auxiliary before it.)
      if (n <= 1 || (n === 2 && CLITIC.test(tokens.get(i - 2).word) && AUXILIARY.test(tokens.get(i - 1).word))) {
        // "The ministry accused Kalynia of a “…” and urged …", "Fuentes del jurado describen … «…»,
        // aunque admiten …": mid-sentence, the verb goes on with a body or someone unnamed, the
        // sentence's own subject, not with whoever was named last.
        if (/\p{L}/u.test(text.slice(Math.max(sentenceStartIn(ctx, open, blockStart), prevClose + 1), open)) && opensWithNobodyNamed(ctx, open)) return { person: null, mention: '', kind: 'anonymous', via: 'after', position: tokens.get(i).start };
        // A subject after the verb that the verb's subject search did not take is a description of
        // someone unnamed, not a dropped subject.
        const postverbal = unnamedAfterVerb(ctx, tokens.get(i).end, afterEnd);
        if (postverbal) return postverbal;
        const implicit = resolvePronoun(ctx, '', tokens.get(i).start, 'after');
        // "« … », résume la metteuse en scène", "«…», explica la coreógrafa": in an incise, an article
        // and a noun no list has after the verb are its subject, someone described, whose article
        // still tells a man from a woman: not whoever a dropped subject goes on with, when that is
        // someone of the other gender. (Not a time, "dijo el martes", nor a body, "indique la préfecture".)
        const noun = tokens.get(i + 2);
        if (n === 0 && implicit.person && !ctx.capitalisedNouns && !ctx.english && article && noun && noun.start < afterEnd && ROMANCE_SINGULAR_ARTICLE.test(article.word) && /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/.test(text.slice(close + 1, tokens.get(i).start)) && /^\p{Ll}{3,}$/u.test(noun.word)) {
          const gender = genderOf(implicit.person);
          if (gender && gender !== (article.word === 'la' ? 'f' : 'm') && !NON_PERSON_NOUN.test(noun.word) && !COLLECTIVE_AFTER_VERB.test(noun.word) && !TIME_AFTER_VERB.test(noun.word) && !isVerbToken(noun.word)) return resolvePronoun(ctx, text.slice(article.start, noun.end), article.start, 'after');
        }
        return implicit;
      }
      // "“…,” the statement said", "«…», indica el comunicado": a body or a document said it, which
      // names nobody (and is not the last speaker going on).
      const body = n <= 3 && n >= 2 && DETERMINERS.has(tokens.get(i - n)!.word.toLowerCase()) && NON_PERSON_NOUN.test(tokens.get(i - 1)!.word) ? text.slice(tokens.get(i - n)!.start, tokens.get(i - 1)!.end) : '';
      const unnamed: Attribution = { person: null, mention: body, kind: 'anonymous', via: 'after', position: tokens.get(i).start };
      if (n <= 2) return unnamed;
      // “…” restructuring, the company said: a verb further on may report the whole sentence, whose
      // own subject before the quote ("CEO X called it a “…”") is the closer speaker.
      deferred = unnamed;
      break;
    }
    // "„…“, so Wimmer.", "…, so der Ministerpräsident": German "according to", right after a comma.
    if (ctx.capitalisedNouns && n === 0 && tokens.get(i).word === 'so' && /^[“”"»«‘’‚]?\s*,\s*$/.test(text.slice(close + 1, tokens.get(i).start))) {
      const who = mentionStartingAt(ctx, i + 1, afterEnd, 'after');
      if (who?.person) return who;
    }
    if (ATTRIBUTING_WORD.test(tokens.get(i).word) || /^pour$/i.test(tokens.get(i).word)) {
      const j = lowerCase(tokens.get(i).word) === 'according' ? i + 2 : i + 1;
      const objectPronoun = OBJECT_PRONOUN[tokens.get(j)?.word.toLowerCase() ?? ''];
      if (objectPronoun) return resolvePronoun(ctx, objectPronoun, tokens.get(j)!.start, 'after');
      const who = mentionStartingAt(ctx, j, afterEnd, 'after');
      if (who) return who;
      // "…, selon le staff médical": said by someone no one named, unless the sentence itself names a speaker.
      if (lowerCase(tokens.get(i).word) !== 'pour' && tokens.get(j) && tokens.get(j).start < afterEnd) {
        deferred = unnamedFrom(ctx, j, 'after');
        break;
      }
    }
  }
  // Comma-separated appositive subject: “…,” Asif, the defence minister, said.
  const firstAfter = afterClose;
  if (!deferred && firstAfter < tokens.length && tokens.get(firstAfter).start < afterEnd) {
    const lead = mentionStartingAt(ctx, firstAfter, afterEnd, 'after');
    if (lead && lead.kind !== 'pronoun') {
      // A long apposition set off by commas ("Ann Reyes, a professor of geology at … who sat on the
      // panel that …, told reporters") ends at a comma before its verb: further, only a verb there counts.
      // (The name itself, after any title outside it: "Dr. Helena Marsh, head of …".)
      const named = lead.kind === 'name' ? nameAt(ctx.names, lead.position) : null;
      const apposed = named !== null && /^,\s/.test(text.slice(named.end, named.end + 2));
      for (let k = firstAfter + 1; k < tokens.length && tokens.get(k).start < afterEnd && k < firstAfter + (apposed ? 48 : 14); k++) {
        if (!isVerbToken(tokens.get(k).word)) continue;
        if (k >= firstAfter + 14 && !/,\s*$/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start))) continue;
        // (Not when that verb introduces the next quote and these words have a verb of their own.)
        if (introducesNextQuote(ctx, k, open, nextOpen, blockStart, blockEnd)) break;
        return lead;
      }
    }
  }

  // Before, same sentence: X said (that) “…” / According to X, “…” / X told reporters: “…”.
  // (The sentence's start is looked back for once here: the rules below all need it.)
  const sentenceFrom = sentenceStartIn(ctx, open, blockStart);
  const from = Math.max(sentenceFrom, prevClose + 1);
  const lead = text.slice(from, open);
  // (The rules below ask this of the lead many times.)
  const leadEndsInColon = /:\s*$/.test(lead);
  const firstBefore = firstTokenFrom(tokens, from, atOpen);
  const lastBefore = atOpen - 1;
  // (The sentence's first token, for the rules about how it opens.)
  const opening = firstTokenFrom(tokens, sentenceFrom, firstBefore);
  // "un comunicado en el que advirtió que … «…»", "a letter in which …", "Darin heißt es:": the
  // document's words, nobody named.
  const sentenceLead = text.slice(sentenceFrom, open);
  const inDocument = IN_DOCUMENT.exec(sentenceLead);
  // ("Hollis issued a statement in which he said “…”": a named author's document is theirs.)
  const author = inDocument ? sentenceSubject(ctx, open - sentenceLead.length, open) : null;
  const namedAuthor = author?.kind === 'name' && !!author.person && (isGivenName(author.person.parts[0]) || author.person.roles.length > 0 || ctx.speakerish.has(author.person));
  if (inDocument && !namedAuthor) {
    return { person: null, mention: inDocument[0], kind: 'anonymous', via: 'before', position: open - sentenceLead.length + inDocument.index };
  }
  // "Aus dem Ministerium hieß es, man prüfe „…“", "In einer Mitteilung heißt es, X habe „…“": an
  // impersonal "it was said" opening the sentence, whose reported clause names no speaker.
  const impersonal = IMPERSONAL_SAID_ES.exec(sentenceLead);
  if (impersonal && !insideQuote(ctx, open - sentenceLead.length + impersonal.index)) {
    return { person: null, mention: impersonal[0], kind: 'anonymous', via: 'before', position: open - sentenceLead.length + impersonal.index };
  }
  // "Brenner spricht von einem „Kraftakt“, Maier von „Luftschlössern“", "Sie wirft ihm „…“ vor, er
  // ihr „…“": the second subject shares the verb the first clause had (left out, as in gapping).
  const gapped = from === prevClose + 1 ? gappedSubject(ctx, from, open, sentenceFrom, prevClose) : null;
  if (gapped) return gapped;
  // "His reply came quickly: “…”", "Her response was characteristic: “…”": a colon lead-in about
  // someone's answer is theirs, whom the possessive stands for.
  // (Not when the lead-in names who answered: "His reply drew a rebuke from Ann Reyes: “…”".)
  const answer = leadEndsInColon ? POSSESSIVE_ANSWER.exec(sentenceLead) : null;
  if (answer && !personNamedBetween(ctx, sentenceFrom + answer.index + answer[0].length, open)) {
    // ("Hale’s reaction was swift: “…”": the owner named.)
    if (answer[1] !== undefined) return { ...resolvePronoun(ctx, answer[1] === 'His' ? 'he' : answer[1] === 'Her' ? 'she' : 'they', sentenceFrom + answer.index, 'colon'), mention: answer[0].trim() };
    const owner = tokens.get(tokens.firstAtOrAfter(sentenceFrom + answer.index));
    const person = personNamedBy(ctx, owner.word, owner.start);
    if (person) return { person, mention: answer[0].trim(), kind: 'name', via: 'colon', position: owner.start };
  }
  // "… shouts of “Liar!” and “Resign!”, and Speaker Amparo Lerena had to step in: “…”": a colon lead-in
  // whose own clause, after an earlier quote and a conjunction, opens with a name is that name's.
  if (leadEndsInColon) {
    // (In the last 300 characters: a long sentence of many quotes is not read again for each.)
    const windowFrom = Math.max(sentenceFrom, open - 300);
    let clauseFrom = -1;
    for (const m of text.slice(windowFrom, open).matchAll(CLAUSE_AFTER_QUOTE)) clauseFrom = windowFrom + m.index + m[0].length;
    const named = clauseFrom > 0 ? sentenceSubject(ctx, clauseFrom, open) : null;
    // (Only the clause's own speaker: not an owner, "John Reyes’s deputy agreed:", nor someone who
    // hands over to another named after, "John Reyes turned to Ann Lee, who told him:".)
    const end = named ? named.position + named.mention.length : 0;
    if (named?.kind === 'name' && named.person && !/['’]s?$/.test(named.mention) && !/^['’]/.test(text.slice(end, end + 1)) && !personNamedBetween(ctx, end, open)) return { ...named, via: 'colon' };
  }
  // "X read a statement on Y's behalf:" / "on behalf of Y": the words are Y's, X only reads them.
  const behalf = BEHALF.exec(lead);
  if (behalf) {
    const word = behalf[1] ?? behalf[2];
    const at = from + behalf.index + behalf[0].indexOf(word);
    // A possessive surname is no name mention of its own ("Whitlow's"), so look the word up directly.
    const person = ctx.people.byWord(word, at);
    if (person && isPersonLike(person)) return { person, mention: word, kind: 'name', via: 'before', position: at };
  }
  // "…, in the words of one former cook, “…”", "as Ann Reyes put it, “…”": whoever the aside names,
  // or someone unnamed.
  const aside = WORDS_OF_ASIDE.exec(text.slice(Math.max(from, open - 100), open));
  if (aside) {
    const named = aside[1] ?? aside[2]!;
    const at = tokens.firstAtOrAfter(open - aside[0].length + aside[0].indexOf(named));
    const who = mentionStartingAt(ctx, at, open, 'before');
    if (who?.person && who.kind !== 'pronoun') return who;
    if (INDEFINITE_LEAD.test(named)) return unnamedFrom(ctx, at, 'before');
  }
  // "The scheme is, in his view, “…”", "…, in Achterberg’s words, “…”": whose view or words the
  // phrase right before the quote says they are.
  const view = IN_VIEW_OF.exec(text.slice(Math.max(from, open - 80), open));
  if (view) {
    const at = open - view[0].length + view[0].indexOf(view[1]!);
    if (/^(?:his|her)$/i.test(view[1]!)) {
      const who = resolvePronoun(ctx, /^his$/i.test(view[1]!) ? 'he' : 'she', at, 'before');
      if (who.person) return who;
    } else {
      const word = view[1]!.replace(/['’]s?$/, '');
      const person = ctx.people.byWord(word, at);
      if (person && isPersonLike(person)) return { person, mention: word, kind: 'name', via: 'before', position: at };
    }
  }
  // "Según dijo, esperan “…”", "Como explicó, …": an opening aside whose verb drops its subject is
  // the one just spoken of.
  const asSaid = opening < tokens.length && tokens.get(opening).start < open ? AS_SAID_OPENING.exec(text.slice(tokens.get(opening).start, open)) : null;
  // (Not after a sentence about a body or a group: "La policía detuvo a dos personas. Según informó, …".)
  if (asSaid && isReportingVerb(asSaid[1]!) && !(sentenceFrom > blockStart && (hasNonPersonSubject(ctx, sentenceFrom - 1) || text.slice(sentenceStartIn(ctx, sentenceFrom - 1, blockStart), sentenceFrom).trim().split(/\s+/, 2).some((w) => GROUP_SUBJECT.test(w))))) {
    const who = resolvePronoun(ctx, '', tokens.get(opening).start, 'before');
    if (who.person) return who;
  }
  // "Pour Martine Caussade, cheffe du groupe « Val Citoyen », le projet est un « … »": an
  // "according to" opening the sentence holds across a label quoted on the way.
  if (from > sentenceFrom) {
    const w = tokens.get(opening)?.word.toLowerCase();
    if (w === 'according' || w === 'selon' || w === 'laut' || w === 'según' || w === 'pour' || w === 'for') {
      const source = w === 'according' ? opening + 2 : opening + 1;
      const who = mentionStartingAt(ctx, source, open, 'before');
      if (who && who.kind === 'name') return who;
      // ("Selon lui, l’estimation n’a « jamais été actualisée » et … « digne de ce nom »": a pronoun as well,
      // set off by its comma: "Pour lui, …" is his view, "For him the price …" no source.)
      // (Only when nobody is named since: "…, tandis que le ministre Marc Fesneau la juge « … »" is his.)
      const pronoun = OBJECT_PRONOUN[tokens.get(source)?.word.toLowerCase() ?? ''];
      if (pronoun && /^\s*,/.test(text.slice(tokens.get(source)!.end, tokens.get(source)!.end + 2)) && !personNamedBetween(ctx, from, open)) {
        const who = resolvePronoun(ctx, pronoun, tokens.get(source)!.start, 'before');
        if (who.person) return who;
      }
    }
  }
  // "A su juicio, la norma es «…»", "Nach Ansicht von Vogt gibt es „…“", "In her view, …": an
  // opinion frame opening the sentence names whose words follow.
  // (Only when no one else is named and no reporting verb comes between: "In her view, …, but Governor
  // Tom Reyes called it “…”", "To quote Abraham Lincoln, Governor Tom Reyes said, “…”" are theirs.)
  const frame = OPINION_FRAME.exec(text.slice(sentenceFrom, open));
  if (frame) {
    const frameEnd = sentenceFrom + frame.index + frame[0].length;
    const pronoun = frame[1] ?? frame[2];
    const who = pronoun !== undefined ? null : mentionStartingAt(ctx, tokens.firstAtOrAfter(frameEnd), open, 'before');
    const ownerEnd = who ? who.position + who.mention.length : frameEnd;
    if (!reportingVerbBetween(ctx, ownerEnd, open) && !personNamedBetween(ctx, ownerEnd, open)) {
      if (pronoun !== undefined) return resolvePronoun(ctx, OPINION_PRONOUN[pronoun.toLowerCase()] ?? '', sentenceFrom + frame.index, 'before');
      if (who?.person) return who;
    }
  }
  let anonymous: Attribution | null = null;
  for (let k = lastBefore; k >= firstBefore; k--) {
    const w = lowerCase(tokens.get(k).word);
    // "… et de ce qui, selon lui, menace …: « … »", "According to him, the valuation was “…”".
    // (English "her" is also a possessive: "According to her office, …" is her office's account.)
    const source = w === 'according' && /^to$/i.test(tokens.get(k + 1)?.word ?? '') ? k + 2 : k + 1;
    const pronounEnds = w !== 'according' || /^\s*[,.;:]/.test(text.slice(tokens.get(source)?.end ?? 0, (tokens.get(source)?.end ?? 0) + 2));
    if ((w === 'selon' || w === 'según' || w === 'laut' || (w === 'according' && source === k + 2)) && pronounEnds && OBJECT_PRONOUN[tokens.get(source)?.word.toLowerCase() ?? '']) {
      const who = resolvePronoun(ctx, OBJECT_PRONOUN[tokens.get(source)!.word.toLowerCase()]!, tokens.get(source)!.start, 'before');
      // (English falls through when the pronoun finds no one, as before it was read.)
      if (who.person || w !== 'according') return who;
    }
    // "Pour lui, les familles forment une « … »", "Para ella, …": "in his view", opening the sentence.
    if ((w === 'pour' || w === 'para') && k === firstBefore && /^(?:lui|elle|él|ella)$/i.test(tokens.get(k + 1)?.word ?? '') && /^\s*,/.test(text.slice(tokens.get(k + 1)!.end, tokens.get(k + 1)!.end + 2))) {
      return resolvePronoun(ctx, OBJECT_PRONOUN[tokens.get(k + 1)!.word.toLowerCase()]!, tokens.get(k + 1)!.start, 'before');
    }
    // ("Pour X, …" and "Para X, …" only open a sentence: "Consultante pour France Télévisions" is no source.)
    if (w === 'according' || w === 'selon' || w === 'laut' || w === 'según' || ((w === 'pour' || w === 'para') && k === firstBefore)) {
      const who = mentionStartingAt(ctx, w === 'according' ? k + 2 : k + 1, open, 'before');
      if (who) return who;
    }
    const withSubject = subjectOfWithGerund(ctx, k, from);
    if (withSubject) return withSubject;
    // (Only a verb can head the clause: test that first, then the forms that look like one and are none.)
    if (!isVerbToken(tokens.get(k).word) && !isGerundAfterComma(ctx, k) && !postedOnline(ctx, k)) continue;
    // "Asked how he would celebrate, Okafor grinned:": an opening participle is not the sentence's verb.
    if (k === firstBefore && OPENING_PARTICIPLE.test(tokens.get(k).word)) continue;
    // "Kessler sei ein „Trainer mit Herz“": "ein" right before the words is their article, not the
    // particle of "räumte … ein".
    if (k === lastBefore && w === 'ein' && /^\s*$/.test(text.slice(tokens.get(k).end, open))) continue;
    // (Nor is any "ein" that does not end its clause, as the particle does ("räumte er ein:"): "Für ein
    // Haus seiner Größe sei …", "verliere ein Betrieb „…“" are the article, no reporting verb.)
    // (Opening the sentence, or before a noun for a person, "Ein Sprecher hielt dagegen, man habe „…“", "Ein
    // Jurymitglied …", it still marks someone unnamed.)
    // ("räumte ein, Fehler seien „…“": "ein" before a comma or colon ends its clause, so it is the particle.)
    if (w === 'ein' && ctx.capitalisedNouns && k > firstBefore && k < lastBefore && /^[\s\u00a0]+$/.test(text.slice(tokens.get(k).end, tokens.get(k + 1).start)) && /^\p{Lu}/u.test(tokens.get(k + 1).word) && !isPersonNoun(tokens.get(k + 1).word)) continue;
    // "she had been told to" is passive; "has been telling anyone" is not.
    if (k > firstBefore && PASSIVE_AUX.has(lowerCase(tokens.get(k - 1).word)) && !/ing$/i.test(tokens.get(k).word)) continue;
    // "Ante una pregunta sobre …": a reporting verb's form after an indefinite article is a noun
    // (not "la"/"le": French object pronouns sit there, "la dénonce").
    if (k > firstBefore && /^(?:una|un|une|an|eine|ein)$/i.test(tokens.get(k - 1).word) && /^\p{Ll}/u.test(tokens.get(k).word) && !/ing$/.test(tokens.get(k).word)) continue;
    // "The company said that the claims were “…”": after an English article or possessive it is a
    // noun too (no English verb follows "the"; "her" is left out, an object as often: "told her").
    if (k > firstBefore && ENGLISH_NOUN_DETERMINER.test(tokens.get(k - 1).word) && /^\p{Ll}/u.test(tokens.get(k).word)) continue;
    // "the policy, announced with much fanfare last year, had become": a participle describing a noun.
    if (k > firstBefore && /ed$/.test(tokens.get(k).word) && /,\s*$/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start)) && /^(?:with|by|in|on|at|last|earlier|for|to|during|after|before)$/i.test(tokens.get(k + 1)?.word ?? '')) continue;
    // "el complemento anunciado por la consejera «…»", "le plan annoncé par le ministre", "the bonus
    // announced by the minister": a participle with its agent describes a noun; it is no verb of the sentence.
    if (k > firstBefore && PARTICIPLE_BEFORE_AGENT.test(tokens.get(k).word) && /^(?:por|par|by)$/i.test(tokens.get(k + 1)?.word ?? '')) continue;
    // "citant un rapport qui parlait d’une « … »": a document's words, not the sentence subject's.
    if (verbOfClauseAboutThing(ctx, k, from)) return { person: null, mention: '', kind: 'anonymous', via: 'before', position: tokens.get(k).start };
    // "…, antwortete der Minister knapp:" / "…, said the coach:": the subject follows the verb.
    // ("Hasta entonces, ha avisado Sellés, los empresarios …": a Spanish perfect tense too, its auxiliary opening the clause.)
    const auxiliaryOpens = k > firstBefore && SPANISH_PERFECT_AUXILIARY.test(tokens.get(k - 1).word) && (k - 1 === firstBefore || /,\s*$/.test(text.slice(tokens.get(k - 2).end, tokens.get(k - 1).start)));
    const clauseStart = k === firstBefore || auxiliaryOpens || /,\s*$/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start));
    // "Darauf angesprochen, sagte Wendtland, sie nehme … „…“": a verb opening the clause with its subject right after it.
    const following = tokens.get(k + 1);
    const subjectFollows = following !== undefined && following.start < open && nameAt(ctx.names, following.start)?.start === following.start;
    // "In seiner Story schrieb der Stürmer:", "Dann sagte Kessler:": German puts the subject after
    // the verb when anything opens the clause; then only the subject stands between verb and colon.
    const subjectBeforeColon = leadEndsInColon && following !== undefined && (DETERMINERS.has(lowerCase(following.word)) || subjectFollows) && lastBefore - k <= 4;
    const inverted = (clauseStart || (ctx.capitalisedNouns === true && subjectBeforeColon)) && (leadEndsInColon || subjectFollows) && !OBJECT_VERBS.test(tokens.get(k).word);
    // "Fuentes del departamento que dirige Ortega aseguran que «…»": a group opening the sentence
    // is the subject of its plural verb, not a name inside its complement.
    const opener = tokens.get(opening);
    if (opener && opener.start >= from && opener.start < tokens.get(k).start && /^\p{Lu}/u.test(opener.word) && GROUP_SUBJECT.test(opener.word) && /[aeo]n$/.test(tokens.get(k).word)) {
      return { person: null, mention: opener.word, kind: 'anonymous', via: 'before', position: opener.start };
    }
    const fronted = inverted ? null : germanSubjectAfterVerb(ctx, k, sentenceFrom, open, 'before');
    if (fronted) return fronted;
    // "She also took a swipe at the minister, saying “…”": an English participle after a comma goes
    // on with the sentence's subject, not with whoever its object names. (Only a pronoun or a name
    // opening the sentence: a subject further in may sit in an apposition the verb's search reads better;
    // and not after quoting someone: "Smith quoted his predecessor Ann Reyes, saying: “…”" are her words.)
    if (ctx.english && isGerundAfterComma(ctx, k) && opening < k && tokens.get(opening)!.start >= sentenceFrom && !QUOTING_VERB.test(text.slice(sentenceFrom, tokens.get(k).start))) {
      const subject = sentenceSubject(ctx, sentenceFrom, tokens.get(k).start);
      if (subject?.person && subject.position === tokens.get(opening)!.start && (subject.kind === 'name' || (subject.kind === 'pronoun' && PRONOUNS.has(lowerCase(subject.mention))))) return { ...subject, via: 'before' };
    }
    const who = subjectOfVerb(ctx, k, from, open, 'before', inverted);
    if (who) return who;
    // "Ha contado que oyó gritos «…»": a Spanish sentence opening on its perfect tense has dropped
    // its subject, who is the person the text is about.
    if (k === opening + 1 && /^(?:Ha|Han|Había|Habían)$/.test(tokens.get(opening).word) && !subjectFollows) {
      const implicit = resolvePronoun(ctx, '', tokens.get(k).start, 'before');
      if (implicit.person) return implicit;
    }
    // So has one whose clause opens on a preterite ("Advirtió que …", "En declaraciones a EFE,
    // aseguró que la cita … «…»").
    // (A subject after the verb is the subject: "aseguró la ministra Elena Barros que …".)
    // (Not with a person named between the verb and the quote — "Respondió la portavoz, Ana Gómez:
    // «…»" — nor after a sentence about a body: "La patronal se pronunció. Advirtió que …".)
    // ("Pero advirtió de que …": a conjunction may open it too.)
    if (!subjectFollows && SPANISH_PRETERITE.test(tokens.get(k).word) && (k === opening || (k === opening + 1 && SPANISH_OPENING_CONJUNCTION.test(tokens.get(opening).word)) || (k > opening && OPENING_PHRASES.test(text.slice(tokens.get(opening).start, tokens.get(k).start))))) {
      const postverbal = following && /^(?:el|la|los|las|un|una|unos|unas)$/i.test(following.word) ? mentionStartingAt(ctx, k + 1, open, 'before') : null;
      if (postverbal?.person) return postverbal;
      // (Only the names between the verb and the quote, found by binary search: not the page's.)
      let namedBetween = false;
      for (let n = firstNameIndex(ctx.names, tokens.get(k).end + 1); n < ctx.names.length && ctx.names[n].start < open && !namedBetween; n++) {
        if (insideQuote(ctx, ctx.names[n].start)) continue;
        const person = ctx.people.resolveName(ctx.names[n]);
        namedBetween = person !== null && isPersonLike(person);
      }
      // (The text just before must be about a person: "El negociador, Andrés Quiroga, se mostró
      // pesimista.", or someone quoted in this paragraph or the one before.)
      const previousSubject = sentenceFrom > blockStart ? sentenceSubject(ctx, sentenceStartIn(ctx, sentenceFrom - 1, blockStart), sentenceFrom) : null;
      const previousBlock = blockStart > 2 ? previousParagraphStart(text, blockStart) : blockStart;
      const aboutPerson = previousSubject?.person || (ctx.lastSpeaker !== null && ctx.lastSpeaker.at >= previousBlock);
      const afterBody = sentenceFrom > blockStart && hasNonPersonSubject(ctx, sentenceFrom - 1);
      if (!postverbal && !namedBetween && !leadEndsInColon && aboutPerson && !afterBody) {
        const implicit = resolvePronoun(ctx, '', tokens.get(k).start, 'before');
        if (implicit.person) return implicit;
      }
    }
    // ", adelanta," / ", says," set off by commas with no subject: the person being quoted goes on.
    if (k > firstBefore && /,\s*$/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start)) && /^\s*,/.test(text.slice(tokens.get(k).end, tokens.get(k).end + 2))) {
      const implicit = resolvePronoun(ctx, '', tokens.get(k).start, 'before');
      if (implicit.person) return implicit;
    }
    // "…, after Velde conceded and promised to “…”": a verb coordinated with an earlier one
    // shares that verb's subject, which need not be the sentence's.
    // ("… “…” y le pidió al Gobierno publicar “…”": an object pronoun may sit after the conjunction.)
    const coordinator =
      k - 1 < firstBefore ? -1
      : COORDINATORS.has(lowerCase(tokens.get(k - 1).word)) ? k - 1
      : CLITIC.test(tokens.get(k - 1).word) && k - 2 >= firstBefore && COORDINATORS.has(lowerCase(tokens.get(k - 2).word)) ? k - 2
      : -1;
    if (coordinator - 1 >= firstBefore) {
      for (let c = coordinator - 1; c >= firstBefore && c >= k - 12; c--) {
        if (!isVerbToken(tokens.get(c).word)) continue;
        const shared = subjectOfVerb(ctx, c, from, open, 'before', false);
        if (shared?.person) return shared;
        break;
      }
    }
    // News sentences put the speaker first: "Macron used the debate to argue that …".
    const subject = sentenceSubject(ctx, from, tokens.get(k).start);
    if (subject) return subject;
    // "He said people talked about “…” and warned that “…”": a coordinated verb shares the sentence's subject.
    // "… said Pakistan “…” by the attacks, warning that … “…”": so does a participle after a comma.
    if (sentenceFrom < from && k > 0 && (COORDINATORS.has(lowerCase(tokens.get(k - 1).word)) || coordinator >= 0 || isGerundAfterComma(ctx, k))) {
      const shared = sentenceSubject(ctx, sentenceFrom, tokens.get(k).start);
      if (shared) return shared;
    }
    // (Checked last: the sentence-wide rules above know more about whom the clause speaks for.)
    const unnamed = anonymous ? null : indefiniteClauseSubject(ctx, k, from);
    if (unnamed) return unnamed;
    anonymous ??= { person: null, mention: '', kind: 'anonymous', via: 'before', position: tokens.get(k).start };
  }
  // "… par le capitaine, Kevin Ramassamy :": a name right before the colon (not "… más directo con Medrano:", its object).
  if (leadEndsInColon && lastBefore >= firstBefore) {
    const named = nameAt(ctx.names, tokens.get(lastBefore).start);
    const preposition = named ? tokens.get(tokens.firstAtOrAfter(named.start) - 1) : undefined;
    // ("… in der Ecke der Halle:": nor a German genitive after its noun, "der Halle" of "Ecke".)
    const owner = ctx.capitalisedNouns && preposition && preposition.start >= from && /^(?:der|des)$/.test(preposition.word) ? tokens.get(tokens.firstAtOrAfter(named!.start) - 2) : undefined;
    const ownerName = owner !== undefined ? nameAt(ctx.names, owner.start) : null;
    const ownerPerson = ownerName ? ctx.people.resolveName(ownerName) : null;
    // (German nouns may read as names: "Ecke" is one only if it names a person.)
    const genitive = owner !== undefined && owner.start >= from && /^\p{Lu}\p{Ll}/u.test(owner.word) && !(ownerPerson && isPersonLike(ownerPerson));
    if (named && /^\s*:\s*$/.test(text.slice(named.end, open)) && !(preposition && preposition.start >= from && PREPOSITION.test(preposition.word)) && !genitive) {
      const who = resolveNameMention(ctx, named, 'colon');
      if (who) return who;
    }
  }
  // "A reader, Margaret, emails:", "L’un d’eux résumait :": an unnamed person introduces the quote.
  // (Not "Une ouverture que Karim Belhadj a balayée :": a thing, judged by someone named.)
  // (Nor "A few lines later came …", "Une heure plus tard, …": a time, not a person.)
  if (leadEndsInColon && INDEFINITE_LEAD.test(text.slice(sentenceFrom, open)) && !TIME_LEAD.test(text.slice(sentenceFrom, open)) && !sentenceSubject(ctx, sentenceFrom, open)?.person) {
    const lead = text.slice(from, open).trim();
    return { person: null, mention: lead.slice(0, lead.search(/[,:]|$/)), kind: 'anonymous', via: 'colon', position: from };
  }
  // "Su madre, quien pidió no publicar su nombre, apenas pudo hablar con los reporteros: “…”": a
  // verb whose subject went unfound, in a sentence that keeps someone anonymous and names nobody,
  // is that someone's (with a mention, so the last speaker is not taken to go on).
  if (anonymous && !anonymous.mention && !deferred) {
    const kept = ANONYMITY.exec(text.slice(sentenceFrom, open));
    if (kept && keptAnonymousIsSubject(text.slice(sentenceFrom, sentenceFrom + kept.index)) && !personNamedBetween(ctx, sentenceFrom, open)) anonymous = { ...anonymous, mention: kept[0] };
  }
  if (anonymous) return deferred ?? anonymous;
  if (leadEndsInColon) {
    // "Arboleda conquista la etapa y Zubeldia se hunde: «…»": the subject of the clause that runs
    // into the colon, when a coordinator opens one with a subject of its own.
    const last = lastClauseSubject(ctx, from, open);
    if (last) return { ...last, via: 'colon' };
    // "Asif was blunt: “…”": the sentence's subject; "The striker left a message: “…”": whoever that describes.
    const subject = sentenceSubject(ctx, from, open);
    if (subject) return { ...subject, via: 'colon' };
    // "Mathilde, infirmière de 34 ans, a renoncé à attendre : « … »": someone known by a first name.
    // (Named in the mention, so no earlier speaker is taken to go on.)
    if (openedByFirstNameOnly(ctx, from, open)) return { person: null, mention: text.slice(from, open).trim().replace(/[\s:]+$/, ''), kind: 'anonymous', via: 'colon', position: from };
    // "The club issued a statement: “…”", "El club emitió un comunicado: «…»": a body's words, not
    // the last speaker's going on.
    const body = issuingBodyOpening(ctx, from, open);
    if (body) return { person: null, mention: body, kind: 'anonymous', via: 'colon', position: from };
    const implicit = resolvePronoun(ctx, '', from, 'colon');
    if (implicit.person) return implicit;
  }
  // Only a verb far after the quote ("… « trop timide » et une indiscipline : quatorze pénalités
  // concédées"), which may be no reporting at all: the sentence's own subject is the better guess.
  if (deferred && !deferred.mention) {
    const subject = sentenceSubject(ctx, sentenceFrom, open);
    if (subject?.person) return subject;
  }
  return anonymous ?? deferred;
}

/** The person a capitalised word (perhaps a possessive, "Hale’s") names at `at`, if it names one. */
function personNamedBy(ctx: Context, word: string, at: number): Person | null {
  const person = ctx.people.byWord(word.replace(/['’]s?$/, ''), at);
  return person && isPersonLike(person) ? person : null;
}

/**
 * The words' owner named right after the quote: "in Hale’s (own) words" (group 1), "was Hale’s
 * one-word verdict" (group 2), or before the name, "in the words of", "en palabras de", "selon les mots de".
 */
const NAMED_OWNER_OF_WORDS = /^[\s,]*(?:in\s+(\p{Lu}[\p{L}-]*)['’]s?\s+(?:own\s+)?words|(?:was|were|came)\s+(\p{Lu}[\p{L}-]*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:verdict|reply|response|reaction|answer|retort|assessment|summary)|(?:in the words of|en palabras de|selon les (?:mots|termes) de|pour reprendre les (?:mots|termes) de)\s+)/u;

/** Offices of state that put out statements, beside ISSUING_BODY: "a précisé le parquet". */
const STATEMENT_ISSUER = /^(?:parquet|rectorat|préfecture|prefecture|élysée|matignon|fiscalía|staatsanwaltschaft)$/i;

/** "posted on Facebook", "posted to X": a post's words (the verb alone is no speech: "posted a loss"). */
function postedOnline(ctx: Context, k: number): boolean {
  return /^posted$/i.test(ctx.tokens.get(k).word) && POSTED_ON.test(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k).end + 40));
}
const POSTED_ON = /^\s+(?:on|to)\s+(?:(?:his|her|their|its|the)\s+)?(?:Facebook|X|Twitter|Instagram|TikTok|LinkedIn|Threads|Bluesky|Telegram|WhatsApp|YouTube|social media|(?:\p{Lu}\p{L}+\s+)?(?:page|account|feed|channel))\b/u;

/**
 * An opinion frame opening a sentence: with a possessive (group 1, before its noun; group 2, German
 * "Seiner Ansicht nach"), or before the one whose opinion it is ("Nach Ansicht von", "A juicio de").
 */
const OPINION_FRAME = /^\s*(?:(?:In|A|En|À)\s+(his|her|su|son)\s+(?:view|opinion|juicio|opinión|avis)\s*,|(Seiner|Ihrer)\s+(?:Ansicht|Meinung|Einschätzung)\s+nach\b|(?:In the view of|In the words of|To quote|A juicio de|En palabras de|Según palabras de|Nach Ansicht von|Nach Meinung von|Aus Sicht von|De l['’]avis de|Aux yeux de|Pour reprendre les (?:mots|termes) de|Selon les (?:mots|termes) de|Pour citer|(?:Según|Como)\s+(?:lo\s+)?(?:dijo|explicó|afirmó|señaló|indicó|relató|aseguró|subrayó)|Comme\s+(?:le\s+|l['’])?(?:(?:a|l['’]a)\s+)?(?:dit|souligne|souligné|rappelle|rappelé|explique|expliqué|résume|résumé))\s+)/u;
/** The subject pronoun an opinion frame's possessive stands for ('' when it has no gender). */
const OPINION_PRONOUN: Record<string, string> = { his: 'he', her: 'she', seiner: 'er', ihrer: 'sie', su: '', son: '' };

/**
 * The named subject of the last clause of text[from, open) when a coordinator opens it after a
 * first clause with words of its own ("… la etapa y Zubeldia se hunde"; not "Arboleda and Zubeldia agree").
 */
function lastClauseSubject(ctx: Context, from: number, open: number): Attribution | null {
  const { tokens } = ctx;
  const first = tokens.firstAtOrAfter(from);
  // (The last coordinator: the clause that runs into the colon is after it.)
  let k = tokens.firstAtOrAfter(open) - 1;
  while (k > first && !COORDINATORS.has(tokens.get(k).word)) k--;
  if (k <= first) return null;
  let lowerCaseWords = 0;
  for (let j = first; j < k; j++) if (/^\p{Ll}/u.test(tokens.get(j).word)) lowerCaseWords++;
  if (lowerCaseWords === 0) return null;
  const subject = subjectFrom(ctx, tokens.get(k + 1)?.start ?? open, open);
  if (subject?.kind !== 'name' || !subject.person) return null;
  // (With a verb of its own right after it, "… y Zubeldia se hunde", "… and Marsh was furious": not
  // "… and Emmanuel Macron in Downing Street", "… y Giorgia Meloni durante la cumbre", objects.)
  const next = tokens.get(tokens.firstAtOrAfter(subject.position + subject.mention.length));
  return next && next.start < open && (CLITIC.test(next.word) || AUXILIARY.test(next.word) || COPULA.test(next.word) || isVerbToken(next.word) || /^\p{Ll}{2,}ed$/u.test(next.word)) ? subject : null;
}

/**
 * Bodies that put out statements in their own name: a club, a ministry, a company. (Not a document
 * or a thing, "the report", "the list", "it", whose words are its author's.)
 */
const ISSUING_BODY = /^(?:club|company|ministry|government|police|council|committee|board|firm|team|party|union|agency|department|authority|commission|regulator|watchdog|federation|association|foundation|institute|charity|school|university|hospital|trust|embassy|league|airline|bank|campaign|organisation|organization|administration|entreprise|gouvernement|ministère|mairie|syndicat|parti|fédération|préfecture|groupe|direction|gendarmerie|commune|ville|verein|klub|konzern|unternehmen|regierung|ministerium|polizei|partei|gewerkschaft|verband|firma|stadt|behörde|gemeinde|vorstand|empresa|gobierno|ministerio|ayuntamiento|policía|sindicato|partido|federación|asociación|entidad|organización|institución|compañía|equipo|fiscalía)$/i;

/**
 * The body a clause opens with ("The club", "l’entreprise", "Der Verein"), after an opening phrase
 * set off by a comma ("Within hours, the club …", "A las pocas horas, el club …"); null if it opens
 * with anything else.
 */
function issuingBodyOpening(ctx: Context, from: number, open: number): string | null {
  const { tokens } = ctx;
  let first = tokens.firstAtOrAfter(from);
  // (A short opening phrase: up to four words, then a comma.)
  for (let k = first; k < first + 5 && k + 1 < tokens.length && tokens.get(k + 1).start < open; k++) {
    if (/^\s*,\s*$/.test(ctx.text.slice(tokens.get(k).end, tokens.get(k + 1).start))) {
      first = k + 1;
      break;
    }
  }
  const t = tokens.get(first);
  if (!t || t.start >= open) return null;
  const elided = ELIDED_ARTICLE_PREFIX.exec(t.word);
  const nounAt = elided ? first : DETERMINERS.has(lowerCase(t.word)) ? first + 1 : -1;
  const noun = nounAt < 0 ? undefined : tokens.get(nounAt);
  const nounWord = noun && elided ? t.word.slice(elided[0].length) : noun?.word;
  if (noun === undefined || noun.start >= open || !ISSUING_BODY.test(nounWord!)) return null;
  // The body is the clause's subject: a verb follows it ("The club issued", not "The club legend
  // was"), and the clause runs on to the colon with no other subject ("… and Ruiz was furious:",
  // "…, but the coach was …", "… y ella fue clara:").
  const verb = tokens.get(nounAt + 1);
  if (!verb || verb.start >= open || !VERB_FORM_AFTER_SUBJECT.test(verb.word)) return null;
  if (/[,;]/.test(ctx.text.slice(noun.end, open).replace(/[\s:]+$/, '')) || personNamedBetween(ctx, noun.end, open)) return null;
  for (let k = nounAt + 1; k < tokens.length && tokens.get(k).start < open; k++) {
    const word = lowerCase(tokens.get(k).word);
    if (COORDINATORS.has(word) || PRONOUNS.has(word)) return null;
  }
  return elided ? t.word : `${t.word} ${nounWord}`;
}

/** A verb's form right after its subject: an auxiliary, or an ending of the past or the third person ("issued", "posts", "emitió", "veröffentlichte"). */
const VERB_FORM_AFTER_SUBJECT = /^(?:has|had|have|was|is|will|would|did|does|ha|han|había|hat|hatte|a|ont|avait|est)$|\p{Ll}(?:ed|s|ó|aron|ieron|te|ten|t)$/u;

/** Whether text[from, to) holds a semicolon, a comma or a dash (– —): what another clause after a quote opens with. */
function hasClauseBreakWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 59 || code === 44 || code === 0x2013 || code === 0x2014) return true;
  }
  return false;
}

/** ".", "!", "?" or "…", by char code (NaN, past the text's ends, is none). */
function isStopCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** /\p{Lu}/u of the one code unit text[at] (none past the text's end), with no regex for ASCII. */
function isCapitalCodeAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  return at < text.length && /\p{Lu}/u.test(text[at]!);
}

/** Whether token `k` follows a preposition, perhaps with an article between ("a los partidos", "to the board", "au micro du club"). */
function afterPreposition(tokens: Context['tokens'], k: number, from: number): boolean {
  let p = k - 1;
  if (p >= 0 && tokens.get(p).start >= from && (DETERMINERS.has(lowerCase(tokens.get(p).word)) || /^(?:an?|los|las|les|des|aux|un|une|una|ein|eine[mnr]?)$/i.test(tokens.get(p).word))) p--;
  return p >= 0 && tokens.get(p).start >= from && (PREPOSITION.test(tokens.get(p).word) || /^(?:du|del|au|aux|al|zum|zur|vom|beim|im|am)$/i.test(tokens.get(p).word));
}

/** A Spanish opening aside with no subject: "Según dijo, ", "Como explicó, " (group 1: the verb). */
const AS_SAID_OPENING = /^(?:Según|Como)\s+(\p{Ll}+),\s/u;

/** "…, and it was later described as “…”": a clause of its own whose words are someone else's. */
const IMPERSONAL_CLAUSE = /(?:^|[\s,])(?:and|but|while|et|mais|y|pero|und|aber)\s+(?:it|this|there|il y a|cela|ça|esto|eso|es|das)\s/iu;
/**
 * "… and that the minister’s claim of “…”", "… what critics call “…”", "the government’s “…”": words
 * introduced as someone else's (a noun of speech, an owner, another subject naming them).
 */
const OTHERS_WORDS = new RegExp(String.raw`(?:\b${QUOTE_NOUN.source.slice(1, -1)}\s+(?:of|that|as)|\p{L}(?<!\b(?:it|that|he|she|there|here|what|who|where))['’]s|\p{L}s['’]|\bwhat\s+(?:\S+\s+){1,4}(?:calls?|called|describes?\s+as|described\s+as|terms?|termed|dubs?|dubbed|labels?|labell?ed))\s*$`, 'iu');

/**
 * "Aravena descartó «…» y pidió … «…»", "Die Versorger hätten die Preise „…“ angehoben, senkten sie
 * nun aber „…“", "« … », a regretté X, évoquant aussi un « … »": a later quote in the same sentence
 * as one already given to someone, with no new subject between them (no name, no noun for a
 * person, no semicolon, no clause of its own, no words
 * introduced as another's) and the report going on (a reporting verb or a participle of one, or the
 * German Konjunktiv), is that person's too. `prevClose` is where the earlier quote closed.
 */
export function sameReportGoesOn(ctx: Context, prevOpen: number, prevClose: number, open: number, blockStart: number): boolean {
  const { text, tokens } = ctx;
  const sentence = sentenceStartIn(ctx, open, blockStart);
  if (sentence > prevOpen || open - prevClose > 200) return false;
  const between = text.slice(prevClose + 1, open);
  if (/[;:]|\s[–—]\s/.test(between) || IMPERSONAL_CLAUSE.test(between) || OTHERS_WORDS.test(between)) return false;
  const n = firstNameIndex(ctx.names, prevClose + 1);
  if (n < ctx.names.length && ctx.names[n].start < open) return false;
  let reports = false;
  for (let k = tokens.firstAtOrAfter(prevClose + 1); k < tokens.length && tokens.get(k).start < open; k++) {
    const w = tokens.get(k).word;
    // ("…, citant un rapport qui parlait d’une « … »", "…, pero la empresa replicó que …": a
    // document's or a body's words, another subject too; not one spoken to or of, "pidió a los
    // partidos que …".)
    const bare = w.replace(ELIDED_ARTICLE_PREFIX, '');
    if (isPersonNoun(w) || isPersonNoun(bare) || GROUP_SUBJECT.test(w) || (NON_PERSON_NOUN.test(bare) && !afterPreposition(tokens, k, prevClose + 1))) return false;
    if (isVerbToken(w)) reports = true;
  }
  return reports || (ctx.capitalisedNouns === true && KONJUNKTIV.test(text.slice(sentence, open)));
}

/**
 * "Der Freistaat habe viel investiert, so der Ministerpräsident, …": whom the German sentence
 * between `from` and `to` reports, named after ", so".
 */
export function reportedBySo(ctx: Context, from: number, to: number): Attribution | null {
  const so = /,\s+so\s+(?=\p{Lu}|der |die )/u.exec(ctx.text.slice(from, to));
  if (!so) return null;
  const who = mentionStartingAt(ctx, ctx.tokens.firstAtOrAfter(from + so.index + so[0].length), to, 'sentence');
  return who?.person ? who : null;
}

/** Words that may follow the verb of a bare attribution sentence ("Asif said on Monday in Islamabad."). */
const ATTRIBUTION_TAIL = /^(?:on|in|at|to|last|this|late|later|earlier|afterwards|then|again|reporters|journalists|the|a|an|bbc|cnn|reuters|ap|afp|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|night|morning|evening|afternoon|statement|interview|briefing|conference|news|press|told|him|her|them|us|me)$/i;

/** Words that open a subordinate or relative clause (English): no bare attribution clause starts so. */
const CLAUSE_OPENER = /^(?:before|after|when|while|until|since|because|although|though|if|unless|where|which|who|whom|whose|that|then|so|once|or|yet)$/i;
/**
 * "The strike, which unions called “a last resort”, will …", "Residents, who described the smell as
 * “unbearable”, have …", "His debut novel, “The Long Road Home”, sold …": the words sit in a
 * relative clause or an aside between commas, which are another subject's or no one's.
 */
const IN_RELATIVE_CLAUSE = /,\s*(?:which|who|whom|whose|that|where)\s[^,;:]*$/i;

/**
 * "Nkemba accepted the cut “in the spirit of unity” but would …, Oil Minister Amara Nwachi-Bello
 * said.": a sentence that closes on a bare attribution clause after its last comma reports all of
 * itself, the words quoted on the way included. The person that clause names, if any. English
 * only: the clause's verb is an English reporting form.
 */
export function reportedAtSentenceEnd(ctx: Context, open: number, close: number, blockStart: number, blockEnd: number): Attribution | null {
  const { text } = ctx;
  // (Not words in a relative clause or an aside of the sentence's subject.)
  const lead = text.slice(sentenceStartIn(ctx, open, blockStart), open);
  if (IN_RELATIVE_CLAUSE.test(lead) || (/,\s*$/.test(lead) && (text[close + 1] === ',' || text[close - 1] === ','))) return null;
  // (Not past words that close their sentence inside the mark: “… life-threatening.” At least four …)
  if (/[.!?…][\s\u00a0\u202f]?$/.test(text.slice(Math.max(0, close - 2), close)) && /^\s+\p{Lu}/u.test(text.slice(close + 1, close + 3))) return null;
  // (Looked for after the quote only, so a page without commas is not searched back to its start.)
  return closingReportingClause(ctx, close + 1, sentenceEnd(text, close + 1, blockEnd));
}

/**
 * The person named by a bare reporting clause after the last comma of text[from, end), the end of
 * a sentence ("…, Oil Minister Amara Nwachi-Bello said.", "…, the prosecutor said."), if any.
 * English only: the clause's verb is an English reporting form.
 */
export function closingReportingClause(ctx: Context, from: number, end: number): Attribution | null {
  const { text, tokens } = ctx;
  const comma = from + text.slice(from, end).lastIndexOf(',');
  // (After every quote of the sentence: the clause holds no words of its own.)
  if (comma < from || /[“”"«»„]/.test(text.slice(comma, end))) return null;
  const first = tokens.firstAtOrAfter(comma + 1);
  let last = first;
  while (last < tokens.length && tokens.get(last).start < end && last - first <= 12) last++;
  if (last - first < 2 || last - first > 12) return null;
  // (The clause opens on its subject, or on the verb before it: not "…, before Smith spoke.")
  const opener = tokens.get(first).word;
  const inverted = isVerbToken(opener);
  if (!inverted && (PREPOSITION.test(opener) || COORDINATORS.has(opener) || CLAUSE_OPENER.test(opener))) return null;
  for (let v = inverted ? first : first + 1; v < last && v <= first + 6; v++) {
    if (!isVerbToken(tokens.get(v).word)) continue;
    if (!ENGLISH_REPORTING_FORM.test(tokens.get(v).word)) return null;
    // Only circumstance after the verb, not a statement of its own ("…, Asif said the talks …").
    for (let k = v + 1; k < last; k++) {
      const word = tokens.get(k).word;
      if (!ATTRIBUTION_TAIL.test(word) && !/^\p{Lu}/u.test(word) && !/^\p{N}/u.test(word)) return null;
    }
    if (!inverted) {
      const who = subjectOfVerb(ctx, v, comma + 1, end, 'after', false);
      return who?.person ? who : null;
    }
    // (Titles may come first: "said Transport Secretary Alan Brook".)
    for (let k = v + 1; k < last && k <= v + 4; k++) {
      const who = mentionStartingAt(ctx, k, end, 'after');
      if (who?.person) return who;
      if (!/^\p{Lu}/u.test(tokens.get(k).word) && !DETERMINERS.has(tokens.get(k).word)) break;
    }
    return null;
  }
  return null;
}

const POSSESSOR_OF_WORDS = /^[\s,]*(?:selon|d['’]après|pour reprendre|according to|in|to use|en|según|con|nach) (sa|son|ses|his|her|su|sus|seinen|ihren) (?:own |propres? |propias? )?(?:formule|mots|termes|expression|propos|words|phrase|phrasing|palabras|expresión|términos|Worten)(?![\p{L}])/iu;
const PLURAL_OPENER = /^(?:los|las|les|des|ces|unos|unas|estos|estas|ils|elles|ellos|ellas)$/i;
/** Whether a sentence's lead opens on a group or a plural: "Los vecinos …", "Les riverains …", "Ils …". */
function opensOnGroup(lead: string): boolean {
  return lead.trim().split(/\s+/, 2).some((w) => GROUP_SUBJECT.test(w) || PLURAL_OPENER.test(w));
}

/** The pronoun a possessive of the possessor's words stands for (French and Spanish ones tell no gender). */
const POSSESSOR_PRONOUN: Record<string, string> = { his: 'he', her: 'she', seinen: 'er', ihren: 'sie' };

/** “… .” followed by a sentence that is only "<speaker> <reporting verb> [when/where/to whom]." */
// “… .” That is Harold Benning, seventy-one, who… / The speaker was Nadia Osterhout / C’était Karim Benali.
// « … » Le constat est celui d’Aline Roche / La formule est signée Marc Pujol: the words, then whose they are.
// (« … » Ces mots sont ceux d’Odile Brassac / Ces propos sont ceux de …: the plural.)
const SIGNING_SENTENCE = /^\s+(?:(?:Le|La|L['’]|Ce|Cette) ?(?:constat|formule|phrase|analyse|diagnostic|mot|aveu|remarque|réflexion|sortie|avertissement|verdict|jugement|explication|cri du cœur) (?:est|était) (?:(?:celui|celle) (?:de |d['’])|signée? (?:de |par |d['’])?)|(?:Ces|Les) (?:mots|propos|paroles|phrases|confidences) (?:sont|étaient) (?:ceux|celles) (?:de |d['’]))/u;
// “… .” Those were the words of 81-year-old Jane Doe / That was the verdict of Tom Hale / The words
// belonged to Hale: the sentence says whose the words were (then a surname alone is enough).
const WORDS_NOUN = '(?:words?|verdict|message|view|assessment|reaction|response|reply|answer|advice|warning|conclusion|prediction|promise|plea|summary|explanation|diagnosis|judge?ment|take|retort|boast|complaint|appeal)';
// («…». Así lo ve Ana Ruiz / Así la resume el crítico / Así respondió el fiscal.)
// (“…” So says Odile Brassac / „…“ So beschreibt es Wendelin Hochreiter.)
// (« … » C’est en ces mots que la porte-parole, Chantal Fortier, a réagi. Not "C’est ainsi qu’Aline Roche a appris",
// whose subject was told; nor "So sieht es auch X", who agrees.)
const IDENTIFYING_SENTENCE = new RegExp(String.raw`^\.?\s+(?:(?:That|This|Those|These)(?: is| was| were| are|['’]s) (?:the )?(?:\p{Ll}+ )?${WORDS_NOUN} (?:of|from)|The words (?:belonged to|came from|were those of|are those of)|(?:That|This)(?: is| was|['’]s) how|(?:That|This|It) (?:is|was)|The (?:speaker|voice) (?:is|was)|(?:The|That|This) (?:admission|remark|comment|warning|confession|line|quip|plea|rebuke|retort|reply|response|answer|verdict|assessment|message|promise|boast|complaint|observation|words|question|jibe|criticism|appeal) came from|So (?:said|says)|So (?:sieht|sah|beschreibt|beschrieb|formuliert|formulierte|erzählt|erzählte|schildert|schilderte|erklärt|erklärte|sagt|sagte|nennt|nannte|fasst|fasste) (?:es|das)(?! (?:auch|ebenfalls|genauso|ähnlich|übrigens auch)\b)|C['’](?:est|était) (?:en|par|avec|sur) (?:ces|de tels|de telles) (?:mots|termes|paroles|propos) qu(?:e|['’])|C['’](?:est|était)|C['’]est ce qu['’]a (?:affirmé|déclaré|dit|expliqué|lancé|résumé)|Das (?:ist|war)|(?:Das|So) (?:sagte|erklärte|betonte|meinte|sagt|erklärt|betont|meint)|Mit diesen Worten (?:verabschiedete|reagierte|kommentierte|meldete) sich|(?:Es|Era|Quien habla es|Quien hablaba era)|(?:Así|Eso) (?:(?:lo|la|los|las) )?(?:(?:ha|han) )?(?:dijo|dicho|explicó|explicado|aseguró|afirmó|resumió|resumido|resume|resumía|ve|vio|veía|entiende|entendió|expuso|expuesto|respondió|contestó|contó|cuenta|relató|describió|describe|advirtió|sentenció|zanjó|concluyó))(?:\s+|(?<=['’]))`, 'u');

/** A table of the ASCII letters given, by char code. */
function initials(letters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let k = 0; k < letters.length; k++) table[letters.charCodeAt(k)] = 1;
  return table;
}
/** The first letters of the words SIGNING_SENTENCE, IDENTIFYING_SENTENCE and WORDS_JUST_QUOTED open with (after spaces and stops). */
const SIGNING_INITIALS = initials('LC');
const IDENTIFYING_INITIALS = initials('TISCDMEQA');
const WORDS_JUST_QUOTED_INITIALS = initials('TLCEDWAM');

/**
 * Whether text[from, to) may open, after ASCII spaces and full stops, on a word whose first letter
 * is among `first`: false when the first other character is an ASCII one not among them, or there
 * is none. (Any other character may be a Unicode space, so it rules nothing out.)
 */
function mayOpenWithInitial(text: string, from: number, to: number, first: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 46 || (code >= 9 && code <= 13)) continue;
    return code >= 128 || first[code] === 1;
  }
  return false;
}
/** The identifying sentence ties the words to whoever comes next ("the words of", "came from"). */
const NAMES_OWNER = /\s(?:of|from|to)\s+$/;
/** "That was Hale’s message to …": a name owning the words. */
const OWNS_WORDS = new RegExp(String.raw`^['’]s? (?:\p{Ll}+ )?${WORDS_NOUN}(?![\p{L}])`, 'u');

/**
 * "That was Foxes shortstop Andrés Villalba, whose …": a full name after a few words describing its
 * owner, ending the clause (not "That was long before Tom Hale arrived": there it starts another).
 */
const AIMED_AT = /^(?:at|for|to|on|against|about|toward|towards|with|gegen|auf|für|über|contre|pour|à|envers|contra|para|hacia)$/i;
/** Right before a name, "a"/"an"/"of" are prepositions ("un mensaje a Victoria", "eine Botschaft an Merz", "a rebuke of Maria Lopez"), not articles. */
const AIMED_AT_BEFORE_NAME = /^(?:a|an|of)$/i;

function nameDescribedAt(ctx: Context, at: number, owner = false): NameMention | null {
  const first = ctx.tokens.firstAtOrAfter(at);
  // ("the words of a parts dealer in the city, Mr Tunde Bello": a longer description set off by a
  // comma, whose nouns may look like verbs, "parts"; not "the board that sacked him, Tom Hale".)
  let verb = false;
  for (let k = first; k < ctx.tokens.length && k < first + 10; k++) {
    const t = ctx.tokens.get(k);
    const gap = k > first ? ctx.text.slice(ctx.tokens.get(k - 1).end, t.start) : '';
    if (/[.!?;:]/.test(gap)) return null;
    const named = nameAt(ctx.names, t.start);
    if (named && named.start === t.start && named.words.length >= 2) {
      // (Titles may come between the comma and the name: ", Mr Tunde Bello".)
      let b = k;
      while (b > first && b > k - 3 && isTitleWord(ctx.tokens.get(b - 1).word)) b--;
      const apposition = b > first && /,\s*$/.test(ctx.text.slice(ctx.tokens.get(b - 1).end, ctx.tokens.get(b).start));
      if (!apposition && (verb || k > first + 3)) return null;
      if (!apposition && k > first && AIMED_AT_BEFORE_NAME.test(ctx.tokens.get(k - 1).word)) return null;
      return /^\s*(?:[,.;:!?—–(]|$)/u.test(ctx.text.slice(named.end, named.end + 3)) ? named : null;
    }
    // (Not "That was a swipe at Maria Lopez", "a message for …", "eine Spitze gegen …": whom the words
    // were aimed at; "a warning from Maria Lopez" is hers.)
    // (After "the words of", a preposition is the owner's description: "a tyre dealer on the main road, Mr …".)
    if ((AIMED_AT.test(t.word) && !owner) || /^(?:who|whom|which|that)$/i.test(t.word)) return null;
    if (isVerbToken(t.word)) verb = true;
  }
  return null;
}

/**
 * The person an identifying sentence names at `at` (see IDENTIFYING_SENTENCE); `owner`: the
 * sentence ties the words to whoever comes next, so a surname alone will do.
 */
function identifiedSpeaker(ctx: Context, at: number, owner: boolean): Attribution | null {
  // "That was Okoth’s message to the crowd": a possessive surname is no name mention of its own.
  // ("That was Mr Pellew’s response": a title may come first.)
  const title = /^(\p{Lu}[\p{L}]*)\.?\s+(?=\p{Lu})/u.exec(ctx.text.slice(at, at + 20));
  const ownerAt = title && isTitleWord(title[1]!) ? at + title[0].length : at;
  const possessive = /^(\p{Lu}[\p{L}-]+)['’]s?(?=\s)/u.exec(ctx.text.slice(ownerAt, ownerAt + 40));
  if (possessive && OWNS_WORDS.test(ctx.text.slice(ownerAt + possessive[1].length, ownerAt + possessive[1].length + 30))) {
    const person = ctx.people.byWord(possessive[1], ownerAt);
    if (person && isPersonLike(person)) return { person, mention: possessive[1], kind: 'name', via: 'after', position: ownerAt };
  }
  const exact = nameAt(ctx.names, at);
  const named = exact && exact.start === at && (exact.words.length >= 2 || owner) ? exact : nameDescribedAt(ctx, at, owner);
  if (!named || isOrganisationName(named.words)) return null;
  const who = resolveNameMention(ctx, named, 'after');
  // (A full name the lists do not know is still someone: "That was Linthorpe baker Osric Maddern".)
  return who?.person && (isPersonLike(who.person) || (named.words.length >= 2 && !isPlace(who.person))) ? who : null;
}

/**
 * Someone an identifying sentence describes and leaves unnamed ("That was how one steward, who …,
 * described it", "That was the verdict of one councillor who voted against"), from `at` to `end`.
 */
function unnamedIdentified(ctx: Context, at: number, end: number): Attribution | null {
  const { text, tokens } = ctx;
  // "one Centre Court steward, who …", "the verdict of one councillor": a person described and left
  // unnamed (not "a message for Maria Lopez", "a swipe at a rival": whom the words were aimed at;
  // not "the mayor, a former teacher": an office comes first).
  for (let k = tokens.firstAtOrAfter(at), n = 0; k < tokens.length && tokens.get(k).start < end && n < 8; k++, n++) {
    const word = tokens.get(k).word;
    if (nameAt(ctx.names, tokens.get(k).start) || isVerbToken(word) || AIMED_AT.test(word) || isPersonNoun(word)) break;
    if (!/^(?:one|a|an|another)$/i.test(word)) continue;
    for (let h = k + 1; h <= k + 3 && h < tokens.length && tokens.get(h).start < end; h++) {
      // ("It was a reminder to residents that …": whom the words were for, past a preposition.)
      if (!/^[\p{L}-]+$/u.test(tokens.get(h).word) || AIMED_AT.test(tokens.get(h).word) || PREPOSITION.test(tokens.get(h).word)) break;
      if (isPersonNoun(tokens.get(h).word) || (/^\p{Ll}/u.test(tokens.get(h).word) && /^,?\s+who\s/.test(text.slice(tokens.get(h).end, tokens.get(h).end + 7)))) return unnamedFrom(ctx, k, 'after');
    }
    break;
  }
  return null;
}

function attributionSentenceAfter(ctx: Context, close: number, blockEnd: number, nextOpen: number): Attribution | null {
  const { text, tokens } = ctx;
  // (Each pattern only after a first letter one of its words opens with: most sentences are ruled out without it.)
  const signing = mayOpenWithInitial(text, close + 1, close + 60, SIGNING_INITIALS) ? SIGNING_SENTENCE.exec(text.slice(close + 1, close + 60)) : null;
  const identifying = (mayOpenWithInitial(text, close + 1, close + 60, IDENTIFYING_INITIALS) ? IDENTIFYING_SENTENCE.exec(text.slice(close + 1, close + 60)) : null) ?? signing;
  if (identifying) {
    const at = close + 1 + identifying[0].length;
    const named = identifiedSpeaker(ctx, at, NAMES_OWNER.test(identifying[0]));
    if (named) return named;
    // ("Das sagte SPD-Fraktionschef Tobias Reindl", "Así lo dijo el alcalde": an office first.)
    const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(at), Math.min(sentenceEnd(text, at, blockEnd), nextOpen), 'after');
    if (who?.person) return who;
    const described = unnamedIdentified(ctx, at, Math.min(sentenceEnd(text, at, blockEnd), nextOpen));
    if (described) return described;
    // "Le constat est celui d’un pêcheur": someone unnamed, not the last speaker going on.
    // ("d’un" is one token: the article is read from the text.)
    if (signing && INDEFINITE_ARTICLE.test(/^\p{L}*/u.exec(text.slice(at, at + 8))![0])) return { person: null, mention: text.slice(at, tokens.get(tokens.firstAtOrAfter(at + 1))?.end ?? at), kind: 'anonymous', via: 'after', position: at };
    // ("Así ha resumido la misiva un diputado veterano, que pidió no ser identificado": someone
    // unnamed; not "a la pregunta de una reportera", whom they answered, and not "un funcionario con
    // veinte años en el cargo, el perito Ángel Mora", named in apposition.)
    const sentence = text.slice(at, Math.min(sentenceEnd(text, at, blockEnd), nextOpen));
    const indefinite = /^[.\s]*(?:Así|Eso)\s/u.test(identifying[0]) ? /^((?:\p{Ll}+\s+){0,3}?)(?:un|una)\s+\p{Ll}/u.exec(sentence) : null;
    if (indefinite && !indefinite[1]!.split(/\s+/).some((w) => PREPOSITION.test(w))) {
      const apposed = /,\s+(?:(?:el|la)\s+\p{Ll}+\s+)?(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u.exec(sentence);
      const named = apposed ? nameAt(ctx.names, at + apposed.index + apposed[0].length) : null;
      if (!apposed) return unnamedFrom(ctx, tokens.firstAtOrAfter(at + indefinite[0].length - 1) - 1, 'after');
      if (named && named.start === at + apposed.index + apposed[0].length) {
        const who = resolveNameMention(ctx, named, 'after');
        if (who?.person) return who;
      }
    }
    // ("Das sagte in der Pause eine Zuschauerin, die …": someone unnamed.)
    const unnamed = unnamedSubjectAt(ctx, tokens.firstAtOrAfter(at), Math.min(sentenceEnd(text, at, blockEnd), nextOpen));
    if (unnamed) return unnamed;
  }
  // («…». La frase …: the full stop after the mark ends the quote's sentence, not the next one.)
  const stopAfter = text.charCodeAt(close + 1);
  const nextSentence = stopAfter === 46 || stopAfter === 33 || stopAfter === 63 ? close + 2 : close + 1;
  const end = Math.min(sentenceEnd(text, nextSentence, blockEnd), nextOpen);
  // "La phrase, lâchée par le porte-parole …", "La frase, que según testigos Ledesma lanzó …": the
  // next sentence is about the words, and names who said them.
  const aboutWords = mayOpenWithInitial(text, close + 1, close + 40, WORDS_JUST_QUOTED_INITIALS) ? WORDS_JUST_QUOTED.exec(text.slice(close + 1, close + 40)) : null;
  if (aboutWords) {
    const from = close + 1 + aboutWords[0].length;
    const agent = /\s(?:par|by|por|von)\s+/u.exec(text.slice(from, end));
    if (agent) {
      const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(from + agent.index + agent[0].length), end, 'after');
      if (who?.person) return who;
    }
    // "La frase es de Ana Ruiz", "La frase, dicha entre risas, es de Ruiz": whose the words are.
    const owner = /^(?:[^.!?;:]{0,60},\s*)?(?:es|era|fue) de\s+/u.exec(text.slice(from, end));
    if (owner) {
      const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(from + owner[0].length), end, 'after');
      if (who?.person) return who;
    }
    for (let v = tokens.firstAtOrAfter(from); v < tokens.length && tokens.get(v).start < end; v++) {
      if (!isVerbToken(tokens.get(v).word)) continue;
      const who = subjectOfVerb(ctx, v, from, end, 'after', false);
      if (who?.person) return who;
    }
    // "Mit diesen Worten verließ ein Regierungsmitglied, das …", "Diesen Satz hatte ein Stadtrat …
    // gesagt": someone unnamed said them (whoever is named further on).
    const unnamed = unnamedSubjectAt(ctx, tokens.firstAtOrAfter(from), end);
    if (unnamed) return unnamed;
    // "With those words, Ann Reyes sat down": the subject right after the comma; "Con esas palabras
    // ha arrancado su respuesta la ministra": after the verb, with nothing but its object between.
    // (Not "With those words still ringing in the hall, Danny Danon …", "… handed the microphone to
    // Tom Hale": there the words hang over someone else.)
    if (/^[\s.]*(?:With|Con|Avec|Mit)\s/u.test(aboutWords[0])) {
      const first = tokens.firstAtOrAfter(from);
      if (/,\s*$/.test(aboutWords[0])) {
        // (Titles and articles may come first: "Finance Minister Ann Reyes", "la ministra".)
        for (let k = first; k < tokens.length && tokens.get(k).start < end && k < first + 4; k++) {
          const who = mentionStartingAt(ctx, k, end, 'after');
          if (who?.person) return who;
          const word = tokens.get(k).word;
          if (!isTitleWord(word) && !DETERMINERS.has(word.toLowerCase()) && !/^\p{Lu}/u.test(word)) break;
        }
        return null;
      }
      // "With those words Ann Reyes left", "Con esas palabras la alcaldesa Ana Gómez abandonó": the
      // subject first, then its verb.
      for (let k = first; k < tokens.length && tokens.get(k).start < end && k < first + 4; k++) {
        const who = mentionStartingAt(ctx, k, end, 'after');
        const after = who?.person ? /^\s+(\p{L}+)/u.exec(text.slice(nameAt(ctx.names, tokens.get(k).start)?.end ?? tokens.get(k).end, end)) : null;
        if (who?.person && after && /^\p{Ll}/u.test(after[1]!) && !ANY_PREPOSITION.test(after[1]!)) return who;
        const word = tokens.get(k).word;
        if (!isTitleWord(word) && !DETERMINERS.has(word.toLowerCase()) && !/^(?:la|las|los|el)$/i.test(word) && !/^\p{Lu}/u.test(word)) break;
      }
      for (let k = first; k < tokens.length && tokens.get(k).start < end && k < first + 12; k++) {
        // (Spanish "a" and German "an" before a name are prepositions; English "a", "an" are articles.)
        if (ANY_PREPOSITION.test(tokens.get(k).word) || (/^(?:a|an)$/i.test(tokens.get(k).word) && /^\p{Lu}/u.test(tokens.get(k + 1)?.word ?? ''))) break;
        // (Not through the verb itself, which reads as a description run into the name: "reagierte Karl Brenner".)
        if (k === first && isVerbLike(tokens.get(k).word)) continue;
        const who = mentionStartingAt(ctx, k, end, 'after');
        // (The verb comes first, as German and Spanish put it: "Mit diesen Worten verabschiedete sich Petersen".)
        if (who?.person) return k > first && /^\p{Ll}/u.test(tokens.get(first).word) && !DETERMINERS.has(tokens.get(first).word) ? who : null;
      }
      return null;
    }
  }
  // ("„Symbolpolitik“. Ihr Sprecher, Malte Iversen, sagte: „…“": a sentence that runs into the next quote introduces that one.)
  if (nextSentence === close + 2 && end === nextOpen) return null;
  const first = tokens.firstAtOrAfter(close + 1);
  let last = first;
  while (last < tokens.length && tokens.starts[last] < end) last++;
  const count = last - first;
  // "Brannon delivered that line twice …", "The New Mexico Democrat repeated the question": the
  // verb's object is the words just quoted, however long the sentence goes on.
  for (let v = first + 1; v < last - 1 && v <= first + 5; v++) {
    const verb = tokens.get(v).word;
    if (!/^\p{Ll}+ed$/u.test(verb) && !isVerbToken(verb)) continue;
    // (Not "Hale said the question was unfair": there the noun opens a clause of its own.)
    const following = tokens.get(v + 3)?.word ?? '';
    if (/^(?:that|this|the|those|these)$/.test(tokens.get(v + 1).word) && QUOTE_OBJECT.test(tokens.get(v + 2)?.word ?? '') && tokens.get(v + 2)!.start < end && !COPULA.test(following) && !/^(?:had|has|have|would|will|could|should|might|must|did|does)$/.test(following)) {
      const who = subjectOfVerb(ctx, v, close + 1, end, 'after', false);
      if (who?.person) return who;
    }
    break;
  }
  if (count < 2 || count > 10) return null;
  for (let v = first + 1; v < last && v <= first + 5; v++) {
    if (!isVerbToken(tokens.get(v).word)) continue;
    // "Haidacher sagt das ohne jeden Spott, eher müde.", "She said it with a shrug.": the words
    // just quoted are the verb's object, so what follows is how they were said.
    // (Not "Jane Smith said that was a lie", "sagte, das sei Unsinn": there it opens a clause of its own.)
    if (v + 2 < last && QUOTED_WORDS_OBJECT.test(tokens.get(v + 1).word) && /^\s+$/.test(text.slice(tokens.get(v).end, tokens.get(v + 1).start)) && !isVerbToken(tokens.get(v + 2).word) && !COPULA.test(tokens.get(v + 2).word)) {
      return subjectOfVerb(ctx, v, close + 1, end, 'after', false);
    }
    // Everything after the verb must be circumstance, not a new statement ("Asif said the talks…").
    for (let k = v + 1; k < last; k++) {
      const word = tokens.get(k).word;
      if (!ATTRIBUTION_TAIL.test(word) && !/^\p{Lu}/u.test(word) && !/^\p{N}/u.test(word)) return null;
    }
    return subjectOfVerb(ctx, v, close + 1, end, 'after', false);
  }
  return null;
}

/**
 * "eine Zuschauerin", "ein Stadtrat aus der Koalition", "a woman in the crowd" among the first words
 * from token `k`: the subject of a sentence about the words just quoted is someone unnamed.
 */
function unnamedSubjectAt(ctx: Context, k: number, end: number): Attribution | null {
  const { tokens } = ctx;
  for (let j = k; j < k + 6 && j + 1 < tokens.length && tokens.get(j + 1).start < end; j++) {
    if (/[,;:]/.test(ctx.text.slice(tokens.get(j).end, tokens.get(j + 1).start))) return null;
    // (German compounds hide the person at the end: "ein Regierungsmitglied", "eine Zuschauerin"; not "Es ist ein Satz, der …".)
    const noun = tokens.get(j + 1).word;
    if (INDEFINITE_ARTICLE.test(tokens.get(j).word) && (isPersonNoun(noun) || (ctx.capitalisedNouns && /^(?:ein|eine)$/.test(tokens.get(j).word) && GERMAN_PERSON_COMPOUND.test(noun)))) return unnamedFrom(ctx, j, 'after');
  }
  return null;
}

const GERMAN_PERSON_COMPOUND = /^(?:\p{Lu}{1,6}-)?\p{Lu}\p{Ll}+(?:in|er|mitglied|rat|ling|sprecher|chef)$/u;

/** A lower-case word that is no article or pronoun: the verb opening "Mit diesen Worten reagierte …". */
function isVerbLike(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !DETERMINERS.has(word) && !INDEFINITE_ARTICLE.test(word) && !/^(?:la|las|los|el|sich|se)$/.test(word);
}

/**
 * “Where does it stop?” Justice Mara Quint asked the solicitor general … / “Enough!” Ross shouted
 * across the chamber: a question or exclamation runs on into its reporting clause, whose capital
 * is the name's, however long the rest of the sentence.
 */
function namedAskerAfter(ctx: Context, close: number, nextOpen: number): Attribution | null {
  const { text, tokens } = ctx;
  if (!/[?!][\s\u00a0]?$/.test(text.slice(Math.max(0, close - 2), close))) return null;
  let k = tokens.firstAtOrAfter(close + 1);
  if (k >= tokens.length || !/^[\s\u00a0]+$/.test(text.slice(close + 1, tokens.get(k).start))) return null;
  // (Titles first: "Justice", "Mr".)
  for (let n = 0; n < 2 && k < tokens.length && isTitleWord(tokens.get(k).word) && !nameAt(ctx.names, tokens.get(k).start); n++) k++;
  const t = tokens.get(k);
  if (!t || t.start >= nextOpen) return null;
  const name = nameAt(ctx.names, t.start);
  if (!name || name.start !== t.start) return null;
  const verb = tokens.get(tokens.firstAtOrAfter(name.end));
  if (!verb || verb.start >= nextOpen || !/^\s+$/.test(text.slice(name.end, verb.start)) || !isReportingVerb(verb.word)) return null;
  const who = resolveNameMention(ctx, name, 'after');
  return who?.person ? who : null;
}

/** Nouns for words just quoted, as a verb's object: "repeated the question", "delivered that line". */
const QUOTE_OBJECT = /^(?:line|lines|question|remark|words|quip|joke|refrain|phrase|mantra|warning)$/;

/** A pronoun standing for the words just quoted, as a reporting verb's object. */
const QUOTED_WORDS_OBJECT = /^(?:das|dies|it|this|ça|cela|eso|esto)$/i;
const COPULA = /^(?:is|was|were|are|sei|war|ist|wäre|est|était|es|era|fue)$/i;

/** A sentence that opens on the words just quoted: "The remark, …", "La phrase, …", "Der Satz …". */
// ("Con esas cinco palabras ha arrancado su respuesta la ministra, Pilar Sanchís": the words as the means.)
const WORDS_JUST_QUOTED = /^[\s.]*(?:The (?:remark|comment|words|phrase|line)|Those words|These words|La (?:phrase|formule|petite phrase|frase)|Cette (?:phrase|formule)|Ces mots|Esa frase|Esta frase|Las palabras|Der Satz|Die Worte|Diese Worte|Dieser Satz|Diesen Satz|(?:With|Con|Avec|Mit) (?:those|these|esas|estas|esa|esta|ces|diesen) (?:\p{L}+ )?(?:words|palabras|frase|mots|Worten)|(?:With|Mit) (?:this|diesem) (?:\p{L}+ )?(?:remark|sentence|line|Satz))(?![\p{L}])[,\s]*/u;

/** The full name of a person opening the text at `from` as its sentence's subject ("Gérard Pommier, 67 ans, loue …", "Solène Marchand a découvert …"). */
function introducedAfter(ctx: Context, from: number, to: number): Attribution | null {
  const at = from + /^[\s\u00a0.]*/.exec(ctx.text.slice(from, from + 8))![0].length;
  // ("« … » À la sortie de l’hémicycle, Bertrand Valas savoure.": past an opening phrase that names nobody,
  // and not about the words: "With those words still ringing in the hall, Danny Danon …" is someone else.)
  // (Nor past "That was the verdict of the board that hired him, …": a sentence saying whose the words were.)
  const opening = WORDS_JUST_QUOTED.test(ctx.text.slice(from, from + 40)) || IDENTIFYING_SENTENCE.test(ctx.text.slice(from, from + 60)) ? null : /^[^,.;:!?«»“”"\n]{3,60},\s+/u.exec(ctx.text.slice(at, at + 64));
  // (Not past a time: "On Tuesday, Jane Smith announced a fund" is the next piece of news.)
  const past = opening && !TIME_OPENING.test(opening[0]) && firstNameIndex(ctx.names, at + 1) === firstNameIndex(ctx.names, at + opening[0].length) ? personOpening(ctx, at + opening[0].length, to) : null;
  return personOpening(ctx, at, to) ?? past;
}
const TIME_OPENING = /(?<![\p{L}])(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|morning|afternoon|evening|night|week|month|year|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|lendemain|veille|matin|soir|semaine|mois|année|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|morgen|abend|woche|monat|jahr|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|mañana|tarde|noche|semana|mes|año)/iu;

function personOpening(ctx: Context, at: number, to: number): Attribution | null {
  const name = nameAt(ctx.names, at);
  if (!name || name.start !== at || name.words.length < 2 || name.end >= to || isOrganisationName(name.words)) return null;
  if (!/^(?:,|\s+\p{Ll})/u.test(ctx.text.slice(name.end, name.end + 2))) return null;
  const person = ctx.people.resolveName(name);
  return person && isPersonLike(person) ? { person, mention: ctx.text.slice(name.start, name.end), kind: 'name', via: 'after', position: name.start } : null;
}

/** A verb by which a text, not a person, says its words: "The statement read:", "Der Brief lautet:", "El texto reza:". */
const DOCUMENT_READS_END = /(?<![\p{L}])(?:read|reads|lautet|lautete|lauten|lauteten|reza|rezaba|rezan|rezaban)(?:\s+(?:in part|in full|as follows|in Teilen|wie folgt|en parte))?\s*$/iu;

/** A person-like name outside quotes in text[from, to), possessives included ("Vossberg’s own statement"). */
function namesPersonBetween(ctx: Context, from: number, to: number): boolean {
  if (personNamedBetween(ctx, from, to)) return true;
  // (A possessive surname is no name mention of its own, so look the word up directly.)
  for (const m of ctx.text.slice(from, to).matchAll(/(\p{Lu}[\p{L}-]+)['’]s?(?=\s)/gu)) {
    const person = ctx.people.byWord(m[1]!, from + m.index!);
    if (person && isPersonLike(person)) return true;
  }
  return false;
}

/**
 * The verb "read"/"reza" at token `v` has a person for its subject, right before it: "Then she read:",
 * "the widow read:" (a reading aloud, or "reza", praying), not a text's words. Not a person in a
 * complement: "The letter from the mayor read:".
 */
function readByPerson(ctx: Context, v: number, first: number): boolean {
  let k = v - 1;
  // (Over "then", "also", but not articles and clitics BETWEEN also holds; and never over punctuation.)
  while (k >= first && BETWEEN.has(lowerCase(ctx.tokens.get(k).word)) && !/^(?:a|la|le|les|lo|las|los)$/.test(ctx.tokens.get(k).word)) k--;
  if (k < first || /[^\s\p{L}’'-]/u.test(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(v).start))) return false;
  const word = ctx.tokens.get(k).word;
  const pronoun = PRONOUNS.has(word.toLowerCase()) || /^(?:they|ils|elles|ellos|ellas)$/i.test(word);
  if (!pronoun && !isPersonNoun(word)) return false;
  for (let j = k - 1; j >= first && j >= k - 4; j--) {
    const w = ctx.tokens.get(j).word;
    if (/[,;:]/.test(ctx.text.slice(ctx.tokens.get(j).end, ctx.tokens.get(j + 1).start))) break;
    // ("El cartel que colgó un vecino reza:": the person is in a clause about the text, which Spanish puts after its verb.)
    if (/^(?:que|qui|that|which|der|die|das|den|dem)$/i.test(w)) return false;
    if (!pronoun && (PREPOSITION.test(w) || GENITIVE.test(w) || /^(?:from|in|at|on|à|au|aux|en|del|du|des)$/i.test(w))) return false;
  }
  return true;
}

/** A sentence of its own that names the speaker: the previous sentence ending in ":" (or with a verb and a mention). */
export function attributeFromPreviousSentence(ctx: Context, open: number, searchFrom: number): Attribution | null {
  const { text, tokens } = ctx;
  // Skip back over white space and the previous sentence's terminal punctuation.
  let end = open - 1;
  while (end > searchFrom && /[\s\u201C\u201E"«»‘]/.test(text[end])) end--;
  if (end <= searchFrom) return null;
  if (text[end] !== ':') return null;
  const start = sentenceStartIn(ctx, end, searchFrom);
  const first = tokens.firstAtOrAfter(start);
  const last = tokens.firstAtOrAfter(end) - 1;
  // "Their verdict, issued with 12 laps to go, read:", "Der Aufruf lautet:": a text that reads so is
  // the document's words, unless the sentence names whose it is.
  // ("reads in part:", "read as follows:")
  const reads = DOCUMENT_READS_END.exec(text.slice(Math.max(start, end - 40), end));
  if (reads && last >= first && !namesPersonBetween(ctx, start, end) && !readByPerson(ctx, tokens.firstAtOrAfter(Math.max(start, end - 40) + reads.index), first)) {
    return { person: null, mention: text.slice(start, end).trim(), kind: 'anonymous', via: 'colon', position: start };
  }
  for (let k = last; k >= first; k--) {
    if (isVerbToken(tokens.get(k).word)) {
      const who = subjectOfVerb(ctx, k, start, end, 'sentence', false);
      if (who) return who;
    }
  }
  for (let k = first; k <= last; k++) {
    const who = mentionStartingAt(ctx, k, end, 'sentence');
    if (who) return who;
  }
  // "In a statement, the company said:": a body introduces the words.
  const blockStart = ctx.blockStart;
  ctx.blockStart = start;
  const body = hasNonPersonSubject(ctx, end);
  ctx.blockStart = blockStart;
  return body ? { person: null, mention: text.slice(start, end).trim(), kind: 'anonymous', via: 'colon', position: start } : null;
}

/**
 * A pull quote's signature line: the block after it is only a name, with perhaps an office after
 * a comma ("Federico Arrieta, ministro de Economía", "— Jane Doe").
 */
export function signedInNextBlock(ctx: Context, nextBlockStart: number, nextBlockEnd: number): Attribution | null {
  const line = ctx.text.slice(nextBlockStart, nextBlockEnd);
  const dash = /^[—–―-]\s*/.exec(line);
  const from = nextBlockStart + (dash ? dash[0].length : 0);
  // The line reads like a byline, so its name may not be among the page's mentions: read it here.
  const run = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/u.exec(line.slice(from - nextBlockStart));
  const name = nameAt(ctx.names, from) ?? (run ? { start: from, end: from + run[0].length, words: run[0].split(/\s+/), title: '', surface: run[0] } : null);
  if (!name || name.start !== from || name.words.length < 2 || isOrganisationName(name.words)) return null;
  const rest = ctx.text.slice(name.end, nextBlockEnd);
  if (rest.length > 80 || !/^(?:\s*,\s*[^.!?“”"«»„]*)?\s*$/u.test(rest)) return null;
  if (rest.split(/\s+/).some((w) => isVerbToken(w))) return null;
  const person = ctx.people.resolveName(name);
  return person ? { person, mention: ctx.text.slice(name.start, name.end), kind: 'name', via: 'after', position: name.start } : null;
}

/**
 * A paragraph that is only a quotation, followed by one that opens by introducing someone new:
 * “I’ve got two kids …” / "Kerry Foulds, 44, has worked on the line for 19 years" or "The speaker
 * was Sandra Okafor-Lees". The quote-first lede names its speaker right after the words.
 */
export function introducedInNextBlock(ctx: Context, nextBlockStart: number, nextBlockEnd: number): Attribution | null {
  let from = nextBlockStart;
  const identifying = IDENTIFYING_SENTENCE.exec(` ${ctx.text.slice(from, from + 40)}`);
  if (identifying) from += identifying[0].length - 1;
  // ("The admission came from Alderman Tom Gilchrist": past the title.)
  for (const title of identifying ? [/^[\p{L}.]+\s+/u, /^(?:[\p{L}.]+\s+){2}/u] : []) {
    const words = title.exec(ctx.text.slice(from, from + 40));
    if (words && words[0].trim().split(/\s+/).every(isTitleWord) && nameAt(ctx.names, from + words[0].length)?.start === from + words[0].length) {
      from += words[0].length;
      break;
    }
  }
  if (identifying) {
    const who = identifiedSpeaker(ctx, from, NAMES_OWNER.test(identifying[0]));
    return who && who.position < nextBlockEnd ? who : null;
  }
  const name = nameAt(ctx.names, from);
  if (!name || name.start !== from || name.words.length < 2 || name.end >= nextBlockEnd || isOrganisationName(name.words)) return null;
  const person = ctx.people.resolveName(name);
  if (!person || !isPersonLike(person)) return null;
  // Someone met before is being returned to, not introduced as the voice just heard.
  if (person.mentions.some((m) => m < nextBlockStart)) return null;
  // "Name, 44, …" / "Name, a nurse, …" / "Name has worked …": the name is the subject of the paragraph's first sentence.
  if (!/^(?:,|\s+\p{Ll})/u.test(ctx.text.slice(name.end, name.end + 2))) return null;
  return { person, mention: ctx.text.slice(name.start, name.end), kind: 'name', via: 'after', position: name.start };
}
