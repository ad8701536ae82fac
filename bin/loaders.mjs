// The module loaders of the gdcheck command, for the main thread and for every worker thread of
// --jobs (loader hooks are per thread): tsx, so claim files may be TypeScript, and the resolve hook
// (resolve-hooks.mjs) that points `gdcheck`, `fast-check`, `decimal.js` and `mathjs` at this tool's
// own copies. The tool runs from src/ through tsx in a checkout, and from the compiled dist/ in an
// installed package (which ships dist/ and no src/): a stale dist/ in a checkout is never used.
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

const root = new URL('../', import.meta.url);
export const compiled = !existsSync(new URL('src/index.ts', root)) && existsSync(new URL('dist/index.js', root));
export const at = (path) => new URL(path, root).href;
const entries = compiled
  ? { gdcheck: at('dist/index.js'), 'gdcheck/vitest': at('dist/vitest.js') }
  : { gdcheck: at('src/index.ts'), 'gdcheck/vitest': at('src/vitest.ts') };

registerTsx();
register('./resolve-hooks.mjs', import.meta.url, { data: { entries, base: at('package.json') } });
