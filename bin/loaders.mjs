// The module loaders of the gdcheck command, for its process and for every child process of
// --jobs (bin/job-process.mjs): tsx, so claim files may be TypeScript, and the resolve hook
// (resolve-hooks.mjs) that points `gdcheck`, `fast-check`, `decimal.js` and `mathjs` at this tool's
// own copies. The tool itself runs from the compiled dist/ when it may (an installed package, or a
// checkout whose dist/ was built from its current src/: dist-state.mjs), else from src/ through tsx.
import { register } from 'node:module';
import { distState } from './dist-state.mjs';

const root = new URL('../', import.meta.url);
export const at = (path) => new URL(path, root).href;

/** What the main thread runs: 'dist' or 'src' (a worker gets the main thread's choice, never its own). */
export function chooseBuild() {
  const state = distState(root);
  // A stale dist/ is never used; on a terminal, say why this start is slow.
  if (state === 'stale' && process.stderr.isTTY) process.stderr.write('gdcheck: dist/ was built from other sources than src/ has now, so src/ runs through tsx (npm run build for a fast start)\n');
  return state === 'fresh' || state === 'installed' ? 'dist' : 'src';
}

/**
 * Installs tsx and the resolve hook on this thread, with `gdcheck` pointing at the chosen build.
 * From src/ before anything runs; from dist/ only when a file needs them (src/core/moduleLoading.ts).
 */
export function installLoaders(build) {
  const entries = build === 'dist'
    ? { gdcheck: at('dist/index.js'), 'gdcheck/vitest': at('dist/vitest.js') }
    : { gdcheck: at('src/index.ts'), 'gdcheck/vitest': at('src/vitest.ts') };
  // tsx's loader registered directly: tsx/esm/api would also load esbuild on this thread, which
  // only the loader thread uses. Source maps on, as tsx/esm/api does, so that an error in a user's
  // TypeScript file names its own line.
  process.setSourceMapsEnabled(true);
  register('tsx/esm', import.meta.url, { data: {} });
  register('./resolve-hooks.mjs', import.meta.url, { data: { entries, base: at('package.json') } });
}
