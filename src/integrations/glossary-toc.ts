import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGlossary, GLOSSARY_PAGE_ID } from '../course/glossary.ts';
import { byInitial } from '../course/glossary-links.ts';

/**
 * Starlight builds a page's table of contents from the headings of its Markdown, but the glossary's
 * letters and terms are headings that `<GlossaryEntries />` renders from the term files. This route
 * middleware adds them to the glossary page's headings and table of contents, after the page's own.
 */
export const onRequest = defineRouteMiddleware(async ({ locals }) => {
  const route = locals.starlightRoute;
  if (route.entry.id !== GLOSSARY_PAGE_ID) return;
  const letters = byInitial((await getGlossary()).terms);
  for (const { letter, id, terms } of letters) {
    route.headings.push(
      { depth: 2, slug: id, text: letter },
      ...terms.map((term) => ({ depth: 3, slug: term.id, text: term.term })),
    );
  }
  const toc = route.toc;
  if (!toc || toc.minHeadingLevel > 2) return;
  toc.items.push(
    ...letters.map(({ letter, id, terms }) => ({
      depth: 2,
      slug: id,
      text: letter,
      children:
        toc.maxHeadingLevel >= 3
          ? terms.map((term) => ({ depth: 3, slug: term.id, text: term.term, children: [] }))
          : [],
    })),
  );
});
