// A verdict's reason in words, in the reader's language: the engine gives it as data (Reason).
import { t } from './i18n';
import type { Reason, WordChange } from './types';

function change(c: WordChange): string {
  switch (c.kind) {
    case 'changed':
    case 'spelling':
      return t('reasonChangeReplaced', c.from, c.to);
    case 'added':
      return t('reasonChangeAdded', c.words);
    case 'dropped':
      return t('reasonChangeDropped', c.words);
  }
}

const list = (items: string[]) => items.join(t('reasonListSeparator'));

/** One line a reader understands: "2 words changed: 'will' → 'would', 'never' added". */
export function reasonText(reason: Reason): string {
  switch (reason.kind) {
    case 'exact':
      return t('reasonExact');
    case 'variant':
      return t('reasonVariant', list(reason.changes.map(change)));
    case 'edited': {
      const bits: string[] = [];
      if (reason.ellipsisCuts === 1) bits.push(t('reasonEllipsisCut'));
      else if (reason.ellipsisCuts > 1) bits.push(t('reasonEllipsisCuts', String(reason.ellipsisCuts)));
      for (const b of reason.brackets) bits.push(b.from ? t('reasonBracketFor', b.to, b.from) : t('reasonBracketAdded', b.to));
      return t('reasonEdited', list(bits));
    }
    case 'altered': {
      const parts = reason.changes.map(change);
      if (reason.more) parts.push('…');
      const changes = [list(parts), reason.unmarkedCut ? t('reasonUnmarkedCut') : ''].filter(Boolean).join(t('reasonClauseSeparator'));
      if (reason.changedWords === 0) return changes;
      return reason.changedWords === 1 ? t('reasonAlteredOne', changes) : t('reasonAlteredMany', String(reason.changedWords), changes);
    }
    case 'spliced':
      return reason.sentencesApart === null ? t('reasonSplicedOrder') : t('reasonSplicedApart', String(reason.sentencesApart));
    case 'reordered':
      return t('reasonReordered');
    case 'misattributed':
      return t('reasonMisattributed', reason.sourceSpeaker, reason.pageSpeaker);
    case 'not-found':
      return reason.sharedPercent === undefined ? t('reasonNotFound') : t('reasonNotFoundShared', String(reason.sharedPercent));
    case 'no-words':
      return t('reasonNoWords');
    case 'too-short':
      return reason.scope === 'all' ? t('reasonTooShort') : reason.scope === 'page' || !reason.speaker ? t('reasonTooShortPage') : t('reasonTooShortSpeaker', reason.speaker);
    case 'checking':
      return t('reasonChecking');
  }
}
