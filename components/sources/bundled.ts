// The bundled speeches' size, from the small summary the build writes next to the index.
// The index itself is not fetched here: the page only needs the numbers.
export interface BundledSummary {
  docs: number;
  words: number;
}

export const BUNDLED_SUMMARY_PATH = '/index/bundled.json';

export async function loadBundledSummary(fetchImpl: typeof fetch = fetch): Promise<BundledSummary | null> {
  try {
    const response = await fetchImpl(BUNDLED_SUMMARY_PATH);
    if (!response.ok) return null;
    const value = (await response.json()) as Partial<BundledSummary>;
    return typeof value.docs === 'number' && typeof value.words === 'number' ? { docs: value.docs, words: value.words } : null;
  } catch {
    return null;
  }
}
