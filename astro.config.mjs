// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { readSiteEnv } from './src/lib/site-env.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { courseDiagrams } from './src/lib/diagrams/integration.ts';
import { STORAGE_FALLBACK_SCRIPT } from './src/lib/storage-fallback.ts';
import { scriptHash, starlightInlineScriptHashes } from './src/lib/csp.ts';

const { site, base, repository } = readSiteEnv(process.env);

export default defineConfig({
  site,
  base,
  // A Content-Security-Policy meta tag: scripts and style sheets only from the site itself, inline
  // scripts only with their hash. Pagefind's search runs WebAssembly; Starlight's icons carry style
  // attributes.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [scriptHash(STORAGE_FALLBACK_SCRIPT), ...starlightInlineScriptHashes()],
      },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Every style sheet and script as a file of the site: cacheable, and allowed by the policy above.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({
      rehypePlugins: [[rehypeBaseLinks, { base }]],
    }),
  },
  integrations: [
    courseDiagrams(),
    starlight({
      title: 'CRM Course',
      description:
        'An open course on Customer Relationship Management: what CRM is, CRM business models, how to build a CRM strategy and how to run it — with diagrams, self-check quizzes and flashcards.',
      favicon: '/favicon.svg',
      lastUpdated: true,
      ...(repository && {
        editLink: { baseUrl: `https://github.com/${repository}/edit/main/` },
        social: [{ icon: 'github', label: 'Source on GitHub', href: `https://github.com/${repository}` }],
      }),
      head: [
        { tag: 'script', content: STORAGE_FALLBACK_SCRIPT },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#1d3a8a' } },
      ],
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: 'Course home', link: '/' },
            { label: 'Review flashcards', link: '/review/' },
            { label: 'Practice exam', link: '/exam/' },
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Dutch–English terms', link: '/dutch-english/' },
            { label: 'Corrections to the notes', link: '/corrections/' },
            { label: 'Print / PDF', link: '/print/' },
          ],
        },
        { label: 'Chapters', items: [{ autogenerate: { directory: 'chapters' } }] },
      ],
      // Search ranks a page by where a term stands in its text (headings weigh more), not by its title:
      // chapter titles share generic words ("CRM", "strategy", "models"), and with the title counted a
      // search for "strategic CRM" would land on the two chapters titled "… CRM strategy …" instead of
      // the one that teaches it. Quiz options and navigation blurbs are marked data-pagefind-ignore.
      pagefind: { ranking: { metaWeights: { title: 0 } } },
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      customCss: [
        './src/styles/course.css',
        './src/styles/theme.css',
        './src/styles/diagrams.css',
        './src/styles/print.css',
      ],
      // The print page is an Astro page, not content: the validator cannot see it, so links to it are
      // left to the build test that checks every link of the built site.
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: true, exclude: ['/print/', '/**/print/'] })],
    }),
  ],
});
