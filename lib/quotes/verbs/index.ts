// Reporting verbs in every language the engine reads. English and French come from the
// GenderGapTracker lists (MIT); German and Spanish forms, and a few common English verbs those
// lists lack, are added here.

import { VERBS_EN_GGT } from './ggt-en';
import { VERBS_FR_GGT } from './ggt-fr';
import { WordSet } from '../word-set';

const EN_EXTRA =
  'says said saying tell tells told telling add adds added ask asks asked asking recall recalls recalled ' +
  'quipped quips joked jokes joke vowed vows vow pledged pledges urged urges urge insisted acknowledged admitted ' +
  'conceded concedes concede cautioned cautions caution complained complains complain countered counters ' +
  'recounted recounts remarked remarks remark observed observes wrote writes write posted posts declared ' +
  'continued continues went goes charged charges alleged alleges maintained maintains stressed stresses ' +
  'emphasised emphasized emphasises emphasizes underlined underscored underscores lamented laments ' +
  'thundered shouted shouts yelled whispered whispers murmured mused muses boasted boasts promised promises ' +
  'threatened threatens announced explained noted warned argued claimed replied responded answered answers ' +
  'told demanded demands predicted proclaimed reiterated reiterates repeated repeats described called calls ' +
  'summed sums texted emailed messaged wondered wonders agreed agrees disagreed opined conceded accused accuses ' +
  'blasted slammed denied denies mocked rebuked retorted urged ' +
  'sneered snapped pleaded pleads begged appealed appeals ' +
  // Tabloid verbs, in the past for the body and the present for headlines ("…, councilman fumes").
  // (Not the forms that are nouns too: fumes, blasts, rips, rages, vents, raves.)
  'fumed fuming slams ripped raged seethed seethes scoffed scoffs vented griped gushed raved ' +
  // Verbs that characterise in the speaker's words: "a charge Okafor dismissed as “…”".
  'dismissed branded labelled labeled termed hailed derided decried ' +
  // Verbs of speaking in a manner ("“…,” she protested"); not "offered", "revealed", "fired", "shot", "hit", which take
  // other objects, nor "laughed", "smiled", "shrugged", "sighed", which report no words ("X called it “…”, and Y laughed").
  'grumbled protested objected interjected chimed reasoned contended confided confessed bragged enthused ' +
  'hinted reflected marvelled marveled summarised summarized elaborated specified questioned';

const DE =
  'sagte sagt sagten sagen gesagt erklärte erklärt erklärten erklären betonte betont betonten unterstrich ' +
  'sagte betonte fügte hinzu ergänzte ergänzt meinte meint warnte warnt forderte fordert kritisierte kritisiert ' +
  'erläuterte erläutert bekräftigte bekräftigt räumte ein versicherte versichert behauptete behauptet ' +
  'schrieb schreibt twitterte antwortete antwortet erwiderte so zitierte zitiert mahnte mahnt rief ruft ' +
  'verkündete verkündet kündigte an teilte mit sprach spricht bezeichnete bezeichnet stellte klar laut ' +
  'äußerte äußert bestätigte bestätigt nannte nennt versprach verspricht lobte lobt warf wirft fragte fragt ' +
  'klagte klagt beklagte beklagt sprach ' +
  'entgegnete entgegnet konterte kontert kommentierte kommentiert verteidigte verteidigt appellierte appelliert ' +
  'erzählte erzählt berichtete berichtet resümierte resümiert bilanzierte ergänzten kritisierten warnten forderten ' +
  'bemängelte bemängelt monierte moniert lobten mahnten sagen betonen warnen kritisieren fordern erklären räumen ' +
  'beteuerte beteuert schilderte schildert begründete begründet gestand gesteht findet fand glaubt glaubte hofft hoffte ' +
  'präzisierte präzisiert unterstreicht relativierte relativiert widersprach widerspricht wiederholte wiederholt ' +
  'seufzte seufzt lachte lacht schimpfte schimpft polterte poltert bilanziert drohte droht ' +
  // Verbs that characterise someone in the speaker's words: "Dem Verwalter bescheinigte sie einen „ehrlichen Ton“".
  'bescheinigte bescheinigt attestierte attestiert unterstellte unterstellt ' +
  // Verbs of speaking in a manner ("spottet der Trainer"); not "jubelt", "schwärmt", nor "räumt", "fügt" without "ein", "hinzu".
  'spottet spottete ätzt ätzte stichelt stichelte sinniert sinnierte ' +
  // Separable verbs with their particle joined, as subordinate clauses write them: "…, wie die
  // Kapitänin später einräumte", "als er hinzufügte", "nachdem sie zugab".
  'einräumte einräumt einräumten eingeräumt hinzufügte hinzufügt hinzugefügt mitteilte mitteilt mitgeteilt ' +
  'ankündigte ankündigt angekündigt klarstellte klarstellt klargestellt zugab zugibt zugegeben zugestand ' +
  'einwandte einwendet anmerkte anmerkt angemerkt feststellte feststellt festgestellt festhielt festhält ' +
  'hervorhob hervorhebt hervorgehoben zusammenfasste zusammenfasst einschränkte einschränkt ' +
  'dementierte dementiert bestritt bestreitet urteilte urteilt befand befindet';

const ES =
  'dijo dice dijeron decir afirmó afirma afirmaron declaró declara declararon aseguró asegura aseguraron ' +
  'explicó explica señaló señala señalaron añadió añade agregó agrega subrayó subraya destacó destaca ' +
  'advirtió advierte insistió insiste sostuvo sostiene manifestó manifiesta indicó indica expresó expresa ' +
  'comentó comenta respondió responde escribió escribe reconoció reconoce denunció denuncia criticó critica ' +
  'apuntó apunta recordó recuerda anunció anuncia aseveró precisó puntualizó según contó cuenta admitió admite ' +
  'pidió pide exigió exige calificó califica consideró considera estimó estima negó niega lamentó lamenta prometió ' +
  'promete preguntó pregunta reclamó reclama acusó acusa defendió defiende insistió bromea bromeó ríe rió sonríe ' +
  'sonrió corrige corrigió contesta contestó adelanta adelantó zanjó resume resumió apunta remata remató confiesa confesó ' +
  'replicó replica apostilló apostilla planteó plantea sentenció sentencia valoró valora aclaró aclara matizó matiza ' +
  'reiteró reitera alertó alerta avisó avisa enfatizó enfatiza remarcó remarca concluyó concluye espetó espeta ' +
  'ironizó ironiza cuestionó cuestiona celebró celebra opinó opina detalló detalla relató relata narró narra ' +
  'reprochó reprocha defendió lamentaron denunciaron exigieron advirtieron insistieron disparó dispara chicaneó ' +
  'dicen afirman aseguran explican señalan reconocen admiten advierten insisten sostienen indican apuntan critican ' +
  'denuncian lamentan recuerdan añaden destacan subrayan consideran estiman ' +
  // Participles for the perfect tense Spanish reports use for today's news ("ha dicho", "ha sostenido
  // la fiscal"); not "acusado", "pedido", "escrito", which are as often nouns (el acusado).
  'dicho declarado afirmado asegurado explicado señalado añadido agregado subrayado destacado advertido insistido ' +
  'sostenido manifestado indicado expresado comentado respondido reconocido denunciado criticado apuntado recordado ' +
  'anunciado aseverado precisado puntualizado admitido exigido calificado negado lamentado prometido preguntado ' +
  'reclamado defendido bromeado corregido contestado adelantado zanjado resumido rematado confesado replicado ' +
  'apostillado planteado sentenciado aclarado matizado reiterado alertado avisado enfatizado remarcado concluido ' +
  'espetado ironizado cuestionado opinado detallado relatado narrado reprochado testificado lanzado recalcado ' +
  'avanzado valorado celebrado reivindicado confiado contado descrito ' +
  // "«…», se limitó a decir": limiting oneself to saying.
  'limitó limitado ' +
  // The imperfect of features and portraits: "decía", "recordaba la actriz".
  'decía explicaba contaba recordaba señalaba aseguraba insistía sostenía reconocía lamentaba relataba comentaba ' +
  'decían explicaban contaban recordaban aseguraban resumía describía ' +
  // More of the verbs news prose puts after a quote: "«…», describió un operador", "deslizó un
  // colaborador", "refirió a este diario la dirigente", "reconocieron fuentes oficiales".
  'describió describe describieron refirió refiere deslizó desliza deslizado confió reveló revela revelado ' +
  'desafió relativizó relativiza relativizado repitió repite repetido soltó sugirió sugiere sugerido ' +
  'recalcó recalca resaltó resalta resaltado confirmó confirma confirmado informó argumentó argumenta argumentado ' +
  'justificó justifica justificado exclamó gritó susurró retrucó acotó agradeció intervenido ' +
  // ("protesta", "queja" alone are nouns too; "suspiró" reports no words.)
  'protestó protestaron protestado razonó razona ' +
  'reconocieron admitieron explicaron indicaron comentaron manifestaron expresaron sostuvieron relataron ' +
  'contaron recordaron agregaron añadieron confirmaron informaron describen admitían reconocían señalaban advertían insistían ' +
  'propuso desmintió juró garantizó instó objetó rebatió';

const FR_EXTRA = 'selon dit déclare déclaré affirmé affirme ajouté ajoute expliqué explique souligné souligne estimé estime indiqué indique lancé lance martelé martèle assuré assure prévenu averti insisté rappelé rappelle confié confie répondu répond qualifie qualifié qualifiait juge jugé dénonce dénoncé ' +
  'promis réclame réclamé regrette regretté admis reconnu lancé résumait résume défend défendu demande demandé parle parlait évoque évoqué ' +
  'raconte raconté poursuit poursuivi précise précisé note noté glisse glissé tempère tempéré nuance nuancé plaide plaidé ' +
  'avoue avoué tonne tonné fustige fustigé déplore déploré ironise ironisé tranche tranché concède concédé observe observé ' +
  'souffle soufflé lâche lâché insiste commente commenté détaille détaillé conclut conclu répète répété s’insurge s\'insurge ' +
  'indigné indignée indignés indignées emporté emportée agacé agacée alarmé alarmée inquiété inquiétée félicité félicitée réjoui réjouie ' +
  'étonné étonnée étonne exclamé exclamée exclame interrogé interrogée interroge écrié écriée écrie défendue justifié justifiée parlé ' +
  'affirment assurent expliquent estiment indiquent soulignent reconnaissent dénoncent regrettent rappellent confient ' +
  'glissent préviennent ajoutent disent assume assumé revendique revendiqué fustigeant dénonçant ' +
  // Reflexive incises ("s’amuse Inès Verhaegen", "se félicite le maire"): the verb after its pronoun.
  'amuse agace inquiète indigne félicite réjouit désole esclaffe énerve ' +
  // (Only with their pronoun: "emporte", "alarme" alone are a verb of winning and a noun.)
  's’emporte s\'emporte s’enthousiasme s\'enthousiasme s’alarme s\'alarme ' +
  'soupire rit souvient alerte alerté alertent tacle taclé ' +
  'réplique répliqué objecte objecté conteste contesté nie dément démenti jure juré assène asséné argumente argumenté ' +
  'renchérit abonde relativise relativisé s’inquiète s\'inquiète s’étonne s\'étonne s’interroge s\'interroge s’indigne s\'indigne';

function toSet(...lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) set.add(w.toLowerCase());
  return set;
}

// "finding", "points", "present" and friends in the GGT list are too often not speech verbs at all
// in news prose; keep only forms that introduce speech.
const EN_NOT_SPEECH = new Set([
  'finding', 'finds', 'point', 'points', 'present', 'presents', 'presenting', 'release', 'released', 'releases',
  'releasing', 'think', 'thinks', 'thinking', 'thought', 'ensure', 'ensured', 'ensures', 'ensuring',
  'persist', 'persisted', 'persists', 'persisting', 'demonstrate', 'demonstrated', 'demonstrates',
  'demonstrating', 'continue', 'continues', 'continuing', 'report', 'reports', 'reporting', 'reported', 'convince',
  'convinced', 'convinces', 'convincing', 'estimated', 'estimates', 'accept', 'accepted', 'accepts', 'warning',
  'writing', 'saying', 'state', 'states', 'describe', 'describes', 'describing', 'accusing', 'comments', 'comment',
  'notes', 'note', 'inform', 'informs', 'informed', 'informing', 'reply', 'replies', 'dispute', 'disputes', 'disputed',
  'posted', 'posts', 'went', 'goes', 'charged', 'charges', 'indicated', 'indicates',
]);

const EN = toSet(VERBS_EN_GGT, EN_EXTRA);
for (const w of EN_NOT_SPEECH) EN.delete(w);
// "continued" survives: “…,” she continued.
EN.add('continued');

const OTHER = toSet(VERBS_FR_GGT, FR_EXTRA, DE, ES);
// Common French/German/Spanish words that the conjugation lists contain but that are rarely speech.
// "su" (savoir) is Spanish "his/her", "lu"/"lit"/"fut"/"mit"/"an" are commoner as other words.
for (const w of ['a', 'est', 'sont', 'fait', 'était', 'so', 'ist', 'es', 'dit-il', 'su', 'lu', 'lit', 'fut', 'mit', 'an']) OTHER.delete(w);

/** Every language's forms in one set (all lower-case): a word that is none (most words) costs one look-up, and most are ruled out by their shape before that. */
const ANY = new WordSet([...EN, ...OTHER]);

/** True when `word` (any case) is a reporting verb form in English, French, German or Spanish. */
export function isReportingVerb(word: string): boolean {
  return ANY.hasLowerCase(word);
}

/** Prepositions that attribute like a verb: "according to X", "selon X", "laut X", "según X". */
export const ATTRIBUTING_PREPOSITIONS = /\b(?:according to|selon|laut|según|d'après|d’après)\s*$/i;
