import { Readability } from '@mozilla/readability';
import type { SourceDoc, SourceMeta } from '../types';
import { SourceError } from './errors';
import { FRONT_MATTER_KEYS, splitFrontMatter, type FrontMatter } from './front-matter';

/** Larger files are almost certainly not a transcript, and would stall the index builder. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.json', '.srt', '.vtt', '.html', '.htm'] as const;

/** A DOMParser-compatible HTML parser: the browser's DOMParser, or linkedom's in Node. */
export type ParseHtml = (html: string) => Document;

export interface ParseOptions {
  /** Needed for .html sources where no global DOMParser exists (Node). */
  parseHtml?: ParseHtml;
}

type Turn = NonNullable<SourceDoc['turns']>[number];
type Cue = NonNullable<SourceDoc['cues']>[number];

/** Parse one file's bytes into source documents. Throws SourceError with a clear reason for bad input. */
export function parseSource(
  fileName: string,
  data: Uint8Array | string,
  defaults?: Partial<SourceMeta>,
  options: ParseOptions = {},
): SourceDoc[] {
  const extension = extensionOf(fileName);
  if (!(SOURCE_EXTENSIONS as readonly string[]).includes(extension)) {
    const shown = extension === '' ? 'no extension' : `"${extension}"`;
    throw new SourceError(fileName, `unsupported file type (${shown}); expected ${SOURCE_EXTENSIONS.join(', ')}`);
  }
  const raw = decodeSource(fileName, data);
  const base = baseMeta(fileName, defaults);

  switch (extension) {
    case '.json':
      return parseJson(fileName, raw, base);
    case '.srt':
    case '.vtt':
      return [{ ...base, ...parseSubtitles(fileName, raw) }];
    case '.html':
    case '.htm':
      return [parseHtmlSource(fileName, raw, base, options.parseHtml)];
    default:
      return [parseTextFile(fileName, raw, base)];
  }
}

export function tooLargeReason(bytes: number): string {
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return `too large (${mb(bytes)} MB, limit ${mb(MAX_SOURCE_BYTES)} MB)`;
}

function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Bytes → text, refusing what is not a text file so garbage never reaches the index. */
function decodeSource(file: string, data: Uint8Array | string): string {
  let text: string;
  if (typeof data === 'string') {
    // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
    if (data.length * 3 > MAX_SOURCE_BYTES) {
      const bytes = new TextEncoder().encode(data).length;
      if (bytes > MAX_SOURCE_BYTES) throw new SourceError(file, tooLargeReason(bytes));
    }
    text = data.replace(/^\uFEFF/, '');
  } else {
    if (data.length > MAX_SOURCE_BYTES) throw new SourceError(file, tooLargeReason(data.length));
    if (data.includes(0)) throw new SourceError(file, 'binary file (contains NUL bytes)');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new SourceError(file, 'not valid UTF-8 text (save it as UTF-8)');
    }
  }
  if (text.includes('\0')) throw new SourceError(file, 'binary file (contains NUL bytes)');
  if (text.trim() === '') throw new SourceError(file, 'empty file');
  const share = controlShare(text);
  if (share > 0.05) {
    throw new SourceError(file, `binary file (${Math.round(share * 100)}% control characters)`);
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Share of C0 control characters other than ordinary whitespace, sampled from the start. */
function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) {
      controls++;
    }
  }
  return controls / sample.length;
}

function baseMeta(fileName: string, defaults: Partial<SourceMeta> = {}): SourceMeta {
  const path = fileName.replace(/\\/g, '/');
  const withoutExtension = path.replace(/\.[^./]+$/, '');
  const name = withoutExtension.split('/').pop() ?? withoutExtension;
  return {
    id: withoutExtension,
    title: name,
    speaker: null,
    date: null,
    url: null,
    ...definedOnly(defaults),
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;
}

function withFrontMatter(base: SourceMeta, meta: FrontMatter): SourceMeta {
  return { ...base, ...(definedOnly(meta) as Partial<SourceMeta>) };
}

// ---------------------------------------------------------------- .txt / .md

function parseTextFile(file: string, raw: string, base: SourceMeta): SourceDoc {
  const { meta, body } = splitFrontMatter(file, raw);
  const lines = body.split('\n').map(stripMarkdownLine);
  const doc = { ...withFrontMatter(base, meta), ...buildTurns(lines) };
  if (doc.text === '') throw new SourceError(file, 'no text after the front matter');
  return doc;
}

/**
 * Make one line of markdown (or markdown-ish .txt, as in the bundled corpus) read as plain prose:
 * drop the markers, keep the words and the punctuation.
 */
export function stripMarkdownLine(line: string): string {
  let out = line.trim();
  if (/^([-*_])(\s*\1){2,}$/.test(out) || /^=+$/.test(out)) return ''; // horizontal rule, setext underline
  out = out
    .replace(/^(>\s?)+/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-*+]\s+/, '');
  // Most lines of a transcript have no inline markup; the checks keep loading a large corpus fast.
  if (out.endsWith('#')) out = out.replace(/\s+#+$/, '');
  if (out.includes('](')) {
    out = out.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  }
  if (out.includes('*')) {
    out = out
      .replace(/\*{2,}/g, '')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1$2');
  }
  if (out.includes('_')) {
    out = out
      .replace(/(^|[^\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  }
  if (out.includes('`')) out = out.replace(/`([^`]+)`/g, '$1');
  return out.trim();
}

// ---------------------------------------------------------------- speaker turns

/** Title-case words that start ordinary sentences or lists ("In Africa: …", "Second: …"), never a speaker label. */
const NON_SPEAKER_STARTS = new Set(
  'a an and as at but by for from here if in it its let my note on or our see so source that the these this those there to update we what when where why with yes no one two three four five first second third fourth fifth finally'
    .split(' '),
);
const NAME_PARTICLES = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'di', 'du', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'la', 'le']);
const LABEL_LINE = /^([\p{Lu}][^:]{0,50}?)\s*:(?:\s+(.*))?$/u;

/** If the line starts with a speaker label ("KHAWAJA ASIF:", "Q:", "Mr. Smith:"), split it off. */
export function speakerLabel(line: string): { speaker: string; rest: string } | null {
  const match = LABEL_LINE.exec(line);
  if (!match) return null;
  // A role note such as "(voice-over)" or "(D-NY)" is not part of the name.
  const label = match[1].replace(/\s*\([^)]*\)\s*$/, '').trim();
  const words = label.split(/\s+/);
  if (words.length > 5 || /\d/.test(label)) return null;
  const nameWord = /^[\p{Lu}][\p{L}'’.-]*$/u;
  if (!words.every((word, i) => nameWord.test(word) || (i > 0 && NAME_PARTICLES.has(word)))) return null;
  const shouting = label === label.toUpperCase();
  if (!shouting && NON_SPEAKER_STARTS.has(words[0].toLowerCase())) return null;
  return { speaker: label, rest: (match[2] ?? '').trim() };
}

/**
 * Labels must recur: in a real exchange someone speaks twice, whereas a list of run-in headings
 * ("First: …", "Climate Change: …") names each label once.
 */
function looksLikeTranscript(labels: ({ speaker: string } | null)[]): boolean {
  const speakers = labels.filter((label) => label !== null).map((label) => label.speaker);
  return speakers.length >= 2 && new Set(speakers).size < speakers.length;
}

/**
 * Join cleaned lines into text; when the lines read as a transcript, record turns and drop the labels
 * from the text (a label is metadata, not words anyone said).
 */
function buildTurns(lines: string[]): { text: string; turns?: Turn[] } {
  const labelled = lines.map(speakerLabel);
  const useTurns = looksLikeTranscript(labelled);

  let text = '';
  let blankPending = false;
  const turns: Turn[] = [];
  let open: { start: number; speaker: string } | null = null;
  const close = () => {
    if (open && open.start >= 0 && open.start < text.length) {
      turns.push({ start: open.start, end: text.length, speaker: open.speaker });
    }
    open = null;
  };

  lines.forEach((line, i) => {
    const label = useTurns ? labelled[i] : null;
    let content = line;
    if (label) {
      close();
      open = { start: -1, speaker: label.speaker };
      content = label.rest;
    }
    if (content === '') {
      blankPending = text !== '';
      return;
    }
    if (text !== '') text += blankPending ? '\n\n' : '\n';
    blankPending = false;
    if (open && open.start < 0) open.start = text.length;
    text += content;
  });
  close();
  return useTurns ? { text, turns } : { text };
}

// ---------------------------------------------------------------- .json

function parseJson(file: string, raw: string, base: SourceMeta): SourceDoc[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new SourceError(file, `invalid JSON (${(error as Error).message})`);
  }
  const entries: unknown[] = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.documents)
      ? value.documents
      : [value];
  if (entries.length === 0) throw new SourceError(file, 'no documents in the JSON');

  return entries.map((entry, index) => {
    if (!isRecord(entry)) throw new SourceError(file, `entry ${index}: expected an object with "text"`);
    if (typeof entry.text !== 'string' || entry.text.trim() === '') {
      throw new SourceError(file, `entry ${index}: missing or empty "text"`);
    }
    const meta: Record<string, string> = {};
    for (const key of FRONT_MATTER_KEYS) {
      const field = entry[key];
      if (typeof field === 'string' || typeof field === 'number') meta[key] = String(field);
    }
    const id = meta.id ?? (entries.length > 1 ? `${base.id}#${index}` : base.id);
    const text = entry.text.replace(/\r\n?/g, '\n').trim();
    return { ...base, ...meta, id, ...buildTurns(text.split('\n').map((line) => line.trim())) };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------- .srt / .vtt

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;

/** Subtitles become flowing prose; each cue keeps its start time as a range of that prose. */
function parseSubtitles(file: string, raw: string): { text: string; cues: Cue[]; turns?: Turn[] } {
  const parsed: { seconds: number; text: string; voice: string | null }[] = [];
  let previousLastLine = '';
  // Blocks are separated by blank lines; the separators are kept to count lines for error messages.
  const pieces = raw.split(/(\n[ \t]*(?:\n[ \t]*)+\n?)/);
  let lineNumber = 1;
  for (let p = 0; p < pieces.length; p += 2) {
    const lines = pieces[p].split('\n');
    const blockStart = lineNumber;
    lineNumber += lines.length - 1 + (pieces[p + 1] ?? '').split('\n').length - 1;
    const timingIndex = lines.findIndex((line) => line.includes('-->'));
    if (timingIndex < 0) continue; // header, NOTE, STYLE, REGION, stray cue numbers
    const timing = TIMING.exec(lines[timingIndex]);
    if (!timing) {
      throw new SourceError(file, `line ${blockStart + timingIndex}: bad cue timing "${lines[timingIndex].trim()}"`);
    }
    const body = lines.slice(timingIndex + 1).join('\n');
    const voice = VOICE.exec(body)?.[1].trim() ?? null;
    const cueLines = cleanCueLines(body);
    // Rolling captions repeat the previous cue's last line as their first (or alone, in a brief
    // "hold" cue); keep it once. Short lines may be genuine repeats ("No. No."), so they stay.
    const repeated = cueLines[0] === previousLastLine;
    if (repeated && (cueLines.length > 1 || previousLastLine.split(' ').length >= 3)) cueLines.shift();
    previousLastLine = cueLines[cueLines.length - 1] ?? previousLastLine;
    const text = cueLines.join(' ');
    if (text !== '') parsed.push({ seconds: toSeconds(timing[1]), text, voice });
  }
  if (parsed.length === 0) throw new SourceError(file, 'no subtitle cues found');

  // Without <v> tags, transcripts often put "NAME:" at the start of a cue.
  const labels = parsed.map((cue) => speakerLabel(cue.text));
  const useLabels = !parsed.some((cue) => cue.voice) && looksLikeTranscript(labels);

  let text = '';
  const cues: Cue[] = [];
  const turns: Turn[] = [];
  let speaker: string | null = null;
  parsed.forEach((cue, i) => {
    const label = useLabels ? labels[i] : null;
    const cueSpeaker = cue.voice ?? label?.speaker ?? speaker;
    const words = label ? label.rest : cue.text;
    if (words === '') {
      speaker = cueSpeaker;
      return;
    }
    const changed = cueSpeaker !== speaker;
    if (text !== '') text += changed ? '\n' : ' ';
    const start = text.length;
    text += words;
    cues.push({ start, end: text.length, seconds: cue.seconds });
    if (cueSpeaker && (changed || turns.length === 0)) turns.push({ start, end: text.length, speaker: cueSpeaker });
    else if (cueSpeaker) turns[turns.length - 1].end = text.length;
    speaker = cueSpeaker;
  });
  return turns.length > 0 ? { text, cues, turns } : { text, cues };
}

function cleanCueLines(body: string): string[] {
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/<[^>]*>/g, '')
        .replace(/\{\\[^}]*\}/g, '')
        .replace(/\[[^\]]*\]/g, '') // sound notes such as [applause] are not speech
        .replace(/^\s*[-–]\s+/, '')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** The few character references subtitle files use; WebVTT escapes &, < and > this way. */
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

function decodeEntity(reference: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
}

function toSeconds(stamp: string): number {
  const [clock, fraction] = stamp.split(/[.,]/);
  const seconds = clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return seconds + Number(`0.${fraction}`);
}

// ---------------------------------------------------------------- .html

const BLOCK_TAGS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table td th tr ul'
    .split(' '),
);

function parseHtmlSource(file: string, raw: string, base: SourceMeta, parseHtml?: ParseHtml): SourceDoc {
  const parse = parseHtml ?? defaultParseHtml(file);
  const page = parse(raw);
  const metaContent = (selector: string) => page.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const title = metaContent('meta[property="og:title"]') ?? (page.title.trim() || null);
  const published = metaContent('meta[property="article:published_time"]');
  const url =
    page.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    metaContent('meta[property="og:url"]');

  // Readability rewrites the document it is given, so the metadata above is read first.
  const article = new Readability(page).parse();
  const root = article?.content ? parse(`<!doctype html><html><body>${article.content}</body></html>`).body : page.body;
  const lines = root ? blockText(root).split('\n').map((line) => line.replace(/\s+/g, ' ').trim()) : [];
  const { text, turns } = buildTurns(lines);
  if (text === '') throw new SourceError(file, 'no readable text in the HTML');

  const found = definedOnly({ title, url, date: published ? isoDate(published) : null }) as Partial<SourceMeta>;
  return { ...base, ...found, text, ...(turns ? { turns } : {}) };
}

function defaultParseHtml(file: string): ParseHtml {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) throw new SourceError(file, 'HTML sources need a DOM parser here (pass options.parseHtml)');
  return (html) => new Parser().parseFromString(html, 'text/html');
}

/** Text of a subtree with block boundaries as line breaks, so paragraphs and turn labels survive. */
function blockText(node: Node): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  const tag = (node as Element).tagName?.toLowerCase() ?? '';
  if (tag === 'script' || tag === 'style' || tag === 'noscript') return '';
  if (tag === 'br') return '\n';
  let inner = '';
  node.childNodes.forEach((child) => {
    inner += blockText(child);
  });
  return BLOCK_TAGS.has(tag) ? `\n${inner}\n` : inner;
}

function isoDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}
