import { render } from 'preact';
import { loadBundledSummary } from '../../components/sources/bundled';
import { downloadBytes } from '../../components/sources/download';
import { SourcesApp } from '../../components/sources/SourcesApp';
import { savePageAsSource } from '../../lib/ext/page-source';
import { t } from '../../lib/i18n';
import { getSourceStore } from '../../lib/sources/store';
import '../../components/sources/sources.css';

// Browsers fill in __MSG_key__ only in the manifest and CSS, not in an extension page's HTML.
document.title = t('sources_pageTitle');

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// "Use this page as a source" from the context menu opens this page with ?fromTab=ID: the
// background has no DOMParser, so the tab's article is extracted and stored here.
async function saveRequestedTab(): Promise<void> {
  const tabId = Number(new URLSearchParams(location.search).get('fromTab'));
  if (!tabId) return;
  const status = document.getElementById('page-source-status')!;
  try {
    status.textContent = t('popupPageSaved', (await savePageAsSource(tabId)).title);
  } catch (error) {
    status.textContent = t('popupPageSaveFailed', error instanceof Error ? error.message : String(error));
  }
  history.replaceState(null, '', location.pathname);
}

void saveRequestedTab().finally(() =>
  render(
    <SourcesApp store={getSourceStore()} loadBundledSummary={loadBundledSummary} download={downloadBytes} parseHtml={parseHtml} />,
    document.getElementById('app')!,
  ),
);
