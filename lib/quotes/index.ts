// The quote engine: page -> article roots -> text model -> quotes with kind, speaker and position.
//
// Multi-paragraph quotes (an opening mark at each paragraph, a closing mark only at the last) are
// reported as one Quote per paragraph sharing one utteranceId; the gap between two consecutive parts
// holds only white space and quote marks. scripts/eval-quotes.ts merges such parts back into one.

import type { Quote, QuoteKind, Speaker } from '../types';
import { buildTextModel, isBlockElement, type TextModel } from '../dom/text-model';
import { isFurniture } from '../dom/article';
import { ARTICLE_TEXT, blockInfos, readPage, type BlockInfo } from '../dom/page-text';
import { MarkFinder, pairMarks, QUOTE_MARK_CODES, type MarkFamily } from './marks';
import { classifyKind, pageLanguage, KONJUNKTIV, REPORTED_CLAUSE } from './kinds';
import { tokenize, sentenceStart, sentenceEnd, isSpaceCode, TITLE_ABBREVIATIONS } from './tokens';
import { findNameMentions, findNicknamedNames, genderOf, isPersonLike, People, trimTitleCaseRuns, type NameMention, type Person } from './people';
import { afterUnsignedStatement, attribute, attributeFromPreviousSentence, closingReportingClause, reportedAtSentenceEnd, resolvePronoun, findSpeakerish, indefiniteArticleGender, reportedBySo, sameReportGoesOn, hasNonPersonSubject, implicitSpeaker, introducedInNextBlock, pronounGender, isVerbToken, signedInNextBlock, previousSubjectIsNobody, subjectOfBlockOpening, subjectOfPreviousSentence, subjectOfSentenceAt, isPersonNoun, GROUP_SUBJECT, type Attribution, type Context } from './attribution';
import { detectInterview } from './interview';
import { isGivenName } from './given-names';
import { PageRegistry } from './registry';
import { japanesePeople, japaneseQuote } from './japanese';


interface Candidate {
  block: number;
  open: number;
  close: number; // -1: runs to the end of the block (multi-paragraph part)
  innerStart: number;
  innerEnd: number;
  family: MarkFamily | 'block';
  utterance: number;
  attribution: Attribution | null;
  kind: QuoteKind;
  /** Speaker fixed by structure (interview answers, blockquote sign-offs). */
  fixedSpeaker?: { person: Person | null; mention: string };
  /** Inside an interview question or answer: quotes there are someone else's words, never guessed. */
  inInterviewTurn?: boolean;
  /** In a heading (h1–h6): tested once here, as the passes below ask for every pair of quotes they compare. */
  inHeading: boolean;
  /** The inner text as lower-case words and single spaces (quoteWords), computed once per quote. */
  words?: string;
  /** A bit for the first character of each of `words` (see initialsOf), computed when first asked. */
  initials?: number;
  /** A pull quote: alone in its paragraph, repeating these words quoted in running text elsewhere (see markPullQuotes). */
  repeats?: Candidate;
}

const HEADING = /^h[1-6]$/;
/** A quote opening on a capitalised word and a comma, as a name it is said to ("Matthias, wir müssen reden"). (Made once: a literal in the loop was a new object per quote.) */
const VOCATIVE_OPENING = /^\s*(\p{Lu}\p{Ll}+),\s/u;
const SUBHEADING = /^h[2-6]$/;
// The sentence's subject hears the quoted words rather than says them.
const HEARSAY = /\b(?:(?:been|was|were|is|are|being|get|gets|got) told|hears?|heard|hearing|escuchando|escuchar|escucha|oyendo|oye|s['’]entendre dire|entend|entendu|hört|gehört|zu hören)\b/iu;

function trimInner(text: string, start: number, end: number): [number, number] {
  // (By char code, as /\s/ reads one: text[i] beyond Latin-1, a curly quote, is a new string.)
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function speakerFrom(att: Attribution | null, fixed?: { person: Person | null; mention: string }): Speaker | null {
  if (fixed) {
    if (fixed.person) return { name: fixed.person.name, mention: fixed.mention, confidence: 0.8 };
    return fixed.mention ? { name: fixed.mention, mention: fixed.mention, confidence: 0.6 } : null;
  }
  if (!att) return null;
  const confidence = att.kind === 'name' ? 0.9 : att.kind === 'role' ? 0.75 : 0.7;
  if (att.person) return { name: att.person.name, mention: att.mention, confidence: att.via === 'sentence' ? confidence - 0.1 : confidence };
  return null;
}

/** Pure text-level detection + attribution over a TextModel-like structure (no DOM access needed). */
export function detectQuotes(text: string, blocks: BlockInfo[]): Quote[] {
  try {
    return detectOnPage(text, blocks).quotes;
  } catch {
    return [];
  }
}

/** Detection that also returns the people found; `known` are people named elsewhere on the page. */
/** The text-level engine with the people it found (exported for tests of who counts as a person). */
export function detect(text: string, blocks: BlockInfo[], known: readonly Person[] = []): { quotes: Quote[]; people: readonly Person[] } {
  const { quotes, people } = detectOnPage(text, blocks, known);
  // The people handed out carry all that is inferred of them: their genders too, which detection
  // itself infers only once it reads one (see People.inferGenders).
  people?.settleGenders();
  return { quotes, people: people?.persons ?? [] };
}

/** detect, with the page's People (null for an empty page), whose genders may not be inferred yet. */
function detectOnPage(text: string, given: BlockInfo[], known: readonly Person[] = []): { quotes: Quote[]; people: People | null } {
  // Blocks that reach past the text (a caller's bad offsets) are cut at its end: a block ending
  // beyond it sent the mark pairing round for ever.
  const blocks = given.some((b) => b.end > text.length || b.start > b.end) ? given.filter((b) => b.start < text.length).map((b) => ({ ...b, start: Math.max(0, b.start), end: Math.max(b.start, Math.min(b.end, text.length)) })) : given;
  if (!text || blocks.length === 0) return { quotes: [], people: null };
  const tokens = tokenize(text, 0, text.length, QUOTE_MARK_CODES);
  // (The quote marks as tokenize noted them: the nickname and quote finders each scanned the page for them.)
  const marks = new MarkFinder(text, tokens.noted);
  const language = pageLanguage(text);
  const capitalisedNouns = language.capitalisesNouns;
  const headlines = capitalisedNouns ? [] : titleCaseHeadlines(text, blocks);
  const names = trimTitleCaseRuns(text, headlines, withoutBylines(text, blocks, findNameMentions(text, tokens, capitalisedNouns)));
  const people = new People(text, [...findNicknamedNames(text, marks), ...names], known, capitalisedNouns);
  const base = { text, tokens, names, people, lastSpeaker: null, blockStart: 0, quoteSpans: [] as [number, number][] };
  const ctx: Context = { ...base, speakerish: findSpeakerish(base), capitalisedNouns, english: language.english, author: bylineAuthor(text, blocks) };
  const interview = detectInterview(text, blocks, people, names);

  // 1. Quote spans per block.
  const candidates: Candidate[] = [];
  let utterance = 0;
  let pendingChain: Candidate | null = null;
  let lastGroup: number | undefined;
  let lastGroupUtterance = -1;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const pairs = pairMarks(text, block.start, block.end, marks);
    const chain: Candidate | null = pendingChain;
    pendingChain = null;
    // Interview answers without marks are the interviewee talking, not quotations on the page.
    const inTurn = interview.answers.has(b) || interview.questions.has(b);
    if (block.tag === 'blockquote' && pairs.length === 0) {
      const cand = blockquoteCandidate(text, block, b, people, names);
      if (cand) {
        if (block.group !== undefined && block.group === lastGroup && lastGroupUtterance >= 0) cand.utterance = lastGroupUtterance;
        else cand.utterance = utterance++;
        lastGroup = block.group;
        lastGroupUtterance = cand.utterance;
        candidates.push(cand);
      }
      continue;
    }
    lastGroup = undefined;
    for (let p = 0; p < pairs.length; p++) {
      const pair = pairs[p];
      const [s, e] = trimInner(text, pair.innerStart, pair.close >= 0 ? pair.close : pair.innerEnd);
      if (e <= s) continue;
      const continuing = p === 0 && chain !== null && chain.family === pair.family && text.slice(block.start, pair.open).trim() === '';
      const cand: Candidate = {
        block: b,
        open: pair.open,
        close: pair.close >= 0 ? pair.close : block.end,
        innerStart: s,
        innerEnd: e,
        family: pair.family,
        utterance: continuing ? chain!.utterance : utterance++,
        attribution: null,
        kind: 'full',
        inInterviewTurn: inTurn,
        inHeading: HEADING.test(block.tag ?? ''),
      };
      if (pair.close < 0) {
        // Only a quote that the next paragraph reopens continues; otherwise the mark was stray.
        const next = blocks[b + 1];
        const nextStartsQuote = next && /^["“„«»‘']/.test(text.slice(next.start, next.start + 1));
        if (!nextStartsQuote) continue;
        pendingChain = cand;
      }
      candidates.push(cand);
    }
  }

  const jaPeople = candidates.some((c) => c.family === 'corner') ? japanesePeople(text) : [];
  const jaSpeakers = new Map<Candidate, string | null>();

  // 2. Attribution and kind, in document order (pronouns lean on the previous speaker).
  ctx.quoteSpans = candidates.filter((c) => c.family !== 'block').map((c): [number, number] => [c.open, c.close]);
  people.markQuotedOnly(ctx.quoteSpans);
  people.inferGenders(names, ctx.quoteSpans);
  const headlineBlock = blocks.findIndex((b) => b.tag === 'h1');
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const block = blocks[c.block];
    ctx.blockStart = block.start;
    const inHeading = c.inHeading;
    ctx.blockIsHeading = inHeading;
    // Headlinese runs from the headline through the standfirst (one or a few short blocks under it).
    ctx.blockIsLede = c.block === headlineBlock || (headlineBlock >= 0 && c.block > headlineBlock && (c.block === headlineBlock + 1 || (c.block <= headlineBlock + 4 && block.end - block.start < 160)));
    // A nickname or title quoted earlier in the sentence does not cut it: "Tremlett, who has been
    // nicknamed “the Accountant” by activists, said …" keeps its subject.
    let p = i - 1;
    while (p >= 0 && candidates[p].block === c.block && candidates[p].kind === 'scare') p--;
    const prev = candidates[p];
    const next = candidates[i + 1];
    const prevClose = prev && prev.block === c.block ? prev.close : block.start - 1;
    const nextOpen = next && next.block === c.block ? next.open : block.end;
    if (c.family === 'corner') {
      const ja = japaneseQuote(text, c.open, c.close, block.start, jaPeople);
      c.kind = ja.kind;
      jaSpeakers.set(c, ja.speaker);
      continue;
    }
    if (c.family !== 'block') {
      c.attribution = attribute(ctx, c.open, c.close, block.start, block.end, nextOpen, prevClose);
      // "… is “not acceptable”, and …, Transport Minister Lim Jun Hao told Parliament.": the clause
      // closing the sentence names whose report the sentence is, when the words found no one nearer.
      // (Not over someone unnamed found nearer: "The strike was, a union official said, “…”, …".)
      if (namesNoOne(c.attribution)) {
        const closing = reportedAtSentenceEnd(ctx, c.open, c.close, block.start, block.end);
        if (closing) c.attribution = closing;
      }
      // A second quote in the sentence of one already given to someone, the same report going on.
      // (Or a verb whose subject was not found: "… y pidió a los partidos que … «…»".)
      // (A scare quote just before counts too, for whose report its sentence is: "Pryde said … what it
      // calls its ‘restoration-led’ approach had been ‘signed off …’" is still Pryde's.)
      if (namesNoOne(c.attribution)) {
        const reporter = reportGoesOn(ctx, prev, c, block.start) ? prev : reportGoesOn(ctx, candidates[i - 1], c, block.start) ? candidates[i - 1] : undefined;
        if (reporter?.attribution) c.attribution = { ...reporter.attribution, via: 'sentence', position: c.open };
      }
    }
    const lead = c.family === 'block' ? '' : text.slice(Math.max(sentenceStart(text, c.open, block.start), prevClose + 1), c.open);
    const trail = c.family === 'block' ? '' : text.slice(Math.min(c.close + 1, block.end), Math.min(sentenceEnd(text, c.close + 1, block.end), nextOpen));
    c.kind = c.family === 'block' ? 'full' : classifyKind({
      inner: text.slice(c.innerStart, c.innerEnd),
      lead,
      trail,
      attributed: c.attribution !== null || c.fixedSpeaker !== undefined,
      inHeading,
      capitalisedNouns,
      personSubject: c.attribution === null && c.fixedSpeaker === undefined && !inHeading && subjectOfSentenceAt(ctx, c.open) !== null,
      // (Someone the body names too, or a full name: a run of capitals only the heading has, "Judge
      // Blocks Border Asylum Rule, Calling It ‘Arbitrary’", is no person to give the words to.)
      titleCaseSpeakerHeading: inHeading && !!c.attribution?.person && quoteEndsHeadingClause(text, c, block.end) && (c.attribution.person.mentions.some((m) => m > block.end) || (c.attribution.person.parts.length >= 2 && isGivenName(c.attribution.person.parts[0]))) && headlines.some(([s]) => s === block.start),
    });
    const following = blocks[c.block + 1];
    // A pull quote signed on the line under it.
    if (c.family === 'block' && !c.fixedSpeaker && following) c.attribution = signedInNextBlock(ctx, following.start, following.end);
    if (c.kind !== 'scare' && !c.attribution && !c.fixedSpeaker) {
      c.attribution = attributeFromPreviousSentence(ctx, c.open, Math.max(0, (blocks[c.block - 1]?.start ?? block.start)));
    }
    if (c.kind === 'full' && !c.attribution && !c.fixedSpeaker && following && !inHeading && onlyQuotes(text, block, candidates, i)) {
      c.attribution = (c.family === 'block' ? null : signedInNextBlock(ctx, following.start, following.end)) ?? introducedInNextBlock(ctx, following.start, following.end);
    }
    // A sub-heading that is only a quote announces the section under it: its words are those of
    // the person that section opens with ("We need tradies" / "Mayor Rhiannon Todd welcomed …").
    if (c.kind !== 'scare' && (!c.attribution || c.attribution.kind === 'pronoun') && !c.fixedSpeaker && following && inHeading && block.tag !== 'h1' && onlyQuotes(text, block, candidates, i)) {
      ctx.blockStart = following.start;
      const opener = subjectOfBlockOpening(ctx, following.start, following.end);
      ctx.blockStart = block.start;
      if (opener?.person && opener.kind !== 'pronoun') c.attribution = { ...opener, via: 'sentence' };
    }
    // “La calculette est la même, madame la ministre”: nobody speaks to themselves, so a pronoun
    // or role that landed on the person the quote addresses means the other side of the exchange.
    // (Whatever found them, a quote opening on their own first name is said to them: "Im März schrieb
    // ihm Kallweit, Oberländer war damals …: „Matthias, wir müssen reden“".)
    const addressed = c.attribution?.person;
    const vocative = addressed ? VOCATIVE_OPENING.exec(text.slice(c.innerStart, c.innerEnd)) : null;
    const calledByFirstName = !!vocative && addressed!.parts.length >= 2 && addressed!.parts[0] === vocative[1]!.toLowerCase() && isGivenName(addressed!.parts[0]);
    if (addressed && ((c.attribution!.kind !== 'name' && addresses(text.slice(c.innerStart, c.innerEnd), addressed)) || calledByFirstName)) {
      const other = ctx.lastSpeaker && ctx.lastSpeaker.person !== addressed ? ctx.lastSpeaker.person : people.lastMentioned(c.open, (p) => p !== addressed && isPersonLike(p));
      c.attribution = other ? { ...c.attribution!, person: other } : null;
    }
    // "„Wie oft haben Sie angerufen?“, will die Richterin wissen. „Dreimal“, antwortet sie": whoever
    // answers is not the one who asked, whom the pronoun would otherwise find first.
    const asker = c.attribution?.kind === 'pronoun' ? c.attribution.person : null;
    const answered = asker ? ANSWERED_BY_PRONOUN.exec(text.slice(c.close + 1, c.close + 40)) : null;
    // (Only a question put to someone: "„Ist das gerecht?“, fragte Keller. „Nein“, antwortete sie" is
    // Keller answering herself.)
    const question = answered && p >= 0 && prev.attribution?.person === asker ? text.slice(prev.innerStart, prev.innerEnd) : '';
    const putToSomeone = question !== '' && (ADDRESSEE_IN_QUESTION.test(question) || LISTENER_OF_QUESTION.test(text.slice(prev.close + 1, c.open)));
    if (answered && putToSomeone && /\?\s*$/.test(question)) {
      const gender = /^(?:sie|she|elle|ella)$/i.test(answered[1]!) ? 'f' : 'm';
      const other = people.lastMentioned(c.open, (q) => q !== asker && isPersonLike(q) && genderOf(q) !== (gender === 'f' ? 'm' : 'f'));
      if (other) c.attribution = { ...c.attribution!, person: other };
    }
    const sp = c.attribution?.person;
    // "Jacinta Mamani y su marido, Eleuterio Condori … «…», explica ella.": a gendered pronoun that
    // found someone whose first name no list knows tells their gender, so that "añade él" next turns
    // to the husband rather than going on with her.
    if (sp && c.attribution!.kind === 'pronoun' && genderOf(sp) === null) {
      const gender = pronounGender(c.attribution!.mention.toLowerCase());
      if (gender && !ctx.spokenAs?.has(sp)) (ctx.spokenAs ??= new Map()).set(sp, gender);
    }
    if (sp && !sp.writer) ctx.lastSpeaker = { person: sp, at: c.open };
    // Someone unnamed speaking ("one rescuer told AFP", "Una vecina … ha asegurado"): "he said" next is them.
    else if (!sp && c.kind !== 'scare' && c.attribution?.kind === 'anonymous' && c.attribution.mention && INDEFINITE_SPEAKER.test(c.attribution.mention)) {
      ctx.lastUnnamed = { at: c.close, gender: indefiniteArticleGender(c.attribution.mention.split(/\s/)[0]) };
    }
  }

  // 3. Split quotes and multi-paragraph parts share one speaker; unattributed quotes continue the last speaker.
  linkSplitQuotes(text, candidates, blocks);
  shareWithinUtterance(candidates);
  // A quote right after a sentence about someone else does not continue the last speaker.
  // 'nobody': the sentence before is about someone unnamed ("Kevin, 23 ans, a été réveillé", "Eine
  // Pflegekraft, die nur ihren Vornamen nennt, …"), who is then the one quoted.
  const introducedBy = (c: Candidate, previous: Candidate): Person | null | 'nobody' => {
    ctx.blockStart = blocks[c.block].start;
    // ("Her husband was in a less forgiving mood.": kin and pronouns there are read from the quote
    // before, not from whoever spoke last on the page.)
    const before = previous.attribution?.person ?? previous.fixedSpeaker?.person;
    ctx.lastSpeaker = before ? { person: before, at: previous.open } : null;
    if (previousSubjectIsNobody(ctx, c.open) || afterUnsignedStatement(ctx, c.open)) return 'nobody';
    return subjectOfPreviousSentence(ctx, c.open)?.person ?? null;
  };
  // "Le groupe La France insoumise a publié un communiqué fustigeant « … »": a sentence whose own
  // subject is a body, or someone else, does not go on with the last speaker.
  // (German reported speech, "Es gebe … „…“", is still the last speaker's.)
  const ownSubjectIsOther = (c: Candidate, previous: Candidate): boolean => {
    ctx.blockStart = blocks[c.block].start;
    // (Unless the sentence before was an unsigned statement: "…, hieß es aus dem Ministerium. Man sei „…“".)
    if (capitalisedNouns && KONJUNKTIV.test(text.slice(sentenceStart(text, c.open, ctx.blockStart), c.open))) return afterUnsignedStatement(ctx, c.open);
    if (hasNonPersonSubject(ctx, c.open)) return true;
    const own = subjectOfSentenceAt(ctx, c.open);
    return own?.kind === 'name' && own.person !== (previous.attribution?.person ?? previous.fixedSpeaker?.person ?? null);
  };
  markPullQuotes(text, candidates, blocks);
  fillFromNeighbours(text, candidates, blocks, introducedBy, ownSubjectIsOther);
  // Twice: a quote attributed by continuation in the first pass can be the twin of an earlier one.
  fillFromNeighbours(text, candidates, blocks, introducedBy, ownSubjectIsOther);
  // Last resort for whole quoted sentences: the person the surrounding text is about (in an
  // interview, quotes outside the turns — headline, standfirst — are the interviewee's).
  // "The last speaker" for each quote is the one before it, not the page's last.
  let previousSpeaker: Context['lastSpeaker'] = null;
  let pageSubject: Person | null | undefined;
  // (Loops over every quote or block by index here and below: for-of left an iterator result per step.)
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    if (c.attribution?.person && !c.attribution.person.writer) previousSpeaker = { person: c.attribution.person, at: c.open };
    if (c.kind === 'scare' || c.attribution || c.fixedSpeaker || c.inInterviewTurn || c.repeats) continue;
    ctx.lastSpeaker = previousSpeaker;
    if (interview.interviewee) {
      c.fixedSpeaker = { person: interview.interviewee, mention: '' };
      continue;
    }
    ctx.blockStart = blocks[c.block].start;
    if (c.kind === 'fragment') {
      // Reported speech with no verb ("Das Geld sei „…“"): the person this paragraph is about, if it names one.
      // "„…“, sagte Feldmeier. Oberhauser habe vor allem „eine klare Botschaft“ gesendet": German
      // reported speech goes on with whoever was just quoted, not the person it reports on.
      const sentence = sentenceStart(text, c.open, blocks[c.block].start);
      const reportLead = text.slice(sentence, c.open);
      // (A German report in the Konjunktiv I: "Der Konzern versuche nun, sich „…“ herauszuwinden".)
      const reported = capitalisedNouns && REPORTED_CLAUSE.test(reportLead);
      const konjunktiv = capitalisedNouns && KONJUNKTIV.test(reportLead);
      // "It found care was “below standard”": the report's words. (A German report about a body,
      // "Der Konzern versuche …, so Lindemann", is whoever "so" names: see below.)
      const aboutBody = hasNonPersonSubject(ctx, c.open);
      if (aboutBody && !reported) continue;
      // Words the subject hears rather than says: "has been told she is “too intense”".
      if (HEARSAY.test(reportLead)) continue;
      // "…, hieß es aus dem Ministerium. Man sei „…“": the statement goes on, not the last speaker.
      if (konjunktiv && afterUnsignedStatement(ctx, c.open)) continue;
      // (Not "Caflisch wies dies zurück: Kurzarbeit sei «…»": there the colon hands the words to the subject.)
      if (konjunktiv && previousSpeaker && c.open - previousSpeaker.at < 1500 && !reportLead.includes(':')) {
        const reportedOn = subjectOfSentenceAt(ctx, c.open);
        if (reportedOn?.kind === 'name' && reportedOn.person !== previousSpeaker.person) {
          c.attribution = { person: previousSpeaker.person, mention: '', kind: 'pronoun', via: 'sentence', position: c.open };
          continue;
        }
      }
      // "Der Freistaat habe …, so der Ministerpräsident. Wer nun so tue, betreibe „…“": the one the
      // report names, in this sentence or the one before.
      if (konjunktiv) {
        const reporter = reportedBySo(ctx, sentence, sentenceEnd(text, c.close, blocks[c.block].end)) ?? (sentence > blocks[c.block].start ? reportedBySo(ctx, sentenceStart(text, sentence - 1, blocks[c.block].start), sentence) : null);
        if (reporter) {
          c.attribution = reporter;
          continue;
        }
      }
      // (Otherwise a body's report may be its own statement: "Die Notenbank sehe die Lage „…“".)
      if (aboutBody) continue;
      // "Le technicien de 51 ans a pointé une entame « trop timide »": the sentence's own subject.
      const subject = subjectOfSentenceAt(ctx, c.open) ?? ownersDocument(ctx, reportLead, sentence);
      if (subject) {
        c.attribution = subject;
        continue;
      }
      // "The detectorist has never been traced, the prosecutor said. The address given for him
      // “turns out to be a launderette”": the report of the sentence before, closed on its reporting
      // clause, goes on.
      // (Not a passive description: "The coins had been advertised online as “genuine Roman silver”".)
      if (sentence > ctx.blockStart && !PASSIVE_LEAD.test(reportLead)) {
        const reporter = closingReportingClause(ctx, sentenceStart(text, sentence - 1, ctx.blockStart), sentence);
        if (reporter) {
          c.attribution = { ...reporter, via: 'sentence' };
          continue;
        }
      }
      const who = implicitSpeaker(ctx, c.open);
      if (who && who.person && who.person.mentions.some((m) => m >= ctx.blockStart && m < c.open)) c.attribution = who;
      // "Die Räumung der Fahrbahn habe „ohne Verletzungen“ funktioniert" right after someone was
      // quoted: their reported speech goes on, though this paragraph does not name them.
      // (Only in a clause that reads as the Konjunktiv I (REPORTED_CLAUSE): "hält man die Chancen für „…“" is no report; and not
      // after a sentence about someone unnamed, "Ein Mitarbeiter, der anonym bleiben will, …", whose words they are.)
      else if (previousSpeaker && c.open - previousSpeaker.at < 1500 && reported && !reportLead.includes(':') && !previousSubjectIsNobody(ctx, c.open)) {
        c.attribution = { person: previousSpeaker.person, mention: '', kind: 'pronoun', via: 'sentence', position: c.open };
      }
      continue;
    }
    // Right after a sentence about someone unnamed ("Ein Schichtleiter, der nur seinen Vornamen nennt, …"): theirs.
    if (previousSubjectIsNobody(ctx, c.open) || afterUnsignedStatement(ctx, c.open)) continue;
    // A sub-heading's words whose section names no speaker are the page's subject's, if it has
    // one (a portrait), and otherwise not whoever spoke last.
    if (SUBHEADING.test(blocks[c.block].tag ?? '')) {
      // (Counted once per page, not per sub-heading.)
      if (pageSubject === undefined) pageSubject = dominantPerson(people.persons);
      if (pageSubject) c.attribution = { person: pageSubject, mention: '', kind: 'pronoun', via: 'sentence', position: c.open };
      continue;
    }
    c.attribution = implicitSpeaker(ctx, c.open);
  }

  // The same for a quote read as a scare quote because no one was found for it when its kind was
  // settled, before the one just before it got its speaker from the sentences around.
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind !== 'scare' || !namesNoOne(c.attribution) || c.fixedSpeaker || c.inInterviewTurn || c.family === 'block' || c.family === 'corner') continue;
    let p = i - 1;
    while (p >= 0 && candidates[p].block === c.block && candidates[p].kind === 'scare') p--;
    const prev = candidates[p];
    if (!prev || prev.block !== c.block || !prev.attribution?.person) continue;
    ctx.blockStart = blocks[c.block].start;
    if (!sameReportGoesOn(ctx, prev.open, prev.close, c.open, blocks[c.block].start)) continue;
    c.attribution = { ...prev.attribution, via: 'sentence', position: c.open };
    c.kind = 'fragment';
  }
  // A pull quote is whoever said its words in the text, once that is settled.
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    if (!c.repeats || c.attribution || c.fixedSpeaker) continue;
    c.attribution = c.repeats.attribution;
    c.fixedSpeaker = c.repeats.fixedSpeaker;
  }
  headlinesEchoBody(text, candidates, blocks);
  headingsTakeSectionSpeaker(text, candidates, blocks);

  const quotes = candidates.map((c, idx): Quote => {
    const ja = jaSpeakers.get(c);
    const speaker = c.kind === 'scare' ? null : ja !== undefined ? (ja ? { name: ja, mention: ja, confidence: 0.7 } : null) : speakerFrom(c.attribution, c.fixedSpeaker);
    return {
      id: `q${idx}`,
      text: text.slice(c.innerStart, c.innerEnd),
      kind: c.kind,
      speaker,
      start: c.innerStart,
      end: c.innerEnd,
      paragraph: c.block,
      utteranceId: `u${c.utterance}`,
    };
  });
  return { quotes, people };
}

// Words too common to tie a heading to a quote under it.
const COMMON_WORDS = new Set('that this with have from they them what were will been their there would could about when your than then just only also into more some over pour dans avec mais elle nous vous sont cette comme tout plus nicht eine einen einer sich auch wird sind aber noch oder wenn para como pero esta este todo todos más desde sobre'.split(' '));

function contentStems(s: string): Set<string> {
  const stems = new Set<string>();
  for (const w of s.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 4 && !COMMON_WORDS.has(w)) stems.add(w.slice(0, 5));
  return stems;
}

/**
 * A sub-heading that is only a quote, which nothing else attributed, is the words of the first
 * person quoted in the section under it when the two share a word (‘A roar, like a jet engine’ /
 * “We heard it before we saw it. It was a roar, like standing next to …”, she said).
 */
function headingsTakeSectionSpeaker(text: string, cands: Candidate[], blocks: BlockInfo[]): void {
  const isHeading = (b: number) => HEADING.test(blocks[b]?.tag ?? '');
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!SUBHEADING.test(blocks[c.block].tag ?? '') || c.fixedSpeaker || c.inInterviewTurn) continue;
    // Unattributed, or only given the page's subject for want of anyone else.
    if (c.attribution && !(c.attribution.kind === 'pronoun' && c.attribution.mention === '')) continue;
    if (!onlyQuotes(text, blocks[c.block], cands, i)) continue;
    let k = i + 1;
    while (k < cands.length && (cands[k].block === c.block || cands[k].kind === 'scare')) k++;
    const next = cands[k];
    if (!next) continue;
    let crossesHeading = false;
    for (let b = c.block + 1; b <= next.block && !crossesHeading; b++) crossesHeading = isHeading(b);
    const who = next.attribution?.person ?? next.fixedSpeaker?.person;
    if (crossesHeading || !who || who.writer) continue;
    const mine = contentStems(text.slice(c.innerStart, c.innerEnd));
    const theirs = contentStems(text.slice(next.innerStart, next.innerEnd));
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    // Most of the heading's words come back in the quote (one shared word is chance: ‘Gaza is not a
    // cemetery’ answers the cemetery heading); a heading read as a label ("‘Hardest decision’") needs two.
    if (shared === 0 || shared * 2 < mine.size || (c.kind === 'scare' && shared < 2)) continue;
    // A guess from the section, not a name at the heading: shown as such, and never enough to call
    // the words misattributed.
    const who2 = next.attribution?.person ?? next.fixedSpeaker?.person ?? null;
    c.attribution = who2 ? { person: who2, mention: '', kind: 'pronoun', via: 'sentence', position: c.open } : null;
    c.fixedSpeaker = undefined;
    if (c.kind === 'scare') c.kind = 'fragment';
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The block holds nothing but quotations (and punctuation between them); `i` is one of its quotes (candidates are in document order). */
function onlyQuotes(text: string, block: BlockInfo, candidates: Candidate[], i: number): boolean {
  let first = i;
  while (first > 0 && candidates[first - 1].close >= block.start) first--;
  let at = block.start;
  for (let k = first; k < candidates.length && candidates[k].open < block.end; k++) {
    const c = candidates[k];
    if (LETTER_OR_DIGIT.test(text.slice(at, c.open))) return false;
    at = c.close + 1;
  }
  return at > block.start && !LETTER_OR_DIGIT.test(text.slice(at, block.end));
}

const BYLINE_WORD = '(?:By|BY|Von|VON|Par|PAR|Por|POR|Written by|Words by|Text:|Texto:)';
const BYLINE_START = new RegExp(`^\\s*${BYLINE_WORD}\\s+\\p{Lu}`, 'u');
/** The byline's first writer: one to three capitalised words after "By". */
const BYLINE_NAME = new RegExp(`^\\s*${BYLINE_WORD}\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`, 'u');
// Credits: "Reporting by …", "Photo: Name", "AGENCY/Name", and a caption's closing "(Name)".
const PHOTO_CREDIT = /\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s\/\s\p{Lu}[\p{L}'’ -]{1,30}\s*$/u;
const CREDIT_LINE = /\b(?:Reporting|Additional reporting|Editing|Writing|Compiled|Edited|Photographs?|Photos?|Graphics) by\s+[^;)\n]{0,80}|\b(?:Photo(?:graph)?|Foto|Crédit photo|Picture|Image)\s?:\s*[^;)\n.]{0,60}|[/|]\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?=\s*(?:$|[\n)]|\p{Lu}{2,}))|\(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\)(?=\s*$)/gmu;

/**
 * Names of the page's writers ("By Tomas Reyes", "Reporting by …; Editing by …") are dropped, so they
 * never become a speaker or the antecedent of "he said".
 */
/**
 * Headings written in Title Case ("Veldria Hikes Rates as Osterberg Says Inflation Is Stubborn"): at
 * least four major words, all but one capitalised; there a run of capitals is no sign of a name
 * (trimTitleCaseRuns). Not in German, where every noun is capitalised.
 */
function titleCaseHeadlines(text: string, blocks: BlockInfo[]): [number, number][] {
  const titleCase = (heading: string) => {
    const major = (heading.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !TITLE_CASE_MINOR.test(w));
    return major.length >= 4 && major.filter((w) => /^\p{Lu}/u.test(w)).length >= major.length - 1;
  };
  return blocks.filter((b) => HEADING.test(b.tag ?? '') && b.end - b.start <= 300 && titleCase(text.slice(b.start, b.end))).map((b) => [b.start, b.end]);
}
const TITLE_CASE_MINOR = /^(?:a|an|and|as|at|but|by|for|in|nor|of|on|or|the|to|vs?|via)$/;

function withoutBylines(text: string, blocks: BlockInfo[], names: NameMention[]): NameMention[] {
  const ranges: [number, number][] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.byline) ranges.push([b.start, b.end]);
    else if (b.end - b.start < 160 && BYLINE_START.test(text.slice(b.start, b.start + 24)) && !/["“”„«»]/.test(text.slice(b.start, b.end))) ranges.push([b.start, b.end]);
  }
  CREDIT_LINE.lastIndex = 0;
  for (let m = CREDIT_LINE.exec(text); m; m = CREDIT_LINE.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  // "Lucas Amaral / Agência Sul" closing a caption: a photographer and an agency. (Found from each
  // " / ", so the page is not scanned at every capital; and " / " from each '/', a rare character,
  // as a search for a string opening on a space stops at every space.)
  let nextSlash = 0;
  // The line holding the last " / " (its end: a line break's offset, or the text's length).
  let lineStart = 0;
  let lineEnd = -1;
  // The last search for a credit: the end of its line, where it began, and where the credit it found begins (-1: none).
  let creditLineEnd = -1;
  let creditFrom = 0;
  let creditAt = -1;
  for (let at = text.indexOf('/', 1); at >= 0; at = text.indexOf('/', at + 1)) {
    const slash = at - 1;
    if (slash < nextSlash || text[slash] !== ' ' || text[at + 1] !== ' ') continue;
    nextSlash = slash + 3;
    // (Looked up again only past the line's end: on a page without line breaks, a search for them
    // from each " / " ran to both ends of the page.)
    if (slash > lineEnd) {
      lineStart = text.lastIndexOf('\n', slash) + 1;
      const lineBreak = text.indexOf('\n', slash);
      lineEnd = lineBreak < 0 ? text.length : lineBreak;
    }
    const from = Math.max(lineStart, slash - 60);
    // A credit runs to the end of its line: one found from an earlier " / " of the line that begins
    // at or after `from` is the first from here too, and none found then is none now. (On a page of
    // one long line, a search from each " / " ran to the page's end.)
    if (lineEnd !== creditLineEnd || from < creditFrom || (creditAt >= 0 && creditAt < from)) {
      const credit = PHOTO_CREDIT.exec(text.slice(from, lineEnd));
      creditLineEnd = lineEnd;
      creditFrom = from;
      creditAt = credit ? from + credit.index : -1;
    }
    if (creditAt >= 0) ranges.push([creditAt, lineEnd]);
  }
  if (ranges.length === 0) return names;
  ranges.sort((a, b) => a[0] - b[0]);
  let r = 0;
  return names.filter((n) => {
    while (r < ranges.length && ranges[r][1] <= n.start) r++;
    return !(r < ranges.length && ranges[r][0] <= n.start);
  });
}

/** The person a page is about: named at least five times, and twice as often as anyone else. */
function dominantPerson(persons: readonly Person[]): Person | null {
  let first: Person | null = null;
  let second = 0;
  for (const p of persons) {
    if (!isPersonLike(p)) continue;
    const n = p.mentions.length;
    if (!first || n > first.mentions.length) {
      second = first ? first.mentions.length : 0;
      first = p;
    } else if (n > second) second = n;
  }
  return first && first.mentions.length >= 5 && first.mentions.length >= 2 * second ? first : null;
}

/** The first writer the page's byline names ("By Rebecca Lindqvist Photographs by …"), as a person of their own. */
function bylineAuthor(text: string, blocks: BlockInfo[]): Person | null {
  for (const b of blocks.slice(0, 12)) {
    const line = text.slice(b.start, Math.min(b.end, b.start + 120));
    const by = BYLINE_NAME.exec(line);
    if (!by || (!b.byline && /["“”„«»]/.test(text.slice(b.start, b.end)))) continue;
    // "By Rebecca Lindqvist Photographs by …": the name ends before the next capitalised credit word.
    const words = by[1].split(/\s+/);
    const cut = words.findIndex((w, k) => k >= 2 && /^(?:Photographs?|Photos?|Illustrations?|And|Und|Et|Y|In|For|Für|Pour|Para)$/.test(w));
    const name = cut > 0 ? words.slice(0, cut) : words;
    return { name: name.join(' '), parts: name.map((w) => w.toLowerCase()), roles: [], mentions: [], writer: true };
  }
  return null;
}

/** Whether quote `q`, given to someone, is the report that quote `c` of the same paragraph goes on with. */
function reportGoesOn(ctx: Context, q: Candidate | undefined, c: Candidate, blockStart: number): boolean {
  return !!q && q.block === c.block && !!q.attribution?.person && sameReportGoesOn(ctx, q.open, q.close, c.open, blockStart);
}

/**
 * The full stop (or ! ?) in text[from, to) that ends a sentence with a capital after it, or -1. A
 * title's full stop ends none ("said Dr. Yevgenia Orlova, “…”"); an initial's or "U.S." may, as
 * often as not ("…, who lives in the U.S. Petrov replied, “…”").
 */
function nextSentenceStartIn(text: string, from: number, to: number): number {
  // (Searched in the stretch alone: a search of the whole text from `from` ran on to the page's end
  // when no sentence ended, for every pair of quotes in a paragraph without full stops.)
  const stretch = text.slice(from, to);
  STOP_BEFORE_CAPITAL.lastIndex = 0;
  for (let stop = STOP_BEFORE_CAPITAL.exec(stretch); stop; stop = STOP_BEFORE_CAPITAL.exec(stretch)) {
    if (stop.index + stop[0].length >= stretch.length) break;
    if (!TITLE_BEFORE_STOP.test(stretch.slice(Math.max(0, stop.index - 5), stop.index))) return from + stop.index;
  }
  return -1;
}
const STOP_BEFORE_CAPITAL = /[.!?]\s+(?=\p{Lu})/gu;
const TITLE_BEFORE_STOP = new RegExp(String.raw`(?:^|\s)(?:${[...TITLE_ABBREVIATIONS, 'Mme', 'Mlle'].join('|')})$`);

const GAP_WORD = /[\p{L}\p{N}'’-]+/gu;

/** The first `most` words of `text` (all of them if fewer): a long stretch between two quotes is cut into no more words than a rule counts. */
function wordsUpTo(text: string, most: number): string[] {
  const words: string[] = [];
  GAP_WORD.lastIndex = 0;
  for (let m = GAP_WORD.exec(text); m && words.length < most; m = GAP_WORD.exec(text)) words.push(m[0]);
  return words;
}

// linkSplitQuotes' tests of each pair of quotes in a paragraph (made once: a literal is a new object at each evaluation).
const CLOSING_MARKS_AT_END = /[’'"”»›‹«“]+$/;
const MID_SENTENCE_END = /[,—–-]$/;
const LEADS_INTO_NEXT = /[,:]\s*$/;
const OPENS_ON_COMMA = /^[\s]*[,]/;

/** “A,” she said. “B.” -> one utterance: the gap between the two is a short attribution clause. */
function linkSplitQuotes(text: string, cands: Candidate[], blocks: BlockInfo[]): void {
  for (let i = 1; i < cands.length; i++) {
    const a = cands[i - 1];
    const b = cands[i];
    if (a.block !== b.block || a.utterance === b.utterance) continue;
    if (a.kind === 'scare' || b.kind === 'scare') continue;
    const gap = text.slice(a.close + 1, b.open);
    // The first part must end mid-sentence (“A,”) or the gap must lead into the next part.
    // A nested quote may close right after the comma: “My father used to say, ‘Fix the bus,’” she said.
    // (Tested before the gap's words are cut out: most quotes end a sentence.)
    const aInner = text.slice(a.innerStart, a.innerEnd).replace(CLOSING_MARKS_AT_END, '');
    if (!MID_SENTENCE_END.test(aInner) && !LEADS_INTO_NEXT.test(gap) && !OPENS_ON_COMMA.test(gap)) continue;
    const words = wordsUpTo(gap, 13);
    if (words.length === 0 || words.length > 12) continue;
    if (!words.some((w) => isVerbToken(w))) continue;
    // "„…“, sagt sie. Ihr Mann ergänzt: „…“": a new sentence in the gap introduces someone else's
    // words, unless a pronoun carries on the speaker ("…, insiste-t-il. Sur ce point, il refuse …").
    // (German reported speech in the Konjunktiv goes on with the speaker: "…, sagte Feldmeier. Oberhauser habe „…“".)
    // (Not the full stop of a title: "“…,” said Dr. Yevgenia Orlova, “…”".)
    const stop = nextSentenceStartIn(text, a.close + 1, b.open);
    const newSentence = stop >= 0;
    const rest = newSentence ? text.slice(stop, b.open) : '';
    const pronounGoesOn = /(?:^|\s)(?:il|elle|he|she|er|sie|él|ella)\s/iu.test(rest);
    if (newSentence && !pronounGoesOn && !KONJUNKTIV.test(rest)) continue;
    // (Not when the new sentence names its own speaker: "…, sagte Kargl. Ebenhofer konterte, die Partei verwechsle „…“".)
    if (newSentence && !pronounGoesOn && b.attribution?.kind === 'name' && b.attribution.person && b.attribution.person !== a.attribution?.person) continue;
    // (Not when someone unnamed opens it: "…, sagte sie. Ein Sprecher hielt dagegen, man habe „…“".)
    const unnamed = newSentence ? /^[.!?]\s+(?:Ein|Eine)\s+(\p{L}+)/u.exec(rest) : null;
    if (unnamed && isPersonNoun(unnamed[1]!)) continue;
    if (a.attribution?.via !== 'after' && !a.fixedSpeaker) continue;
    // (Not when the gap names the second part's own speaker whom the first part's search passed by:
    // "…, who had termed the strikes “…” and vowed a response, Mansoor said: “…”".)
    if (b.attribution?.person && b.attribution.position > a.close && b.attribution.position < b.open && b.attribution.person !== a.attribution?.person) continue;
    b.utterance = a.utterance;
    if (!b.attribution || b.attribution.via === 'before') b.attribution = a.attribution;
    void blocks;
  }
}

/**
 * The quote is what the heading's clause says, not a name inside it: it ends the heading or its clause
 * ("… Says Bank ‘Not Finished Yet’", "… ‘Not Yet Beaten’, as …"), and is no object of a preposition
 * ("Warns of ‘Zombie Firms’"). ("Musk Says ‘Full Self-Driving’ Will Arrive", "Announces ‘The Eras
 * Tour’ Film": a title the clause goes on after.)
 */
function quoteEndsHeadingClause(text: string, c: Candidate, blockEnd: number): boolean {
  if (c.close < 0) return false;
  const after = text.slice(c.close + 1, blockEnd);
  return /^\s*(?:$|[,;:.!?]|[–—-]\s)/u.test(after) && !/\s(?:of|for|on|about|to|in|with|over|against)\s*$/i.test(text.slice(Math.max(0, c.open - 12), c.open));
}

/** Words of grammar, in the four languages: a pair holding one ("de calidad", "the plan") is no phrase of anyone's own. */
const FUNCTION_WORD = /^(?:the|a|an|of|in|on|at|to|for|by|with|and|or|but|not|no|is|are|was|it|its|this|that|de|del|la|el|los|las|le|les|l|d|un|una|une|uno|al|au|aux|du|des|en|a|y|e|o|u|et|ou|con|sin|por|para|pour|par|sur|sans|avec|dans|que|qui|se|su|sus|son|sa|ses|es|est|der|die|das|den|dem|ein|eine|und|oder|mit|von|zu|im|am|ist|nicht|kein|keine)$/;

/** How many heading quotes are looked up in the body's quotes (see headlinesEchoBody). */
const HEADING_ECHOES_MAX = 64;

/**
 * A headline or standfirst quoting words the body gives to someone: theirs. Done once every body
 * quote has its speaker (fillFromNeighbours matches only against speakers found before it, so a
 * body quote attributed by continuation or from its paragraph is missed there).
 * Only quotes read as someone's words: a scare-quoted word in a headline may recur anywhere.
 */
function headlinesEchoBody(text: string, cands: Candidate[], blocks: BlockInfo[]): void {
  // (At most the first 64 such quotes, each looked up in every body quote: a page of thousands of quoted
  // sub-headings stays linear.)
  // (Not words a reporting verb already gave to a body or someone unnamed, "Council says plan is ‘…’";
  // a heading's colon or its opening words name nobody, "Pilot on trial: “…”".)
  // (Also a standfirst's words whose speaker was only guessed from its sentence — "X inaugura …, y la
  // oposición habla de una « … »" — when the body quotes someone else saying them: the body tells.)
  const guessed = (c: Candidate) => !!c.attribution?.person && c.attribution.via === 'sentence' && c.kind === 'fragment' && c.block <= 2;
  // (A wire story's summary points above its first paragraph are headings too: "• Governor says inflation ‘…’".
  // A paragraph of a sentence or more, not a kicker.)
  const firstParagraph = blocks.findIndex((b) => b.tag === 'p' && b.end - b.start > 120);
  const summaryPoint = (c: Candidate) => blocks[c.block]!.tag === 'li' && c.block < firstParagraph;
  const early = cands.filter((c) => c.kind !== 'scare' && (!c.attribution || guessed(c) || (!c.attribution.person && (c.attribution.via === 'colon' || c.attribution.via === 'sentence' || ((c.inHeading || summaryPoint(c)) && namesGroup(c.attribution.mention))))) && !c.fixedSpeaker && !c.inInterviewTurn && (c.inHeading || c.block <= 2 || summaryPoint(c))).slice(0, HEADING_ECHOES_MAX);
  if (early.length === 0) return;
  const said = cands.filter((a) => a.kind !== 'scare' && !!a.attribution?.person && !a.attribution.person.writer && !a.inHeading && a.block > 2);
  const saidNorm = said.map((a) => quoteWords(text, a));
  for (const c of early) {
    const mine = quoteWords(text, c);
    // (Three words at least: a phrase, not a word anyone may use. Over a guessed speaker, two words
    // may do, but only two words of content, "mal planificada": not "de calidad", which anyone says.)
    const words = mine.split(' ');
    if (words.length < 2 || (words.length < 3 && (!guessed(c) || words.some((w) => FUNCTION_WORD.test(w))))) continue;
    const k = said.findIndex((a, j) => a.block > c.block && containsWords(saidNorm[j], mine));
    if (k >= 0) c.attribution = { ...said[k].attribution!, via: 'sentence' };
  }
}

/** Whether a mention ends on a word for a group of people ("Opposition", "la junte", "Campaigners"), not an office or a body ("Mayor", "Council"). */
function namesGroup(mention: string): boolean {
  const last = /[\p{L}-]+$/u.exec(mention)?.[0] ?? '';
  return GROUP_SUBJECT.test(last) || /^(?:junte|junta)$/i.test(last);
}

/** `words` occurs in `text` (both normalised to words and single spaces) as whole words. */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if ((at === 0 || text[at - 1] === ' ') && (at + words.length === text.length || text[at + words.length] === ' ')) return true;
  }
  return false;
}

/**
 * A bit (by its code's last five bits) for the first character of each word of the quote's words
 * (quoteWords, computed already). Every word `containsWords(text, words)` finds in `text` starts a
 * word there too, so `words` can be found only if `text` has each of its bits: one test rules out
 * most pairs of quotes before a search.
 */
function initialsOf(c: Candidate): number {
  if (c.initials === undefined) {
    const words = c.words!;
    // (From space to space by indexOf: a loop reading every character cost as much as making the words.)
    let bits = words.length > 0 ? 1 << (words.charCodeAt(0) & 31) : 0;
    for (let i = words.indexOf(' '); i >= 0 && i + 1 < words.length; i = words.indexOf(' ', i + 1)) bits |= 1 << (words.charCodeAt(i + 1) & 31);
    c.initials = bits;
  }
  return c.initials;
}

/** Whether the words of `outer` have every initial the words of `inner` have (see initialsOf). */
function holdsInitials(outer: Candidate, inner: Candidate): boolean {
  return (initialsOf(inner) & ~initialsOf(outer)) === 0;
}

/** No attribution, or one with neither a person nor words pointing at anyone (a verb whose subject went unfound). */
function namesNoOne(a: Attribution | null | undefined): boolean {
  return !a || (!a.person && !a.mention);
}

/** An attribution to someone the page does not name but does point at ("a passenger sighed", "the company said"). */
function pointsAtUnnamed(a: Attribution | null | undefined): boolean {
  return a?.kind === 'anonymous' && a.mention !== '';
}

function shareWithinUtterance(cands: Candidate[]): void {
  const byUtterance = new Map<number, Attribution>();
  // ("“…,” said Ramulu, a tenant farmer. “…”": someone unnamed's utterance is theirs throughout.)
  const unnamedUtterance = new Map<number, Attribution>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.attribution?.person && !byUtterance.has(c.utterance)) byUtterance.set(c.utterance, c.attribution);
    else if (pointsAtUnnamed(c.attribution) && !unnamedUtterance.has(c.utterance)) unnamedUtterance.set(c.utterance, c.attribution!);
  }
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const shared = byUtterance.get(c.utterance);
    // A part said by someone unnamed ("a indiqué l’entourage") keeps that; it is not the named part's speaker.
    if (shared && !c.attribution?.person && !pointsAtUnnamed(c.attribution)) c.attribution = shared;
    else if (!shared && !c.attribution && unnamedUtterance.has(c.utterance)) c.attribution = unnamedUtterance.get(c.utterance)!;
  }
}

// A run of characters between words, unless it is a single space already (most are, and replacing
// them by a space again made most of the cost): one that starts with something else, or a space
// followed by more.
const OTHER_SEPARATOR = /[^\p{L}\p{N} ][^\p{L}\p{N}]*| [^\p{L}\p{N}]+/gu;
const OTHER_ASCII_SEPARATOR = /[^a-z0-9 ][^a-z0-9]*| [^a-z0-9]+/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The quote's words, lower-cased and joined by single spaces: what repeated quotes are matched on. */
/** (Kept on the candidate: both passes of fillFromNeighbours and headlinesEchoBody ask again.) */
function quoteWords(text: string, c: Candidate): string {
  if (c.words === undefined) {
    const inner = text.slice(c.innerStart, c.innerEnd).toLowerCase();
    // Most quotes are plain ASCII, where a simple class does what the Unicode one does, faster.
    c.words = (ASCII_ONLY.test(inner) ? inner.replace(OTHER_ASCII_SEPARATOR, ' ') : inner.replace(OTHER_SEPARATOR, ' ')).trim();
  }
  return c.words;
}

/**
 * Marks pull quotes: a quotation alone in its paragraph whose words are quoted again in running
 * text elsewhere. Where it stands says nothing of who spoke (it is placed for the eye), so it waits
 * for its twin's speaker rather than continuing the quote before it.
 */
function markPullQuotes(text: string, cands: Candidate[], blocks: BlockInfo[]): void {
  // (Sentences only: a short phrase quoted twice is a fragment used twice, not a pull quote.)
  const isSentence = (c: Candidate) => c.kind === 'full' && !c.inHeading && c.innerEnd - c.innerStart >= 40;
  // Pull quotes by the length of their words, then by the words: most quotes match no length, and
  // are told apart by a number, not by hashing their words.
  const alone = new Map<number, Map<string, Candidate[]>>();
  const inProse: number[] = [];
  // (Whether a paragraph holds only quotes, asked once per paragraph: a page of thousands of quotes
  // in one paragraph walked it again for each.)
  let block = -1;
  let quotesOnly = false;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!isSentence(c)) continue;
    if (c.block !== block) {
      block = c.block;
      quotesOnly = onlyQuotes(text, blocks[c.block], cands, i);
    }
    if (!quotesOnly) {
      inProse.push(i);
      continue;
    }
    const words = quoteWords(text, c);
    let byWords = alone.get(words.length);
    if (!byWords) alone.set(words.length, (byWords = new Map()));
    const same = byWords.get(words);
    if (same) same.push(c);
    else byWords.set(words, [c]);
  }
  if (alone.size === 0) return;
  for (let k = 0; k < inProse.length; k++) {
    const c = cands[inProse[k]!]!;
    const words = quoteWords(text, c);
    const same = alone.get(words.length)?.get(words);
    if (!same) continue;
    for (let j = 0; j < same.length; j++) same[j]!.repeats ??= c;
    // (The first twin in the text is the one: later ones find none left.)
    alone.get(words.length)!.delete(words);
  }
}

/**
 * Quotes nobody is named for: a pull quote repeating an attributed quote takes its speaker; a quote
 * paragraph right after attributed quotes continues that speaker.
 */
function fillFromNeighbours(
  text: string,
  cands: Candidate[],
  blocks: BlockInfo[],
  introducedBy: (c: Candidate, previous: Candidate) => Person | null | 'nobody',
  ownSubjectIsOther: (c: Candidate, previous: Candidate) => boolean,
): void {
  const attributed = cands.filter((c) => c.attribution?.person || c.fixedSpeaker);
  const exact = new Map<string, Candidate>();
  // Quotes whose speaker is named right at them: a repeat of their words (a pull quote) said
  // with only a pronoun guessed for it is theirs.
  const namedAt = new Map<string, Candidate>();
  // (By index: for-of left an iterator result per quote.)
  for (let k = 0; k < attributed.length; k++) {
    const c = attributed[k]!;
    const n = quoteWords(text, c);
    if (!c.inHeading && !exact.has(n)) exact.set(n, c);
    if (c.attribution?.kind === 'name' && !namedAt.has(n)) namedAt.set(n, c);
  }
  for (let k = 0; k < attributed.length; k++) {
    const c = attributed[k]!;
    if (!c.attribution || c.attribution.kind === 'name' || c.fixedSpeaker) continue;
    const named = namedAt.get(c.words!);
    if (named && named !== c && c.words!.length >= 20) c.attribution = named.attribution;
  }
  // Quotes placed by a quoted exchange (questions and answers), so the next turn alternates again.
  const exchange = new Set<Candidate>();
  // Containment (pull quote = part of a body quote) is checked against the nearest attributed quotes only, to stay linear.
  const NEAR = 12;
  let last: Candidate | null = null;
  let nextAttributed = 0;
  // The first attributed quote in a block after the quote's (quotes and attributed ones are in page order).
  let laterBlock = 0;
  // (By index: a page of questions and answers would otherwise look each quote up in the list again.)
  let lastIndex = -1;
  // Heading and lede quotes looked up in the body so far.
  let echoesSought = 0;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    while (nextAttributed < attributed.length && attributed[nextAttributed].open < c.open) nextAttributed++;
    while (laterBlock < attributed.length && attributed[laterBlock].block <= c.block) laterBlock++;
    // (Words someone unnamed was just said to have said — "one resident said" in a caption — are theirs,
    // whoever else repeats them; a headline's unnamed "minister" is named in the body.)
    const saidByUnnamed = c.attribution?.kind === 'anonymous' && INDEFINITE_SPEAKER.test(c.attribution.mention) && !c.inHeading && c.block > 2;
    // (Words in the standfirst read as a scare quote are someone's when the body quotes the same
    // words from them as a fragment: "La patronal tacha el paro de «desproporcionado»" / "Ezquerra calificó el paro de «desproporcionado»".)
    // (Not a label owned or so called: "The government’s “levelling up” agenda".)
    const ledeWordQuoted = c.kind === 'scare' && !c.inHeading && c.block <= 2 && !OWNED_LABEL_BEFORE.test(text.slice(Math.max(0, c.open - 16), c.open)) && exact.get(quoteWords(text, c))?.kind === 'fragment';
    if (!c.attribution?.person && !c.fixedSpeaker && !c.inInterviewTurn && !saidByUnnamed && (c.kind !== 'scare' || c.inHeading || ledeWordQuoted)) {
      const mine = quoteWords(text, c);
      // The same words quoted elsewhere with a speaker (headline, pull quote, repeated fragment).
      let twin = exact.get(mine);
      // A headline or standfirst echoes the body: "l’opposition dénonce un « gouffre »" is the
      // « gouffre financier » a named opponent spoke of further down.
      // (For the first HEADING_ECHOES_MAX such quotes, as in headlinesEchoBody: each is looked up in
      // every later quote, and a page of thousands of quoted sub-headings made time grow with their square.)
      if (!twin && (c.inHeading || c.block <= 2) && mine.length >= 6 && echoesSought++ < HEADING_ECHOES_MAX) {
        // (Whole words: both are words and single spaces, so no pattern need be built per quote.)
        // (From the first in a later block: on a page of one long block, every quote is in its first
        // blocks, and a search through all the attributed ones for each made time grow with their square.)
        for (let k = laterBlock; k < attributed.length && !twin; k++) {
          const a = attributed[k]!;
          if (a.kind !== 'scare' && !a.inHeading && !!a.attribution?.person && containsWords(a.words!, mine)) twin = a;
        }
      }
      if (!twin && mine.length >= 20) {
        for (let k = Math.max(0, nextAttributed - NEAR); k < Math.min(attributed.length, nextAttributed + NEAR) && !twin; k++) {
          const a = attributed[k];
          const other = a.words!;
          // A longer quote takes the speaker of words it contains only where that speaker was named there.
          // (Whole words only, and not a title in scare quotes: “This Week” is no part of "… ends this weekend".)
          // (A word or two from the body is no pull quote: "Wer das mutlos nennt, …" answers the critic who
          // said „mutlos“; a standfirst's „patience“ is still a summary of the quote that holds it.)
          // (Each search only when the words' initials allow it: most neighbours are other words.)
          if (a !== c && !a.inHeading && ((holdsInitials(a, c) && containsWords(other, mine)) || (a.kind !== 'scare' && (other.length >= 20 || a.block <= 2) && a.attribution?.kind === 'name' && holdsInitials(c, a) && containsWords(mine, other)))) twin = a;
        }
      }
      if (twin) {
        c.attribution = twin.attribution;
        c.fixedSpeaker = twin.fixedSpeaker;
        // Part of a longer quote is a fragment of it; the same words are what they were there.
        if (c.kind === 'scare') c.kind = twin.words === mine ? twin.kind : 'fragment';
      } else if (c.kind === 'scare' || pointsAtUnnamed(c.attribution)) {
        // a headline's words nobody is quoted saying stay scare quotes; an unnamed speaker
        // ("a passenger sighed") is not the previous quote's speaker going on
      } else if (last && c.block === last.block && c.kind === 'fragment' && !c.attribution && !ownSubjectIsOther(c, last)) {
        c.attribution = last.attribution ? { ...last.attribution, via: 'sentence' } : null;
        c.fixedSpeaker = last.fixedSpeaker;
      } else if (last && c.block - last.block <= 1 && c.kind === 'full' && !c.inHeading && !c.repeats && !hasOtherPersonBetween(text, last, c, blocks) && !introducedByAnother(c, last) && !pronounContradicts(c.attribution, last)) {
        // A quoted question in the paragraph before is answered by the other side of the exchange
        // («¿Sabía usted …?», le ha preguntado la fiscal. / «Sabía que …»): whoever spoke before the asker.
        // (And the next question, after the answer, is the asker's again.)
        const question = (q: Candidate) => /\?\s*$/.test(text.slice(q.innerStart, q.innerEnd));
        const asked = c.block > last.block && ((question(last) && (exchange.has(last) || ASKED_AFTER.test(text.slice(last.close + 1, last.close + 40)))) || (question(c) && exchange.has(last) && onlyQuotes(text, blocks[c.block], cands, ci))) ? answererBefore(last, lastIndex) : undefined;
        if (asked !== undefined) {
          exchange.add(c);
          c.attribution = asked?.attribution ? { ...asked.attribution, via: 'sentence' } : null;
          c.fixedSpeaker = asked?.fixedSpeaker;
        } else {
          c.attribution = last.attribution ? { ...last.attribution, via: 'sentence' } : null;
          c.fixedSpeaker = last.fixedSpeaker;
        }
      }
    }
    // (The writer's own question is answered by the person who spoke before it.)
    // (Someone unnamed goes on too: "“…,” one rescuer said. “…”" is not the named speaker before them.)
    if ((c.attribution?.person && !c.attribution.person.writer) || c.fixedSpeaker || (c.kind !== 'scare' && pointsAtUnnamed(c.attribution))) {
      last = c;
      lastIndex = ci;
    }
  }

  /** The latest quote before `asker` by someone else: who answers the asker's question; null if nobody else spoke. */
  /** (`at`: the asker's index in `cands`.) */
  function answererBefore(asker: Candidate, at: number): Candidate | null {
    const who = (q: Candidate) => q.attribution?.person ?? q.fixedSpeaker?.person ?? null;
    const askedBy = who(asker);
    if (!askedBy) return null;
    for (let k = at - 1; k >= 0 && asker.block - cands[k].block <= 12; k--) {
      const q = cands[k];
      const p = who(q);
      if (p && p !== askedBy && q.kind !== 'scare') return q;
    }
    return null;
  }

  function introducedByAnother(c: Candidate, previous: Candidate): boolean {
    const subject = introducedBy(c, previous);
    return subject !== null && subject !== (previous.attribution?.person ?? previous.fixedSpeaker?.person ?? null);
  }
}

/**
 * "“…,” he said. / “…,” she said": a pronoun no one was found for still rules out the previous
 * speaker when the page itself called them by a pronoun of the other gender there. (Not by the
 * first-name list's gender, which is wrong for many names: Kemi, Ilhan, Dominique, Kelly, Lee.)
 */
function pronounContradicts(own: Attribution | null, previous: Candidate): boolean {
  if (own?.kind !== 'pronoun' || previous.attribution?.kind !== 'pronoun') return false;
  const wanted = pronounGender(own.mention.toLowerCase());
  const before = pronounGender(previous.attribution.mention.toLowerCase());
  return wanted !== null && before !== null && before !== wanted;
}

const TWO_CAPITALISED_WORDS = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
const UP_TO_FIRST_STOP = /^[^.]*\.\s*/;

function hasOtherPersonBetween(text: string, a: Candidate, b: Candidate, _blocks: BlockInfo[]): boolean {
  // A capitalised two-word name between the two quotes suggests a new speaker is being introduced.
  const between = text.slice(a.close + 1, b.open);
  return TWO_CAPITALISED_WORDS.test(between.replace(UP_TO_FIRST_STOP, ''));
}

/** A question verb right after a quoted question: "«¿…?», le ha preguntado la fiscal", "“…?” I asked". */
const ASKED_AFTER = /^[\s,.»”"’]*(?:\p{L}+\s+){0,3}(?:asked|asks|asking|preguntó|pregunta|preguntado|demandé|demande|demandait|fragte|fragt|gefragt)(?![\p{L}])/iu;

/** An answering verb and its subject pronoun right after a quote: "„…“, antwortet sie", "“…,” he replied". */
const ANSWERED_BY_PRONOUN = /^[\s,.»”"’“]*(?:antwortet|antwortete|erwidert|erwiderte|entgegnet|entgegnete|replied|replies|answered|answers|responded|répond|répondit|respondió|responde|contestó|contesta)\s+(sie|er|she|he|elle|il|ella|él)(?![\p{L}])/iu;
const INDEFINITE_SPEAKER = /^(?:a|an|one|another|un|une|una|uno|otro|otra|ein|eine|einer)\s/i;
/** A question addressed to someone: a second person in it ("haben Sie", "avez-vous", "¿usted …", "did you"). */
const ADDRESSEE_IN_QUESTION = /(?<![\p{L}])(?:Sie|Ihnen|Ihr|du|dich|dir|vous|tu|toi|usted|ustedes|you|your)(?![\p{L}])/u;
/** The asking clause names its listener: "will die Richterin von ihr wissen", "asked her", "lui demande", "le preguntó". */
const LISTENER_OF_QUESTION = /(?<![\p{L}])(?:von (?:ihr|ihm|ihnen)|fragt(?:e)? (?:ihn|sie)|asked (?:him|her|them)|asks (?:him|her|them)|lui (?:demande|a demandé|demandait)|(?:le|la|les) preguntó|(?:le|la|les) pregunta)(?![\p{L}])/iu;

// "Her report describes the garnets as “…”": a document of someone's, the sentence's subject.
// (Active only: "Her evidence was described by the prosecution as “…”" is the prosecution's.)
const OWNERS_DOCUMENT = /^\s*([Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+)?(?:report|statement|letter|evidence|testimony|summary|submission|memo|email|e-mail|post|tweet|book|memoir|essay|column|article|paper|study|notes|diary|ruling|judgment|judgement|speech|sermon|blog|affidavit)\s+(?!(?:was|is|were|are|has|had|have|been|will|would)\s)\p{Ll}/u;
/** A label owned or so called before a quote: "The government’s", "their", "so-called", "dubbed". */
const OWNED_LABEL_BEFORE = /(?:['’]s|\b(?:his|her|their|its|so-called|dubbed))\s*$/i;
/** A passive lead ("had been advertised online as", "was described by"): the words are the description's, no reporter's. */
const PASSIVE_LEAD = /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en)\b/u;

/** The owner of the document opening the sentence (`lead`, from `sentence`), as the pronoun its possessive stands for; null if none. */
function ownersDocument(ctx: Context, lead: string, sentence: number): Attribution | null {
  const owner = OWNERS_DOCUMENT.exec(lead);
  if (!owner) return null;
  const at = sentence + owner[0].indexOf(owner[1]!);
  const who = resolvePronoun(ctx, owner[1]!.toLowerCase() === 'his' ? 'he' : 'she', at, 'sentence');
  return who.person ? { ...who, mention: owner[1]! } : null;
}

const FORM_OF_ADDRESS = /^(?:monsieur|madame|mademoiselle|mr|mrs|ms|miss|sir|madam|herr|frau|señor|señora|señorita|don|doña)$/i;

/** Whether the quote speaks to `person`: "Monsieur Faure, …", "…, madame la ministre.", "Mr Varga knows …" does not count. */
function addresses(inner: string, person: Person): boolean {
  const vocative = /(?:^|[,.;:!?—–]\s*)(\p{L}+)\.?\s+(?:(?:la|le|el|the)\s+)?(\p{L}[\p{L}-]*)\s*(?=[,.;:!?—–]|$)/gu;
  for (const m of inner.matchAll(vocative)) {
    if (!FORM_OF_ADDRESS.test(m[1])) continue;
    const word = m[2].toLowerCase();
    if (person.parts.includes(word) || person.roles.some((role) => role.split(/\s+/).includes(word))) return true;
  }
  return false;
}

/** A <blockquote> without quote marks is itself the quote; a trailing "— Name" line names the speaker. */
function blockquoteCandidate(text: string, block: BlockInfo, b: number, people: People, names: ReturnType<typeof findNameMentions>): Candidate | null {
  let [s, e] = trimInner(text, block.start, block.end);
  if (e <= s) return null;
  const body = text.slice(s, e);
  let fixedSpeaker: Candidate['fixedSpeaker'];
  const sign = /(?:^|\n|\s)[—–―-]\s*([^\n—–―]{2,80})$/.exec(body);
  if (sign && sign.index > 0) {
    const signStart = s + sign.index + sign[0].indexOf(sign[1]);
    const mention = names.find((n) => n.start >= signStart && n.start < e);
    if (mention) {
      const person = people.resolveName(mention);
      fixedSpeaker = { person, mention: text.slice(mention.start, mention.end) };
    }
    [s, e] = trimInner(text, s, s + sign.index);
    if (e <= s) return null;
  }
  return { block: b, open: s, close: e, innerStart: s, innerEnd: e, family: 'block', utterance: 0, attribution: null, kind: 'full', fixedSpeaker, inHeading: false };
}

/** Whole page: article roots -> text model -> quotes. */
export function findQuotes(doc: Document): { model: TextModel; quotes: Quote[] } {
  const { model, quotes } = findQuotesAndPeople(doc);
  return { model, quotes };
}

function findQuotesAndPeople(doc: Document): { model: TextModel; quotes: Quote[]; people: readonly Person[] } {
  try {
    const { model, blocks } = readPage(doc);
    return { model, ...detect(model.text, blocks) };
  } catch {
    return { model: buildTextModel([]), quotes: [], people: [] };
  }
}

/** Incremental mode for a MutationObserver: scan only added/changed subtrees; returns only quotes not already reported. */
export class QuoteScanner {
  private reported = new WeakMap<Element, Set<string>>();
  private seenText = new Set<string>();
  /** People named on the page so far: late-loaded quotes resolve against them. */
  private registry = new PageRegistry();

  constructor(private doc: Document) {}

  private keep(model: TextModel, quotes: Quote[]): Quote[] {
    const fresh: Quote[] = [];
    for (const q of quotes) {
      const el = model.blocks[q.paragraph]?.element;
      if (!el) continue;
      const key = `${q.text}\u0000${q.kind}`;
      let set = this.reported.get(el);
      if (!set) {
        set = new Set();
        this.reported.set(el, set);
      }
      if (set.has(key)) continue;
      set.add(key);
      fresh.push(q);
    }
    return fresh;
  }

  /** First pass over the whole page. */
  scanAll(): { model: TextModel; quotes: Quote[] }[] {
    const { model, quotes, people } = findQuotesAndPeople(this.doc);
    this.registry.update(people);
    this.seenText.add(model.text);
    return [{ model, quotes: this.keep(model, quotes) }];
  }

  /** Later passes: the smallest block-level elements around the added/changed nodes. */
  scanNodes(nodes: Node[]): { model: TextModel; quotes: Quote[] }[] {
    try {
      const targets: Element[] = [];
      for (const node of nodes) {
        let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
        while (el && !isBlockElement(el) && el.parentElement) el = el.parentElement;
        if (!el || !el.isConnected || insideFurniture(el)) continue;
        targets.push(el);
      }
      // Drop targets inside other targets, keep document order.
      const unique = targets.filter((el, i) => targets.indexOf(el) === i && !targets.some((o) => o !== el && o.contains(el)));
      unique.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      if (unique.length === 0) return [];
      const model = buildTextModel(unique, ARTICLE_TEXT);
      const found = detect(model.text, blockInfos(model), this.registry.persons);
      this.registry.update(found.people);
      const quotes = this.keep(model, found.quotes);
      return quotes.length ? [{ model, quotes }] : [];
    } catch {
      return [];
    }
  }
}

function insideFurniture(el: Element): boolean {
  for (let cur: Element | null = el; cur && cur.tagName.toLowerCase() !== 'body'; cur = cur.parentElement) if (isFurniture(cur)) return true;
  return false;
}
