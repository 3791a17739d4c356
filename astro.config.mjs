// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { readSiteEnv, withBase } from './src/course/site-env.ts';
import { rehypeBaseLinks } from './src/integrations/rehype-base-links.ts';
import { rehypeFocusableTables } from './src/integrations/rehype-focusable-tables.ts';
import { rehypeStackedTables } from './src/integrations/rehype-stacked-tables.ts';
import { rehypeTermWeight } from './src/integrations/rehype-term-weight.ts';
import { courseDiagrams, DIAGRAM_PALETTE_CSS } from './src/integrations/diagrams/index.ts';
import { mdxComponentCheck } from './src/integrations/mdx-components.ts';
import { courseServiceWorker } from './src/integrations/offline/service-worker.ts';
import { courseEpub } from './src/integrations/epub/index.ts';
import { STORAGE_FALLBACK_SCRIPT } from './src/client/storage-fallback.ts';
import { inlineHash, starlightInlineScriptHashes } from './src/integrations/csp.ts';
import { course, courseDefine, courseStyle } from './src/course/config.ts';
import { SEARCH_RANKING } from './src/course/search-ranking.ts';

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
        hashes: [inlineHash(STORAGE_FALLBACK_SCRIPT), ...starlightInlineScriptHashes()],
      },
      // Style sheets from the site and the course's identity style (by hash) as elements; inline
      // style attributes, which Starlight's icons carry, as attributes.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
        hashes: [{ hash: inlineHash(courseStyle(course)), kind: 'element' }],
      },
    },
  },
  // Starlight would prefetch every linked page on hover. The service worker already keeps the whole
  // course after the first visit, and on that visit it is downloading it: prefetching would fetch
  // the same pages a second time, with a script on every page.
  prefetch: false,
  // Every style sheet and script as a file of the site: cacheable, and allowed by the policy above.
  build: { inlineStylesheets: 'never' },
  vite: {
    define: courseDefine(course, base),
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro compiles every MDX page with a `"use astro:head-inject"` directive, which Rolldown
        // warns it may not keep when bundling; Astro reads it before bundling, so nothing is lost.
        // Only that warning is dropped: any other module-level directive is still reported.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"'))
            return;
          handler(level, log);
        },
      },
    },
  },
  markdown: {
    // Code blocks are Starlight's Expressive Code, which needs no inline styles; Astro's own Shiki,
    // which writes inline styles the Content-Security-Policy would block, is not needed.
    syntaxHighlight: false,
    processor: unified({
      rehypePlugins: [
        [
          rehypeTermWeight,
          { glossaryDir: fileURLToPath(new URL('./src/content/glossary/', import.meta.url)) },
        ],
        [rehypeBaseLinks, { base }],
        rehypeFocusableTables,
        rehypeStackedTables,
      ],
    }),
  },
  integrations: [
    mdxComponentCheck(),
    courseDiagrams(),
    starlight({
      title: course.title,
      description: course.description,
      locales: { root: { label: course.lang, lang: course.lang } },
      favicon: '/favicon.svg',
      // The 404 page is src/content/docs/404.md, rendered like every other page; Starlight's own 404
      // route would render the same entry a second time.
      disable404Route: true,
      lastUpdated: true,
      ...(repository && {
        editLink: { baseUrl: `https://github.com/${repository}/edit/main/` },
        social: [{ icon: 'github', label: 'Source on GitHub', href: `https://github.com/${repository}` }],
      }),
      head: [
        { tag: 'script', content: STORAGE_FALLBACK_SCRIPT },
        { tag: 'style', content: courseStyle(course) },
        { tag: 'meta', attrs: { name: 'theme-color', content: course.themeColor } },
        { tag: 'meta', attrs: { name: 'author', content: course.author } },
        // Installable: src/pages/manifest.webmanifest.ts and src/pages/icons/.
        { tag: 'link', attrs: { rel: 'manifest', href: withBase(base, '/manifest.webmanifest') } },
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: withBase(base, '/icons/apple-touch-icon.png') },
        },
      ],
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: 'Course home', link: '/' },
            { label: 'Review flashcards', link: '/review/' },
            { label: 'Practice exam', link: '/exam/' },
            { label: 'Practice data', link: '/practice-data/' },
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Velora at a glance', link: '/velora/' },
            { label: 'Dutch–English terms', link: '/dutch-english/' },
            { label: 'Corrections to the notes', link: '/corrections/' },
            { label: 'Print / PDF', link: '/print/' },
            { label: 'For teachers', link: '/teachers/' },
          ],
        },
        { label: 'Chapters', items: [{ autogenerate: { directory: 'chapters' } }] },
      ],
      // Quiz options and navigation blurbs are marked data-pagefind-ignore; see search-ranking.ts.
      pagefind: { ranking: SEARCH_RANKING },
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      customCss: [
        './src/styles/course.css',
        './src/styles/theme.css',
        './src/styles/controls.css',
        './src/styles/diagrams.css',
        DIAGRAM_PALETTE_CSS,
        './src/styles/print.css',
      ],
      // The glossary page's terms are headings rendered from src/content/glossary/ by a component, whose
      // output the validator does not see (it reads Markdown): the course checks links to them itself,
      // naming the file and the link (src/course/glossary.ts). The print page is an Astro page, not
      // content: links to it are left to the build test that checks every link of the built site.
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          exclude: ['/print/', '/**/print/', '/glossary/#*', '/**/glossary/#*'],
        }),
      ],
      // Adds the glossary's letters and terms to its table of contents.
      routeMiddleware: './src/integrations/glossary-toc.ts',
    }),
    // The EPUB, from the built pages and diagrams.
    courseEpub(course),
    // After Starlight, whose own `astro:build:done` writes the search index that this precaches.
    courseServiceWorker(course),
  ],
});
