import { describe, expect, it } from 'vitest';
import { createListener, envelope, unwrap, type ContentApi } from '../../lib/messaging';

describe('typed messaging', () => {
  const listener = createListener<ContentApi>({
    pageQuotes: () => ({ state: 'ready', url: 'http://x/', title: 't', quotes: [], scareCount: 2 }),
    showQuote: ({ id }) => id === 'q1',
    stepQuote: ({ step }) => step === 1,
    setEnabled: async () => {
      throw new Error('storage unavailable');
    },
    checkSelection: () => null,
    pageHtml: () => ({ html: '<p>x</p>', url: 'http://x/', title: 't' }),
  });

  it('answers its own messages and ignores others', async () => {
    expect(listener({ hello: 1 }, {})).toBeUndefined();
    expect(listener(envelope<ContentApi, 'showQuote'>('showQuote', { id: 'q1' }), {})).toBeInstanceOf(Promise);
    expect(unwrap(await listener(envelope<ContentApi, 'showQuote'>('showQuote', { id: 'q1' }), {}), 'showQuote')).toBe(true);
    expect(listener({ verbatim: 'unknownType', payload: {} }, {})).toBeUndefined();
  });

  it('carries a handler error back as a value, not an unhandled rejection', async () => {
    const reply = await listener(envelope<ContentApi, 'setEnabled'>('setEnabled', { enabled: true }), {});
    expect(reply).toEqual({ ok: false, error: 'storage unavailable' });
    expect(() => unwrap(reply, 'setEnabled')).toThrow('setEnabled: storage unavailable');
    expect(() => unwrap(undefined, 'pageQuotes')).toThrow('no answer');
  });
});
