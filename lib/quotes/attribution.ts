// Finds who said a quote: a reporting verb next to the quote (before or after, inverted or not),
// "according to X", a colon introduction, then resolves the subject (name, role or pronoun).

import { isReportingVerb } from './verbs/index';
import { PRONOUNS, genderOf, insideSpans, isKinWord, kinGender, isPersonLike, isPlace, isRoleHead, lastBefore, isTitleWord, isOrganisationName, type NameMention, type People, type Person } from './people';
import { sentenceStart, sentenceEnd, type Tokens } from './tokens';
import { givenNameGender, isGivenName } from './given-names';

export interface Attribution {
  person: Person | null;
  /** Words on the page pointing at the speaker. */
  mention: string;
  /** anonymous: a reporting verb governs the quote but its subject names nobody ("a spokesperson said"). */
  kind: 'name' | 'role' | 'pronoun' | 'anonymous';
  /** Where the clue was: right after the quote, before it in the sentence, or via a colon. */
  via: 'after' | 'before' | 'colon' | 'sentence';
  position: number;
}

/** Words that may sit between a subject and its verb: "Asif also said", "she has repeatedly warned". */
const BETWEEN = new Set(
  ('also later then earlier previously once further repeatedly recently again has had have was is were would will could ' +
    'reportedly allegedly flatly simply quickly been only since already did does not never ' +
    'a lui leur lui-même aussi encore ensuite déjà alors toutefois pourtant cependant néanmoins aussitôt hat habe hatte auch noch dann bereits zudem jedoch allerdings dennoch ha había ya también luego además le les se ' +
    's’est s\'est s’était s\'était s’est-il s’est-elle se sont sich used to ' +
    // "ella misma la calificó", "él mismo lo dijo", "elle-même l’a dit", "sie selbst nannte": emphasis and clitics.
    'misma mismo mismas mismos la lo las los même elle-même eux-mêmes elles-mêmes selbst himself herself themselves')
    .split(/\s+/),
);
/** Nouns for a person already named: "the 19-year-old said", "the woman added". */
const PERSON_NOUN = /^(?:\d+-year-old|trentenaire|quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|cuarentón|cuarentona|cincuentón|cincuentona|sexagenari[oa]|septuagenari[oa]|octogenari[oa]|\d+-jährige[rn]?|\d+-(?:ans|años)|man|woman|homme|femme|hombre|mujer|chico|chica|garçon|fille|jeune|joven|mother|father|teenager|pensioner|grandmother|grandfather|veteran|survivor|owner|widow|victim|star|actor|actress|singer|striker|goalkeeper|coach|novelist|writer|author)$/i;
/** Nouns that report without being a person: "the report said", "la encuesta indica". */
const NON_PERSON_NOUN = /^(?:report|jury|panel|statement|study|survey|poll|document|letter|ministry|company|government|police|court|agency|department|office|group|union|party|council|committee|board|firm|club|team|data|analysis|review|article|paper|newspaper|website|filing|memo|note|release|ruling|judgment|verdict|law|bill|plan|city|state|country|region|centrale|groupe|syndicat|parti|fédération|confédération|intersyndicale|collectif|grupo|sindicato|partido|federación|asociación|gewerkschaft|verband|partei|fraktion|konzern|vorstand|district|county|school|schools|university|hospital|trust|authority|commission|regulator|watchdog|network|association|foundation|institute|service|parliament|senate|congress|assembly|administration|campaign|website|organisation|organization|rapport|communiqué|étude|sondage|ministère|gouvernement|entreprise|mairie|bericht|studie|umfrage|ministerium|regierung|unternehmen|informe|estudio|encuesta|ministerio|gobierno|empresa|ayuntamiento|compañía|cámara|municipalidad|comunicado|declaración|carta|documento|párrafo|texto|texte|lettre|schreiben|periódico|diario|journal|zeitung|newspaper|direction|dirección|comando|jurado|bank|banque|banco|lender|insurer|airline|carrier|retailer|regulator|exchange|apodo|nickname|surnom|spitzname|alias|mote|sobrenombre|région|préfecture|département|municipalité|commune|ville|métropole|collectivité|rectorat|académie|gendarmerie|región|provincia|alcaldía|gobernación|delegación|fiscalía|policía|intendencia|comuna|defensoría|junta|tribunal|guide|minutes|majority|minority|mayoría|minoría|stewards)s?$/i;
/** "une passagère": an unnamed speaker, with the words that describe them as the mention. */
function unnamedFrom(ctx: Context, k: number, via: Attribution['via']): Attribution {
  const t = ctx.tokens.get(k);
  const next = ctx.tokens.get(k + 1);
  return { person: null, mention: ctx.text.slice(t.start, next ? next.end : t.end), kind: 'anonymous', via, position: t.start };
}

/** Indefinite articles: the noun after them is someone not named ("a passenger", "une passagère"). */
// Not "a"/"an": French "a réagi X" is an auxiliary, and English "a spokesperson said" is handled as a role.
const INDEFINITE = /^(?:one|another|un|une|una|uno|otro|otra|ein|eine|einer)$/i;
const INDEFINITE_LEAD = /^\s*(?:[^,.;:]{3,80},\s*(?=one of|uno de|una de|l['’]une? des?|einer der|eine der))?(?:a|an|one|another|une?|una|ein|eine|l['’]une? d['’]eux|l['’]une? d['’]elles|l['’]une? des?|einer der|eine der|one of|uno de|una de)[\s,]/i;
/** Verbs whose next noun is the one spoken to, not the speaker: "told the minister:". */
const OBJECT_VERBS = /^(?:told|tell|tells|asked|ask|asks|urged|warned|fragte|frage|bat|preguntó|pidió|a demandé|demanda)$/i;
const BEHALF = /\bon (\p{Lu}[\p{L}'’-]*?)['’]s? behalf\b|\bon behalf of (?:\p{Ll}+ ){0,3}(\p{Lu}[\p{L}'’-]*)/u;
const COORDINATORS = new Set(['and', 'but', 'et', 'mais', 'und', 'aber', 'y', 'pero']);
const PASSIVE_AUX = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are', 'wurde', 'été', 'fue']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'sein', 'seine', 'seiner', 'ihr', 'ihre', 'ihrer', 'deren', 'dessen', 'son', 'sa', 'ses', 'leur', 'su', 'sus']);
/** "according (to)", "selon", "laut", "según": they attribute like a verb but have no subject. */
const ATTRIBUTING_WORD = /^(?:according|selon|laut|según)$/i;
const ADDRESSEE = /^(?:you|you['’](?:ve|d)|vous)$/;
const ATTACHED_PRONOUN = /-(?:t-)?(?:il|elle)$/i;
const DETERMINERS = new Set(['the', 'le', 'la', 'l’', "l'", 'el', 'der', 'die', 'das', 'den', 'dem']);

export interface Context {
  text: string;
  tokens: Tokens;
  names: NameMention[];
  people: People;
  /** Speaker of the most recent quote before this one (pronoun resolution prefers it). */
  lastSpeaker: { person: Person; at: number } | null;
  /** Where the most recent quote said by someone unnamed ("one rescuer told AFP") closed, and their gender if the article says. */
  lastUnnamed?: { at: number; gender: 'm' | 'f' | null };
  /** Start of the block being attributed (pronouns look for a subject there first). */
  blockStart: number;
  /** The block being attributed is a heading (h1–h6). */
  blockIsHeading?: boolean;
  /** The page's language capitalises its nouns (German): a capitalised word need not be a name. */
  capitalisedNouns?: boolean;
  /** The block is a heading or the standfirst under the headline, written in headlinese ("…, says health secretary"). */
  blockIsLede?: boolean;
  /** Sorted [start, end] spans of all quotes: names inside quotes are not subjects. */
  quoteSpans: [number, number][];
  /** People who have a reporting verb right next to one of their names somewhere on the page. */
  speakerish: Set<Person>;
  /** The writer named in the byline: "I asked" outside quotes is theirs. Not among `people`, so never an antecedent. */
  author?: Person | null;
}

/** The gender a subject pronoun gives ("she", "il", "-t-elle"), or null. */
function pronounGender(lower: string): 'm' | 'f' | null {
  if (/^(?:he|il|er|él)$/.test(lower) || /-(?:t-)?il$/.test(lower)) return 'm';
  if (/^(?:she|elle|ella|sie)$/.test(lower) || /-(?:t-)?elle$/.test(lower)) return 'f';
  return null;
}

/** "I", "ich", "je" (and "ai-je") outside quotes: the writer speaking. */
const WRITER_PRONOUN = /^(?:I|[Ii]ch|[Jj]e|[Jj]['’]ai)$|-je$/;

/** Marks people whose name sits next to a reporting verb ("Robles said", "said Robles"). */
export function findSpeakerish(ctx: Omit<Context, 'speakerish'>): Set<Person> {
  const out = new Set<Person>();
  for (const n of ctx.names) {
    const i = ctx.tokens.firstAtOrAfter(n.end);
    const j = ctx.tokens.firstAtOrAfter(n.start) - 1;
    const near = [ctx.tokens.get(i), ctx.tokens.get(i + 1), ctx.tokens.get(j)].some((t) => t && isVerbToken(t.word));
    if (!near) continue;
    const p = ctx.people.resolveName(n);
    if (p) out.add(p);
  }
  return out;
}

/** Index of the first name mention starting at or after `pos` (names.length if none). */
function firstNameIndex(names: NameMention[], pos: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nameAt(names: NameMention[], pos: number): NameMention | null {
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

function isVerbToken(word: string): boolean {
  // "dit-il", "a-t-elle": the verb is the first part; "l’assure", "m’explique": an elided object
  // pronoun rides on the verb.
  if (isReportingVerb(word) || (word.includes('-') && isReportingVerb(word.split('-')[0]))) return true;
  return ELIDED_OBJECT.test(word) && isReportingVerb(word.slice(2));
}

/** The subject mention whose last word is token `idx` (name, "the … minister", or pronoun). */
function mentionEndingAt(ctx: Context, idx: number, via: Attribution['via']): Attribution | null {
  const t = ctx.tokens.get(idx);
  if (!t) return null;
  const lower = t.word.toLowerCase();
  if (PRONOUNS.has(lower) || ATTACHED_PRONOUN.test(lower)) return resolvePronoun(ctx, t.word, t.start, via);
  if (WRITER_PRONOUN.test(t.word) && !insideQuote(ctx, t.start)) return { person: ctx.author ?? null, mention: t.word, kind: ctx.author ? 'pronoun' : 'anonymous', via, position: t.start };
  // "ce qu’elle appelle « … »": the pronoun elided into "que".
  const afterQue = ELIDED_CONJUNCTION.exec(lower);
  if (afterQue && PRONOUNS.has(afterQue[1]!)) return resolvePronoun(ctx, afterQue[1]!, t.start, via);
  // "L’officier décrit …": the article elided into the role's own token (capitalised, it also reads as a name).
  if (ELIDED_ARTICLE.test(t.word) && isRoleHead(t.word.slice(2))) return roleMention(ctx, idx, via);
  const name = nameAt(ctx.names, t.start);
  if (name) return resolveNameMention(ctx, name, via);
  if (isRoleHead(t.word)) return roleMention(ctx, idx, via);
  // "Sa mère raconte", "her husband said": the person introduced as that relation.
  if (idx > 0 && isKinWord(t.word) && POSSESSIVES.has(ctx.tokens.get(idx - 1).word.toLowerCase())) return kinMention(ctx, idx - 1, idx, via);
  return null;
}

/** "Sa mère", "her son": whoever the page introduced as that relation ("Sa mère, Gwenaëlle Le Floc’h,"), or someone unnamed. */
function kinMention(ctx: Context, from: number, idx: number, via: Attribution['via']): Attribution {
  const word = ctx.tokens.get(idx).word.toLowerCase().replace(/s$/, '');
  const at = ctx.tokens.get(from).start;
  const mention = ctx.text.slice(at, ctx.tokens.get(idx).end);
  // (Named before, or else the first one named after: a standfirst's "Sa mère raconte" is introduced in the body.)
  const isKin = (p: Person) => p.roles.includes(word) || p.roles.includes(`${word}s`);
  const holder = ctx.people.lastMentioned(at, isKin) ?? ctx.people.persons.find(isKin) ?? relativeSharingSurname(ctx, from, word) ?? null;
  return holder ? { person: holder, mention, kind: 'role', via, position: at } : { person: null, mention, kind: 'anonymous', via, position: at };
}

/** "Gisela Brauer … Ihr Mann ergänzt": the one other person of the possessor's surname the relation's gender fits. */
function relativeSharingSurname(ctx: Context, possessive: number, kin: string): Person | null {
  const gender = kinGender(kin);
  const owner = ctx.tokens.get(possessive);
  if (!gender || !POSSESSIVES.has(owner.word.toLowerCase())) return null;
  const possessor = resolvePronoun(ctx, possessivePronoun(owner.word), owner.start, 'sentence').person;
  if (!possessor) return null;
  const surname = possessor.parts[possessor.parts.length - 1];
  const relatives = ctx.people.persons.filter((p) => p !== possessor && p.parts[p.parts.length - 1] === surname && genderOf(p) !== (gender === 'm' ? 'f' : 'm'));
  return relatives.length === 1 ? relatives[0]! : null;
}

/** The subject pronoun a possessive stands for: "her"/"ihr"/"ihre" → "she", "his"/"sein" → "he"; "son", "su" say no gender. */
function possessivePronoun(word: string): string {
  const w = word.toLowerCase();
  return w === 'her' ? 'she' : w === 'his' ? 'he' : /^ihre?r?$/.test(w) ? 'sie' : /^seine?r?$/.test(w) ? 'er' : '';
}

const ELIDED_ARTICLE = /^[lL]['’]\p{L}/u;
const ELIDED_ARTICLE_PREFIX = /^[lL]['’](?=\p{L})/u;

const ELIDED_CONJUNCTION = /^(?:qu|lorsqu|puisqu|quoiqu)['’](\p{L}+)$/u;

/** The subject mention starting at token `idx` (for inverted "said Martin Indyk", "said the minister"). */
function mentionStartingAt(ctx: Context, idx: number, limit: number, via: Attribution['via']): Attribution | null {
  const t = ctx.tokens.get(idx);
  if (!t || t.start >= limit) return null;
  const lower = t.word.toLowerCase();
  if (PRONOUNS.has(lower)) return resolvePronoun(ctx, t.word, t.start, via);
  // "said Mr Walt Kessler": the title sits outside the name mention.
  const next = ctx.tokens.get(idx + 1);
  const name = nameAt(ctx.names, t.start) ?? (isTitleWord(t.word) && next && next.start < limit ? nameAt(ctx.names, next.start) : null);
  if (name) return resolveNameMention(ctx, name, via);
  if (/^\p{Ll}/u.test(t.word) && (isRoleHead(t.word) || POSSESSIVES.has(lower) || isRoleHead(ctx.tokens.get(idx + 1)?.word ?? ''))) {
    // "said coach Maria Lopez", "said union negotiator Henrik Dahl", "erklärte deren Vorsitzende Sabine Overbeck"
    for (let k = idx + 1; k <= idx + 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      const inner = nameAt(ctx.names, ctx.tokens.get(k).start);
      if (inner) return resolveNameMention(ctx, inner, via);
      if (!/^\p{Ll}/u.test(ctx.tokens.get(k).word) && !isRoleHead(ctx.tokens.get(k).word)) break;
    }
  } else if ((/^\p{Ll}+$/u.test(t.word) && !DETERMINERS.has(lower) && !INDEFINITE_ARTICLE.test(lower) && !isVerbToken(t.word)) || /^\p{Lu}{2,6}$/u.test(t.word)) {
    // "says board member Gary Lindqvist", "said longtime resident Ana Ruiz", "said LKM chief
    // spokesperson Arvind Meshram": a description (perhaps after a party's initials) run straight into a full name.
    for (let k = idx + 1; k <= idx + 3 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      if (!/^\s+$/.test(ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start))) break;
      const inner = nameAt(ctx.names, ctx.tokens.get(k).start);
      if (inner && inner.start === ctx.tokens.get(k).start && inner.words.length >= 2) return resolveNameMention(ctx, inner, via);
      if (!/^\p{Ll}+$/u.test(ctx.tokens.get(k).word)) break;
    }
  }
  // "…, says health secretary": headlinese drops the article before an office.
  // (Headlines capitalise the office too: "…, says Collector".)
  if (ctx.blockIsLede && (/^\p{Ll}/u.test(t.word) || isRoleHead(t.word))) {
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
  if (/^l['’](?:entourage|équipe|cabinet|opposition)$/i.test(t.word)) return { person: null, mention: t.word, kind: 'anonymous', via, position: t.start };
  // "a rétorqué l’élu": the article elided into the role's own token.
  if (ELIDED_ARTICLE.test(t.word) && isRoleHead(t.word.slice(2))) return roleMention(ctx, idx, via);
  // "rétorque l’opposante Aminata Diallo": a description elided into its article, then the full name.
  if (ELIDED_ARTICLE.test(t.word) && next && next.start < limit) {
    const named = nameAt(ctx.names, next.start);
    if (named && named.start === next.start && named.words.length >= 2 && /^\s+$/.test(ctx.text.slice(t.end, next.start))) {
      const who = resolveNameMention(ctx, named, via);
      if (who?.person) return who;
    }
  }
  if (DETERMINERS.has(lower) || lower === 'a' || lower === 'an') {
    // "said the woman, Danielle Ferreira-Watts, 41": the name in apposition to a plain description.
    const noun = ctx.tokens.get(idx + 1);
    const apposed = noun && PERSON_NOUN.test(noun.word) ? /^,\s+/.exec(ctx.text.slice(noun.end, noun.end + 3)) : null;
    const named = apposed ? nameAt(ctx.names, noun!.end + apposed[0].length) : null;
    if (named && named.start === noun!.end + apposed![0].length) {
      const who = resolveNameMention(ctx, named, via);
      if (who) return who;
    }
    for (let k = idx + 1; k <= idx + 4 && k < ctx.tokens.length && ctx.tokens.get(k).start < limit; k++) {
      const word = ctx.tokens.get(k).word;
      if (isRoleHead(word) || (word.includes('-') && word.split('-').every((part) => isRoleHead(part) || isTitleWord(part)))) {
        // "Según el secretario municipal, Fermín Arrieta, …": the office, then its holder in apposition.
        // (Also "la jefa negociadora del Gobierno, Alejandra Montoya", a few words of office before the comma.)
        // ("Die Budgetexpertin des Instituts für Konjunktur- und Strukturforschung (IKS), Martina Stadlober".)
        const apposed = /^(?:\s+[\p{L}’'-]+|\s+\([\p{L}\s-]{1,12}\)){0,8},\s+/u.exec(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k).end + 100));
        const holder = apposed ? nameAt(ctx.names, ctx.tokens.get(k).end + apposed[0].length) : null;
        if (holder && holder.start === ctx.tokens.get(k).end + apposed![0].length && holder.words.length >= 2) {
          const who = resolveNameMention(ctx, holder, via);
          if (who?.person) return who;
        }
        // "détaille le lieutenant-colonel Olivier Dufau": the name right after the office.
        const named = k + 1 < ctx.tokens.length ? nameAt(ctx.names, ctx.tokens.get(k + 1).start) : null;
        if (named && named.start === ctx.tokens.get(k + 1).start && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(k).end, named.start))) {
          const who = resolveNameMention(ctx, named, via);
          if (who?.person) return who;
        }
        if (isRoleHead(word)) return roleMention(ctx, k, via);
      }
      // Only a name right after the article: "the Lakers' coach" yes, "the striker of Atlético Levante" no.
      // (Or after a nationality: "le Danois Anders Holmgaard".)
      const nationality = k === idx + 2 && /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens.get(idx + 1).word) && !nameAt(ctx.names, ctx.tokens.get(idx + 1).start);
      // "la santafesina Mariela Sosa", "el cordobés Ramiro Ferraro": one lower-case word describing a full name.
      const descriptor = k === idx + 2 && /^\p{Ll}+$/u.test(ctx.tokens.get(idx + 1).word) && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(idx + 1).end, ctx.tokens.get(k).start));
      let inner = k === idx + 1 || nationality || descriptor ? nameAt(ctx.names, ctx.tokens.get(k).start) : null;
      if (inner && descriptor && inner.words.length < 2) inner = null;
      if (inner) return resolveNameMention(ctx, inner, via);
    }
    // "bromeó el joven de 23 años", "said the woman": a definite description of someone named before.
    if (DETERMINERS.has(lower) && noun && noun.start < limit && PERSON_NOUN.test(noun.word)) {
      const age = /^\s+de\s+\d{1,3}\s+(?:años|ans)\b/.exec(ctx.text.slice(noun.end, noun.end + 16));
      return resolvePronoun(ctx, ctx.text.slice(t.start, noun.end + (age ? age[0].length : 0)), t.start, via);
    }
  }
  return null;
}

const INDEFINITE_ARTICLE = /^(?:a|an|un|une|una|ein|eine|einer)$/i;
const INDEFINITE_ARTICLE_OR_ONE = /^(?:a|an|one|another|un|une|una|uno|ein|eine|einer|l['’]une?|l['’]un)$/i;

/** The gender an indefinite article gives the unnamed person after it ("una vecina", "einer der Helfer"); null when it gives none. */
export function indefiniteArticleGender(word: string): 'm' | 'f' | null {
  const w = word.toLowerCase();
  return /^(?:un|uno|ein|einer|otro)$/.test(w) ? 'm' : /^(?:une|una|eine|otra)$/.test(w) ? 'f' : null;
}
const IN_DOCUMENT = /\b(?:comunicado|communiqué|statement|letter|carta|lettre|Stellungnahme|Mitteilung|Brief|Erklärung|informe|rapport|report)\s+(?:en el que|en la que|in which|dans lequel|dans laquelle|in dem|in der|where)\b|(?:^|[.!?]\s+)Darin (?:heißt|hieß) es\b/iu;
const DEMONSTRATIVE = /^(?:cet|cette|ce|this|that|dieser|diese|este|esta|ese|esa)$/i;
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:que|ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|ano|ana|eño|eña|ino|ina|és|esa|ense|ese|isch|ische|er|erin)$/u;
const OPENING_PREPOSITION = /^\s*(?:face à|à|avec|contre|selon|with|against|unlike|like|to|frente a|con|contra|gegen|mit|neben)\s+$/i;
const AGE_WORD = /^\d+-(?:year-old|jährige[rn]?)$/i;

/** Someone first named in the paragraph after the one at `at`, with `head` among their roles. */
function identifiedInNextBlock(ctx: Context, head: string, at: number): Person | null {
  const blockEnd = ctx.text.indexOf('\n\n', at);
  if (blockEnd < 0) return null;
  const nextEnd = ctx.text.indexOf('\n\n', blockEnd + 2);
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

/** Nouns for those who act for an office's holder: "cabinet", "office", "despacho", "Umfeld". */
const FOR_HOLDER_NOUN = /^(?:cabinet|office|bureau|entourage|équipe|services|ministère|gabinete|despacho|oficina|entorno|equipo|büro|umfeld|staff|team|camp|campaign|campagne|campaña|lawyers?|avocate?s?|abogad[oa]s?|anwalt|anwältin|aides?|conseill(?:er|ère)s?|asesor(?:es|a)?|advisers?|advisors?)$/i;
const GENITIVE = /^(?:du|des|de|del|of|for|von|vom|der)$/i;

/** Someone or something acting for an office's holder: its staff, its spokesperson. */
const actsForHolder = (word: string) => FOR_HOLDER_NOUN.test(word) || SPOKESPERSON.test(word);

/** Whether the office at `headIdx` is only the owner of who speaks: "le cabinet du ministre", "the minister’s office", "el abogado del ministro". */
function speaksForHolder(ctx: Context, first: number, headIdx: number): boolean {
  const { tokens } = ctx;
  for (let k = first; k < headIdx; k++) {
    if (actsForHolder(tokens.get(k).word) && GENITIVE.test(tokens.get(k + 1)?.word ?? '')) return true;
  }
  // "the office of the minister", "el despacho del ministro": the owner after a genitive.
  const det = first - 1;
  const genitive = det >= 1 && GENITIVE.test(tokens.get(det).word) ? det : det >= 2 && DETERMINERS.has(tokens.get(det).word.toLowerCase()) && GENITIVE.test(tokens.get(det - 1).word) ? det - 1 : -1;
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

function roleMention(ctx: Context, headIdx: number, via: Attribution['via']): Attribution | null {
  let first = headIdx;
  // "l’entraîneur" carries its article: nothing before it belongs to the role.
  while (first > 0 && headIdx - first < 3 && !ELIDED_ARTICLE.test(ctx.tokens.get(first).word)) {
    const w = ctx.tokens.get(first - 1).word.toLowerCase();
    // ("Hong Kong’s housing minister": the owner's possessive stands where the article would.)
    if (DETERMINERS.has(w) || w === 'a' || w === 'an' || /['’]s$/.test(w) || /[.,;:!?]/.test(ctx.text.slice(ctx.tokens.get(first - 1).end, ctx.tokens.get(first).start))) break;
    first--;
  }
  // "l’ancien président": the article elided into the first word of the role.
  const elidedArticle = ELIDED_ARTICLE.test(ctx.tokens.get(first).word);
  const detToken = elidedArticle ? null : first > 0 ? ctx.tokens.get(first - 1) : null;
  // ("her Honour", "Your Honor": the judge, whom a possessive names as surely as an article.)
  const det = elidedArticle ? 'l’' : detToken ? (/['’]s$/.test(detToken.word) || (/^honou?r$/i.test(ctx.tokens.get(headIdx).word) && POSSESSIVES.has(detToken.word.toLowerCase())) ? 'the' : detToken.word.toLowerCase()) : '';
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
  // "le cabinet du ministre", "the minister’s office", "El abogado del ministro": the office's
  // staff or someone working for its holder speaks, not the holder.
  if (speaksForHolder(ctx, first, headIdx)) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "a minister said" is an anonymous source; "the minister" points back at someone; "the authors" are a group.
  if (!DETERMINERS.has(det) && !/['’]$/.test(det)) return { person: null, mention, kind: 'anonymous', via, position: at };
  if (isPluralRole(ctx.tokens.get(headIdx).word)) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "the 61-year-old minister": an age says nothing about the office.
  const role = ctx.tokens.slice(first, headIdx + 1).map((t) => t.word).filter((w) => !AGE_WORD.test(w)).join(' ').replace(ELIDED_ARTICLE_PREFIX, '');
  let holder = ctx.people.resolveRole(role, at);
  // "Ein Sprecher des Ministeriums sagte … „…“, so der Sprecher": the one just introduced unnamed,
  // not an earlier holder of the office.
  if (holder && lastBefore(holder.mentions, at) < unnamedIntroductionAt(ctx, ctx.tokens.get(headIdx).word, at)) return { person: null, mention, kind: 'anonymous', via, position: at };
  // "la regidora" is a woman: not the man who holds the office next.
  const articleGender = det === 'la' || det === 'die' ? 'f' : det === 'el' || det === 'le' || det === 'der' ? 'm' : null;
  if (holder && articleGender && genderOf(holder) !== null && genderOf(holder) !== articleGender) holder = null;
  // Someone given the office only further down ("Son entraîneur, Thierry Gobineau", the other
  // side's coach) is not who it means in a paragraph about someone named just before.
  if (holder && (holder.mentions[0] ?? -1) > at) {
    const here = resolvePronoun(ctx, mention, at, via).person;
    if (here && here !== holder && here.roles.length === 0 && (isGivenName(here.parts[0]) || ctx.speakerish.has(here)) && here.mentions.some((m) => m >= ctx.blockStart && m < at && opensSentence(ctx, m))) holder = here;
  }
  // A spokesperson nobody named is nobody named: not whoever the page is about.
  if (!holder && SPOKESPERSON.test(ctx.tokens.get(headIdx).word)) {
    const named = namedNext(ctx, ctx.tokens.get(headIdx).end);
    return named ? { person: named, mention, kind: 'role', via, position: at } : { person: null, mention, kind: 'anonymous', via, position: at };
  }
  // "A senior official … said … “…,” the official said": the one introduced without a name.
  if (!holder && introducedUnnamed(ctx, ctx.tokens.get(headIdx).word, at)) return { person: null, mention, kind: 'anonymous', via, position: at };
  let next = holder ? null : namedNext(ctx, ctx.tokens.get(headIdx).end);
  if (next && articleGender && genderOf(next) !== null && genderOf(next) !== articleGender) next = null;
  const described = holder ?? next ?? officeHolderByDefault(ctx, role);
  let person = described ?? resolvePronoun(ctx, mention, at, via).person;
  // "die 47 Jahre alte Autorin" is a woman: not the man the page's default office holder may be.
  if (described && articleGender && genderOf(described) !== null && genderOf(described) !== articleGender) person = resolvePronoun(ctx, mention, at, via).person;
  // Learnt: once "el alcalde" is found to be Ibarrola, "el edil" and "el alcalde" later are too.
  if (!holder && person && isPersonLike(person)) person.roles.push(role.toLowerCase());
  return { person, mention, kind: 'role', via, position: at };
}

function resolveNameMention(ctx: Context, name: NameMention, via: Attribution['via']): Attribution | null {
  const mention = ctx.text.slice(name.start, name.end);
  if (isOrganisationName(name.words)) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  const person = ctx.people.resolveName(name);
  // Someone known by a first name only ("sagt Manfred", "raconte Karim, 43 ans") is a named
  // nobody: the quote is theirs, and no one else's.
  if (!person && name.words.length === 1 && isGivenName(name.words[0])) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  // "dice Paqui, que regenta un bar", "Kim, 34, a nurse": one name, then what makes it a person.
  if (!person && name.words.length === 1 && DESCRIBED_AFTER.test(ctx.text.slice(name.end, name.end + 12))) return { person: null, mention, kind: 'anonymous', via, position: name.start };
  // A lone capitalised word that names nobody else on the page is more likely a place or a noun.
  if (!person || isPlace(person)) return null;
  return { person, mention, kind: 'name', via, position: name.start };
}

/** ", a daily-wage labourer", ", 62, …": what makes a lone unknown word a person known by one name. */
const UNKNOWN_NAME_DESCRIBED = /^,\s+(?:\d{1,3},|(?:an?|un|une|una|ein|eine)\s)/u;
const DESCRIBED_AFTER = /^,\s+(?:\d{1,3}(?:\s+(?:ans|años|jahre))?,|(?:que|qui|who|quien|der|die|an?|un|une|una|ein|eine)\s)/u;

function insideQuote(ctx: Context, pos: number): boolean {
  return insideSpans(ctx.quoteSpans, pos);
}

/**
 * "he", "she", "the 19-year-old", a dropped subject: the subject of the latest sentence in this
 * block that names someone (its first name, outside quotes), else the last speaker, else the last
 * person mentioned.
 */
function resolvePronoun(ctx: Context, word: string, at: number, via: Attribution['via']): Attribution {
  // "the 45-year-old", "der 61-Jährige": whoever the page gave that age.
  const age = AGE_IN_DESCRIPTION.exec(word);
  const aged = age ? personAged(ctx, age[1]!, at) : null;
  if (aged) return { person: aged, mention: word, kind: 'pronoun', via, position: at };
  const lo = firstNameIndex(ctx.names, at);
  // Sentence by sentence backwards through this block: the first person-like name of a sentence
  // (someone with a role or who speaks elsewhere) wins over places, teams and prizes.
  const lowerWord = word.toLowerCase();
  // A description's article carries a gender too: "la actriz", "die Ärztin", "le préfet", "el técnico".
  const wanted = pronounGender(lowerWord) ?? (/^(?:le|el|der)\s/.test(lowerWord) ? 'm' : /^(?:la|die)\s/.test(lowerWord) ? 'f' : null);
  // A known gender that contradicts the pronoun rules a person out.
  const fits = (p: Person | null): boolean => !p || !wanted || genderOf(p) === null || genderOf(p) === wanted;
  // Only people stand behind a pronoun: not "the United Nations" or "the Deutscher Buchpreis".
  const personal = (p: Person): boolean => fits(p) && !p.quotedOnly && (isPersonLike(p) || ctx.speakerish.has(p));
  // (Also a dropped subject: "“…”, expresó." after "Una mujer que pidió no ser identificada contó …".)
  // (A dropped subject after "Ella lo cuenta …" is a woman: not the man who spoke unnamed before.)
  const chained = !wanted && word === '' && ctx.lastUnnamed ? subjectPronounBefore(ctx, at) : null;
  const chainedGender = chained ? pronounGender(chained.word.toLowerCase()) : null;
  if ((wanted || word === '') && (unnamedJustIntroduced(ctx, at) || bodyJustBefore(ctx, at) || previousParagraphAboutNobody(ctx, at) || unnamedSpokeLast(ctx, at, wanted ?? chainedGender))) return { person: null, mention: word, kind: 'anonymous', via, position: at };
  // "The chief executive of Wessmoor Water has apologised for what she called …": the pronoun's own
  // sentence opens with an office, whose holder (named before or just after) it stands for.
  if (wanted) {
    const own = sentenceStart(ctx.text, at, ctx.blockStart);
    const subject = own < at ? subjectFrom(ctx, own, at) : null;
    if (subject && subject.kind === 'role' && subject.person && fits(subject.person) && !insideQuote(ctx, subject.position)) return { person: subject.person, mention: word, kind: 'pronoun', via, position: at };
  }
  let fallback: Person | null = null;
  // "The interior minister said … that she … “…,” she said": a sentence opening with a role is as
  // good a subject as one opening with a name.
  const roleSubject = recentRoleSubject(ctx, at, fits);
  let i = lo - 1;
  let sentences = 0;
  let sentencesNamingPeople = 0;
  while (i >= 0 && ctx.names[i].start >= ctx.blockStart && sentences < 6) {
    const from = sentenceStart(ctx.text, ctx.names[i].start, ctx.blockStart);
    if (roleSubject && roleSubject.position >= from) return { person: roleSubject.person, mention: word, kind: 'pronoun', via, position: at };
    // "She urged Justice Pereira to reject … “…,” she said": a sentence whose subject is already a
    // pronoun of the same gender hands it on to that pronoun's antecedent, not to its object.
    if (wanted && from < at && opensWithPronoun(ctx, from, wanted)) {
      while (i >= 0 && ctx.names[i].start >= from) i--;
      sentences++;
      continue;
    }
    let best: Person | null = null;
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
      if (!p && !fallback && !sentencesNamingPeople && m.words.length === 1 && ((isGivenName(m.words[0]) && (!wanted || givenNameGender(m.words[0]) === wanted)) || (!isGivenName(m.words[0]) && UNKNOWN_NAME_DESCRIBED.test(ctx.text.slice(m.end, m.end + 12))))) {
        return { person: null, mention: word, kind: 'anonymous', via, position: at };
      }
      if (!p || !personal(p)) continue;
      // Person-like: has a role, speaks elsewhere, is the sentence's subject ("Banks was gracious."),
      // or is the only one the pronoun's gender fits.
      const subjectPosition = inSubjectPosition(ctx, from, m.start);
      if (ctx.speakerish.has(p) || p.roles.length > 0 || subjectPosition || (wanted && genderOf(p) === wanted)) best = p;
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
  const previousBlock = ctx.blockStart > 2 ? ctx.text.lastIndexOf('\n\n', ctx.blockStart - 3) + 2 : ctx.blockStart;
  if (i >= 0 && ctx.names[i].start < ctx.blockStart && (!ctx.lastSpeaker || ctx.names[i].start > ctx.lastSpeaker.at)) {
    for (; i >= 0 && ctx.names[i].start >= previousBlock && (!ctx.lastSpeaker || ctx.names[i].start > ctx.lastSpeaker.at); i--) {
      const m = ctx.names[i];
      if (insideQuote(ctx, m.start) || isOrganisationName(m.words)) continue;
      const p = ctx.people.resolveName(m);
      // Across a paragraph break a gendered pronoun needs a person known to have that gender.
      if (!p || !personal(p) || p === ctx.lastSpeaker?.person || (wanted && genderOf(p) !== wanted)) continue;
      if (inSubjectPosition(ctx, sentenceStart(ctx.text, m.start, previousBlock), m.start)) return { person: p, mention: word, kind: 'pronoun', via, position: at };
    }
  }
  // The same with a role as that paragraph's subject: "The prime minister's speech … He repeated …".
  if (ctx.blockStart > 2 && (!ctx.lastSpeaker || ctx.lastSpeaker.at < previousBlock)) {
    const role = recentRoleSubject({ ...ctx, blockStart: previousBlock }, ctx.blockStart - 2, (p) => fits(p) && (!wanted || genderOf(p) !== null || isPersonLike(p)));
    if (role && (!ctx.lastSpeaker || role.person !== ctx.lastSpeaker.person) && !namesPersonIn(ctx, lo, ctx.blockStart)) {
      return { person: role.person, mention: word, kind: 'pronoun', via, position: at };
    }
  }
  // "…, Irene Muskego. / “…,” the 63-year-old told CBC News": a description (not a pronoun) is
  // more likely someone just introduced than the last speaker.
  // (A description of a person, not an office: "the coach added" after "a late goal from Kai Havertz"
  // is still the coach. And only someone the page introduces, not an object in passing.)
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
  let gendered = wanted ? ctx.people.lastMentioned(at, (p) => personal(p) && genderOf(p) === wanted) : null;
  // "son of Albert Amberley, a farmer … he told an interviewer": someone named once in passing is
  // not who "he" means when the page is about another man named again and again.
  if (gendered && wanted) {
    const main = ctx.people.mostMentionedBefore(at, (p) => personal(p) && genderOf(p) === wanted);
    if (main && main.person !== gendered && main.mentions >= 3 && gendered.mentions.filter((m) => m < at).length === 1) gendered = main.person;
  }
  const person = fallback ?? recent ?? gendered ?? ctx.people.lastMentioned(at, personal) ?? ctx.people.mostSalient(personal);
  return { person, mention: word, kind: 'pronoun', via, position: at };
}

/** The name at `at` introduces its person: the sentence's subject, "X, who …", "X, 58,", or after a copula ("Among them was the chief’s sister, Irene Muskego"). */
function introducedAt(ctx: Context, at: number): boolean {
  const from = sentenceStart(ctx.text, at, 0);
  const name = nameAt(ctx.names, at);
  const after = name ? ctx.text.slice(name.end, name.end + 12) : '';
  return inSubjectPosition(ctx, from, at) || /^,\s+(?:who|quien|qui)\s|^,\s+\d{1,2},/u.test(after) || /\b(?:was|were|is|are|war|était|fue|era)\s+(?:[^.;:!?“”"«»,]{0,60},\s*)?$/u.test(ctx.text.slice(from, at));
}

const AGE_IN_DESCRIPTION = /\b(\d{1,3})(?:-(?:year-old|jährige[rn]?)\b|\s+(?:años|ans)\b)/i;

/** The person named before `at` with that age beside their name ("Angela Hargrove, 45,", "Kessler (58)", "45-year-old Angela Hargrove"). */
function personAged(ctx: Context, age: string, at: number): Person | null {
  let ages = agesOf.get(ctx.people);
  if (!ages) {
    // Once per page: every name with an age beside it, in page order.
    ages = new Map();
    for (const m of ctx.names) {
      const given = AGE_AFTER_NAME.exec(ctx.text.slice(m.end, m.end + 20)) ?? AGE_BEFORE_NAME.exec(ctx.text.slice(Math.max(0, m.start - 60), m.start));
      const p = given ? ctx.people.resolveName(m) : null;
      if (!given || !p || !isPersonLike(p)) continue;
      const list = ages.get(given[1]!) ?? [];
      list.push({ at: m.start, person: p });
      ages.set(given[1]!, list);
    }
    agesOf.set(ctx.people, ages);
  }
  let found: Person | null = null;
  for (const entry of ages.get(age) ?? []) if (entry.at < at) found = entry.person;
  return found;
}
const agesOf = new WeakMap<People, Map<string, { at: number; person: Person }[]>>();
const AGE_AFTER_NAME = /^(?:,\s*|\s*\()(?:de\s+)?(\d{1,3})(?:\s*(?:ans|años|Jahre|years old))?[,)]/;
const AGE_BEFORE_NAME = /\b(\d{1,3})-(?:year-old|jährige[rn]?)\s+(?:\p{Ll}+\s+)?$/u;

/** Someone the reporter says is not named: "who declined to give her name", "sous couvert d’anonymat". */
const ANONYMITY = /\b(?:(?:only|nur) (?:(?:his|her|seinen|ihren) )?(?:first name|Vornamen)|gave (?:his|her|their) (?:first )?name only as|gave only (?:his|her|their) first name|(?:identified|known) (?:in court )?only as|declined to (?:be (?:identified|named)|give (?:his|her|their) (?:full |last )?name)|asked not to be (?:named|identified)|(?:did not|didn['’]t) want to be (?:named|identified)|on (?:the )?condition of anonymity|requested anonymity|sous couvert d['’]anonymat|(?:a|ont) requis l['’]anonymat|garder l['’]anonymat|pidió no ser (?:identificad[oa]|nombrad[oa])|pidió (?:el )?anonimato|pidió reserva de su (?:nombre|identidad)|bajo condición de anonimato|anonym bleiben|(?:seinen|ihren) Namen nicht (?:nennen|veröffentlicht))/i;

/**
 * "One long-serving fitter, who asked not to be named, was blunter. “…,” he said.": the sentence
 * before the pronoun's opens with someone unnamed and names nobody, so that is who "he" is.
 */
function unnamedJustIntroduced(ctx: Context, at: number): boolean {
  const own = sentenceStart(ctx.text, at, ctx.blockStart);
  if (own <= ctx.blockStart) return false;
  return aboutSomeoneUnnamed(ctx, sentenceStart(ctx.text, own - 1, ctx.blockStart), own);
}

/** The sentence text[from, to) opens with someone unnamed ("One fitter", "Eine Pflegekraft") or keeps them anonymous, and names nobody. */
function aboutSomeoneUnnamed(ctx: Context, from: number, to: number): boolean {
  const sentence = ctx.text.slice(from, to);
  // A sentence inside someone's quote ("A lot of ice.”) is their words, not the reporter's.
  const first = from + sentence.search(/\S|$/);
  if (insideQuote(ctx, first) || /^[“"«„‘]/.test(ctx.text.slice(first, first + 1))) return false;
  const anonymous = ANONYMITY.test(sentence);
  if (!anonymous && !INDEFINITE_LEAD.test(sentence)) return false;
  const lead = ctx.tokens.firstAtOrAfter(from);
  const noun = ctx.tokens.get(lead + 1);
  if (!anonymous && (!noun || NON_PERSON_NOUN.test(noun.word))) return false;
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
    // "seinen Vornamen Andreas": a German noun before the first name is no name of its own.
    if (n.words.length === 2 && !isGivenName(n.words[0]) && isGivenName(n.words[1])) continue;
    return false;
  }
  return true;
}

/**
 * "A volunteer, who did not want to be named, said …" / "Sharon, who asked that her surname not be
 * used, said …" ending the paragraph before one that opens “…,” she said: that nobody again.
 */
function previousParagraphAboutNobody(ctx: Context, at: number): boolean {
  const own = sentenceStart(ctx.text, at, ctx.blockStart);
  if (/\S/.test(ctx.text.slice(ctx.blockStart, own)) || ctx.blockStart < 2) return false;
  const previousEnd = ctx.blockStart - 2;
  const previousStart = ctx.text.lastIndexOf('\n\n', previousEnd - 1) + 2;
  const last = sentenceStart(ctx.text, previousEnd - 1, previousStart);
  const saved = ctx.blockStart;
  ctx.blockStart = previousStart;
  try {
    return openedByFirstNameOnly(ctx, last, previousEnd) || aboutSomeoneUnnamed(ctx, last, previousEnd);
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
  const previousBlock = ctx.blockStart > 2 ? ctx.text.lastIndexOf('\n\n', ctx.blockStart - 3) + 2 : 0;
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
  for (let k = ctx.tokens.firstAtOrAfter(previous); k < ctx.tokens.length && ctx.tokens.get(k).start < own; k++) {
    if (isVerbToken(ctx.tokens.get(k).word)) return true;
  }
  return false;
}

const SUBJECT_PRONOUN_START = /(?:^|[.!?]\s+|,\s+)(he|she|il|elle|er|sie|él|ella)\s+\p{Ll}/giu;

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
  // (The last 800 characters: a long paragraph of quotes would otherwise be read again for each one.)
  const sentenceAfter = at - 800 > ctx.blockStart ? ctx.text.indexOf('. ', at - 800) : -1;
  const start = sentenceAfter >= 0 && sentenceAfter < at ? sentenceAfter + 2 : ctx.blockStart;
  const span = ctx.text.slice(start, at);
  let found: { word: string; at: number } | null = null;
  for (const m of span.matchAll(SUBJECT_PRONOUN_START)) {
    const pos = start + m.index! + m[0].indexOf(m[1]!);
    if (!insideQuote(ctx, pos)) found = { word: m[1]!, at: pos };
  }
  return found;
}

/** Words that, after a name, start a phrase about it rather than its verb. */
const AFTER_NAME_NOT_VERB = /^(?:of|de|du|des|del|von|vom|der|die|das|di|da|and|et|und|y|e|or|ou|oder|o|who|qui|que|der|die|welche|quien|which|whose)$/i;

/** `m` follows a comma-ended opening phrase and is followed by a word that is not a preposition or conjunction: the main clause's subject. */
function isClauseSubject(ctx: Context, from: number, m: NameMention): boolean {
  const before = ctx.text.slice(from, m.start);
  if (!/,\s*$/.test(before)) return false;
  const after = /^ (\p{Ll}[\p{L}'’-]*)/u.exec(ctx.text.slice(m.end, m.end + 40));
  return !!after && !AFTER_NAME_NOT_VERB.test(after[1]);
}

/** "Petra Oslund, 34, a nurse, said she had …": the name is the subject of a reporting verb after its appositions. */
function reportsAfter(ctx: Context, m: NameMention): boolean {
  const after = /^(?:(?:,[^,.;:!?“”"«»]{1,60}?(?=,)){1,3},)?\s+(\p{L}+)/u.exec(ctx.text.slice(m.end, m.end + 160));
  return !!after && isVerbToken(after[1]!);
}

/** Whether the name at `pos` is the subject opening its sentence ("Puis Olivier Dambrine a …"), not an object ("signée Inès Verhaegen"). */
function opensSentence(ctx: Context, pos: number): boolean {
  return inSubjectPosition(ctx, sentenceStart(ctx.text, pos, ctx.blockStart), pos);
}

/** Whether `p` is named at the very start of the sentence from `from`. */
function subjectAt(ctx: Context, from: number, p: Person | null): boolean {
  if (!p) return false;
  const first = ctx.names.find((n) => n.start >= from && n.start < from + 60);
  return !!first && inSubjectPosition(ctx, from, first.start) && ctx.people.resolveName(first) === p;
}

/** Whether "a/an/one … <head>" introduced someone unnamed in the 600 characters before `at`. */
function introducedUnnamed(ctx: Context, head: string, at: number): boolean {
  return unnamedIntroductionAt(ctx, head, at) >= 0;
}

/** Where "a/an/one … <head>" introduced someone unnamed in the 600 characters before `at`, or -1. */
function unnamedIntroductionAt(ctx: Context, head: string, at: number): number {
  const from = Math.max(0, at - 600);
  let pattern = unnamedIntroduction.get(head);
  if (!pattern) {
    const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not an office's former or next holder ("a former mayor"), nor Spanish/French "a" before an
    // article ("pidió ayuda a la ministra").
    pattern = new RegExp(`(?:^|[\\s,;])(?:an?(?!\\s+(?:la|le|el|los|las|les|l['’]))|one|another|un|une|ein|eine|einer|una?|otr[oa]|weiterer?)\\s+(?!(?:former|ex|deputy|vice|acting|new|ancien|ancienne|nouveau|nouvelle|ehemalige[rn]?|neue[rn]?)\\s)(?:[\\p{L}’'-]+\\s+){0,3}${escaped}(?![\\p{L}])`, 'giu');
    unnamedIntroduction.set(head, pattern);
  }
  const window = ctx.text.slice(from, at);
  pattern.lastIndex = 0;
  let last = -1;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) last = from + m.index;
  return last;
}
const unnamedIntroduction = new Map<string, RegExp>();

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
  const name = nameAt(ctx.names, next);
  if (!name || name.start !== next || name.words.length < 2) return null;
  const person = ctx.people.resolveName(name);
  return person && isPersonLike(person) && (person.mentions[0] ?? Infinity) >= next ? person : null;
}

// Offices (and the one on trial) a page names by their title alone when they belong to its main
// person: "The mayor of Bramport calls her job…" in a standfirst, "the prime minister" in a story
// about Sir Keir Starmer, "a répondu le prévenu" in a court report about him.
const HELD_BY_MAIN_PERSON = /(?:^|\s)(?:prime minister|premier ministre|president|premier|chancellor|governor|mayor|intendente|senator|ambassador|maire|présidente?|presidente?a?|kanzler(?:in)?|bundeskanzler(?:in)?|bürgermeister(?:in)?|alcaldes?a?|defendant|prévenue?|accusée?|angeklagter?|acusad[oa]|coach|manager|entrenador|técnico|sélectionneur|entraîneur|trainer|skipper|captain|capitaine|capitán|kapitän)$/i;

/** The holder of an office nobody on the page was given: the person the page names most, if it names them often. */
function officeHolderByDefault(ctx: Context, role: string): Person | null {
  return HELD_BY_MAIN_PERSON.test(role) ? pageMainPerson(ctx) : null;
}

const mainPersonOf = new WeakMap<People, Person | null>();

/** The person the whole page names most, if it names them at least three times (found once per page). */
function pageMainPerson(ctx: Context): Person | null {
  let main = mainPersonOf.get(ctx.people);
  if (main === undefined) {
    const most = ctx.people.mostMentionedBefore(Number.MAX_SAFE_INTEGER, isPersonLike);
    main = most && most.mentions >= 3 ? most.person : null;
    mainPersonOf.set(ctx.people, main);
  }
  return main;
}

/** Whether a person-like name outside quotes sits between `from` and the name at index `before` (names are sorted). */
function namesPersonIn(ctx: Context, before: number, from: number): boolean {
  for (let k = before - 1; k >= 0 && ctx.names[k].start >= from; k--) {
    const name = ctx.names[k];
    if (insideQuote(ctx, name.start)) continue;
    const person = ctx.people.resolveName(name);
    if (person && isPersonLike(person)) return true;
  }
  return false;
}

/** The person behind a role description opening one of the last three sentences of this block before `at` ("The defence minister …"). */
function recentRoleSubject(ctx: Context, at: number, fits: (p: Person) => boolean): { person: Person; position: number } | null {
  const { text, tokens } = ctx;
  let pos = at;
  for (let n = 0; n < 3 && pos > ctx.blockStart; n++) {
    const from = sentenceStart(text, pos, ctx.blockStart);
    let first = tokens.firstAtOrAfter(from);
    // "Roosevelt’s message, which he sent …": a possessive name opening the sentence.
    const opener = tokens.get(first);
    const possessive = opener && opener.start < at ? /^(\p{Lu}[\p{L}-]+)['’]s$/u.exec(opener.word) : null;
    if (possessive) {
      const person = ctx.people.byWord(possessive[1], opener!.start);
      if (person && isPersonLike(person) && fits(person)) return { person, position: from };
    }
    // "Interrogée sur ces critiques, la ministre …", "Cuestionado al respecto, el edil …": past an opening phrase.
    const opening = /^[^,.;:!?“”"«»]{3,60},\s/u.exec(text.slice(from, Math.min(at, from + 64)));
    if (opening && !DETERMINERS.has(tokens.get(first)?.word.toLowerCase() ?? '')) first = tokens.firstAtOrAfter(from + opening[0].length);
    const t = tokens.get(first);
    // "The 58-year-old retired teacher has swum here since 2014": an age describes someone just named.
    const age = t && t.start < at && DETERMINERS.has(t.word.toLowerCase()) ? tokens.get(first + 1) : undefined;
    if (age && age.start < at && AGE_WORD.test(age.word) && !insideQuote(ctx, t!.start)) {
      const person = ctx.people.lastMentioned(t!.start, (p) => (isGivenName(p.parts[0]) || ctx.speakerish.has(p)) && !p.quotedOnly && fits(p));
      if (person) return { person, position: from };
    }
    // (Not a sentence inside a quotation: "“The CM talks about tourists …?” he asked.")
    // ("her Honour said …": the judge, named by a possessive.)
    if (t && t.start < at && (DETERMINERS.has(t.word.toLowerCase()) || (POSSESSIVES.has(t.word.toLowerCase()) && /^honou?r$/i.test(tokens.get(first + 1)?.word ?? ''))) && !insideQuote(ctx, t.start)) {
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

/** "selon lui", "según ella", "laut ihr", "according to him": the subject pronoun each stands for. */
const OBJECT_PRONOUN: Record<string, string> = { lui: 'il', elle: 'elle', él: 'él', ella: 'ella', ihm: 'er', ihr: 'sie', him: 'he', her: 'she' };

/** Collective subjects: "the opposition denounces", "l’opposition dénonce", "Kritiker sprechen von". */
const AUXILIARY = /^(?:had|has|have|was|is|would|will|also|then|later|ha|han|hat|hatte|a|avait)$/i;
const CLITIC = /^(?:les|le|la|lui|leur|se|me|te|nos|os|ihnen|ihm|ihr|them|him|her|us)$/i;
const SPOKESPERSON = /^(?:spokes(?:man|woman|person)|porte-parole|portavoz|vocer[oa]|sprecher(?:in)?|pressesprecher(?:in)?)$/i;

/** The people around someone: "allies of", "friends of", "proches de", "el entorno de", "Vertraute von". */
const CIRCLE = /^(?:allies|friends|aides|colleagues|supporters|relatives|family|associates|advisers|advisors|proches|amis|conseillers|entourage|collaborateurs|allegados|amigos|colaboradores|entorno|asesores|freunde|vertraute|berater|umfeld)$/i;
const GROUP_SUBJECT = /^(?:(?:l['’])?opposition|oposición|opposition|critics|critiques|kritiker|críticos|opponents|unions?|syndicats?|gewerkschaften?|sindicatos?|residents|riverains|anwohner|vecinos|activists|militants|aktivisten|activistas|campaigners|experts|experten|expertos|economists|économistes|ökonomen|economistas|analysts|analystes|analysten|analistas|opposants|gauche|droite|linke|izquierda|derecha|sources|fuentes|quellen|aides|allies|insiders|officials|funcionarios|responsables)$/i;

/** Subject of reporting verb at token `v`: looks left over adverbs/auxiliaries, then right (inverted). */
function subjectOfVerb(ctx: Context, v: number, from: number, to: number, via: Attribution['via'], inverted: boolean): Attribution | null {
  const verb = ctx.tokens.get(v).word;
  // "the leader of the country’s biggest union described …": an office with its "of" phrase.
  const office = officeWithComplementBefore(ctx, v, from);
  if (office !== null) return roleMention(ctx, office, via);
  // "la regidora saliente acusa", "le maire sortant dénonce": an office with an adjective after it.
  const beforeAdjective = ctx.tokens.get(v - 2);
  if (beforeAdjective && beforeAdjective.start >= from && v >= 3 && isRoleHead(beforeAdjective.word) && /^\p{Ll}+$/u.test(ctx.tokens.get(v - 1).word) && !isVerbToken(ctx.tokens.get(v - 1).word) && DETERMINERS.has(ctx.tokens.get(v - 3).word.toLowerCase()) && /^\s+$/.test(ctx.text.slice(beforeAdjective.end, ctx.tokens.get(v).start).replace(ctx.tokens.get(v - 1).word, ''))) {
    return roleMention(ctx, v - 2, via);
  }
  const before = ctx.tokens.get(v - 1);
  // "the minister’s office said": an office's owner does not speak.
  const owner = ctx.tokens.get(v - 2);
  if (before && owner && owner.start >= from && /['’]s$/.test(owner.word) && isRoleHead(owner.word.slice(0, -2)) && speaksForHolder(ctx, v - 2, v - 2)) {
    return { person: null, mention: ctx.text.slice(owner.start, before.end), kind: 'anonymous', via, position: owner.start };
  }
  if (before && before.start >= from && GROUP_SUBJECT.test(before.word) && /^\s+$/.test(ctx.text.slice(before.end, ctx.tokens.get(v).start))) {
    return { person: null, mention: ctx.text.slice(before.start, before.end), kind: 'anonymous', via, position: before.start };
  }
  if (ATTACHED_PRONOUN.test(verb)) return resolvePronoun(ctx, verb, ctx.tokens.get(v).start, via);
  // "… a Ignacio Valdebenito, que reconoce su derrota": a subject relative clause's verb has the name before it.
  // ("…, who allegedly said": adverbs may sit between.)
  let r = v - 1;
  while (r > 0 && ctx.tokens.get(r).start >= from && /ly$/.test(ctx.tokens.get(r).word) && BETWEEN.has(ctx.tokens.get(r).word.toLowerCase())) r--;
  const relative = ctx.tokens.get(r);
  if (r >= 1 && relative.start >= from && /^(?:que|qui|who)$/i.test(relative.word) && /,\s*$/.test(ctx.text.slice(ctx.tokens.get(r - 1).end, relative.start))) {
    const antecedent = mentionEndingAt(ctx, r - 1, via);
    if (antecedent?.person && antecedent.kind === 'name') return antecedent;
    // "la meta de superávit, que calificó de «innegociable»": an object relative in Spanish drops
    // its subject, who is the person the sentence is about.
    if (!antecedent && /(?:ó|aron|ieron)$/.test(verb)) {
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
      if (DETERMINERS.has(ctx.tokens.get(d).word.toLowerCase())) return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(d).start, ctx.tokens.get(k).end), ctx.tokens.get(d).start, via);
      if (!/^\p{Ll}+$/u.test(ctx.tokens.get(d).word)) break;
    }
  }
  // "justifie-t-on à Matignon": the impersonal "on", nobody named.
  if (/-(?:t-)?on$/i.test(verb)) return { person: null, mention: verb, kind: 'anonymous', via, position: ctx.tokens.get(v).start };
  // "…», a-t-elle ajouté": the pronoun rides on the auxiliary before the verb.
  const auxiliary = ctx.tokens.get(v - 1);
  if (auxiliary && auxiliary.start >= from && ATTACHED_PRONOUN.test(auxiliary.word)) return resolvePronoun(ctx, auxiliary.word, auxiliary.start, via);
  let last = v - 1;
  // "Sen. Dale R. Whitcombe (R-Kan.) said": the subject is before the parenthesis.
  if (last > 0 && /\)\s*$/.test(ctx.text.slice(ctx.tokens.get(last).end, ctx.tokens.get(v).start))) {
    const open = ctx.text.lastIndexOf('(', ctx.tokens.get(last).start);
    if (open >= from && ctx.tokens.get(v).start - open < 40) last = ctx.tokens.firstAtOrAfter(open) - 1;
  }
  for (let k = last, steps = 0; k >= 0 && ctx.tokens.get(k).start >= from && steps < 4; k--, steps++) {
    const gap = ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k + 1).start);
    if (/[“”"«»„‘’‚]/.test(gap)) break;
    if (gap.includes(',')) {
      // "The 29-year-old, who made 71 … by Pryce-Jenkins, added": a relative clause, whose last
      // name is not the subject; the subject is before it.
      const relative = relativeClauseStart(ctx, k, from);
      if (relative !== null) {
        const subject = relative > 0 ? mentionEndingAt(ctx, relative - 1, via) ?? describedSubject(ctx, relative - 1, via) : null;
        if (subject) return subject;
        break;
      }
      // "A senior MP, Damien Ravel, told": the name right before the comma; else skip an appositive ("Kranz, father of two, says").
      // ("Awan, flanked by Maj Gen Kamran Rafiq, said": a phrase about company, not an apposition.)
      const direct = inCompanyPhrase(ctx, k, from) ? null : mentionEndingAt(ctx, k, via);
      if (direct && direct.kind !== 'anonymous') return direct;
      for (let j = k - 1; j >= 0 && j >= k - 20 && ctx.tokens.get(j).start >= from; j--) {
        const g = ctx.text.slice(ctx.tokens.get(j).end, ctx.tokens.get(j + 1).start);
        if (/[“”"«»„.;:]/.test(g)) break;
        if (g.includes(',')) {
          // "Rafiq, who spoke after the minister, gave an account, saying": not the relative clause's "minister".
          const relative = relativeClauseStart(ctx, j, from);
          if (relative !== null) {
            const subject = relative > 0 ? mentionEndingAt(ctx, relative - 1, via) : null;
            if (subject?.person && isGivenName(subject.person.parts[0])) return subject;
            break;
          }
          const found = mentionEndingAt(ctx, j, via);
          if (found) return found;
          // "The 19-year-old, from Preston, said": a definite description of someone named before.
          const described = describedSubject(ctx, j, via);
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
    let found = mentionEndingAt(ctx, k, via);
    // "El hijo de Carmen Lozano ha criticado": her son, not her.
    if (found?.person && found.kind === 'name') {
      const firstOfName = ctx.tokens.firstAtOrAfter(found.position);
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
    // "Rukhsana Baloch of the Awami Insaf Party accused": the person before the body they belong to.
    if (found && !found.person && found.kind === 'anonymous') {
      const bodyStart = ctx.tokens.firstAtOrAfter(found.position);
      let of = bodyStart - 1;
      if (of > 0 && DETERMINERS.has(ctx.tokens.get(of).word.toLowerCase())) of--;
      const member = of > 0 && ctx.tokens.get(of).start >= from && OF_WORD.test(ctx.tokens.get(of).word) ? mentionEndingAt(ctx, of - 1, via) : null;
      if (member?.person) found = member;
    }
    // "Allies of the chancellor said", "des proches de la ministre": the group around them speaks.
    if (found && found.person) {
      const firstOfMention = ctx.tokens.firstAtOrAfter(found.position);
      const of = ctx.tokens.get(firstOfMention - 1);
      const group = ctx.tokens.get(firstOfMention - 2);
      if (of && group && group.start >= from && OF_WORD.test(of.word) && (GROUP_SUBJECT.test(group.word) || CIRCLE.test(group.word))) {
        return { person: null, mention: ctx.text.slice(group.start, ctx.tokens.get(k).end), kind: 'anonymous', via, position: group.start };
      }
    }
    if (found) return found;
    const w = ctx.tokens.get(k).word.toLowerCase();
    // An interviewer's question: "you said in 2021 that “…”" is the person interviewed, who is the page's main person.
    // ("Il vous décrit comme « … »": after a subject pronoun, "vous" is the object.)
    if (ADDRESSEE.test(w) && k > 0 && PRONOUNS.has(ctx.tokens.get(k - 1).word.toLowerCase()) && ctx.tokens.get(k - 1).start >= from) return resolvePronoun(ctx, ctx.tokens.get(k - 1).word, ctx.tokens.get(k - 1).start, via);
    if (ADDRESSEE.test(w)) return { person: pageMainPerson(ctx), mention: ctx.tokens.get(k).word, kind: 'pronoun', via, position: ctx.tokens.get(k).start };
    // "the 67-year-old dairy farmer said": an age and a modifier before the noun.
    if (k > 2 && DETERMINERS.has(ctx.tokens.get(k - 3).word.toLowerCase()) && /^\d+-(?:year-old|jährige[rn]?)$/i.test(ctx.tokens.get(k - 2).word) && /^\p{Ll}+$/u.test(ctx.tokens.get(k - 1).word) && /^\p{Ll}+$/u.test(w) && !NON_PERSON_NOUN.test(w)) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 3).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 3).start, via);
    }
    // "Cet ancien cadre bancaire dit", "This former banker says": a demonstrative description of someone just named.
    for (let m = 1; m <= 3 && k - m >= 0 && ctx.tokens.get(k - m).start >= from; m++) {
      if (!DEMONSTRATIVE.test(ctx.tokens.get(k - m).word)) {
        if (!/^\p{Ll}+$/u.test(ctx.tokens.get(k - m).word) || isVerbToken(ctx.tokens.get(k - m).word)) break;
        continue;
      }
      if (/^\p{Ll}/u.test(ctx.tokens.get(k).word) && !NON_PERSON_NOUN.test(w) && !/[^s]s$/.test(w)) {
        return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - m).start, ctx.tokens.get(k).end), ctx.tokens.get(k - m).start, via);
      }
      break;
    }
    // "the 19-year-old said": a definite description of someone already named (not the object of
    // a preposition: "who beat him in the primary called").
    if (k > 0 && DETERMINERS.has(ctx.tokens.get(k - 1).word.toLowerCase()) && !(k > 1 && PHRASE_PREPOSITION.test(ctx.tokens.get(k - 2).word)) && (PERSON_NOUN.test(w) || (/^\p{Ll}/u.test(ctx.tokens.get(k).word) && !/[^s]s$/.test(w) && !NON_PERSON_NOUN.test(w) && !BETWEEN.has(w)))) {
      return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 1).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 1).start, via);
    }
    // "El ingeniero forestal indicó", "le jeune élu a dit": a noun and an adjective opening the sentence.
    if (steps === 0 && k > 1 && DETERMINERS.has(ctx.tokens.get(k - 2).word.toLowerCase()) && ctx.tokens.get(k - 2).start >= from && (PERSON_NOUN.test(ctx.tokens.get(k - 1).word) || isRoleHead(ctx.tokens.get(k - 1).word)) && [k - 1, k].every((j) => /^\p{Ll}+$/u.test(ctx.tokens.get(j).word) && !NON_PERSON_NOUN.test(ctx.tokens.get(j).word) && !BETWEEN.has(ctx.tokens.get(j).word.toLowerCase()) && !isVerbToken(ctx.tokens.get(j).word) && !/[^s]s$/.test(ctx.tokens.get(j).word)) && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(k - 2).end, ctx.tokens.get(k - 1).start) + ctx.text.slice(ctx.tokens.get(k - 1).end, ctx.tokens.get(k).start)) && /^[\s\p{L}]*$/u.test(ctx.text.slice(sentenceStart(ctx.text, ctx.tokens.get(k - 2).start, ctx.blockStart), ctx.tokens.get(k - 2).start)) && inSubjectPosition(ctx, sentenceStart(ctx.text, ctx.tokens.get(k - 2).start, ctx.blockStart), ctx.tokens.get(k - 2).start)) {
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
  // "dijo a este periódico Pilar Aizpurúa", "said to reporters Jane Doe": past the listener to the speaker.
  if (!LISTENER_START.test(ctx.tokens.get(v + 1)?.word ?? '')) return null;
  // The listener right after the preposition is not the speaker ("dijo a Pasión Redonda").
  for (let k = v + 3; k <= v + 5 && k < ctx.tokens.length && ctx.tokens.get(k).start < to; k++) {
    // "reconoció ante este diario un funcionario que pidió no ser identificado": someone unnamed.
    if (INDEFINITE_ARTICLE.test(ctx.tokens.get(k).word) && k + 1 < ctx.tokens.length && /^\p{Ll}/u.test(ctx.tokens.get(k + 1).word)) return unnamedFrom(ctx, k, via);
    const named = nameAt(ctx.names, ctx.tokens.get(k).start);
    // "ha precisado a preguntas de Cebrián": the one asking, not the one answering.
    if (named && named.start === ctx.tokens.get(k).start) return OF_WORD.test(ctx.tokens.get(k - 1).word) ? null : resolveNameMention(ctx, named, via);
  }
  return null;
}

/** Nouns for what someone said, which the reporter can hang a clause on: "a charge X denied". */
const QUOTE_NOUN = /^(?:charge|claim|remark|comment|description|phrase|term|word|accusation|label|characteri[sz]ation|allegation|suggestion|jibe|swipe|barb)s?$/i;
/**
 * Index of the role head in "the <role> of <a few words> <verb at v>" (the office's holder is the
 * subject), or null. No punctuation between the role and the verb.
 */
function officeWithComplementBefore(ctx: Context, v: number, from: number): number | null {
  for (let k = v - 2; k >= v - 8 && k > 0 && ctx.tokens.get(k - 1).start >= from; k--) {
    if (/[,;:“”"«»„]/.test(ctx.text.slice(ctx.tokens.get(k).end, ctx.tokens.get(k + 1).start))) return null;
    if (!OF_WORD.test(ctx.tokens.get(k + 1).word) || !isRoleHead(ctx.tokens.get(k).word) || !DETERMINERS.has(ctx.tokens.get(k - 1).word.toLowerCase())) continue;
    // The words between "of" and the verb are a plain noun phrase: no verb, no name of a person.
    for (let j = k + 2; j < v; j++) if (isVerbToken(ctx.tokens.get(j).word) || nameAt(ctx.names, ctx.tokens.get(j).start)) return null;
    return k;
  }
  return null;
}

const PHRASE_PREPOSITION = /^(?:in|at|on|from|into|during|after|before|over|under|with|for|by|of|dans|sur|pendant|après|avant|avec|pour|par|im|am|auf|bei|mit|nach|vor|während|von|vom|zum|zur|en|con|por|para|del|al|desde|durante|tras|sobre)$/i;
const OF_WORD = /^(?:of|from|by|de|del|des|du|von|vom)$/i;
const LISTENER_START = /^(?:a|al|à|au|aux|to|an|dem|der|ante)$/i;
const PREPOSITION = /^(?:con|with|a|al|to|avec|à|mit|zu|para|for|por|par|by|von|against|contra|contre|gegen|sobre|about|de|of)$/i;

const RELATIVE_PRONOUN = /^(?:who|whose|which|qui|que|dont|lequel|laquelle|der|die|das|welcher|welche|quien|quienes|cuyo|cuya)$/i;

/** Index of the token before ", who … ," when the clause ending at token `end` is a relative clause set off by commas. */
const COMPANY_WORD = /^(?:flanked|accompanied|joined|surrounded|alongside|beside|with|together|flanquée?|accompagnée?|entourée?|aux|acompañad[oa]|junto|flankiert|begleitet|neben)$/i;

/** Whether the comma phrase ending at token `end` opens with "flanked by", "accompanied by", "alongside". */
function inCompanyPhrase(ctx: Context, end: number, from: number): boolean {
  for (let j = end; j > end - 12 && j > 0 && ctx.tokens.get(j).start >= from; j--) {
    if (ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start).includes(',')) return COMPANY_WORD.test(ctx.tokens.get(j).word);
  }
  return false;
}

/**
 * Whether the verb at token `v`, after the quote at `open`, introduces the next quote instead
 * ("CM Sahu calls BJSP 'tourist party', Parihar says '…'"): it runs straight into that quote, and
 * the words before this quote already have a reporting verb of their own.
 */
function introducesNextQuote(ctx: Context, v: number, open: number, nextOpen: number, blockStart: number, blockEnd: number): boolean {
  // (Right before it, or opening the reported clause that holds it: "Petersen forderte, die Regierung müsse „…“".)
  if (nextOpen >= blockEnd || !/^(?:[\s:,]*|,[^.!?;“”"«»„]{1,100})$/.test(ctx.text.slice(ctx.tokens.get(v).end, nextOpen))) return false;
  const from = sentenceStart(ctx.text, open, blockStart);
  for (let k = ctx.tokens.firstAtOrAfter(open) - 1; k >= 0 && ctx.tokens.get(k).start >= from; k--) if (isVerbToken(ctx.tokens.get(k).word)) return true;
  return false;
}

function relativeClauseStart(ctx: Context, end: number, from: number): number | null {
  for (let j = end; j > end - 30 && j > 0 && ctx.tokens.get(j).start >= from; j--) {
    const gap = ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start);
    // (A nickname quoted inside the clause does not end it: "Tremlett, who has been nicknamed “the Accountant” by …, said".)
    if (/[.;:!?]/.test(gap) || (/[“”"«»„]/.test(gap) && !insideQuote(ctx, ctx.tokens.get(j).start) && !insideQuote(ctx, ctx.tokens.get(j - 1).start) && !/^\s*[“”"«»„]\s*$/.test(gap))) return null;
    if (gap.includes(',')) return RELATIVE_PRONOUN.test(ctx.tokens.get(j).word) ? j : null;
  }
  return null;
}


/** Someone's relative ("El hijo de Carmen Lozano"): the one other person with that surname, or someone unnamed. */
function relativeOf(ctx: Context, of: Person, mention: string, at: number, via: Attribution['via']): Attribution {
  const surname = of.parts[of.parts.length - 1];
  const kin = ctx.people.persons.filter((p) => p !== of && isPersonLike(p) && p.parts.length >= 2 && p.parts[p.parts.length - 1] === surname);
  return kin.length === 1 ? { person: kin[0], mention, kind: 'role', via, position: at } : { person: null, mention, kind: 'anonymous', via, position: at };
}

/** A relative pronoun that is its clause's subject: the name before it is who the clause is about. */
const SUBJECT_RELATIVE = /^(?:who|qui|quien)$/i;

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
  for (let j = end - 1; j > end - 12 && j > 0 && ctx.tokens.get(j).start >= from; j--) {
    if (/[“”"«»„.,;:!?()]/.test(ctx.text.slice(ctx.tokens.get(j).end, ctx.tokens.get(j + 1).start))) return null;
    if (SUBJECT_RELATIVE.test(ctx.tokens.get(j).word)) return ctx.tokens.get(j - 1).start >= from && /^\s+$/.test(ctx.text.slice(ctx.tokens.get(j - 1).end, ctx.tokens.get(j).start)) ? j : null;
  }
  return null;
}

/** "the 29-year-old" ending at token `k`: a definite description of someone already named. */
function describedSubject(ctx: Context, k: number, via: Attribution['via']): Attribution | null {
  const w = ctx.tokens.get(k).word.toLowerCase();
  // "La Tchèque, demi-finaliste ici l’an dernier, a évoqué …": a nationality for someone named before.
  // (Not where every noun is capitalised: "Das Orchester" is no nationality.)
  const nationality = !ctx.capitalisedNouns && NATIONALITY.test(ctx.tokens.get(k).word) && !ctx.people.byWord(ctx.tokens.get(k).word, ctx.tokens.get(k).start);
  if (k > 0 && DETERMINERS.has(ctx.tokens.get(k - 1).word.toLowerCase()) && (PERSON_NOUN.test(w) || nationality)) {
    return resolvePronoun(ctx, ctx.text.slice(ctx.tokens.get(k - 1).start, ctx.tokens.get(k).end), ctx.tokens.get(k - 1).start, via);
  }
  return null;
}

/** A reporting clause set off inside the quote by commas or dashes, with the speaker named after the verb. */
function attributionInside(ctx: Context, open: number, close: number): Attribution | null {
  const { text, tokens } = ctx;
  const last = tokens.firstAtOrAfter(close);
  for (let k = tokens.firstAtOrAfter(open + 1); k < last; k++) {
    // Cheap test first (this visits every word of every quote): the clause must follow a comma or dash.
    if (!afterCommaOrDash(text, tokens.get(k).start, open)) continue;
    let v = k;
    // French auxiliary or reflexive pronoun: ", a admis X" / ", a-t-il dit" / ", se félicite X".
    if (/^(?:a|ha|hat|se)$/i.test(tokens.get(k).word) && k + 1 < last) v = k + 1;
    // ", a-t-elle ajouté": the pronoun rides on the auxiliary.
    if (ATTACHED_PRONOUN.test(tokens.get(k).word) && k + 1 < last && isVerbToken(tokens.get(k + 1).word)) {
      const who = resolvePronoun(ctx, tokens.get(k).word, tokens.get(k).start, 'after');
      if (who.person) return who;
    }
    if (!isVerbToken(tokens.get(v).word)) continue;
    const who = ATTACHED_PRONOUN.test(tokens.get(v).word) ? resolvePronoun(ctx, tokens.get(v).word, tokens.get(v).start, 'after') : mentionStartingAt(ctx, v + 1, close, 'after');
    if (who && who.kind !== 'anonymous') return who;
  }
  return null;
}

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
  return isReportingVerb(t.word) || /^(?:warning|saying|adding|arguing|insisting|noting|calling|describing|urging|claiming|stressing|telling)$/i.test(t.word);
}

/** Words that may precede a sentence's subject: "The", "Mr", "El". */
const SUBJECT_PREFIX = /^(?:the|el|la|le|les|los|las|der|die|das|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme)$/i;

const OPENING_PARTICIPLE = /^(?:asked|questioned|pressed|challenged|interrogée?s?|questionnée?s?|preguntad[oa]s?|cuestionad[oa]s?|consultad[oa]s?|gefragt|angesprochen)$/i;

/** Conjunctions that may open a sentence before its subject: "But he had another line". */
const OPENING_CONJUNCTION = /^(?:but|and|so|yet|still|then|mais|et|puis|aber|und|doch|pero|y|luego)$/i;

function inSubjectPosition(ctx: Context, from: number, at: number): boolean {
  // "Back in Tromsdal, Halvorsen-Pike is packing", "Back on Kerrigan Street, Ms Nash has pinned":
  // the subject (with its title) after an opening phrase.
  const before = ctx.text.slice(from, at);
  if (OPENING_PHRASE_ONLY.test(before)) return true;
  const titled = TRAILING_TITLE.exec(before);
  if (titled && isTitleWord(titled[1]) && OPENING_PHRASE_ONLY.test(before.slice(0, titled.index))) return true;
  let words = ctx.text.slice(from, at).trim().split(/\s+/).filter(Boolean);
  if (words.length > 0 && OPENING_CONJUNCTION.test(words[0].replace(/,$/, ''))) words = words.slice(1);
  if (words.length === 0 || (words.length === 1 && SUBJECT_PREFIX.test(words[0]))) return true;
  // "President Joe Biden", "The hospital's chief executive": titles before the name.
  if (words.length <= 3 && words.every((w) => SUBJECT_PREFIX.test(w) || isTitleWord(w))) return true;
  // "Sein Nachfolger Marco Steinhauer", "Betriebsratschefin Petra Lindemann": German nouns before a name are capitalised.
  return ctx.capitalisedNouns === true && words.length <= 2 && words.every((w) => /^\p{Lu}[\p{Ll}-]*$/u.test(w));
}


const TRAILING_TITLE = /(?<=,\s*)(\p{L}+\.?)\s+$/u;
const PLACE_BEFORE_TITLE = [1, 2].map((n) => new RegExp(`^(?:\\p{Lu}[\\p{Ll}'’-]+\\s+){${n}}(\\p{Lu}\\p{Ll}+)(?=\\s\\p{Lu})`, 'u'));
// ("Quelques heures plus tôt, sur le même court, Hugo Marchand avait …": two opening phrases.)
const OPENING_PHRASE_ONLY = /^\s*(?:[^,.;:!?“”"«»‘’()\n]{3,60},\s*){1,2}$/u;

/** "NEW YORK (AP) — ", "COPENHAGEN, March 12 (MNA) - ", "ISLAMABAD: ": a dateline before the first sentence. */
const OPENING_ADVERBIAL = /^(?:At|On|In|In a statement|After|Before|During|Speaking|Later|Earlier|Outside|Inside|En|À|Dans|Après|Lors|Am|Im|Beim|Nach|Durante|Tras|Después)\s[^,.;:!?“”"«»\n]{1,70},\s+/u;
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]{2,40}(?:,[^—–()\n:]{0,30})?(?:\([^)\n]{1,20}\))?(?:\s*[—–-]|:)\s+/u;

function sentenceSubject(ctx: Context, from: number, to: number): Attribution | null {
  const subject = subjectFrom(ctx, from, to);
  if (subject) return subject;
  // "Asked how he would celebrate, Okafor grinned: “…”": the subject after an opening phrase.
  while (from < to && /\s/.test(ctx.text[from])) from++;
  const opening = /^[^,.;:!?“”"«»‘’()]{3,80},\s+(?=\p{Lu}|(?:he|she|il|elle|er|sie|él|ella|the|el|la|le|der|die)\s|[lL]['’]\p{L})/u.exec(ctx.text.slice(from, Math.min(to, from + 90)));
  return opening ? subjectFrom(ctx, from + opening[0].length, to) : null;
}

const SUBORDINATE_OPENING = /^(?:When|As|After|Before|While|If|Although|Though|Because|Since|Once|Until|Quand|Lorsque|Alors que|Cuando|Mientras|Aunque|Als|Wenn|Nachdem|Während|Obwohl)\s[^.;:!?“”"«»„]{3,160}?,\s+(he|she|il|elle|él|ella|er|sie)(?=\s+\p{Ll})/u;
// (Case matters: a capital must open a word, or "He is now number one" would lose its subject.)
const RANKING_BEFORE_NAME = /^(?:(?:[Tt]he|\p{Lu}\p{Ll}+|[Ww]orld|[Tt]op|[Ff]ourth|[Tt]hird|[Ss]econd|[Ff]irst|\d+(?:st|nd|rd|th))\s+){0,3}(?:[Nn]umber one|[Nn]o\. ?1|[Ss]eed)\s+(?=\p{Lu})/u;

function subjectFrom(ctx: Context, from: number, to: number): Attribution | null {
  while (from < to && /\s/.test(ctx.text[from])) from++;
  const dateline = DATELINE.exec(ctx.text.slice(from, Math.min(to, from + 90)));
  if (dateline) from += dateline[0].length;
  // "At the UN on Wednesday, the French president …": the subject follows an opening adverbial.
  const adverbial = OPENING_ADVERBIAL.exec(ctx.text.slice(from, Math.min(to, from + 90)));
  if (adverbial) from += adverbial[0].length;
  // "C’est là que Gérard Santoni, son premier entraîneur, l’avait surnommée": a cleft before the subject.
  const cleft = /^(?:C['’]est (?:là|alors|ainsi|donc|pourquoi) qu['’e]\s*|Fue entonces cuando\s+|Fue ahí donde\s+)/u.exec(ctx.text.slice(from, Math.min(to, from + 40)));
  if (cleft) from += cleft[0].length;
  // "Mallowa Shire Mayor Rhiannon Todd welcomed": a place or body before the title.
  const opening = ctx.text.slice(from, Math.min(to, from + 60));
  for (const pattern of PLACE_BEFORE_TITLE) {
    const body = pattern.exec(opening);
    if (body && isTitleWord(body[1]) && nameAt(ctx.names, from + body[0].length + 1)) {
      from += body[0].length - body[1].length;
      break;
    }
  }
  // "When the mechanic, a man named Luis Ferreira, had finished, she thanked him and said": after a
  // subordinate clause, the main clause's pronoun is the subject, not a name inside the clause.
  const subordinate = SUBORDINATE_OPENING.exec(ctx.text.slice(from, Math.min(to, from + 200)));
  if (subordinate) return resolvePronoun(ctx, subordinate[1]!, from + subordinate[0].length - subordinate[1]!.length, 'sentence');
  // "British number one Imogen Ashdale", "Fourth seed Katarina Vellmar": a ranking run into the name.
  const ranking = RANKING_BEFORE_NAME.exec(ctx.text.slice(from, Math.min(to, from + 60)));
  if (ranking) from += ranking[0].length;
  const first = ctx.tokens.firstAtOrAfter(from);
  for (let k = first; k < ctx.tokens.length && ctx.tokens.get(k).start < to && k < first + 3; k++) {
    const t = ctx.tokens.get(k);
    if (!inSubjectPosition(ctx, from, t.start)) return null;
    if (PRONOUNS.has(t.word.toLowerCase())) return resolvePronoun(ctx, t.word, t.start, 'sentence');
    // "Lui préfère parler de « cohérence »": French stresses the subject pronoun.
    if (k === first && /^lui$/i.test(t.word) && /^\s+\p{Ll}/u.test(ctx.text.slice(t.end, t.end + 3))) return resolvePronoun(ctx, 'il', t.start, 'sentence');
    // "Mon père répétait : « … »", "My mother used to say": the speaker's own relative, unnamed.
    if (k === first && /^(?:my|mon|ma|mein|meine|mi)$/i.test(t.word) && isKinWord(ctx.tokens.get(k + 1)?.word ?? '')) {
      return { person: null, mention: ctx.text.slice(t.start, ctx.tokens.get(k + 1).end), kind: 'anonymous', via: 'sentence', position: t.start };
    }
    // "Ihr Mann ergänzt: „…“", "Her husband added": the relation.
    if (k === first && POSSESSIVES.has(t.word.toLowerCase()) && isKinWord(ctx.tokens.get(k + 1)?.word ?? '')) {
      const kin = kinMention(ctx, k, k + 1, 'sentence');
      if (kin.person) return kin;
    }
    // "Her editor, Judith Sammer, recalls": the name in apposition to the opening description.
    if (k === first && (DETERMINERS.has(t.word.toLowerCase()) || POSSESSIVES.has(t.word.toLowerCase()))) {
      for (let h = k + 1; h <= k + 10 && h + 1 < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        if (!/^\)?\s*,\s*$/.test(ctx.text.slice(ctx.tokens.get(h).end, ctx.tokens.get(h + 1).start))) continue;
        // ("Son entraîneur, l’Australien Mark Dellaway, …": a nationality elided into its article first.)
        // ("Le médiateur de l’URAO, l’ancien Premier ministre Théodore Agbodjan, …": an office first.)
        let descriptor = /^[lL]['’]\p{Lu}/u.test(ctx.tokens.get(h + 1).word) && h + 2 < ctx.tokens.length ? 1 : 0;
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
      for (let h = k + 1; h <= k + 3 && h < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        const name = nameAt(ctx.names, ctx.tokens.get(h).start);
        if (name && name.start === ctx.tokens.get(h).start && name.words.length >= 2) {
          const who = resolveNameMention(ctx, name, 'sentence');
          if (who?.person) return who;
        }
        if (!/^\p{Ll}+$/u.test(ctx.tokens.get(h).word)) break;
      }
    }
    // "The French president reached for …": a definite role description of someone named before
    // (or, indefinite, "A federal judge …" named in the next paragraph).
    if (DETERMINERS.has(t.word.toLowerCase()) || (k === first && INDEFINITE_ARTICLE.test(t.word))) {
      for (let h = k + 1; h <= k + 3 && h < ctx.tokens.length && ctx.tokens.get(h).start < to; h++) {
        if (isRoleHead(ctx.tokens.get(h).word) && /^[\s\p{L}'’-]*$/u.test(ctx.text.slice(t.end, ctx.tokens.get(h).start))) {
          const who = roleMention(ctx, h, 'sentence');
          // ("Un dirigente del oficialismo, que pidió reserva de su nombre, relativizó": someone unnamed.)
          return who && (who.person || (who.kind === 'anonymous' && k === first && INDEFINITE.test(t.word))) ? who : null;
        }
      }
    }
    // "Una fuente cerca del plantel le contó …", "One fund manager puts it": someone not named.
    // (Not "Une accusation reprise par Jean-Pierre Lacombe": a passive's agent is the one speaking.)
    if (k === first && (INDEFINITE.test(t.word) || (/^an?$/i.test(t.word) && PERSON_NOUN.test(ctx.tokens.get(k + 1)?.word ?? ''))) && /^\p{Ll}/u.test(ctx.tokens.get(k + 1)?.word ?? '') && !NON_PERSON_NOUN.test(ctx.tokens.get(k + 1)?.word ?? '') && !/\s(?:par|by|por|von)\s/.test(ctx.text.slice(t.end, sentenceEnd(ctx.text, t.end, ctx.text.length)))) return unnamedFrom(ctx, k, 'sentence');
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
 * Attribution for the quote text[open, close] inside block [blockStart, blockEnd): first the words
 * right after the closing mark, then the sentence before the opening mark, then a colon lead-in.
 */
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
  // Inside: « Je dois…, a admis Aubriac, … » / “Sé que…—dijo el alcalde—, pero …”.
  const inside = attributionInside(ctx, open, close);
  if (inside) return inside;
  // A caption that quotes first and names the speaker after a colon: „…“: Chefärztin Henrike
  // Osterwald im Schockraum. In a headline the name after the colon is the news, not the speaker
  // (“This one's for the old-timers”: Okafor double ends…): there the body says who spoke.
  const colonAfter = ctx.blockIsHeading ? null : /^[\s\u00a0]*:\s+/.exec(text.slice(close + 1, close + 6));
  if (colonAfter && /^[\s\u00a0—–-]*$/.test(text.slice(blockStart, open))) {
    const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(close + 1 + colonAfter[0].length), blockEnd, 'after');
    if (who?.person) return who;
  }
  // After: “…,” said X / “…,” X said / “…,” the minister told reporters.
  // A quote that ends its sentence (“… .” She then …) has no attribution after it.
  // (Spanish, French and German put the full stop after the mark: «…». La frase …)
  // (« … venu. » keeps a space inside the mark.)
  const endsSentence = (/[.!?…][\s\u00a0\u202f]?$/.test(text.slice(Math.max(0, close - 2), close)) && /^\s+\p{Lu}/u.test(text.slice(close + 1, close + 3))) || /^[.!?]\s+\p{Lu}/u.test(text.slice(close + 1, close + 4));
  // …unless that next sentence is only the attribution: “… .” Asif said. / “… !” She told reporters.
  if (endsSentence) {
    const tag = attributionSentenceAfter(ctx, close, blockEnd, nextOpen);
    if (tag) return tag;
  }
  let afterEnd = endsSentence ? close + 1 : Math.min(sentenceEnd(text, close + 1, blockEnd), nextOpen);
  // "… „Buchhaltertricks“ vor – Wendland kontert": a spaced dash starts another clause; so do a
  // semicolon ("…'; Election Commission issues notices") and "even as", "while", "whereas".
  const otherClause = /\s[–—]\s|;|,\s+(?:even as|while|whereas|alors que|tandis que|mientras que|während)\s/.exec(text.slice(close + 1, afterEnd));
  if (otherClause) afterEnd = close + 1 + otherClause.index;
  let deferred: Attribution | null = null;
  let i = tokens.firstAtOrAfter(close + 1);
  for (let n = 0; i < tokens.length && tokens.get(i).start < afterEnd && n < 8; i++, n++) {
    // “…,” soupirait une passagère / resume una catedrática / a voter said: someone unnamed.
    // “…” and urged talks: a second predicate of the sentence's own subject, not an attribution.
    if (n === 0 && COORDINATORS.has(tokens.get(i).word.toLowerCase()) && hasNonPersonSubject(ctx, open)) break;
    // “…” and says the mayor has…: a second verb of the sentence's own subject, whose object
    // clause ("the mayor has") is no speaker.
    // "“…” y les pidió …": an object pronoun may sit between.
    const nextVerb = CLITIC.test(tokens.get(i + 1)?.word ?? '') || AUXILIARY.test(tokens.get(i + 1)?.word ?? '') ? i + 2 : i + 1;
    // "“…” but asked not to be named": the speaker is kept anonymous.
    if (n === 0 && COORDINATORS.has(tokens.get(i).word.toLowerCase()) && ANONYMITY.test(text.slice(tokens.get(i).end, afterEnd))) return unnamedFrom(ctx, i + 1, 'after');
    if (n === 0 && COORDINATORS.has(tokens.get(i).word.toLowerCase()) && tokens.get(nextVerb) && tokens.get(nextVerb).start < afterEnd && isVerbToken(tokens.get(nextVerb).word)) {
      const subject = subjectOfSentenceAt(ctx, open);
      if (subject) return { ...subject, via: 'after' };
    }
    // "“…”, a charge Okafor dismissed as …": a phrase about the words, whose verb is someone else's reply.
    if (n === 0 && /^(?:a|an|the)$/i.test(tokens.get(i).word) && QUOTE_NOUN.test(tokens.get(i + 1)?.word ?? '')) break;
    // "„…“, hieß es in einer Mitteilung": an impersonal "it was said", nobody named.
    if (n <= 2 && /^(?:hieß|hiess|heißt|heisst)$/i.test(tokens.get(i).word) && /^es$/i.test(tokens.get(i + 1)?.word ?? '')) return unnamedFrom(ctx, i, 'after');
    // Only as the subject of a reporting verb next to it: "auch eine Zusammenarbeit" is no speaker.
    if (n <= 3 && INDEFINITE.test(tokens.get(i).word) && [tokens.get(i - 1), tokens.get(i + 1), tokens.get(i + 2), tokens.get(i + 3)].some((t) => t && t.start < afterEnd && t.start > close && isVerbToken(t.word))) return unnamedFrom(ctx, i, 'after');
    // "CM Sahu calls BJSP 'tourist party', Parihar says 'countdown has begun'": a verb that
    // introduces the next quote, after words that already have a verb of their own, is the next quote's.
    if (isVerbToken(tokens.get(i).word) && introducesNextQuote(ctx, i, open, nextOpen, blockStart, blockEnd)) break;
    if (isVerbToken(tokens.get(i).word) && !ATTRIBUTING_WORD.test(tokens.get(i).word)) {
      // "„…“ prüfen, auch mit den Nachbarn, kündigte die Bürgermeisterin an": a verb opening a clause after a comma comes before its subject.
      const afterComma = i > 0 && /,\s*$/.test(text.slice(tokens.get(i - 1).end, tokens.get(i).start));
      const who = subjectOfVerb(ctx, i, close + 1, afterEnd, 'after', n <= 2 || afterComma);
      if (who) return who;
      if (n <= 2 && INDEFINITE.test(tokens.get(i + 1)?.word ?? '')) return unnamedFrom(ctx, i + 1, 'after');
      // "«…», reconocen esas mismas fuentes", "said officials": a group speaks, nobody named.
      for (let g = i + 1; n <= 2 && g <= i + 3 && g < tokens.length && tokens.get(g).start < afterEnd; g++) {
        if (GROUP_SUBJECT.test(tokens.get(g).word)) return unnamedFrom(ctx, g, 'after');
        if (nameAt(ctx.names, tokens.get(g).start)) break;
      }
      // "un « chiche ! » lancé depuis les gradins", "a “Shame!” shouted from the gallery": words
      // someone uttered, named only by "par"/"by" after the participle.
      // (A past participle only: "called it a “disgrace,” adding", "Es una «vergüenza», añadió" are the subject's.)
      if (n === 0 && /(?:é|ée|és|ées|ed|ado|ada|ido|ida)$/.test(tokens.get(i).word) && INDEFINITE_ARTICLE.test(tokens.get(tokens.firstAtOrAfter(open) - 1)?.word ?? '') && /^\s*$/.test(text.slice(tokens.get(tokens.firstAtOrAfter(open) - 1).end, open))) {
        const agent = /^(?:par|by|por|von)$/i.test(tokens.get(i + 1)?.word ?? '') ? mentionStartingAt(ctx, i + 2, afterEnd, 'after') : null;
        return agent ?? unnamedFrom(ctx, i, 'after');
      }
      // Verb right after the quote with no subject: a dropped subject (“…”, declaró.) or anonymous.
      if (n <= 1) return resolvePronoun(ctx, '', tokens.get(i).start, 'after');
      const unnamed: Attribution = { person: null, mention: '', kind: 'anonymous', via: 'after', position: tokens.get(i).start };
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
      const j = tokens.get(i).word.toLowerCase() === 'according' ? i + 2 : i + 1;
      const objectPronoun = OBJECT_PRONOUN[tokens.get(j)?.word.toLowerCase() ?? ''];
      if (objectPronoun) return resolvePronoun(ctx, objectPronoun, tokens.get(j)!.start, 'after');
      const who = mentionStartingAt(ctx, j, afterEnd, 'after');
      if (who) return who;
      // "…, selon le staff médical": said by someone no one named, unless the sentence itself names a speaker.
      if (tokens.get(i).word.toLowerCase() !== 'pour' && tokens.get(j) && tokens.get(j).start < afterEnd) {
        deferred = unnamedFrom(ctx, j, 'after');
        break;
      }
    }
  }
  // Comma-separated appositive subject: “…,” Asif, the defence minister, said.
  const firstAfter = tokens.firstAtOrAfter(close + 1);
  if (!deferred && firstAfter < tokens.length && tokens.get(firstAfter).start < afterEnd) {
    const lead = mentionStartingAt(ctx, firstAfter, afterEnd, 'after');
    if (lead && lead.kind !== 'pronoun') {
      for (let k = firstAfter + 1; k < tokens.length && tokens.get(k).start < afterEnd && k < firstAfter + 14; k++) {
        if (!isVerbToken(tokens.get(k).word)) continue;
        // (Not when that verb introduces the next quote and these words have a verb of their own.)
        if (introducesNextQuote(ctx, k, open, nextOpen, blockStart, blockEnd)) break;
        return lead;
      }
    }
  }

  // Before, same sentence: X said (that) “…” / According to X, “…” / X told reporters: “…”.
  const from = Math.max(sentenceStart(text, open, blockStart), prevClose + 1);
  const lead = text.slice(from, open);
  const firstBefore = tokens.firstAtOrAfter(from);
  const lastBefore = tokens.firstAtOrAfter(open) - 1;
  // "un comunicado en el que advirtió que … «…»", "a letter in which …", "Darin heißt es:": the
  // document's words, nobody named.
  const sentenceLead = text.slice(sentenceStart(text, open, blockStart), open);
  const inDocument = IN_DOCUMENT.exec(sentenceLead);
  // ("Hollis issued a statement in which he said “…”": a named author's document is theirs.)
  const author = inDocument ? sentenceSubject(ctx, open - sentenceLead.length, open) : null;
  const namedAuthor = author?.kind === 'name' && !!author.person && (isGivenName(author.person.parts[0]) || author.person.roles.length > 0 || ctx.speakerish.has(author.person));
  if (inDocument && !namedAuthor) {
    return { person: null, mention: inDocument[0], kind: 'anonymous', via: 'before', position: open - sentenceLead.length + inDocument.index };
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
  // "Pour Martine Caussade, cheffe du groupe « Val Citoyen », le projet est un « … »": an
  // "according to" opening the sentence holds across a label quoted on the way.
  if (from > sentenceStart(text, open, blockStart)) {
    const opening = tokens.firstAtOrAfter(sentenceStart(text, open, blockStart));
    const w = tokens.get(opening)?.word.toLowerCase();
    if (w === 'according' || w === 'selon' || w === 'laut' || w === 'según' || w === 'pour' || w === 'for') {
      const who = mentionStartingAt(ctx, w === 'according' ? opening + 2 : opening + 1, open, 'before');
      if (who && who.kind === 'name') return who;
    }
  }
  let anonymous: Attribution | null = null;
  for (let k = lastBefore; k >= firstBefore; k--) {
    const w = tokens.get(k).word.toLowerCase();
    // "… et de ce qui, selon lui, menace …: « … »": "according to him".
    if ((w === 'selon' || w === 'según' || w === 'laut') && OBJECT_PRONOUN[tokens.get(k + 1)?.word.toLowerCase() ?? '']) {
      return resolvePronoun(ctx, OBJECT_PRONOUN[tokens.get(k + 1)!.word.toLowerCase()]!, tokens.get(k + 1)!.start, 'before');
    }
    // ("Pour X, …" and "Para X, …" only open a sentence: "Consultante pour France Télévisions" is no source.)
    if (w === 'according' || w === 'selon' || w === 'laut' || w === 'según' || ((w === 'pour' || w === 'para') && k === firstBefore)) {
      const who = mentionStartingAt(ctx, w === 'according' ? k + 2 : k + 1, open, 'before');
      if (who) return who;
    }
    // "Asked how he would celebrate, Okafor grinned:": an opening participle is not the sentence's verb.
    if (k === firstBefore && OPENING_PARTICIPLE.test(tokens.get(k).word)) continue;
    // "she had been told to" is passive; "has been telling anyone" is not.
    if (k > firstBefore && PASSIVE_AUX.has(tokens.get(k - 1).word.toLowerCase()) && !/ing$/i.test(tokens.get(k).word)) continue;
    // "Ante una pregunta sobre …": a reporting verb's form after an indefinite article is a noun
    // (not "la"/"le": French object pronouns sit there, "la dénonce").
    if (k > firstBefore && /^(?:una|un|une|an|eine|ein)$/i.test(tokens.get(k - 1).word) && /^\p{Ll}/u.test(tokens.get(k).word) && !/ing$/.test(tokens.get(k).word)) continue;
    // "the policy, announced with much fanfare last year, had become": a participle describing a noun.
    if (k > firstBefore && /ed$/.test(tokens.get(k).word) && /,\s*$/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start)) && /^(?:with|by|in|on|at|last|earlier|for|to|during|after|before)$/i.test(tokens.get(k + 1)?.word ?? '')) continue;
    if (isVerbToken(tokens.get(k).word) || isGerundAfterComma(ctx, k)) {
      // "…, antwortete der Minister knapp:" / "…, said the coach:": the subject follows the verb.
      const clauseStart = k === firstBefore || /,\s*$/.test(text.slice(tokens.get(k - 1).end, tokens.get(k).start));
      // "Darauf angesprochen, sagte Wendtland, sie nehme … „…“": a verb opening the clause with its subject right after it.
      const following = tokens.get(k + 1);
      const subjectFollows = following !== undefined && following.start < open && nameAt(ctx.names, following.start)?.start === following.start;
      // "In seiner Story schrieb der Stürmer:", "Dann sagte Kessler:": German puts the subject after
      // the verb when anything opens the clause; then only the subject stands between verb and colon.
      const subjectBeforeColon = /:\s*$/.test(lead) && following !== undefined && (DETERMINERS.has(following.word.toLowerCase()) || subjectFollows) && lastBefore - k <= 4;
      const inverted = (clauseStart || (ctx.capitalisedNouns === true && subjectBeforeColon)) && (/:\s*$/.test(lead) || subjectFollows) && !OBJECT_VERBS.test(tokens.get(k).word);
      const who = subjectOfVerb(ctx, k, from, open, 'before', inverted);
      if (who) return who;
      // "Ha contado que oyó gritos «…»": a Spanish sentence opening on its perfect tense has dropped
      // its subject, who is the person the text is about.
      const opening = tokens.firstAtOrAfter(sentenceStart(text, open, blockStart));
      if (k === opening + 1 && /^(?:Ha|Han|Había|Habían)$/.test(tokens.get(opening).word) && !subjectFollows) {
        const implicit = resolvePronoun(ctx, '', tokens.get(k).start, 'before');
        if (implicit.person) return implicit;
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
        : COORDINATORS.has(tokens.get(k - 1).word.toLowerCase()) ? k - 1
        : CLITIC.test(tokens.get(k - 1).word) && k - 2 >= firstBefore && COORDINATORS.has(tokens.get(k - 2).word.toLowerCase()) ? k - 2
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
      const sentenceFrom = sentenceStart(text, open, blockStart);
      // "… said Pakistan “…” by the attacks, warning that … “…”": so does a participle after a comma.
      if (sentenceFrom < from && k > 0 && (COORDINATORS.has(tokens.get(k - 1).word.toLowerCase()) || coordinator >= 0 || isGerundAfterComma(ctx, k))) {
        const shared = sentenceSubject(ctx, sentenceFrom, tokens.get(k).start);
        if (shared) return shared;
      }
      anonymous ??= { person: null, mention: '', kind: 'anonymous', via: 'before', position: tokens.get(k).start };
    }
  }
  // "… par le capitaine, Kevin Ramassamy :": a name right before the colon (not "… más directo con Medrano:", its object).
  if (/:\s*$/.test(lead) && lastBefore >= firstBefore) {
    const named = nameAt(ctx.names, tokens.get(lastBefore).start);
    const preposition = named ? tokens.get(tokens.firstAtOrAfter(named.start) - 1) : undefined;
    if (named && /^\s*:\s*$/.test(text.slice(named.end, open)) && !(preposition && preposition.start >= from && PREPOSITION.test(preposition.word))) {
      const who = resolveNameMention(ctx, named, 'colon');
      if (who) return who;
    }
  }
  // "A reader, Margaret, emails:", "L’un d’eux résumait :": an unnamed person introduces the quote.
  if (/:\s*$/.test(lead) && INDEFINITE_LEAD.test(text.slice(sentenceStart(text, open, blockStart), open))) {
    const lead = text.slice(from, open).trim();
    return { person: null, mention: lead.slice(0, lead.search(/[,:]|$/)), kind: 'anonymous', via: 'colon', position: from };
  }
  if (anonymous) return deferred ?? anonymous;
  if (/:\s*$/.test(lead)) {
    // "Asif was blunt: “…”": the sentence's subject; "The striker left a message: “…”": whoever that describes.
    const subject = sentenceSubject(ctx, from, open);
    if (subject) return { ...subject, via: 'colon' };
    // "Mathilde, infirmière de 34 ans, a renoncé à attendre : « … »": someone known by a first name.
    // (Named in the mention, so no earlier speaker is taken to go on.)
    if (openedByFirstNameOnly(ctx, from, open)) return { person: null, mention: text.slice(from, open).trim().replace(/[\s:]+$/, ''), kind: 'anonymous', via: 'colon', position: from };
    const implicit = resolvePronoun(ctx, '', from, 'colon');
    if (implicit.person) return implicit;
  }
  // Only a verb far after the quote ("… « trop timide » et une indiscipline : quatorze pénalités
  // concédées"), which may be no reporting at all: the sentence's own subject is the better guess.
  if (deferred && !deferred.mention) {
    const subject = sentenceSubject(ctx, sentenceStart(text, open, blockStart), open);
    if (subject?.person) return subject;
  }
  return anonymous ?? deferred;
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

/** “… .” followed by a sentence that is only "<speaker> <reporting verb> [when/where/to whom]." */
// “… .” That is Harold Benning, seventy-one, who… / The speaker was Nadia Osterhout / C’était Karim Benali.
const IDENTIFYING_SENTENCE = /^\s+(?:(?:That|This) (?:is|was) how|(?:That|This|It) (?:is|was)|The (?:speaker|voice) (?:is|was)|(?:The|That|This) (?:admission|remark|comment|warning|confession|line|quip|plea) came from|So said|C['’](?:est|était)|C['’]est ce qu['’]a (?:affirmé|déclaré|dit|expliqué|lancé|résumé)|Das (?:ist|war)|(?:Das|So) (?:sagte|erklärte|betonte|meinte|sagt|erklärt|betont|meint)|Mit diesen Worten (?:verabschiedete|reagierte|kommentierte|meldete) sich|(?:Es|Era|Quien habla es|Quien hablaba era)|(?:Así|Eso) lo (?:dijo|explicó|aseguró|afirmó|resumió|ha dicho|ha explicado))\s+/u;

function attributionSentenceAfter(ctx: Context, close: number, blockEnd: number, nextOpen: number): Attribution | null {
  const { text, tokens } = ctx;
  const identifying = IDENTIFYING_SENTENCE.exec(text.slice(close + 1, close + 60));
  if (identifying) {
    const at = close + 1 + identifying[0].length;
    const named = nameAt(ctx.names, at);
    if (named && named.start === at && named.words.length >= 2) {
      const who = resolveNameMention(ctx, named, 'after');
      if (who?.person) return who;
    }
    // ("Das sagte SPD-Fraktionschef Tobias Reindl", "Así lo dijo el alcalde": an office first.)
    const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(at), Math.min(sentenceEnd(text, at, blockEnd), nextOpen), 'after');
    if (who?.person) return who;
  }
  const end = Math.min(sentenceEnd(text, close + 1, blockEnd), nextOpen);
  // "La phrase, lâchée par le porte-parole …", "La frase, que según testigos Ledesma lanzó …": the
  // next sentence is about the words, and names who said them.
  const aboutWords = WORDS_JUST_QUOTED.exec(text.slice(close + 1, close + 40));
  if (aboutWords) {
    const from = close + 1 + aboutWords[0].length;
    const agent = /\s(?:par|by|por|von)\s+/u.exec(text.slice(from, end));
    if (agent) {
      const who = mentionStartingAt(ctx, tokens.firstAtOrAfter(from + agent.index + agent[0].length), end, 'after');
      if (who?.person) return who;
    }
    for (let v = tokens.firstAtOrAfter(from); v < tokens.length && tokens.get(v).start < end; v++) {
      if (!isVerbToken(tokens.get(v).word)) continue;
      const who = subjectOfVerb(ctx, v, from, end, 'after', false);
      if (who?.person) return who;
    }
  }
  const first = tokens.firstAtOrAfter(close + 1);
  let last = first;
  while (last < tokens.length && tokens.get(last).start < end) last++;
  const count = last - first;
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

/** A pronoun standing for the words just quoted, as a reporting verb's object. */
const QUOTED_WORDS_OBJECT = /^(?:das|dies|it|this|ça|cela|eso|esto)$/i;
const COPULA = /^(?:is|was|were|are|sei|war|ist|wäre|est|était|es|era|fue)$/i;

/** A sentence that opens on the words just quoted: "The remark, …", "La phrase, …", "Der Satz …". */
const WORDS_JUST_QUOTED = /^[\s.]*(?:The (?:remark|comment|words|phrase|line)|Those words|These words|La (?:phrase|formule|petite phrase|frase)|Cette (?:phrase|formule)|Ces mots|Esa frase|Esta frase|Las palabras|Der Satz|Die Worte|Diese Worte|Dieser Satz)\b[,\s]*/u;

/** A sentence of its own that names the speaker: the previous sentence ending in ":" (or with a verb and a mention). */
export function attributeFromPreviousSentence(ctx: Context, open: number, searchFrom: number): Attribution | null {
  const { text, tokens } = ctx;
  // Skip back over white space and the previous sentence's terminal punctuation.
  let end = open - 1;
  while (end > searchFrom && /[\s\u201C\u201E"«»‘]/.test(text[end])) end--;
  if (end <= searchFrom) return null;
  if (text[end] !== ':') return null;
  const start = sentenceStart(text, end, searchFrom);
  const first = tokens.firstAtOrAfter(start);
  const last = tokens.firstAtOrAfter(end) - 1;
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

export { isVerbToken };

const NON_PERSON_PRONOUN = /^(?:it|this|es|cela|ceci|ello|esto)$/i;

/** The sentence around `at` opens with "It …", "The report …", "Es …" or a company: a thing, not a person, is speaking. */
export function hasNonPersonSubject(ctx: Context, at: number): boolean {
  let from = sentenceStart(ctx.text, at, ctx.blockStart);
  while (from < at && /\s/.test(ctx.text[from])) from++;
  const adverbial = OPENING_ADVERBIAL.exec(ctx.text.slice(from, Math.min(at, from + 90)));
  if (adverbial) from += adverbial[0].length;
  // "Contacté, le bailleur …", "Asked about it, the company …": a participle opening the sentence.
  const participle = /^\p{L}+(?:\s+\p{Ll}+){0,3},\s+/u.exec(ctx.text.slice(from, Math.min(at, from + 60)));
  if (participle && /(?:é|ée|és|ées|ed|ado|ada|ido|ida|t)$/.test(participle[0].split(/[\s,]/)[0]!)) from += participle[0].length;
  const first = ctx.tokens.firstAtOrAfter(from);
  const t = ctx.tokens.get(first);
  if (!t || t.start >= at) return false;
  // “This is an emergency,” Feld said: the quote's own first word is nobody's subject.
  if (insideQuote(ctx, t.start)) return false;
  if (NON_PERSON_PRONOUN.test(t.word)) return true;
  // "Northvale Power cut the lines “…”": a company or body opens the sentence.
  const name = nameAt(ctx.names, t.start);
  if (name && name.start === t.start && isOrganisationName(name.words)) return true;
  if (!DETERMINERS.has(t.word.toLowerCase())) return false;
  const next = ctx.tokens.get(first + 1);
  if (next !== undefined && next.start < at && NON_PERSON_NOUN.test(next.word)) return true;
  // "le bailleur social Saulnay Habitat indique …": a description, then the body's name.
  for (let k = first + 1; k <= first + 4 && k < ctx.tokens.length && ctx.tokens.get(k).start < at; k++) {
    const named = nameAt(ctx.names, ctx.tokens.get(k).start);
    if (named) return named.start === ctx.tokens.get(k).start && isOrganisationName(named.words);
    if (!/^\p{Ll}/u.test(ctx.tokens.get(k).word)) return false;
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
  const who = sentenceSubject(ctx, sentenceStart(ctx.text, at, ctx.blockStart), at);
  return who?.person ? who : null;
}

/** The subject of the sentence just before the one at `at`, in the same block ("Le sélectionneur a laissé entendre …. « … »"). */
export function subjectOfPreviousSentence(ctx: Context, at: number): Attribution | null {
  const start = sentenceStart(ctx.text, at, ctx.blockStart);
  if (start <= ctx.blockStart) return null;
  const who = sentenceSubject(ctx, sentenceStart(ctx.text, start - 1, ctx.blockStart), start);
  return who?.person ? who : null;
}

/**
 * The sentence before the one at `at` (same block) is about someone unnamed: its subject is known by
 * a first name only ("Kevin, 23 ans, …"), is introduced with "a"/"one"/"eine", or is kept anonymous.
 */
export function previousSubjectIsNobody(ctx: Context, at: number): boolean {
  const start = sentenceStart(ctx.text, at, ctx.blockStart);
  if (start <= ctx.blockStart) return false;
  const previous = sentenceStart(ctx.text, start - 1, ctx.blockStart);
  const who = sentenceSubject(ctx, previous, start);
  // "Elle hausse les épaules" after "glisse Sophie, préparatrice": a pronoun for a nobody.
  if (who) return !who.person && who.kind === 'anonymous' && who.mention !== '';
  return openedByFirstNameOnly(ctx, previous, start) || unnamedJustIntroduced(ctx, at);
}

/** "Au deuxième, Kevin, 23 ans, étudiant, a été réveillé": the sentence from `from` opens with someone known by a first name only. */
function openedByFirstNameOnly(ctx: Context, from: number, to: number): boolean {
  while (from < to && /\s/.test(ctx.text[from])) from++;
  const opening = /^[^,.;:!?“”"«»]{3,80},\s+(?=\p{Lu})/u.exec(ctx.text.slice(from, to));
  for (const at of opening ? [from, from + opening[0].length] : [from]) {
    const name = nameAt(ctx.names, at);
    if (name && name.start === at && name.words.length === 1 && isGivenName(name.words[0]) && !ctx.people.resolveName(name)) return true;
  }
  return false;
}

export function implicitSpeaker(ctx: Context, at: number): Attribution | null {
  const who = resolvePronoun(ctx, '', at, 'sentence');
  return who.person ? who : null;
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
  const name = nameAt(ctx.names, from);
  if (!name || name.start !== from || name.words.length < 2 || name.end >= nextBlockEnd || isOrganisationName(name.words)) return null;
  const person = ctx.people.resolveName(name);
  if (!person || !isPersonLike(person)) return null;
  // Someone met before is being returned to, not introduced as the voice just heard.
  if (!identifying && person.mentions.some((m) => m < nextBlockStart)) return null;
  // "Name, 44, …" / "Name, a nurse, …" / "Name has worked …": the name is the subject of the paragraph's first sentence.
  if (!identifying && !/^(?:,|\s+\p{Ll})/u.test(ctx.text.slice(name.end, name.end + 2))) return null;
  return { person, mention: ctx.text.slice(name.start, name.end), kind: 'name', via: 'after', position: name.start };
}
