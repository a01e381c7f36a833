// Bundles the react-fast-marquee comparison page's script at benchmark time (nothing of it
// is committed), or returns undefined when its packages are not installed.
import { gzipSync } from 'node:zlib';

export async function buildReactFastMarquee() {
  let esbuild;
  try {
    await import('react-fast-marquee');
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  const result = await esbuild.build({
    entryPoints: [new URL('./pages/react-fast-marquee.jsx', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    jsx: 'automatic',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { code: Buffer.from(code), gzip: gzipSync(code, { level: 9 }).length };
}
