// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findQuotes, detectQuotes, detect, QuoteScanner } from '../../lib/quotes/index';
import { buildTextModel } from '../../lib/dom/text-model';
import { detect as detectParagraphs } from './helpers';

describe('hostile input', () => {
  it('handles an empty document', () => {
    const { document: doc } = parseHTML('<html><body></body></html>');
    const { model, quotes } = findQuotes(doc as unknown as Document);
    expect(model.text).toBe('');
    expect(quotes).toEqual([]);
    expect(detectQuotes('', [])).toEqual([]);
  });

  it('walks 10,000 nested elements without recursion', () => {
    const depth = 10000;
    const { document: doc } = parseHTML(`<html><body>${'<div>'.repeat(depth)}<p>“Deep down,” said Ana Costa.</p>${'</div>'.repeat(depth)}</body></html>`);
    const { quotes } = findQuotes(doc as unknown as Document);
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['Deep down,', 'Ana Costa']]);
  });

  it('handles a 5 MB paragraph with a quote at the end', () => {
    const filler = 'word '.repeat(1_000_000);
    const text = `${filler}and then “the end,” said Ana Costa.`;
    const quotes = detectQuotes(text, [{ start: 0, end: text.length }]);
    expect(quotes.map((q) => q.text)).toEqual(['the end,']);
  });

  it('keeps thousands of unbalanced marks inside their paragraphs', () => {
    const junk = '“ '.repeat(3000) + '" '.repeat(3000) + "‘ ".repeat(3000);
    const text = `${junk}\n\n“A real quote here,” said Ana Costa.`;
    const blocks = [{ start: 0, end: junk.length }, { start: junk.length + 2, end: text.length }];
    const quotes = detectQuotes(text, blocks);
    expect(quotes.map((q) => q.text)).toEqual(['A real quote here,']);
  });

  it('ignores quotes in scripts, styles and templates', () => {
    document.body.innerHTML = '<article><p>Plain text without any quotations at all in it.</p><script>var s = "“not a quote,” said X";</script><style>q::before{content:"“"}</style><template><p>“Hidden,” said Y.</p></template></article>';
    expect(findQuotes(document).quotes).toEqual([]);
  });

  it('scans added nodes incrementally and reports only new quotes', () => {
    document.body.innerHTML = '<article><p>“First words,” said Ana Costa on Monday in the capital.</p></article>';
    const scanner = new QuoteScanner(document);
    expect(scanner.scanAll().flatMap((r) => r.quotes.map((q) => q.text))).toEqual(['First words,']);
    const p = document.createElement('p');
    p.textContent = '“Second words,” Costa added.';
    document.querySelector('article')!.appendChild(p);
    const later = scanner.scanNodes([p]);
    expect(later.flatMap((r) => r.quotes.map((q) => q.text))).toEqual(['Second words,']);
    const range = later[0].model.rangeFor(later[0].quotes[0].start, later[0].quotes[0].end);
    expect(range?.toString()).toBe('Second words,');
    expect(scanner.scanNodes([p])).toEqual([]);
  });

  it('cuts blocks that reach past the text instead of looping for ever', () => {
    const text = 'He said “it is fine” and left the room now.';
    expect(detectQuotes(text, [{ start: 0, end: text.length + 6, tag: 'p' }] as never).map((q) => q.text)).toEqual(['it is fine']);
    expect(detectQuotes(text, [{ start: 10, end: 5, tag: 'p' }, { start: 60, end: 70, tag: 'p' }] as never)).toEqual([]);
  });

  it('builds a text model from no roots', () => {
    const model = buildTextModel([]);
    expect(model.text).toBe('');
    expect(model.rangeFor(0, 1)).toBeNull();
  });

  // detectQuotes catches what the engine throws and returns no quotes, which would hide a crash
  // that empties a page: call the engine underneath it on scrambled news words around quotes.
  it('a page where hundreds share a surname still gives each bare surname the person named just before (the namesakes are not compared one by one)', () => {
    const firstNames = Array.from({ length: 300 }, (_, i) => `Ko${'ba'.repeat(1 + (i % 7))}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const paragraphs = firstNames.map((first) => `${first} Smith said the plan was “fine”. “It works,” Smith said.`);
    const quotes = detectParagraphs(...paragraphs);
    expect(quotes).toHaveLength(600);
    for (let i = 0; i < firstNames.length; i++) {
      expect(quotes[2 * i + 1]!.speaker?.name, `paragraph ${i}`).toBe(`${firstNames[i]} Smith`);
    }
    // The same name written again in full is the same person, not a new namesake.
    const again = detectParagraphs(...paragraphs, `${firstNames[10]} Smith came back. “Still fine,” Smith said.`);
    expect(again.at(-1)!.speaker?.name).toBe(`${firstNames[10]} Smith`);
  });

  it('a page of hundreds of ministers gives each "the minister" the one named just before (the office holders are not compared one by one)', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Ko${'ba'.repeat(1 + (i % 7))}${String.fromCharCode(97 + (i % 26))} Ri${'ne'.repeat(1 + (i % 5))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const paragraphs = names.map((name) => `Minister ${name} spoke on Monday. “It works,” the minister said.`);
    const quotes = detectParagraphs(...paragraphs);
    expect(quotes).toHaveLength(200);
    for (let i = 0; i < names.length; i++) expect(quotes[i]!.speaker?.name, `paragraph ${i}`).toBe(names[i]);
    // A qualified office is the holder it qualifies, however long ago they were named.
    const finance = detectParagraphs('Finance Minister Ada Okonkwo-Lind opened the debate.', ...paragraphs, '“We will pay,” the finance minister said.');
    expect(finance.at(-1)!.speaker?.name).toBe('Ada Okonkwo-Lind');
  });

  it('classifies a long quote of capitalised runs without backtracking', () => {
    const qs = detectParagraphs('Ada Lovelace spoke to the society.', `She called it “${'ABCDEFGH '.repeat(40)}x”, and left.`);
    expect(qs.map((q) => q.kind)).toEqual(['fragment']);
  });

  it('never throws on 3,000 scrambled snippets of reporting verbs, names and quotes in headings and paragraphs', () => {
    const words = ['said', 'says', 'Says', 'dijo', 'a-t-il', 'sagte', 'Warns', 'the', 'minister', 'Anna', 'Smith', 'María', 'López', 'who', 'que', 'y', 'le', 'pidió', 'elle', 'lui', ',', '.', ':', ';', '—', 'Según', 'l’ancienne', 'The', '61-year-old', 'CM', 'Ende', 'Oktober', 'ISLAMABAD:', 'flanked', 'by', 'of', 'Party', 'warning', 'that', 'uno', 'de', 'Für', 'sie', 'Darin', 'heißt', 'es', 'comunicado', 'en', 'while', 'Governor'];
    const marks = [['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’'], ['"', '"'], ['“', '']];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const run = (n: number) => Array.from({ length: n }, () => words[next(words.length)]).join(' ');
    const tags = ['p', 'p', 'h1', 'h2', 'blockquote', 'figcaption'];
    for (let i = 0; i < 3000; i++) {
      const paragraphs = Array.from({ length: 1 + next(3) }, () => {
        const [open, close] = marks[next(marks.length)];
        return `${run(next(5))} ${open}${run(1 + next(5))}${close} ${run(next(6))}`.trim();
      });
      const text = paragraphs.join('\n\n');
      let at = 0;
      const blocks = paragraphs.map((paragraph) => {
        const block = { start: at, end: at + paragraph.length, tag: tags[next(tags.length)] };
        at += paragraph.length + 2;
        return block;
      });
      expect(() => detect(text, blocks), text).not.toThrow();
    }
  });
});
