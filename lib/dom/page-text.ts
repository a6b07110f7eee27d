// The article's text as the quote engine reads it: body found, flattened with offsets that map
// back to the DOM, and each block described in plain data that can cross a message boundary.
// The content script needs only this side: finding quotes in the text runs in the background.
import { findArticleRoots, isFurniture } from './article';
import { buildTextModel, isBlockElement, type TextModel, type TextModelOptions } from './text-model';

/** What the quote engine needs to know of a block besides its text. */
export interface BlockInfo {
  start: number;
  end: number;
  /** Lower-case tag of the block, or "blockquote" for anything inside a blockquote. */
  tag?: string;
  /** Blocks of one multi-paragraph element (a <blockquote> with several <p>) share a group number. */
  group?: number;
  /** The block is a byline or credit line (its class says so): names there are writers, not speakers. */
  byline?: boolean;
}

function blockTag(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'blockquote' || el.closest('blockquote')) return 'blockquote';
  return tag;
}

const BYLINE_CLASS = /byline|author|credit|contributor|writer|signature|autor|auteur|firma|verfasser/i;

function isBylineElement(el: Element): boolean {
  // The block itself or its parent (a <p> inside <div class="byline">).
  for (let cur: Element | null = el, n = 0; cur && n < 2; cur = cur.parentElement, n++) {
    const names = `${cur.getAttribute('class') ?? ''} ${cur.getAttribute('rel') ?? ''} ${cur.getAttribute('itemprop') ?? ''}`;
    if (BYLINE_CLASS.test(names)) return true;
  }
  return false;
}

const CREDIT_CLASS = /credit|crédit|credito|copyright/i;
const BYLINE_PREFIX = /(?:^|\s)(?:by|von|par|por|de|door|di|photo|foto|crédit|credit)\s*:?\s*$/i;

/**
 * A credit or an author's name set inline is a block of its own (and so a byline block): its name
 * neither ends a caption's sentence ("…: “Lo peor ya pasó”, dijo <span class="credito">Fabián
 * Marelli</span>") nor runs into the next words ("<span class="author">Léa Perrenoud</span>
 * <span>Publié: …</span>"). After its "By" it only ends the line, so the line still reads "By …".
 */
function setApartCredit(el: Element): 'block' | 'line' | null {
  if (isBlockElement(el)) return null;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (names.length <= 2 || !BYLINE_CLASS.test(names)) return null;
  // A pull quote's signature (<cite>, inside the blockquote) is read with the quote; a name a sentence
  // goes on from ("said <a class="author-link">Ann Reyes</a>, the mayor") is part of that sentence.
  if (el.tagName.toLowerCase() === 'cite' || el.closest('blockquote, q')) return null;
  const credit = CREDIT_CLASS.test(names);
  // A credit a sentence goes on from ("…, photographed by <span class="credit">X</span>, who …"), or an
  // author's name a sentence leads into ("said <a class="author-link">Ann Reyes</a>, the mayor").
  if (credit && /^\s*(?:[,;]|\p{Ll})/u.test(el.nextSibling?.textContent ?? '')) return null;
  if (!credit && /\p{Ll}\s*$/u.test(el.previousSibling?.textContent ?? '')) return null;
  const own = el.textContent ?? '';
  // A "Par" of its own (<span class="author-prefix">Par</span>) belongs with the name after it.
  if (BYLINE_PREFIX.test(own) && own.trim().split(/\s+/).length === 1) return null;
  let before = '';
  for (let sib = el.previousSibling; sib && before.length < 16; sib = sib.previousSibling) before = (sib.textContent ?? '') + before;
  return BYLINE_PREFIX.test(before) ? 'line' : 'block';
}

/** How the article's text is read, wherever it is read (whole page or changed subtrees). */
export const ARTICLE_TEXT: TextModelOptions = { skip: isFurniture, setApart: setApartCredit };

/** Block infos for a text model: tags (blockquote for anything inside one) and multi-paragraph groups. */
export function blockInfos(model: TextModel): BlockInfo[] {
  const groups = new Map<Element, number>();
  return model.blocks.map((b) => {
    const tag = blockTag(b.element);
    const bq = tag === 'blockquote' ? (b.element.tagName.toLowerCase() === 'blockquote' ? b.element : b.element.closest('blockquote')) : null;
    let group: number | undefined;
    if (bq) {
      if (!groups.has(bq)) groups.set(bq, groups.size);
      group = groups.get(bq);
    }
    return { start: b.start, end: b.end, tag, group, byline: isBylineElement(b.element) || undefined };
  });
}


/**
 * Text and blocks for plain paragraphs (a string is a <p>), joined by a blank line as the text
 * model joins blocks: for tests, benchmarks and evaluations that have no DOM.
 */
export function paragraphsText(paragraphs: readonly (string | { text: string; tag: string })[]): { text: string; blocks: BlockInfo[] } {
  let text = '';
  const blocks: BlockInfo[] = [];
  for (const p of paragraphs) {
    const para = typeof p === 'string' ? p : p.text;
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + para.length, tag: typeof p === 'string' ? 'p' : p.tag });
    text += para;
  }
  return { text, blocks };
}

/** `roots` can be found first (findArticleRoots), so a caller may yield to the page in between. */
export function readPage(doc: Document, roots: Element[] = findArticleRoots(doc)): { model: TextModel; blocks: BlockInfo[] } {
  const model = buildTextModel(roots, ARTICLE_TEXT);
  return { model, blocks: blockInfos(model) };
}
