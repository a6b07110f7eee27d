import { afterEach, describe, expect, it, vi } from 'vitest';
import { wrap } from 'idb';
import { createMatcher } from '../../lib/match/index';
import { PackError } from '../../lib/sources/packs';
import { DB_NAME, DB_VERSION, LOOSE_LIMIT, onSourcesChanged, StorageFullError, type SourcesChangedMessage } from '../../lib/sources/store';
import { BRIEFING, doc, freshStore, IDBFactory, matchQuote, WASHINGTON_1790, WASHINGTON_1791 } from './helpers';

const DEFENCE_QUOTE = 'To be prepared for war is one of the most effectual means of preserving peace.';
const FRONTIER_QUOTE = 'In vain may we expect peace with the Indians on our frontiers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('adding, listing, editing', () => {
  it('adds sources with fresh ids and lists them with word counts, newest first', async () => {
    const store = freshStore();
    const [first] = await store.addSources([doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const [second] = await store.addSources([doc('a', 'Annual message 1791', 'George Washington', WASHINGTON_1791)], 'upload');

    expect(first).not.toBe(second);
    const list = await store.listSources();
    expect(list.map((source) => source.id)).toEqual([second, first]);
    expect(list[1].meta.title).toBe('Annual message 1790');
    expect(list[1].origin).toBe('paste');
    expect(list[0].origin).toBe('upload');
    expect(list[1].words).toBeGreaterThan(50);
    expect(list[1].words).toBeLessThan(70);

    const stored = await store.getSource(first);
    expect(stored?.doc.text).toBe(WASHINGTON_1790);
    expect(stored?.doc.id).toBe(first);
    expect(await store.getSource('missing')).toBeNull();
  });

  it('makes an added source searchable through the matcher at once', async () => {
    const store = freshStore();
    const [id] = await store.addSources([doc('x', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);
    const result = await matchQuote(store, DEFENCE_QUOTE, 'George Washington');
    expect(result.verdict).toBe('exact');
    expect(result.match?.sourceId).toBe(id);
    expect((await matchQuote(store, FRONTIER_QUOTE, 'George Washington')).verdict).toBe('unsourced');
  });

  it('keeps speaker turns, so the moderator is not the minister', async () => {
    const store = freshStore();
    const [id] = await store.addSources([
      {
        ...doc('b', 'Port briefing', 'Minister Alvarez', BRIEFING),
        turns: [{ start: 0, end: 20, speaker: 'MODERATOR' }],
      },
    ]);
    const stored = await store.getSource(id);
    expect(stored?.turns).toBe(1);
    expect(stored?.doc.turns).toEqual([{ start: 0, end: 20, speaker: 'MODERATOR' }]);
  });

  it('updates metadata, re-indexes, and leaves unchanged patches alone', async () => {
    const store = freshStore();
    const [id] = await store.addSources([doc('x', 'Untitled', null, WASHINGTON_1790)]);
    const before = (await store.getSource(id))!;
    await new Promise((resolve) => setTimeout(resolve, 2));

    const unchanged = await store.updateMeta(id, { title: 'Untitled' });
    expect(unchanged.updatedAt).toBe(before.updatedAt);

    const updated = await store.updateMeta(id, { title: 'Annual message 1790', speaker: 'George Washington' });
    expect(updated.meta.title).toBe('Annual message 1790');
    expect(updated.updatedAt).toBeGreaterThan(before.updatedAt);
    expect((await store.getSource(id))?.doc.speaker).toBe('George Washington');

    // The match now carries the new meta, so the index was rebuilt.
    const result = await matchQuote(store, DEFENCE_QUOTE, 'George Washington');
    expect(result.match?.title).toBe('Annual message 1790');
    expect(result.match?.speaker).toBe('George Washington');

    await expect(store.updateMeta(id, { title: '  ' })).rejects.toThrow(/title/);
    await expect(store.updateMeta('missing', { title: 'x' })).rejects.toThrow(/no longer exists/);
  });
});

describe('delete and undo', () => {
  it('deletes a source and restores it with the undo token', async () => {
    const store = freshStore();
    const [keep] = await store.addSources([doc('k', 'Annual message 1791', 'George Washington', WASHINGTON_1791)]);
    const [id] = await store.addSources([doc('x', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);

    const token = await store.deleteSource(id);
    expect((await store.listSources()).map((source) => source.id)).toEqual([keep]);
    expect((await matchQuote(store, DEFENCE_QUOTE, 'George Washington')).verdict).toBe('unsourced');

    expect(await store.restoreSource(token)).toBe(id);
    expect((await store.listSources()).map((source) => source.id).sort()).toEqual([id, keep].sort());
    expect((await store.getSource(id))?.doc.text).toBe(WASHINGTON_1790);
    expect((await matchQuote(store, DEFENCE_QUOTE, 'George Washington')).match?.sourceId).toBe(id);

    await expect(store.restoreSource(token)).rejects.toThrow(/Nothing to undo/);
    await expect(store.deleteSource('missing')).rejects.toThrow(/no longer exists/);
  });
});

describe('packs', () => {
  it('exports the user sources as a pack that imports into an empty browser', async () => {
    const store = freshStore();
    await store.addSources([
      doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790),
      doc('b', 'Annual message 1791', 'George Washington', WASHINGTON_1791),
    ]);
    const pack = await store.exportPack();

    const other = freshStore();
    expect(await other.loadUserIndexes()).toEqual([]);
    const summary = await other.importPack('washington', pack);
    expect(summary).toMatchObject({ name: 'washington', enabled: true, docs: 2 });
    expect(summary.words).toBeGreaterThan(80);
    expect(await other.listPacks()).toEqual([summary]);

    const matcher = createMatcher(await other.loadUserIndexes());
    expect(matcher.sources().map((meta) => meta.title).sort()).toEqual(['Annual message 1790', 'Annual message 1791']);
    expect((await matchQuote(other, FRONTIER_QUOTE, 'George Washington')).verdict).toBe('exact');

    await other.setPackEnabled('washington', false);
    expect(await other.loadUserIndexes()).toEqual([]);
    await other.setPackEnabled('washington', true);
    await other.deletePack('washington');
    expect(await other.listPacks()).toEqual([]);
    expect(await other.loadUserIndexes()).toEqual([]);
  });

  it('exports only the chosen sources', async () => {
    const store = freshStore();
    const [a] = await store.addSources([doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);
    await store.addSources([doc('b', 'Annual message 1791', 'George Washington', WASHINGTON_1791)]);
    const other = freshStore();
    await other.importPack('one', await store.exportPack([a]));
    expect(createMatcher(await other.loadUserIndexes()).sources().map((meta) => meta.id)).toEqual([a]);
    await expect(freshStore().exportPack()).rejects.toThrow(/no sources/);
  });

  it('refuses a broken pack and changes nothing', async () => {
    const store = freshStore();
    await store.addSources([doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);
    const good = await store.exportPack();
    await store.importPack('good', good);
    const packsBefore = await store.listPacks();
    const indexesBefore = (await store.loadUserIndexes()).length;

    const garbage = new TextEncoder().encode('this is not a pack at all, just some text');
    await expect(store.importPack('bad', garbage)).rejects.toBeInstanceOf(PackError);
    await expect(store.importPack('good', good.slice(0, Math.floor(good.length / 2)))).rejects.toThrow(/^good: /);
    await expect(store.importPack('empty', new Uint8Array())).rejects.toThrow(/empty/);

    expect(await store.listPacks()).toEqual(packsBefore);
    expect((await store.loadUserIndexes()).length).toBe(indexesBefore);
  });
});

describe('settings and notifications', () => {
  it('remembers whether the bundled speeches are used', async () => {
    const factory = new IDBFactory();
    const store = freshStore(factory);
    expect(await store.getBundledEnabled()).toBe(true);
    await store.setBundledEnabled(false);
    expect(await freshStore(factory).getBundledEnabled()).toBe(false);
    await store.setBundledEnabled(true);
    expect(await store.getBundledEnabled()).toBe(true);
  });

  it('announces changes on the broadcast channel', async () => {
    const channel = `test-${crypto.randomUUID()}`;
    const store = freshStore(new IDBFactory(), channel);
    const messages: SourcesChangedMessage[] = [];
    const stop = onSourcesChanged((message) => messages.push(message), channel);
    try {
      const [id] = await store.addSources([doc('a', 'Annual message 1790', null, WASHINGTON_1790)]);
      await store.deleteSource(id);
      await store.setBundledEnabled(false);
      await vi.waitFor(() => expect(messages.map((message) => message.change)).toEqual(['added', 'deleted', 'settings']));
    } finally {
      stop();
    }
  });
});

describe('robustness', () => {
  it('two windows adding at the same time lose nothing', async () => {
    const factory = new IDBFactory();
    const windowA = freshStore(factory);
    const windowB = freshStore(factory);
    const adds = [];
    for (let i = 0; i < 12; i++) {
      adds.push(windowA.addSources([doc(`a${i}`, `A ${i}`, null, `${WASHINGTON_1790} Copy ${i} from window A.`)]));
      adds.push(windowB.addSources([doc(`b${i}`, `B ${i}`, null, `${WASHINGTON_1791} Copy ${i} from window B.`)]));
    }
    const ids = (await Promise.all(adds)).flat();
    expect(new Set(ids).size).toBe(24);
    const listed = await windowB.listSources();
    expect(listed.map((source) => source.id).sort()).toEqual([...ids].sort());
    expect((await windowA.loadUserIndexes()).length).toBe(24);
  });

  it('reports full storage clearly and keeps what was stored', async () => {
    const store = freshStore();
    const [kept] = await store.addSources([doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);

    // The second record of the batch hits the quota: the whole batch must roll back.
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls > 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const attempt = store.addSources([
      doc('b', 'Annual message 1791', 'George Washington', WASHINGTON_1791),
      doc('c', 'Another', null, 'Some other words spoken somewhere by someone.'),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/^Browser storage is full: could not save 2 sources/);
    vi.restoreAllMocks();

    expect((await store.listSources()).map((source) => source.id)).toEqual([kept]);
    expect((await store.loadUserIndexes()).length).toBe(1);
    expect((await matchQuote(store, DEFENCE_QUOTE, 'George Washington')).match?.sourceId).toBe(kept);
    expect((await matchQuote(store, FRONTIER_QUOTE, 'George Washington')).verdict).toBe('unsourced');
  });

  it('a pack that does not fit leaves the stored packs as they were', async () => {
    const source = freshStore();
    await source.addSources([doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);
    const pack = await source.exportPack();
    const factory = new IDBFactory();
    const store = freshStore(factory);
    await store.importPack('first', pack);

    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    // The pack bytes are written first and fit; its list entry hits the quota.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.importPack('second', pack)).rejects.toThrow(/^Browser storage is full: could not save the pack "second"/);
    vi.restoreAllMocks();

    expect((await store.listPacks()).map((entry) => entry.name)).toEqual(['first']);
    expect(createMatcher(await store.loadUserIndexes()).sources()).toHaveLength(1);
    // Rolled back whole: no orphaned pack bytes either.
    await store.close();
    const raw = (await wrap(factory.open(DB_NAME, DB_VERSION)))!;
    expect(await raw.getAllKeys('packData')).toEqual(['first']);
    raw.close();
  });

  it('re-indexes sources stored by an older index format, from their text', async () => {
    const factory = new IDBFactory();
    const store = freshStore(factory);
    const [oldFormat, damaged] = await store.addSources([
      doc('a', 'Annual message 1790', 'George Washington', WASHINGTON_1790),
      doc('b', 'Annual message 1791', 'George Washington', WASHINGTON_1791),
    ]);
    await store.close();

    // What an older extension version left behind: another format tag, and bytes today's engine rejects.
    const request = factory.open(DB_NAME, DB_VERSION);
    const raw = (await wrap(request))!;
    await raw.put('sourceIndexes', { id: oldFormat, format: 'v0-legacy', bytes: new Uint8Array([1, 2, 3, 4]) });
    await raw.put('sourceIndexes', { id: damaged, format: (await raw.get('sourceIndexes', damaged)).format, bytes: new Uint8Array(64) });
    raw.close();

    const reopened = freshStore(factory);
    const report = await reopened.loadUserIndexesWithReport();
    expect(report.rebuilt.sort()).toEqual([oldFormat, damaged].sort());
    expect(report.indexes.length).toBe(2);
    expect((await matchQuote(reopened, DEFENCE_QUOTE, 'George Washington')).match?.sourceId).toBe(oldFormat);
    expect((await matchQuote(reopened, FRONTIER_QUOTE, 'George Washington')).match?.sourceId).toBe(damaged);

    // The rebuilt indexes were saved: the next load has nothing to rebuild.
    expect((await reopened.loadUserIndexesWithReport()).rebuilt).toEqual([]);
  });

  it('upgrades a version 1 database and keeps its sources', async () => {
    const factory = new IDBFactory();
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of ['sources', 'docs', 'sourceIndexes']) db.createObjectStore(name, { keyPath: 'id' });
      for (const name of ['packs', 'packData']) db.createObjectStore(name, { keyPath: 'name' });
      db.createObjectStore('settings');
      db.createObjectStore('trash', { keyPath: 'token' });
    };
    const v1 = (await wrap(request))!;
    const old = doc('user:old', 'Annual message 1790', 'George Washington', WASHINGTON_1790);
    const { text, ...meta } = old;
    await v1.put('docs', old);
    await v1.put('sources', { id: old.id, meta, origin: 'paste', createdAt: 1, updatedAt: 1, words: 60, characters: text.length, turns: 0, cues: 0 });
    await v1.put('sourceIndexes', { id: old.id, format: 'v0-legacy', bytes: new Uint8Array([9, 9, 9]) });
    v1.close();

    const store = freshStore(factory);
    expect((await store.listSources()).map((source) => source.id)).toEqual(['user:old']);
    expect((await matchQuote(store, DEFENCE_QUOTE, 'George Washington')).match?.sourceId).toBe('user:old');
    expect(await store.compact()).toBe(0);
  });
});

describe('compaction', () => {
  const SENTENCES = WASHINGTON_1790.split(/(?<=\.)\s+/).concat(WASHINGTON_1791);
  // Twelve distinct sources: each states its own number in words no other source has.
  const numbered = Array.from({ length: 12 }, (_, i) =>
    doc(`n${i}`, `Transcript ${i}`, `Speaker ${i}`, `${SENTENCES[i % SENTENCES.length]} Source number ${i} says the harbour code is ${'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(' ')[i]} ${i * 7919}.`),
  );
  const codeQuote = (i: number) =>
    `Source number ${i} says the harbour code is ${'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(' ')[i]} ${i * 7919}.`;

  it('merges many sources into few indexes that find the same sources', async () => {
    const store = freshStore();
    const ids: string[] = [];
    for (const entry of numbered) ids.push(...(await store.addSources([entry])));
    expect((await store.loadUserIndexes()).length).toBe(12);

    expect(await store.compact()).toBeGreaterThan(0);
    const indexes = await store.loadUserIndexes();
    expect(indexes.length).toBeLessThanOrEqual(LOOSE_LIMIT);
    const listed = createMatcher(indexes).sources().map((meta) => meta.id);
    expect([...listed].sort()).toEqual([...ids].sort());
    for (const i of [0, 5, 11]) {
      expect((await matchQuote(store, codeQuote(i), `Speaker ${i}`)).match?.sourceId).toBe(ids[i]);
    }
    expect(await store.compact()).toBe(0);
  });

  it('stays correct when a merged source is edited, deleted or restored', async () => {
    const store = freshStore();
    const ids = await store.addSources(numbered);
    await store.compact();

    await store.updateMeta(ids[3], { title: 'Renamed transcript' });
    expect((await matchQuote(store, codeQuote(3), 'Speaker 3')).match?.title).toBe('Renamed transcript');

    const token = await store.deleteSource(ids[4]);
    expect((await matchQuote(store, codeQuote(4), 'Speaker 4')).verdict).toBe('unsourced');
    const sources = createMatcher(await store.loadUserIndexes()).sources();
    expect(sources).toHaveLength(11);
    expect(new Set(sources.map((meta) => meta.id)).size).toBe(11);

    await store.compact();
    expect((await store.loadUserIndexes()).length).toBeLessThanOrEqual(LOOSE_LIMIT);
    expect((await matchQuote(store, codeQuote(4), 'Speaker 4')).verdict).toBe('unsourced');
    expect((await matchQuote(store, codeQuote(3), 'Speaker 3')).match?.title).toBe('Renamed transcript');

    await store.restoreSource(token);
    expect((await matchQuote(store, codeQuote(4), 'Speaker 4')).match?.sourceId).toBe(ids[4]);
    expect(createMatcher(await store.loadUserIndexes()).sources()).toHaveLength(12);
  });

  it('reloads incrementally: unchanged indexes are reused, changed ones are not', async () => {
    const store = freshStore();
    const ids = await store.addSources(numbered);
    await store.compact();
    const [segment] = await store.loadUserIndexes();
    const [added] = await store.addSources([doc('extra', 'Annual message 1790', 'George Washington', WASHINGTON_1790)]);
    const afterAdd = await store.loadUserIndexes();
    expect(afterAdd).toContain(segment);
    expect(afterAdd).toHaveLength(2);
    expect((await matchQuote(store, DEFENCE_QUOTE, 'George Washington')).match?.sourceId).toBe(added);

    await store.updateMeta(ids[0], { speaker: 'Someone Else' });
    const afterEdit = await store.loadUserIndexes();
    expect(afterEdit).not.toContain(segment);
    expect((await matchQuote(store, codeQuote(0), 'Someone Else')).match?.speaker).toBe('Someone Else');
  });

  it('two windows compacting at once never duplicate a source', async () => {
    const factory = new IDBFactory();
    const windowA = freshStore(factory);
    const windowB = freshStore(factory);
    await windowA.addSources(numbered);
    await Promise.all([windowA.compact(), windowB.compact()]);
    const sources = createMatcher(await windowB.loadUserIndexes()).sources();
    expect(sources).toHaveLength(12);
    expect(new Set(sources.map((meta) => meta.id)).size).toBe(12);
  });
});
