import { useState } from 'preact/hooks';
import type { PastedSource } from './ingest';

const EMPTY: PastedSource = { text: '', title: '', speaker: '', date: '', event: '', url: '', turns: 'auto' };

interface Props {
  /** Resolves when the source is stored; rejects with a message to show. */
  onAdd: (pasted: PastedSource) => Promise<void>;
}

export function PasteForm({ onAdd }: Props) {
  const [form, setForm] = useState<PastedSource>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const field = (key: Exclude<keyof PastedSource, 'turns'>) => ({
    id: `paste-${key}`,
    name: key,
    value: form[key],
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      setForm((current) => ({ ...current, [key]: value }));
    },
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!form.text.trim()) {
      setError('Paste the transcript text first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onAdd(form);
      setForm(EMPTY);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel" onSubmit={submit} aria-labelledby="paste-heading">
      <h2 id="paste-heading">Paste a transcript</h2>
      <label for="paste-text">Transcript text</label>
      <textarea {...field('text')} rows={8} required aria-describedby="paste-text-hint" />
      <p id="paste-text-hint" class="hint">
        Interviews and briefings: start each turn on its own line with the speaker and a colon, e.g. “Q:” or
        “JANE DOE:”. Only the speaker’s own turns count as their words.
      </p>
      <div class="fields">
        <div>
          <label for="paste-title">Title</label>
          <input {...field('title')} type="text" placeholder="From the first words if empty" />
        </div>
        <div>
          <label for="paste-speaker">Speaker</label>
          <input {...field('speaker')} type="text" autocomplete="off" />
        </div>
        <div>
          <label for="paste-date">Date</label>
          <input {...field('date')} type="text" inputMode="numeric" placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </div>
        <div>
          <label for="paste-event">Event</label>
          <input {...field('event')} type="text" />
        </div>
        <div class="wide">
          <label for="paste-url">Link to the original</label>
          <input {...field('url')} type="url" placeholder="https://" />
        </div>
        <div class="wide">
          <label for="paste-turns">Speaker labels</label>
          <select
            id="paste-turns"
            value={form.turns}
            onChange={(event) => {
              const turns = event.currentTarget.value === 'none' ? 'none' : 'auto';
              setForm((current) => ({ ...current, turns }));
            }}
          >
            <option value="auto">Find speaker turns (lines starting “NAME:”)</option>
            <option value="none">The whole text is the speaker’s own words</option>
          </select>
        </div>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add transcript'}
      </button>
    </form>
  );
}
