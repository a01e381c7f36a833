import { transform } from 'lightningcss';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { feedEndpoint } from './demo/feed-endpoint.js';

/**
 * Three jobs, chosen by mode:
 * - `vite` (serve): the demo, with a local drifting rates feed so it runs offline;
 * - `vite build --mode es`: the npm build, ES modules with `lit` left as a bare import;
 * - `vite build --mode iife`: dist/fx-ticker.js, one self-contained script with Lit inside.
 * Externals are per build, hence two library builds rather than one.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      plugins: [demoAtRoot(), feedEndpoint()],
      server: { port: 5173 },
      // The Vue example compiles its template in the browser, which needs Vue's full build.
      resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
    };
  }
  const selfContained = mode === 'iife';
  return {
    plugins: [minifyLitCss()],
    build: {
      outDir: 'dist',
      emptyOutDir: !selfContained,
      // The oldest supported browsers (README: Chrome 123, Firefox 120, Safari 17.5) run ES2022
      // natively; an older target would rewrite every #private field into WeakMap helpers.
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: selfContained
        ? { entry: 'src/script-tag.ts', formats: ['iife'], name: 'FxTickerScript', fileName: () => 'fx-ticker.js' }
        : {
            entry: { index: 'src/index.ts', define: 'src/define.ts', providers: 'src/providers/index.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rollupOptions: selfContained
        ? {}
        : { external: [/^lit(\/.*)?$/, /^@lit\//], output: { chunkFileNames: 'chunks/[name].js' } },
    },
  };
});

/** The demo lives in demo/ but is what `npm start` shows at `/`. */
function demoAtRoot(): Plugin {
  return {
    name: 'fx-ticker-demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url === '/' || request.url === '/index.html') request.url = '/demo/index.html';
        next();
      });
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`…` templates, which the JavaScript minifier leaves as
 * written: the stylesheet is a large share of the shipped script. Templates with `${…}`
 * interpolations are left alone.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'fx-ticker-minify-lit-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`$]*)`/g, (_whole, text: string) => {
        const { code: minified } = transform({ filename: id, code: Buffer.from(text), minify: true });
        return `css\`${minified.toString().replace(/[`\\]/g, '\\$&')}\``;
      });
    },
  };
}
