/**
 * The fast start: the command runs the compiled dist/ only when it was built from the sources that
 * are there now (bin/dist-state.mjs), and the registry's claims run from their transpiled twins only
 * when those match properties/ and proofs/. A stale build is never used; whatever build runs, the
 * command lists the same claims as the sources do.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
// @ts-expect-error: a plain ES module of the command (bin/), with no type declarations
import { distState, claimsFresh, sourceDigest, claimsDigest, buildStamp, twinOf, STAMP, STAT_MARGIN_MS } from '../../bin/dist-state.mjs';
import { loadRegistry } from '../../src/core/registry.ts';

const ROOT = join(__dirname, '..', '..');

/** A package root in a temporary folder: src/, tsconfig files, properties/, and a dist/ stamped as built from them. */
function fakeRoot(): { dir: string; url: URL; stamp: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gdcheck-dist-'));
  mkdirSync(join(dir, 'src', 'core'), { recursive: true });
  mkdirSync(join(dir, 'properties', 'paper'), { recursive: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'src', 'index.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'src', 'core', 'x.ts'), 'export const x = 2;\n');
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  writeFileSync(join(dir, 'properties', 'paper', 'claim.ts'), 'export default 1;\n');
  writeFileSync(join(dir, 'dist', 'index.js'), 'export const a = 1;\n');
  const url = pathToFileURL(dir + '/');
  const stamp = () => writeFileSync(join(dir, STAMP), JSON.stringify({ digest: sourceDigest(url), claims: claimsDigest(url) }));
  return { dir, url, stamp };
}

describe('which build the command runs', () => {
  it('dist/ only when its stamp matches src/ now: an edit, a new file, a deleted file, or no stamp make it stale', () => {
    const { dir, url, stamp } = fakeRoot();
    try {
      expect(distState(url)).toBe('stale'); // built, never stamped
      stamp();
      expect(distState(url)).toBe('fresh');
      writeFileSync(join(dir, 'src', 'core', 'x.ts'), 'export const x = 3;\n');
      expect(distState(url)).toBe('stale');
      writeFileSync(join(dir, 'src', 'core', 'x.ts'), 'export const x = 2;\n');
      expect(distState(url)).toBe('fresh'); // content, not modification times
      writeFileSync(join(dir, 'src', 'core', 'y.ts'), 'export const y = 0;\n');
      expect(distState(url)).toBe('stale');
      rmSync(join(dir, 'src', 'core', 'y.ts'));
      rmSync(join(dir, 'src', 'core', 'x.ts'));
      expect(distState(url)).toBe('stale');
      writeFileSync(join(dir, 'src', 'core', 'x.ts'), 'export const x = 2;\n');
      writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": {} }\n');
      expect(distState(url)).toBe('stale'); // the compiler's settings are sources too
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the stat fast path: fresh while every file and folder stat is as stamped, else decided by content', () => {
    const { dir, url } = fakeRoot();
    const x = join(dir, 'src', 'core', 'x.ts');
    // A stamp counted as taken after the margin, so that it records stats; its content digest is
    // then spoiled, so a 'fresh' below can only come from the stats.
    const stampStats = (spoil: boolean) => {
      const s = buildStamp(url, Date.now() + STAT_MARGIN_MS + 1000);
      expect(Object.keys(s.stats.digest)).toEqual(expect.arrayContaining(['src/', 'src/core/', 'src/core/x.ts', 'tsconfig.json', 'tsconfig.build.json']));
      expect(s.stats.digest['tsconfig.build.json']).toBeNull(); // missing: must stay missing
      writeFileSync(join(dir, STAMP), JSON.stringify(spoil ? { ...s, digest: 'spoiled' } : s));
    };
    try {
      // Taken now, right after writing the files: no stat record (racily clean), content decides.
      expect(buildStamp(url).stats.digest).toBeUndefined();
      stampStats(true);
      expect(distState(url)).toBe('fresh');
      // Same size, other content: the times changed, so the content is read, and it differs.
      writeFileSync(x, 'export const x = 3;\n');
      expect(distState(url)).toBe('stale');
      stampStats(true);
      // Times put back by hand: the change time still moved.
      const { atime, mtime } = statSync(x);
      writeFileSync(x, 'export const x = 4;\n');
      utimesSync(x, atime, mtime);
      expect(distState(url)).toBe('stale');
      stampStats(true);
      // A new file (the folder's times move), a new tsconfig, a deleted file.
      writeFileSync(join(dir, 'src', 'core', 'y.ts'), 'export const y = 0;\n');
      expect(distState(url)).toBe('stale');
      rmSync(join(dir, 'src', 'core', 'y.ts'));
      stampStats(true);
      writeFileSync(join(dir, 'tsconfig.build.json'), '{}\n');
      expect(distState(url)).toBe('stale');
      rmSync(join(dir, 'tsconfig.build.json'));
      stampStats(false);
      // Rewritten with the same content (what a checkout does): stats differ, content matches.
      writeFileSync(x, readFileSync(x));
      expect(distState(url)).toBe('fresh');
      writeFileSync(join(dir, 'properties', 'paper', 'claim.ts'), 'export default 2;\n');
      expect(claimsFresh(url)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('an installed package (dist/, no src/) runs dist/; a checkout without dist/ runs src/', () => {
    const { dir, url } = fakeRoot();
    try {
      rmSync(join(dir, 'dist'), { recursive: true });
      expect(distState(url)).toBe('absent');
      cpSync(join(dir, 'src'), join(dir, 'dist'), { recursive: true });
      rmSync(join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, 'dist', 'index.js'), '');
      expect(distState(url)).toBe('installed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the claims\' twins only while properties/ and proofs/ are as they were built', () => {
    const { dir, url, stamp } = fakeRoot();
    try {
      stamp();
      expect(claimsFresh(url)).toBe(true);
      expect(twinOf(dir, join(dir, 'properties', 'paper', 'claim.ts'))).toBe(join(dir, 'dist', 'claims', 'properties', 'paper', 'claim.js'));
      writeFileSync(join(dir, 'properties', 'paper', '_helper.ts'), 'export const h = 1;\n');
      expect(claimsFresh(url)).toBe(false);
      expect(distState(url)).toBe('fresh'); // the engine stays usable; the claims load from their TypeScript
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a registry claim comes from the bundle of the twins exactly when the twins are fresh', () => {
    // In a child process running dist/ (vitest runs src/, which never uses the bundle).
    const script = `
      const root = ${JSON.stringify(pathToFileURL(ROOT + '/').href)};
      const { importModule } = await import(new URL('dist/core/moduleLoading.js', root).href);
      const { claimsFresh } = await import(new URL('bin/dist-state.mjs', root).href);
      const { modules } = await import(new URL('dist/claims/bundle.js', root).href);
      const rel = 'properties/tyurin2024/T3.3-batch-perceptron-bound.ts';
      const viaLoader = await importModule(new URL(rel, root).pathname);
      const fromBundle = await modules[rel]();
      console.log(JSON.stringify({ fresh: claimsFresh(new URL(root)), same: viaLoader.default === fromBundle.default, claim: viaLoader.default?.id, keys: Object.keys(modules).length }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as { fresh: boolean; same: boolean; claim: string; keys: number };
    expect(got.claim).toBe('tyurin2024/T3.3');
    expect(got.same).toBe(got.fresh);
    expect(got.keys).toBeGreaterThan(50);
  });
  it('the command lists exactly the registry of the sources, whichever build it runs', async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gdcheck.mjs'), 'list', '--json'], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 24 });
    expect(r.status, r.stderr).toBe(0);
    const listed = (JSON.parse(r.stdout) as { claims: { id: string; mutants: string[] }[] }).claims;
    const { claims } = await loadRegistry();
    expect(listed.map((c) => [c.id, c.mutants])).toEqual(claims.map((c) => [c.id, c.mutants.map((m) => m.id)]));
  });
});
