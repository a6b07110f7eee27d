import { render } from 'preact';
import { loadBundledSummary } from '../../components/sources/bundled';
import { downloadBytes } from '../../components/sources/download';
import { SourcesApp } from '../../components/sources/SourcesApp';
import { getSourceStore } from '../../lib/sources/store';
import '../../components/sources/sources.css';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

render(
  <SourcesApp store={getSourceStore()} loadBundledSummary={loadBundledSummary} download={downloadBytes} parseHtml={parseHtml} />,
  document.getElementById('app')!,
);
