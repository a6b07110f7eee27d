import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ParseHtml } from '../../lib/sources/formats';
import { EXPORT_FILE_NAME, PACK_EXTENSION, packNameFromFileName } from '../../lib/sources/packs';
import { onSourcesChanged, type PackSummary, type SourceStore, type SourceSummary } from '../../lib/sources/store';
import type { BundledSummary } from './bundled';
import { formatSources, formatTurns, formatWords } from './format';
import { addUploadedFiles, pastedSourceToDoc, type PastedSource, type UploadFile, type UploadProgress } from './ingest';
import { PasteForm } from './PasteForm';
import { SourceList } from './SourceList';
import { UploadPanel } from './UploadPanel';
import { ErrorLine } from './ErrorLine';

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

// The packs hint names the command that builds a pack; it is shown as code wherever the translation puts it.
const PACK_COMMAND = 'verbatim index';
const COMMAND_MARK = '\uE000';

function packsHint() {
  const [before, ...after] = t('sources_packsHint', PACK_EXTENSION, COMMAND_MARK).split(COMMAND_MARK);
  return after.length === 0 ? before : (
    <>
      {before}
      <code>{PACK_COMMAND}</code>
      {after.join(PACK_COMMAND)}
    </>
  );
}

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
      setLoadError(t('sources_loadFailed', errorText(error)));
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
    const words = formatWords(added?.words ?? 0);
    showToast({
      message:
        added && added.turns > 0
          ? t('sources_pastedAddedWithTurns', doc.title, words, formatTurns(added.turns))
          : t('sources_pastedAdded', doc.title, words),
    });
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
      showToast({ message: t('sources_deleted', source.meta.title), undoToken: token });
    });

  const undo = (token: string) => {
    setToast(null);
    void act(() => store.restoreSource(token), { message: t('sources_restored') });
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
        showToast({ message: t('sources_packImported', pack.name, formatSources(pack.docs), formatWords(pack.words)) });
      });
    }
  };

  return (
    <main class="sources-page">
      <header>
        <h1>{t('sources_heading')}</h1>
        <p class="lede">{t('sources_lede')}</p>
      </header>
      <ErrorLine message={loadError} />
      <div class="columns">
        <div>
          <PasteForm onAdd={addPasted} />
          <UploadPanel onUpload={upload} />
          <section class="panel" aria-labelledby="packs-heading">
            <h2 id="packs-heading">{t('sources_packsHeading')}</h2>
            <p class="hint">{packsHint()}</p>
            <div class="actions">
              <button type="button" onClick={() => void exportAll()} disabled={sources.length === 0}>
                {t('sources_exportPack')}
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
                {t('sources_importPack')}
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
          onPackDelete={(name) => void act(() => store.deletePack(name), { message: t('sources_packRemoved', name) })}
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
                {t('sources_undo')}
              </button>
            )}
            <button type="button" class="quiet" aria-label={t('sources_dismiss')} onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </main>
  );
}
