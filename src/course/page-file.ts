/**
 * The source file of the page being rendered, for error messages. Starlight's route data is missing
 * where content is rendered outside a Starlight page (the print page renders chapters itself), and
 * reading it then throws.
 */
export function pageFile(locals: App.Locals): string {
  try {
    return locals.starlightRoute.entry.filePath ?? 'A page';
  } catch {
    return 'A page';
  }
}
