// Finds the article body by paragraph-text scoring (Readability-style, but on the original
// document, read-only), then prunes page furniture so only the article's own elements remain.

import { isBlockElement, isHiddenElement } from './text-model';

const FURNITURE_TAGS = new Set(['nav', 'footer', 'form', 'button', 'menu', 'dialog', 'script', 'style', 'template', 'noscript', 'iframe', 'select', 'svg']);

// Class/id/role words of page furniture.
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|side-bar|rail|related|recommend(?:ed|ations)?|more-?stories|most-?(?:read|popular|viewed|shared)|popular|trending|comments?|comment-?list|disqus|replies|share|sharing|social|newsletter|signup|subscribe|subscription|paywall|cookie|cookies|consent|gdpr|banner|promo|promotion|advert|advertisement|ads?|ad-?slot|sponsor(?:ed)?|outbrain|taboola|footer|masthead|site-?header|topbar|toolbar|skip-?link|tags|topics|read-?more|also-?read|newsletter-?signup|author-?bio|byline-?social|modal|popup|overlay)(?:$|[\s_-])/i;

// Class words that keep an element even when it looks like furniture (pull quotes sit in asides).
const ARTICLE_WORDS = /(?:pull-?quote|pullquote|blockquote|quote|caption|figure|standfirst|article-?body|story-?body|body-?text|content-?body)/i;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
}

/** Page furniture: nav, sidebars, "most read", related links, comments, cookie banners, footers. */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  if (isHiddenElement(el) || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$/.test(role)) {
    return !ARTICLE_WORDS.test(classAndId(el));
  }
  const names = classAndId(el);
  if (tag === 'aside') return !ARTICLE_WORDS.test(names);
  if (names.trim() && FURNITURE_WORDS.test(names) && !ARTICLE_WORDS.test(names)) return true;
  return false;
}

/** Length of the text with white-space runs counted as one space and the ends trimmed, counted up to `cap`. */
function visibleLength(text: string, cap: number): number {
  let length = 0;
  let inSpace = true;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
      if (!inSpace) pendingSpace = true;
      inSpace = true;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    inSpace = false;
    // Callers compare with a threshold: reading on past it would only cost time.
    if (++length >= cap) return cap;
  }
  return length;
}

/** The element whose paragraphs carry the most text (each <p> scores its parent fully, grandparent half). */
/** The best container, and the other whole articles beside it (infinite scroll appends the next story as another <article>). */
function bestContainer(doc: Document): { container: Element | null; further: Element[] } {
  const explicit = doc.querySelector('[itemprop="articleBody"], [data-component="text-block"] , .article-body, .story-body, .article__body, .entry-content, .post-content');
  const scores = new Map<Element, number>();
  const articleScores = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p, pre, blockquote');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (hasFurnitureAncestor(p)) continue;
    // One textContent read per paragraph; length and commas are counted on it without building new strings.
    const raw = p.textContent ?? '';
    const len = visibleLength(raw, 300);
    if (len < 25) continue;
    let commas = 1;
    for (let at = raw.indexOf(','); at >= 0; at = raw.indexOf(',', at + 1)) commas++;
    for (let at = raw.indexOf('，'); at >= 0; at = raw.indexOf('，', at + 1)) commas++;
    const score = 1 + commas + Math.min(Math.floor(len / 100), 3);
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    const article = p.closest('article');
    if (article) articleScores.set(article, (articleScores.get(article) ?? 0) + score);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // Prefer an enclosing <article>/<main> so the headline, standfirst and captions come along.
  const wrapper = best?.closest('article') ?? explicit?.closest('article') ?? null;
  if (!wrapper || isFurniture(wrapper)) return { container: best ?? explicit ?? doc.querySelector('article, main') ?? doc.body, further: [] };
  // Other stories as long as a short article, outside the page's furniture, and not teasers (a
  // headline and a line) nor nested in the main one.
  const qualifying: Element[] = [];
  for (const [article, score] of articleScores) {
    if (score < MIN_FURTHER_ARTICLE_SCORE || article === wrapper || article.contains(wrapper) || wrapper.contains(article)) continue;
    if (!isFurniture(article) && !hasFurnitureAncestor(article)) qualifying.push(article);
  }
  // (The outermost of nested stories: a story that embeds another is read whole.)
  const further = qualifying.filter((article) => !qualifying.some((other) => other !== article && other.contains(article)));
  return { container: wrapper, further };
}

/** A further <article>'s paragraphs must score at least this (about six paragraphs with a comma or two). */
const MIN_FURTHER_ARTICLE_SCORE = 24;

const furnitureAncestorCache = new WeakMap<Element, boolean>();

function hasFurnitureAncestor(el: Element): boolean {
  const path: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const cached = furnitureAncestorCache.get(cur);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    path.push(cur);
    const tag = cur.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') break;
    if (isFurniture(cur)) {
      result = true;
      break;
    }
  }
  for (const p of path) furnitureAncestorCache.set(p, result);
  return result;
}

/** Splits `root` into maximal subtrees free of furniture. Linear: one pass marks furniture and its ancestors. */
function pruneFurniture(root: Element, out: Element[]): void {
  if (isFurniture(root)) return;
  const dirty = new Set<Element>();
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!isFurniture(el)) continue;
    for (let cur = el.parentElement; cur && !dirty.has(cur); cur = cur.parentElement) {
      dirty.add(cur);
      if (cur === root) break;
    }
  }
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (isFurniture(el)) continue;
    if (!dirty.has(el)) {
      out.push(el);
      continue;
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/**
 * The elements holding the article's body (headline, standfirst, paragraphs, captions, pull quotes,
 * blockquotes), without nav, sidebars, "most read", related links, comments, cookie banners, footers.
 * Never mutates `doc`.
 */
export function findArticleRoots(doc: Document): Element[] {
  try {
    if (!doc || !doc.body) return doc?.documentElement ? [doc.documentElement] : [];
    const best = bestContainer(doc);
    const container = best.container ?? doc.body;
    const roots: Element[] = [];
    for (const article of best.further) pruneFurniture(article, roots);
    // Headline and standfirst often sit in a header above the body container.
    const h1 = doc.querySelector('h1');
    // (Not when it heads a further story already read: its headline would be read twice.)
    if (h1 && !container.contains(h1) && !hasFurnitureAncestor(h1) && !roots.some((root) => root.contains(h1))) {
      const header = h1.closest('header');
      const intro = header && !header.contains(container) && visibleLength(header.textContent ?? '', 1500) < 1500 ? header : h1;
      pruneFurniture(intro, roots);
    }
    pruneFurniture(container, roots);
    // Captions and pull quotes placed outside the container but next to it.
    const extras = doc.querySelectorAll('figcaption, blockquote, [class*="pull"]');
    const parent = container.parentElement;
    for (let i = 0; i < extras.length; i++) {
      const el = extras[i];
      if (!parent || !parent.contains(el) || container.contains(el)) continue;
      if (roots.some((r) => r.contains(el) || el.contains(r))) continue;
      if (hasFurnitureAncestor(el) && !ARTICLE_WORDS.test(classAndId(el))) continue;
      roots.push(el);
    }
    // Keep document order so block indices read top to bottom.
    roots.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return roots.filter((el) => isBlockElement(el) || el.tagName.toLowerCase() !== 'br');
  } catch {
    return doc?.body ? [doc.body] : [];
  }
}
