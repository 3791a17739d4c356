import { isPopoverTerm, type PopoverTerm } from '../shared/glossary.ts';
import { placeBeside } from './popover-placement.ts';

/*
 * The definition of a chapter's glossary term, shown beside the term in a popover (the Popover API:
 * the browser closes it on Escape and on a tap or click elsewhere, and lays it over the page). One
 * popover serves every term; it is placed in the document right after the term, so that Tab goes
 * from the term into it and on to the rest of the chapter. The definitions come from
 * `/glossary/terms.json`, fetched the first time a term is opened.
 */

let terms: Promise<Record<string, unknown>> | undefined;
let popover: HTMLElement | undefined;
/** The term link the popover is open for. */
let opener: HTMLAnchorElement | undefined;
/** Set while one of the popover's links is followed: the focus goes where the link goes. */
let following = false;

function loadTerms(link: HTMLAnchorElement): Promise<Record<string, unknown>> {
  // The file sits beside the glossary page the link points to, under whatever base path.
  terms ??= fetch(new URL('terms.json', link.href)).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json() as Promise<Record<string, unknown>>;
  });
  return terms;
}

function createPopover(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'course-term not-content';
  element.popover = 'auto';
  element.tabIndex = -1;
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', 'course-term-title');
  element.setAttribute('aria-describedby', 'course-term-definition');
  element.innerHTML = `<p class="course-term__title" id="course-term-title"></p><p class="course-term__dutch">In Dutch: <span lang="nl"></span></p><div class="course-term__definition" id="course-term-definition"></div><p class="course-term__links"><a data-link="entry">Glossary entry</a> <a data-link="section"></a></p><button type="button" class="course-button course-button--secondary">Close</button>`;
  element.querySelector('button')!.addEventListener('click', () => element.hidePopover());
  element.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('a')) return;
    following = true;
    element.hidePopover();
    following = false;
  });
  element.addEventListener('beforetoggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !opener) return;
    opener.setAttribute('aria-expanded', 'false');
    // Escape or Close: back to the term, as after any dialog. The browser does so itself when the term
    // had the focus, but a click does not focus a link in every browser (Safari). A click elsewhere
    // keeps its own focus.
    if (!following && element.contains(document.activeElement)) opener.focus({ preventScroll: true });
  });
  addEventListener('resize', () => {
    if (opener && element.matches(':popover-open')) place(element, opener);
  });
  return element;
}

function fill(element: HTMLElement, link: HTMLAnchorElement, term: PopoverTerm): void {
  const part = (selector: string) => element.querySelector<HTMLElement>(selector)!;
  part('.course-term__title').textContent = term.term;
  part('.course-term__dutch').hidden = term.dutch === undefined;
  part('[lang="nl"]').textContent = term.dutch ?? '';
  part('.course-term__definition').innerHTML = term.definition;
  part('[data-link="entry"]').setAttribute('href', link.href);
  const section = part('[data-link="section"]');
  section.setAttribute('href', term.section.href);
  section.textContent = `Taught in ${term.section.title}`;
}

/** Puts the popover below or above the term, never over it, inside the viewport. */
function place(element: HTMLElement, link: HTMLAnchorElement): void {
  element.style.maxHeight = '';
  const size = { width: element.offsetWidth, height: element.offsetHeight };
  const viewport = { width: document.documentElement.clientWidth, height: innerHeight };
  let placement = placeBeside(link.getBoundingClientRect(), size, viewport);
  if (placement.maxHeight < Math.min(size.height, viewport.height / 3)) {
    // Too close to an edge for the definition to be read: bring the term to the middle first.
    link.scrollIntoView({ block: 'center' });
    placement = placeBeside(link.getBoundingClientRect(), size, viewport);
  }
  // Page coordinates: the popover scrolls with the page, and so with its term.
  element.style.maxHeight = `${placement.maxHeight}px`;
  element.style.top = `${placement.top + scrollY}px`;
  element.style.left = `${placement.left + scrollX}px`;
}

/** Opens the definition of the term `link` points to; without it (or the Popover API), follows the link. */
export async function openTerm(link: HTMLAnchorElement): Promise<void> {
  const id = decodeURIComponent(new URL(link.href).hash.slice(1));
  const term = await loadTerms(link).then(
    (all) => all[id],
    () => {
      // Offline before the service worker kept the file, say: the next term tries again.
      terms = undefined;
    },
  );
  if (!isPopoverTerm(term) || !('popover' in HTMLElement.prototype)) {
    location.assign(link.href);
    return;
  }
  popover ??= createPopover();
  if (popover.matches(':popover-open')) popover.hidePopover();
  opener = link;
  fill(popover, link, term);
  link.after(popover);
  popover.showPopover();
  link.setAttribute('aria-expanded', 'true');
  place(popover, link);
  popover.focus({ preventScroll: true });
}
