// full / fragment / scare: decided from where the quote sits in its sentence and what it holds.
//   full: a sentence or clause on its own (after a colon or comma, at sentence start, or long and complete);
//   fragment: a few quoted words woven into the reporter's sentence and attributed to someone;
//   scare: titles, nicknames, "so-called" terms, irony, and headline words with nobody speaking.

import type { QuoteKind } from '../types';
import { isSpaceCode, isWordChar } from './tokens';

export interface KindInput {
  /** Inner quote text. */
  inner: string;
  /** Sentence text before the opening mark. */
  lead: string;
  /** Sentence text after the closing mark. */
  trail: string;
  /** A speaker was found from a reporting verb, colon or "according to" next to the quote. */
  attributed: boolean;
  /** The block is a heading (headlines quote words without speakers). */
  inHeading: boolean;
  /** The page's language capitalises every noun (German), so a capital says nothing of a title. */
  capitalisedNouns?: boolean;
  /** With no reporting verb, the sentence's subject is still a person ("Osterwald hält das für „lebensgefährlich“"). */
  personSubject?: boolean;
  /** A Title Case heading whose clause names the speaker ("… as Osterberg Says Inflation ‘Not Yet Beaten’"): its capitals are the heading's style. */
  titleCaseSpeakerHeading?: boolean;
}

// The commonest words of each language, counted over a page's first 20,000 characters to judge its language.
export const GERMAN_WORDS = ['der', 'die', 'das', 'und', 'nicht', 'mit', 'sich', 'auch', 'für', 'dem', 'den', 'ist', 'wird'];
export const NOT_GERMAN_WORDS = ['the', 'and', 'of', 'that', 'le', 'la', 'les', 'et', 'el', 'los', 'las', 'que', 'y'];
export const ENGLISH_WORDS = ['the', 'and', 'of', 'that', 'is', 'was', 'with', 'said', 'says'];
export const NOT_ENGLISH_WORDS = ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'el', 'los', 'las', 'que', 'y', 'del', 'der', 'die', 'und'];
const LANGUAGE_LISTS = [GERMAN_WORDS, NOT_GERMAN_WORDS, ENGLISH_WORDS, NOT_ENGLISH_WORDS];
const [GERMAN, NOT_GERMAN, ENGLISH, NOT_ENGLISH] = [0, 1, 2, 3];

/** Each listed word, with the lists it is in (bit i for LANGUAGE_LISTS[i]). */
const LISTS_OF_WORD = new Map<string, number>();
LANGUAGE_LISTS.forEach((list, i) => {
  for (const word of list) LISTS_OF_WORD.set(word, (LISTS_OF_WORD.get(word) ?? 0) | (1 << i));
});
/**
 * Any listed word between \b boundaries. No listed word is a \b-delimited part of another (a test
 * checks it), so its matches are exactly those of one such regex per list, found in one scan.
 */
const ANY_LANGUAGE_WORD = new RegExp(`\\b(?:${[...LISTS_OF_WORD.keys()].join('|')})\\b`, 'g');

/** How often each list's words occur in the text's first 20,000 characters: one scan for all four (a regex scan of the sample each cost about as much). */
export function languageCounts(text: string): readonly number[] {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const counts = LANGUAGE_LISTS.map(() => 0);
  for (const word of sample.match(ANY_LANGUAGE_WORD) ?? []) {
    const lists = LISTS_OF_WORD.get(word)!;
    for (let i = 0; i < counts.length; i++) if (lists & (1 << i)) counts[i]++;
  }
  return counts;
}

/** German text, judged by its commonest words: there a capitalised word is just a noun. */
export function capitalisesNouns(text: string): boolean {
  return germanIn(languageCounts(text));
}
// (A short text, a caption or one paragraph, has few common words: four with none of another
// language's, English ones included, are enough there; an English caption quoting German has some.)
const germanIn = (counts: readonly number[]) => (counts[GERMAN] >= 10 && counts[GERMAN] > 2 * counts[NOT_GERMAN]) || (counts[GERMAN] >= 4 && counts[NOT_GERMAN] === 0 && counts[ENGLISH] === 0);

/** English text, judged by its commonest words: there "a" is an article, never the auxiliary of a French incise. */
export function writesEnglish(text: string): boolean {
  return englishIn(languageCounts(text));
}
const englishIn = (counts: readonly number[]) => counts[ENGLISH] >= 3 && counts[ENGLISH] > 2 * counts[NOT_ENGLISH];

/** Both language questions a page's quotes need, from one count of its commonest words. */
export function pageLanguage(text: string): { capitalisesNouns: boolean; english: boolean } {
  const counts = languageCounts(text);
  const german = germanIn(counts);
  return { capitalisesNouns: german, english: !german && englishIn(counts) };
}

// Words that announce a name or term rather than speech.
const SCARE_LEAD =
  /(?:so-called|so called|dubbed|nicknamed|known as|called|named|termed|branded|labelled|labeled|titled|entitled|the term|the word|the words|the phrase|(?:den |der |das )?(?:begriff|ausdruck|schlagwort)|le terme|le mot|el término|la palabra|the slogan|the hashtag|\b(?:chanting|chanted|chants?|belting out|singing|sang|sing|singt|sangen|skandierten|skandieren|chantaient|scandaient|scandant|coreaba|coreaban|coreando|cantaban|la consigna|le slogan|dem slogan|auf (?:einem|einer|dem|der) (?:[a-zäöüß]+ )?steht)|operation|opération|operación|mit dem titel|unter dem motto|motto|titel|intitulée?s?|titulad[oa]s?|lema|eslogan|banner reading|\breading|the film|the movie|the book|the novel|the song|the album|the show|the series|the play|the documentary|the campaign|the programme|the program|the initiative|the doctrine|the policy|the report|the article|the essay|the headline|sogenannte[nmrs]?|sogenannt|genannt|llamad[oa]s?|denominad[oa]s?|dit|dite|appelée?s?|baptisée?s?|surnommée?s?)\s*$/i;

// Things whose words a quote gives, not a person's. Signs, slogans and chants, right before the quote
// or with the verb of what they read ("One placard read ‘…’", "pancartas que rezaban «…»", "Auf
// einem Transparent der Nordkurve stand „…“"); titles of works and schemes right before it or in
// apposition ("In his 2018 book, “Ice at the Margins”, he argued", "la série « … »").
// ("would not sign “a blank check”": "sign" and "chant" after an auxiliary, a negation or a pronoun are verbs.)
// ("repeated his motto: “…”", "repitió su consigna: «…»": a watchword of one's own is said.)
// (One list per guard below; the screen before the patterns is made from the same lists.)
const SIGN_NOUNS = ['placard', 'placards', 'banner', 'banners', 'poster', 'posters', 'hashtag', 'hashtags', 'inscription', 'inscriptions', 'graffiti', 'pancarte', 'pancartes', 'banderole', 'banderoles', 'panneaux', 'pancarta', 'pancartas', 'carteles', 'banderola', 'banderolas', 'pintada', 'pintadas'];
/** Nouns that are also verbs: "would not sign “a blank check”". */
const VERB_SIGN_NOUNS = ['sign', 'signs', 'chant', 'chants'];
/** Watchwords one may hold as one's own: "repeated his motto: “…”". */
const WATCHWORD_NOUNS = ['slogan', 'slogans', 'motto', 'mottos', 'mottoes', 'lema', 'lemas', 'consigna', 'consignas', 'eslogan', 'eslógan', 'eslóganes', 'esloganes'];
const SIGN_NOUN = String.raw`(?:${SIGN_NOUNS.join('|')}|t-shirts?|(?<!\b(?:to|not|will|would|could|should|must|may|might|can|did|do|does|I|we|you|they|he|she|it)\s)(?:${VERB_SIGN_NOUNS.join('|')})|(?<!\b(?:his|her|my|our|su|sus|son|sa|ses|mon|ma|mes|notre|nos|seine?[nmrs]?|ihre?[nmrs]?|meine?[nmrs]?)\s)(?:${WATCHWORD_NOUNS.join('|')}|mot d['’]ordre))`;
// German nouns and the compounds ending in them ("Firmenslogan"), read with their capital: "transparent" and "replied" are no such nouns.
const GERMAN_SLOGAN_WORDS = ['Werbespruch', 'Wahlspruch'];
const GERMAN_SIGN_NOUN = String.raw`(?:\p{Lu}\p{Ll}*)?(?:(?<=\p{Ll})t|T)ransparent(?:e|en)?|(?:\p{Lu}\p{Ll}*)?(?:(?<=\p{Ll})p|P)lakat(?:e|en)?|(?:\p{Lu}\p{Ll}*)?(?:(?<=\p{Ll})s|S)child(?:er|ern)?|(?:(?<=\p{Ll})a|A)ufschrift|(?:(?<=\p{Ll})s|S)chriftzug|(?:\p{Lu}\p{Ll}*)?(?:(?<=\p{Ll})s|S)logan|(?<!\b(?:seine?[nmrs]?|ihre?[nmrs]?|meine?[nmrs]?|unsere?[nmrs]?)\s)(?:Motto|Parole)|${GERMAN_SLOGAN_WORDS.join('|')}`;
const SIGN_VERB = String.raw`(?:(?:that|which)\s+)?(?:read|reads|reading|saying|proclaimed|proclamait|proclamaient|disait|disaient|rezaba|rezaban|decía|decían|steht|stand|stehen|standen|prangt|prangte|lautet|lautete)(?:\s+simply)?|(?:sur laquelle |sur lesquelles )?on (?:peut|pouvait) lire`;
// (The words between the sign and its verb are the sign's own, "der Nordkurve": not a second clause,
// "held a placard and said: “…”".)
const SIGN_AFTER = String.raw`(?:(?:\s+(?!(?:and|y|e|et|und|or|o|ou|oder|but|pero|mais|aber|while)\s)[\p{L}'’-]+){0,3}?\s+(?:${SIGN_VERB}))?\s*[:,]?\s*$`;
// ("pancartas de “…”", "chants of “…”": of its words right after the noun; not "no sign of “…”", "habló de carteles de «odio»" aside.)
const SIGN_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${SIGN_NOUN}${SIGN_AFTER}|(?:placards?|banners?|chants?|pancartes?|banderoles?|pancartas?|banderolas?)\s+(?:of|de|con)\s*$)`, 'iu');
const GERMAN_SIGN_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${GERMAN_SIGN_NOUN})${SIGN_AFTER}`, 'u');
const TITLE_NOUNS = ['book', 'memoir', 'novel', 'cookbook', 'album', 'song', 'film', 'movie', 'documentary', 'series', 'podcast', 'exhibition', 'play', 'programme', 'program', 'initiative', 'campaign', 'agenda', 'livre', 'roman', 'chanson', 'série', 'émission', 'exposition', 'plan', 'rapport', 'arrêté', 'opération', 'libro', 'novela', 'álbum', 'canción', 'película', 'serie', 'programa', 'exposición', 'informe', 'operación', 'campaña', 'emisora'];
const TITLE_NOUN = `(?:${TITLE_NOUNS.join('|')})`;
// (Compounds only of the nouns no everyday word ends in: not "Mitglied", "Frühstück", "Haushaltsplan".)
const GERMAN_TITLE_ENDS = ['buch', 'roman', 'album', 'film', 'sendung', 'ausstellung', 'programm', 'initiative', 'kampagne', 'bericht'];
const GERMAN_TITLE_NOUNS = ['Buch', 'Band', 'Roman', 'Album', 'Lied', 'Film', 'Serie', 'Sendung', 'Ausstellung', 'Stück', 'Programm', 'Initiative', 'Kampagne', 'Bericht'];
const GERMAN_TITLE_NOUN = String.raw`(?:\p{Lu}\p{Ll}*)?(?:(?<=\p{Ll})(?:${GERMAN_TITLE_ENDS.join('|')})|${GERMAN_TITLE_NOUNS.join('|')})`;
// Right before the quote, or in apposition after an owner or a year ("her 2019 memoir, “…”", "the
// party’s campaign slogan, “…”"): not "Asked about the plan, “We have no choice,” Reed said".
const OWNER_OR_YEAR = String.raw`(?:his|her|their|its|our|my|son|sa|ses|leur|leurs|su|sus|seine?[nmrs]?|ihre?[nmrs]?|\d{4}|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}`;
// (In apposition only a work: "verteidigte ihren Plan, „Schulen schneller zu sanieren“" is what the plan does.)
const WORK_NOUN = String.raw`(?:book|memoir|novel|cookbook|album|song|film|movie|documentary|series|podcast|play|campaign|livre|roman|chanson|série|émission|libro|novela|álbum|canción|película|serie)`;
const GERMAN_WORK_NOUN = String.raw`(?:\p{Lu}\p{Ll}*)?(?:(?<=\p{Ll})(?:buch|roman|album|film|sendung)|Buch|Band|Roman|Album|Lied|Film|Serie|Sendung)`;
const TITLE_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${TITLE_NOUN}\s*|${OWNER_OR_YEAR}${WORK_NOUN},\s*)$`, 'iu');
const GERMAN_TITLE_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${GERMAN_TITLE_NOUN}\s*|${OWNER_OR_YEAR}${GERMAN_WORK_NOUN},\s*)$`, 'u');
/** A verb of calling a few words before the quote: the work named is called what the quote says. */
const CALLS_WORK = /\b(?:called|calls|call|calling|described|describes|branded|deemed|labell?ed|termed|nannte|nennt|nennen|appelle|appelait|qualifi\p{Ll}*|calific\p{Ll}*|llam\p{Ll}*)(?:\s+\S+){1,3}\s*$/iu;
/** A quote shaped like a title: a few words, no sentence's end, not opening on a pronoun ("We have no choice,", "I was terrified"). */
function titleShaped(inner: string): boolean {
  return wordCount(inner, 8) <= 7 && !/[.!?…]["”’»]?$/.test(inner) && !/^(?:I|We|You|He|She|It|They|Je|J['’]|Nous|On|Il|Elle|Ils|Elles|Ich|Wir|Er|Sie|Es|Yo|Él|Ella)\b/.test(inner);
}

// Names something is known by, with words between the naming verb and the quote: "known locally as
// ‘…’", "referred to by locals as the “…”", "what workers simply call “…”", "which residents have
// taken to calling “…”", "que les joueurs appellent pudiquement le « … »", "que los aficionados han
// bautizado como «…»", "nennt sich „…“", "heißt in der Branche „…“", "earning her the nickname “…”".
// (Not "appelle à « … »", "appellent « à la grève »", which call for something; not "heißt es",
// "heißt das", which report or explain; not "what he calls", "ce qu’elle appelle", "que le président
// appelle", "what the government calls", "lo que denominó": someone's own word, as "what she called"
// below; a name by many, "que les gens du coin appellent", "what workers call", is a label. Nor
// "Tom Reed referred to the strike as “…”": only the passive, or "by" the many.)
const NAMING_LEAD = new RegExp(
  [
    String.raw`\b(?:known|(?:is|are|was|were|been|being)\s+referred\s+to|referred\s+to\s+by)(?:\s+[\p{L}'’-]+){0,4}?\s+as(?:\s+(?:the|a|an))?`,
    String.raw`\b(?:what|which|whom)\s+(?:(?!(?:he|she|I|we|what|which|whom)\s)[\p{Ll}'’-]+\s+){1,4}?(?:(?:simply|still|only|now|often|already|half-jokingly|jokingly|privately)\s+)*(?:call|calling)(?:\s+(?:it|them|him|her))?(?:\s+(?:the|a|an|its|their))?`,
    String.raw`\b(?:what|which)\s+(?:it|the\s+(?:plan|bill|report|law|document|strategy|proposal|union|programme|program|study|industry|trade))\s+(?:(?:simply|still|now|often)\s+)?calls(?:\s+(?:it|them))?(?:\s+(?:the|a|an|its|their))?`,
    String.raw`\b(?:taken\s+to|started|begun|began|come\s+to|came\s+to)\s+call(?:ing)?(?:\s+(?:it|them|him|her))?(?:\s+(?:the|a|an))?`,
    String.raw`\b(?:the\s+)?(?:nickname|moniker|epithet|sobriquet|surnom|apodo|mote|sobrenombre)\s*:?`,
    String.raw`(?:(?<!\bqu['’](?:il|elle|ils|elles)\s+(?:l['’]|les\s+|la\s+|le\s+)?)\b(?:l['’]|les\s+|la\s+|le\s+)?(?:surnomm\p{Ll}*|baptis\p{Ll}*|rebaptis\p{Ll}*|dénomm\p{Ll}*|appellent|appelaient)|\bs['’]appel(?:le|lent|ait|aient))`
    + String.raw`(?:\s+(?:déjà|toujours|encore|souvent|simplement|volontiers|désormais|\p{Ll}+ment))*(?:\s+(?:le|la|les|l['’]|un|une|des))?`,
    String.raw`\b(?:bautiz|rebautiz|conoc|apod|denomin)\p{Ll}*(?:\s+(?:ya|enseguida|todavía|aún|también|\p{Ll}+mente|en\s+la\s+\p{Ll}+|en\s+el\s+\p{Ll}+))*(?:\s+como)(?:\s+(?:el|la|los|las|un|una))?`,
    String.raw`\b(?:bautiz|rebautiz)\p{Ll}*`,
    String.raw`\b(?:nennt|nennen|nannte|nannten)\s+sich`,
    String.raw`\b(?:heißt|heißen|hieß|hießen)(?!\s+(?:es|das|dies)\b)(?:\s+[\p{L}-]+){0,3}?(?:\s+(?:der|die|das|den))?`,
  ]
    .map((form) => `(?:${form})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(String.raw`)\s*$`),
  'iu',
);
// "„Polder-Papst“ genannt", "le « feuilleton de l’été », comme l’a baptisé la presse", "Ces « rénovictions », comme les appellent …".
// (Only a quote opening on a capital before "genannt": "hat den Plan „überfällig“ genannt" is her word.)
const NAMING_TRAIL = /^[\s,.;:!?’”"»«“]{0,4}(?:genannt|getauft|comme\s+(?:l['’]|les?\s+|la\s+)?(?:a\s+|ont\s+|l['’]a\s+)?(?:appel|baptis|surnomm)\p{Ll}*)/iu;

// What the sentence says of the quote right after it: a label's noun ("rejected the “higher for
// longer” label", "the previous government's "three waters" reforms"), an apposition calling it a slogan
// or a nickname ("«Orden y futuro», el lema de su campaña", "“Mayor Pothole”, a nickname …"), a
// German compound made on it ("„Wir wollen euch kämpfen sehen!“-Rufe"). (Not "“…”, a phrase
// diplomats read as …": a word for words may be anyone's, and was his.)
const LABEL_NOUNS = new Set(['label', 'labels', 'tag', 'moniker', 'nickname', 'jibe', 'jibes', 'slur', 'slogan', 'catchphrase', 'mantra', 'motto', 'epithet', 'stance', 'rating', 'initiative', 'scheme', 'schemes', 'reform', 'reforms', 'doctrine', 'brand', 'ban']);
const DETERMINER_END = /(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|these|those)\s*$|\p{L}['’]s\s*$/iu;
const NAMED_AS_WORD_TRAIL = /^\s*,\s*(?:(?:a|an|the|el|la|una|un|une|le|ce|cette|cet|ein|eine|der|die|das)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:slogan|motto|label|nickname|catchphrase|lema|consigna|eslogan|apodo|surnom|Spitzname|Parole)(?![\p{L}])/iu;
const COMPOUND_ON_QUOTE_TRAIL = /^-\p{Lu}/u;
/**
 * Whether the sentence goes on to call the quote a label, a slogan or a nickname (see above). (Not
 * when a reporting verb gave the words to someone: "said the UK would stand by Ukraine “for as long
 * as it takes”, a slogan he has used since 2022" is his.)
 */
function trailNamesThing(trail: string, lead: string, inner: string, attributed: boolean): boolean {
  if (trail.charCodeAt(0) === 45 && COMPOUND_ON_QUOTE_TRAIL.test(trail)) return true;
  if (attributed) return false;
  // (The trail's first word, read char by char: the patterns ask only of a few words.)
  let start = 0;
  while (start < trail.length && isSpaceCode(trail.charCodeAt(start))) start++;
  if (trail.charCodeAt(start) === 44) return NAMED_AS_WORD_TRAIL.test(trail) && titleShaped(inner);
  let end = start;
  while (end < trail.length && isWordChar(trail.charCodeAt(end), trail, end)) end++;
  return end > start && (end === trail.length || trail.charCodeAt(end) !== 45) && LABEL_NOUNS.has(trail.slice(start, end).toLowerCase()) && DETERMINER_END.test(lead);
}

// Chanted or sung words, with adverbs between the verb and the quote ("Die Kurve singt schon „…“",
// "skandiert immer wieder „…“", "las columnas entonaron “…”").
const CHANT_VERBS = ['chant', 'chants', 'chanted', 'chanting', 'sang', 'sing', 'sings', 'singing', 'singt', 'sangen', 'skandiert', 'skandierte', 'skandierten', 'skandieren', 'grölt', 'grölte', 'grölten', 'entonaron', 'entonaban', 'entonó', 'corearon', 'coreaban', 'coreaba', 'coreó', 'cantaban', 'cantaron', 'scandaient', 'scandent', 'scandait', 'entonnaient', 'chantaient'];
const CHANT_LEAD = new RegExp(String.raw`\b(?:${CHANT_VERBS.join('|')})(?:\s+(?:schon|immer|wieder|noch|erneut|lautstark|ya|otra|vez|de|nuevo|al|unísono|again|still|once|more|in|chorus|unison|encore|toujours|à|tue-tête))*(?:\s+(?:el|la|los|las|le|les|the|a|an))?\s*$`, 'iu');
const CHANT_WORDS = new Set(CHANT_VERBS);

// The words the patterns above turn on, looked for among a lead's last words first: the patterns,
// tried at every position of every lead, cost more than the rest of a quote's kind together.
const SIGN_WORDS = new Set([...SIGN_NOUNS, ...VERB_SIGN_NOUNS, ...WATCHWORD_NOUNS, 'shirt', 'shirts', 'ordre', 'parole', ...GERMAN_SLOGAN_WORDS.map((w) => w.toLowerCase())]);
/** German sign nouns and the compounds ending in them ("Firmenslogan", "Transparenten"). */
const GERMAN_SIGN_END = /(?:transparent|plakat|schild|slogan|aufschrift|schriftzug|motto)(?:e|en|er|ern|s)?$/;
/** Any word a title's noun is found in ("Haushaltsplan" too: the pattern then decides). */
const TITLE_STEM = new RegExp([...TITLE_NOUNS, ...GERMAN_TITLE_NOUNS.map((w) => w.toLowerCase())].join('|'));
const NAMING_WORDS = new Set(['known', 'referred', 'refer', 'refers', 'call', 'calls', 'calling', 'nickname', 'moniker', 'epithet', 'sobriquet', 'surnom', 'apodo', 'mote', 'sobrenombre']);
const NAMING_START = /^(?:surnomm|baptis|rebaptis|dénomm|appel|bautiz|rebautiz|conoc|apod|denomin|nenn|nann|hei(?:ß|ss)|hie(?:ß|ss))/;

/** Whether the lead ends on a sign's words, a title's work, or a name something is known by (the patterns above). */
function leadNamesThing(leadEnd: string, inner: string): boolean {
  let sign = false;
  let naming = false;
  let title = false;
  let chant = false;
  // Its last eight words, read backwards char by char.
  let end = leadEnd.length;
  for (let n = 0; n < 8; n++) {
    while (end > 0 && !isWordChar(leadEnd.charCodeAt(end - 1), leadEnd, end - 1)) end--;
    let start = end;
    while (start > 0 && isWordChar(leadEnd.charCodeAt(start - 1), leadEnd, start - 1)) start--;
    if (start === end) break;
    const word = leadEnd.slice(start, end).toLowerCase();
    if (n === 0) title = TITLE_STEM.test(word);
    sign ||= SIGN_WORDS.has(word) || (word.length >= 6 && GERMAN_SIGN_END.test(word));
    naming ||= NAMING_WORDS.has(word) || NAMING_START.test(word);
    chant ||= CHANT_WORDS.has(word);
    end = start;
  }
  // (After a comma, only words shaped like a sign's: "Asked about the signs, “We will take them down,” Reed said".)
  if (sign && (SIGN_LEAD.test(leadEnd) || GERMAN_SIGN_LEAD.test(leadEnd)) && (!/,\s*$/.test(leadEnd) || titleShaped(inner))) return true;
  // (A title opens on a capital and is shaped like one: "un plan « financé, chiffré »", "nannte das Programm „überfällig“" go on with their sentence.)
  // (Nor the work someone calls something: "Critics have called his book “A masterpiece of self-pity”".)
  if (title && CAPITAL_OR_DIGIT_FIRST.test(inner) && titleShaped(inner) && (TITLE_LEAD.test(leadEnd) || GERMAN_TITLE_LEAD.test(leadEnd)) && !CALLS_WORK.test(leadEnd)) return true;
  if (chant && CHANT_LEAD.test(leadEnd)) return true;
  return naming && !/^(?:à|au|aux)\s/i.test(inner) && NAMING_LEAD.test(leadEnd);
}

// Only a named person's own naming is speech ("what she called “…”", "the plan, which he called “…”");
// "what critics/they called" is a label.
const REPORTED_NAMING = /\b(?:what|which|that) (?!(?:critics|they|opponents|others|some|many|people|supporters|detractors|observers|analysts)\b)(?:[\p{L}.'’-]+\s+){1,6}?(?:has |had |have )?(?:called|termed|dubbed|described as)(?:\s+(?:a|an|the))?\s*$/iu;
// "price pressures she called “stubborn”", "a plan Rennick called “reckless”": the same without "that".
// (A name inside the sentence, after a lower-case word: not "Often called", and not a group, "Democrats called".)
const PERSON_NAMING = /(?:\b(?:he|she)|\p{Ll}\s+\p{Lu}[\p{Ll}'’-]*(?<!s))\s+(?:has\s+|had\s+|also\s+|once\s+)?(?:called|termed|described as)(?:\s+(?:a|an|the|it))?\s*$/u;
// "called the report “deeply flawed”", "described the plan as “reckless”": a verb of judging, its
// object, then lower-case words characterise the object; the object's noun is no title's ("the report “Left Behind”").
const CHARACTERISED_OBJECT = /\b(?:called|calls|call|described|describes|branded|brands|deemed|deems)\s+(?:the|this|that|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:\s+as)?$/iu;
const SELF_DESCRIBED = /\b(?:s['’](?:est|était|étaient|sont)\s+(?:dit|dite|dits|dites|déclarée?s?|montrée?s?)|se\s+(?:dit|disent|disait|déclare|déclarent|décrit|décrivent|définit))\s*$/i;
// "called his “grand tour”", "branded the plan a “stunt”": a short label given to something.
const LABEL_LEAD = /\b(?:called|dubbed|branded|labelled|labeled|termed|nicknamed)\s+(?:(?:his|her|their|its|the|this|that|a|an)\s+){1,2}$/i;
// After "a"/"an" a longer quote is usually an adjective of the next noun: called a “painful but necessary” overhaul.
const INDEFINITE_END = /\b(?:a|an)\s+$/i;

/** The auxiliaries in the Konjunktiv I that reported speech leans on ("Er sei …", "Sie habe …"). */
const REPORTED_AUXILIARY_WORDS = 'sei|seien|habe|werde|müsse|könne|solle|wolle|dürfe|gebe';

// Konjunktiv I of reported speech: "sie sei", "man arbeite", "er habe", "es müsse" (and "hätten",
// which stands in where the plural's Konjunktiv I would read as the indicative: "Viele Versorger hätten …").
const KONJUNKTIV_AUXILIARY = new RegExp(`\\b(?:${REPORTED_AUXILIARY_WORDS}|hätten|wisse|(?:[Mm]an|[Ee]r|[Ss]ie|[Ee]s)\\s+\\p{Ll}+e)\\b`, 'u');
// Any verb's Konjunktiv I ends in -e where its indicative ends in -t: "Der Konzern versuche …", "Die
// bisherige Struktur stamme …" right after a subject's noun, or "…, verliere ein Betrieb …" right
// before it. (Not "-te", the weak past: "Der Konzern versuchte"; nor the words ending in -e that can
// stand there too: "Das Dorf nahe der Grenze", "eine der Firmen", "beispielsweise der Fall", the
// conjunctions "ehe die Feuerwehr …", "solange die Stadt …", "Der Bürgermeister alleine …".)
const NOT_A_VERB_IN_E = '(?!(?:ohne|gerade|heute|nahe|infolge|anstelle|mithilfe|bitte|gerne|lange|ehe|solange|alleine|alle|beide|eine|keine|meine|deine|seine|ihre|unsere|eure|diese|jene|jede|einige|viele|wenige|andere|manche|welche|solche|mehrere|etliche|insbesondere|\\p{Ll}*weise|wurde|würde|wäre)(?![\\p{L}]))';
// (Nor "-ie": "wie", "sowie", "die".)
const VERB_IN_E = `${NOT_A_VERB_IN_E}\\p{Ll}+[^\\P{Ll}ti]e(?![\\p{L}])`;
const SUBJECT_ADVERB = '(?:dagegen|hingegen|indes|jedoch|aber|nun|jetzt|zudem|auch|selbst|allerdings|bereits|schon|derzeit|inzwischen|weiterhin|dabei|also|zwar|ebenfalls|bisher|bislang|längst|immer|stets|damit|deshalb|daher|trotzdem|dennoch)';
const SUBJECT_THEN_VERB_IN_E = `(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine|[Kk]ein|[Kk]eine|[Jj]ede[rs]?)\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}-]+\\s+(?:${SUBJECT_ADVERB}\\s+)?${VERB_IN_E}`;
// In a subordinate clause the verb comes last, so there a word in -e after the subject and before a
// capitalised noun is an adjective ("dass der Konzern hohe Verluste …", "weil die Stadt neue Schulden
// …"); in a main clause it is the verb ("Der Konzern trage Verantwortung …").
const SUBORDINATOR = '(?:[Dd]ass|[Dd]aß|[Ww]eil|[Oo]b|[Ww]enn|[Ff]alls|[Oo]bwohl|[Nn]achdem|[Bb]evor|[Ww]ährend|[Ss]odass|[Dd]amit|[Dd]a|[Aa]ls|[Ss]eit|[Ss]obald)';
const KONJUNKTIV_AFTER_SUBJECT = new RegExp(`(?<![\\p{L}])(?<!${SUBORDINATOR}\\s+)${SUBJECT_THEN_VERB_IN_E}|(?<=(?<![\\p{L}])${SUBORDINATOR}\\s+)${SUBJECT_THEN_VERB_IN_E}(?!\\s+\\p{Lu})|(?<![\\p{L}])${VERB_IN_E}\\s+(?:ein|eine|der|die|das)\\s+\\p{Lu}|(?<![\\p{L}])${VERB_IN_E}\\s+man(?![\\p{L}])`, 'u');
export const KONJUNKTIV = new RegExp(`${KONJUNKTIV_AUXILIARY.source}|${KONJUNKTIV_AFTER_SUBJECT.source}`, 'u');
/** German Konjunktiv I auxiliaries: a clause reporting what someone said ("…, habe es geheißen"). */
const REPORTED_AUXILIARY = new RegExp(`(?<![\\p{L}])(?:${REPORTED_AUXILIARY_WORDS})(?![\\p{L}])`, 'u');
/** A clause that reads as the Konjunktiv I, more likely than KONJUNKTIV (not "hält man die …", which its loose "man …e" takes); a guess by word endings, not sure. */
export const REPORTED_CLAUSE = new RegExp(`${REPORTED_AUXILIARY.source}|${KONJUNKTIV_AFTER_SUBJECT.source}`, 'u');

// "the Professor", "el Tanque", "la Sirena": an article and a capitalised word are a nickname.
const NICKNAME = /^(?:the|el|la|le|les|los|las|der|die|das|il|lo)\s+\p{Lu}/u;

const WORDS = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

/**
 * Words (letters and digits joined by ' ’ -); scripts written without spaces count about two
 * characters a word. Counted char by char: it runs for every quote, and matching allocated.
 * Counting stops once `enough` words are seen (then the result is at least `enough`): the rules
 * ask only whether a quote has a handful of words, and most quotes are longer.
 */
export function wordCount(s: string, enough = Infinity): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isCjk(code)) {
      cjk++;
      inWord = false;
      if (words + Math.ceil(cjk / 2) >= enough) break;
    } else if (isWordChar(code, s, i)) {
      if (!inWord) {
        words++;
        if (words + Math.ceil(cjk / 2) >= enough) break;
      }
      inWord = true;
    } else if (!(inWord && isWordJoiner(code) && i + 1 < s.length && !isCjk(s.charCodeAt(i + 1)) && isWordChar(s.charCodeAt(i + 1), s, i + 1))) {
      inWord = false;
    }
  }
  return words + Math.ceil(cjk / 2);
}

// Tests classifyKind makes of every quote, made once here: a regex literal is a new object each
// time it is evaluated, and these were much of what classifying a quote left for the collector.
const CAPITALISED = /^\p{Lu}/u;
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;
const LOWER_CASE_FIRST = /^\p{Ll}/u;
const MINOR_TITLE_WORD = /^(?:of|the|a|an|and|in|on|for|to|at|by|de|la|le|des|der|die|das|y|el)$/i;
const ENDS_SENTENCE = /[.!?]$/;
const ENDS_SENTENCE_OR_ELLIPSIS = /[.!?…]$/;
const ENDS_CLAUSE = /[.!?…,;:—–-]$/;
const ENDS_LEAD_CLAUSE = /[:,;—–]$/;
const STARTS_UPPER = /^[\p{Lu}\p{N}…]|^\.\.\./u;
const ARTICLE_AND_CAPITALS = /^(?:the|la|el|le|los|las|les|der|die|das)\s+\p{Lu}[\p{Ll}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]*)*[.,]?$/u;
const TRAIL_STARTS_ATTRIBUTION = /^\s*[,—–]?\s*(?:\p{Ll}|\p{Lu}[\p{Ll}'’-]+\s+\p{Ll})/u;

/** Every word starts with a capital ("Low Tide", "Cornerstone Guaranteed Income Fund"); split, not one pattern, to stay linear. */
function everyWordCapitalised(inner: string): boolean {
  const words = inner.match(WORDS) ?? [];
  return words.length > 0 && words.every((w) => CAPITALISED.test(w));
}

function isTitleCase(inner: string, capitalisedNouns = false): boolean {
  const words = inner.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 6) return false;
  // In German a lone capitalised word is any noun ("vor einer „Kostenlawine“ warnen"), not a title.
  if (capitalisedNouns && words.length === 1) return false;
  return words.every((w, i) => (i > 0 && MINOR_TITLE_WORD.test(w)) || CAPITAL_OR_DIGIT_FIRST.test(w));
}

export function classifyKind(input: KindInput): QuoteKind {
  const inner = input.inner.trim();
  // (Compared below with six at most: seven and more are all "many".)
  const words = wordCount(inner, 7);
  const lead = input.lead.trimEnd();
  const lastLeadChar = lead.slice(-1);
  if (words === 0) return 'scare';
  // "what he called “…”" reports someone's words; "the so-called “…”" does not.
  // "M. Sarrazin s’est dit « ouvert »": declaring oneself something is speech, not "so-called".
  // (The phrase ends the lead: its last 100 characters are enough, and long leads stay cheap.)
  const leadEnd = lead.length > 100 ? lead.slice(-100) : lead;
  // (Not a name given to something: she called it “Low Tide”, a fund he called the “Cornerstone Income Fund”.)
  const reportedNaming = REPORTED_NAMING.test(leadEnd) || SELF_DESCRIBED.test(leadEnd) || (PERSON_NAMING.test(leadEnd) && !everyWordCapitalised(inner));
  // (The title-case test last: it cuts out all the quote's words, and the lead seldom calls anything.)
  const characterised = LOWER_CASE_FIRST.test(inner) && CHARACTERISED_OBJECT.test(leadEnd) && !isTitleCase(inner);
  // (Signs, titles and names run to a dozen words at most: longer quotes are not read for them.)
  if (!reportedNaming && !characterised && (SCARE_LEAD.test(lead) || (NAMING_TRAIL.test(input.trail) && (CAPITAL_OR_DIGIT_FIRST.test(inner) || !/^\W*genannt/.test(input.trail))) || ((words < 7 || wordCount(inner, 13) <= 12) && (leadNamesThing(leadEnd, inner) || trailNamesThing(input.trail, leadEnd, inner, input.attributed))))) return 'scare';
  // (Three words at most, two after "a"/"an"; the cheap tests first.)
  if (!reportedNaming && words <= 3 && LABEL_LEAD.test(`${lead} `) && (words <= 2 || !INDEFINITE_END.test(`${lead} `))) return 'scare';
  // "what Chief Executive Birgitte Solvang called a “painful” restructuring": someone's own words.
  // (American style keeps the full stop inside a short one: she called “stubborn and broad-based.”)
  if (reportedNaming && (!ENDS_SENTENCE.test(inner) || words <= 6)) return 'fragment';

  // "la Gringa", "el Colorado", "the Deacon", "the Lenn Dip": an article and a capitalised name is a nickname or a title.
  if (words <= 4 && ARTICLE_AND_CAPITALS.test(inner) && !input.capitalisedNouns) return 'scare';
  const startsUpper = STARTS_UPPER.test(inner);
  const endsClause = ENDS_CLAUSE.test(inner);
  // Standalone position: paragraph/sentence start, after a colon or a comma.
  const standalone = lead === '' || ENDS_LEAD_CLAUSE.test(lastLeadChar) || ENDS_SENTENCE.test(lastLeadChar);

  // Headlines quote single words without a speaker; a whole quoted clause is still someone's words.
  // (In German a single capitalised noun is just a noun: „Buchhaltertricks“ someone is said to level.)
  // (In a heading written all in Title Case the quote's capitals say nothing of a title, so a person
  // the clause names as speaking has said them.)
  if (input.inHeading && !input.titleCaseSpeakerHeading && isTitleCase(inner, input.capitalisedNouns && input.attributed) && !/^(?:I|We|You|He|She|It|They)\b/.test(inner)) return 'scare';
  if (input.inHeading && !input.attributed) return standalone && words >= 4 ? 'full' : 'scare';
  // ", ‘the opposite of my country first’": a lower-case phrase finishing the reporter's sentence.
  if (standalone && lead !== '' && LOWER_CASE_FIRST.test(inner) && !ENDS_SENTENCE_OR_ELLIPSIS.test(inner) && input.attributed) return 'fragment';

  if (standalone) {
    if (words >= 3 || endsClause) return input.attributed || words >= 4 || endsClause ? 'full' : 'scare';
    // (The trail is read only here, for the few short quotes that reach this.)
    if (input.attributed && (endsClause || TRAIL_STARTS_ATTRIBUTION.test(input.trail))) return 'full';
    return input.attributed ? 'fragment' : 'scare';
  }

  // Woven into the sentence.
  // German reported speech (Konjunktiv I: "Man arbeite „mit Hochdruck“", "sie sei „…“") quotes
  // whoever is being reported, even with nobody named in the sentence.
  // ("…, betreibe „Geschichtsklitterung“": a noun right after the reported verb is the reported words too.)
  if (!input.attributed && input.capitalisedNouns && KONJUNKTIV.test(lead) && (LOWER_CASE_FIRST.test(inner) || (words <= 2 && /\b\p{Ll}+e$/u.test(lead) && !/\b(?:die|eine|keine|seine|ihre|meine|deine|unsere|eure|jene|diese|welche|manche|alle|viele|beide|andere|jede|solche)$/u.test(lead)))) return 'fragment';
  if (!input.attributed) {
    // A person's sentence weaving in a few lower-case words is quoting them ("rejected that the
    // team was «muerto»"); capitalised words stay names and titles.
    if (input.personSubject && LOWER_CASE_FIRST.test(inner) && !isTitleCase(inner) && !NICKNAME.test(inner)) return 'fragment';
    if (words <= 4 && (words <= 2 || isTitleCase(inner))) return 'scare';
    return words >= 3 ? 'fragment' : 'scare';
  }
  // A complete sentence after "said that" or "said" counts as full.
  if (startsUpper && words >= 6 && ENDS_SENTENCE.test(inner)) return 'full';
  // German: "warnte vor einer „Kostenlawine“", "sprach von „Symbolpolitik“" characterise; "der „Heizungshammer“" names.
  const germanNoun = input.capitalisedNouns && !/\b(?:der|die|das|den|dem|des)$/i.test(lead);
  // "spricht von einer „Frage des Überlebens“", "warnt vor einem „…“": after "von"/"vor"/"als" a
  // German noun phrase characterises, however capitalised.
  if (input.capitalisedNouns && /\b(?:von|vor|als)(?:\s+(?:eine[mnrs]?|ein))?$/i.test(lead)) return 'fragment';
  // (The cheap tests first: most woven quotes are longer, or open in lower case.)
  if (!input.titleCaseSpeakerHeading && words <= 4 && CAPITALISED.test(inner) && isTitleCase(inner, germanNoun) && !/^(?:I|We)\b/.test(inner)) return 'scare';
  return 'fragment';
}
