/**
 * index.html's first script, src/boot.ts, which sends the data request before the app's code has
 * arrived: built as an entry of its own (a few hundred bytes, with its one shared chunk
 * preloaded) and written into the page's head as an `async` module, so it runs the moment it is
 * here rather than after the app's ~56 KB. The dev server serves the source module.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function bootScript(entry = 'src/boot.ts'): Plugin {
  return {
    name: 'boot-script',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', boot: entry } } } }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle) return [{ tag: 'script', attrs: { type: 'module', src: `/${entry}` }, injectTo: 'head' }];
        const boot = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (boot?.type !== 'chunk') throw new Error(`boot-script: no chunk was built for ${entry}`);
        return [
          { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${boot.fileName}` }, injectTo: 'head' },
          ...boot.imports.filter((f) => !html.includes(f)).map((f): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' })),
        ];
      },
    },
  };
}
