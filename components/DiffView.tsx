import type { DiffPart } from '../lib/types';

/** The source's wording against the page's: struck-through words are the source's only, underlined ones the page's only. */
export function DiffView({ diff }: { diff: DiffPart[] }) {
  return (
    <span class="vb-diff">
      {diff.map((part, i) =>
        part.op === 'equal' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'delete' ? (
          <del key={i} title="In the source, not on the page">
            <span class="vb-sr">[source only: </span>
            {part.text}
            <span class="vb-sr">]</span>
          </del>
        ) : (
          <ins key={i} title="On the page, not in the source">
            <span class="vb-sr">[page only: </span>
            {part.text}
            <span class="vb-sr">]</span>
          </ins>
        ),
      )}
    </span>
  );
}
