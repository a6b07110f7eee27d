// People named on the page: full names (titles stripped), the roles they hold, and resolution of
// later mentions ("Asif", "the defence minister", "he") back to the fullest name.

import { isCapitalised, isCapitalisedAt, isSpaceCode, isWordChar, JOINED, MAY_BE_CAPITALISED, SENTENCE_REACH, sentenceEnd, type Token, type Tokens } from './tokens';
import { MarkFinder } from './marks';
import { givenNameGender, isGivenName } from './given-names';
import { isReportingVerb } from './verbs/index';
import { lowerCaseInPlace } from '../text/normalize';
import { lowerCase } from './lower-case';
import { WordSet } from './word-set';

export interface Person {
  name: string;
  /** Lower-cased name parts, for surname / first-name mentions. */
  parts: string[];
  /** Lower-cased role words seen with the person ("defence minister", "analyst"). */
  roles: string[];
  /** Offsets of each mention, ascending. */
  mentions: number[];
  /** Mentions elsewhere on the page, for people known from earlier scans of it (see PageRegistry). */
  pageMentions?: number;
  /** Named only inside quotation marks (a slogan, a title, someone addressed): never a speaker. */
  quotedOnly?: boolean;
  /** The page's writer, from the byline: speaks only in "I asked", and is never whom a later quote goes on with. */
  writer?: boolean;
  /** Described as only a person is: "X, who …", "X, 58,". */
  described?: boolean;
  /** Mentions after "in", "en", "de", "of" …, possessive ones and ones modifying an office: when every one is, the name is a place. */
  locativeMentions?: number;
  /** Single-word mentions by the first word of a longer name ("Nordvik" for Nordvik Industrier), and by the surname ("Moyo"). */
  firstWordMentions?: number;
  lastWordMentions?: number;
  /** Mentions right after a definite article ("the Arden upgrade", "die Brunnhofer Präzision AG"): said of things. */
  articleMentions?: number;
  /** Named right after a body's noun ("la plataforma ecologista Costa Viva", "the campaign group Save Our Shores"): a body, no one speaking for themself. */
  body?: boolean;
  /** The gender the prose around the name gives (see People.inferGenders), for first names no list knows. */
  impliedGender?: 'm' | 'f';
}

/** A capitalised run only ever written after a preposition, with no first name or office, is a place ("Incendio en Pencahue Alto", "la comuna de Pencahue Alto"). */
export function isPlace(p: Person): boolean {
  if (namedAfterSaint(p.parts)) return true;
  // (Most of its mentions where places and firms go, not all: "Nordvik said" once does not make a person.)
  return ((p.locativeMentions ?? 0) * 2 > p.mentions.length || shortenedLikeAThing(p)) && !p.pageMentions && p.roles.length === 0 && !isGivenName(p.parts[0]);
}

/**
 * People are shortened to their surname, firms and places to their first word ("Nordvik Industrier"
 * → "Nordvik", "Mereford Library" → "Mereford"). A name only ever shortened the second way names a thing.
 */
function shortenedLikeAThing(p: Person): boolean {
  // (And twice written where places and firms go: a profile calls its subject "Ottoline" too, and "of Ottoline Marchbank" is said of people.)
  return (p.firstWordMentions ?? 0) > 0 && !p.lastWordMentions && (p.locativeMentions ?? 0) + (p.articleMentions ?? 0) >= 2 && !p.described;
}

/** Words that make an office its second rank: "Lt. Gov.", "vice-president", "deputy mayor". */
const SECOND_RANK = /^(?:lt\.?|lieutenant|vice|deputy|assistant|under|sub|associate|vize|stellvertretende[rn]?|adjoint|adjointe|sous|adjunto|adjunta|vicepresidente|vicepresidenta)$/;

const SECOND_RANK_HINT = /lt|lieutenant|vice|deputy|assistant|under|sub|associate|vize|stellvertret|adjoint|sous|adjunt/i;
// (Military ranks are named by their bare rank: a lieutenant general is "the general", a vice admiral "the admiral".)
const BARE_RANK = /^(?:general|gen\.?|admiral|adm\.?|colonel|col\.?|commander|cmdr\.?)$/;

/** Whether an office is of the second rank ("lt. gov.", "vice-president"; not "lieutenant general"). */
export function isSecondRankRole(role: string): boolean {
  // (Most offices hold none of the words: one test rules them out before the split.)
  if (!SECOND_RANK_HINT.test(role)) return false;
  const words = role.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (BARE_RANK.test(words[words.length - 1] ?? '')) return false;
  return words.some((w) => SECOND_RANK.test(w));
}

/** A German copula right before a name: "ist Emeka Nwachukwu Chefarzt" says what he is. */
const COPULA_BEFORE = /(?:^|\s)(?:ist|war|wird|wurde|bleibt|blieb|sind|waren|werden|wurden)\s+$/;

/** Title words stripped from the front of a name ("Defence Minister Khawaja Asif" -> "Khawaja Asif"). */
const TITLE_WORDS = new WordSet(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady baron baroness king queen prince princess ' +
    'pope saint st st. president vice prime minister ministers secretary general chancellor premier governor gov gov. ' +
    'senator sen sen. representative rep rep. congressman congresswoman mayor ambassador envoy judge justice ' +
    'chief deputy foreign defence defense interior home finance health education state attorney treasury trade ' +
    'business culture transport housing science ' +
    // The portfolio of "Minister for Parliamentary Affairs Rana Imtiaz Warraich" (not words that open
    // bodies' names too: "Maritime New Zealand", "Planning Aid Scotland").
    'affairs parliamentary ' +
    'commerce energy environment information foreign-minister spokesperson spokesman spokeswoman director ' +
    'commissioner chairman chairwoman chair ceo leader opposition former acting sheikh emir emperor empress ' +
    'general gen gen. colonel col col. captain capt capt. lieutenant lt lt. sergeant sgt admiral adm major ' +
    'marshal field army navy air rev rev. reverend mp mep treasurer backbench backbencher councillor alderman sheriff officer ' +
    // Councillor in Australia (Cr) and Britain (Cllr); Kenya's county assembly members and police
    // ranks (not "CS", "CJ", "PS": also initials, "CJ McCollum", or a party after a name).
    'cr cr. cllr cllr. mca igp supt ' +
    'insp ' +
    // "PALA Administrator Gregorio N. Ilustre" (as a role "the administrator" is as often a firm).
    'administrator ' +
    // German writes a relation before the name like a title: "Bruder Timo Kessler".
    'bruder schwester sohn tochter vater mutter ehefrau ehemann witwe ' +
    'speaker whip coach manager captain skipper striker midfielder defender goalkeeper striker novelist author writer director ' +
    'spokesperson analyst economist professor doctor nurse inspector detective constable superintendent  father brother sister rabbi imam cardinal archbishop bishop ' +
    'herr frau monsieur madame mme m. me maître maitre señor señora don doña sr sr. sra sra. srta srta. dra dra. bundeskanzler bundeskanzlerin präsident präsidentin ' +
    'ministerin kanzler kanzlerin außenminister außenministerin presidente ministra ministro canciller ' +
    'président présidente ministre premier première secrétaire général générale commandant commissaire comandante comisario ' +
    'un u.n. us u.s. uk eu nato white house pakistan pakistani pakistan’s pakistan\'s india indian'
  ).split(/\s+/),
);

/** Capitalised words that start sentences or name things, never people. */
const NOT_NAME = new WordSet(
  (
    'the a an and but or so yet for nor in on at to of by with from as if when while after before since until ' +
    'this that these those there here it its he she they we i you his her their our my your him them us ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mon tue wed thu fri sat sun feb mar apr jun jul aug sep sept oct nov dec ' +
    'some many several most all both other others every each no none few any one two three ' +
    'today yesterday tomorrow however meanwhile also still even only just then now according asked speaking ' +
    'earlier later tonight last next first finally instead indeed instead nevertheless nonetheless overall ' +
    'enter exit where what who why how yes thanks ' +
    'mehr mein meine meinen dein deine unsere dann doch schon heute gestern morgen jetzt nun später früher zudem ' +
    'außerdem deshalb trotzdem dass ob wenn weil hier dort wer wo wann warum wieso weshalb woher wohin welche welcher welches ' +
    'hier aujourd’hui demain ensuite puis pourtant cependant ainsi alors ' +
    'ayer hoy mañana luego después además así entonces ' +
    'le la les un une des du de et mais der die das ein eine und aber el los las una y pero ' +
    'dieses diese dieser ihre ihr sein seine unser unsere auf im am zum zur mit für von nach bei als wie auch man motto ' +
    'son sa ses leur selon pour dans sur avec après avant chez l’un l\'un lors devant depuis ' +
    'su sus con en para por según tras ante entre sin cuando aunque ' +
    'q a. q. question answer interview update updated read more photo image video listen'
  ).split(/\s+/),
);

/** Name particles that may sit lower-case inside a name: "Ursula von der Leyen", "bin Salman". */
// ("Jordi Vilaseca i Roura": Catalan joins two surnames with "i" as Spanish does with "y".)
const PARTICLE_WORDS = ['von', 'der', 'van', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'al-', 'ul', 'ben', 'dos', 'das', 'y', 'i', 'ap', 'ten', 'ter'];
const PARTICLES = new WordSet(PARTICLE_WORDS);
/** The length of the longest of PARTICLES: longer words need no look-up. */
const LONGEST_PARTICLE = Math.max(...PARTICLE_WORDS.map((w) => w.length));
const NUMBERED_COMPOUND = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multi|first|second|third|fourth|fifth)-\p{L}/iu;
/** "San Miguel Acatzingo", "Saint-Denis", "Santa Cruz": a saint's name makes a place. */
const SAINT = /^(?:san|santa|santo|são|saint|sainte|sankt|st\.?)$/i;
/** "al-Sayegh", "bin-Salman", "ad-Din": a surname whose lower-case particle is hyphenated to it. */
const HYPHENED_PARTICLES = ['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'bin', 'ibn', 'abu', 'ben', 'ould'];
const HYPHENATED_PARTICLE = new RegExp(`^(?:${HYPHENED_PARTICLES.join('|')})-\\p{Lu}`, 'u');
/**
 * HYPHENED_PARTICLES by the first two characters of particle and hyphen ("al" of "al-", "an" of
 * "an-"; all ASCII): a bit for each particle length, the place its hyphen goes (see hyphenNearStart).
 */
const HYPHEN_AT_LENGTHS = new Uint32Array(128 * 128);
for (const p of HYPHENED_PARTICLES) {
  const written = `${p}-`;
  // (Loudly, rather than a particle the table cannot hold screened out.)
  if (!/^[\x00-\x7f]+$/.test(written) || p.length > 30) throw new Error(`hyphenNearStart cannot screen for "${p}"`);
  HYPHEN_AT_LENGTHS[written.charCodeAt(0) * 128 + written.charCodeAt(1)] |= 1 << p.length;
}
/**
 * Whether text[start, end) opens as HYPHENATED_PARTICLE needs, with the first two characters of a
 * particle and a hyphen where that particle would end: most lower-case words are then decided by
 * one look-up, without cutting them out.
 */
function hyphenNearStart(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  // (Also false past the text's end, where a code is NaN.)
  if (!(a < 128 && b < 128)) return false;
  const lengths = HYPHEN_AT_LENGTHS[a * 128 + b]!;
  for (let n = 1; lengths >>> n !== 0; n++) if ((lengths & (1 << n)) !== 0 && start + n < end && text.charCodeAt(start + n) === 45) return true;
  return false;
}

/** Prepositions that open a sentence before a body's or a place's name: "Desde Vox, su portavoz …", "Depuis Bruxelles, …". */
const OPENING_PREPOSITION = /^(?:desde|hasta|hacia|durante|entre|según|tras|bajo|contra|depuis|dès|chez|parmi|selon|malgré|seit|laut|gegenüber)$/i;

/**
 * Words that open a sentence before a name and are no part of it: adverbs and prepositions with no
 * comma after them ("Earlier", "Meanwhile", "Amid", "Ayer", "Gestern"), a noun with its article
 * ("L’association"), a nationality ("Japanese Shohei Ohtani", "Kenyan Eliud Kipchoge", "Dutchwoman
 * …"), a few descriptors ("Superstar", "Rookie") and the agent nouns of an office written as a title
 * ("Legislator Hsu Mei-ling", "Meteorologist K Sreelatha", "Historiador …").
 */
const OPENER_BEFORE_NAME = /^(?:[ldLD]['’]\p{L}+|\p{L}+(?:ist|or|er|ian|ant|ent|eur|euse|ista|ador|adora|ero|era|ese|ish|an|ean|man|woman)|earlier|later|afterwards|meanwhile|yesterday|today|tonight|now|then|also|here|there|still|instead|enter|outside|inside|asked|despite|across|amid|unlike|following|under|like|with|without|against|superstar|rookie|veteran|billionaire|refugee|bajo|contra|sin|malgré|sans|contre|ayer|anoche|hoy|luego|después|entonces|también|mientras|cuando|según|tras|hier|aujourd['’]hui|puis|ensuite|alors|quand|selon|gestern|heute|dann|auch|als|laut)$/iu;

// …and articles: "le Danois Anders Holmgaard", "der Schwede Lars Berg" (a nationality before the name).
const PREPOSITION_BEFORE_NAME = new Set(['a', 'al', 'de', 'del', 'to', 'à', 'au', 'of', 'dem', 'der', 'von', 'bei', 'para', 'pour', 'for', 'per', 'amb', 'con', 'le', 'la', 'el', 'die', 'the']);

const GERMAN_ARTICLE = /^(?:ein|eine|einen|einem|einer|eines|der|die|das|dem|den|des|im|am|vom|zum|zur|beim|kein|keine|keinen|(?:mein|dein|sein|ihr|unser|euer|dies|jed|jen|manch|solch|welch)(?:e|en|em|er|es)?)$/i;
/** A lower-case German word with an inflected adjective's ending, not a verb's or a preposition's. */
function germanAdjective(word: string): boolean {
  return /^\p{Ll}[\p{Ll}ß]+(?:en|er|em|es)$/u.test(word) && !/ten$/.test(word) && !GERMAN_NOT_ADJECTIVE.test(word) && !isReportingVerb(word);
}
const GERMAN_NOT_ADJECTIVE = /^(?:über|unter|hinter|gegen|aber|oder|oben|unten|wieder|immer|später|früher|bereits|dessen|deren|denen|haben|werden|wurden|sollen|wollen|müssen|können|dürfen|seien|waren|hatten|wären|hätten|sagen|gehen|kommen|lassen|sehen|geben|nehmen|stehen|liegen|bleiben|nach|zwischen|neben|während|trotz|wegen|seit|bis|als|wenn|dass|denn|weder|entweder|jeder|jedes|jedem|jeden|einer|eines|einem|einen|keiner|keines|keinem|keinen|dieser|dieses|diesem|diesen|jener|welcher|mancher|unser|unseres|euer|ihrer|ihres|ihrem|ihren|seiner|seines|seinem|seinen|meiner|meines|meinem|meinen|ander|anderen|anderer|anderes|anderem|mehreren|vielen|einigen|allen|beiden)$/;

/** A lower-case word with a French or Spanish adjective's ending: "local", "mapochino", "lyonnais", "intérimaire", "opositora", "saliente". */
const ROMANCE_ADJECTIVE_ENDINGS = 'al el il ano ana ino ina ense és esa ais aise ois oise ien ienne aire ique ico ica eño eña iano iana ista ero era ier ière if ive eux euse or ora ores oras ente ante'.split(' ');
const ROMANCE_ADJECTIVE = new RegExp(`^\\p{Ll}{2,}(?:${ROMANCE_ADJECTIVE_ENDINGS.join('|')})$`, 'u');
// The screen below, from the same endings: the shortest word the pattern takes, and the endings' last letters.
const ROMANCE_ADJECTIVE_MIN_LENGTH = 2 + Math.min(...ROMANCE_ADJECTIVE_ENDINGS.map((e) => e.length));
const ROMANCE_ADJECTIVE_LAST = new Uint8Array(65536);
for (const e of ROMANCE_ADJECTIVE_ENDINGS) ROMANCE_ADJECTIVE_LAST[e.charCodeAt(e.length - 1)] = 1;

/** Whether ROMANCE_ADJECTIVE could match: long enough, and ending as one of its endings ends (most words before a name fail here, without the pattern). */
function mayBeRomanceAdjective(word: string): boolean {
  return word.length >= ROMANCE_ADJECTIVE_MIN_LENGTH && ROMANCE_ADJECTIVE_LAST[word.charCodeAt(word.length - 1)] === 1;
}

/** Particles that are also articles or "and": they follow another part of the name ("von der Leyen", "Ortega y Gasset"), never a first name alone ("sagte Wessel der Nachrichtenagentur"). */
const ARTICLE_PARTICLES = new Set(['der', 'la', 'le', 'y', 'i', 'das']);

/** Role nouns that can point back at a person ("the minister", "the analyst"). */
export const ROLE_HEADS =
  // Everyday roles a report calls people by: "the officer said", "a dit l’enseignante", "dijo el coronel".
  'mieter|mieterin|officer|colonel|lieutenant|sergeant|admiral|teacher|landlord|tenant|shopkeeper|organiser|organizer|paramedic|soldier|veteran|survivor|neighbour|neighbor|entrepreneur|businessman|businesswoman|investor|lecturer|epidemiologist|virologist|psychologist|psychiatrist|physicist|biologist|ecologist|geologist|archaeologist|architect|fisherman|clerk|trader|banker|strategist|consultant|contractor|ranger|midwife|pharmacist|dentist|veterinarian|therapist|vicar|chaplain|curator|librarian|editor|journalist|reporter|correspondent|lobbyist|whistleblower|demonstrator|referee|umpire|jockey|climber|' +
  'colonel|lieutenant|général|adjudant|gendarme|policier|policière|enquêteur|enquêtrice|inspecteur|inspectrice|enseignant|enseignante|instituteur|institutrice|agriculteur|agricultrice|éleveuse|viticulteur|viticultrice|vigneron|vigneronne|commerçant|commerçante|gérant|gérante|habitant|habitante|riverain|riveraine|militant|militante|bénévole|adjoint|adjointe|pilote|chauffeur|conducteur|conductrice|soldat|survivant|survivante|entrepreneuse|investisseur|biologiste|épidémiologiste|psychologue|psychiatre|pharmacien|pharmacienne|vétérinaire|architecte|journaliste|rédacteur|rédactrice|curé|prêtre|pasteur|rabbin|arbitre|coureur|coureuse|athlète|alpiniste|sauveteur|secouriste|responsable|salarié|salariée|ouvrier|ouvrière|notaire|ambassadeur|ambassadrice|' +
  'coronel|sargento|agente|investigador|investigadora|inspectora|maestro|maestra|científico|científica|experto|experta|analista|sociólogo|socióloga|politólogo|politóloga|vecino|vecina|agricultor|agricultora|ganadero|ganadera|pescador|pescadora|comerciante|empresario|empresaria|propietario|propietaria|dueño|dueña|activista|militante|representante|responsable|fundador|fundadora|piloto|conductor|conductora|soldado|superviviente|inversor|inversora|biólogo|bióloga|epidemiólogo|epidemióloga|psicólogo|psicóloga|psiquiatra|farmacéutico|farmacéutica|veterinario|veterinaria|arquitecto|arquitecta|párroco|árbitro|árbitra|atleta|alpinista|socorrista|rescatista|bombera|trabajador|trabajadora|empleado|empleada|notario|notaria|diplomático|diplomática|' +
  'minister|president|democrat|republican|dt|engineer|auditor|comptroller|registrar|ombudsman|undersecretary|solicitor|barrister|ingeniero|ingeniera|ingénieur|ingenieur|collector|honour|honor|secretary|chancellor|premier|governor|senator|mayor|ambassador|envoy|spokesperson|spokesman|' +
  'spokeswoman|director|commissioner|chairman|chairwoman|chair|chief|leader|general|official|analyst|expert|' +
  'professor|researcher|economist|scientist|author|judge|king|queen|prince|pope|diplomat|lawmaker|congressman|' +
  'congresswoman|representative|adviser|advisor|negotiator|executive|founder|head|commander|candidate|activist|' +
  'lawyer|attorney|prosecutor|witness|resident|boss|coach|manager|captain|frontman|frontwoman|singer|player|student|' +
  'presenter|host|co-host|anchor|newsreader|broadcaster|commentator|pundit|columnist|star|' +
  'doctor|surgeon|physician|nurse|médecin|infirmier|infirmière|syndicaliste|économiste|médico|médica|enfermero|enfermera|economista|' +
  'defendant|prévenu|prévenue|accusé|accusée|angeklagte|angeklagter|acusado|acusada|' +
  'commandant|commissaire|officier|comandante|comisario|teniente|kommandant|kommissar|firefighter|pompier|bombero|' +
  'superintendent|headteacher|headmaster|headmistress|sheriff|inspector|detective|councillor|councilman|councilwoman|trustee|' +
  'aide|staffer|source|profesor|profesora|professeur|professeure|préfet|préfète|actress|actor|actriz|acteur|actrice|schauspieler|schauspielerin|' +
  'critic|critique|crítico|crítica|kritiker|kritikerin|dramaturgo|dramaturga|playwright|dramaturge|artist|painter|sculptor|composer|poet|photographer|historian|artiste|peintre|historien|historienne|artista|pintor|pintora|historiador|historiadora|'+
  // Writers, film-makers and athletes by their art: "confiesa la autora", "sourit la romancière", "the novelist said".
  'novelist|filmmaker|screenwriter|choreographer|cyclist|swimmer|autora|escritor|escritora|novelista|cineasta|guionista|poeta|poetisa|coreógrafo|coreógrafa|fotógrafo|fotógrafa|músico|ciclista|tenista|nadador|nadadora|' +
  'auteur|auteure|autrice|écrivain|écrivaine|romancier|romancière|réalisateur|réalisatrice|cinéaste|chorégraphe|photographe|musicien|musicienne|cycliste|nageur|nageuse|' +
  // ("la bourgmestre": the Belgian mayor.)
  'ministre|président|présidente|maire|bourgmestre|élu|élue|juge|entraîneur|sélectionneur|capitaine|directeur|directrice|porte-parole|' +
  // French for the analyst, the researcher, the representative: "L’analyste juge …", "poursuit le chercheur".
  'analyste|chercheur|chercheuse|sociologue|politologue|représentant|représentante|experte|négociateur|négociatrice|fondateur|fondatrice|spécialiste|consultant|consultante|' +
  'technicien|technicienne|patron|patronne|dirigeant|dirigeante|édile|député|députée|sénateur|sénatrice|avocat|avocate|procureur|procureure|' +
  'striker|goalkeeper|midfielder|defender|forward|winger|joueur|joueuse|attaquant|gardien|jugador|jugadora|delantero|portero|stürmer|torwart|torhüter|tormann|goalie|verteidiger|mittelfeldspieler|spieler|spielerin|arquero|guardameta|golero|cancerbero|zaguero|mediocampista|atacante|ariete|centrodelantero|goleador|estratega|timonel|volante|defensor|keeper|skipper|quarterback|receiver|linebacker|' +
  'kanzler|kanzlerin|vorsitzende|vorsitzender|initiator|initiatorin|trainer|kapitän|' +
  'presidente|presidenta|ministra|ministro|alcalde|alcaldesa|edil|entrenador|técnico|capitán|director|directora|portavoz|' +
  'regidor|regidora|concejal|concejala|conseiller|conseillère|stadtrat|stadträtin|' +
  'coordinador|coordinadora|coordinator|coordinateur|coordinatrice|koordinator|koordinatorin|intendente|intendenta|' +
  'secretario|secretaria|secrétaire|consejero|consejera|conseller|consellera|vicepresidente|vicepresidenta|diputado|diputada|' +
  'senador|senadora|gobernador|gobernadora|embajador|embajadora|jefe|jefa|líder|delegado|delegada|délégué|déléguée|dirigente|' +
  // "el funcionario, de 52 años,", "el mandatario", "la vocera": Spanish words for an official.
  // ("la titular de Seguridad Social": the head of a ministry or an office.)
  'titular|funcionario|funcionaria|mandatario|mandataria|vocero|vocera|exministro|exministra|expresidente|expresidenta|' +
  'sindicalista|gerente|rector|rectora|recteur|rectrice|rapporteur|rapporteure|candidat|candidata|candidato|cm|' +
  'bishop|archbishop|cardinal|imam|rabbi|pastor|priest|obispo|arzobispo|prelado|sacerdote|évêque|archevêque|bischof|erzbischof|pfarrer|' +
  'mediator|mediador|mediadora|médiateur|médiatrice|vermittler|vermittlerin|' +
  // Court roles: "la fiscal", "el forense", "la letrada", "der Verteidiger", "la greffière".
  'fiscal|fiscala|forense|letrado|letrada|abogado|abogada|juez|jueza|magistrado|magistrada|testigo|procurador|procuradora|' +
  'témoin|greffier|greffière|magistrat|magistrate|zeuge|zeugin|staatsanwalt|staatsanwältin|verteidiger|verteidigerin|gutachter|gutachterin|' +
  '[\\p{L}-]*(?:minister|ministerin|meister|meisterin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|leiter|leiterin|' +
  'ökonom|ökonomin|forscher|forscherin|experte|expertin|wissenschaftler|wissenschaftlerin|berater|beraterin|direktor|direktorin|' +
  'arzt|ärztin|mediziner|medizinerin|pfleger|pflegerin|anwalt|anwältin|richter|richterin|gewerkschafter|gewerkschafterin|' +
  'künstler|künstlerin|maler|malerin|historiker|historikerin|kandidat|kandidatin|herausforderer|herausforderin|politiker|politikerin|' +
  'abgeordnete|abgeordneter|vorsitzende|vorsitzender|autor|autorin|schriftsteller|schriftstellerin|verleger|verlegerin|' +
  'juror|jurorin|preisträger|preisträgerin|trainerin|bürgerin|anwohner|anwohnerin|' +
  // Offices named by compounds: Vizekanzler, Bundeskanzlerin, Klubobfrau, Landeshauptmann, Staatssekretär, Energiereferentin.
  'kanzler|kanzlerin|obmann|obfrau|hauptmann|hauptfrau|sekretär|sekretärin|beauftragte|beauftragter|referent|referentin|' +
  // Councillors and heads of districts and offices: Stadträtin, Landrat, Bezirksvorsteherin, Kulturdezernent,
  // Feuerwehrkommandant. (Not a bare "-rat": Aufsichtsrat, Betriebsrat, Gemeinderat and "der Stadtrat" are also bodies.)
  'rätin|landrat|landesrat|baurat|vorsteher|vorsteherin|dezernent|dezernentin|kommandant|kommandantin|' +
  // Broadcasting and entertainment: "the presenter", "the star", "co-host Dan Whitlock".
  // Everyday roles, also as compounds: Hauptkommissarin, Polizeibeamter, Fahrlehrer, Gastwirt, Busfahrer.
  // Sport's, with their feminine forms: Kapitänin, Torwarttrainer, Nationalspielerin, Torhüterin.
  'trainer|kapitän|kapitänin|torhüterin|stürmerin|'+
  'kommissar|kommissarin|polizist|polizistin|beamter|beamtin|ermittler|ermittlerin|lehrer|lehrerin|wirt|wirtin|winzer|winzerin|unternehmer|unternehmerin|gründer|gründerin|inhaber|inhaberin|mitarbeiter|mitarbeiterin|sanitäter|sanitäterin|pilotin|fahrer|fahrerin|geschäftsführer|geschäftsführerin|oppositionsführer|oppositionsführerin|fraktionsführer|fraktionsführerin|parteiführer|parteiführerin|anführer|anführerin|spielführer|spielführerin|bergführer|bergführerin|lokführer|lokführerin|zugführer|zugführerin|soldat|soldatin|oberst|leutnant|feldwebel|offizier|offizierin|pfarrerin|pastorin|priester|rabbiner|psychologe|psychologin|biologe|biologin|geologe|geologin|soziologe|soziologin|politologe|politologin|apotheker|apothekerin|architekt|architektin|ingenieurin|journalist|journalistin|reporterin|redakteur|redakteurin|läufer|läuferin|athlet|athletin|bergsteiger|bergsteigerin|retter|retterin|helfer|helferin|aktivist|aktivistin|demonstrant|demonstrantin|bewohner|bewohnerin|nachbar|nachbarin|verkäufer|verkäuferin|investorin|bankerin|analystin|studentin|schüler|schülerin|vertreter|vertreterin|botschafter|botschafterin|diplomatin|' +
  'moderator|moderatorin|moderatore|moderatrice|presentadora|presentador|présentateur|présentatrice)';
// Matched against lower-cased words (see lowerCaseInPlace): no /i flag on this long list.
// ("vice-chancellor", "pro-vice-chancellor", "sous-préfète": a hyphenated prefix keeps the office. Not "co-": a
// co-presenter would hold "the presenter"; nor "ex-", who no longer holds it.)
const ROLE_HEAD_RE = new RegExp(`^(?:(?:vice|pro|sous)-)*(?:${ROLE_HEADS})s?$`, 'u');

/**
 * Two bit tables over the role words in ROLE_HEADS (see mayEndAsRoleHead): of each one's last three
 * characters, and of the three before its last one, case folded. Left unused, so no word is ruled
 * out, if the list is ever more than words and one group of endings ("[\\p{L}-]*(?:minister|…)")
 * of four letters or more.
 */
const ROLE_LAST_THREE = new Uint32Array(1 << 10);
const ROLE_THREE_BEFORE_LAST = new Uint32Array(1 << 10);
const ROLE_ENDINGS_KNOWN = fillRoleEndings(ROLE_HEADS);

function fillRoleEndings(heads: string): boolean {
  const open = '[\\p{L}-]*(?:';
  const at = heads.indexOf(open);
  if (at < 0 || !heads.endsWith(')')) return false;
  const words = heads.slice(0, at).split('|').filter(Boolean);
  const endings = heads.slice(at + open.length, -1).split('|');
  if (![...words, ...endings].every((w) => /^[\p{L}-]+$/u.test(w)) || endings.some((w) => w.length < 4)) return false;
  for (const w of [...words, ...endings]) {
    // (Short words are padded with 0 in front, as mayEndAsRoleHead pads them.)
    const code = (k: number) => (k >= 0 ? w.charCodeAt(k) : 0);
    const n = w.length;
    setBit(ROLE_LAST_THREE, foldedKey(code(n - 3), code(n - 2), code(n - 1)));
    setBit(ROLE_THREE_BEFORE_LAST, foldedKey(code(n - 4), code(n - 3), code(n - 2)));
  }
  return true;
}

/** Three character codes, case folded (& 31), as one key. */
function foldedKey(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

function setBit(table: Uint32Array, key: number): void {
  table[key >> 5] |= 1 << (key & 31);
}

function hasBit(table: Uint32Array, key: number): boolean {
  return (table[key >> 5] & (1 << (key & 31))) !== 0;
}

/**
 * Whether the word may end as a role word or its plural does: most words are ruled out by their
 * last four characters (five for a plural), without the cache or the pattern. (A role word ends
 * its match: an ending of four letters or more, or the whole of a listed word. Words with a
 * non-ASCII character there, whose lower case may fold differently, are left to the pattern.)
 */
function mayEndAsRoleHead(word: string): boolean {
  return mayEndAsRoleHeadAt(word, 0, word.length);
}

/** mayEndAsRoleHead of s[start, end), without cutting the word out. */
function mayEndAsRoleHeadAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (!ROLE_ENDINGS_KNOWN) return true;
  // The last four characters (0 before the word's start), d the last.
  const a = n >= 4 ? s.charCodeAt(end - 4) : 0;
  const b = n >= 3 ? s.charCodeAt(end - 3) : 0;
  const c = n >= 2 ? s.charCodeAt(end - 2) : 0;
  const d = n >= 1 ? s.charCodeAt(end - 1) : 0;
  if ((a | b | c | d) >= 128) return true;
  if (endsAsRoleWord(a, b, c, d)) return true;
  // A plural ("ministers", "MINISTERS"): the word before its s.
  if ((d & 31) !== (115 & 31)) return false;
  const z = n >= 5 ? s.charCodeAt(end - 5) : 0;
  return z >= 128 || endsAsRoleWord(z, a, b, c);
}

/**
 * Whether a role word (isRoleHead) ends somewhere in `s` as a pattern finds one, after a space or
 * an apostrophe and before a non-letter (APPOSITIVE_RE): at each such end, the run of letters and
 * hyphens before it is one (the bit tables first, then the cached pattern). Most text after a name
 * has none, and is then ruled out without the long pattern. (A code unit of an astral letter ends a
 * run: a role word with one still ends in its listed ending, all in the run.)
 */
function mayHoldRoleWord(s: string): boolean {
  let runStart = -1;
  for (let k = 0; k <= s.length; k++) {
    const letter = k < s.length && isLetterCode(s.charCodeAt(k));
    if (!letter && runStart >= 0 && mayEndAsRoleHeadAt(s, runStart, k) && isRoleHead(s.slice(runStart, k))) return true;
    if (letter || s.charCodeAt(k) === 45) {
      if (runStart < 0) runStart = k;
    } else runStart = -1;
  }
  return false;
}

/** Whether a word ending in the characters a, b, c, d may end as a role word does. */
function endsAsRoleWord(a: number, b: number, c: number, d: number): boolean {
  return hasBit(ROLE_LAST_THREE, foldedKey(b, c, d)) && hasBit(ROLE_THREE_BEFORE_LAST, foldedKey(a, b, c));
}

const DATE_WORD = /^(?:ende|anfang|mitte|early|mid|late|début|fin|mi|principios|finales|mediados)$/i;
const MONTH = /^(?:january|february|march|april|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i;

/** Other nouns for one office, mapped to the usual one. */
const ROLE_SYNONYMS: Record<string, string> = {
  edil: 'alcalde',
  alcaldesa: 'alcalde',
  intendente: 'alcalde',
  intendenta: 'alcalde',
  regidor: 'alcalde',
  regidora: 'alcalde',
  édile: 'maire',
  // (A story naming both a French maire and a Belgian bourgmestre may mix them up: rare.)
  bourgmestre: 'maire',
  técnico: 'entrenador',
  // "her Honour said": the judge ("Justice Pereira").
  honour: 'justice',
  honor: 'justice',
  judge: 'justice',
  // "…, says head": a school's head is its headteacher.
  headteacher: 'head',
  headmaster: 'head',
  headmistress: 'head',
  dt: 'entrenador',
  technicien: 'sélectionneur',
  entraîneur: 'sélectionneur',
  manager: 'coach',
  // "the CM" is the chief minister of Indian and Pakistani reports.
  cm: 'minister',
  // "Sen. Ann Reyes … the senator said": abbreviated titles are their offices.
  'sen.': 'senator',
  sen: 'senator',
  'gov.': 'governor',
  gov: 'governor',
  'atty.': 'attorney',
  // One goalkeeper, coach or captain by any of the names sports pages vary them with.
  golero: 'arquero',
  guardameta: 'arquero',
  cancerbero: 'arquero',
  portero: 'arquero',
  keeper: 'goalkeeper',
  estratega: 'entrenador',
  timonel: 'entrenador',
  skipper: 'captain',
};

export const PRONOUNS = new Set(['he', 'she', 'il', 'elle', 'er', 'sie', 'él', 'ella']);

const MALE_KIN = /^(?:son|husband|father|brother|grandson|grandfather|uncle|widower|hijo|esposo|marido|padre|hermano|nieto|abuelo|tío|viudo|fils|mari|père|frère|oncle|sohn|ehemann|mann|vater|bruder|onkel|enkel)$/;
const FEMALE_KIN = /^(?:daughter|wife|mother|sister|granddaughter|grandmother|aunt|widow|hija|esposa|mujer|madre|hermana|nieta|abuela|tía|viuda|fille|femme|mère|sœur|tante|veuve|tochter|ehefrau|frau|mutter|schwester|enkelin|witwe)$/;
/** Relatives a possessive names without a gender ("Ottoline’s parents"). */
const KIN_GENERIC = /^(?:mum|mom|dad|parents|children|kids|grandparents|partner|spouse|fiancée?|girlfriend|boyfriend|siblings)$/i;
const EITHER_KIN = /^(?:cousin|cousine|primo|prima)$/;

/** A word for a relation ("son", "Schwester", "hijos"): the one list the gender and the attribution of "her son said" read. */
/** The gender a kin word gives ("husband", "Tochter", "sœur"), or null. */
export function kinGender(word: string): 'm' | 'f' | null {
  const w = lowerCase(word);
  return MALE_KIN.test(w) ? 'm' : FEMALE_KIN.test(w) ? 'f' : null;
}

export function isKinWord(word: string): boolean {
  const w = lowerCase(word);
  return [w, w.replace(/s$/, '')].some((x) => MALE_KIN.test(x) || FEMALE_KIN.test(x) || EITHER_KIN.test(x));
}
const MALE_TITLE = /^(?:mr\.?|sir|lord|herr|m\.|monsieur|señor|sr\.?|don|king|prince)$/;
const FEMALE_TITLE = /^(?:mrs\.?|ms\.?|miss|madam|madame|dame|lady|frau|mme|mlle|señora|sra\.?|doña|queen|princess|ministra|presidenta|alcaldesa|directora|présidente|directrice|cheffe)$/;

/** 'm' / 'f' when a title, a gendered role word or a common first name says so ("Ms Okoro", "Bürgermeisterin", "Doris"), else null. */
export function genderOf(p: Person): 'm' | 'f' | null {
  // A title says it outright (Mr, Frau); then the first name; a feminine office ("Ministerin") last
  // ("Vorsitzende" is either: der or die Vorsitzende).
  for (const role of p.roles) {
    for (const w of role.split(/\s+/)) {
      if (MALE_TITLE.test(w)) return 'm';
      if (FEMALE_TITLE.test(w)) return 'f';
    }
  }
  // "Her son, Lee Dacey": a relation the page gave them says it better than a first name can.
  for (const role of p.roles) {
    const kin = kinGender(role);
    if (kin) return kin;
  }
  const byName = p.parts.length >= 2 ? givenNameGender(p.parts[0]) : null;
  if (byName) return byName;
  for (const role of p.roles) for (const w of role.split(/\s+/)) if (/(?:erin|entin|istin)$/u.test(w) && isRoleHead(w)) return 'f';
  return impliedGender(p) ?? null;
}

/** The People whose inferGenders is still to run, by each of their persons (see People.inferGenders). */
const gendersToSettle = new WeakMap<Person, People>();

/** p.impliedGender, once the inference it waits for has run. */
function impliedGender(p: Person): 'm' | 'f' | undefined {
  gendersToSettle.get(p)?.settleGenders();
  return p.impliedGender;
}

/**
 * Evidence that a capitalised run names a person rather than a place, prize or noun ("Deutschen
 * Buchpreis", "United Nations"): a known first name, a title or role, or several mentions.
 */
const hasMiddleInitial = (parts: readonly string[]) => parts.length >= 3 && parts.slice(1, -1).some((part) => /^\p{L}\.$/u.test(part));

/** Adds an office to a person's roles once: a title repeated at every mention would make each look-up of the roles grow with the page. */
export function addRole(person: Person, role: string): void {
  if (!person.roles.includes(role)) person.roles.push(role);
}

export function isPersonLike(p: Person): boolean {
  if (p.quotedOnly || p.body || isOrganisationName(p.parts) || isPlace(p)) return false;
  // "Felisa A. Tadeo": a middle initial is written only of people.
  return (p.parts.length >= 2 && isGivenName(p.parts[0])) || p.roles.length > 0 || p.mentions.length + (p.pageMentions ?? 0) >= 2 || hasMiddleInitial(p.parts) || p.described === true || (p.parts.length >= 2 && impliedGender(p) !== undefined);
}

/** "Sankt Ilie", "Lager Sankt Ilie", "St. Pölten", "Santa Cruz": a town or a church named after a saint (not "Yves Saint Laurent"). */
function namedAfterSaint(parts: readonly string[]): boolean {
  for (let i = 0; i + 1 < parts.length; i++) if (SAINT.test(parts[i]!) && (i === 0 || !isGivenName(parts[i - 1]!))) return true;
  return false;
}

const roleHeadCache = new Map<string, boolean>();

export function isRoleHead(word: string): boolean {
  if (!mayEndAsRoleHead(word)) return false;
  // Cached: the pattern's open prefix ("…minister") backtracks, and pages repeat their words.
  let known = roleHeadCache.get(word);
  if (known === undefined) {
    known = ROLE_HEAD_RE.test(lowerCaseInPlace(word));
    if (roleHeadCache.size > 50_000) roleHeadCache.clear();
    roleHeadCache.set(word, known);
  }
  return known;
}

// "CDU-Herausforderer", "SPD-Politikerin", "PS-Abgeordnete": a party or body glued to a noun is a title.
const AFFILIATED = { body: 2, noun: 4 };
const AFFILIATED_NOUN = new RegExp(`^\\p{Lu}{${AFFILIATED.body},}-\\p{Lu}\\p{Ll}{${AFFILIATED.noun - 1},}$`, 'u');
// (Shorter words are decided without the pattern.)
const AFFILIATED_NOUN_MIN_LENGTH = AFFILIATED.body + 1 + AFFILIATED.noun;

// British police ranks before a surname, "DS Briggs", "DCI Moss", "Det Insp Holt": in capitals only
// (not the particle of "Luigi Di Maio", "Giovanni di Lorenzo").
const POLICE_RANK = /^(?:DS|DC|DI|DCI|DSU|PC|PCSO|Det)$/;

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.hasLowerCase(word) || POLICE_RANK.test(word) || (isRoleHead(word) && !isPluralOffice(word)) || (mayBeAffiliatedNoun(word) && AFFILIATED_NOUN.test(word)) || officeAfterElidedArticle(word) !== null;
}

/** "Reporters Without Borders", "Veterans Affairs": an office in the plural opens a body's name; it is no one's title. */
function isPluralOffice(word: string): boolean {
  return word.length > 3 && (word.charCodeAt(word.length - 1) | 32) === 115 && !/(?:ss|us|is)$/i.test(word) && isRoleHead(word.slice(0, -1));
}

/** "l’avocate", "L’entraîneur": a French office with its article elided into it; the office (lower case), or null. */
function officeAfterElidedArticle(word: string): string | null {
  if (word.length < 4 || (word.charCodeAt(0) | 32) !== 108 || (word[1] !== '’' && word[1] !== "'")) return null;
  const office = word.slice(2);
  return isRoleHead(office) ? lowerCase(office) : null;
}

/** Whether AFFILIATED_NOUN could match: long enough, no small ASCII letter second, a hyphen (most capitalised words fail here, without the pattern). */
function mayBeAffiliatedNoun(word: string): boolean {
  if (word.length < AFFILIATED_NOUN_MIN_LENGTH) return false;
  const second = word.charCodeAt(1);
  return !(second >= 97 && second <= 122) && word.includes('-');
}

/** Organisations speak too, but they are not people: "Cumbria Police", "Foreign Ministry". */
// Nouns for bodies a name may follow directly, and the articles before them (see People.afterBodyNoun).
const BODY_NOUNS = new Set(['platform', 'plataforma', 'plateforme', 'group', 'groupe', 'grupo', 'collectif', 'colectivo', 'kollektiv', 'association', 'asociación', 'charity', 'organisation', 'organization', 'organización', 'organisme', 'movement', 'movimiento', 'mouvement', 'bewegung', 'coalition', 'coalición', 'alliance', 'alianza', 'initiative', 'iniciativa', 'bürgerinitiative', 'verein', 'verband', 'gruppe', 'network', 'réseau', 'netzwerk', 'firm', 'company', 'empresa', 'entreprise', 'société', 'sociedad', 'union', 'sindicato', 'syndicat', 'gewerkschaft', 'club', 'foundation', 'fundación', 'fondation', 'stiftung', 'newspaper', 'diario', 'periódico', 'journal', 'zeitung', 'agency', 'agencia', 'agence', 'agentur', 'institute', 'instituto', 'institut', 'consultancy', 'consultora', 'startup', 'start-up', 'label', 'brand', 'marca', 'marque', 'marke', 'ong', 'ngo', 'cooperative', 'cooperativa', 'coopérative', 'genossenschaft', 'federation', 'federación', 'fédération']);
const BODY_DETERMINERS = new Set(['the', 'a', 'an', 'la', 'el', 'los', 'las', 'una', 'un', 'le', 'les', 'une', 'die', 'der', 'das', 'den', 'dem', 'des', 'eine', 'ein', 'einer', 'del', 'al', 'du', 'au', 'of', 'de']);
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Adjectives that follow a body's noun in French, Spanish and German: "ecologista", "vecinal", "citoyen", "écologique". */
const BODY_ADJECTIVE = /(?:ista|istas|iste|istes|al|ale|ales|aux|ique|iques|ico|ica|icos|icas|oyen|oyenne|ano|ana)$/;

// (Events too: "the Aldwick Regatta", "Festival de Cannes", "Bergmarathon".)
const ORG_WORD = /^(?:regatta|festival|marathon|carnival|parade|expo|summit|tournament|championship|championships|olympics|festspiele|turnier|meisterschaft|régate|carnaval|tournoi|championnat|regata|torneo|campeonato|réseau|collectif|colectivo|plataforma|plateforme|netzwerk|bündnis|coordination|coordinadora|observatoire|observatorio|constabulary|seguridad|security|sicherheit|municipality|municipalité|municipio|municipalidad|borough|gendarmerie|carabinieri|guardia|forum|initiative|campaign|league|collective|observatory|watch|international|caucus|guild|cooperative|syndicate|partnership|taskforce|conservancy|network|police|ministry|council|supporters|fans|wähler|télévisions|televisión|televisão|víctimas|victims|opfer|victimes|division|habitat|power|energy|systems|technologies|holdings|partners|capital|airlines|airways|motors|pharma|pharmaceuticals|biologics|therapeutics|biosciences|biotech|resources|mining|minerals|metals|petroleum|chemicals|foods|beverages|brands|properties|realty|carting|hauling|freight|shipping|labs|media|solutions|industries|insurance|logistics|telecom|communications|networks|software|utilities|kunsthalle|museum|galerie|gallery|primero|primera|advisory|securities|consulting|consultancy|ventures|investments|analytics|strategies|exporters|producers|wire|organization|organisation|frente|front|bloc|alliance|alianza|coalition|coalición|movement|movimiento|mouvement|bewegung|zulieferer|hersteller|konzern|anbieter|betreiber|händler|versorger|versicherer|autobauer|maschinenbauer|mittelständler|fabricant|constructeur|groupe|fabricante|empresa|firma|compañía|compagnie|supplier|retailer|carmaker|automaker|insurer|lender|maker|sports|radio|tv|television|broadcasting|water|racing|motorsport|f1|hospital|hôpital|clinic|clinique|clínica|klinikum|universidad|universitario|universitaria|université|universität|school|college|escuela|école|schule|ysgol|hotel|hôtel|museo|musée|stadium|estadio|stade|theater|theatre|federation|bureau|directorate|secretariat|fédération|syndicat|federación|sindicato|party|government|department|office|agency|company|inc|ltd|corp|university|court|union|association|committee|commission|institute|foundation|group|bank|reserve|fund|trust|financial|bancorp|project|projekt|proyecto|projet|treasury|exchange|club|fc|news|times|post|press|presse|tribune|gazette|herald|journal|telegraph|chronicle|agency|service|services|authority|board|army|forces|parliament|senate|congress|assembly|assemblée|asamblea|ministerium|regierung|polizei|partei|verein|ministère|gouvernement|mairie|conseil|ministerio|gobierno|govern|generalitat|ayuntamiento|policía|partido|banco|banca|banque|comisión|comité|consejo|tribunal|juzgado|fiscalía|instituto|fundación|asociación|agencia|autoridad|oficina|departamento|servicio|agence|autorité|fondation|institut|kommission|gericht|behörde|daily|weekly|evening|morning|sunday|courier|review|magazine|observer|monitor|mirror|express|examiner|inquirer|bulletin|dispatch|sentinel|jazeera|zeitung|rundschau|anzeiger|kurier|nachrichten|tagblatt|periódico|revista|gaceta|quotidien|hebdo)$/i;

/** A Spanish article right before a nickname: "el Flaco Ledesma", "la Chula Pérez". */
const NICKNAME_ARTICLE_BEFORE = /(?:^|\s)(?:el|la|El|La)\s$/;

/** Last words of places, teams, groups, laws and firms named by their trade: "Capitol Hill", "Carrow Vale", "Dunmore Athletic", "Halvorsen Station", "the Patriot Act", "Northfell Aggregates" (last only: "Economics Editor Faisal Islam" is a person). */
const PLACE_OR_TEAM_END = /^(?:aggregates|economics|precision|engineering|construction|developments|estates|homes|builders|contractors|transport|research|north|south|east|west|central|hill|hills|street|road|avenue|lane|line|way|drive|crescent|hollow|creek|canyon|mesa|springs|falls|harbour|harbor|beach|mountains|square|park|station|bridge|river|valley|vale|island|islands|county|province|district|region|airport|stadium|arena|showground|showgrounds|fairground|fairgrounds|racecourse|oval|hall|house|palace|tower|centre|center|city|town|village|heights|athletic|athletics|united|rovers|wanderers|rangers|albion|villa|olympic|olympique|sporting|living|liberties|rights|americans|europeans|africans|asians|germans|russians|ukrainians|palestinians|israelis|deutschland|schweiz|österreich|frankreich|france|españa|platz|straße|strasse|bahnhof|bill|act|amendment|ordinance|treaty|accord|charter|directive)$/i;
/** German compounds naming bodies ("Mieterverband", "Gewerkschaft"); words that open the name of a group or a place ("Familie Brunnhofer", "West Midlands"). */
const GROUP_COMPOUND = /(?:kommission|verband|verein|gewerkschaft|ministerium|partei|kammer|gesellschaft|stiftung|institut|konzern|gruppe|kasse|behörde|halle|museum|galerie|bibliothek|hochschule|universität|klinikum|krankenhaus|verlag)$/i;
const GROUP_FIRST = /^(?:north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|nord|sud|est|ouest|nord-|süd|ost|norte|sur|este|oeste|manche|viele|einige|mehrere|wenige|beide|andere|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|familie|famille|familia|family|prozent|euro|millionen|milliarden|kosten|tausende|zehntausende|hunderttausende|hunderte|dutzende|dutzenden|tausenden|hunderten|wochen|monaten|monate|jahren|jahre|tagen|stunden|minuten|club|unión|union|real|atlético|deportivo|deportes|sporting|racing|fc|sc|sv|as|ac|cd|ud|cf|sd|rcd|afc|vfb|vfl|tsv|fsv|fortuna|borussia|eintracht|dynamo|arminia|alemannia|viktoria|germania|preußen|sportfreunde|turbine|olympia|san|santa|santo|saint|sainte|sankt|são|izquierda|derecha|gauche|droite|linke|barri|barrio|quartier|viertel|river|lake|mount|fort|port|cape|bay|río|rio|lac|mont|typhoon|hurricane|cyclone|tropical|tormenta|huracán|tifón|ouragan|tempête|sturm|orkan|taifun|hurrikan|stadt|ville|ciudad|gemeinde|kanton|canton|bezirk|provincia|département|comune)$/i;

/** Organisations, places and teams speak too, but they are not people. */
// German capitalises every noun, so two nouns in a row look like a name: "die Häuser Planungssicherheit brauchen".
const GERMAN_ABSTRACT_NOUN = /^\p{Lu}\p{L}{4,}(?:heit|keit|schaft|ismus|tät)$/u;

export function isOrganisationName(words: string[]): boolean {
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  // A firm's legal form, in capitals: "Brunnhofer Präzision AG", "Lumenfold AI" (not "Ai Weiwei").
  if (words.length >= 2 && last.length <= LONGEST_LEGAL_FORM && LEGAL_FORM.test(last)) return true;
  // "Maglio Carting Corp.", "Dunmore & Sons Co.": an abbreviated legal form with its full stop.
  if (words.length >= 2 && last.charCodeAt(last.length - 1) === 46 && ABBREVIATED_LEGAL_FORM.test(last)) return true;
  // "Jim Courier", "Samantha Power", "Emily Post": a first name and a surname that is also a word for a body.
  // (The surname first: few are such words.)
  if (words.length === 2 && SURNAME_LIKE_BODY.test(words[1]!) && isGivenName(words[0]!) && !PLACE_AS_FIRST_NAME.test(words[0]!)) return false;
  // A word for a body anywhere (or a German abstract noun in a longer name), a place's or team's
  // last word, or a group's first word. (A loop over each word's bits, looked up once: \`some\` with
  // an arrow function over \`words\` made a context at every call, and the rules ask this of most names.)
  const bodyBits = words.length > 1 ? BODY_WORD | ABSTRACT_NOUN : BODY_WORD;
  let firstBits = 0;
  let lastBits = 0;
  for (let k = 0; k < words.length; k++) {
    const bits = bodyWordTests(words[k]!);
    if ((bits & bodyBits) !== 0) return true;
    if (k === 0) firstBits = bits;
    lastBits = bits;
  }
  return (lastBits & PLACE_OR_TEAM_LAST) !== 0 || (words.length >= 2 && (firstBits & GROUP_OPENER) !== 0);
}

// What the patterns above say of one word, as bits.
const BODY_WORD = 1; // ORG_WORD or GROUP_COMPOUND
const ABSTRACT_NOUN = 2; // GERMAN_ABSTRACT_NOUN
const PLACE_OR_TEAM_LAST = 4; // PLACE_OR_TEAM_END
const GROUP_OPENER = 8; // GROUP_FIRST
const bodyWordBits = new Map<string, number>();

/**
 * The patterns' verdicts on a word, remembered: they are long alternations (a microsecond a word),
 * and the rules ask isOrganisationName about the same names again and again. The verdicts depend on
 * the word alone, so pages may share them; longer words, slices that would keep a page's text
 * alive, are not remembered.
 */
function bodyWordTests(word: string): number {
  let bits = bodyWordBits.get(word);
  if (bits === undefined) {
    // (GERMAN_ABSTRACT_NOUN's endings all end in "t" or "s": other words are decided without it.)
    const last = word.charCodeAt(word.length - 1);
    bits =
      (ORG_WORD.test(word) || GROUP_COMPOUND.test(word) ? BODY_WORD : 0) |
      ((last === 116 || last === 115) && GERMAN_ABSTRACT_NOUN.test(word) ? ABSTRACT_NOUN : 0) |
      (PLACE_OR_TEAM_END.test(word) ? PLACE_OR_TEAM_LAST : 0) |
      (GROUP_FIRST.test(word) ? GROUP_OPENER : 0);
    if (word.length > 12) return bits;
    if (bodyWordBits.size >= 50_000) bodyWordBits.clear();
    bodyWordBits.set(word, bits);
  }
  return bits;
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

function isAllCaps(word: string): boolean {
  if (word.length < 3) return false;
  // Most capitalised words have an ASCII lower-case second letter: decided without the Unicode regex.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return !/\p{Ll}/u.test(word);
}

/** Initials written together ("K.R.") right before a capitalised name word; not "U.S.", "U.N.", "D.C.". */
function initialsBeforeName(text: string, tokens: Tokens, i: number): boolean {
  const word = tokens.word(i);
  if (!/^(?:\p{Lu}\.){2,3}$/u.test(word) || DOTTED_PLACE_OR_BODY.test(word) || i + 1 >= tokens.length) return false;
  const next = tokens.word(i + 1);
  return tokens.starts[i + 1] - tokens.ends[i] === 1 && text.charCodeAt(tokens.ends[i]) === 32 && isCapitalised(next) && !isAllCaps(next) && !isTitleWord(next) && !ORG_WORD.test(next) && !CLUB_OR_FIRM_AFTER_INITIALS.test(next);
}
/** Clubs and firms written with initials ("A.C. Milan", "J.P. Morgan"); people are too ("A.C. Grayling", "S.S. Rajamouli"). */
const CLUB_OR_FIRM_AFTER_INITIALS = /^(?:Milan|Porto|Lazio|Roma|Leipzig|Morgan|Moller-Maersk|Chase|Monaco|Salzburg|Monterrey|Guadalajara|Braga|Monza|Napoli|Torino|Genoa|Sampdoria|Lens|Bordeaux)$/;
const DOTTED_PLACE_OR_BODY = /^(?:F\.C\.|U\.S\.|U\.K\.|U\.N\.|E\.U\.|D\.C\.|L\.A\.|N\.Y\.|N\.Z\.|S\.A\.|U\.S\.A\.|P\.M\.|A\.M\.|R\.I\.P\.)$/;

// (Spaces only, never a line break: "Budget ‘Will Hurt Families’" ending a headline is no nickname of the paragraph after.)
const NICKNAMED = /(\p{Lu}[\p{L}'’-]+)[ \u00A0]+["“‘'«»„‚][ \u00A0]?(?:\p{L}+[ \u00A0]){0,2}\p{L}+[ \u00A0]?["”’'»«“‘][ \u00A0]+(\p{Lu}[\p{L}'’-]+)/uy;
/** The marks that may open a nickname (as NICKNAMED does), by code. */
const NICKNAME_OPENING = charCodes('"“‘\'«»„‚');

/** A letter, an apostrophe or a hyphen: a character of the name before a nickname. */
const isNicknamedNameCode = (code: number) => code === 39 || code === 0x2019 || code === 45 || isLetterCode(code);

/** Full names split by a quoted nickname: Moises "Big Mo" Ferreira, Daniel 'el Chino' Robles. */
export function findNicknamedNames(text: string, marks = new MarkFinder(text)): NameMention[] {
  const out: NameMention[] = [];
  // Only try the full pattern where an opening mark follows a space after a capitalised word (cheap
  // pre-filter): at the page's quote marks (`marks`, found once for the page), not by a scan of its own.
  for (let at = marks.at(1); at < text.length; at = marks.at(at + 1)) {
    if (!NICKNAME_OPENING.has(text.charCodeAt(at)) || !isSpaceCode(text.charCodeAt(at - 1))) continue;
    const space = at - 1;
    let wordStart = space;
    // (By char code, as /[\p{L}'’-]/u reads one: that regex on each character cut out was most of the walk's time.)
    while (wordStart > 0 && isNicknamedNameCode(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === space || !isCapitalised(text[wordStart])) continue;
    NICKNAMED.lastIndex = wordStart;
    const m = NICKNAMED.exec(text);
    if (!m || m.index !== wordStart) continue;
    if (NOT_NAME.hasLowerCase(m[1]) || NOT_NAME.hasLowerCase(m[2])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, words: [m[1], m[2]], title: '', surface: m[0] });
  }
  return out;
}

/** Spaces and opening marks that may stand before a sentence's first word, and what ends the sentence before them, as char codes (see sentenceInitial). */
const BEFORE_SENTENCE_START = charCodes(' \u00A0"“„«»‘‚\'(');
const SENTENCE_BREAK = charCodes('\n.!?:');

function charCodes(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

// (By char code: a character cut out of the page's text is a new string when it is beyond Latin-1, as curly quotes are.)
function sentenceInitial(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && BEFORE_SENTENCE_START.has(text.charCodeAt(k))) k--;
  return k < 0 || SENTENCE_BREAK.has(text.charCodeAt(k));
}

const lowerWordsCache = new WeakMap<Tokens, Map<string, boolean>>();
/** How far from the word the page is searched for it in lower case: bounded, so a long page stays linear. */
const LOWER_CASE_REACH = 20_000;

/**
 * In a Title Case headline every word is capitalised, verbs too: a run of capitals there is a name
 * only up to a reporting verb ("Osterberg Says Inflation" → "Osterberg", "Tim Cook Says Apple" →
 * "Tim Cook"), or after one that opens it ("Says Starmer" → "Starmer").
 */
export function trimTitleCaseRuns(text: string, headlines: readonly [number, number][], names: NameMention[]): NameMention[] {
  if (headlines.length === 0) return names;
  const out: NameMention[] = [];
  for (const m of names) {
    const verb = m.words.findIndex((word) => !isGivenName(word) && isReportingVerb(lowerCase(word)));
    if (verb < 0 || !headlines.some(([start, end]) => m.start >= start && m.end <= end)) {
      out.push(m);
      continue;
    }
    const after = m.words.slice(1);
    const nextVerb = after.findIndex((word) => isReportingVerb(lowerCase(word)));
    const words = verb > 0 ? m.words.slice(0, verb) : nextVerb < 0 ? after : after.slice(0, nextVerb);
    if (words.length === 0) continue;
    // (Where the kept words are: from the mention's start, or after the verb.)
    const start = verb > 0 ? m.start : text.indexOf(words[0]!, m.start + m.words[0]!.length);
    let end = start;
    for (const word of words) end = text.indexOf(word, end) + word.length;
    out.push({ start, end, words, title: verb > 0 ? m.title : '', surface: text.slice(verb > 0 ? m.end - m.surface.length : start, end) });
  }
  return out;
}

/** Whether the page also writes the word in lower case nearby (a common word, not a name). Looked up on demand: few words need it. */
function usedLowerCase(text: string, tokens: Tokens, word: string, at: number): boolean {
  let cache = lowerWordsCache.get(tokens);
  if (!cache) {
    cache = new Map();
    lowerWordsCache.set(tokens, cache);
  }
  const lower = lowerCase(word);
  let known = cache.get(lower);
  if (known === undefined) {
    known = false;
    const from = Math.max(0, at - LOWER_CASE_REACH);
    const to = Math.min(text.length, at + LOWER_CASE_REACH);
    // (Searched in the stretch that holds every occurrence starting before `to`: a search of the
    // text ran on to the next occurrence, to the page's end for a word it does not have.)
    const stretch = text.slice(from, to + lower.length - 1);
    for (let k = stretch.indexOf(lower); k >= 0 && !known; k = stretch.indexOf(lower, k + 1)) {
      const found = from + k;
      const before = found > 0 ? text.charCodeAt(found - 1) : 32;
      const after = found + lower.length < text.length ? text.charCodeAt(found + lower.length) : 32;
      known = !isLetterCode(before) && !isLetterCode(after);
    }
    cache.set(lower, known);
  }
  return known;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && /\p{L}/u.test(String.fromCharCode(code)));
}

/**
 * A lower-case particle joins a name only after a first name: "Charles de Gaulle", "Mark van
 * Bommel", but not "Logivia de Vernay-sur-Oise" or "Chefärztin der Notaufnahme".
 */
function startsWithGivenName(tokens: Tokens, text: string, from: number, to: number): boolean {
  let k = from;
  // "Then Ana de la Fuente": a sentence's capitalised first word is not part of the name.
  if (k < to && sentenceInitial(text, tokens.starts[k]) && !isGivenName(tokens.word(k))) k++;
  while (k <= to && isTitleWord(tokens.word(k))) k++;
  return k <= to && isGivenName(tokens.word(k));
}

/**
 * The particle at `k` is followed by a capitalised name part, or, right after a first name, a
 * second particle is ("Ursula von der Leyen"); after a surname "von der" is an affiliation
 * ("Henrik Salzmann von der Universität").
 */
function particlesLeadToName(tokens: Tokens, text: string, k: number, afterFirstName: boolean): boolean {
  for (let next = k + 1; next <= k + (afterFirstName ? 2 : 1) && next < tokens.length; next++) {
    if (text.slice(tokens.ends[next - 1], tokens.starts[next]) !== ' ') return false;
    if (isCapitalised(tokens.word(next))) return true;
    if (!isParticle(tokens.word(next))) return false;
  }
  return false;
}

/**
 * "José María de la Cruz": the particles from token `k` lead to one capitalised word that ends the
 * name, not a body's name ("Javier Martín de la Policía Nacional", "Pedro Martín de la Junta de Andalucía").
 */
function endsAfterParticles(tokens: Tokens, text: string, k: number): boolean {
  let n = k;
  while (n < tokens.length && n < k + 3 && isParticle(tokens.word(n))) n++;
  if (n >= tokens.length || ORG_WORD.test(tokens.word(n))) return false;
  // (The next word goes on the phrase only after a single space: "Cruz." ends it.)
  if (n + 1 >= tokens.length || text.slice(tokens.ends[n], tokens.starts[n + 1]) !== ' ') return true;
  const after = tokens.word(n + 1);
  return !isCapitalised(after) && !isParticle(after);
}

/**
 * "der Wurf von Aylin Demir von Lena Voss’ Arm": after a full name ending in a surname (tokens i..j),
 * a particle followed by a first name and another capital starts someone else's name. (Not "Ursula
 * von der Leyen", "José María de la Cruz": there the word before the particle is a first name.)
 */
function anotherFullNameAfterParticle(tokens: Tokens, i: number, j: number): boolean {
  return j > i && j + 3 < tokens.length && !isGivenName(tokens.word(j)) && isGivenName(tokens.word(j + 2)) && isCapitalised(tokens.word(j + 3));
}

/** After the particles from token `k` and the capitalised word they lead to: an age, an office or a reporting verb. */
function describedAsPersonAfterParticles(tokens: Tokens, text: string, k: number): boolean {
  let n = k;
  while (n < tokens.length && isParticle(tokens.word(n))) n++;
  if (n >= tokens.length || !isCapitalised(tokens.word(n))) return false;
  const after = text.slice(tokens.ends[n], tokens.ends[n] + 60);
  const office = /^,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the|la|el|le|der|die)\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)/u.exec(after);
  return /^,\s+\d{1,3}[,\s]/.test(after) || (!!office && isRoleHead(office[1])) || isReportingVerb(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '');
}

const ELIDED_BEFORE_NAME = /^(?:d|qu)['’](?=\p{Lu}\p{Ll})/u;
/** ' or ’ (char test: it runs for every lower-case word). */
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

const OF_WORDS = new Set(['of', 'for', 'de', 'du', 'des', 'der', 'del', 'für']);
/** The length of the longest of OF_WORDS: longer words (lower-casing never shortens one) are no "of". */
const LONGEST_OF_WORD = Math.max(...[...OF_WORDS].map((w) => w.length));
/** The first letters of OF_WORDS (all ASCII), by code. */
const OF_WORD_FIRSTS = [...new Set([...OF_WORDS].map((w) => w.charCodeAt(0)))];

/**
 * Whether a word opening with this code may be one of OF_WORDS once lower-cased: an ASCII one only
 * if it is their first letter in either case (code | 32 folds a capital, and no other code, onto its
 * small letter), so most words are ruled out without being cut out and lower-cased.
 */
function mayOpenOfWord(code: number): boolean {
  return code >= 128 || OF_WORD_FIRSTS.includes(code | 32);
}

/**
 * The capitalised words after "Federation of", "Office for", "Schockraum der" end the name of a
 * body or a place ("Thalbrian Employers", "Fiscal Oversight", "Kreisklinik Lindach"), unless a
 * title or a first name says a person follows ("Secretary of State Antony Blinken").
 */
function isTailOfProperNoun(tokens: Tokens, i: number, words: readonly { word: string }[]): boolean {
  if (i < 2) return false;
  // "Federation of Thalbrian": one space either side of the "of".
  // (Spacing and length first: they need no word cut out, and rule out the word before most names.)
  if (tokens.starts[i - 1] - tokens.ends[i - 2] !== 1 || tokens.starts[i] - tokens.ends[i - 1] !== 1) return false;
  if (tokens.ends[i - 1] - tokens.starts[i - 1] > LONGEST_OF_WORD || !mayOpenOfWord(tokens.text.charCodeAt(tokens.starts[i - 1])) || !OF_WORDS.has(lowerCase(tokens.word(i - 1)))) return false;
  const head = tokens.word(i - 2);
  return isCapitalised(head) && !isTitleWord(head) && !words.some(isGivenNameToken);
}

/** Whether the character at text[at] is a lower-case letter (\p{Ll}), ASCII decided without a pattern. */
function lowerCaseAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 97 && code <= 122 : /\p{Ll}/u.test(text[at]!);
}

/** Whether AFTER_NAME_IN_CAPITALS could match: its length, an ASCII first character a capital (most words fail here, without the pattern). */
function mayBeCapitalsAfterName(word: string): boolean {
  if (word.length < CAPITALS_AFTER_NAME.min || word.length > CAPITALS_AFTER_NAME.max) return false;
  const code = word.charCodeAt(0);
  return code >= 128 || (code >= 65 && code <= 90);
}

/** A name particle, in any case ("de", "Van"); words longer than any particle are decided without lower-casing them. */
export function isParticle(word: string): boolean {
  return word.length <= LONGEST_PARTICLE && PARTICLES.hasLowerCase(word);
}

/** The first letters of PARTICLE_WORDS (all ASCII), by code. */
const PARTICLE_FIRSTS = [...new Set(PARTICLE_WORDS.map((w) => w.charCodeAt(0)))];

/**
 * Whether text[start, end) may be a particle (isParticle): short enough, and an ASCII first
 * character only one of theirs in either case (code | 32 folds a capital, and no other code, onto
 * its small letter). Most words are ruled out without being cut out.
 */
function mayBeParticleAt(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  return end - start <= LONGEST_PARTICLE && (code >= 128 || PARTICLE_FIRSTS.includes(code | 32));
}

/**
 * The first token from `i` on that may open a name: a capitalised word, or a lower-case one with an
 * apostrophe or a hyphen near its start ("d’Adama", "al-Sayegh"). Most of a page is lower-case words,
 * passed over here in a tight loop before findNameMentions looks at a word closely.
 */
function nextNameCandidate(text: string, tokens: Tokens, i: number): number {
  const { starts, ends, length, kinds } = tokens;
  for (; i < length; i++) {
    // (No capital first, not even one beyond ASCII, and no apostrophe or hyphen inside: no name opens
    // there. Tested first, by what tokenize read of it, without reading the text: most words are such.)
    // (An apostrophe just past a short word, "d’ ", opens none either: findNameMentions passes over it.)
    if ((kinds[i]! & (MAY_BE_CAPITALISED | JOINED)) === 0) continue;
    const start = starts[i];
    // (The tests of isCapitalisedAt and hyphenNearStart, with each character read once: this runs
    // for every word of the page, and most are decided by their first two characters.)
    const first = text.charCodeAt(start);
    if (first < 128 ? first >= 65 && first <= 90 : isCapitalisedAt(text, start)) return i;
    const second = text.charCodeAt(start + 1);
    if (isApostrophe(second) || isApostrophe(text.charCodeAt(start + 2))) return i;
    if (first < 128 && second < 128 && HYPHEN_AT_LENGTHS[first * 128 + second] !== 0 && hyphenNearStart(text, start, ends[i])) return i;
  }
  return i;
}

/**
 * Whether a word before an "of" or "for" among tokens [from, to) ends in lower-case letters that
 * name an office: OFFICE_WITH_COMPLEMENT's group 1 ("minister of state for …", "co-chair of …")
 * must, so without one the pattern need not run (most names after an "of" have no office before it).
 */
function officeBeforeOfOrFor(text: string, tokens: Tokens, from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k < to; k++) {
    if (!isOfOrForAt(text, tokens.starts[k], tokens.ends[k])) continue;
    const end = tokens.ends[k - 1];
    let begin = end;
    while (begin > tokens.starts[k - 1] && lowerCaseAt(text, begin - 1)) begin--;
    // (mayEndAsRoleHeadAt first: it rules out most words without cutting them out.)
    if (begin < end && mayEndAsRoleHeadAt(text, begin, end) && isRoleHead(text.slice(begin, end))) return true;
  }
  return false;
}

/** Whether text[start, end) is "of" or "for", as written (by code: this runs for the words before most names, and startsWith is a call each). */
function isOfOrForAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 2) return text.charCodeAt(start) === 111 && text.charCodeAt(start + 1) === 102;
  return length === 3 && text.charCodeAt(start) === 102 && text.charCodeAt(start + 1) === 111 && text.charCodeAt(start + 2) === 114;
}

/** Whether the word ends in "'s" or "’s" (char test for /['’]s$/, which would try every position of the word). */
export function isPossessive(word: string): boolean {
  return word.length >= 2 && word.charCodeAt(word.length - 1) === 115 && isApostrophe(word.charCodeAt(word.length - 2));
}

/** xs.filter(keep), or xs itself when keep holds for every one (most names' words): no copy of it is made. */
function filterOrSame<T>(xs: T[], keep: (x: T, k: number, all: readonly T[]) => boolean): T[] {
  for (let k = 0; k < xs.length; k++) if (!keep(xs[k]!, k, xs)) return xs.filter(keep);
  return xs;
}

// Tests of a name's tokens, made once: arrow functions written in findNameMentions' loop were made
// again for each name, and one that read a variable of the loop made a context for every capitalised
// word, all for the garbage collector.
const notPossessive = (t: Token) => !isPossessive(t.word);
const isTitleToken = (t: Token) => isTitleWord(t.word);
const isGivenNameToken = (t: { word: string }) => isGivenName(t.word);
/** A name's word as kept: without a possessive "’s". */
const nameWord = (t: Token) => (isPossessive(t.word) ? t.word.slice(0, -2) : t.word);

/**
 * Particles inside the name stay: "Charles de Gaulle", not "Charles Gaulle"; so does an initial
 * before its last word mid-sentence. (A function of the text, not an arrow function over it made in
 * findNameMentions: that kept `text` in a context, read from there all through its loop.)
 */
function keptInName(text: string, name: readonly Token[], k: number): boolean {
  const t = name[k]!;
  return !NOT_NAME.hasLowerCase(t.word) || (k > 0 && k < name.length - 1 && PARTICLES.hasLowerCase(t.word)) || (k < name.length - 1 && CAPITAL_INITIAL.test(t.word) && !sentenceInitial(text, t.start));
}

/** The tokens of `name` keptInName keeps, or `name` itself when it keeps them all (most names). */
function keptNameTokens(text: string, name: Token[]): Token[] {
  for (let k = 0; k < name.length; k++) {
    if (keptInName(text, name, k)) continue;
    const kept: Token[] = [];
    for (let n = 0; n < name.length; n++) if (keptInName(text, name, n)) kept.push(name[n]!);
    return kept;
  }
  return name;
}

/**
 * A name's title: the lower-case one before its run (`lowerTitle`), then the title and office words
 * among the run's first `s` words, lower-cased ("defence minister" of "Defence Minister Khawaja
 * Asif"), joined by spaces. (A loop: spreading, mapping and filtering them made four lists a name,
 * and many runs with words before the name only open with "The", "In" or "But".)
 */
function titleOf(lowerTitle: string, run: readonly Token[], s: number): string {
  let words = '';
  for (let k = 0; k < s; k++) {
    const w = lowerCase(run[k]!.word);
    const office = TITLE_WORDS.has(w) || isRoleHead(w) ? w : officeAfterElidedArticle(w);
    if (office) words = words === '' ? office : `${words} ${office}`;
  }
  return words === '' ? lowerTitle.trim() : `${lowerTitle} ${words}`.trim();
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** Runs of capitalised words (with name particles), split at punctuation, titles stripped. */
export function findNameMentions(text: string, tokens: Tokens, capitalisedNouns = false): NameMention[] {
  const out: NameMention[] = [];
  // The last words of the full names found so far (see knownSurname).
  const surnamesSoFar = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    i = nextNameCandidate(text, tokens, i);
    if (i >= tokens.length) break;
    const start = tokens.starts[i];
    const capitalised = isCapitalisedAt(text, start);
    // "celui d’Adama Touvré", "qu’Olivier Marchand": a first name with "de" or "que" elided into it.
    // (Only a first name before another capitalised word: "d’Aurillac", "d’État" are no people.)
    const elided = !capitalised && (isApostrophe(text.charCodeAt(start + 1)) || isApostrophe(text.charCodeAt(start + 2))) ? ELIDED_BEFORE_NAME.exec(tokens.word(i)) : null;
    const skip = elided ? elided[0].length : 0;
    if (elided && !(isGivenName(tokens.word(i).slice(skip)) && i + 1 < tokens.length && tokens.starts[i + 1] - tokens.ends[i] === 1 && isCapitalisedAt(text, tokens.starts[i + 1]))) {
      i++;
      continue;
    }
    // ALL-CAPS words are datelines, acronyms and shouting, not names.
    if (!elided && !capitalised && !(hyphenNearStart(text, start, tokens.ends[i]) && HYPHENATED_PARTICLE.test(tokens.word(i)))) {
      i++;
      continue;
    }
    const first = tokens.word(i).slice(skip);
    // ("K.R. Kathirvel", "A.P.J. Abdul Kalam": initials run together open a name, as Indian papers write them.)
    if (isAllCaps(first) && !initialsBeforeName(text, tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      // Only one space or NBSP between the words (char test: this runs for every capitalised word).
      if (tokens.starts[j + 1] - tokens.ends[j] !== 1) break;
      const gap = text.charCodeAt(tokens.ends[j]);
      if (gap !== 32 && gap !== 0xa0) break;
      const nextStart = tokens.starts[j + 1];
      // A word with no capital first, nothing beyond ASCII first and no joiner (as tokenize read it)
      // is none of what joins a run below, unless a particle: most words after a name end the run
      // here, without being cut out.
      if ((tokens.kinds[j + 1]! & (MAY_BE_CAPITALISED | JOINED)) === 0 && !mayBeParticleAt(text, nextStart, tokens.ends[j + 1])) break;
      const next = tokens.word(j + 1);
      // ("Paul Roux PS", "Anne Martin MP": a party or office in capitals after a name is not part of it.)
      // (After a first name only: "Der SV Ahlbrück", "Lenn Valley MP Helen Maitland" run on as before.)
      if (mayBeCapitalsAfterName(next) && AFTER_NAME_IN_CAPITALS.test(next) && !LEGAL_FORM.test(next) && !GENERATION_OR_CO.test(next) && !isTitleWord(next) && isGivenName(tokens.word(i))) break;
      if ((isCapitalisedAt(text, nextStart) || (hyphenNearStart(text, nextStart, tokens.ends[j + 1]) && HYPHENATED_PARTICLE.test(next))) && (!isAllCaps(next) || initialsBeforeName(text, tokens, j + 1))) j++;
      // (Both rules below join only a particle: other words end the run without them.)
      else if (!isParticle(next)) break;
      // "Clara Montsalvatge y Oriol Casademunt": "y" before a first name joins two people, not a name.
      // (In German an article joins a name only after "von", "van", "zu": "ist Thomas Müller der Chefarzt" names Thomas Müller.)
      else if (!((j === i || (capitalisedNouns && !isParticle(tokens.word(j)))) && ARTICLE_PARTICLES.has(lowerCase(next))) && !((next === 'y' || next === 'i') && isGivenName(tokens.word(j + 2) ?? '')) && !anotherFullNameAfterParticle(tokens, i, j) && particlesLeadToName(tokens, text, j + 1, isGivenName(tokens.word(j)) && (j === i || isTitleWord(tokens.word(j - 1)) || (j === i + 1 && ((isGivenName(tokens.word(i)) && endsAfterParticles(tokens, text, j + 1)) || (sentenceInitial(text, tokens.starts[i]) && !isGivenName(tokens.word(i))))))) && (startsWithGivenName(tokens, text, i, j) || (next === 'i' && j > i))) j++;
      // "Maricel de la Cruz, spokeswoman for …": a first name no list knows, made a person by what follows.
      else if ((j === i || (j === i + 1 && isParticle(tokens.word(j)))) && particlesLeadToName(tokens, text, j + 1, true) && describedAsPersonAfterParticles(tokens, text, j + 1)) j++;
      else break;
    }
    // "Three-time Wimbledon champion Delphine Morrow": a counted compound opens a description, not a name.
    if (j > i && NUMBERED_COMPOUND.test(first)) {
      i++;
      continue;
    }
    // A lone "The", "But", "In" opening a sentence: nothing of it is a name (the common case, skipped early).
    if (j === i && NOT_NAME.hasLowerCase(first)) {
      i++;
      continue;
    }
    // (A one-word run, the most common, as a literal: slice grows its array as for many words.)
    let run = j === i ? [tokens.get(i)] : tokens.slice(i, j + 1);
    if (elided) run[0] = { start: tokens.starts[i] + skip, end: tokens.ends[i], word: first };
    // "Earlier Biden said", "Enter Fiona Baird", "Mehr Baustellen": a sentence's first word is
    // capitalised by position, so it joins the name only when it is a known first name.
    // (German capitalises every noun, so there a sentence's first word is a name only if it is a first name.)
    // (Two words with an age after them are a name all the same: "Ilse Marwede, 38, spielt …".)
    // (Three words or more: when the second starts a name by itself, "Earlier Joe Biden said", or the
    // first is a word; not "Svanhildur Ósk Jónsdóttir wakes …", a first name no list knows.)
    if (run.length >= 2 && sentenceInitial(text, run[0].start) && !isGivenName(run[0].word) && !isTitleWord(run[0].word) && !SAINT.test(run[0].word) && (run.length >= 3 ? isGivenName(run[1].word) || isTitleWord(run[1].word) || capitalisedNouns || OPENER_BEFORE_NAME.test(run[0].word) || usedLowerCase(text, tokens, run[0].word, run[0].start) : (capitalisedNouns || OPENING_PREPOSITION.test(run[0].word) || usedLowerCase(text, tokens, run[0].word, run[0].start)) && !AGE_AFTER_NAME.test(text.slice(run[1].end, run[1].end + 20)))) {
      run = run.slice(1);
    }
    // "contó a Infonexo Florencia Ibarra", "de Urbanismo Ignacio Ferrándiz": after a preposition, a
    // capitalised word before a first name is the preposition's object, not part of the name.
    // ("de San Miguel Acatzingo" keeps its saint: a place.)
    if (run.length >= 3 && !isGivenName(run[0].word) && !isTitleWord(run[0].word) && !SAINT.test(run[0].word) && isGivenName(run[1].word) && i > 0 && PREPOSITION_BEFORE_NAME.has(tokens.word(i - 1))) run = run.slice(1);
    // ("refirió a El Comercio Teodora Huamaní": the same with the object's own capitalised article.)
    else if (run.length >= 4 && /^(?:El|La|Los|Las|Le|Les)$/.test(run[0].word) && !isGivenName(run[1].word) && !isTitleWord(run[1].word) && isGivenName(run[2].word) && i > 0 && PREPOSITION_BEFORE_NAME.has(tokens.word(i - 1))) run = run.slice(2);
    // German: after an article or a possessive a run of capitalised words is a noun phrase ("ein Glas
    // Wasser", "die Rebellenhochburg Dranica") unless a first name or an office is in it ("der
    // Schwede Lars Berg", "Ihr Trainer Xabi Alonso", "die Grünen-Politikerin Ricarda Lang").
    // (Or after an inflected adjective: "älteren Kundinnen Anzahlungen"; not "über", "hatten", "sagen".)
    // (Or after a number: "400 Hektar Kiefernwald", "3 Millionen Euro" measure things.)
    if (capitalisedNouns && run.length >= 2 && i > 0 && (GERMAN_ARTICLE.test(tokens.word(i - 1)) || germanAdjective(tokens.word(i - 1)) || isDigitCode(tokens.word(i - 1).charCodeAt(0))) && !run.some((t) => isGivenName(t.word) || isTitleWord(t.word))) {
      i = j + 1;
      continue;
    }
    // Lower-case role words just before the run ("defence minister Khawaja Asif").
    let lowerTitle = '';
    for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
      // (Either rule below takes a word only one character before the next: tested before the word is cut out.)
      if (tokens.starts[k + 1] - tokens.ends[k] !== 1) break;
      const w = tokens.word(k);
      // "el arquero local Sebastián Aravena", "l’attaquant lyonnais Karim N.": Romance adjectives follow their office.
      // (Only words with an adjective's ending: "the judge sentenced Paul Harris" is a verb.)
      // (The spacing first: it is cheaper than the pattern.)
      if (n === 0 && k > 0 && tokens.starts[k] - tokens.ends[k - 1] === 1 && mayBeRomanceAdjective(w) && ROMANCE_ADJECTIVE.test(w) && !NOT_NAME.has(w) && !isReportingVerb(w) && isRoleHead(tokens.word(k - 1))) {
        lowerTitle = `${lowerCase(tokens.word(k - 1))} ${w}`;
        break;
      }
      // "l’avocate Claire Morel": the office with its article, which ends the title.
      const elidedOffice = n === 0 ? officeAfterElidedArticle(w) : null;
      if (elidedOffice) {
        lowerTitle = elidedOffice;
        break;
      }
      if (isCapitalised(w) || (!TITLE_WORDS.hasLowerCase(w) && !(n === 0 && isRoleHead(w)) && !(n > 0 && lowerTitle && /^\p{Ll}+$/u.test(w) && !NOT_NAME.has(w)))) break;
      if (text.charCodeAt(tokens.ends[k]) !== 32) break;
      lowerTitle = `${lowerCase(w)} ${lowerTitle}`.trim();
    }
    // "minister of state for rural development K. Raghunath": an office with its complement, in lower case, right before the name.
    const ofOrFor = !lowerTitle && i > 0 && lowerCaseAt(text, tokens.starts[i - 1]) ? firstOfOrForBefore(tokens, i) : -1;
    // (The pattern ends in a lower-case word and one space: tested on the last characters first, as most names follow punctuation or a capital.)
    if (ofOrFor > 0 && officeBeforeOfOrFor(text, tokens, ofOrFor, i) && OFFICE_WITH_COMPLEMENT_END.test(text.slice(Math.max(tokens.starts[ofOrFor - 1], tokens.starts[i] - 3), tokens.starts[i]))) {
      const office = OFFICE_WITH_COMPLEMENT.exec(text.slice(tokens.starts[ofOrFor - 1], tokens.starts[i]));
      // (Not "secretary of the Eastfield Tenants’ Association": after an article or a possessive the capitals name a body.)
      const words = office ? office[2]!.trim().split(/\s+/) : [];
      if (office && isRoleHead(office[1]!) && !words.some((w) => NOT_IN_COMPLEMENT.test(w) || isReportingVerb(w)) && !/^(?:the|a|an|its|their|his|her|our|this|that)$/.test(words[words.length - 1]!)) lowerTitle = lowerCase(office[1]!);
    }
    // Strip everything up to the last title word: "Valdorian Defence Minister Tomas Varga" -> "Tomas Varga".
    // "spokesperson A. Ilamparithi": mid-sentence, a capital with a full stop before a name is an initial, not "A." answering a "Q.".
    let s = 0;
    while (s < run.length && NOT_NAME.hasLowerCase(run[s].word) && !isInitialInRun(text, run, s)) s++;
    for (let k = run.length - 2; k >= s; k--) {
      if (isTitleWord(run[k].word) || isPossessive(run[k].word)) {
        s = k + 1;
        break;
      }
    }
    while (s < run.length - 1 && isTitleWord(run[s].word)) s++;
    // Keep the last word even if it looks like a title: "Asif's" stripped would leave nothing.
    // "Callum Reid’s tent" keeps its name; a lone possessive ("Pakistan's") is a place or a group.
    const rest = s === 0 ? run : run.slice(s);
    const nameTokens = rest.length >= 2 && isPossessive(rest[rest.length - 1].word) ? rest : filterOrSame(rest, notPossessive);
    // ("Gwenaëlle Le Floc’h", "Marine Le Pen": a capitalised particle inside a name is part of it.)
    // "Seit Januar ist Emeka Nwachukwu Chefarzt der Notaufnahme": in German an office right after a
    // full name, after a copula and before its complement, is what the name is, not part of it.
    // (Not a surname that is an office word: "Martin Luther King", "Hans Peter Richter".)
    const kept = keptNameTokens(text, nameTokens);
    const cleaned = capitalisedNouns && kept.length >= 3 && isRoleHead(kept[kept.length - 1]!.word) && !isGivenName(kept[kept.length - 1]!.word) && COPULA_BEFORE.test(text.slice(Math.max(0, kept[0]!.start - 12), kept[0]!.start)) && /^ \p{Ll}/u.test(text.slice(kept[kept.length - 1]!.end, kept[kept.length - 1]!.end + 2)) ? kept.slice(0, -1) : kept;
    const title = titleOf(lowerTitle, run, s);
    // "the Tennessee Republican", "Brooklyn Borough President": a run ending in an office describes someone, it is no name.
    // ("Stephen King", "Julie Bishop" open with a first name: people.)
    // (mayEndAsRoleHead first: it rules out most words, and so their lower case, before one is made.)
    const endsInOffice = cleaned.length > 0 && mayEndAsRoleHead(cleaned[cleaned.length - 1].word) && isRoleHead(lowerCase(cleaned[cleaned.length - 1].word)) && !isGivenName(cleaned[cleaned.length - 1].word) && !isGivenName(cleaned[0].word);
    // "Carlos Coronel … dijo Coronel", "Katrin Schüler … sagte Schüler": a surname the page gave
    // someone already is their name, though it is also an office.
    const knownSurname = cleaned.length === 1 && surnamesSoFar.has(nameWord(cleaned[0]));
    // "der Minister", "the President": a title alone is a role mention, not a name.
    if (cleaned.length > 0 && (knownSurname || (!endsInOffice && !isTailOfProperNoun(tokens, i, cleaned) && cleaned.length <= 5 && !cleaned.every(isTitleToken)))) {
      out.push({
        start: cleaned[0].start,
        end: cleaned[cleaned.length - 1].end,
        // (A one-word name, the most common, as a literal: map is a call.)
        words: cleaned.length === 1 ? [nameWord(cleaned[0])] : cleaned.map(nameWord),
        title,
        // (A one-word run's surface is its word, cut out already.)
        surface: run.length === 1 ? run[0].word : text.slice(run[0].start, run[run.length - 1].end),
      });
      if (cleaned.length >= 2) surnamesSoFar.add(nameWord(cleaned[cleaned.length - 1]));
    }
    i = j + 1;
  }
  // "Julie and Martin Ouellet", "Bill y Melinda Gates": a first name coordinated with a full name shares its surname.
  // (Not a surname someone on the page has: "Warren and Bernie Sanders" after "Elizabeth Warren".)
  // (The surnames are gathered only once a first name and a full name meet: most pages have no such pair.)
  let surnames: Set<string> | undefined;
  const shared: number[] = [];
  for (let k = 0; k + 1 < out.length; k++) {
    const one = out[k]!;
    const other = out[k + 1]!;
    if (one.words.length === 1 && other.words.length >= 2 && isGivenName(one.words[0]!) && isGivenName(other.words[0]!) && COUPLE_JOINER.test(text.slice(one.end, other.start))) {
      surnames ??= new Set(out.filter((m) => m.words.length >= 2).map((m) => lowerCase(m.words[m.words.length - 1]!)));
      if (!surnames.has(lowerCase(one.words[0]!))) shared.push(k);
    }
  }
  // (Changed after the pass: the surnames are those of the names as found.)
  for (const k of shared) out[k] = { ...out[k]!, words: [out[k]!.words[0]!, ...out[k + 1]!.words.slice(1)] };
  return out;
}
const LEGAL_FORMS = ['AG', 'SA', 'SE', 'NV', 'BV', 'PLC', 'LLC', 'INC', 'GMBH', 'KG', 'SL', 'SAS', 'SPA', 'LTD', 'AI'];
const LEGAL_FORM = new RegExp(`^(?:${LEGAL_FORMS.join('|')})$`);
/** The length of the longest of LEGAL_FORMS: longer words need no pattern. */
const LONGEST_LEGAL_FORM = Math.max(...LEGAL_FORMS.map((w) => w.length));
const ABBREVIATED_LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|Plc|Bros)\.$/;
const SURNAME_LIKE_BODY = /^(?:courier|post|press|banks|power)$/i;
/** First names that are also states, so "Georgia Power" stays a utility. */
const PLACE_AS_FIRST_NAME = /^(?:georgia|virginia|carolina|florida)$/i;
// A short word in capitals after a first name and a name: "Paul Roux PS" (the bounds shared with its screen, mayBeCapitalsAfterName, which counts code units: an astral capital counts twice there).
const CAPITALS_AFTER_NAME = { min: 2, max: 5 };
const AFTER_NAME_IN_CAPITALS = new RegExp(`^\\p{Lu}{${CAPITALS_AFTER_NAME.min},${CAPITALS_AFTER_NAME.max}}$`, 'u');
/** Capitals that belong to a name besides a firm's legal form (LEGAL_FORM): "& Co", a generation ("John Smith III"). */
const GENERATION_OR_CO = /^(?:CO|II|III|IV|VI|VII)$/;
const COUPLE_JOINER = /^\s+(?:and|et|y|i|und|e|&)\s+$/;

/**
 * Words that open a clause after a name: a relative pronoun or a complementiser ("who joined the
 * governor", "anunció que el técnico …"); and the copulas after which the clause still names the
 * person's own office ("who is the governor", "que fue alcalde").
 */
const CLAUSE_AFTER_NAME = /^(?:who|qui|quien|that|que|qu['’]|dass|whether|ob)$/;
/** Complementisers among CLAUSE_AFTER_NAME: the clause they open reports, whatever its office's article. */
const COMPLEMENTISER = /^(?:that|que|qu['’]|dass|whether|ob)$/;
const ARTICLE_OPENING_OFFICE = /^(?:the|a|an|le|la|les|l['’]|el|los|las|un|une|una|der|die|den|dem|ein|eine|einen)$/;
const COORDINATOR_AFTER_NAME = /^(?:and|et|y|und|e|but|mais|pero|aber)$/;
const COPULA_AFTER_RELATIVE = /^(?:is|was|has|had|became|becomes|serves|served|est|était|a|fut|devenu|devenue|es|era|fue|ha)$/;

// ", the defence minister", ", 68 ans, président de …": an office in apposition, after an age if one is given.
// (Both office patterns run on lower-cased text, where every cased letter is \\p{Ll}.)
const APPOSITIVE_RE = new RegExp(
  `^,\\s+(?:\\d{1,3}(?: ans| años| jahre| years old)?,\\s+)?(?:the |a |an |who is |who was |le |la |l['’]|el |la |der |die |ein |eine |un |une )?(?:[\\p{Ll}][\\p{L}.]*['’]s |[\\p{L}-]+ ){0,3}?((?:[\\p{Ll}-]+ ){0,2}(?:${ROLE_HEADS}))(?![\\p{L}])`,
  'u',
);

/** An age right after a name: "Tadeo, 58,", "Tadeo (58)", "Tadeo, de 58 años,", "Tadeo, 58 ans,". */
export const AGE_AFTER_NAME = /^(?:,\s*|\s*\()(?:de\s+)?(\d{1,3})(?:\s*(?:ans|años|Jahre|years old))?(?:[,)]|\s+[–—])/;

// Tests made of most names, as regexes made once (a literal is a new object at each evaluation).
const ENDS_IN_S = /s$/;
const COMMA_AT_END = /,\s*$/;
/** A relation and "of" ("the brother of", "el hermano del", "le fils de"): an office after it is the relative's. */
const KIN_OF = /\b(?:brother|sister|son|daughter|wife|husband|father|mother|nephew|niece|cousin|widow|hermano|hermana|hijo|hija|esposa|esposo|marido|padre|madre|sobrin[oa]|prim[oa]|viuda|frère|sœur|fils|fille|épouse|mari|père|mère|neveu|nièce|cousine?|veuve)\s+(?:of|de|del|du|des|de la)\b/iu;
/** An article and one lower-case word (a nationality, an adjective) between a comma and a name: ", el argentino ", ", la jeune ". */
const DESCRIBED_BEFORE_NAME = /,\s(?:el|la|le|the)\s\p{Ll}+\s$/u;
const POSSESSIVE_END = /['’]s$/;
const LOWER_CASE_FIRST = /^\p{Ll}/u;
const CAPITAL_INITIAL = /^\p{Lu}\.$/u;

/** After a name, what is said only of a person: "Felisa Tadeo, who has grown cabbage", "Tadeo, 58,", "Ferreyra, de 23 años,", "Brunel, 87 ans,". */
// (Not "Sri Lanka, who were bowled out", "Aston Villa (4)": a team is plural and a table counts points.)
// (What follows the comma: the comma is looked for first, as most names have none after them.)
const PERSON_DESCRIBED_AFTER_COMMA = /^\s+(?:(?:who|quien)\s(?!(?:were|are|have)\b)|(?:de )?\d{1,2}(?: (?:ans|años|Jahre))?,)/u;

// "La ministre de la Transition écologique, Hélène Garrigues": the office may carry a qualifier.
// (Also after a body's possessive opening the sentence, "The army's spokesman, Tadesse Worku,"; not
// after a preposition, "After meeting the company’s chairman, Ana Ruiz told …", where the name is
// someone else; nor after a named owner's, "Caldora’s envoy, Viktor Osadchy,", which tells two
// envoys apart, as the office alone cannot.)
const ROLE_BEFORE_RE = new RegExp(`(?:(?:^|\\s)(?:the|le|la|l['’]|el|der|die|his|her|their|its|son|sa|leur|su|sein|seine|ihr|ihre)|(?:^|[.!?]\\s+|\\n)the\\s+[\\p{Ll}-]+['’]s)\\s+((?:[\\p{Ll}-]+ ){0,2}(?:(?:${ROLE_HEADS})(?: [\\p{Ll}]+)?))(?:\\s+(?:de la|de l['’]|de|du|des|d['’]|of the|of|for|del|de los|für|der|des)\\s*[^,;.:“”"«»]{1,50})?\\s*,\\s*$`, 'u');

/** Whether `at` lies within one of the sorted, non-overlapping [start, end] spans. */
export function insideSpans(spans: readonly (readonly [number, number])[], at: number): boolean {
  return spanAround(spans, at) !== null;
}

/** The [open, close] span of sorted, disjoint `spans` that holds `at`, or null. */
export function spanAround<Span extends readonly [number, number]>(spans: readonly Span[], at: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < spans[mid][0]) hi = mid - 1;
    else if (at > spans[mid][1]) lo = mid + 1;
    else return spans[mid];
  }
  return null;
}

/** The last words of the names of two words or more. */
function surnamesOf(mentions: readonly NameMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.words.length >= 2) surnames.add(m.words[m.words.length - 1]!);
  return surnames;
}

/** Sorts offsets ascending; most lists of mentions are in order already, and a sort copies its array. */
function sortAscending(offsets: number[]): void {
  for (let k = 1; k < offsets.length; k++) {
    if (offsets[k]! < offsets[k - 1]!) {
      offsets.sort((a, b) => a - b);
      return;
    }
  }
}

/**
 * Each mention's place in `mentions` by its offset (the last, for two at one offset), or undefined.
 * Mentions in page order (as a page without nicknamed names gives them) are searched by halves; only
 * others get a map of every mention, which cost a page of 100k words a millisecond and half a megabyte.
 */
function offsetIndex(mentions: readonly NameMention[]): (at: number) => number | undefined {
  let sorted = true;
  for (let k = 1; k < mentions.length && sorted; k++) sorted = mentions[k - 1]!.start <= mentions[k]!.start;
  if (sorted) {
    return (at) => {
      // The last mention starting at or before `at`.
      let lo = 0;
      let hi = mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mentions[mid]!.start <= at) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && mentions[lo - 1]!.start === at ? lo - 1 : undefined;
    };
  }
  // (A loop: mapping to pairs first made an array per mention.)
  const index = new Map<number, number>();
  for (let k = 0; k < mentions.length; k++) index.set(mentions[k]!.start, k);
  return (at) => index.get(at);
}

/** Merges the sorted offsets `more` into the sorted `into`, in place: from the back, each moved once. */
function mergeInto(into: number[], more: readonly number[]): void {
  let i = into.length - 1;
  let j = more.length - 1;
  for (let k = 0; k < more.length; k++) into.push(0);
  for (let k = into.length - 1; j >= 0; k--) into[k] = i >= 0 && into[i]! > more[j]! ? into[i--]! : more[j--]!;
}

/** Registry of the people on the page, in order of first mention. */
export class People {
  readonly persons: Person[] = [];
  /** Persons by each lower-cased name part, so lookups stay cheap on long pages. */
  private byPart = new Map<string, Person[]>();
  /** Every mention as [offset, person], sorted by offset: made at lastMentioned's first question (many pages never ask). */
  private timeline: { at: number; person: Person }[] | null = null;
  /** holdersOf's answers by office (headlines ask the same few). Roles learnt later are not in them. */
  private readonly holders = new Map<string, Person[]>();
  private readonly lowerCaseWords = new Map<string, boolean>();
  /** Where each person was named in full (before single-word mentions were added to them). */
  private readonly fullNameMentions = new Map<Person, number[]>();
  /** Each person by their whole lower-cased name, for pages with too many namesakes to compare one by one. */
  private readonly exactNames = new Map<string, Person>();
  /** First words of bodies' names ("brunnhofer" of Brunnhofer Präzision AG): a firm's short name. */
  private readonly bodyFirstWords = new Set<string>();
  /** Full-name mentions of everyone filed under a part, in page order: only for parts shared by many (see recentNamesakes). */
  private readonly partTimelines = new Map<string, { at: number; person: Person }[]>();
  /** Everyone whose roles could name an office, by each office they could name (see officeKeys); built at the first role lookup. */
  private officeIndex: Map<string, Person[]> | null = null;
  /** Each person's place in `persons`, for keeping the office index in that order. */
  private readonly order = new Map<Person, number>();
  /** Every mention of an office's holders, in page order: only for offices held by many (see recentHolders). */
  private readonly officeTimelines = new Map<string, { at: number; person: Person }[]>();
  /** Offsets of "\n\n" in the text, ascending (see paragraphBreakFrom). */
  private paragraphBreaks: number[] | null = null;
  /** Each word's lower-cased form (see lower). */
  private readonly lowered = new Map<string, string>();
  /**
   * While the constructor adds single-word mentions: those given to each person so far, sorted, kept
   * apart from their full-name mentions (then merged into them). Spliced into `mentions`, each one
   * moved every later full-name mention along, which grew with the square of the page's length.
   */
  private singles: Map<Person, number[]> | null = new Map();
  /** resolveName's answers, by mention, once the constructor is done (see there). */
  private readonly resolved = new Map<NameMention, Person | null>();
  /** The gender inference inferGenders put off (see there), until it runs. */
  private unsettledGenders: { names: readonly NameMention[]; spans: readonly (readonly [number, number])[] } | null = null;

  /** `capitalisedNouns`: the page's language capitalises its nouns (German), so a capitalised word before a surname may be a description. */
  constructor(private text: string, mentions: NameMention[], known: readonly Person[] = [], private readonly capitalisedNouns = false) {
    // Full names first, so surname-only mentions earlier on the page still resolve.
    // Places, teams and bodies are not registered as people, so no pronoun or role can land on them.
    // "Falkenhagens Prosa": a German possessive of someone's surname before a noun is not a person.
    // (The surnames are gathered at the first two-word name whose first word ends in "s": many pages have none.)
    let surnames: Set<string> | undefined;
    const possessiveOfSurname = (m: NameMention) => m.words.length === 2 && ENDS_IN_S.test(m.words[0]) && (surnames ??= surnamesOf(mentions)).has(m.words[0].slice(0, -1));
    // "Ende Oktober", "Mitte März": a date, not a person (but "Julio Iglesias", "Bruno Mars" are people).
    const date = (m: NameMention) => m.words.length === 2 && DATE_WORD.test(m.words[0]) && MONTH.test(m.words[1]);
    // (Asked once per name: pages name the same people again and again.)
    const bodies = new Map<string, boolean>();
    for (const m of mentions) {
      if (m.words.length < 2 || possessiveOfSurname(m) || date(m)) continue;
      const name = m.words.join(' ');
      let body = bodies.get(name);
      if (body === undefined) bodies.set(name, (body = isOrganisationName(m.words)));
      if (body) this.bodyFirstWords.add(m.words[0]!.toLowerCase());
      else this.addFull(m);
    }
    // People named elsewhere on the page (a live blog's earlier entries), so "Clinton said" finds Bill Clinton.
    for (const k of known) this.adopt(k);
    this.mergeEpithets(mentions);
    for (const p of this.persons) {
      sortAscending(p.mentions);
      this.fullNameMentions.set(p, [...p.mentions]);
    }
    for (const m of mentions) if (m.words.length === 1) this.addSingle(m);
    for (const [p, singles] of this.singles!) mergeInto(p.mentions, singles);
    this.singles = null;
    for (const p of this.persons) sortAscending(p.mentions);
  }

  /** Every mention as [offset, person], sorted by offset (see `timeline`). (The people and their mentions are settled once the constructor is done.) */
  private mentionTimeline(): { at: number; person: Person }[] {
    if (this.timeline === null) {
      const timeline: { at: number; person: Person }[] = [];
      for (const p of this.persons) for (const at of p.mentions) timeline.push({ at, person: p });
      this.timeline = timeline.sort((a, b) => a.at - b.at);
    }
    return this.timeline;
  }

  /**
   * "Furious Ferraz hits out", "Was Wendland dann verkündet": a word that is no first name before the
   * surname of someone named in full is an epithet or a sentence's first word, not another person.
   */
  private mergeEpithets(mentions: readonly NameMention[]): void {
    // Everyone named with a first name, by surname (one pass: pages may have many namesakes).
    const withFirstName = new Map<string, Person[]>();
    for (const q of this.persons) {
      if (q.parts.length < 2 || !isGivenName(q.parts[0])) continue;
      const surname = q.parts[q.parts.length - 1];
      const list = withFirstName.get(surname);
      if (list) list.push(q);
      else withFirstName.set(surname, [q]);
    }
    const merged = new Set<Person>();
    // Each mention's place in `mentions` by its offset, built at the first epithet it is needed for.
    let indexAt: ((at: number) => number | undefined) | undefined;
    for (const p of this.persons) {
      // (Described, or named mid-sentence where a subject goes, the first word is a first name no list
      // knows: "Luvuyo’s widow, Zintle Mbeki", "Zintle Mbeki, 31,"; an epithet opens a headline or a sentence.
      // In German a noun describing the person is capitalised too and stands after a reporting verb or
      // before an age just as a first name does, "sagte Torjäger Kane", "Landwirt Brenner, 58, steht …":
      // there only an apposition after a comma tells, "Ihr Schwager, Xolisa Tembe, …".)
      if (p.parts.length !== 2 || isGivenName(p.parts[0]) || p.roles.length > 0) continue;
      // (Only for a word that looks like a German noun for a person: "Xolisa Tembe" after "sagte" is a relative of Maria Tembe.)
      const germanNoun = this.capitalisedNouns && looksLikeGermanPersonNoun(p.parts[0]);
      if ((p.described && !germanNoun) || p.mentions.some((at) => this.namedInMidSentence(at, germanNoun))) continue;
      const last = p.parts[1];
      const full = withFirstName.get(last) ?? [];
      if (full.length !== 1) continue;
      // ("Réal Paquin a posé la lettre. Il …" beside Ginette Paquin: a pronoun of the other gender is someone else.)
      const gender = givenNameGender(full[0]!.parts[0]!);
      if (gender && this.pronounAfterOpposes(p, mentions, (indexAt ??= offsetIndex(mentions)), gender)) continue;
      full[0].mentions.push(...p.mentions);
      merged.add(p);
    }
    if (merged.size === 0) return;
    // (Removed in one pass each, not one splice per epithet.)
    const kept = this.persons.filter((p) => !merged.has(p));
    this.persons.length = 0;
    for (const p of kept) this.persons.push(p);
    const parts = new Set<string>();
    for (const p of merged) {
      for (const part of p.parts) parts.add(part).add(withoutArabicArticle(part));
      if (this.exactNames.get(p.parts.join(' ')) === p) this.exactNames.delete(p.parts.join(' '));
    }
    for (const part of parts) {
      const list = this.byPart.get(part);
      if (list) this.byPart.set(part, list.filter((p) => !merged.has(p)));
    }
  }

  /** Whether a pronoun right after one of `p`'s full-name mentions has the gender opposite to `gender`. */
  private pronounAfterOpposes(p: Person, mentions: readonly NameMention[], indexAt: (at: number) => number | undefined, gender: 'm' | 'f'): boolean {
    for (const at of p.mentions) {
      const i = indexAt(at);
      const m = i === undefined ? undefined : mentions[i];
      if (i === undefined || !m || m.words.length < 2) continue;
      // (Quotations are not known yet: only the text up to the next name, in the mention's sentence and the next.)
      const said = this.pronounGender(m, nextNameStart(mentions, i, this.text.length), []);
      if (said && said !== gender) return true;
    }
    return false;
  }

  /** A name mid-sentence after a comma, a reporting verb or a conjunction (only a comma if `afterCommaOnly`), as prose introduces people (not a headline's or a sentence's capitalised first word). */
  private namedInMidSentence(at: number, afterCommaOnly = false): boolean {
    let k = at - 1;
    while (k >= 0 && (this.text[k] === ' ' || this.text[k] === '\u00A0')) k--;
    if (k < 0 || k === at - 1) return false;
    if (this.text[k] === ',') return true;
    if (afterCommaOnly) return false;
    // (After a reporting verb or a conjunction, where a subject goes; not after an article, a
    // preposition or another verb: "el Turco Haddad" is a nickname, "touring Lakeview Nagar" a place.)
    const before = lettersEndingAt(this.text, k + 1, Math.max(0, k - 15));
    return before !== null && (isReportingVerb(before) || SUBJECT_SLOT_BEFORE.test(before));
  }

  /** "Ada Varnum Cooks ‘Like …’" in a title-case headline: the extra words (of the name at `near`) are ordinary words the page writes in lower case, not more of the name. */
  private extendsWithWord(known: string[], words: string[], near: number): boolean {
    const extra = words.filter((w) => !known.includes(w.toLowerCase()));
    return extra.length > 0 && extra.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && this.writtenLowerCase(w.toLowerCase(), near));
  }

  /**
   * Whether `lower` occurs on the page as a lower-case word of its own (cached: names repeat).
   * Looked for from `near` (where the page capitalises it) to the end, then before it: a word is
   * mostly written near where the page writes it otherwise, and a search from the top of a long page
   * ran through most of it for each word.
   */
  private writtenLowerCase(lower: string, near: number): boolean {
    let known = this.lowerCaseWords.get(lower);
    if (known === undefined) {
      known = this.standsAloneFrom(lower, near, this.text.length) || this.standsAloneFrom(lower, 0, near);
      this.lowerCaseWords.set(lower, known);
    }
    return known;
  }

  /** Whether `lower` occurs, with no letter either side, at an offset in [from, to). */
  private standsAloneFrom(lower: string, from: number, to: number): boolean {
    // (Searched in the stretch that holds every occurrence starting before `to`: a search of the text
    // would run on past it to the next occurrence.)
    const stretch = this.text.slice(from, to + lower.length - 1);
    for (let k = stretch.indexOf(lower); k >= 0; k = stretch.indexOf(lower, k + 1)) {
      const at = from + k;
      if (!/\p{L}/u.test(this.text.charAt(at - 1)) && !/\p{L}/u.test(this.text.charAt(at + lower.length))) return true;
    }
    return false;
  }

  /**
   * `word` lower-cased, remembered: the same names are looked up again and again, and on a page with
   * curly quotes every word is a two-byte string, which toLowerCase converts slowly.
   */
  private lower(word: string): string {
    let lower = this.lowered.get(word);
    if (lower === undefined) {
      lower = word.toLowerCase();
      this.lowered.set(word, lower);
    }
    return lower;
  }

  /** Files `person` under each part of its name; `previous` are the parts it was filed under already (a renamed person). */
  private index(person: Person, previous: readonly string[] = []): void {
    const filed = new Set<string>();
    for (const part of previous) filed.add(part).add(withoutArabicArticle(part));
    for (const part of person.parts) {
      // "al-Mansouri" is also "Mansouri".
      const bare = withoutArabicArticle(part);
      for (const key of bare === part ? [part] : [part, bare]) {
        if (filed.has(key)) continue;
        filed.add(key);
        const list = this.byPart.get(key);
        if (!list) this.byPart.set(key, [person]);
        // (A new person is in no list yet; one renamed twice may be in this one from its first name.)
        else if (previous.length === 0 || !list.includes(person)) list.push(person);
      }
    }
    const fullName = person.parts.join(' ');
    if (!this.exactNames.has(fullName)) this.exactNames.set(fullName, person);
  }

  /**
   * Someone filed under `part` with the name `parts`, written the same or another way ("Muhammad
   * Shehbaz Sharif", "Ray Castellano"). Past dozens of people sharing the part, as only hostile
   * pages have, the exact name only: the comparison with each would make time grow with their square.
   */
  private sameNamed(part: string, parts: string[]): Person | undefined {
    const list = this.byPart.get(part);
    if (!list) return undefined;
    if (list.length > MANY_NAMESAKES) return this.exactNames.get(parts.join(' '));
    // (A loop, not find with an arrow function: this runs for every full name the rules resolve.)
    for (let k = 0; k < list.length; k++) if (sameName(list[k]!.parts, parts)) return list[k];
    return undefined;
  }

  /** `lower` as a function made once per page, for mapping a name's words (an arrow function per call was garbage). */
  private readonly lowerWord = (word: string): string => this.lower(word);

  private addFull(m: NameMention): void {
    const parts = m.words.map(this.lowerWord);
    let person = this.sameNamed(parts[parts.length - 1], parts) ?? this.sameNamed(parts[0], parts);
    if (!person) {
      person = { name: m.words.join(' '), parts, roles: [], mentions: [] };
      this.persons.push(person);
      this.index(person);
    } else if (parts.length > person.parts.length ? !this.extendsWithWord(person.parts, m.words, m.start) : parts.length < person.parts.length && this.extendsWithWord(parts, person.name.split(' '), m.start)) {
      // (The shorter name wins when the longer one only added a word of the headline's.)
      const previous = person.parts;
      person.name = m.words.join(' ');
      person.parts = parts;
      this.index(person, previous);
    }
    person.mentions.push(m.start);
    // ("Hong Kong’s housing minister", "Hong Kong housing chief": a possessive or a modifier of an office is no one speaking either.)
    // (Only a name without a first name can be a place: the others skip the test.)
    if (!isGivenName(parts[0])) this.countThingMention(person, m);
    if (m.title) addRole(person, m.title);
    // "Sen. Dana Whitcomb (D-Ore.)": party and state, so "the Oregon Democrat" is her.
    const party = this.text.charCodeAt(m.end + 1) === 40 ? PARTY_STATE.exec(this.text.slice(m.end, m.end + 20)) : null;
    if (party) person.roles.push(`${US_STATES.get(party[2].replace(/\s+/g, '').toLowerCase()) ?? ''} ${PARTIES[party[1] as 'D' | 'R' | 'I']}`.trim());
    if ((this.text.charCodeAt(m.end) === 44 && PERSON_DESCRIBED_AFTER_COMMA.test(this.text.slice(m.end + 1, m.end + 16))) || this.kinAfter(m)) person.described = true;
    // ("Daniel Hsu (許丹尼), a semiconductor analyst": past a parenthesis written after the name.)
    const end = m.end + (/^\s*\([^()\n]{1,40}\)(?=,)/u.exec(this.text.slice(m.end, m.end + 44))?.[0].length ?? 0);
    // (The pattern opens with a comma: tested first, as most names have none after them.)
    // (And the pattern only where a role word may end: it tries its long alternation at each word, some 10 µs a window.)
    const window = this.text.charCodeAt(end) === 44 ? lowerCaseInPlace(this.text.slice(end, end + 80)) : '';
    const after = window !== '' && mayHoldRoleWord(window) ? APPOSITIVE_RE.exec(window) : null;
    // "Speaking beside Maj Gen Kamran Rafiq, the minister said": an office right before its own verb
    // is the next clause's subject, not the name's apposition ("Rafiq, the minister, said").
    const verbAfter = after ? /^\s+(\p{L}+)/u.exec(this.text.slice(end + after[0].length, end + after[0].length + 20)) : null;
    // ("On Tahi Sport, commentator Grant Ellery's call": an office right before another name is that name's title.)
    // (Only before a person's name: a first name, or two capitalised words; not "Ministerpräsident
    // Bayerns, kritisierte" nor "the chairman ExxonMobil appointed".)
    const nextName = after ? /^\s+(\p{Lu}[\p{Ll}'’-]+)(\s+\p{Lu}[\p{L}'’-]+)?/u.exec(this.text.slice(end + after[0].length, end + after[0].length + 60)) : null;
    const titleOfNext = nextName !== null && (isGivenName(nextName[1]!) || nextName[2] !== undefined);
    // (Not "Justice Everett Lang, who is not related to the solicitor general": the office of someone
    // the apposition relates him to.)
    // (Nor "Julián Gómez, hermano de la alcaldesa": an office after "de" is a relative's or employer's.)
    const relatedTo = after !== null && (NOT_OWN_OFFICE.test(after[0].slice(0, after[0].length - after[1].length) + after[1]) || OFFICE_OF_ANOTHER.test(after[1]));
    // (Nor a clause after the name: "Álvaro Restrepo, anunció que el técnico renovará" reports on the
    // coach, "Saheed Ayinde, who joined the governor on the tour" is not the governor. A reporting verb
    // only right after the comma: "the newly confirmed defense secretary" is his office.)
    // (Nor a second person joined on: "Le ministre, Paul Girard, et la présidente de la région, Anne Morel".)
    // (A relative clause only when the office is its verb's object, after an article: not "who took
    // office as governor", "quien asumió como técnico", "qui occupe les fonctions de maire".)
    const words = after === null ? [] : after[0].split(/\s+/);
    const beforeOffice = words[words.length - 2] ?? '';
    const clause = after !== null && words.some((w, k) => (k === 1 && (isReportingVerb(w) || COORDINATOR_AFTER_NAME.test(w))) || (CLAUSE_AFTER_NAME.test(w) && !COPULA_AFTER_RELATIVE.test(words[k + 1] ?? '') && (COMPLEMENTISER.test(w) || ARTICLE_OPENING_OFFICE.test(beforeOffice))));
    if (after && !(verbAfter && isReportingVerb(verbAfter[1])) && !titleOfNext && !relatedTo && !clause) person.roles.push(after[1].toLowerCase());
    // Only a name right after a comma can follow its office ("La ministre …, Hélène Garrigues"): test that before the pattern.
    // ("el técnico de Ribereño, el argentino Mauricio Fabbiani": past a nationality or an adjective with its article.)
    // (Not a relative's: "the brother of the mayor, the pastor Derrick Johnson".)
    const described = DESCRIBED_BEFORE_NAME.exec(this.text.slice(Math.max(0, m.start - 30), m.start));
    const relative = described !== null && KIN_OF.test(this.text.slice(Math.max(0, m.start - 90), m.start));
    const nameFrom = described && !relative ? m.start - described[0].length + 1 : m.start;
    const before = COMMA_AT_END.test(this.text.slice(Math.max(0, nameFrom - 3), nameFrom)) ? ROLE_BEFORE_RE.exec(lowerCaseInPlace(this.text.slice(Math.max(0, nameFrom - 60), nameFrom))) : null;
    if (before) person.roles.push(before[1].toLowerCase());
    // "Her son, Lee Dacey,": the relation, for the person's gender.
    const kin = before === null && this.text.charCodeAt(m.start - 2) === 44 ? KIN_BEFORE_RE.exec(this.text.slice(Math.max(0, m.start - 30), m.start)) : null;
    if (kin && kinGender(kin[1]) !== null) person.roles.push(kin[1].toLowerCase());
  }

  /**
   * Marks the people every mention of whom sits inside a quotation ("Save Brookside" on a banner,
   * a book's title, "Herr Kesselring" addressed in someone's words). `spans` are sorted [open, close].
   */
  markQuotedOnly(spans: readonly (readonly [number, number])[]): void {
    const inside = (at: number) => insideSpans(spans, at);
    // By the full name only: "Save Brookside" is still a slogan when "Brookside" alone is the school.
    for (const p of this.persons) {
      const named = this.fullNameMentions.get(p) ?? p.mentions;
      p.quotedOnly = !p.pageMentions && named.length > 0 && named.every(inside);
    }
  }

  /**
   * Gives a gender to people whose first name no list knows, from how the prose goes on about them:
   * the first pronoun after a mention, before anyone else is named ("Zola Mbete, 24, nursing her
   * son, said …", "Mbete arrived late. She …"), an article before their office ("la sociologue
   * …", "der Sprecher …"), a spouse ("Mbete’s husband"). Pronouns inside quotations are skipped,
   * and a gender wins only by a clear majority of mentions. `names` are sorted; `spans` are the quotations.
   *
   * Run when a gender is first read (genderOf, isPersonLike), before an office is learnt, or when
   * detect hands out the people, whichever comes first: what it reads (names, offices, genders) is
   * then still what it is now, and most pages never ask, while reading the prose after every name
   * cost a long page several milliseconds.
   */
  inferGenders(names: readonly NameMention[], spans: readonly (readonly [number, number])[]): void {
    this.settleGenders();
    this.unsettledGenders = { names, spans };
    // (Everyone a name may resolve to: the page's people, and any an exact name still points at.)
    for (const p of this.persons) gendersToSettle.set(p, this);
    for (const p of this.exactNames.values()) gendersToSettle.set(p, this);
  }

  /** Runs the gender inference inferGenders put off, once. */
  settleGenders(): void {
    if (this.unsettledGenders === null) return;
    const { names, spans } = this.unsettledGenders;
    // (Cleared first: the inference reads genders itself, which must not start it again.)
    this.unsettledGenders = null;
    const votes = new Map<Person, { m: number; f: number }>();
    // Whether each person's gender is known otherwise (asked once per person: no roles change here).
    const gendered = new Map<Person, boolean>();
    for (let i = 0; i < names.length; i++) {
      const m = names[i]!;
      if (insideSpans(spans, m.start)) continue;
      // (A surname two people share says nothing of which one the pronoun is.)
      if (m.words.length === 1 && (this.byPart.get(withoutArabicArticle(this.lower(m.words[0]!)))?.length ?? 0) !== 1) continue;
      const p = this.resolveName(m);
      if (!p || p.impliedGender) continue;
      let known = gendered.get(p);
      if (known === undefined) gendered.set(p, (known = genderOf(p) !== null));
      if (known) continue;
      // (Up to the next name that may be someone: "Dr Anwen Castellow, a scientist at the University
      // of Lowmoor, disputed that. Pumping water out … would harm the bog, she said" is still about her.)
      const gender = this.articleGender(m) ?? this.spouseGender(m) ?? this.pronounGender(m, nextNameStart(names, i, this.text.length, this.noOne), spans);
      if (!gender) continue;
      const count = votes.get(p) ?? { m: 0, f: 0 };
      count[gender]++;
      votes.set(p, count);
    }
    for (const [p, { m, f }] of votes) {
      if (f > 2 * m) p.impliedGender = 'f';
      else if (m > 2 * f) p.impliedGender = 'm';
    }
  }

  /**
   * A body ("the University of Lowmoor"), or a capitalised word opening a sentence that names no one
   * ("Pumping water …"). (Not a lone surname mid-sentence: "wrote to Grimshaw, the planning chief. He
   * never replied" is about him.)
   */
  private readonly noOne = (n: NameMention): boolean => isOrganisationName(n.words) || (n.words.length === 1 && !isGivenName(n.words[0]!) && SENTENCE_OPENS_BEFORE.test(this.text.slice(Math.max(0, n.start - 4), n.start)) && this.resolveName(n) === null);

  /** "la diputada opositora …", "le politologue …", "der Sprecher …": a gendered article before the office before the name. */
  private articleGender(m: NameMention): 'm' | 'f' | null {
    const runStart = m.end - m.surface.length;
    const before = ARTICLE_BEFORE_OFFICE.exec(this.text.slice(Math.max(0, runStart - 60), runStart));
    if (!before) return null;
    const words = before[2]!.trim().split(/\s+/).filter(Boolean);
    const office = words.length ? words.find((w) => isRoleHead(w)) : m.title.split(/\s+/).find((w) => isRoleHead(w));
    if (!office) return null;
    const article = before[1]!.toLowerCase();
    // (German "die" is also plural, "der" also a woman's genitive or dative: not before "-en" or "-in".)
    if (article === 'die') return /en$/.test(office) ? null : 'f';
    if (article === 'der') return /(?:en|in)$/.test(office) ? null : 'm';
    return article === 'la' ? 'f' : 'm';
  }

  /** "Mbete’s husband": the possessor of a spouse, of the other gender (a husband's or widower's is a woman). */
  private spouseGender(m: NameMention): 'm' | 'f' | null {
    if (!POSSESSIVE_END.test(this.text.slice(m.start, m.end))) return null;
    const spouse = SPOUSE_AFTER.exec(this.text.slice(m.end, m.end + 16));
    return spouse ? (/^(?:husband|widower)$/i.test(spouse[1]!) ? 'f' : 'm') : null;
  }

  /** The first gendered pronoun outside quotations after mention `m`, in its sentence or the next, before `limit` (the next name). */
  private pronounGender(m: NameMention, limit: number, spans: readonly (readonly [number, number])[]): 'm' | 'f' | null {
    // Only a name where a subject goes: opening the sentence or a clause, or after a reporting verb.
    // (After a preposition or another verb it is seldom whom the next pronoun means: "Asked about
    // Mbete, he said", "touring Lakeview Nagar, she …".)
    const runStart = m.end - m.surface.length;
    const before = wordBeforeSpaces(this.text, runStart, Math.max(0, runStart - 20));
    if (before && LOWER_CASE_FIRST.test(before) && !isReportingVerb(before) && !SUBJECT_SLOT_BEFORE.test(before)) return null;
    // (The window is two sentences, which sentenceEnd finds within SENTENCE_REACH each: a line break
    // further on changes nothing, and the search for one ran to the end of a page without any, for every name.)
    const lineBreak = this.text.slice(m.end, m.end + 2 * SENTENCE_REACH + 1).indexOf('\n');
    const max = Math.min(limit, lineBreak < 0 ? this.text.length : m.end + lineBreak);
    const end = Math.min(max, sentenceEnd(this.text, sentenceEnd(this.text, m.end, max) + 1, max));
    const window = this.text.slice(m.end, end);
    GENDERED_PRONOUN.lastIndex = 0;
    for (let found = GENDERED_PRONOUN.exec(window); found; found = GENDERED_PRONOUN.exec(window)) {
      if (insideSpans(spans, m.end + found.index)) continue;
      // (Someone else's office or relation on the way, "met the minister. He …", is as likely whom
      // the pronoun means; not one in an apposition to the name itself, "X, the mayor, said he …".)
      if (namesOtherPersonNoun(withoutOwnApposition(window.slice(0, found.index)))) return null;
      const word = found[1]!.toLowerCase();
      if (word === 'her' && !POSSESSIVE_HER.test(window.slice(found.index + found[0].length))) return null;
      if (word === 'il' && IMPERSONAL_IL.test(window.slice(found.index + found[0].length))) return null;
      return /^(?:she|her|herself|elle|ella)$/.test(word) ? 'f' : 'm';
    }
    return null;
  }

  private adopt(known: Person): void {
    const here = this.sameNamed(known.parts[known.parts.length - 1], known.parts);
    if (here) {
      if (known.parts.length > here.parts.length) {
        const previous = here.parts;
        here.name = known.name;
        here.parts = [...known.parts];
        this.index(here, previous);
      }
      for (const r of known.roles) addRole(here, r);
      here.pageMentions = (here.pageMentions ?? 0) + (known.pageMentions ?? 0);
      return;
    }
    const person: Person = { name: known.name, parts: [...known.parts], roles: [...known.roles], mentions: [], pageMentions: known.pageMentions ?? 0 };
    this.persons.push(person);
    this.index(person);
  }

  /**
   * The person the rest of the page is most about (most mentions in earlier scans) that `accept`
   * allows; null on a first scan, where nothing is known beyond this text.
   */
  mostSalient(accept: (p: Person) => boolean): Person | null {
    let best: Person | null = null;
    let bestCount = 0;
    for (const p of this.persons) {
      if (!p.pageMentions) continue;
      const count = p.mentions.length + p.pageMentions;
      if (count > bestCount && accept(p)) {
        best = p;
        bestCount = count;
      }
    }
    return best;
  }

  private addSingle(m: NameMention): void {
    const person = this.byWord(m.words[0], m.start, m.title);
    if (person) {
      // Kept in order, so byWord can find the latest mention before a point by binary search.
      // (Mentions come in page order: this mostly appends.)
      let singles = this.singles!.get(person);
      if (!singles) this.singles!.set(person, (singles = []));
      // (Pushed at the end, where mentions in page order go: a splice makes an array of what it removes.)
      const at = sortedIndex(singles, m.start);
      if (at === singles.length) singles.push(m.start);
      else singles.splice(at, 0, m.start);
      if (m.title) addRole(person, m.title);
      if (this.kinAfter(m)) person.described = true;
      // (Only a name with no first name can be a place or a firm: the others skip the counts.)
      if (!isGivenName(person.parts[0]!)) {
        if (person.parts.length >= 2) {
          const word = withoutArabicArticle(this.lower(m.words[0]));
          if (word === withoutArabicArticle(person.parts[surnameIndex(person)]!)) person.lastWordMentions = (person.lastWordMentions ?? 0) + 1;
          else if (word === withoutArabicArticle(person.parts[0])) person.firstWordMentions = (person.firstWordMentions ?? 0) + 1;
        }
        // "at Nordvik", "Nordvik's shares", "in Tell Hamra": a short mention where a place or a firm goes.
        this.countThingMention(person, m);
      }
    }
  }

  /** Counts a mention of a name with no first name where places and firms go, or after an article. */
  private countThingMention(person: Person, m: NameMention): void {
    if (this.locative(m)) person.locativeMentions = (person.locativeMentions ?? 0) + 1;
    if (this.afterArticle(m)) person.articleMentions = (person.articleMentions ?? 0) + 1;
    // (Only by its full name: "a label Baek embraced" is President Baek Jin-ho in a clause of its own.)
    if (m.words.length === person.parts.length && this.afterBodyNoun(m.start)) person.body = true;
  }

  /**
   * Whether a body's noun comes right before `at`, after an article and at most two lower-case words
   * ("the environmental campaign group Save Our Shores"), with at most two of a body's adjectives
   * after it ("la plataforma ecologista Costa Viva"). (Read backwards word by word: most names have
   * no such noun.)
   */
  private afterBodyNoun(at: number): boolean {
    const text = this.text;
    let end = at;
    let noun = false;
    // Lower-case words read since the noun (or, before it, after it: "la plataforma ecologista").
    let loose = 0;
    for (let n = 0; n < 6; n++) {
      let gap = end;
      while (gap > 0 && text.charCodeAt(gap - 1) === 32) gap--;
      if (gap === end) return false;
      let start = gap;
      while (start > 0 && isWordChar(text.charCodeAt(start - 1), text, start - 1)) start--;
      if (start === gap) return false;
      const raw = text.slice(start, gap);
      const word = raw.toLowerCase();
      if (noun && BODY_DETERMINERS.has(word)) return true;
      if (!noun && BODY_NOUNS.has(word)) {
        // ("l’association Playa Limpia": the article elided onto the noun.)
        if (start >= 2 && (text.charCodeAt(start - 1) === 0x2019 || text.charCodeAt(start - 1) === 39) && (text.charCodeAt(start - 2) | 32) === 108) return true;
        noun = true;
        loose = 0;
        // (After the noun only a body's adjective: "la plataforma ecologista"; not "the union leader
        // Tevita Fonua", "the company founded by Zhang Yiming", "la empresa de Koldo Etxeberria".)
      } else if (!LOWER_CASE_WORD.test(raw) || ++loose > 2 || (!noun && !BODY_ADJECTIVE.test(word))) return false;
      end = start;
    }
    return false;
  }


  /** A mention where places, firms and offices' bodies go: after "in/at/from…", possessive, or modifying an office. */
  private locative(m: { start: number; end: number }): boolean {
    return LOCATIVE_BEFORE.test(this.text.slice(Math.max(0, m.start - 8), m.start)) || (POSSESSIVE_END.test(this.text.slice(m.start, m.end)) && !this.kinAfter(m)) || MODIFIES_OFFICE.test(this.text.slice(m.end, m.end + 40));
  }

  /** "the Arden upgrade", "die Brunnhofer Präzision AG" (not after a title: "the late …" belongs to it). */
  private afterArticle(m: NameMention): boolean {
    // (Not before what people have: "the Yoon government", "the Hsu camp", "the Biden administration".)
    return m.title === '' && DEFINITE_ARTICLE_BEFORE.test(this.text.slice(Math.max(0, m.start - 5), m.start)) && !PEOPLES_OWN_AFTER.test(this.text.slice(m.end, m.end + 24));
  }

  /** "Ottoline’s aunt", "Moyo's wife": a possessive naming a relative is said only of a person. */
  private kinAfter(m: { start: number; end: number }): boolean {
    // (The possessive first: it is rare, and this runs for every mention.)
    const s = this.text.charCodeAt(m.end - 1);
    if ((s !== 115 && s !== 83) || !POSSESSIVE_END.test(this.text.slice(m.start, m.end))) return false;
    const next = /^\s+(\p{L}+)/u.exec(this.text.slice(m.end, m.end + 24));
    return next !== null && (isKinWord(next[1]) || KIN_GENERIC.test(next[1]));
  }

  /** The person a single name word points at: last-name match first, nearest earlier mention wins. */
  byWord(word: string, at: number, title = ''): Person | null {
    const w = withoutArabicArticle(this.lower(word));
    let best: Person | null = null;
    let bestScore = -Infinity;
    const filed = this.byPart.get(w);
    // (Most capitalised words name no one: nothing more to weigh.)
    if (filed === undefined) return null;
    // "Brunnhofer will …" after "die Brunnhofer Präzision AG": the firm, not "Brunnhofer Entwicklung", whoever that is.
    // (Not a family name written first: "Moon Jae-in" beside "the Moon Foundation".)
    if (this.bodyFirstWords.has(w) && !someNamedByWordAsPerson(filed, w)) return null;
    const candidates = filed.length > MANY_NAMESAKES ? this.recentNamesakes(w, at) : filed;
    // (Loops by index here: an iterator per loop was garbage, for every single-word name the rules resolve.)
    for (let c = 0; c < candidates.length; c++) {
      const p = candidates[c]!;
      const idx = partIndex(p.parts, w);
      if (idx < 0) continue;
      // (Of one candidate, only whether it was ever named decides, not which part this is.)
      const isLast = candidates.length > 1 && (idx === surnameIndex(p) || isFirstOfTwoSurnames(p.parts, idx));
      // Known from elsewhere on the page counts as seen before this text. Of two people sharing a
      // surname, the one named most recently is meant…
      // (Mention lists are kept in order; only needed when two people share the word.)
      const seen = candidates.length > 1 ? this.lastMentionBefore(p, at + 1) : -1;
      const first = this.firstMention(p);
      const firstSeen = seen >= 0 ? seen : first !== undefined ? first : p.pageMentions ? -1 : Infinity;
      // …unless the title says otherwise: "Speaker Hargrove", "Ms Ramos".
      // (A namesake the page has not named yet fits a "Mr" no better than one named before whose
      // gender nobody knows: "Chief Minister T.R. Kumar … Mr. Kumar said" is not his son Arun
      // Kumar, introduced further down.)
      const seenBefore = firstSeen <= at;
      const titled = candidates.length > 1 && title ? (fitsTitle(p, title) ? (seenBefore ? 2 : 1) : seenBefore && genderTitleOpen(p, title) ? 1 : 0) : 0;
      const score = titled * 4e9 + (isLast ? 2 : 1) * 1e9 - (firstSeen <= at ? at - firstSeen : 1e8 + firstSeen);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    // "its president, Arnel C. Dimaculangan. / “He is my younger brother,” Dimaculangan replied": a
    // namesake named once in passing does not take the bare surname from the person the page has
    // been naming all along (writers call the newcomer by first name, "the younger …").
    if (best && candidates.length > 1 && !title && !SETS_APART_NAMESAKE.test(this.text.slice(Math.max(0, at - 16), at))) {
      // (Not in the paragraph that introduces the namesake: "Across the aisle, Senator Laura Kelly was
      // unconvinced. “…,” Kelly said" is her.)
      // A namesake: named in full once, and every mention so far in that one paragraph, which `at` has left.
      const named = this.fullNameMentions.get(best) ?? best.mentions;
      const introducedAt = named[0] ?? -1;
      const paragraphEnd = introducedAt < 0 ? -1 : this.paragraphBreakFrom(introducedAt);
      const namesake = introducedAt >= 0 && introducedAt < at && sortedIndex(named, at) === 1 && paragraphEnd >= 0 && paragraphEnd < at && this.lastMentionByNameBefore(best, at) < paragraphEnd;
      if (namesake) {
        // (By last part, not surnameIndex: "Legislator Hsu Mei-ling" would take "Hsu" back from an analyst
        // quoted ever since his introduction, which this rule cannot tell from a namesake in passing.)
        best = this.soleOtherBySurname(candidates, best, w, at, true) ?? best;
      }
      // "Tsutomu Okabe, 72, … That was how Okabe described … His daughter-in-law, Yui Okabe, …
      // “…,” Yui Okabe said. … Okabe, for his part, said": a namesake the page has only ever named
      // in full, twice or more, leaves the bare surname to the one it calls by it (outside the
      // namesake's paragraph; not "A driver, Kunle Adeyemi, … / “…,” Adeyemi asked": named once).
      const lastFull = lastBefore(named, at);
      const breakAfterFull = lastFull >= 0 ? this.paragraphBreakFrom(lastFull) : -1;
      const paragraphLeft = breakAfterFull >= 0 && breakAfterFull < at;
      if (best && paragraphLeft && sortedIndex(named, at) >= 2 && !this.calledBareBefore(best, at)) {
        best = this.soleOtherBySurname(candidates, best, w, at, false) ?? best;
      }
    }
    // "Harold Kimball, 70, whose wife, Ellen Kimball, …. “…,” Kimball said": of two people with one
    // surname introduced in the same breath, the first is the sentence's subject and the one meant.
    // (Only among two or more: most words name one person.)
    const bestSeen = best && candidates.length > 1 ? this.firstMention(best) : undefined;
    if (best && bestSeen !== undefined && bestSeen <= at) {
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c]!;
        const seen = this.firstMention(p);
        // (Unless a title tells them apart: "Mr Ouellet" after "Julie and Martin Ouellet".)
        if (title && fitsTitle(best, title) && !fitsTitle(p, title)) continue;
        if (p !== best && seen !== undefined && seen < bestSeen && bestSeen - seen < 200 && !this.text.slice(seen, bestSeen).includes('\n\n') && withoutArabicArticle(p.parts[surnameIndex(p)]!) === w && withoutArabicArticle(best.parts[surnameIndex(best)]!) === w) best = p;
      }
    }
    return best;
  }

  /**
   * text.indexOf('\n\n', from), looked up among the page's paragraph breaks (found once): on a page
   * with few of them each search ran to the page's end, for every namesake lookup (and role: see roles.ts).
   */
  paragraphBreakFrom(from: number): number {
    if (!this.paragraphBreaks) {
      this.paragraphBreaks = [];
      for (let at = this.text.indexOf('\n\n'); at >= 0; at = this.text.indexOf('\n\n', at + 1)) this.paragraphBreaks.push(at);
    }
    return this.paragraphBreaks[sortedIndex(this.paragraphBreaks, from)] ?? -1;
  }

  /**
   * Of `candidates` other than `best`, the only one whose last name part is `w` and who, before
   * `at`, was mentioned three times or more (`established`) or else called by a bare name part;
   * undefined when none or several are. (A method: arrow functions in byWord kept its variables in a
   * context made at every call.)
   */
  private soleOtherBySurname(candidates: readonly Person[], best: Person, w: string, at: number, established: boolean): Person | undefined {
    let sole: Person | undefined;
    for (let c = 0; c < candidates.length; c++) {
      const p = candidates[c]!;
      if (p === best || !(established ? this.mentionsBefore(p, at) >= 3 : this.calledBareBefore(p, at)) || withoutArabicArticle(p.parts[p.parts.length - 1]!) !== w) continue;
      if (sole !== undefined) return undefined;
      sole = p;
    }
    return sole;
  }

  /**
   * The last mention of `p` before `at` other than by first name alone: "Her brother, Tom Ashdown, … /
   * “…,” Tom says" calls a namesake by first name to leave the surname to the one the page is about.
   */
  private lastMentionByNameBefore(p: Person, at: number): number {
    const last = this.lastMentionBefore(p, at);
    if (last < 0 || !isGivenName(p.parts[0]!) || !this.byFirstNameAlone(p, last)) return last;
    const singles = this.singles?.get(p);
    let latest = -1;
    for (const list of singles ? [p.mentions, singles] : [p.mentions]) {
      for (let k = sortedIndex(list, at) - 1; k >= 0; k--) {
        if (this.byFirstNameAlone(p, list[k]!)) continue;
        if (list[k]! > latest) latest = list[k]!;
        break;
      }
    }
    return latest;
  }

  /** Whether the mention of `p` at `m` is its first name and nothing more. */
  private byFirstNameAlone(p: Person, m: number): boolean {
    const first = p.parts[0]!;
    return lowerCase(this.text.slice(m, m + first.length)) === first && !/^[\p{L}\p{N}]|^ \p{Lu}/u.test(this.text.slice(m + first.length, m + first.length + 2));
  }

  /** Whether `p` was named by a bare name part (not in full) before `at`. (A method, not a closure made on each byWord call.) */
  private calledBareBefore(p: Person, at: number): boolean {
    return this.mentionsBefore(p, at) > sortedIndex(this.fullNameMentions.get(p) ?? p.mentions, at);
  }

  // `p`'s mentions, with the single-word ones the constructor has given it so far (see `singles`).
  /** The last mention of `p` before `at`, or -1. */
  private lastMentionBefore(p: Person, at: number): number {
    const singles = this.singles?.get(p);
    return singles ? Math.max(lastBefore(p.mentions, at), lastBefore(singles, at)) : lastBefore(p.mentions, at);
  }

  /** How many mentions of `p` lie before `at`. */
  private mentionsBefore(p: Person, at: number): number {
    const singles = this.singles?.get(p);
    return sortedIndex(p.mentions, at) + (singles ? sortedIndex(singles, at) : 0);
  }

  /** The first mention of `p`, if any. */
  private firstMention(p: Person): number | undefined {
    const singles = this.singles?.get(p);
    const first = p.mentions[0];
    return singles && (first === undefined || singles[0]! < first) ? singles[0] : first;
  }

  /**
   * Of many people filed under `w`, the few named in full last before `at` (and next after it): on
   * a page where dozens share a surname, the one a bare surname means is among those, and looking
   * at all of them for every mention would make time grow with their square.
   */
  private recentNamesakes(w: string, at: number): Person[] {
    let timeline = this.partTimelines.get(w);
    if (!timeline) {
      timeline = [];
      for (const p of this.byPart.get(w) ?? []) for (const m of this.fullNameMentions.get(p) ?? p.mentions) timeline.push({ at: m, person: p });
      timeline.sort((a, b) => a.at - b.at);
      this.partTimelines.set(w, timeline);
    }
    return [...peopleAround(timeline, firstAfter(timeline, at))];
  }

  /** Resolves a name mention to the fullest name on the page. */
  resolveName(m: NameMention): Person | null {
    // Once the constructor is done, who a name is depends on nothing that changes any more (the
    // people, their names and mentions), except through a title, weighed against genders and
    // offices learnt later: the rules ask again about the same mentions, so the answer is kept.
    const keep = this.singles === null && (m.words.length >= 2 || m.title === '');
    const known = keep ? this.resolved.get(m) : undefined;
    if (known !== undefined) return known;
    let person: Person | null;
    if (m.words.length >= 2) {
      const parts = m.words.map(this.lowerWord);
      person = this.sameNamed(parts[parts.length - 1], parts) ?? null;
      // "el Flaco Ledesma", "El Turco Haddad": a Spanish nickname after its article, then the surname
      // of someone named in full.
      if (!person && m.words.length === 2 && !isGivenName(parts[0]!) && NICKNAME_ARTICLE_BEFORE.test(this.text.slice(Math.max(0, m.start - 4), m.start))) {
        const bySurname = this.byWord(m.words[1]!, m.start);
        person = bySurname && bySurname.parts.length >= 2 && bySurname.parts[bySurname.parts.length - 1] === parts[1] ? bySurname : null;
      }
    } else person = this.byWord(m.words[0], m.start, m.title);
    if (keep) this.resolved.set(m, person);
    return person;
  }

  /** "the defence minister": the person most recently mentioned before `at` whose roles fit. */
  resolveRole(role: string, at: number): Person | null {
    const words = role.toLowerCase().split(/\s+/).filter(Boolean);
    const head = roleHead(role);
    if (!head) return null;
    const own = lastRoleWord(role);
    const modifiers = words.slice(0, -1);
    const askedForSecondRank = isSecondRankRole(role);
    const filed = this.officeHolders(head);
    // (A page of thousands of officials compares only those mentioned around `at`, as with namesakes,
    // and those whose roles carry the role's other words: "the finance minister" named long ago.)
    const candidates = filed.length > MANY_NAMESAKES ? this.recentHolders(head, filed, at, modifiers) : filed;
    let best: Person | null = null;
    let bestScore = -Infinity;
    for (const p of candidates) {
      const fitting = rolesFitting(p, head);
      if (fitting.length === 0) continue;
      const modifiersMatched = modifiers.filter((w) => fitting.some((r) => r.includes(w))).length;
      // "the Reform candidate" is not the "Labour candidate": both qualified, and differently.
      if (modifiers.length > 0 && modifiersMatched === 0 && fitting.every((r) => r.split(/\s+/).length > 1)) continue;
      // "el intendente" is whoever the page called that, before someone an ambiguous other noun for
      // the office was learnt for ("La edil", a councillor in Argentina, a mayor in Mexico).
      const sameWord = fitting.some((r) => r.split(/[\s-]+/).some((w) => w.replace(/s$/, '') === own));
      const last = lastBefore(p.mentions, at);
      // ("the governor" is not the lieutenant governor, "the president" not the vice-president: a
      // holder of the office's second rank comes after one of the office itself.)
      const second = !askedForSecondRank && fitting.every(isSecondRankRole);
      const score = modifiersMatched * 1e9 + (sameWord ? 1e8 : 0) - (second ? 5e7 : 0) + (last >= 0 ? last : -1e8);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  private learnt = 0;
  /** How many offices addRole has taught so far: a subject read before one was learnt may read differently after (see previousSentenceSubject). */
  get rolesLearnt(): number {
    return this.learnt;
  }

  /** Records that `p` holds `role` (learnt from the text), keeping the office lookups up to date. */
  addRole(p: Person, role: string): void {
    // (The gender inference reads offices as they were before this one.)
    this.settleGenders();
    p.roles.push(role);
    this.learnt++;
    if (!this.officeIndex) return;
    for (const key of officeKeys(role)) {
      const list = this.officeIndex.get(key);
      if (!list) this.officeIndex.set(key, [p]);
      else if (!list.includes(p)) {
        // (In the order people were first named, which breaks resolveRole's ties.)
        const order = this.order.get(p) ?? Infinity;
        let i = list.length;
        while (i > 0 && (this.order.get(list[i - 1]) ?? Infinity) > order) i--;
        list.splice(i, 0, p);
        const timeline = this.officeTimelines.get(key);
        if (timeline) for (const m of p.mentions) timeline.splice(firstAfter(timeline, m), 0, { at: m, person: p });
      }
    }
  }

  /** The first person named whose roles `accept` allows, among those with a role word `office` ("wife", "son"). */
  firstHolding(office: string, accept: (p: Person) => boolean): Person | undefined {
    return this.officeHolders(office).find(accept);
  }

  /** Everyone whose family name is `surname` (lower-case). */
  sharingSurname(surname: string): Person[] {
    return (this.byPart.get(surname) ?? []).filter((p) => p.parts[p.parts.length - 1] === surname);
  }

  /** Everyone whose roles may fit the office `head`, in the order they were first named (rolesFitting decides). */
  private officeHolders(head: string): Person[] {
    if (!this.officeIndex) {
      this.officeIndex = new Map();
      this.persons.forEach((p, i) => this.order.set(p, i));
      for (const p of this.persons) {
        for (const role of p.roles) {
          for (const key of officeKeys(role)) {
            const list = this.officeIndex.get(key);
            if (!list) this.officeIndex.set(key, [p]);
            else if (list[list.length - 1] !== p) list.push(p);
          }
        }
      }
    }
    return this.officeIndex.get(head) ?? [];
  }

  /** The holders of `head` mentioned last before `at` (at most MANY_NAMESAKES), the few named next, and the few whose roles have one of `modifiers`. */
  private recentHolders(head: string, holders: Person[], at: number, modifiers: string[]): Person[] {
    let timeline = this.officeTimelines.get(head);
    if (!timeline) {
      timeline = [];
      for (const p of holders) for (const m of p.mentions) timeline.push({ at: m, person: p });
      timeline.sort((a, b) => a.at - b.at);
      this.officeTimelines.set(head, timeline);
    }
    const near = peopleAround(timeline, firstAfter(timeline, at - 1));
    for (const w of modifiers) {
      const qualified = this.officeIndex?.get(w.replace(/s$/, '')) ?? [];
      if (qualified.length <= MANY_NAMESAKES) for (const p of qualified) near.add(p);
    }
    return [...near];
  }

  /** Everyone holding the office `role` ends in, in the order they were first named. */
  holdersOf(role: string): Person[] {
    const head = roleHead(role);
    if (!head) return [];
    let holders = this.holders.get(head);
    if (!holders) {
      holders = this.officeHolders(head).filter((p) => rolesFitting(p, head).length > 0).sort((a, b) => (a.mentions[0] ?? Infinity) - (b.mentions[0] ?? Infinity));
      this.holders.set(head, holders);
    }
    return holders;
  }

  /** The person `accept` allows with the most mentions before `at`, and that count. */
  mostMentionedBefore(at: number, accept: (p: Person) => boolean): { person: Person; mentions: number } | null {
    let best: { person: Person; mentions: number } | null = null;
    for (const p of this.persons) {
      let mentions = 0;
      for (const m of p.mentions) if (m < at) mentions++;
      if (mentions > (best?.mentions ?? 0) && accept(p)) best = { person: p, mentions };
    }
    return best;
  }

  /** The person mentioned most recently before `at` that `accept` allows (looks back a bounded number of mentions). */
  lastMentioned(at: number, accept: (p: Person, mentionedAt: number) => boolean = () => true): Person | null {
    const timeline = this.mentionTimeline();
    let lo = 0;
    let hi = timeline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeline[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 50; i--) if (accept(timeline[i].person, timeline[i].at)) return timeline[i].person;
    return null;
  }
}

/**
 * Which part of a name is the family name: the last, except before a Chinese or Korean given name
 * written with a hyphen ("Hsu Mei-ling", "Raymond Lau Ka-wing", "Kim Eun-ji"), which follows it.
 */
export function surnameIndex(p: Person): number {
  const last = p.parts.length - 1;
  return last >= 1 && p.parts[last]!.includes('-') && EAST_ASIAN_GIVEN_NAME.test(p.name.slice(p.name.lastIndexOf(' ') + 1)) ? last - 1 : last;
}
/**
 * Whether part `idx` is the first of two family names, by which Spanish and Catalan writers call
 * someone: "Huamaní" in "Teodora Huamaní Ccori", "Castellví" in "Núria Castellví i Puig".
 */
function isFirstOfTwoSurnames(parts: readonly string[], idx: number): boolean {
  if (idx < 1 || isGivenName(parts[idx]!) || !isGivenName(parts[0]!)) return false;
  if ((parts[idx + 1] === 'i' || parts[idx + 1] === 'y') && idx + 2 === parts.length - 1) return true;
  return idx === parts.length - 2 && isGivenName(parts[idx - 1]!);
}
const EAST_ASIAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

/** The office a role names: its last word ("die Grünen-Fraktionschefin": after the hyphen), singular, and the usual noun for it ("el edil" → alcalde). */
function roleHead(role: string): string | undefined {
  const last = lastRoleWord(role);
  return last ? (usualOfficeNoun(last) ?? last) : undefined;
}

/** A role's own last word, singular and after any hyphen ("die Grünen-Fraktionschefin" → "fraktionschefin"), before roleHead maps it to the usual noun. */
function lastRoleWord(role: string): string | undefined {
  return role.toLowerCase().split(/\s+/).filter(Boolean).pop()?.split('-').pop()?.replace(/s$/, '');
}

/** Whether anyone filed under `w` is a person `w` may name: not only a firm or a place whose first word it is ("Brunnhofer" of Brunnhofer Präzision AG). */
function someNamedByWordAsPerson(filed: readonly Person[], w: string): boolean {
  for (let c = 0; c < filed.length; c++) {
    const p = filed[c]!;
    if (p.parts[0] !== w || isGivenName(p.parts[0]!) || surnameIndex(p) === 0) return true;
  }
  return false;
}

/** "edil" → "alcalde" (own keys only: "constructor" is no office). */
function usualOfficeNoun(word: string): string | undefined {
  return Object.hasOwn(ROLE_SYNONYMS, word) ? ROLE_SYNONYMS[word] : undefined;
}

/** Every office a role could name under rolesFitting: each word singular, its usual noun, and its endings of five letters or more. */
function officeKeys(role: string): Set<string> {
  const keys = new Set<string>();
  for (const w of role.split(/\s+/)) {
    if (!w) continue;
    const word = w.replace(/s$/, '');
    keys.add(word);
    const synonym = usualOfficeNoun(word);
    if (synonym) keys.add(synonym);
    for (let i = 0; i + 5 <= w.length; i++) keys.add(w.slice(i));
  }
  return keys;
}

/** The people named last before index `lo` of a timeline (at most MANY_NAMESAKES) and the few named from it on. */
function peopleAround(timeline: { at: number; person: Person }[], lo: number): Set<Person> {
  const near = new Set<Person>();
  for (let i = lo - 1; i >= 0 && near.size < MANY_NAMESAKES; i--) near.add(timeline[i]!.person);
  for (let i = lo; i < timeline.length && i < lo + 8; i++) near.add(timeline[i]!.person);
  return near;
}

/** The index of the first entry of a sorted timeline after `at`. */
function firstAfter(timeline: { at: number }[], at: number): number {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeline[mid].at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The roles of `p` that are the office `head` (German compounds carry it at their end: "Bundesbauministerin" is a "Ministerin"). */
/**
 * `p` is known by an office, none of which `role` can name: "the local mayor" is not the premier the
 * page is about.
 */
export function holdsOtherOffice(p: Person, role: string): boolean {
  const head = roleHead(role);
  if (!head) return false;
  const offices = p.roles.filter((r) => isRoleHead(r.split(/\s+/).pop()!));
  return offices.length > 0 && rolesFitting({ ...p, roles: offices }, head).length === 0;
}

function rolesFitting(p: Person, head: string): string[] {
  return p.roles.filter((r) =>
    r.split(/\s+/).some((w) => {
      const word = w.replace(/s$/, '');
      return word === head || usualOfficeNoun(word) === head || (head.length >= 5 && w.endsWith(head));
    }),
  );
}

const KIN_BEFORE_RE = /(?:^|\s)(?:his|her|their|son|sa|su|sein|seine|ihr|ihre)\s+(\p{L}+),\s*$/iu;
const MODIFIES_OFFICE = /^\s+(?:\p{Ll}+\s+)?(?:minister|secretary|chief|official|officials|spokesperson|spokesman|spokeswoman)\b/u;
// (Not "to": "according to Wanjiru Kamau" names a person.)
/** "the elder Ashdale", "la cadette des Marchand": a word that singles out one of two namesakes. */
const SETS_APART_NAMESAKE = /(?:^|\s)(?:elder|younger|older|other|senior|junior|cadet|cadette|aîné|aînée|ältere|jüngere|älteren|jüngeren|mayor|menor)\s+(?:des\s+|de\s+los\s+)?$/i;
const PEOPLES_OWN_AFTER = /^\s+(?:government|administration|camp|campaign|cabinet|family|era|years|presidency|regime|doctrine|household|allies|aides|loyalists|supporters|team|amendment|plan|bill|proposal|report|case|trial|affair|scandal|regierung|lager|familie|ära|kabinett|gouvernement|clan|famille|gobierno|familia|campaña)\b/iu;
const DEFINITE_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|The|die|Die|das|Das)\s$/u;
/** "minister of state for rural development ", "head of research ": an office (group 1) and its complement (group 2) before a name. */
/**
 * A German word that reads as a noun for a person rather than a first name no list knows: an office or
 * a relation, or a noun's ending for people ("Torjäger", "Routinier", "Landwirt", "Lehrling", "Praktikantin").
 */
function looksLikeGermanPersonNoun(word: string): boolean {
  return isRoleHead(word) || isKinWord(word) || /(?:er|in|ling|ant|ent|ist|eur|ier|wirt|mann|frau|chef|arzt|ör)$/i.test(word);
}

/** Whether run[k] is an initial ("A." in "spokesperson A. Ilamparithi"): a capital and a full stop mid-sentence, before more of the name. */
function isInitialInRun(text: string, run: readonly { word: string; start: number }[], k: number): boolean {
  return k + 1 < run.length && CAPITAL_INITIAL.test(run[k]!.word) && !sentenceInitial(text, run[k]!.start);
}

/**
 * The first "of" or "for" among the words two to six before token i (where an office's complement
 * before a name can start), or -1: the pattern below then runs from the word before it only, not
 * over a long stretch of text for every name.
 */
function firstOfOrForBefore(tokens: Tokens, i: number): number {
  // (Compared in place: this runs before most names, and cutting out six words each time adds up.)
  for (let k = Math.max(0, i - 6); k < i - 1; k++) {
    if (isOfOrForAt(tokens.text, tokens.starts[k], tokens.ends[k])) return k;
  }
  return -1;
}
const OFFICE_WITH_COMPLEMENT = /(?:^|[^\p{L}])(\p{Ll}+)\s((?:of|for)\s(?:[\p{Ll}-]+\s){1,5})$/u;
/** How every match of OFFICE_WITH_COMPLEMENT ends. */
const OFFICE_WITH_COMPLEMENT_END = /[\p{Ll}-]\s$/u;
/** Words no office's complement has: relatives, pronouns, articles' objects that start a new clause. */
const NOT_IN_COMPLEMENT = /^(?:whom|which|that|who|whose|he|she|they|it|we|you|i|his|her|their|was|is|were|are|had|has|have|and|but|or)$/;

/**
 * Where the name after `names[i]` starts (a sentence's capitalised "Il", "Er" is no name), else `end`.
 * (Nor what `noOne` says is nobody a pronoun could stand for.)
 */
function nextNameStart(names: readonly NameMention[], i: number, end: number, noOne?: (n: NameMention) => boolean): number {
  for (let k = i + 1; k < names.length; k++) {
    const n = names[k]!;
    if ((n.words.length > 1 || !PRONOUNS.has(n.words[0]!.toLowerCase())) && !noOne?.(n)) return n.start;
  }
  return end;
}

// Gender evidence for People.inferGenders.
const ARTICLE_BEFORE_OFFICE = /(?:^|[\s(])(la|le|el|die|der|La|Le|El|Die|Der)\s+((?:[\p{L}-]+\s+){0,3})$/u;
const APPOSITION_AFTER_NAME = /^\s*,[^,.;:!?]{1,120},/u;
/** What opens a sentence, just before a word: a stop and spaces, or a line break. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]["”’»]?\s+|\n)$/;
/**
 * The text after a name without the apposition describing them ("X, the mayor, said he …"). A long
 * one is kept when it names another person past its own head: "Aroha Ngata, the daughter of a miner
 * who worked the quarry for thirty years, remembers. He came home grey" is about the miner.
 */
function withoutOwnApposition(text: string): string {
  const apposition = APPOSITION_AFTER_NAME.exec(text);
  if (!apposition) return text;
  if (apposition[0].length > 62 && namesOtherPersonNoun(apposition[0].replace(/^\s*,\s*\S+\s+\S+/, ''))) return text;
  return text.slice(apposition[0].length);
}
const ARTICLE_AND_WORDS = /(?:^|[^\p{L}])(?:the|a|an|le|la|un|une|el|una|der|die|das|den|dem|ein|eine|einen|einem)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
/** An office or relation after an article ("the minister", "a brother"): someone other than the name before. */
function namesOtherPersonNoun(text: string): boolean {
  // (Match by match, stopping at the first such noun, not all of the window's matches gathered first.)
  for (const x of text.matchAll(ARTICLE_AND_WORDS)) if (x[1]!.split(/\s+/).some((w) => isRoleHead(w) || isKinWord(w))) return true;
  return false;
}
const SPOUSE_AFTER = /^\s+(husband|wife|widow|widower)(?![\p{L}])/iu;
/** Words a clause's subject follows: conjunctions, relatives, a copula ("Among them was X"). ("and" joins nouns as often.) */
const SUBJECT_SLOT_BEFORE = /^(?:but|while|as|when|then|so|after|before|until|because|though|although|mais|puis|quand|lorsque|pero|mientras|cuando|aber|als|während|dass|que|qui|quien|who|was|is|war|ist|était|est|fue|era|es)$/;
// (English "her" is an object as often as a possessive, German "sie" is also "they", French "il" also impersonal.)
const GENDERED_PRONOUN = /(?<![\p{L}'’-])(she|he|his|herself|himself|her|elle|il|ella|él|er|seine|seinen|seinem|seiner|seines)(?![\p{L}'’])/giu;
const POSSESSIVE_HER = /^\s+(?!(?:and|or|to|that|for|with|as|at|in|on|of|from|but|when|if|the|a|an|about|into|over|again|up|down|out|off|back|too|so|because|by|after|before|was|is|had|has|would|will)(?![\p{L}]))\p{Ll}/u;
const IMPERSONAL_IL = /^\s+(?:y|faut|fallait|faudra|faudrait|s['’]agit|s['’]agissait|suffit|reste|restait|paraît|semble|semblait|est|était|sera|serait|vaut|n['’]y|pleut)(?![\p{L}])/u;
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|en|dans|im|nach|aus|desde|hacia|near|a|à|de|del|of|from|at|von|zu|bei)\s$/i;

/** A captured office that opens with "de", "du", "del": the office of whoever the apposition's noun belongs to ("hermano de la alcaldesa"). */
const OFFICE_OF_ANOTHER = /^(?:de|du|des|del|d['’]\S*|al|au|aux)\s/u;
/** Words before an office in an apposition that make it someone else's: "related to the", "not the", "married to a". */
const NOT_OWN_OFFICE = /(?:^|[\s,])(?:to|not|with|for|than|by|from|of|against)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+$/u;

/** "(R-Ind.)", "(D-N.M.)", "(I-VT)": a US lawmaker's party and state after the name. */
const PARTY_STATE = /^ \(([DRI])-([A-Z][A-Za-z.]{1,5}(?: ?[A-Z][a-z.]{0,4})?)\)/;
const PARTIES = { D: 'democrat', R: 'republican', I: 'independent' } as const;
/** US states by their AP abbreviations and postal codes (lower case, without spaces). */
const US_STATES = new Map<string, string>();
for (const entry of ('alabama:ala.,al alaska:alaska,ak arizona:ariz.,az arkansas:ark.,ar california:calif.,ca colorado:colo.,co ' +
  'connecticut:conn.,ct delaware:del.,de florida:fla.,fl georgia:ga.,ga hawaii:hawaii,hi idaho:idaho,id illinois:ill.,il ' +
  'indiana:ind.,in iowa:iowa,ia kansas:kan.,kans.,ks kentucky:ky.,ky louisiana:la.,la maine:maine,me maryland:md.,md ' +
  'massachusetts:mass.,ma michigan:mich.,mi minnesota:minn.,mn mississippi:miss.,ms missouri:mo.,mo montana:mont.,mt ' +
  'nebraska:neb.,nebr.,ne nevada:nev.,nv new_hampshire:n.h.,nh new_jersey:n.j.,nj new_mexico:n.m.,n.mex.,nm new_york:n.y.,ny ' +
  'north_carolina:n.c.,nc north_dakota:n.d.,nd ohio:ohio,oh oklahoma:okla.,ok oregon:ore.,or pennsylvania:pa.,penn.,pa ' +
  'rhode_island:r.i.,ri south_carolina:s.c.,sc south_dakota:s.d.,sd tennessee:tenn.,tn texas:texas,tex.,tx utah:utah,ut ' +
  'vermont:vt.,vt virginia:va.,va washington:wash.,wa west_virginia:w.va.,w.v.,wv wisconsin:wis.,wisc.,wi wyoming:wyo.,wy').split(' ')) {
  const [state, abbreviations] = entry.split(':');
  for (const a of abbreviations!.split(',')) US_STATES.set(a, state!.replace('_', ' '));
}

/** `title` is a form of address ("mr", "ms") and `p`'s gender is not known. */
function genderTitleOpen(p: Person, title: string): boolean {
  return genderOf(p) === null && title.split(/\s+/).some((t) => MALE_TITLE.test(t) || FEMALE_TITLE.test(t));
}

/** Whether `title` ("ms", "speaker", "mr") fits `p`: the same gender, or an office `p` holds. */
function fitsTitle(p: Person, title: string): boolean {
  return title.split(/\s+/).some((t) => {
    if (MALE_TITLE.test(t)) return genderOf(p) === 'm';
    if (FEMALE_TITLE.test(t)) return genderOf(p) === 'f';
    return p.roles.some((r) => r.split(/\s+/).includes(t));
  });
}

const ARABIC_ARTICLES = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az'];
const ARABIC_ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})-`);
// Where an article's hyphen can be: most names have none there, and are decided without the pattern.
const ARABIC_ARTICLE_SHORTEST = Math.min(...ARABIC_ARTICLES.map((a) => a.length));
const ARABIC_ARTICLE_LONGEST = Math.max(...ARABIC_ARTICLES.map((a) => a.length));

function hyphenWhereAnArticleEnds(part: string): boolean {
  for (let at = ARABIC_ARTICLE_SHORTEST; at <= ARABIC_ARTICLE_LONGEST; at++) if (part.charCodeAt(at) === 45) return true;
  return false;
}

/** "al-mansouri" → "mansouri": Arabic names are written with and without their article. */
function withoutArabicArticle(part: string): string {
  return part.length > 5 && hyphenWhereAnArticleEnds(part) && ARABIC_ARTICLE.test(part) ? part.slice(part.indexOf('-') + 1) : part;
}

/** Whether a part carries an Arabic article ("al-Mansouri"). */
function hasArabicArticle(parts: readonly string[]): boolean {
  for (const part of parts) if (part !== withoutArabicArticle(part)) return true;
  return false;
}

/** Which of `parts` is `w`, with or without an Arabic article, or -1. */
function partIndex(parts: readonly string[], w: string): number {
  for (let k = 0; k < parts.length; k++) if (parts[k] === w || withoutArabicArticle(parts[k]!) === w) return k;
  return -1;
}

function sameName(a: string[], b: string[]): boolean {
  if (hasArabicArticle(a) || hasArabicArticle(b)) return sameName(a.map(withoutArabicArticle), b.map(withoutArabicArticle));
  // "Shehbaz Sharif" and "Muhammad Shehbaz Sharif" are one person: same last word, the shorter's words all in the longer.
  // (Picked without an array to destructure: this runs for every full name against each namesake.)
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  // "Iván Carrasco" and "Iván Carrasco Ledesma": a Spanish name's second surname is often left off.
  if (short.length >= 2 && sameWordsFrom(short, long, 0)) return true;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (allIncluded(short, long)) return true;
  // "Ray Castellano" and "Raymond Castellano", "Bill Hanley" and "William Hanley": one person by a short first name.
  return a.length === b.length && a.length >= 2 && sameWordsFrom(a, b, 1) && isShortFormOf(a[0], b[0]);
}

// (Loops, not every with arrow functions: sameName runs for every full name against each namesake.)
/** Whether `long` has the words of `short` from word `from` on, at the same places. */
function sameWordsFrom(short: readonly string[], long: readonly string[], from: number): boolean {
  for (let k = from; k < short.length; k++) if (long[k] !== short[k]) return false;
  return true;
}

/** Whether every word of `short` is one of `long`'s. */
function allIncluded(short: readonly string[], long: readonly string[]): boolean {
  for (let k = 0; k < short.length; k++) if (!long.includes(short[k]!)) return false;
  return true;
}

// First names whose short form is not their opening letters.
const SHORT_FORMS: Record<string, string> = {
  bill: 'william', billy: 'william', will: 'william', bob: 'robert', bobby: 'robert', rob: 'robert', jim: 'james',
  jimmy: 'james', mike: 'michael', mick: 'michael', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard',
  jack: 'john', johnny: 'john', tony: 'anthony', ted: 'edward', ned: 'edward', ed: 'edward', peggy: 'margaret', maggie: 'margaret',
  liz: 'elizabeth', beth: 'elizabeth', betty: 'elizabeth', kate: 'katherine', katie: 'katherine', kathy: 'katherine',
  sue: 'susan', jenny: 'jennifer', pepe: 'josé', paco: 'francisco', nacho: 'ignacio', lola: 'dolores', pancho: 'francisco',
  // Short forms that are first names of their own, so only these pairs count.
  dan: 'daniel', danny: 'daniel', sam: 'samuel', ben: 'benjamin', alex: 'alexander', chris: 'christopher', nick: 'nicholas',
  matt: 'matthew', andy: 'andrew', steve: 'steven|stephen', joe: 'joseph', pat: 'patrick|patricia', fred: 'frederick',
  greg: 'gregory', jon: 'jonathan', josh: 'joshua', ken: 'kenneth', larry: 'lawrence', pete: 'peter', phil: 'philip',
  ron: 'ronald', tim: 'timothy', vince: 'vincent', zach: 'zachary', walt: 'walter', abby: 'abigail', becky: 'rebecca',
  cathy: 'catherine', jess: 'jessica', meg: 'megan|margaret', trish: 'patricia', val: 'valerie', nate: 'nathan',
};

function isShortFormOf(a: string, b: string): boolean {
  const [x, y] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (x === y) return false;
  if (SHORT_FORMS[x]?.split('|').includes(y)) return true;
  // "Ray"/"Raymond", "Alex"/"Alexander": a clipped first name (the clipped form is often a word too), of one gender.
  // ("Marc"/"Marcel", "Leo"/"Leon" are two names: only a clipped form that is no name of its own.)
  if (x.length < 3 || !y.startsWith(x) || !isGivenName(y) || isGivenName(x)) return false;
  const gx = givenNameGender(x);
  const gy = givenNameGender(y);
  return gx === null || gy === null || gx === gy;
}

/**
 * The letters right before `end`, from no earlier than `from` (what /(\p{L}+)$/u finds in
 * text.slice(from, end)), or null. Read backwards by character code: a pattern anchored at the end
 * is tried from every position of the slice, and this runs for most names. (A character beyond
 * ASCII hands over to the pattern.)
 */
function lettersEndingAt(text: string, end: number, from: number): string | null {
  let k = end;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1) | 32;
    if (c >= 128) return /(\p{L}+)$/u.exec(text.slice(from, end))?.[1] ?? null;
    if (c < 97 || c > 122) break;
  }
  return k < end ? text.slice(k, end) : null;
}

/** The word before the spaces before `end`, from no earlier than `from` (what /(\p{L}+)[ \u00A0]+$/u finds in text.slice(from, end)), or null. */
function wordBeforeSpaces(text: string, end: number, from: number): string | null {
  let k = end;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0)) k--;
  return k < end ? lettersEndingAt(text, k, from) : null;
}

/** More people than this sharing one part of their name is a hostile page: see sameNamed, recentNamesakes. */
const MANY_NAMESAKES = 64;

/** Where `value` would go in `sorted`: also how many of its positions lie before `value`. */
export function sortedIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lastBefore(sorted: number[], at: number): number {
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
