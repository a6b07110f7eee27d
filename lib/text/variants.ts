// Spelling-insensitive word keys: two words with the same key differ only in spelling
// (US/UK, diacritics, number format), never in meaning.

// UK → US forms that no suffix rule below covers.
const SPELLING_PAIRS: Record<string, string> = {
  programme: 'program', programmes: 'programs', programmed: 'programed',
  defence: 'defense', defences: 'defenses', offence: 'offense', offences: 'offenses',
  licence: 'license', licences: 'licenses', pretence: 'pretense',
  judgement: 'judgment', judgements: 'judgments', ageing: 'aging', grey: 'gray',
  enrol: 'enroll', enrolment: 'enrollment', fulfil: 'fulfill', fulfilment: 'fulfillment',
  instil: 'instill', skilful: 'skillful', wilful: 'willful', cheque: 'check',
  travelled: 'traveled', travelling: 'traveling', traveller: 'traveler', travellers: 'travelers',
  cancelled: 'canceled', cancelling: 'canceling', labelled: 'labeled', modelling: 'modeling',
  fuelled: 'fueled', fuelling: 'fueling', levelled: 'leveled', counselling: 'counseling',
  signalled: 'signaled', channelled: 'channeled', marvellous: 'marvelous',
  manoeuvre: 'maneuver', manoeuvres: 'maneuvers', paediatric: 'pediatric', foetus: 'fetus',
  encyclopaedia: 'encyclopedia', anaemia: 'anemia', oestrogen: 'estrogen', aluminium: 'aluminum',
  sceptical: 'skeptical', sceptic: 'skeptic', plough: 'plow', tyre: 'tire', tyres: 'tires',
  kerb: 'curb', storey: 'story', mould: 'mold', draught: 'draft', percent: 'percent',
};
const SPELLING_TABLE = new Map(Object.entries(SPELLING_PAIRS));
// -our words; a rule would also hit "four", "hour", "your".
for (const stem of [
  'honour', 'colour', 'favour', 'labour', 'behaviour', 'neighbour', 'harbour', 'endeavour',
  'rumour', 'vigour', 'humour', 'valour', 'armour', 'savour', 'flavour', 'odour', 'vapour',
  'parlour', 'splendour', 'fervour', 'clamour', 'glamour', 'tumour', 'saviour', 'candour', 'ardour',
]) {
  const us = stem.replace(/our$/, 'or');
  for (const suffix of ['', 's', 'ed', 'ing', 'able', 'ably', 'ful', 'ite', 'ites', 'hood', 'hoods', 'ly', 'er', 'ers']) {
    SPELLING_TABLE.set(stem + suffix, us + suffix);
  }
}

const NUMBER_WORDS = new Map(Object.entries({
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7',
  eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14',
  fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20',
  thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  hundred: '100', thousand: '1000', million: '1000000',
}));

// Suffix rules applied to both sides alike, so a rule that also rewrites an unrelated word
// ("promise" → "promize") is harmless: it can only make spelling variants meet.
const SUFFIX_RULES: [RegExp, string][] = [
  [/([a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/([a-z]{2})ys(e|ed|es|ing)$/, '$1yz$2'],
  [/([a-z]{3})tre(s?)$/, '$1ter$2'],
  [/([a-z]{3})ogue(s?)$/, '$1og$2'],
];

/** Spelling-insensitive key of a normalised word (see normalizeWord). */
export function spellingKey(norm: string): string {
  if (/^\p{N}/u.test(norm)) return norm.replace(/,/g, '');
  // Possessives: "organisation's" is keyed through "organisation".
  const possessive = /^(.{3,}?)('s|')$/.exec(norm);
  if (possessive) return wordKey(possessive[1]) + possessive[2];
  return wordKey(norm);
}

function wordKey(norm: string): string {
  let w = norm;
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '');
  const number = NUMBER_WORDS.get(w);
  if (number) return number;
  const table = SPELLING_TABLE.get(w);
  if (table) return table;
  if (w.length >= 6) {
    for (const [re, rep] of SUFFIX_RULES) {
      if (re.test(w)) return w.replace(re, rep);
    }
  }
  return w;
}

/**
 * True when `a` and `b` (each a run of normalised words) spell the same words:
 * "short cut" / "shortcut" / "short-cut", "per cent" / "percent" / "%", "programme" / "program".
 */
export function sameSpelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.map(spellingKey).join('') === b.map(spellingKey).join('')) return true;
  // "selfdefence" / "self defence": the joined word is what the table knows.
  return spellingKey(a.join('')) === spellingKey(b.join(''));
}
