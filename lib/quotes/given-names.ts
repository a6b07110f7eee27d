// Common given names by gender (English, German, French, Spanish, Italian, Nordic, a few others),
// so "she said" does not resolve to the most recent man. Names used for both genders are left out.
// The long tail of other names comes from given-names-extra.ts (generated); this hand list wins
// where the two disagree.
import { EXTRA_FEMALE, EXTRA_MALE } from './given-names-extra';
import { lowerCase } from './lower-case';
import { WordSet } from './word-set';

const FEMALE =
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley ' +
  'kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen ' +
  'amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet ' +
  'catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith ' +
  'megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail ' +
  'alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany ' +
  'charlotte marie kayla alexis lori fiona alys gail rosa doris margaret hattie marisol alana odile frances ' +
  'annalena ursula angela petra ines judith anke sabine claudia birgit birgitte susanne monika katrin karin ' +
  'ingrid heike renate ulrike gabriele andrea kerstin silke stefanie julia nina lena lea leonie mia hanna greta ' +
  'marlene martina franziska johanna ute elke helga hildegard annette bettina dagmar jutta ' +
  'hélène hélene martine nathalie isabelle sylvie catherine sophie camille chloé manon léa juliette céline ' +
  'valérie véronique brigitte françoise monique nicole anne élise élodie mathilde margaux aurélie sandrine ' +
  'ségolène agnès claire delphine émilie laure pauline virginie ' +
  'carmen lucía lucia josefa isabel dolores pilar teresa rosario mercedes concepción julieta guadalupe ' +
  'marta elena cristina beatriz raquel silvia patricia yolanda irene alicia rocío inés lourdes ' +
  'valentina camila daniela gabriela fernanda ximena sofía paula clara ana adriana mariana verónica ' +
  'giulia francesca chiara giovanna alessandra federica elisabetta ' +
  'ingrid astrid sigrid karin kristin solveig liv maja freya ' +
  'priya aisha fatima amina leila yasmin mariam zainab olga natalia tatiana svetlana irina oksana yulia ' +
  'kamala hillary nancy condoleezza theresa jacinda giorgia kaja mette sanna ' +
  'margaret tamsin harriet imogen rosie poppy niamh siobhan aoife bridget eileen maureen ' +
  'nadia samira karima amel sonia rania salma naïma naima khadija malika yasmina fatou aïcha awa mariama ' +
  'rosalind gwen gwendolyn miriam esther naomi ruby lucy eleanor beatrice florence ivy iris jane joanna katie kate ' +
  'holly jodie zoe amelia isla ava evie millie phoebe georgia matilda edith ethel gladys agnes mabel constance ' +
  'penelope cecilia celia wendy tracy tracey leanne shannon chelsea stacey jade gemma clare joanne yvonne yvette ' +
  'colette maeve orla nora norah sinead roisin caitlin bronwyn cerys sian rhiannon moira morag kirsty elspeth ailsa ' +
  'liesel gisela hedwig irmgard ingeborg waltraud henrike friederike annika wiebke antje merle ' +
  'geneviève madeleine odette solène gaëlle maëlle océane jeanne marguerite lucie noémie amandine justine ophélie ' +
  'mireille josiane ginette huguette bernadette ' +
  'núria nuria montserrat montse mireia laia ainhoa itziar nerea maite begoña amaia lorena noelia marisa paloma ' +
  'esperanza remedios milagros macarena florencia agustina micaela antonella luciana romina mariela ' +
  'beverley luz encarna encarnación maribel inmaculada inma conchi charo mayte ' +
  'ngozi chioma chiamaka funmilayo folake yetunde bukola adaeze amaka nneka ifeoma hauwa efua akosua ama abena ' +
  'felisa marivic maricel rowena jocelyn lorna marites analyn ' +
  // South Asian and Arabic names common in the region's English-language press.
  'rukhsana shazia nasreen nasrin farzana shabnam sadia ayesha saima sana hina mehwish bushra uzma samina shahida ' +
  'parveen tahira asma rubina fouzia nusrat sumaira sunita anita kavita pooja neha deepa lakshmi meena rekha geeta ' +
  'sita anjali divya shreya swati nisha preeti ritu shilpa smita usha vandana aruna indira sushma nirmala madhuri ' +
  // German names of the older generations the generated list misses.
  'konstanze gesine hiltrud frauke dörte cordula swantje bärbel hannelore roswitha gerlinde edeltraud sieglinde ' +
  'mechthild ortrud almut wiltrud gudula elfriede annegret rotraut';

const MALE =
  'james robert john michael david william richard joseph thomas charles christopher daniel dan matthew anthony mark ' +
  'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary ' +
  'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond ' +
  'jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith ' +
  'christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert ' +
  'willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny ' +
  'bill walt tom tomas tomás martin gordon keir gerald callum robert emmanuel joe barack abraham franklin harry ' +
  'dwight lyndon lincoln theodore woodrow calvin herbert jimmy ronald ' +
  'jonas oliver klaus hans jürgen wolfgang stefan michael andreas thomas frank uwe dieter horst helmut gerhard ' +
  'olaf friedrich karl heinz günter werner manfred bernd ralf jens jan lukas felix maximilian leon finn paul ' +
  'markus matthias christoph florian tobias sebastian dirk holger volker rainer norbert ' +
  'étienne etienne jean pierre michel philippe alain bernard jacques françois nicolas olivier loïc théo mathis ' +
  'emmanuel éric laurent julien sébastien christophe stéphane patrice thierry didier gérard hugo louis lucas ' +
  'antoine mathieu vincent benoît guillaume maxime romain yves rené marcel ' +
  'héctor hector álvaro alvaro álex alejandro carlos josé jose antonio manuel francisco javier miguel ángel ' +
  'pedro rafael fernando luis jorge sergio pablo diego andrés mario ricardo eduardo raúl enrique ramón ' +
  'daniel santiago mateo sebastián nicolás matías gonzalo ignacio joaquín rodrigo ' +
  'giuseppe giovanni marco luca matteo alessandro francesco andrea lorenzo ' +
  'lars erik nils henrik olof sven anders magnus bjørn ' +
  'mohammed muhammad ahmed ali hassan hussein omar khalid ibrahim yusuf mustafa shehbaz imran nawaz khawaja ' +
  'vladimir sergei dmitri ivan alexei volodymyr viktor recep narendra xi shinzo fumio ' +
  'moises martinez rishi boris tony gordon nigel ed liam conor declan seamus angus hamish ewan ' +
  'abraham isaac ezra elias tobias caleb owen rhys dafydd gareth ieuan ' +
  'karim mohamed mohammed mohammad muhammad ahmed ahmad omar youssef hassan hussein rachid samir mehdi nabil yacine ' +
  'farid malik hamid bilal ibrahim moussa mamadou amadou ousmane abdel abdul abdoulaye kader nordine mourad ' +
  'malcolm desmond geraint nathaniel simon neil ian graham trevor colin derek clive stuart duncan alistair alasdair ' +
  'fraser ross craig gavin kieran dominic rupert giles hugh oscar alfie archie freddie harvey reggie stanley victor ' +
  'leonard lionel clifford cyril howard kurt milo rory ciaran padraig eamon fergus cormac niall euan ' +
  'heinrich wilhelm ludwig hermann otto gustav rudolf erich fritz ernst egon bernhard korbinian benedikt quirin ' +
  'timo nico kai henning carsten torsten jörg malte hinrich hauke jannik lennart ole sönke ' +
  'gilles yannick bastien clément baptiste quentin jérôme fabrice frédéric franck cédric arnaud xavier raphaël gaël ' +
  'hervé pascal serge marc luc thibault thibaut aurélien damien florent grégoire jules léon lucien mathias matthieu ' +
  'tristan valentin ' +
  'iván iker unai aitor jon xabier oriol jordi arnau julián emiliano agustín facundo lautaro bautista valentín franco ' +
  'gastón hernán leandro maximiliano ezequiel federico guillermo alberto arturo felipe esteban armando rubén víctor ' +
  'óscar césar gerardo ulises paolo giorgio stefano roberto massimo fabio claudio enrico silvio mattia ' +
  'tariq haris shahzad asif khawaja shehbaz nawaz zulfikar bilawal shahid khalid farooq faisal usman bilal hamza ' +
  'zubair junaid waqar waqas naveed naeem saeed rashid javed jawad arshad irfan kashif adnan fawad fahad aamir sohail ' +
  'sajjad sarfraz mushtaq ishaq rahul rajesh suresh mahesh ganesh dinesh naresh rakesh mukesh ramesh sanjay vijay ajay ' +
  'amit anil sunil ashok arun arvind abhishek sudhir devendra raghunath mahavir narendra rajnath sanjeev rajiv manmohan ' +
  'prakash deepak vikram vivek nitin sachin rohit rohan aditya siddharth pradeep pranav gaurav manish harish girish ' +
  'satish yogesh umesh ravi gopal mohan kishore mahmood mehmood ahmad ahmed mohammad muhammad mohammed hassan hussain ' +
  'hussein abdul abdullah rahim pervez parvez qamar zafar anwar aziz jamil nadeem shakeel wasim waseem zahid sajid majid hamid tahir ' +
  'rüdiger detlef wolfram eckhard burkhard gernot siegfried hartmut eberhard ekkehard dietmar winfried volkmar gunther ' +
  'thorsten arnulf gerd reiner okke friedhelm heribert hubertus gebhard ' +
  // West African and Filipino names of their English-language press.
  'abdullahi aminu babatunde chukwudi chukwuemeka emeka ifeanyi nnamdi obinna oluwaseun tunde yakubu kabiru sani ' +
  'adebayo adewale kayode segun femi gbenga kunle ikenna chinedu kelechi kwame kofi kwabena yaw arnel rodel ' +
  'jericho reynaldo rolando ronaldo rodrigo florencio bienvenido';

const GIVEN = new Map<string, 'm' | 'f'>();
const ALL = new Set<string>();
for (const n of FEMALE.split(/\s+/)) if (n) GIVEN.set(n, 'f');
for (const n of MALE.split(/\s+/)) {
  if (!n) continue;
  // A name in both lists ("andrea", "jean") says nothing about gender.
  if (GIVEN.get(n) === 'f') GIVEN.delete(n);
  else if (!ALL.has(n)) GIVEN.set(n, 'm');
  ALL.add(n);
}
for (const n of FEMALE.split(/\s+/)) if (n) ALL.add(n);
const extraFemale = new Set(EXTRA_FEMALE.split(' '));
for (const n of EXTRA_MALE.split(' ')) {
  if (ALL.has(n)) continue;
  ALL.add(n);
  if (!extraFemale.has(n)) GIVEN.set(n, 'm');
}
for (const n of extraFemale) {
  if (ALL.has(n)) continue;
  ALL.add(n);
  GIVEN.set(n, 'f');
}

/**
 * ALL as a WordSet, asked about words as the page writes them: a capitalised name ("Roosevelt") is
 * looked up without lower-casing it first, which for a word cut from a page with curly quotes (a
 * two-byte string) took V8's slow path at every question.
 */
const ALL_WORDS = new WordSet(ALL);

/**
 * Letters of Turkish, Polish, Czech, Romanian … that the generated list writes without their marks
 * ("ayse" for "Ayşe"). None is a letter of English, French, German or Spanish, so no word of those
 * folds into a name ("Según" is no "Segun").
 */
const FOREIGN_MARKED = /[şğıţțșłńśźżčřžšěůőűćđ]/iu;
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd' };

/** Words that fold into a listed name but are none: Turkish "sarı" (yellow), Romanian "Țara" (the land, "Țara Românească"). */
const FOLDED_NOT_NAMES = new Set(['sarı', 'ţara', 'țara', 'şara', 'șara']);

/** The word lower-cased without its marks when it has a letter of FOREIGN_MARKED, else null. */
function foldedForeign(word: string): string | null {
  // (Most words are ASCII: they are decided without the pattern.)
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii || !FOREIGN_MARKED.test(word)) return null;
  const lower = lowerCase(word);
  if (FOLDED_NOT_NAMES.has(lower)) return null;
  return lower.replace(/[ıłđ]/gu, (c) => UNDECOMPOSED[c]!).normalize('NFD').replace(/\p{M}/gu, '');
}

/** 'm' / 'f' for a common given name (case-insensitive), else null (unknown or used for both). */
export function givenNameGender(word: string): 'm' | 'f' | null {
  const lower = foldedForeign(word) ?? lowerCase(word);
  // "Jean-Pierre", "Marie-Claire", "Karl-Heinz": the first part says it.
  return GIVEN.get(lower) ?? (lower.includes('-') && isGivenName(lower) ? (GIVEN.get(lower.split('-')[0]!) ?? null) : null);
}

/** Whether the word is a common given name of either gender (names introduced by a first name are people). */
export function isGivenName(word: string): boolean {
  if (ALL_WORDS.hasLowerCase(word)) return true;
  // "Ayşe", "Łukasz", "Jiří": a name the list spells without its marks.
  const folded = foldedForeign(word);
  if (folded !== null && folded !== word && isGivenName(folded)) return true;
  // A compound of first names: "Jean-Pierre", "Anne-Sophie", "Hans-Peter".
  // (Most words have no hyphen: they are decided without lower-casing or splitting them. Lower-casing
  // neither adds nor removes a hyphen.)
  if (!word.includes('-')) return false;
  const parts = lowerCase(word).split('-');
  return parts.length === 2 && parts.every((part) => ALL.has(part));
}
