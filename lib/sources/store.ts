/**
 * User sources kept in IndexedDB (database "verbatim"), so transcripts a journalist adds stay.
 *
 * API (all async; every write is one transaction, so two windows writing at once lose nothing):
 * - `addSources(docs, origin?)` → new ids. Each source is indexed on its own when added.
 * - `listSources()` → summaries (meta, origin, dates, word count), newest first.
 * - `getSource(id)` → summary plus the full SourceDoc, or null.
 * - `updateMeta(id, patch)` → the new summary; re-indexes the source when the meta changed.
 * - `deleteSource(id)` → an undo token; `restoreSource(token)` puts the source back.
 * - `listPacks()`, `importPack(name, bytes)` (validated first: a broken pack changes nothing),
 *   `setPackEnabled(name, on)`, `deletePack(name)`.
 * - `exportPack(ids?)` → pack bytes of the user's sources (the format `verbatim index` writes).
 * - `setBundledEnabled(on)` / `getBundledEnabled()`.
 * - `loadUserIndexes()` → indexes of all user sources and enabled packs, for the matcher; stored
 *   indexes from an older engine are rebuilt from the source text first. Indexes already loaded by
 *   this store are reused, so a reload after one change reads only what changed.
 * - `compact()` merges sources into a few larger indexes (segments) when idle; without it the
 *   matcher would search one index per source.
 * Writes announce themselves on BroadcastChannel('verbatim-sources'); listen with `onSourcesChanged`.
 * A full disk surfaces as StorageFullError ("Browser storage is full: …") and stores nothing.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SourceIndex } from '../match/index';
import type { SourceDoc, SourceMeta } from '../types';
import { buildPack, validatePack } from './packs';
import { currentIndexFormat, indexSource, loadStoredIndex } from './user-index';

export const DB_NAME = 'verbatim';
export const DB_VERSION = 2;
export const SOURCES_CHANNEL = 'verbatim-sources';
/** How long a deleted source can be brought back with its undo token. */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export type SourceOrigin = 'paste' | 'upload' | 'page' | `pack:${string}`;

export interface SourceSummary {
  id: string;
  meta: SourceMeta;
  origin: SourceOrigin;
  createdAt: number;
  updatedAt: number;
  words: number;
  characters: number;
  turns: number;
  cues: number;
}

export interface StoredSource extends SourceSummary {
  doc: SourceDoc;
}

export interface PackSummary {
  name: string;
  enabled: boolean;
  docs: number;
  words: number;
  bytes: number;
  importedAt: number;
}

export type MetaPatch = Partial<Omit<SourceMeta, 'id'>>;

export type SourcesChange = 'added' | 'updated' | 'deleted' | 'restored' | 'packs' | 'settings' | 'compacted';

export interface SourcesChangedMessage {
  type: 'sources-changed';
  change: SourcesChange;
}

/** The browser refused to store more data. Nothing of the failed write was stored. */
export class StorageFullError extends Error {
  constructor(what: string) {
    super(
      `Browser storage is full: could not save ${what}. Your saved sources are unchanged; ` +
        'delete sources or packs you no longer need, then try again.',
    );
    this.name = 'StorageFullError';
  }
}

interface IndexRecord {
  id: string;
  /** Index-format fingerprint the bytes were built with (see currentIndexFormat). */
  format: string;
  bytes: Uint8Array;
}

/** Several sources indexed together, so the matcher searches a few indexes instead of hundreds. */
interface SegmentRecord {
  id: string;
  /** The sources inside and their updatedAt when built: any change to one retires the segment. */
  members: { id: string; updatedAt: number }[];
  format: string;
  words: number;
}

interface TrashRecord {
  token: string;
  deletedAt: number;
  summary: SourceSummary;
  doc: SourceDoc;
  index: IndexRecord | undefined;
}

interface VerbatimDB extends DBSchema {
  sources: { key: string; value: SourceSummary };
  docs: { key: string; value: SourceDoc };
  sourceIndexes: { key: string; value: IndexRecord };
  packs: { key: string; value: PackSummary };
  packData: { key: string; value: { name: string; bytes: Uint8Array } };
  settings: { key: string; value: unknown };
  trash: { key: string; value: TrashRecord };
  segments: { key: string; value: SegmentRecord };
  /** Kept apart from the segment records so planning and listing never read the big bytes. */
  segmentData: { key: string; value: { id: string; bytes: Uint8Array } };
}

type Db = IDBPDatabase<VerbatimDB>;
type Store = StoreNames<VerbatimDB>;

const SOURCE_STORES: Store[] = ['sources', 'docs', 'sourceIndexes'];
const BUNDLED_ENABLED_KEY = 'bundledEnabled';

// Compaction policy (see compact()): up to LOOSE_LIMIT sources are searched through their own index;
// beyond that they are merged into a segment, and FANOUT segments of one size tier merge into the next.
// Each word is re-indexed about log4(total / TIER_BASE_WORDS) times over the store's life, and the
// matcher sees a handful of indexes rather than one per source.
export const LOOSE_LIMIT = 4;
const FANOUT = 4;
const TIER_BASE_WORDS = 250_000;

function tierOf(words: number): number {
  return words < TIER_BASE_WORDS ? 0 : 1 + Math.floor(Math.log(words / TIER_BASE_WORDS) / Math.log(FANOUT));
}

function segmentIsCurrent(segment: SegmentRecord, updatedAtById: Map<string, number>, format: string): boolean {
  return segment.format === format && segment.members.every((member) => updatedAtById.get(member.id) === member.updatedAt);
}

// Each schema version's step, applied in order, so any older database upgrades to the current one.
function upgradeSchema(db: Db, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('sources', { keyPath: 'id' });
    db.createObjectStore('docs', { keyPath: 'id' });
    db.createObjectStore('sourceIndexes', { keyPath: 'id' });
    db.createObjectStore('packs', { keyPath: 'name' });
    db.createObjectStore('packData', { keyPath: 'name' });
    db.createObjectStore('settings');
    db.createObjectStore('trash', { keyPath: 'token' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('segments', { keyPath: 'id' });
    db.createObjectStore('segmentData', { keyPath: 'id' });
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

// Structured clone stores a view's whole underlying buffer, so store tight copies only.
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function newId(prefix: string): string {
  return `${prefix}${globalThis.crypto.randomUUID()}`;
}

function summarize(doc: SourceDoc, words: number, origin: SourceOrigin, createdAt: number, updatedAt: number): SourceSummary {
  const { text, turns, cues, ...meta } = doc;
  return {
    id: doc.id,
    meta,
    origin,
    createdAt,
    updatedAt,
    words,
    characters: text.length,
    turns: turns?.length ?? 0,
    cues: cues?.length ?? 0,
  };
}

function applyPatch(doc: SourceDoc, patch: MetaPatch): { doc: SourceDoc; changed: boolean } {
  const next: SourceDoc = { ...doc };
  let changed = false;
  for (const [key, value] of Object.entries(patch) as [keyof MetaPatch, string | null | undefined][]) {
    if (value === undefined || (key as string) === 'id') continue;
    if (key === 'title' && (value === null || value.trim() === '')) throw new Error('A source needs a title.');
    if (next[key] !== value) {
      (next as unknown as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  return { doc: next, changed };
}

/** Listen for changes made by any window (and this one). Returns a function that stops listening. */
export function onSourcesChanged(callback: (message: SourcesChangedMessage) => void, channelName = SOURCES_CHANNEL): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent) => {
    const data = event.data as SourcesChangedMessage | null;
    if (data?.type === 'sources-changed') callback(data);
  };
  return () => channel.close();
}

export interface SourceStoreOptions {
  /** Defaults to the global indexedDB; tests pass a fresh fake-indexeddb factory. */
  factory?: IDBFactory;
  name?: string;
  channelName?: string;
}

export class SourceStore {
  private readonly factory: IDBFactory | undefined;
  private readonly name: string;
  private readonly channelName: string;
  private opening: Promise<Db> | null = null;
  /** Indexes from the last load, by a key that changes whenever their bytes would (see loadUserIndexes). */
  private loaded = new Map<string, SourceIndex>();

  constructor(options: SourceStoreOptions = {}) {
    this.factory = options.factory;
    this.name = options.name ?? DB_NAME;
    this.channelName = options.channelName ?? SOURCES_CHANNEL;
  }

  /** Close the connection; the next call opens a new one. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) (await opening.catch(() => null))?.close();
  }

  async addSources(docs: SourceDoc[], origin: SourceOrigin = 'paste'): Promise<string[]> {
    if (docs.length === 0) return [];
    const now = Date.now();
    // Index before the transaction opens: IndexedDB commits a transaction left idle across CPU work.
    const entries = docs.map((input) => {
      if (!input.text.trim()) throw new Error(`${input.title || 'Source'}: the text is empty.`);
      const doc: SourceDoc = { ...input, id: newId('user:') };
      const built = indexSource(doc);
      return {
        summary: summarize(doc, built.words, origin, now, now),
        doc,
        index: { id: doc.id, format: built.format, bytes: ownBytes(built.bytes) },
        loaded: built.index,
      };
    });
    const what = entries.length === 1 ? `"${entries[0].doc.title}"` : `${entries.length} sources`;
    await this.write(SOURCE_STORES, what, async (tx) => {
      for (const entry of entries) {
        await tx.objectStore('docs').add(entry.doc);
        await tx.objectStore('sourceIndexes').add(entry.index);
        await tx.objectStore('sources').add(entry.summary);
      }
    });
    // This window will likely search what it just added: keep the built index for the next load.
    for (const entry of entries) this.loaded.set(`source:${entry.doc.id}:${entry.summary.updatedAt}:${entry.index.format}`, entry.loaded);
    this.notify('added');
    return entries.map((entry) => entry.doc.id);
  }

  async listSources(): Promise<SourceSummary[]> {
    const db = await this.db();
    const all = await db.getAll('sources');
    return all.sort((a, b) => b.createdAt - a.createdAt || a.meta.title.localeCompare(b.meta.title));
  }

  async getSource(id: string): Promise<StoredSource | null> {
    const db = await this.db();
    const tx = db.transaction(['sources', 'docs'], 'readonly');
    const [summary, doc] = await Promise.all([tx.objectStore('sources').get(id), tx.objectStore('docs').get(id)]);
    if (!summary || !doc) return null;
    return { ...summary, doc };
  }

  async updateMeta(id: string, patch: MetaPatch): Promise<SourceSummary> {
    const current = await this.getSource(id);
    if (!current) throw new Error('This source no longer exists.');
    const { doc, changed } = applyPatch(current.doc, patch);
    if (!changed) return current;
    // The index carries the meta (matches show title, speaker, date), so it is rebuilt.
    const built = indexSource(doc);
    // updatedAt must change even within one millisecond: segments and the index cache key on it.
    const summary = summarize(doc, built.words, current.origin, current.createdAt, Math.max(Date.now(), current.updatedAt + 1));
    await this.write(SOURCE_STORES, `"${doc.title}"`, async (tx) => {
      if (!(await tx.objectStore('sources').get(id))) throw new Error('This source was deleted in another window.');
      await tx.objectStore('docs').put(doc);
      await tx.objectStore('sourceIndexes').put({ id, format: built.format, bytes: ownBytes(built.bytes) });
      await tx.objectStore('sources').put(summary);
    });
    this.notify('updated');
    return summary;
  }

  /** Delete a source; the returned token brings it back with restoreSource for UNDO_WINDOW_MS. */
  async deleteSource(id: string): Promise<string> {
    const token = newId('undo:');
    const now = Date.now();
    await this.write([...SOURCE_STORES, 'trash'], 'the deletion', async (tx) => {
      const summary = await tx.objectStore('sources').get(id);
      const doc = await tx.objectStore('docs').get(id);
      if (!summary || !doc) throw new Error('This source no longer exists.');
      const index = await tx.objectStore('sourceIndexes').get(id);
      const trash = tx.objectStore('trash');
      for (const old of await trash.getAll()) {
        if (now - old.deletedAt > UNDO_WINDOW_MS) await trash.delete(old.token);
      }
      await trash.put({ token, deletedAt: now, summary, doc, index });
      await tx.objectStore('sources').delete(id);
      await tx.objectStore('docs').delete(id);
      await tx.objectStore('sourceIndexes').delete(id);
    });
    this.notify('deleted');
    return token;
  }

  /** Undo a deletion. Returns the restored source's id. */
  async restoreSource(token: string): Promise<string> {
    const id = await this.write([...SOURCE_STORES, 'trash'], 'the restored source', async (tx) => {
      const entry = await tx.objectStore('trash').get(token);
      if (!entry) throw new Error('Nothing to undo: the deleted source is no longer kept.');
      await tx.objectStore('docs').put(entry.doc);
      if (entry.index) await tx.objectStore('sourceIndexes').put(entry.index);
      await tx.objectStore('sources').put(entry.summary);
      await tx.objectStore('trash').delete(token);
      return entry.summary.id;
    });
    this.notify('restored');
    return id;
  }

  async listPacks(): Promise<PackSummary[]> {
    const db = await this.db();
    const all = await db.getAll('packs');
    return all.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Store a pack under `name` (replacing one of the same name). Throws PackError for a broken pack. */
  async importPack(name: string, bytes: Uint8Array): Promise<PackSummary> {
    const index = validatePack(name, bytes);
    const summary: PackSummary = {
      name,
      enabled: true,
      docs: index.docCount,
      words: index.wordCount,
      bytes: bytes.byteLength,
      importedAt: Date.now(),
    };
    await this.write(['packs', 'packData'], `the pack "${name}"`, async (tx) => {
      await tx.objectStore('packData').put({ name, bytes: ownBytes(bytes) });
      await tx.objectStore('packs').put(summary);
    });
    this.notify('packs');
    return summary;
  }

  async setPackEnabled(name: string, enabled: boolean): Promise<void> {
    await this.write(['packs'], `the pack "${name}"`, async (tx) => {
      const pack = await tx.objectStore('packs').get(name);
      if (!pack) throw new Error(`The pack "${name}" no longer exists.`);
      await tx.objectStore('packs').put({ ...pack, enabled });
    });
    this.notify('packs');
  }

  async deletePack(name: string): Promise<void> {
    await this.write(['packs', 'packData'], `the pack "${name}"`, async (tx) => {
      await tx.objectStore('packs').delete(name);
      await tx.objectStore('packData').delete(name);
    });
    this.notify('packs');
  }

  /** Pack bytes of the user's own sources (all, or the given ids), in the format `verbatim index` writes. */
  async exportPack(ids?: string[]): Promise<Uint8Array> {
    const db = await this.db();
    let docs: SourceDoc[];
    if (ids) {
      const tx = db.transaction('docs', 'readonly');
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      docs = found.filter((doc): doc is SourceDoc => doc !== undefined);
    } else {
      docs = await db.getAll('docs');
    }
    if (docs.length === 0) throw new Error('There are no sources to export.');
    return buildPack(docs);
  }

  async getBundledEnabled(): Promise<boolean> {
    const db = await this.db();
    return (await db.get('settings', BUNDLED_ENABLED_KEY)) !== false;
  }

  async setBundledEnabled(enabled: boolean): Promise<void> {
    await this.write(['settings'], 'the setting', async (tx) => {
      await tx.objectStore('settings').put(enabled, BUNDLED_ENABLED_KEY);
    });
    this.notify('settings');
  }

  /**
   * Indexes of every user source and every enabled pack. Stored indexes the current engine cannot
   * use (older format, damaged bytes) are rebuilt from the stored text and saved, so sources
   * always come through an extension update. Packs hold no separate text; an unreadable pack is
   * skipped and reported in `skippedPacks`.
   */
  async loadUserIndexes(): Promise<SourceIndex[]> {
    return (await this.loadUserIndexesWithReport()).indexes;
  }

  async loadUserIndexesWithReport(): Promise<{ indexes: SourceIndex[]; rebuilt: string[]; skippedPacks: string[] }> {
    const db = await this.db();
    const read = db.transaction(['sources', 'sourceIndexes', 'segments', 'segmentData', 'packs', 'packData'], 'readonly');
    const [summaries, segments, packs] = await Promise.all([
      read.objectStore('sources').getAll(),
      read.objectStore('segments').getAll(),
      read.objectStore('packs').getAll(),
    ]);
    const updatedAtById = new Map(summaries.map((summary) => [summary.id, summary.updatedAt]));
    const format = currentIndexFormat();
    const cache = new Map<string, SourceIndex>();
    // Bytes are read only for what this store has not loaded before: a reload after one change is cheap.
    const cached = async (key: string, load: () => Promise<SourceIndex | null>): Promise<SourceIndex | null> => {
      const index = this.loaded.get(key) ?? (await load());
      if (index) cache.set(key, index);
      return index;
    };

    const indexes: SourceIndex[] = [];
    const covered = new Set<string>();
    for (const segment of segments) {
      if (!segmentIsCurrent(segment, updatedAtById, format)) continue;
      if (segment.members.some((member) => covered.has(member.id))) continue;
      const index = await cached(`segment:${segment.id}`, async () => {
        const data = await read.objectStore('segmentData').get(segment.id);
        return data ? loadStoredIndex(data.bytes, segment.format) : null;
      });
      if (!index) continue;
      indexes.push(index);
      for (const member of segment.members) covered.add(member.id);
    }

    const stale: string[] = [];
    for (const summary of summaries) {
      if (covered.has(summary.id)) continue;
      const index = await cached(`source:${summary.id}:${summary.updatedAt}:${format}`, async () => {
        const record = await read.objectStore('sourceIndexes').get(summary.id);
        return record ? loadStoredIndex(record.bytes, record.format) : null;
      });
      if (index) indexes.push(index);
      else stale.push(summary.id);
    }

    const skippedPacks: string[] = [];
    for (const pack of packs.filter((candidate) => candidate.enabled)) {
      const index = await cached(`pack:${pack.name}:${pack.importedAt}`, async () => {
        const data = await read.objectStore('packData').get(pack.name);
        try {
          return data ? validatePack(pack.name, data.bytes) : null;
        } catch {
          return null;
        }
      });
      if (index) indexes.push(index);
      else skippedPacks.push(pack.name);
    }

    const rebuilt = stale.length > 0 ? await this.reindex(stale) : [];
    indexes.push(...rebuilt.map((entry) => entry.index));
    this.loaded = cache;
    return { indexes, rebuilt: rebuilt.map((entry) => entry.id), skippedPacks };
  }

  /**
   * Merge user sources into a few larger indexes (segments) so matching stays fast with hundreds of
   * sources. Safe to run any time and from any window: a segment whose sources changed meanwhile is
   * not saved, and the per-source indexes stay as the fallback. Returns the number of segments built.
   * CPU-heavy for big stores: call it when idle (the sources page does after changes).
   */
  async compact(): Promise<number> {
    const db = await this.db();
    const read = db.transaction(['sources', 'segments'], 'readonly');
    const [summaries, segments] = await Promise.all([read.objectStore('sources').getAll(), read.objectStore('segments').getAll()]);
    const updatedAtById = new Map(summaries.map((summary) => [summary.id, summary.updatedAt]));
    const format = currentIndexFormat();
    const current = segments.filter((segment) => segmentIsCurrent(segment, updatedAtById, format));
    const retired = segments.filter((segment) => !current.includes(segment));
    const covered = new Set(current.flatMap((segment) => segment.members.map((member) => member.id)));
    const loose = summaries.filter((summary) => !covered.has(summary.id));

    // Plan which groups become new segments: the loose sources, then full tiers, cascading upwards.
    type Part = { members: { id: string; updatedAt: number }[]; words: number; replaces: string[] };
    const parts: Part[] = current.map((segment) => ({ members: segment.members, words: segment.words, replaces: [segment.id] }));
    const planned: Part[] = [];
    if (loose.length > LOOSE_LIMIT) {
      const part = {
        members: loose.map((summary) => ({ id: summary.id, updatedAt: summary.updatedAt })),
        words: loose.reduce((sum, summary) => sum + summary.words, 0),
        replaces: [],
      };
      parts.push(part);
      planned.push(part);
    }
    for (;;) {
      const byTier = new Map<number, Part[]>();
      for (const part of parts) byTier.set(tierOf(part.words), [...(byTier.get(tierOf(part.words)) ?? []), part]);
      const full = [...byTier.values()].find((group) => group.length >= FANOUT);
      if (!full) break;
      const merged: Part = {
        members: full.flatMap((part) => part.members),
        words: full.reduce((sum, part) => sum + part.words, 0),
        replaces: full.flatMap((part) => part.replaces),
      };
      for (const part of full) {
        parts.splice(parts.indexOf(part), 1);
        if (planned.includes(part)) planned.splice(planned.indexOf(part), 1);
      }
      parts.push(merged);
      planned.push(merged);
    }
    if (planned.length === 0 && retired.length === 0) return 0;

    const built: { segment: SegmentRecord; bytes: Uint8Array; replaces: string[] }[] = [];
    for (const part of planned) {
      const tx = db.transaction('docs', 'readonly');
      const docs = await Promise.all(part.members.map((member) => tx.store.get(member.id)));
      if (docs.some((doc) => !doc)) continue; // deleted meanwhile: the next compaction plans again
      const bytes = ownBytes(buildPack(docs as SourceDoc[]));
      built.push({ segment: { id: newId('segment:'), members: part.members, format, words: part.words }, bytes, replaces: part.replaces });
    }
    await this.write(['sources', 'segments', 'segmentData'], 'the merged index', async (tx) => {
      const remove = async (id: string) => {
        await tx.objectStore('segments').delete(id);
        await tx.objectStore('segmentData').delete(id);
      };
      for (const segment of retired) await remove(segment.id);
      for (const { segment, bytes, replaces } of built) {
        const now = await Promise.all(segment.members.map((member) => tx.objectStore('sources').get(member.id)));
        // Sources edited or deleted while we built: drop this segment, their own indexes still serve.
        if (!now.every((summary, i) => summary?.updatedAt === segment.members[i].updatedAt)) continue;
        // Another window compacted meanwhile: never let two segments hold the same source.
        const members = new Set(segment.members.map((member) => member.id));
        const others = (await tx.objectStore('segments').getAll()).filter((other) => !replaces.includes(other.id));
        if (others.some((other) => other.members.some((member) => members.has(member.id)))) continue;
        const stillThere = await Promise.all(replaces.map((id) => tx.objectStore('segments').getKey(id)));
        if (stillThere.some((key) => key === undefined)) continue;
        for (const id of replaces) await remove(id);
        await tx.objectStore('segments').put(segment);
        await tx.objectStore('segmentData').put({ id: segment.id, bytes });
      }
    });
    this.notify('compacted');
    return built.length;
  }

  private async reindex(ids: string[]): Promise<{ id: string; index: SourceIndex }[]> {
    const db = await this.db();
    const tx = db.transaction('docs', 'readonly');
    const docs = (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((doc): doc is SourceDoc => !!doc);
    const built = docs.map((doc) => ({ doc, built: indexSource(doc) }));
    try {
      await this.write(['sources', 'sourceIndexes'], 'the updated indexes', async (write) => {
        for (const { doc, built: entry } of built) {
          // Skip sources deleted while we were indexing.
          if (!(await write.objectStore('sources').get(doc.id))) continue;
          await write.objectStore('sourceIndexes').put({ id: doc.id, format: entry.format, bytes: ownBytes(entry.bytes) });
        }
      });
    } catch (error) {
      // Saving the rebuilt indexes is an optimisation; the sources still load from memory this time.
      if (!(error instanceof StorageFullError)) throw error;
    }
    return built.map(({ doc, built: entry }) => ({ id: doc.id, index: entry.index }));
  }

  private db(): Promise<Db> {
    if (!this.opening) {
      this.opening = this.open();
      this.opening.catch(() => {
        this.opening = null;
      });
    }
    return this.opening;
  }

  private open(): Promise<Db> {
    const factory = this.factory ?? globalThis.indexedDB;
    if (!factory) return Promise.reject(new Error('IndexedDB is not available here.'));
    const request = factory.open(this.name, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      upgradeSchema(wrap(request.result) as unknown as Db, event.oldVersion);
    });
    return (wrap(request) as unknown as Promise<Db>).then((db) => {
      // Another window is upgrading the schema (a newer extension version): let it, reopen later.
      db.addEventListener('versionchange', () => {
        db.close();
        this.opening = null;
      });
      db.addEventListener('close', () => {
        this.opening = null;
      });
      return db;
    });
  }

  private async write<T>(stores: Store[], what: string, work: (tx: IDBPTransaction<VerbatimDB, Store[], 'readwrite'>) => Promise<T>): Promise<T> {
    const db = await this.db();
    const tx = db.transaction(stores, 'readwrite');
    const done = tx.done;
    done.catch(() => undefined);
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser.
      }
      throw isQuotaError(error) || isQuotaError(tx.error) ? new StorageFullError(what) : error;
    }
  }

  private notify(change: SourcesChange): void {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(this.channelName);
    channel.postMessage({ type: 'sources-changed', change } satisfies SourcesChangedMessage);
    channel.close();
  }
}

// The extension's pages and background share one store on the global indexedDB; these functions
// are the API they call. Tests and tools create their own SourceStore with a separate factory.
let sharedStore: SourceStore | null = null;

export function getSourceStore(): SourceStore {
  sharedStore ??= new SourceStore();
  return sharedStore;
}

export const addSources = (docs: SourceDoc[], origin?: SourceOrigin) => getSourceStore().addSources(docs, origin);
export const listSources = () => getSourceStore().listSources();
export const getSource = (id: string) => getSourceStore().getSource(id);
export const updateMeta = (id: string, patch: MetaPatch) => getSourceStore().updateMeta(id, patch);
export const deleteSource = (id: string) => getSourceStore().deleteSource(id);
export const restoreSource = (token: string) => getSourceStore().restoreSource(token);
export const listPacks = () => getSourceStore().listPacks();
export const importPack = (name: string, bytes: Uint8Array) => getSourceStore().importPack(name, bytes);
export const setPackEnabled = (name: string, enabled: boolean) => getSourceStore().setPackEnabled(name, enabled);
export const deletePack = (name: string) => getSourceStore().deletePack(name);
export const exportPack = (ids?: string[]) => getSourceStore().exportPack(ids);
export const getBundledEnabled = () => getSourceStore().getBundledEnabled();
export const setBundledEnabled = (enabled: boolean) => getSourceStore().setBundledEnabled(enabled);
export const loadUserIndexes = () => getSourceStore().loadUserIndexes();
export const compactSources = () => getSourceStore().compact();
