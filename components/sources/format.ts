import { t, type MessageKey } from '../../lib/i18n';

const numberFormat = new Intl.NumberFormat('en');

export const formatNumber = (value: number) => numberFormat.format(value);

// As in the popup: a message for exactly one and one for any other number ($1).
function formatCount(count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, numberFormat.format(count));
}

export const formatWords = (words: number) => formatCount(words, 'sources_wordsOne', 'sources_wordsMany');
export const formatSpeeches = (speeches: number) => formatCount(speeches, 'sources_speechesOne', 'sources_speechesMany');
export const formatSources = (sources: number) => formatCount(sources, 'sources_sourcesOne', 'sources_sourcesMany');
export const formatTurns = (turns: number) => formatCount(turns, 'sources_turnsOne', 'sources_turnsMany');
