import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { formatNumber } from './format';
import type { UploadProgress, UploadResult, UploadFile } from './ingest';

export const UPLOAD_ACCEPT = '.txt,.md,.markdown,.srt,.vtt,.json,.html,.htm';
// Below this a file loads in a blink; a progress bar would only flicker.
const PROGRESS_MIN_BYTES = 512 * 1024;

interface Props {
  onUpload: (files: UploadFile[], onProgress: (progress: UploadProgress) => void) => Promise<UploadResult>;
}

export function UploadPanel({ onUpload }: Props) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const upload = async (files: UploadFile[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setResult(null);
    try {
      setResult(await onUpload(files, setProgress));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void upload(Array.from(event.dataTransfer?.files ?? []));
  };

  const showProgress = progress && (progress.size >= PROGRESS_MIN_BYTES || progress.fileCount > 3);

  return (
    <section class="panel" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('sources_uploadHeading')}</h2>
      <div
        class={dragging ? 'dropzone dragging' : 'dropzone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for="upload-files">{t('sources_uploadChoose')}</label>
        <input
          id="upload-files"
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          disabled={busy}
          aria-describedby="upload-hint"
          onChange={(event) => {
            const input = event.currentTarget;
            void upload(Array.from(input.files ?? [])).finally(() => {
              input.value = '';
            });
          }}
        />
        <p id="upload-hint" class="hint">
          {t('sources_uploadHint')}
        </p>
      </div>
      {showProgress && (
        <div class="progress">
          <label for="upload-progress">
            {t(
              progress.stage === 'adding' ? 'sources_uploadIndexing' : 'sources_uploadReading',
              progress.file,
              String(progress.fileIndex + 1),
              String(progress.fileCount),
            )}
          </label>
          <progress
            id="upload-progress"
            max={progress.fileCount}
            value={progress.fileIndex + (progress.size > 0 ? progress.loaded / progress.size : 1) * 0.9}
          />
        </div>
      )}
      {result && (
        <div aria-live="polite">
          {result.added.length > 0 && <p class="ok">{addedText(result)}</p>}
          {result.errors.length > 0 && (
            <div role="alert">
              <p class="error">
                {result.errors.length === 1 ? t('sources_uploadFailedOne') : t('sources_uploadFailedMany', formatNumber(result.errors.length))}
              </p>
              <ul class="errors">
                {result.errors.map((error) => (
                  <li key={error.file}>{t('sources_uploadFileError', error.file, error.reason)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function addedText(result: UploadResult): string {
  const count = result.added.reduce((sum, file) => sum + file.ids.length, 0);
  const titles = result.added.flatMap((file) => file.titles).join(', ');
  return count === 1 ? t('sources_uploadAddedOne', titles) : t('sources_uploadAddedMany', formatNumber(count), titles);
}
