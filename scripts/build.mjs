// `npm run build` (also `prepack`, and `prepare`, so that `npm ci` leaves a built checkout):
// - the engine: src/ compiled to a clean dist/ by tsc (JavaScript and declarations), then its
//   JavaScript bundled by esbuild (the entries at their paths, shared chunks in dist/chunks/);
// - the registry's claim files (properties/, proofs/) transpiled one by one to dist/claims/, so
//   `gdcheck list` and `check` load plain JavaScript instead of transforming TypeScript at every
//   start, and bundled into one module, dist/claims/bundle.js. A claim imports the engine as
//   `gdcheck`, which resolves to dist/index.js by the package's self-reference ("exports" in
//   package.json), with no loader hook, so claims and engine share one module instance (a relative
//   import of an engine module other than an entry fails the build: the engine is bundled);
// - dist/.build-stamp.json: digests (and each file's stat) of the sources both were built from
//   (bin/dist-state.mjs), taken before compiling, so a file edited during the build leaves dist/ stale, and a stale dist/ is
//   never used.
// Everything is built into a fresh folder that then replaces dist/ (two renames), so no module of a
// deleted source survives to be discovered, a failed build leaves the old dist/ (stale, so unused),
// and a command running meanwhile (the package test packs while other tests run the CLI) never sees
// a half-built dist/.
// `--if-possible` (prepare): without TypeScript (an install that omits devDependencies) it says so
// and succeeds; the command then runs src/ through tsx.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_SOURCES, STAMP, buildStamp, twinOf } from '../bin/dist-state.mjs';

const rootUrl = new URL('../', import.meta.url);
const root = fileURLToPath(rootUrl);
const require = createRequire(import.meta.url);
let ts;
try {
  ts = require('typescript');
} catch {
  if (process.argv.includes('--if-possible')) {
    console.log('gdcheck build: TypeScript is not installed, dist/ not built (gdcheck runs src/ through tsx, a slower start)');
    process.exit(0);
  }
  console.error('gdcheck build: TypeScript is not installed (npm ci installs it)');
  process.exit(1);
}
const out = join(root, `dist.building-${process.pid}`);
rmSync(out, { recursive: true, force: true });
const stamp = buildStamp(rootUrl);

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) { rmSync(out, { recursive: true, force: true }); process.exit(tsc.status ?? 1); }

/** Packages (gdcheck, fast-check, ...) stay imports, before tsconfig's paths could map gdcheck to src/. */
const packagesOut = { name: 'packages-out', setup(b) { b.onResolve({ filter: /^[^./]/ }, (a) => ({ path: a.path, external: true })); } };

/**
 * The engine bundled (esbuild, code splitting): each entry keeps its path in dist/ (what package.json
 * exports, bin/ and the workers load, and the discovered subcommands), and the modules they share
 * go, one copy each, into dist/chunks/ (one instance of every class and registry, whichever entry
 * is loaded first). Node's ESM loader then reads ~30 modules instead of ~170 at start-up. The
 * other modules' .js files are removed (their .d.ts stay, for the types). Code that needs a path
 * finds the package root from wherever it sits (src/core/packageRoot.ts). Without esbuild, tsc's
 * module-per-file output stays (slower to start, the same behaviour).
 */
const ENGINE_ENTRIES = ['index', 'vitest', 'cli/main', 'core/userFile', 'core/moduleLoading', 'parallel/worker', 'parallel/sweepWorker'];
async function bundleEngine() {
  let esbuild;
  try { esbuild = require('esbuild'); } catch { return 'esbuild is not installed'; }
  const commands = readdirSync(join(out, 'cli', 'commands')).filter((f) => f.endsWith('.js')).map((f) => `cli/commands/${f.slice(0, -3)}`);
  const tmp = `${out}.bundle`;
  rmSync(tmp, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: Object.fromEntries([...ENGINE_ENTRIES, ...commands].map((e) => [e, join(out, `${e}.js`)])),
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', plugins: [packagesOut],
    outdir: tmp, chunkNames: 'chunks/[name]-[hash]', logLevel: 'silent',
  });
  for (const f of readdirSync(out, { recursive: true })) if (f.endsWith('.js')) rmSync(join(out, f));
  cpSync(tmp, out, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  return readdirSync(join(out, 'chunks')).length;
}
let engineBundle;
try {
  engineBundle = await bundleEngine();
} catch (e) {
  rmSync(out, { recursive: true, force: true });
  console.error(`gdcheck build: bundling the engine failed: ${(e.errors?.[0]?.text ?? e.message ?? String(e)).split('\n')[0]}`);
  process.exit(1);
}

/** Where a relative import of `from` (a source file) leads in the built tree, relative to from's twin. */
function builtSpecifier(from, spec) {
  const target = resolve(dirname(from), spec);
  const rel = relative(join(root, 'src'), target);
  const inEngine = !rel.startsWith('..') && !isAbsolute(rel);
  // The engine is bundled: only its entries (index, vitest, ...) exist in dist/ as modules.
  if (inEngine && !ENGINE_ENTRIES.includes(rel.replace(/\.ts$/, '').split(sep).join('/'))) {
    throw new Error(`${relative(root, from)} imports '${spec}': a registry claim imports the engine as 'gdcheck'`);
  }
  const built = inEngine ? join(root, 'dist', rel) : twinOf(root, target);
  // (Paths are computed in the final dist/ layout; the build folder has the same shape.)
  const spec2 = relative(dirname(twinOf(root, from)), built.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs')).split(sep).join('/');
  return spec2.startsWith('.') ? spec2 : `./${spec2}`;
}

/** A transformer that points every relative import and export of `file` at the built tree. */
const pointAtBuilt = (file) => (context) => (sourceFile) => {
  const f = ts.factory;
  const visit = (node) => {
    const spec = node.moduleSpecifier;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && spec && ts.isStringLiteral(spec) && spec.text.startsWith('.')) {
      const s = f.createStringLiteral(builtSpecifier(file, spec.text));
      return ts.isImportDeclaration(node)
        ? f.updateImportDeclaration(node, node.modifiers, node.importClause, s, node.attributes)
        : f.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, s, node.attributes);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]) && node.arguments[0].text.startsWith('.')) {
      return f.updateCallExpression(node, node.expression, node.typeArguments, [f.createStringLiteral(builtSpecifier(file, node.arguments[0].text)), ...node.arguments.slice(1)]);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitNode(sourceFile, visit);
};

/**
 * dist/claims/bundle.js: every twin in one module (esbuild), each evaluated only when first asked
 * for: `modules['properties/p/x.ts']()` resolves to that file's namespace. Loading one module instead
 * of ~80 through Node's ESM loader is most of a fast `gdcheck list` (src/core/moduleLoading.ts).
 * The twins run the same JavaScript; `gdcheck`, packages and the engine stay external, so the bundle
 * shares their instances. A file using `import.meta` (its own URL would become the bundle's) stays
 * out, as an external import, and loads from its twin. Without esbuild, or when it cannot bundle
 * (a top-level await), there is no bundle and every claim loads from its twin.
 */
async function bundleTwins(claimsOut, sources) {
  let esbuild;
  try { esbuild = require('esbuild'); } catch { return 'esbuild is not installed'; }
  const twinRel = (src) => relative(join(root, 'dist', 'claims'), twinOf(root, join(root, src))).split(sep).join('/');
  const own = sources.filter((src) => !/\bimport\.meta\b/.test(readFileSync(join(claimsOut, twinRel(src)), 'utf8')));
  const outside = new Set(sources.filter((src) => !own.includes(src)).map((src) => join(claimsOut, twinRel(src))));
  const contents = `export const modules = {\n${own.map((src) => `  ${JSON.stringify(src)}: () => import(${JSON.stringify(`./${twinRel(src)}`)}),`).join('\n')}\n};\n`;
  // A package, a relative import leading out of the claims, or to a file left out: external, seen from the bundle.
  const keepOut = { name: 'keep-out', setup(b) {
    packagesOut.setup(b);
    b.onResolve({ filter: /^\./ }, (a) => {
      const target = resolve(a.resolveDir, a.path);
      if (!outside.has(target) && !relative(claimsOut, target).startsWith('..')) return undefined;
      const spec = relative(claimsOut, target).split(sep).join('/');
      return { path: spec.startsWith('.') ? spec : `./${spec}`, external: true };
    });
  } };
  try {
    await esbuild.build({ stdin: { contents, resolveDir: claimsOut, sourcefile: 'bundle-entry.js' }, bundle: true, splitting: false, format: 'esm', platform: 'node', target: 'node20', packages: 'external', plugins: [keepOut], outfile: join(claimsOut, 'bundle.js'), logLevel: 'silent' });
  } catch (e) {
    return (e.errors?.[0]?.text ?? e.message ?? String(e)).split('\n')[0];
  }
  return own.length;
}

const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, isolatedModules: true, sourceMap: false };
let count = 0;
const sources = [];
for (const dir of CLAIM_SOURCES) {
  for (const name of readdirSync(join(root, dir), { recursive: true })) {
    const file = join(root, dir, name);
    if (!/\.(ts|mts|js|mjs)$/.test(file) || file.endsWith('.d.ts') || /(^|[\\/])(node_modules|\.[^\\/]*)[\\/]/.test(name)) continue;
    const js = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file, transformers: { after: [pointAtBuilt(file)] } });
    const twin = join(out, relative(join(root, 'dist'), twinOf(root, file)));
    mkdirSync(dirname(twin), { recursive: true });
    writeFileSync(twin, js.outputText);
    sources.push(relative(root, file).split(sep).join('/'));
    count++;
  }
}
const bundled = await bundleTwins(join(out, 'claims'), sources);
writeFileSync(join(out, relative('dist', STAMP)), JSON.stringify(stamp) + '\n');
const old = join(root, `dist.old-${process.pid}`);
if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old);
renameSync(out, join(root, 'dist'));
rmSync(old, { recursive: true, force: true });
console.log(`gdcheck build: dist/ (engine, ${typeof engineBundle === 'number' ? `bundled: ${ENGINE_ENTRIES.length} entries and the subcommands, ${engineBundle} shared chunks` : `not bundled (${engineBundle})`}) and ${count} claim files in dist/claims/, ${typeof bundled === 'number' ? `${bundled} of them bundled in dist/claims/bundle.js` : `not bundled (${bundled})`}`);
