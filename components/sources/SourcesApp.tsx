import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ParseHtml } from '../../lib/sources/formats';
import { EXPORT_FILE_NAME, PACK_EXTENSION, packNameFromFileName } from '../../lib/sources/packs';
import { onSourcesChanged, type PackSummary, type SourceStore, type SourceSummary } from '../../lib/sources/store';
import type { BundledSummary } from './bundled';
import { formatCount, formatWords } from './format';
import { addUploadedFiles, pastedSourceToDoc, type PastedSource, type UploadFile, type UploadProgress } from './ingest';
import { PasteForm } from './PasteForm';
import { SourceList } from './SourceList';
import { UploadPanel } from './UploadPanel';

export interface SourcesAppProps {
  store: SourceStore;
  loadBundledSummary: () => Promise<BundledSummary | null>;
  download: (bytes: Uint8Array, fileName: string) => void;
  /** For saved .html pages (the page passes the browser's DOMParser). */
  parseHtml?: ParseHtml;
}

interface Toast {
  message: string;
  undoToken?: string;
}

const TOAST_MS = 10_000;
// Merging indexes is CPU work: wait until the user pauses before doing it.
const COMPACT_AFTER_MS = 3_000;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SourcesApp({ store, loadBundledSummary, download, parseHtml }: SourcesAppProps) {
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [bundledEnabled, setBundledEnabledState] = useState(true);
  const [bundled, setBundled] = useState<BundledSummary | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoButton = useRef<HTMLButtonElement>(null);

  const compactTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const scheduleCompaction = () => {
    clearTimeout(compactTimer.current);
    compactTimer.current = setTimeout(() => void store.compact().catch(() => undefined), COMPACT_AFTER_MS);
  };

  const refresh = useCallback(async () => {
    try {
      const [nextSources, nextPacks, nextBundled] = await Promise.all([store.listSources(), store.listPacks(), store.getBundledEnabled()]);
      setSources(nextSources);
      setPacks(nextPacks);
      setBundledEnabledState(nextBundled);
      setLoadError(null);
    } catch (error) {
      setLoadError(`Could not read your sources: ${errorText(error)}`);
    }
  }, [store]);

  useEffect(() => {
    void refresh();
    void loadBundledSummary().then(setBundled);
    // Other windows (and the background) change sources too; keep this list current.
    const stop = onSourcesChanged(() => void refresh());
    return () => {
      stop();
      clearTimeout(toastTimer.current);
      clearTimeout(compactTimer.current);
    };
  }, [refresh, loadBundledSummary]);

  // The deleted row (and the focused Delete button) is gone: keyboard users land on Undo instead.
  useEffect(() => {
    if (toast?.undoToken) undoButton.current?.focus();
  }, [toast?.undoToken]);

  const showToast = (next: Toast) => {
    clearTimeout(toastTimer.current);
    setToast(next);
    toastTimer.current = setTimeout(() => setToast(null), TOAST_MS);
  };

  // Runs a store action; failures become a toast, success refreshes the list.
  const act = async (action: () => Promise<unknown>, success?: Toast) => {
    try {
      await action();
      if (success) showToast(success);
    } catch (error) {
      showToast({ message: errorText(error) });
    }
    await refresh();
    scheduleCompaction();
  };

  const addPasted = async (pasted: PastedSource) => {
    const doc = pastedSourceToDoc(pasted);
    const [id] = await store.addSources([doc], 'paste');
    const added = await store.getSource(id);
    await refresh();
    scheduleCompaction();
    const turns = added && added.turns > 0 ? `, ${formatCount(added.turns, 'speaker turn')}` : '';
    showToast({ message: `Added “${doc.title}” (${formatWords(added?.words ?? 0)}${turns}).` });
  };

  const upload = async (files: UploadFile[], onProgress: (progress: UploadProgress) => void) => {
    const result = await addUploadedFiles(files, (docs, origin) => store.addSources(docs, origin), { parseHtml, onProgress });
    await refresh();
    scheduleCompaction();
    return result;
  };

  const remove = (source: SourceSummary) =>
    act(async () => {
      const token = await store.deleteSource(source.id);
      showToast({ message: `Deleted “${source.meta.title}”.`, undoToken: token });
    });

  const undo = (token: string) => {
    setToast(null);
    void act(() => store.restoreSource(token), { message: 'Source restored.' });
  };

  const exportAll = () =>
    act(async () => {
      download(await store.exportPack(), EXPORT_FILE_NAME);
    });

  const importPacks = async (files: File[]) => {
    for (const file of files) {
      const name = packNameFromFileName(file.name);
      await act(async () => {
        const pack = await store.importPack(name, new Uint8Array(await file.arrayBuffer()));
        showToast({ message: `Imported pack “${pack.name}” (${formatCount(pack.docs, 'source')}, ${formatWords(pack.words)}).` });
      });
    }
  };

  return (
    <main class="sources-page">
      <header>
        <h1>Your sources</h1>
        <p class="lede">
          Quotes are checked against these transcripts as well as the bundled speeches. They stay in this browser; nothing
          is uploaded.
        </p>
      </header>
      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      <div class="columns">
        <div>
          <PasteForm onAdd={addPasted} />
          <UploadPanel onUpload={upload} />
          <section class="panel" aria-labelledby="packs-heading">
            <h2 id="packs-heading">Packs</h2>
            <p class="hint">
              A pack ({PACK_EXTENSION}) holds many sources in one file, to move them to another browser or share them with
              colleagues. The command <code>verbatim index</code> makes one from a folder.
            </p>
            <div class="actions">
              <button type="button" onClick={() => void exportAll()} disabled={sources.length === 0}>
                Export my sources as a pack
              </button>
              <input
                id="import-pack"
                class="visually-hidden"
                type="file"
                multiple
                accept={PACK_EXTENSION}
                onChange={(event) => {
                  const input = event.currentTarget;
                  void importPacks(Array.from(input.files ?? [])).finally(() => {
                    input.value = '';
                  });
                }}
              />
              {/* After the input, so its keyboard focus can be shown on this label. */}
              <label class="button" for="import-pack">
                Import a pack…
              </label>
            </div>
          </section>
        </div>
        <SourceList
          sources={sources}
          packs={packs}
          bundled={bundled}
          bundledEnabled={bundledEnabled}
          onBundledEnabled={(on) => void act(() => store.setBundledEnabled(on))}
          onPackEnabled={(name, on) => void act(() => store.setPackEnabled(name, on))}
          onPackDelete={(name) => void act(() => store.deletePack(name), { message: `Removed pack “${name}”.` })}
          onEdit={async (id, patch) => {
            await store.updateMeta(id, patch);
            await refresh();
            scheduleCompaction();
          }}
          onDelete={(source) => void remove(source)}
        />
      </div>
      <div class="toast-region" role="status" aria-live="polite">
        {toast && (
          <div class="toast">
            <span>{toast.message}</span>
            {toast.undoToken && (
              <button type="button" ref={undoButton} onClick={() => undo(toast.undoToken!)}>
                Undo
              </button>
            )}
            <button type="button" class="quiet" aria-label="Dismiss" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </main>
  );
}
