import Fuse from 'fuse.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { MetaPatch, PackSummary, SourceSummary } from '../../lib/sources/store';
import type { BundledSummary } from './bundled';
import { formatSources, formatSpeeches, formatTurns, formatWords } from './format';
import { ErrorLine } from './ErrorLine';

interface Props {
  sources: SourceSummary[];
  packs: PackSummary[];
  bundled: BundledSummary | null;
  bundledEnabled: boolean;
  onBundledEnabled: (enabled: boolean) => void;
  onPackEnabled: (name: string, enabled: boolean) => void;
  onPackDelete: (name: string) => void;
  onEdit: (id: string, patch: MetaPatch) => Promise<void>;
  onDelete: (source: SourceSummary) => void;
}

export function SourceList(props: Props) {
  const [query, setQuery] = useState('');
  const fuse = useMemo(
    () => new Fuse(props.sources, { keys: ['meta.title', 'meta.speaker'], threshold: 0.35, ignoreLocation: true }),
    [props.sources],
  );
  const trimmed = query.trim();
  const shown = trimmed ? fuse.search(trimmed).map((hit) => hit.item) : props.sources;
  const packs = trimmed ? props.packs.filter((pack) => pack.name.toLowerCase().includes(trimmed.toLowerCase())) : props.packs;

  return (
    <section class="panel" aria-labelledby="list-heading">
      <h2 id="list-heading">{t('sources_listHeading')}</h2>
      <label for="source-search">{t('sources_searchLabel')}</label>
      <input id="source-search" type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      <ul class="sources" aria-label={t('sources_listLabel')}>
        {!trimmed && (
          <li class="source pack">
            <div class="source-main">
              <span class="source-title">{t('sources_bundledTitle')}</span>
              <span class="source-detail">
                {props.bundled
                  ? `${formatSpeeches(props.bundled.docs)} · ${formatWords(props.bundled.words)}`
                  : t('sources_bundledDescription')}
              </span>
            </div>
            <Switch label={t('sources_bundledSwitch')} checked={props.bundledEnabled} onChange={props.onBundledEnabled} />
          </li>
        )}
        {packs.map((pack) => (
          <li class="source pack" key={`pack:${pack.name}`}>
            <div class="source-main">
              <span class="source-title">{pack.name}</span>
              <span class="source-detail">{t('sources_packDetail', formatSources(pack.docs), formatWords(pack.words))}</span>
            </div>
            <Switch label={t('sources_packSwitch', pack.name)} checked={pack.enabled} onChange={(on) => props.onPackEnabled(pack.name, on)} />
            <button type="button" class="quiet" onClick={() => props.onPackDelete(pack.name)} aria-label={t('sources_packRemoveLabel', pack.name)}>
              {t('sources_remove')}
            </button>
          </li>
        ))}
        {shown.map((source) => (
          <SourceRow key={source.id} source={source} onEdit={props.onEdit} onDelete={props.onDelete} />
        ))}
      </ul>
      {props.sources.length === 0 && !trimmed && <p class="hint">{t('sources_noSourcesYet')}</p>}
      {trimmed && shown.length === 0 && packs.length === 0 && <p class="hint">{t('sources_noMatch', trimmed)}</p>}
    </section>
  );
}

function Switch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>{checked ? t('sources_switchOn') : t('sources_switchOff')}</span>
      <span class="visually-hidden">{label}</span>
    </label>
  );
}

const ORIGIN_LABEL: Record<string, MessageKey> = { paste: 'sources_originPaste', upload: 'sources_originUpload', page: 'sources_originPage' };
// Any other origin is shown as stored.
const originLabel = (origin: string) => (Object.hasOwn(ORIGIN_LABEL, origin) ? t(ORIGIN_LABEL[origin]!) : origin);

function SourceRow({ source, onEdit, onDelete }: { source: SourceSummary; onEdit: Props['onEdit']; onDelete: Props['onDelete'] }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Keyboard users return to the row's Edit button when the form closes.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const { meta } = source;
  const details = [
    meta.speaker,
    meta.date,
    formatWords(source.words),
    source.turns > 0 ? formatTurns(source.turns) : null,
    originLabel(source.origin),
  ].filter(Boolean);
  return (
    <li class="source">
      {editing ? (
        <EditForm
          source={source}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            await onEdit(source.id, patch);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <div class="source-main">
            <span class="source-title">{meta.title}</span>
            <span class="source-detail">{details.join(' · ')}</span>
          </div>
          <button type="button" class="quiet" ref={editButton} onClick={() => setEditing(true)} aria-label={t('sources_editLabel', meta.title)}>
            {t('sources_edit')}
          </button>
          <button type="button" class="quiet danger" onClick={() => onDelete(source)} aria-label={t('sources_deleteLabel', meta.title)}>
            {t('sources_delete')}
          </button>
        </>
      )}
    </li>
  );
}

const EDIT_FIELDS = [
  ['title', 'sources_fieldTitle'],
  ['speaker', 'sources_fieldSpeaker'],
  ['date', 'sources_fieldDate'],
  ['event', 'sources_fieldEvent'],
  ['url', 'sources_fieldLink'],
] as const satisfies readonly (readonly [string, MessageKey])[];

function EditForm({ source, onSave, onCancel }: { source: SourceSummary; onSave: (patch: MetaPatch) => Promise<void>; onCancel: () => void }) {
  const [values, setValues] = useState(() =>
    Object.fromEntries(EDIT_FIELDS.map(([key]) => [key, source.meta[key] ?? ''])) as Record<(typeof EDIT_FIELDS)[number][0], string>,
  );
  const [error, setError] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || null;
    const patch: MetaPatch = {
      title: values.title.trim(),
      speaker: optional(values.speaker),
      date: optional(values.date),
      event: optional(values.event),
      url: optional(values.url),
    };
    try {
      await onSave(patch);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <form class="edit" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} aria-label={t('sources_editLabel', source.meta.title)}>
      <div class="fields">
        {EDIT_FIELDS.map(([key, label]) => (
          <div key={key} class={key === 'url' ? 'wide' : undefined}>
            <label for={`edit-${source.id}-${key}`}>{t(label)}</label>
            <input
              id={`edit-${source.id}-${key}`}
              ref={key === 'title' ? firstField : undefined}
              type={key === 'url' ? 'url' : 'text'}
              required={key === 'title'}
              value={values[key]}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, [key]: value }));
              }}
            />
          </div>
        ))}
      </div>
      <ErrorLine message={error} />
      <button type="submit" class="primary">
        {t('sources_save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('sources_cancel')}
      </button>
    </form>
  );
}
