/*
 * A glossary term in a chapter is a link to its entry on the glossary page, and stays one without
 * JavaScript. With it, following the link opens the definition where the term stands instead. Only
 * this listener loads with the chapter; the popover's code (term-popover.ts) loads the first time a
 * term is followed, so that a student who opens none never downloads it.
 */
addEventListener('click', (event) => {
  // A term in the chapter's content, not one of the popover's own links.
  const term = (event.target as Element).closest<HTMLAnchorElement>(
    '.sl-markdown-content a[href*="/glossary/#"]:not([popover] a)',
  );
  // A modified click opens the entry in a new tab or window, as with any link.
  if (!term || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  import('./term-popover.ts').then(
    (popover) => popover.openTerm(term),
    () => location.assign(term.href),
  );
});
