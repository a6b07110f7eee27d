// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourcesApp } from '../../components/sources/SourcesApp';
import { freshStore, matchQuote, WASHINGTON_1790 } from './helpers';

let root: HTMLElement | null = null;

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function mount(store = freshStore()) {
  root = document.createElement('div');
  document.body.append(root);
  const download = vi.fn();
  render(<SourcesApp store={store} loadBundledSummary={async () => ({ docs: 1466, words: 4_470_000 })} download={download} />, root);
  return { root, store, download };
}

function type(element: Element | null, value: string) {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

// Preact applies state on its next render, as a browser would before the user can click.
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

const byLabel = (container: HTMLElement, text: string) => {
  const label = Array.from(container.querySelectorAll('label')).find((candidate) => candidate.textContent?.trim() === text);
  return label ? container.querySelector(`#${label.getAttribute('for')}`) : null;
};

describe('SourcesApp', () => {
  it('shows the bundled speeches with their size and an on switch', async () => {
    const { root } = mount();
    await vi.waitFor(() => expect(root.textContent).toContain('1,466 speeches · 4,470,000 words'));
    const bundledSwitch = root.querySelector<HTMLInputElement>('input[role="switch"]');
    expect(bundledSwitch?.checked).toBe(true);
  });

  it('adds a pasted transcript, lists it and makes it checkable; delete offers undo', async () => {
    const { root, store } = mount();
    type(byLabel(root, 'Transcript text'), WASHINGTON_1790);
    type(byLabel(root, 'Title'), 'Annual message 1790');
    type(byLabel(root, 'Speaker'), 'George Washington');
    await rendered();
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

    await vi.waitFor(() => expect(root.querySelector('.sources')?.textContent).toContain('Annual message 1790'));
    expect(root.querySelector('.sources')?.textContent).toContain('George Washington');
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Added “Annual message 1790” \(\d+ words\)/));
    // The form is cleared for the next transcript.
    expect((byLabel(root, 'Transcript text') as HTMLTextAreaElement).value).toBe('');

    const [stored] = await store.listSources();
    expect(stored.meta.speaker).toBe('George Washington');
    const result = await matchQuote(store, 'To be prepared for war is one of the most effectual means of preserving peace.', 'George Washington');
    expect(result.match?.sourceId).toBe(stored.id);

    root.querySelector<HTMLButtonElement>('button[aria-label="Delete Annual message 1790"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('.sources')?.textContent).not.toContain('Annual message 1790'));
    const undo = Array.from(root.querySelectorAll('[role="status"] button')).find((button) => button.textContent === 'Undo');
    expect(undo).toBeDefined();
    (undo as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('.sources')?.textContent).toContain('Annual message 1790'));
    expect((await store.listSources()).map((source) => source.id)).toEqual([stored.id]);
  });

  it('says what is missing instead of adding an empty paste', async () => {
    const { root, store } = mount();
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('Paste the transcript text first.'));
    expect(await store.listSources()).toEqual([]);
  });
});
