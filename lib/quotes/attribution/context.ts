// What attribution shares: the result and context types and the word lists several mechanisms read.

import { isKinWord, isRoleHead, type NameMention, type People, type Person } from '../people';
import { sentenceStart, type Tokens } from '../tokens';

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
export const BETWEEN = new Set(
  ('also later then earlier previously once further repeatedly recently again has had have was is were would will could ' +
    'reportedly allegedly flatly simply quickly been only since already did does not never ' +
    'a lui leur lui-même aussi également encore ensuite déjà alors toutefois pourtant cependant néanmoins aussitôt hat habe hatte auch noch dann bereits zudem jedoch allerdings dennoch ha había ya también luego además le les se ' +
    's’est s\'est s’était s\'était s’est-il s’est-elle se sont sich used to ' +
    // "ella misma la calificó", "él mismo lo dijo", "elle-même l’a dit", "sie selbst nannte": emphasis and clitics.
    'misma mismo mismas mismos la lo las los même elle-même eux-mêmes elles-mêmes selbst himself herself themselves')
    .split(/\s+/),
);

/** Nouns for someone in their thirties … nineties: "le quinquagénaire", "la sexagenaria", "el cincuentón" (the word is group 1). */
export const DECADE_WORD = /(?:^|\s)(trentenaire|quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|nonagénaire|treintañer[oa]|cuarent[oó]na?|cincuent[oó]na?|sexagenari[oa]|septuagenari[oa]|octogenari[oa]|nonagenari[oa])$/i;
export const isDecadeNoun = (word: string): boolean => DECADE_WORD.test(word);
/** Nouns for a person already named: "the 19-year-old said", "the woman added" (and the decade nouns: see isDescriptionNoun). */
const PERSON_NOUN = /^(?:\d+-year-old|\d+-jährige[rn]?|\d+-(?:ans|años)|man|woman|homme|femme|hombre|mujer|chico|chica|garçon|fille|jeune|joven|mother|father|teenager|pensioner|grandmother|grandfather|veteran|survivor|owner|widow|victim|star|actor|actress|singer|striker|goalkeeper|coach|novelist|writer|author)$/i;
/** A noun for a person already named, as PERSON_NOUN or a decade noun ("le quinquagénaire"). */
export const isDescriptionNoun = (word: string): boolean => PERSON_NOUN.test(word) || isDecadeNoun(word);
/** Nouns that report without being a person: "the report said", "la encuesta indica". */
export const NON_PERSON_NOUN = /^(?:report|bulletin|advisory|notice|forecast|boletín|informe|rapport|bericht|jury|panel|statement|study|survey|poll|document|letter|ministry|company|government|police|court|agency|department|office|group|union|party|council|committee|board|firm|club|team|data|analysis|review|article|paper|newspaper|website|filing|memo|note|release|ruling|judgment|verdict|law|bill|plan|city|state|country|region|centrale|groupe|syndicat|parti|fédération|confédération|intersyndicale|collectif|grupo|sindicato|partido|federación|asociación|gewerkschaft|verband|partei|fraktion|konzern|vorstand|district|county|school|schools|university|hospital|trust|authority|commission|regulator|watchdog|network|association|foundation|institute|service|parliament|senate|congress|assembly|administration|campaign|website|organisation|organization|rapport|communiqué|étude|sondage|ministère|gouvernement|entreprise|mairie|bericht|studie|umfrage|ministerium|regierung|unternehmen|informe|estudio|encuesta|ministerio|gobierno|empresa|ayuntamiento|compañía|entidad|organización|institución|organismo|dependencia|cámara|municipalidad|comunicado|declaración|carta|documento|párrafo|texto|texte|lettre|schreiben|periódico|diario|journal|zeitung|newspaper|direction|dirección|comando|jurado|bank|banque|banco|lender|insurer|airline|carrier|retailer|regulator|exchange|apodo|nickname|surnom|spitzname|alias|mote|sobrenombre|région|préfecture|département|municipalité|commune|ville|conseil|consejo|parquet|fiscalía|staatsanwaltschaft|polizei|policía|gendarmerie|behörde|cabinet|équipe|equipo|mannschaft|kommission|ausschuss|comité|métropole|collectivité|rectorat|académie|gendarmerie|región|provincia|alcaldía|gobernación|delegación|fiscalía|policía|intendencia|comuna|defensoría|junta|tribunal|guide|minutes|majority|minority|mayoría|minoría|stewards|courriel|e-mail|email|correo|agence|agencia|agentur|komitee|comité|institution|charity|charities|orchestra|museum|brand|business|magazine|festival|theatre|theater|church|label|brewery|cabinet|gabinete|fund|embassy|ambassade|embajada|coalition|coalición|alliance|alianza|consortium|consorcio|bureau|secretariat|secrétariat|secretaría|delegation|délégation|courrier|mitteilung|erklärung|dokument|papier|kabinett|fonds|fondo|botschaft|koalition|allianz|konsortium|büro|sekretariat|treasury|kremlin|pentagon|whitehall|vatican|élysée|elysée|elysee|matignon|bercy|moncloa|kanzleramt|bundeskanzleramt|bundesregierung|gremio|patronal|chamber|federation|inspectorate|regulador|régulateur|aufsicht|behörde|bundesamt|landesamt|préfecture|prefecture|rectorat|parquet|co-op|coop|cooperative|manufacturer|carmaker|automaker|diocese|coopérative|usine|cooperativa|fábrica|aseguradora|genossenschaft|betreiber|versicherer)s?$/i;
/** Indefinite articles: the noun after them is someone not named ("a passenger", "une passagère"). */
// Not "a"/"an": French "a réagi X" is an auxiliary, and English "a spokesperson said" is handled as a role.
export const INDEFINITE = /^(?:one|another|un|une|una|uno|otro|otra|ein|eine|einer)$/i;
// (Not the Spanish preposition: "A las 19.40 del domingo, …".)
export const INDEFINITE_LEAD = /^\s*(?:[^,.;:]{3,80},\s*(?=one of|uno de|una de|l['’]une? des?|einer der|eine der))?(?:a(?!\s+(?:la|las|los|el|lo|su|sus|mi|mis)\s)|an|one|another|une?|una|ein|eine|l['’]une? d['’]eux|l['’]une? d['’]elles|l['’]une? des?|einer der|eine der|one of|uno de|una de)[\s,]/i;
/** Verbs whose next noun is the one spoken to, not the speaker: "told the minister:". */
export const OBJECT_VERBS = /^(?:told|tell|tells|asked|ask|asks|urged|warned|fragte|frage|bat|preguntó|pidió|a demandé|demanda)$/i;
export const BEHALF = /\bon (\p{Lu}[\p{L}'’-]*?)['’]s? behalf\b|\bon behalf of (?:\p{Ll}+ ){0,3}(\p{Lu}[\p{L}'’-]*)/u;
export const COORDINATORS = new Set(['and', 'but', 'et', 'mais', 'und', 'aber', 'y', 'pero']);
export const PASSIVE_AUX = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are', 'wurde', 'été', 'fue']);
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'sein', 'seine', 'seiner', 'ihr', 'ihre', 'ihrer', 'deren', 'dessen', 'son', 'sa', 'ses', 'leur', 'su', 'sus']);
/** "according (to)", "selon", "laut", "según": they attribute like a verb but have no subject. */
export const ATTRIBUTING_WORD = /^(?:according|selon|laut|según)$/i;
export const ADDRESSEE = /^(?:you|you['’](?:ve|d)|vous)$/;
export const ATTACHED_PRONOUN = /-(?:t-)?(?:il|elle)$/i;
export const DETERMINERS = new Set(['the', 'le', 'la', 'l’', "l'", 'el', 'der', 'die', 'das', 'den', 'dem']);

export interface Context {
  text: string;
  tokens: Tokens;
  names: NameMention[];
  people: People;
  /** Speaker of the most recent quote before this one (pronoun resolution prefers it). */
  lastSpeaker: { person: Person; at: number } | null;
  /** Genders of people no list or prose gives one, from the gendered pronoun that attributed a quote to them ("«…», explica ella"). */
  spokenAs?: Map<Person, 'm' | 'f'>;
  /** Where the most recent quote said by someone unnamed ("one rescuer told AFP") closed, and their gender if the article says. */
  lastUnnamed?: { at: number; gender: 'm' | 'f' | null };
  /** Start of the block being attributed (pronouns look for a subject there first). */
  blockStart: number;
  /** The block being attributed is a heading (h1–h6). */
  blockIsHeading?: boolean;
  /** The page's language capitalises its nouns (German): a capitalised word need not be a name. */
  capitalisedNouns?: boolean;
  /** The page is in English: "a" is an article there, no auxiliary ("“…,” a … said" is no French incise). */
  english?: boolean;
  /** The block is a heading or the standfirst under the headline, written in headlinese ("…, says health secretary"). */
  blockIsLede?: boolean;
  /** Sorted [start, end] spans of all quotes: names inside quotes are not subjects. */
  quoteSpans: [number, number][];
  /** People who have a reporting verb right next to one of their names somewhere on the page (found when first asked: see Speakerish). */
  speakerish: { has(person: Person): boolean };
  /** The writer named in the byline: "I asked" outside quotes is theirs. Not among `people`, so never an antecedent. */
  author?: Person | null;
  /** Subjects of the sentences before quotes, by the sentence's end, with what each was read under (see previousSentenceSubject). */
  previousSubjects?: Map<number, PreviousSubject>;
  /** Sentence starts already found on the page, by the lower bound asked with, then the position (see sentenceStartIn). */
  sentenceStarts?: Map<number, Map<number, number>>;
}

/**
 * sentenceStart(ctx.text, pos, min), remembered for the page: the rules about one quote ask for the
 * same few sentence starts again and again (a quote's own sentence, the one before it), each a walk
 * back over the text. (It depends on nothing but the text and the two positions.)
 */
export function sentenceStartIn(ctx: Context, pos: number, min: number): number {
  const starts = (ctx.sentenceStarts ??= new Map<number, Map<number, number>>());
  let byPos = starts.get(min);
  if (byPos === undefined) starts.set(min, (byPos = new Map<number, number>()));
  let start = byPos.get(pos);
  if (start === undefined) byPos.set(pos, (start = sentenceStart(ctx.text, pos, min)));
  return start;
}

/** A sentence's subject as sentenceSubject found it, and the context it depended on. */
export interface PreviousSubject {
  from: number;
  blockStart: number;
  blockIsHeading: boolean | undefined;
  blockIsLede: boolean | undefined;
  quoteSpans: [number, number][];
  lastSpeaker: Person | null;
  lastSpeakerAt: number;
  lastUnnamed: Context['lastUnnamed'];
  rolesLearnt: number;
  who: Attribution | null;
}

/**
 * tokens.firstAtOrAfter(pos), walking back from token `k` (one at or after `pos`, or the end): a
 * position a few words before a token already found, where a binary search over a long page costs
 * more than the steps back. (Falls back to the search when `k` starts before `pos`.)
 */
export function firstTokenFrom(tokens: Tokens, pos: number, k: number): number {
  if (k < tokens.length && tokens.starts[k] < pos) return tokens.firstAtOrAfter(pos);
  while (k > 0 && tokens.starts[k - 1] >= pos) k--;
  return k;
}

export const INDEFINITE_ARTICLE = /^(?:a|an|un|une|una|ein|eine|einer)$/i;
export const INDEFINITE_ARTICLE_OR_ONE = /^(?:a|an|one|another|un|une|una|uno|ein|eine|einer|l['’]une?|l['’]un)$/i;

export const IN_DOCUMENT = /\b(?:comunicado|communiqué|statement|letter|carta|lettre|Stellungnahme|Mitteilung|Brief|Erklärung|informe|rapport|report)\s+(?:en el que|en la que|in which|dans lequel|dans laquelle|in dem|in der|where)\b|(?:^|[.!?]\s+)Darin (?:heißt|hieß) es\b/iu;
export const DEMONSTRATIVE = /^(?:cet|cette|ce|this|that|dieser|diese|este|esta|ese|esa)$/i;
export const NATIONALITY = /^\p{Lu}\p{Ll}+(?:que|ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|ano|ana|eño|eña|ino|ina|és|esa|ense|ese|isch|ische|er|erin)$/u;
// English has no such endings: its nouns for a country's people ("the Spaniard", "the Kenyan", "the Frenchwoman").
const ENGLISH_DEMONYMS = String.raw`(?:French|Dutch|Irish|English|Welsh|Scots)(?:wo)?man|Afghan|Albanian|Algerian|American|Argentine|Argentinian|Armenian|Australian|Austrian|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|Briton|Bulgarian|Cameroonian|Canadian|Chilean|Colombian|Croat|Croatian|Cuban|Cypriot|Czech|Dane|Ecuadorian|Egyptian|Emirati|Eritrean|Estonian|Ethiopian|Finn|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelander|Indian|Indonesian|Iranian|Iraqi|Israeli|Italian|Ivorian|Jamaican|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kuwaiti|Latvian|Lithuanian|Malaysian|Malian|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Namibian|Nepali|Nigerian|Norwegian|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian|Pole|Qatari|Romanian|Russian|Rwandan|Saudi|Scot|Serb|Serbian|Singaporean|Slovak|Slovenian|Somali|Spaniard|Swede|Syrian|Tanzanian|Thai|Tunisian|Turk|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Yemeni|Zambian|Zimbabwean`;
export const ENGLISH_NATIONALITY = new RegExp(`^(?:${ENGLISH_DEMONYMS})$`, 'u');
export const OPENING_PREPOSITION = /^\s*(?:face à|à|avec|contre|selon|with|against|unlike|like|to|frente a|con|contra|gegen|mit|neben)\s+$/i;
export const AGE_WORD = /^\d+-(?:year-old|jährige[rn]?)$/i;

export const GENITIVE = /^(?:du|des|de|del|of|for|von|vom|der)$/i;

export const SPOKESPERSON = /^(?:spokes(?:man|woman|person)|porte-parole|portavoz|vocer[oa]|sprecher(?:in)?|pressesprecher(?:in)?)$/i;

/** Everyday nouns for people that are no office ("operator", "vecina", "Pflegekraft"), in the four languages. */
const EVERYDAY_PERSON_NOUN = /^(?:person|people|worker|employee|volunteer|passenger|voter|resident|driver|farmer|teacher|vendor|operator|fitter|neighbou?r|member|customer|shopper|commuter|tourist|fan|supporter|aficionad[oa]|hincha|protester|demonstrator|parent|relative|friend|colleague|insider|aide|staffer|girl|boy|child|kid|student|patient|miner|nurse|guard|soldier|officer|local|villager|trader|shopkeeper|labourer|laborer|mechanic|cleaner|cook|waiter|waitress|clerk|engineer|technician|onlooker|bystander|passer-by|personne|habitante?|voisine?|passante?|passagère|passager|électeur|électrice|retraitée?|salariée?|ouvrière?|employée?|bénévole|commerçante?|agricultrice|agriculteur|enseignante?|infirmière?|parente?|proche|membre|riveraine?|usagère?|usager|persona|vecin[oa]|habitante|pasajer[oa]|votante|jubilad[oa]|trabajador[a]?|emplead[oa]|voluntari[oa]|comerciante|agricultor[a]?|maestr[oa]|enfermer[oa]|familiar|miembro|residente|transeúnte|mädchen|junge|kind|frau|mann|mensch|mitglied|bewohner(?:in)?|anwohner(?:in)?|passant(?:in)?|fahrgast|zuschauer(?:in)?|besucher(?:in)?|spectator|spectateur|spectatrice|espectador[a]?|wähler(?:in)?|rentner(?:in)?|arbeiter(?:in)?|angestellte[r]?|helfer(?:in)?|nachbar(?:in)?|händler(?:in)?|landwirt(?:in)?|lehrer(?:in)?|procesad[oa]|imputad[oa]|diplomate|diplomátic[oa]|diplomat(?:in)?|sprinter|athlete|athlète|atleta|champion|championne|campeón|campeona|youngster|veteran|vétéran|golfer|player|joueur|joueuse|jugador[a]?|spieler(?:in)?|detenid[oa]|suspect|inculpée?|journalist|journaliste|periodista|journalistin|chanteur|chanteuse|cantante|sänger(?:in)?|\p{L}*kraft)s?$/iu;

/** A noun for a person: an office, a relation, an age ("the 58-year-old") or an everyday word for one. */
export function isPersonNoun(word: string): boolean {
  return isRoleHead(word) || isDescriptionNoun(word) || isKinWord(word) || EVERYDAY_PERSON_NOUN.test(word);
}
