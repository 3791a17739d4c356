/**
 * Loads an element's code once the first of its instances comes near the screen: a chapter is read
 * long before its quizzes are used, so their script costs nothing until the reader gets there.
 */
export function loadWhenVisible(selector: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(selector);
  if (elements.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: '50% 0px' },
  );
  for (const element of elements) observer.observe(element);
}
