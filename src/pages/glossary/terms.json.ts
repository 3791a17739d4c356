import type { APIRoute } from 'astro';
import { getGlossary, popoverTerms } from '~/course/glossary.ts';

/**
 * Every glossary term as a chapter's term popover shows it, fetched the first time a student opens a
 * term (and kept by the service worker like every built file), so that a chapter's HTML carries no
 * definitions.
 */
export const GET: APIRoute = async () => Response.json(popoverTerms((await getGlossary()).terms));
