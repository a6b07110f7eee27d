// The article's text as the quote engine reads it: body found, flattened with offsets that map
// back to the DOM, and each block described in plain data that can cross a message boundary.
import { blockInfos, type BlockInfo } from '../quotes/index';
import { findArticleRoots, isFurniture } from './article';
import { buildTextModel, type TextModel } from './text-model';

export function readPage(doc: Document): { model: TextModel; blocks: BlockInfo[] } {
  const model = buildTextModel(findArticleRoots(doc), { skip: isFurniture });
  return { model, blocks: blockInfos(model) };
}
