import Fuse from 'fuse.js';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { IndexStatus, PageQuotes, TextHit } from '../../lib/messaging';
import type { CheckedQuote, SourceMeta, Verdict } from '../../lib/types';
import { VERDICTS } from '../../lib/types';
import { VERDICT_STYLES } from '../../lib/verdicts';
import { SourceDetails } from '../SourceDetails';
import { VerdictBadge } from '../VerdictBadge';
import { citationFor } from './citation';

/** Everything the popup needs from the extension, passed in so the UI can be tested with fakes. */
export interface PopupApi {
  /** null: Verbatim cannot run on this tab (browser pages, the web store, file viewers). */
  pageQuotes(): Promise<PageQuotes | null>;
  indexStatus(): Promise<IndexStatus>;
  showQuote(id: string): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
  listSources(): Promise<SourceMeta[]>;
  searchText(phrase: string): Promise<TextHit[]>;
  copy(text: string): Promise<void>;
  /** Saves the tab's article to the user's sources; resolves to its title. */
  usePageAsSource(): Promise<string>;
  openSourcesPage(): void;
  openOptionsPage(): void;
}

type Load = { phase: 'loading' } | { phase: 'blocked' } | { phase: 'ready'; page: PageQuotes } | { phase: 'error'; message: string };

export function PopupApp({ api }: { api: PopupApi }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [index, setIndex] = useState<IndexStatus | null>(null);
  const [filter, setFilter] = useState<Verdict | 'all'>('all');
  const [speaker, setSpeaker] = useState<string>('all');
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<'quotes' | 'search'>('quotes');
  const [saved, setSaved] = useState('');

  const refresh = async () => {
    try {
      const [page, status] = await Promise.all([api.pageQuotes(), api.indexStatus().catch(() => null)]);
      setIndex(status);
      setLoad(page ? { phase: 'ready', page } : { phase: 'blocked' });
      return page;
    } catch (error) {
      setLoad({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // Poll while the page or the index is still working, so the list fills in by itself.
    const tick = async () => {
      const page = await refresh();
      if (!stopped && page && page.state === 'scanning') timer = setTimeout(tick, 300);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const page = load.phase === 'ready' ? load.page : null;
  const quotes = page?.quotes ?? [];
  const detail = quotes.find((quote) => quote.id === selected) ?? null;

  return (
    <div class="vb-root vb-popup">
      <header class="vb-top">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Verbatim</h1>
        {page && (
          <label class="vb-switch" title="Check quotes on this site">
            <input
              type="checkbox"
              checked={page.state !== 'disabled'}
              onChange={async (event) => {
                await api.setEnabled((event.target as HTMLInputElement).checked);
                await refresh();
              }}
            />
            <span>On for this site</span>
          </label>
        )}
      </header>
      <nav class="vb-tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'quotes'} onClick={() => setTab('quotes')}>
          Quotes{quotes.length ? ` (${quotes.length})` : ''}
        </button>
        <button role="tab" aria-selected={tab === 'search'} onClick={() => setTab('search')}>
          Search sources
        </button>
      </nav>
      {index?.state === 'loading' && <p class="vb-note" role="status">Loading the source index…</p>}
      {index?.state === 'error' && <p class="vb-note vb-error" role="alert">The source index could not be loaded: {index.error}</p>}
      {tab === 'search' ? (
        <SearchPanel api={api} />
      ) : detail ? (
        <QuoteDetail quote={detail} api={api} onBack={() => setSelected(null)} />
      ) : (
        <QuotesPanel load={load} quotes={quotes} filter={filter} setFilter={setFilter} speaker={speaker} setSpeaker={setSpeaker} onSelect={setSelected} scareCount={page?.scareCount ?? 0} />
      )}
      {saved && (
        <p class="vb-note" role="status">
          {saved}
        </p>
      )}
      <footer class="vb-foot">
        {page && (
          <button
            class="vb-link"
            onClick={async () => {
              try {
                setSaved(`Saved “${await api.usePageAsSource()}” to your sources.`);
              } catch (error) {
                setSaved(`Could not save this page: ${error instanceof Error ? error.message : String(error)}`);
              }
            }}
          >
            Use this page as a source
          </button>
        )}
        <button class="vb-link" onClick={() => api.openSourcesPage()}>
          Your sources
        </button>
        <button class="vb-link" onClick={() => api.openOptionsPage()}>
          Options
        </button>
      </footer>
    </div>
  );
}

interface QuotesPanelProps {
  load: Load;
  quotes: CheckedQuote[];
  filter: Verdict | 'all';
  setFilter(verdict: Verdict | 'all'): void;
  speaker: string;
  setSpeaker(speaker: string): void;
  onSelect(id: string): void;
  scareCount: number;
}

function QuotesPanel({ load, quotes, filter, setFilter, speaker, setSpeaker, onSelect, scareCount }: QuotesPanelProps) {
  if (load.phase === 'loading') return <p class="vb-empty" role="status">Looking at this page…</p>;
  if (load.phase === 'blocked') return <p class="vb-empty">Verbatim can’t read this page. Browser pages and extension stores are off limits to extensions.</p>;
  if (load.phase === 'error') return <p class="vb-empty vb-error" role="alert">{load.message}</p>;
  if (load.page.state === 'disabled') return <p class="vb-empty">Verbatim is off for this site. Turn it on above to check its quotes.</p>;
  if (!quotes.length) {
    return (
      <p class="vb-empty">
        {load.page.state === 'scanning' ? 'Looking for quotes…' : 'No quotes found on this page.'}
        {scareCount > 0 && ` (${scareCount} quoted ${scareCount === 1 ? 'term' : 'terms'} that are not speech.)`}
      </p>
    );
  }
  const counts = new Map<Verdict, number>();
  for (const quote of quotes) counts.set(quote.verdict, (counts.get(quote.verdict) ?? 0) + 1);
  const speakers = [...new Set(quotes.map((quote) => quote.speaker?.name ?? 'Unknown speaker'))];
  const shown = quotes.filter(
    (quote) => (filter === 'all' || quote.verdict === filter) && (speaker === 'all' || (quote.speaker?.name ?? 'Unknown speaker') === speaker),
  );
  return (
    <section>
      <div class="vb-filters" role="group" aria-label="Filter by verdict">
        <button class="vb-chip" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
          All {quotes.length}
        </button>
        {VERDICTS.filter((verdict) => counts.has(verdict)).map((verdict) => (
          <button key={verdict} class="vb-chip" aria-pressed={filter === verdict} onClick={() => setFilter(filter === verdict ? 'all' : verdict)} title={VERDICT_STYLES[verdict].meaning}>
            <span style={{ color: VERDICT_STYLES[verdict].color }} aria-hidden="true">
              {VERDICT_STYLES[verdict].symbol}
            </span>{' '}
            {VERDICT_STYLES[verdict].label} {counts.get(verdict)}
          </button>
        ))}
      </div>
      {speakers.length > 1 && (
        <label class="vb-speaker-filter">
          Speaker{' '}
          <select value={speaker} onChange={(event) => setSpeaker((event.target as HTMLSelectElement).value)}>
            <option value="all">Everyone ({speakers.length})</option>
            {speakers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul class="vb-list">
        {shown.map((quote) => (
          <li key={quote.id}>
            <button class="vb-item" onClick={() => onSelect(quote.id)} data-verdict={quote.verdict}>
              <span class="vb-item-head">
                <VerdictBadge verdict={quote.verdict} />
                <span class="vb-item-speaker">{quote.speaker?.name ?? 'Unknown speaker'}</span>
                {quote.kind === 'fragment' && <span class="vb-kind">fragment</span>}
              </span>
              <span class="vb-item-text">“{quote.text}”</span>
              {quote.match && <span class="vb-item-source">{quote.match.title}</span>}
            </button>
          </li>
        ))}
      </ul>
      <Legend />
    </section>
  );
}

function Legend() {
  return (
    <details class="vb-legend">
      <summary>What the colours mean</summary>
      <dl>
        {VERDICTS.map((verdict) => (
          <div key={verdict}>
            <dt>
              <span class="vb-swatch" style={{ borderBottom: `3px ${VERDICT_STYLES[verdict].line} ${VERDICT_STYLES[verdict].color}` }}>
                {VERDICT_STYLES[verdict].symbol} {VERDICT_STYLES[verdict].label}
              </span>
            </dt>
            <dd>{VERDICT_STYLES[verdict].meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function QuoteDetail({ quote, api, onBack }: { quote: CheckedQuote; api: PopupApi; onBack(): void }) {
  const [note, setNote] = useState('');
  return (
    <section class="vb-detail">
      <button class="vb-link" onClick={onBack}>
        ← All quotes
      </button>
      <p class="vb-detail-head">
        <VerdictBadge verdict={quote.verdict} /> <span class="vb-speaker">{quote.speaker?.name ?? 'Unknown speaker'}</span>
      </p>
      <blockquote class="vb-page-quote">“{quote.text}”</blockquote>
      <p class="vb-reason">{quote.reason}</p>
      {quote.match ? <SourceDetails quote={quote} /> : <p class="vb-note">No source has these words.</p>}
      <div class="vb-actions">
        <button
          onClick={async () => {
            const shown = await api.showQuote(quote.id);
            setNote(shown ? '' : 'That quote is no longer on the page.');
          }}
        >
          Show on page
        </button>
        <button
          onClick={async () => {
            await api.copy(citationFor(quote));
            setNote('Citation copied.');
          }}
        >
          Copy citation
        </button>
      </div>
      {note && (
        <p class="vb-note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}

function SearchPanel({ api }: { api: PopupApi }) {
  const [sources, setSources] = useState<SourceMeta[]>([]);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<TextHit[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.listSources().then(setSources, () => setSources([]));
  }, []);
  const fuse = useMemo(() => new Fuse(sources, { keys: ['title', 'speaker', 'event'], threshold: 0.35, ignoreLocation: true }), [sources]);
  const titleHits = query.trim().length > 1 ? fuse.search(query.trim(), { limit: 8 }).map((hit) => hit.item) : [];

  return (
    <section class="vb-search">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (!query.trim()) return;
          setBusy(true);
          try {
            setHits(await api.searchText(query.trim()));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label class="vb-sr" for="vb-search-input">
          Search sources
        </label>
        <input id="vb-search-input" type="search" placeholder="Speaker, title or a phrase…" value={query} onInput={(event) => setQuery((event.target as HTMLInputElement).value)} />
        <button type="submit" disabled={busy}>
          Find phrase
        </button>
      </form>
      {titleHits.length > 0 && (
        <ul class="vb-list vb-sources">
          {titleHits.map((meta) => (
            <li key={meta.id}>
              <strong>{meta.title}</strong>
              <span class="vb-meta">{[meta.speaker, meta.date].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      {hits && (hits.length ? (
        <ul class="vb-list vb-hits">
          {hits.map((hit) => (
            <li key={`${hit.meta.id}:${hit.offset}`}>
              <p class="vb-passage">{hit.passage}</p>
              <span class="vb-meta">
                {hit.meta.title}
                {hit.meta.date ? ` · ${hit.meta.date}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="vb-empty">No source has that phrase.</p>
      ))}
    </section>
  );
}
