// Public API of the matching engine.
export { buildIndex, loadIndex, INDEX_VERSION, type SourceIndex } from './source-index';
export { createMatcher, parseQuote, SHORT_QUOTE_WORDS, type Matcher } from './matcher';
export { namesMatch } from './verdict';
