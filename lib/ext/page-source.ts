// "Use this page as a source": the tab's article, extracted in an extension page (which has a
// DOMParser) and stored with the user's sources. Nothing leaves the browser.
import { parseSource } from '../sources/formats';
import { addSources } from '../sources/store';
import type { SourceMeta } from '../types';
import { askTab } from './rpc';

export async function savePageAsSource(tabId: number): Promise<SourceMeta> {
  const page = await askTab(tabId, 'pageHtml', {});
  const docs = parseSource('page.html', page.html, { url: page.url, title: page.title || page.url }, { parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') });
  const [doc] = docs;
  if (!doc) throw new Error('No article text was found on this page.');
  await addSources(docs, 'page');
  return doc;
}
