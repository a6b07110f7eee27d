import { t } from '../lib/i18n';
import type { DiffPart } from '../lib/types';

// Diff parts are runs of words; a space goes between runs unless the next one opens with punctuation.
const needsSpace = (previous: DiffPart | undefined, part: DiffPart) => previous !== undefined && !/\s$/.test(previous.text) && !/^[\s,.;:!?)\]…]/.test(part.text);

/** The source's wording against the page's: struck-through words are the source's only, underlined ones the page's only. */
export function DiffView({ diff }: { diff: DiffPart[] }) {
  return (
    <span class="vb-diff">
      {diff.map((part, i) => {
        const space = needsSpace(diff[i - 1], part) ? ' ' : '';
        if (part.op === 'equal') return <span key={i}>{space + part.text}</span>;
        const [Tag, label] = part.op === 'delete' ? (['del', t('diffSourceOnly')] as const) : (['ins', t('diffPageOnly')] as const);
        return (
          <span key={i}>
            {space}
            <Tag title={part.op === 'delete' ? t('diffSourceOnlyTitle') : t('diffPageOnlyTitle')}>
              <span class="vb-sr">[{label}: </span>
              {part.text}
              <span class="vb-sr">]</span>
            </Tag>
          </span>
        );
      })}
    </span>
  );
}
