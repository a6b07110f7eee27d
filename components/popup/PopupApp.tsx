import type Fuse from 'fuse.js';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { IndexStatus, PageQuotes, TextHit } from '../../lib/messaging';
import type { CheckedQuote, SourceMeta, Verdict } from '../../lib/types';
import { VERDICTS } from '../../lib/types';
import { decorationLine, VERDICT_STYLES, verdictColor, verdictLabel, verdictMeaning } from '../../lib/verdicts';
import { SourceDetails } from '../SourceDetails';
import { VerdictBadge } from '../VerdictBadge';
import { SpeakerName } from '../SpeakerName';
import { citationFor } from './citation';
import { reasonText } from '../../lib/reasons';

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
  /** Calls `listener` when the page's quotes change while the popup is open (a live blog); returns the unsubscribe. */
  onPageChanged?(listener: () => void): () => void;
  /** The keys the reader has for the next and previous quote, as the browser names them ('' when none is set). */
  quoteShortcuts(): Promise<QuoteShortcuts>;
}

export interface QuoteShortcuts {
  next: string;
  previous: string;
}

const speakerName = (quote: CheckedQuote) => quote.speaker?.name ?? t('unknownSpeaker');

type Load = { phase: 'loading' } | { phase: 'blocked' } | { phase: 'ready'; page: PageQuotes } | { phase: 'error'; message: string };

/** The load state of a page's answer: ready with its quotes, or blocked when no page script answers. */
const loaded = (page: PageQuotes | null): Load => (page ? { phase: 'ready', page } : { phase: 'blocked' });

/**
 * `firstPage`: the page's answer when it came before the first render, so the popup opens with its
 * list instead of a loading line; undefined when it has not come yet (the popup then asks).
 */
export function PopupApp({ api, firstPage }: { api: PopupApi; firstPage?: PageQuotes | null }) {
  const [load, setLoad] = useState<Load>(firstPage === undefined ? { phase: 'loading' } : loaded(firstPage));
  const [index, setIndex] = useState<IndexStatus | null>(null);
  const [filter, setFilter] = useState<Verdict | 'all'>('all');
  const [speaker, setSpeaker] = useState<string>('all');
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<'quotes' | 'search'>('quotes');
  const [saved, setSaved] = useState('');
  /** Asks the page for its quotes again, in turn with the polling (set up by the effect below). */
  const askPage = useRef<() => void>(() => undefined);

  const refresh = async () => {
    try {
      // The list does not wait for the engine's status line: each shows as soon as it arrives.
      void api.indexStatus().then(setIndex, () => setIndex(null));
      const page = await api.pageQuotes();
      setLoad(loaded(page));
      return page;
    } catch (error) {
      setLoad({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let asking = false;
    let askAgain = false;
    // Poll while the page or the index is still working, so the list fills in by itself; one
    // question at a time (a change heard meanwhile asks once more when it is answered).
    const tick = async () => {
      if (asking) {
        askAgain = true;
        return;
      }
      asking = true;
      const page = await refresh();
      asking = false;
      if (stopped) return;
      if (askAgain) {
        askAgain = false;
        void tick();
      } else if (page && page.state === 'scanning') timer = setTimeout(tick, 300);
    };
    if (firstPage === undefined) void tick();
    else {
      void api.indexStatus().then(setIndex, () => setIndex(null));
      if (firstPage?.state === 'scanning') timer = setTimeout(tick, 300);
    }
    const askNow = () => {
      clearTimeout(timer);
      void tick();
    };
    askPage.current = askNow;
    // Quotes that arrive later (a live blog) are listed as they come.
    const unsubscribe = api.onPageChanged?.(askNow);
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, []);

  const page = load.phase === 'ready' ? load.page : null;
  const listed = (page?.quotes.length ?? 0) > 0;
  useLayoutEffect(() => {
    // For bench:e2e: when the popup's list is first in its document (painted with the next frame).
    if (listed && !performance.getEntriesByName('verbatim:popup-list').length) performance.mark('verbatim:popup-list');
  }, [listed]);
  const quotes = page?.quotes ?? [];
  const detail = quotes.find((quote) => quote.id === selected) ?? null;
  useEffect(() => {
    if (!page) return;
    if (filter !== 'all' && !quotes.some((quote) => quote.verdict === filter)) setFilter('all');
    if (speaker !== 'all' && !quotes.some((quote) => speakerName(quote) === speaker)) setSpeaker('all');
  }, [page, filter, speaker]);

  return (
    <div class="vb-root vb-popup">
      <header class="vb-top">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('appName')}</h1>
        {page && (
          <label class="vb-switch" title={t('popupSiteSwitchTitle')}>
            <input
              type="checkbox"
              checked={page.state !== 'disabled'}
              onChange={async (event) => {
                // (The page may be reloading: the list below then says what it is now.)
                await api.setEnabled((event.target as HTMLInputElement).checked).catch(() => undefined);
                askPage.current();
              }}
            />
            <span>{t('popupSiteSwitch')}</span>
          </label>
        )}
      </header>
      <nav class="vb-tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'quotes'} onClick={() => setTab('quotes')}>
          {quotes.length ? t('popupTabQuotesCount', String(quotes.length)) : t('popupTabQuotes')}
        </button>
        <button role="tab" aria-selected={tab === 'search'} onClick={() => setTab('search')}>
          {t('popupTabSearch')}
        </button>
      </nav>
      {index?.state === 'loading' && <p class="vb-note" role="status">{t('popupIndexLoading')}</p>}
      {index?.state === 'error' && <p class="vb-note vb-error" role="alert">{t('popupIndexError', index.error ?? '')}</p>}
      {tab === 'search' ? (
        <SearchPanel api={api} />
      ) : detail ? (
        <QuoteDetail quote={detail} api={api} onBack={() => setSelected(null)} />
      ) : (
        <QuotesPanel load={load} quotes={quotes} filter={filter} setFilter={setFilter} speaker={speaker} setSpeaker={setSpeaker} onSelect={setSelected} scareCount={page?.scareCount ?? 0} shortcuts={api.quoteShortcuts} />
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
                setSaved(t('popupPageSaved', await api.usePageAsSource()));
              } catch (error) {
                setSaved(t('popupPageSaveFailed', error instanceof Error ? error.message : String(error)));
              }
            }}
          >
            {t('menuUsePageAsSource')}
          </button>
        )}
        <button class="vb-link" onClick={() => api.openSourcesPage()}>
          {t('popupYourSources')}
        </button>
        <button class="vb-link" onClick={() => api.openOptionsPage()}>
          {t('popupOptions')}
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
  shortcuts: PopupApi['quoteShortcuts'];
}

function QuotesPanel({ load, quotes, filter: chosenFilter, setFilter, speaker: chosenSpeaker, setSpeaker, onSelect, scareCount, shortcuts }: QuotesPanelProps) {
  if (load.phase === 'loading') return <p class="vb-empty" role="status">{t('popupLoadingPage')}</p>;
  if (load.phase === 'blocked') return <p class="vb-empty">{t('popupPageBlocked')}</p>;
  if (load.phase === 'error') return <p class="vb-empty vb-error" role="alert">{load.message}</p>;
  if (load.page.state === 'disabled') return <p class="vb-empty">{t('popupSiteOff')}</p>;
  if (load.page.error) return <p class="vb-empty vb-error" role="alert">{t('popupCheckFailed', load.page.error)}</p>;
  if (!quotes.length) {
    return (
      <p class="vb-empty">
        {load.page.state === 'scanning' ? t('popupScanning') : t('popupNoQuotes')}
        {scareCount > 0 && ` ${scareCount === 1 ? t('popupScareTermsOne') : t('popupScareTermsMany', String(scareCount))}`}
      </p>
    );
  }
  const counts = new Map<Verdict, number>();
  for (const quote of quotes) counts.set(quote.verdict, (counts.get(quote.verdict) ?? 0) + 1);
  const quotesBySpeaker = new Map<string, number>();
  for (const quote of quotes) {
    const name = speakerName(quote);
    quotesBySpeaker.set(name, (quotesBySpeaker.get(name) ?? 0) + 1);
  }
  const speakers = [...quotesBySpeaker.keys()];
  // A filter whose verdict or speaker the page no longer has (it changed while the popup was open)
  // shows everything (and PopupApp clears it, so it does not come back by itself).
  const filter = chosenFilter === 'all' || counts.has(chosenFilter) ? chosenFilter : 'all';
  const speaker = chosenSpeaker === 'all' || quotesBySpeaker.has(chosenSpeaker) ? chosenSpeaker : 'all';
  const shown = quotes.filter(
    (quote) => (filter === 'all' || quote.verdict === filter) && (speaker === 'all' || speakerName(quote) === speaker),
  );
  return (
    <section>
      <div class="vb-filters" role="group" aria-label={t('popupFilterByVerdict')}>
        <button class="vb-chip" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
          {t('popupFilterAll', String(quotes.length))}
        </button>
        {VERDICTS.filter((verdict) => counts.has(verdict)).map((verdict) => (
          <button key={verdict} class="vb-chip" aria-pressed={filter === verdict} onClick={() => setFilter(filter === verdict ? 'all' : verdict)} title={verdictMeaning(verdict)}>
            <span style={{ color: verdictColor(verdict) }} aria-hidden="true">
              {VERDICT_STYLES[verdict].symbol}
            </span>{' '}
            {verdictLabel(verdict)} {counts.get(verdict)}
          </button>
        ))}
      </div>
      {speakers.length > 1 && (
        <label class="vb-speaker-filter">
          {t('popupSpeakerFilter')}{' '}
          <select value={speaker} onChange={(event) => setSpeaker((event.target as HTMLSelectElement).value)}>
            <option value="all">{t('popupSpeakerEveryone', String(speakers.length))}</option>
            {speakers.map((name) => (
              <option key={name} value={name}>
                {name} ({quotesBySpeaker.get(name)})
              </option>
            ))}
          </select>
        </label>
      )}
      <QuoteList quotes={shown} onSelect={onSelect} />
      <Legend shortcuts={shortcuts} />
    </section>
  );
}

/** Items drawn with the popup's first frame; the rest follow right after, so a long page's list shows at once. */
const FIRST_ITEMS = 20;

function QuoteList({ quotes, onSelect }: { quotes: CheckedQuote[]; onSelect(id: string): void }) {
  const [complete, setComplete] = useState(quotes.length <= FIRST_ITEMS);
  useEffect(() => {
    // Effects run after the frame is painted: the first screenful is already on screen here.
    if (!complete) setComplete(true);
  }, [complete]);
  const items = complete ? quotes : quotes.slice(0, FIRST_ITEMS);
  return (
    <ul class="vb-list">
      {items.map((quote) => (
        <li key={quote.id}>
          <button class="vb-item" onClick={() => onSelect(quote.id)} data-verdict={quote.verdict}>
            <span class="vb-item-head">
              <VerdictBadge verdict={quote.verdict} />
              <SpeakerName speaker={quote.speaker} class="vb-item-speaker" />
              {quote.kind === 'fragment' && <span class="vb-kind">{t('popupFragment')}</span>}
            </span>
            <span class="vb-item-text">{t('quotedText', quote.text)}</span>
            {quote.match && <span class="vb-item-source">{quote.match.title}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Legend({ shortcuts }: { shortcuts: PopupApi['quoteShortcuts'] }) {
  const [keys, setKeys] = useState<QuoteShortcuts | null>(null);
  useEffect(() => {
    let live = true;
    shortcuts()
      .then((found) => live && setKeys(found))
      .catch(() => live && setKeys({ next: '', previous: '' }));
    return () => {
      live = false;
    };
  }, [shortcuts]);
  return (
    <details class="vb-legend">
      <summary>{t('popupLegendSummary')}</summary>
      <dl>
        {VERDICTS.map((verdict) => (
          <div key={verdict}>
            <dt>
              <span class="vb-swatch" style={{ textDecoration: `${decorationLine(VERDICT_STYLES[verdict])} ${VERDICT_STYLES[verdict].line} ${verdictColor(verdict)}`, textDecorationThickness: '2px', textUnderlineOffset: '4px' }}>
                {VERDICT_STYLES[verdict].symbol} {verdictLabel(verdict)}
              </span>
            </dt>
            <dd>{verdictMeaning(verdict)}</dd>
          </div>
        ))}
      </dl>
      {keys && <p class="vb-legend-keys">{keys.next && keys.previous ? t('popupKeyboardHint', keys.next, keys.previous) : t('popupKeyboardHintUnset')}</p>}
    </details>
  );
}

function QuoteDetail({ quote, api, onBack }: { quote: CheckedQuote; api: PopupApi; onBack(): void }) {
  const [note, setNote] = useState('');
  return (
    <section class="vb-detail">
      <button class="vb-link" onClick={onBack}>
        {t('popupBackToList')}
      </button>
      <p class="vb-detail-head">
        <VerdictBadge verdict={quote.verdict} /> <SpeakerName speaker={quote.speaker} class="vb-speaker" />
      </p>
      <blockquote class="vb-page-quote">{t('quotedText', quote.text)}</blockquote>
      <p class="vb-reason">{reasonText(quote.reason)}</p>
      {quote.match ? <SourceDetails quote={quote} /> : <p class="vb-note">{t('popupNoSource')}</p>}
      <div class="vb-actions">
        <button
          onClick={async () => {
            const shown = await api.showQuote(quote.id);
            setNote(shown ? '' : t('popupQuoteGone'));
          }}
        >
          {t('popupShowOnPage')}
        </button>
        <button
          onClick={async () => {
            await api.copy(citationFor(quote));
            setNote(t('popupCitationCopied'));
          }}
        >
          {t('popupCopyCitation')}
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
  const titlesRequested = useRef(false);
  const [titles, setTitles] = useState<Fuse<SourceMeta> | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<TextHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  // The titles (over a thousand) and the fuzzy search over them load when the reader turns to the
  // search box, not with every popup: most openings only need the page's list.
  const loadTitles = () => {
    if (titlesRequested.current) return;
    titlesRequested.current = true;
    const sources = api.listSources().catch(() => [] as SourceMeta[]);
    Promise.all([import('fuse.js'), sources]).then(
      ([{ default: FuseSearch }, metas]) => setTitles(new FuseSearch(metas, { keys: ['title', 'speaker', 'event'], threshold: 0.35, ignoreLocation: true })),
      () => {
        // The search module failed to load (an extension update replaced it): ask again on the next keystroke.
        titlesRequested.current = false;
      },
    );
  };
  const titleHits = titles && query.trim().length > 1 ? titles.search(query.trim(), { limit: 8 }).map((hit) => hit.item) : [];

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
          {t('popupSearchLabel')}
        </label>
        <input
          id="vb-search-input"
          type="search"
          placeholder={t('popupSearchPlaceholder')}
          value={query}
          onFocus={loadTitles}
          onInput={(event) => {
            loadTitles();
            setQuery((event.target as HTMLInputElement).value);
          }}
        />
        <button type="submit" disabled={busy}>
          {t('popupFindPhrase')}
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
        <p class="vb-empty">{t('popupNoPhraseHit')}</p>
      ))}
    </section>
  );
}
