import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createMatcher } from '../../lib/match/index';
import { SourceStore } from '../../lib/sources/store';
import type { MatchResult, SourceDoc } from '../../lib/types';

/** A store on its own in-memory IndexedDB; pass the same factory twice for two windows. */
export function freshStore(factory: IDBFactory = new IDBFactory(), channelName = `test-${crypto.randomUUID()}`): SourceStore {
  return new SourceStore({ factory, channelName });
}

export { IDBFactory };

// Washington's 1790 and 1791 annual messages (public domain) and an invented briefing with turns.
export const WASHINGTON_1790 =
  'Among the many interesting objects which will engage your attention that of providing for the common defense ' +
  'will merit particular regard. To be prepared for war is one of the most effectual means of preserving peace. ' +
  'A free people ought not only to be armed, but disciplined; to which end a uniform and well-digested plan is requisite.';

export const WASHINGTON_1791 =
  'In vain may we expect peace with the Indians on our frontiers so long as a lawless set of unprincipled wretches ' +
  'can violate the rights of hospitality, or infringe the most solemn treaties, without receiving the punishment they so justly merit.';

export const BRIEFING =
  'MODERATOR: Good morning. The minister will take questions after a short statement.\n' +
  'MINISTER ALVAREZ: Our harbour reopens to grain ships on Monday, and every berth will be inspected twice before the first cargo arrives.\n' +
  'MODERATOR: First question, please.';

export function doc(id: string, title: string, speaker: string | null, text: string): SourceDoc {
  return { id, title, speaker, date: '1790-01-08', url: null, text };
}

/** Match one quote against the store's current user indexes. */
export async function matchQuote(store: SourceStore, text: string, speaker: string | null = null): Promise<MatchResult> {
  const matcher = createMatcher(await store.loadUserIndexes());
  return matcher.match({ id: 'q0', text, kind: 'full', speaker, utteranceId: 'u0' });
}
