// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../lib/dom/text-model';
import { findQuotes } from '../../lib/quotes/index';

function html(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

describe('buildTextModel', () => {
  it('flattens inline elements, collapses white space and joins blocks with a blank line', () => {
    const doc = html('<div id="a"><p>  He   said <em>“we</em> <a href="#">will</a>\n win”. </p><p>Second\tpara.</p></div>');
    const model = buildTextModel([doc.getElementById('a')!]);
    expect(model.text).toBe('He said “we will win”.\n\nSecond para.');
    expect(model.blocks.map((b) => b.element.tagName)).toEqual(['P', 'P']);
    expect(model.blocks.map((b) => model.text.slice(b.start, b.end))).toEqual(['He said “we will win”.', 'Second para.']);
  });

  it('drops soft hyphens and zero-width characters, turns NBSP into a space and <br> into a newline', () => {
    const doc = html('<p id="p">Ex\u00ADtra\u200Bordinary\u00A0words<br>next line</p>');
    const model = buildTextModel([doc.getElementById('p')!]);
    expect(model.text).toBe('Extraordinary words\nnext line');
  });

  it('skips scripts, styles, templates, noscript and hidden elements', () => {
    const doc = html('<div id="a"><p>Kept “one”.</p><script>var x = "no";</script><style>p{}</style><template><p>“no”</p></template><noscript>“no”</noscript><p hidden>“no”</p><p style="display:none">“no”</p></div>');
    const model = buildTextModel([doc.getElementById('a')!]);
    expect(model.text).toBe('Kept “one”.');
  });

  it('maps flat offsets back to DOM ranges across inline elements and removed characters', () => {
    const doc = html('<p id="p">Asif   said the strikes were <em>“pre\u00ADcision</em>   <b>strikes”</b> today.</p>');
    const model = buildTextModel([doc.getElementById('p')!]);
    const start = model.text.indexOf('precision');
    const end = start + 'precision strikes'.length;
    const range = model.rangeFor(start, end)!;
    expect(range).not.toBeNull();
    expect(range.toString().replace(/\u00AD/g, '').replace(/\s+/g, ' ')).toBe('precision strikes');
    expect(range.startContainer.parentElement?.tagName).toBe('EM');
    expect(range.endContainer.parentElement?.tagName).toBe('B');
  });

  it('gives <q> elements the quote marks a browser draws, and ranges cover only the real text', () => {
    const doc = html('<p id="p">She called it <q>a fresh start</q> on Monday.</p>');
    const model = buildTextModel([doc.getElementById('p')!]);
    expect(model.text).toBe('She called it “a fresh start” on Monday.');
    const s = model.text.indexOf('a fresh');
    expect(model.rangeFor(s, s + 'a fresh start'.length)!.toString()).toBe('a fresh start');
  });

  it('returns null for ranges whose nodes are gone', () => {
    const doc = html('<p id="p">“Gone soon,” he said.</p>');
    const p = doc.getElementById('p')!;
    const model = buildTextModel([p]);
    p.remove();
    expect(model.rangeFor(1, 5)).toBeNull();
  });

  it('places each quote of a page where it sits in the DOM', () => {
    const doc = html('<article><h1>Minister defends “precision” strikes</h1><p>Defence Minister <a href="/k">Khawaja Asif</a> said: <span>“We hit only camps.”</span></p></article>');
    const { model, quotes } = findQuotes(doc);
    const q = quotes.find((x) => x.kind === 'full')!;
    expect(q.text).toBe('We hit only camps.');
    expect(q.speaker?.name).toBe('Khawaja Asif');
    expect(model.rangeFor(q.start, q.end)!.toString()).toBe('We hit only camps.');
  });
});
