import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { feedEndpoint } from './demo/feed-endpoint.js';
import { frankfurterEndpoint } from './demo/frankfurter-endpoint.js';

/**
 * Three jobs, chosen by mode:
 * - `vite` (serve): the demo, with a local drifting rates feed and a local copy of Frankfurter's
 *   `/v2/rates` (the blend and each bank's own figures), so it runs offline;
 * - `vite build --mode es`: the npm build, ES modules with `lit` left as a bare import;
 * - `vite build --mode iife`: dist/fx-ticker.js, one self-contained script with Lit inside.
 * Externals are per build, hence two library builds rather than one.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      plugins: [demoAtRoot(), feedEndpoint(), frankfurterEndpoint()],
      server: { port: 5173 },
      // The Vue example compiles its template in the browser, which needs Vue's full build.
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
    };
  }
  const selfContained = mode === 'iife';
  return {
    plugins: selfContained ? [minifyTemplateLiterals(), compactScriptTag()] : [minifyTemplateLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: !selfContained,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: selfContained
        ? { entry: 'src/script-tag.ts', formats: ['iife'], name: 'FxTickerScript', fileName: () => 'fx-ticker.js' }
        : {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              providers: 'src/providers/index.ts',
              prerender: 'src/prerender.ts',
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rollupOptions: selfContained
        ? // The second minifier pass is slow by design; its timing note would print on every build.
          { checks: { pluginTimings: false } }
        : {
            // The prerender module runs in Node: its server renderer, its HTML parser and Node's own modules stay imports.
            external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\/ssr/, /^parse5$/, /^node:/],
            output: { chunkFileNames: 'chunks/[name].js' },
          },
    },
  };
});

/** The demo lives in demo/ but is what `npm start` shows at `/`. */
function demoAtRoot(): Plugin {
  return {
    name: 'fx-ticker-demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        // The query stays: `/?lang=kk` is the demo in Kazakh.
        const [path, query] = (request.url ?? '').split(/(?=\?)/);
        if (path === '/' || path === '/index.html') request.url = `/demo/index.html${query ?? ''}`;
        next();
      });
    },
  };
}

/**
 * A second pass of terser over the minified script tag: it finds what one pass of Vite's own
 * minifier leaves (about 170 bytes of gzip), and every byte of the script tag is paid on
 * every page that embeds it. Safe options only, so the code means what it meant.
 */
function compactScriptTag(): Plugin {
  return {
    name: 'fx-ticker-compact-script-tag',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const { code } = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, format: { wrap_func_args: false } });
        chunk.code = code!;
      }
    },
  };
}

/**
 * Minifies the markup inside Lit's html`…` and css`…` templates, which the JavaScript
 * minifier leaves as written: the stylesheet and the templates' indentation are a large
 * share of the shipped script. Only our own sources; Lit ships minified.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'fx-ticker-minify-template-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const minified = await minifyHTMLLiterals(code, { fileName: id });
      return minified ? { code: minified.code, map: minified.map?.toString() } : null;
    },
  };
}
