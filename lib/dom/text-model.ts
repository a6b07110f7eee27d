// Flattens article DOM into one string with offsets that map back to DOM positions,
// so text-level quote detection can be highlighted exactly where it sits.

export interface TextBlock {
  start: number;
  end: number;
  element: Element;
}

export interface TextModel {
  /** Flat text: blocks joined by "\n\n", whitespace collapsed, soft hyphens / zero-width chars removed, NBSP -> space, <br> -> "\n". */
  text: string;
  /** One per paragraph-level element, in document order. */
  blocks: TextBlock[];
  /** DOM Range for flat offsets [start, end) (end exclusive); null if the nodes are gone. */
  rangeFor(start: number, end: number): Range | null;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'html', 'center', 'menu', 'legend', 'picture', 'video', 'audio',
]);

const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head',
  'title', 'meta', 'link', 'button', 'select', 'textarea', 'input', 'option',
]);

// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, so never part of the flat text.
// Everything the browser collapses as white space, plus NBSP-like spaces that read as a space.

// Text a node can keep unchanged lacks these: other white space than single plain spaces, and invisible chars.
// The char-by-char path below is for the rest; most text nodes of an article take this test only.
const NEEDS_MAPPING = /[^\S ]| {2}|[\u00AD\u200B-\u200D\u2060\uFEFF]/;

function isInvisibleCode(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

/** White space as /\s/ sees it (plus NBSP, narrow NBSP and figure space), by char code for speed. */
function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toLowerCase());
}

/** Elements a reader never sees: hidden attribute or inline display:none / visibility:hidden. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/**
 * One run of flat text produced by a single text node (node !== null) or inserted by the model
 * itself (block separators, <br> newlines, the marks a browser draws around <q>).
 * `rawOffsets[i]` is the offset in node.data of flat char `flatStart + i`.
 */
interface Segment {
  flatStart: number;
  flatEnd: number;
  node: Text | null;
  rawOffsets: Int32Array | null;
  rawEnd: number;
}

class Builder {
  parts: string[] = [];
  length = 0;
  segments: Segment[] = [];
  blocks: TextBlock[] = [];
  blockStart = -1;
  blockElement: Element | null = null;
  /** The last emitted char was white space (or nothing yet in this block), so more space collapses. */
  pendingSpace = false;
  atBlockStart = true;

  private emit(str: string, node: Text | null, rawOffsets: Int32Array | null, rawEnd: number): void {
    if (!str) return;
    this.parts.push(str);
    this.segments.push({ flatStart: this.length, flatEnd: this.length + str.length, node, rawOffsets, rawEnd });
    this.length += str.length;
  }

  private openBlockIfNeeded(element: Element): void {
    if (this.blockStart >= 0) return;
    if (this.blocks.length > 0) this.emit('\n\n', null, null, 0);
    this.blockStart = this.length;
    this.blockElement = element;
    this.atBlockStart = true;
    this.pendingSpace = false;
  }

  /** Ends the current block; trailing collapsed space was never emitted, so nothing to trim. */
  closeBlock(): void {
    if (this.blockStart < 0) return;
    if (this.length > this.blockStart && this.blockElement) {
      this.blocks.push({ start: this.blockStart, end: this.length, element: this.blockElement });
    }
    this.blockStart = -1;
    this.blockElement = null;
  }

  addText(node: Text, blockElement: Element): void {
    const data = node.data;
    if (data.length > 0 && data.charCodeAt(0) !== 32 && !NEEDS_MAPPING.test(data)) {
      this.addPlainText(node, data, blockElement);
      return;
    }
    // Kept text is gathered as slices of `data` and offsets are only materialised once a char is
    // dropped or a space run is collapsed: most text nodes map one to one.
    const pieces: string[] = [];
    let offsets = null as Int32Array | null;
    let outLength = 0;
    let runStart = -1;
    let spaceRaw = -1;
    const flush = (i: number) => {
      if (runStart < 0) return;
      pieces.push(data.slice(runStart, i));
      if (offsets) for (let k = runStart; k < i; k++) offsets[outLength++] = k;
      else outLength += i - runStart;
      runStart = -1;
    };
    const materialise = () => {
      if (offsets) return;
      offsets = new Int32Array(data.length + 1);
      for (let k = 0; k < outLength; k++) offsets[k] = k;
    };
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisibleCode(code)) {
        flush(i);
        materialise();
        continue;
      }
      if (isSpaceCode(code)) {
        // A single plain space inside a run stays in the run; anything else is collapsed below.
        if (code === 32 && !this.pendingSpace && runStart >= 0 && i + 1 < data.length && !isSpaceCode(data.charCodeAt(i + 1)) && !isInvisibleCode(data.charCodeAt(i + 1))) continue;
        flush(i);
        if (!this.pendingSpace) spaceRaw = i;
        this.pendingSpace = true;
        continue;
      }
      if (this.blockStart < 0) this.openBlockIfNeeded(blockElement);
      if (this.pendingSpace && !this.atBlockStart) {
        if (spaceRaw >= 0) {
          if (outLength !== spaceRaw || data.charCodeAt(spaceRaw) !== 32 || spaceRaw + 1 !== i) materialise();
          pieces.push(' ');
          if (offsets) offsets[outLength] = spaceRaw;
          outLength++;
        } else {
          // A space owed by an earlier node; nothing of this node has been kept yet.
          this.emit(' ', null, null, 0);
        }
      }
      this.pendingSpace = false;
      spaceRaw = -1;
      this.atBlockStart = false;
      if (runStart < 0) {
        runStart = i;
        if (outLength !== i) materialise();
      }
    }
    flush(data.length);
    this.emitPieces(pieces, node, offsets, outLength);
  }

  /** Text whose only white space is single plain spaces, none leading: kept as it is, with no offset table. */
  private addPlainText(node: Text, data: string, blockElement: Element): void {
    const trailingSpace = data.charCodeAt(data.length - 1) === 32;
    if (this.blockStart < 0) this.openBlockIfNeeded(blockElement);
    if (this.pendingSpace && !this.atBlockStart) this.emit(' ', null, null, 0);
    this.atBlockStart = false;
    this.emit(trailingSpace ? data.slice(0, -1) : data, node, null, 0);
    this.pendingSpace = trailingSpace;
  }

  private emitPieces(pieces: string[], node: Text, offsets: Int32Array | null, length: number): void {
    if (length === 0) return;
    this.emit(pieces.length === 1 ? pieces[0] : pieces.join(''), node, offsets ? offsets.slice(0, length) : null, 0);
  }

  addLineBreak(blockElement: Element): void {
    if (this.blockStart < 0) return; // a <br> before any text adds nothing visible to the flat text
    this.openBlockIfNeeded(blockElement);
    this.emit('\n', null, null, 0);
    this.pendingSpace = false;
    this.atBlockStart = true;
  }

  addVirtual(str: string, blockElement: Element): void {
    this.openBlockIfNeeded(blockElement);
    if (this.pendingSpace && !this.atBlockStart) this.emit(' ', null, null, 0);
    this.pendingSpace = false;
    this.atBlockStart = false;
    this.emit(str, null, null, 0);
  }
}

/**
 * Builds the flat text of `roots` by an explicit-stack walk (no recursion, so deep trees cannot
 * blow the call stack). Elements for which `skip` returns true are left out with their subtrees.
 */
export interface TextModelOptions {
  /** Elements left out with their subtree (page furniture). */
  skip?: (el: Element) => boolean;
  /**
   * Inline elements set apart from the words around them: 'block' reads one as a block of its own,
   * 'line' ends the line after it (as a <br> would).
   */
  setApart?: (el: Element) => 'block' | 'line' | null;
}

export function buildTextModel(roots: Element[], options?: TextModelOptions): TextModel {
  const skip = options?.skip;
  const setApart = options?.setApart;
  const b = new Builder();
  const QUOTE_OPEN = '\u201C';
  const QUOTE_CLOSE = '\u201D';

  for (const root of roots) {
    if (!root) continue;
    // Stack entries: a node to visit, or a marker to run when an element's subtree is done.
    type Frame = { node: Node; exit: false; block: Element } | { node: Element; exit: true; block: Element };
    const rootBlock = root;
    const stack: Frame[] = [{ node: root, exit: false, block: rootBlock }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      if (frame.exit) {
        const el = frame.node;
        const tag = el.tagName.toLowerCase();
        if (tag === 'q') b.addVirtual(QUOTE_CLOSE, frame.block);
        if (isBlockElement(el) || el === root) b.closeBlock();
        else if (setApart) {
          const apart = setApart(el);
          if (apart === 'block') b.closeBlock();
          else if (apart === 'line') b.addLineBreak(frame.block);
        }
        continue;
      }
      const node = frame.node;
      if (node.nodeType === 3) {
        b.addText(node as Text, frame.block);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (SKIP_TAGS.has(tag) || isHiddenElement(el) || (skip && skip(el))) continue;
      if (tag === 'br') {
        b.addLineBreak(frame.block);
        continue;
      }
      const isBlock = isBlockElement(el) || el === root || (setApart !== undefined && setApart(el) === 'block');
      if (isBlock) b.closeBlock();
      const block = isBlock ? el : frame.block;
      if (tag === 'q') b.addVirtual(QUOTE_OPEN, block);
      stack.push({ node: el, exit: true, block });
      const children = el.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false, block });
    }
    b.closeBlock();
  }

  const text = b.parts.join('');
  const segments = b.segments;
  const blocks = b.blocks;
  const doc = roots.find((r) => r)?.ownerDocument ?? null;

  /** DOM position for a flat offset; `preferEnd` picks the end of the previous text at a boundary. */
  function positionFor(offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
    // Binary search for the segment containing offset.
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      if (offset < s.flatStart) hi = mid - 1;
      else if (offset >= s.flatEnd) lo = mid + 1;
      else {
        found = mid;
        break;
      }
    }
    if (found < 0) found = Math.min(lo, segments.length - 1);
    if (preferEnd) {
      // End positions: the end of the last real text char before `offset`.
      for (let i = found; i >= 0; i--) {
        const s = segments[i];
        if (!s.node || s.flatStart >= offset) continue;
        const idx = Math.min(offset, s.flatEnd) - 1 - s.flatStart;
        const raw = s.rawOffsets ? s.rawOffsets[idx] : idx;
        return { node: s.node, offset: raw + 1 };
      }
      return null;
    }
    for (let i = found; i < segments.length; i++) {
      const s = segments[i];
      if (!s.node || s.flatEnd <= offset) continue;
      const idx = Math.max(offset, s.flatStart) - s.flatStart;
      const raw = s.rawOffsets ? s.rawOffsets[idx] : idx;
      return { node: s.node, offset: raw };
    }
    return null;
  }

  function rangeFor(start: number, end: number): Range | null {
    if (!doc || start < 0 || end > text.length || start >= end) return null;
    const a = positionFor(start, false);
    const z = positionFor(end, true);
    if (!a || !z) return null;
    if (!a.node.isConnected || !z.node.isConnected) return null;
    if (a.offset > a.node.data.length || z.offset > z.node.data.length) return null;
    try {
      const range = doc.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(z.node, z.offset);
      return range;
    } catch {
      return null;
    }
  }

  return { text, blocks, rangeFor };
}
