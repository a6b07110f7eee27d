import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QUOTE_COMMANDS, relayShortcuts } from '../../lib/ext/background-app';

type CommandListener = (command: string, tab?: { id?: number }) => Promise<void>;

describe('keyboard shortcuts for moving between quotes', () => {
  let listener: CommandListener | undefined;
  const sent: { tabId: number; message: unknown }[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
    listener = undefined;
    // fake-browser does not model commands or tab messaging: just enough of both.
    (fakeBrowser as unknown as { commands: unknown }).commands = { onCommand: { addListener: (fn: CommandListener) => (listener = fn) } };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
      return { ok: true, value: true };
    }) as never);
    relayShortcuts();
  });

  it('match the manifest’s commands', async () => {
    const { default: config } = await import('../../wxt.config');
    const manifest = (config.manifest as (env: { browser: string }) => { commands: Record<string, unknown> })({ browser: 'chrome' });
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.keys(QUOTE_COMMANDS).sort());
  });

  it('are passed to the page in the tab they were pressed in, as a step forward or back', async () => {
    await listener!('next-quote', { id: 7 });
    await listener!('previous-quote', { id: 9 });
    expect(sent).toEqual([
      { tabId: 7, message: { verbatim: 'stepQuote', payload: { step: 1 } } },
      { tabId: 9, message: { verbatim: 'stepQuote', payload: { step: -1 } } },
    ]);
  });

  it('ignore other commands', async () => {
    await listener!('_execute_action', { id: 7 });
    expect(sent).toEqual([]);
  });
});

describe('the context menu', () => {
  it('offers the page’s item only where Chrome never shows a selection’s, so “Check this quote” is never folded into a submenu', async () => {
    const { CONTEXT_MENUS } = await import('../../lib/ext/background-app');
    const [check, usePage] = CONTEXT_MENUS;
    expect(check.contexts).toEqual(['selection']);
    // A selection can hold a link or an image: only "page" excludes them all.
    expect(usePage.contexts).toEqual(['page']);
  });
});
