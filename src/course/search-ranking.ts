/**
 * How Pagefind ranks results: by where a term stands in a page's text (headings weigh more), not by
 * the page's title. Chapter titles share generic words ("CRM", "strategy", "models"), and with the
 * title counted a search for a term often put a chapter whose title happens to match above the one
 * that teaches it. Starlight passes this to Pagefind; the search tests use it too.
 */
export const SEARCH_RANKING = {
  // Starlight's own weights, stated in full so that the tests rank exactly as the search box does,
  // but for term frequency: at Starlight's 0.1, a search for "customer relationship management" put
  // three chapters that use the words loosely before the one that defines the term; at 0.5 (0.3 to
  // 1 all do) the teaching chapter comes first or second for every glossary term and tested query.
  pageLength: 0.1,
  termFrequency: 0.5,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 0 },
};
