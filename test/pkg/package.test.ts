// Issue 11, done when: the package packs, installs into a fresh project outside the repo, and works
// there (init, check, a refutation saved to the database, its replay after the fix, the vitest
// helper, a broken file as one error row while the other claims still run). One test, a few minutes
// at most: npm pack builds dist/ (prepack), npm install takes the registry's dependencies (cached).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The classical perceptron's update bound as a claim file: R^p/μ^p over narrow-margin pairs. */
const novikoff = (id: string, p: 1 | 2) => `import fc from 'fast-check';
import { propertyClaim, arbitraries, data, dynamics } from 'gdcheck';
type Dataset = data.Dataset;
const updates = (ds: Dataset, cap: number) => dynamics.classicPerceptron(ds, cap).updates;
export default propertyClaim<Dataset>({
  id: '${id}', title: 'updates ≤ bound', statement: 'the classical perceptron makes at most R${p === 2 ? '²/μ²' : '/μ'} updates',
  source: { arxiv: '2412.08424', where: 'Theorem 5.2', catalogue: 'test' }, provenance: 'read', kind: 'upper', expected: 'holds',
  instances: fc.integer({ min: 1, max: 12 }).map(arbitraries.narrowPairDataset),
  measure: data.countWithinBound(updates, (R2, mu) => ${p === 2 ? 'R2.div(mu.pow(2))' : 'R2.sqrt().div(mu)'}),
  relation: 'le', tolerance: { abs: 0, reason: 'exact count, certified bracket' }, show: data.showDataset,
  precision: { search: 'exact', verify: 'exact' },
  mutants: [{ id: 'half', description: 'half the bound', measure: data.countWithinBound(updates, (R2, mu) => R2.div(mu.pow(2)).div(100)) }],
});
`;

/** A researcher's own scenario beside the claims: a helper file ('_'), so `check` must not load it as a claim. */
const ownScenario = `import { scenarios, type Scenario } from 'gdcheck';
const sweep: Scenario = {
  name: 'my-sweep', description: 'my own sweep', usage: '--set n=3',
  settings: { n: { type: 'number', min: 1, max: 10, integer: true, help: 'points' } },
  run(opts, io) { io.write(\`my-sweep: n = \${opts.settings.n ?? 3}, \${scenarios.showDuration(90)}\`); return 0; },
};
export default sweep;
`;

describe('the npm package in a fresh project', () => {
  it('packs, installs, inits, checks, refutes and saves, replays after the fix, runs the vitest helper, and reports a broken file', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gdcheck-package-'));
    try {
      const sh = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) => spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
      const pack = sh('npm', ['pack', '--pack-destination', tmp, '--silent'], ROOT);
      expect(pack.status, pack.stderr).toBe(0);
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
      const tgz = `gdcheck-${version}.tgz`;
      expect(readdirSync(tmp)).toEqual([tgz]);
      const listing = sh('tar', ['-tzf', join(tmp, tgz)], tmp);
      expect(listing.status, listing.stderr).toBe(0);
      const entries = listing.stdout.split('\n');
      for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/vitest.js', 'dist/vitest.d.ts', 'bin/gdcheck.mjs', 'bin/job-process.mjs', 'package.json']) expect(entries).toContain(`package/${f}`);
      // The fast start's build (scripts/build.mjs): the engine bundled (entries at their paths, shared
      // chunks, no module-per-file JavaScript left to load a second copy of a module), the registry's
      // claims bundled, and the stamp.
      for (const f of ['dist/cli/main.js', 'dist/parallel/worker.js', 'dist/parallel/sweepWorker.js', 'dist/cli/commands/simulate.js', 'dist/claims/bundle.js', 'dist/.build-stamp.json']) expect(entries).toContain(`package/${f}`);
      expect(entries.some((e) => /^package\/dist\/chunks\/chunk-\w+\.js$/.test(e))).toBe(true);
      expect(entries).not.toContain('package/dist/core/runner.js');
      expect(entries).toContain('package/dist/core/runner.d.ts');

      const proj = join(tmp, 'proj');
      mkdirSync(proj);
      // what npm 11's `npm init -y` writes: "type": "commonjs", under which the claim files (ES modules) must still load
      writeFileSync(join(proj, 'package.json'), '{ "name": "my-paper-checks", "version": "1.0.0", "private": true, "type": "commonjs" }\n');
      const vitest = JSON.parse(readFileSync(join(ROOT, 'node_modules/vitest/package.json'), 'utf8')).version as string;
      const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tgz), `vitest@${vitest}`], proj);
      expect(install.status, install.stderr).toBe(0);
      const pkg = join(proj, 'node_modules/gdcheck');
      expect(existsSync(join(pkg, 'dist/index.js')) && existsSync(join(pkg, 'dist/index.d.ts')) && existsSync(join(pkg, 'dist/vitest.d.ts'))).toBe(true);
      expect(existsSync(join(pkg, 'src'))).toBe(false); // compiled JavaScript, no TypeScript sources to build

      const env = { ...process.env };
      delete env.GDCHECK_DB_DIR; // the project's own .gdcheck/examples/
      const gd = (...args: string[]) => sh(join(proj, 'node_modules/.bin/gdcheck'), args, proj, env);

      const init = gd('init');
      expect(init.status, init.stderr).toBe(0);
      expect(init.stdout).toMatch(/next: npx gdcheck check claims --mutants/);
      writeFileSync(join(proj, 'claims/_scenario-my-sweep.ts'), ownScenario);
      const first = gd('check', '--mutants');
      expect(first.status, first.stdout + first.stderr).toBe(0);
      expect(first.stdout).toMatch(/4 claims: 4 as expected, 0 not; 0 mutant\(s\) not refuted/); // the '_' scenario is no claim

      // simulate from the installed package: the registry's scenarios (shipped beside their papers in
      // properties/) and the project's own, found in its claims folder
      const list = gd('simulate', 'list');
      expect(list.status, list.stderr).toBe(0);
      for (const name of ['acceleration', 'gradient-flow', 'lower-bound', 'ntk-width', 'two-neuron', 'my-sweep']) expect(list.stdout).toMatch(new RegExp(`^${name} +`, 'm'));
      const lowerBound = gd('simulate', 'lower-bound', '--n', '100,200');
      expect(lowerBound.status, lowerBound.stderr).toBe(0);
      expect(lowerBound.stdout).toMatch(/^Batch Perceptron \(γ → ∞\) +31 +61$/m);
      expect(lowerBound.stdout).toMatch(/closed form exact at every n ≥ 10/);
      expect(gd('simulate', 'my-sweep', '--set', 'n=5').stdout).toBe('my-sweep: n = 5, 1 min 30 s\n');
      expect(gd('simulate', 'my-sweep', '--set', 'n=0')).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^gdcheck: --set n must be .*\n$/) });
      // the registry runs through the public entry in the installed package too: every claim file loads
      // (ids outside the config resolve to the registry), and a claim of it runs
      const registry = gd('list', 'smorodinsky2026', 'tyurin2025', 'jakhmola2025', 'srikant2021', 'tyurin2024');
      expect(registry.status, registry.stdout + registry.stderr).toBe(0);
      expect(registry.stdout).toMatch(/^smorodinsky2026\/S-C2 /m);
      expect(registry.stdout).toMatch(/^srikant2021\/SS-NORM /m);
      const counts = gd('check', 'tyurin2024/T5.1-counts', '--no-db');
      expect(counts.status, counts.stdout + counts.stderr).toBe(0);
      expect(counts.stdout).toMatch(/✓ +tyurin2024\/T5\.1-counts .* verified/);
      // a scenario's own help, and the report's figures, found beside the papers in the installed package
      expect(gd('simulate', 'two-neuron', '--help').stdout).toMatch(/^Scenario two-neuron: .*\n {2}--init .*\nSettings \(--set key=value\):\n {2}u /m);
      const report = gd('report', '--html', 'r.html', 'tyurin2024/T5.1-counts', '--no-db');
      expect(report.status, report.stdout + report.stderr).toBe(0);
      expect(readFileSync(join(proj, 'r.html'), 'utf8')).toMatch(/<figure>.*<svg.*<figcaption>T\(n\) on the Ω\(n\) dataset with its fitted exponent \(simulate lower-bound/s);

      // a false claim (R/μ) and a broken file: the false one refuted and saved, the broken one a row, the rest still run
      writeFileSync(join(proj, 'claims/novikoff.ts'), novikoff('my-paper/novikoff', 1));
      writeFileSync(join(proj, 'claims/broken.ts'), "import { propertyClaim } from 'gdcheck';\nconst bound = ;\nexport default bound;\n");
      const second = gd('check');
      expect(second.status, second.stdout + second.stderr).toBe(2);
      expect(second.stdout).toMatch(/✗ +my-paper\/novikoff .* refuted/);
      expect(second.stdout).toMatch(/✗ {2}claims\/broken\.ts:2:\d+ {2}error {2}syntax error: /);
      expect(second.stdout.match(/^✓ /gm)).toHaveLength(4);
      expect(second.stdout).toMatch(/replay: gdcheck replay my-paper\/novikoff --seed -?\d+ --path "[\d:]+"/);
      expect(second.stdout).toMatch(/5 claims: 4 as expected, 1 not; 1 file\(s\) failed to load; 1 new counterexample\(s\) saved/);
      // the printed replay line runs as is from the installed bin (a config claim: no --file needed)
      const line = /replay: gdcheck replay (my-paper\/novikoff --seed -?\d+ --path "[\d:]+")/.exec(second.stdout)![1]!;
      const replay = gd('replay', ...[...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!));
      expect(replay.status, replay.stdout + replay.stderr).toBe(1);
      expect(replay.stdout).toContain(/^ {2}counterexample: .*$/m.exec(second.stdout)![0]);
      const saved = JSON.parse(readFileSync(join(proj, '.gdcheck/examples/my-paper%2Fnovikoff.json'), 'utf8'));
      expect(saved.examples[0]).toMatchObject({ version: expect.any(String), seed: expect.any(Number), path: expect.any(String) });
      expect(saved.examples[0].instance).not.toBeNull();

      // fixed (R²/μ²), the broken file removed: the saved counterexample is replayed first and no longer refutes
      writeFileSync(join(proj, 'claims/novikoff.ts'), novikoff('my-paper/novikoff', 2));
      rmSync(join(proj, 'claims/broken.ts'));
      const third = gd('check', 'my-paper/novikoff');
      expect(third.status, third.stdout + third.stderr).toBe(0);
      expect(third.stdout).toMatch(/1 saved counterexample\(s\) replayed first/);
      expect(gd('db', 'list').stdout).toMatch(/my-paper\/novikoff: 1 saved/);

      // the vitest helper: a passing claim and a failing one, the failure with its counterexample and replay line
      mkdirSync(join(proj, 'test'));
      writeFileSync(join(proj, 'claims-wip.ts'), novikoff('my-paper/novikoff-wip', 1));
      writeFileSync(join(proj, 'test/claims.test.ts'), "import { claimTest } from 'gdcheck/vitest';\nimport bound from '../claims/perceptron-bound.ts';\nimport wip from '../claims-wip.ts';\nclaimTest([bound, wip], { db: false });\n");
      const vt = sh(join(proj, 'node_modules/.bin/vitest'), ['run'], proj, env);
      const out = (vt.stdout + vt.stderr).replace(/\x1b\[[0-9;]*m/g, ''); // vitest colours its summary
      expect(vt.status, out).toBe(1);
      expect(out).toMatch(/1 failed \| 1 passed/);
      expect(out).toMatch(/my-paper\/novikoff-wip: refuted, expected holds/);
      expect(out).toMatch(/counterexample: /);
      // the claim's file is outside the config's folders: its replay line names it, and runs as printed
      const wipLine = /replay: (gdcheck replay my-paper\/novikoff-wip --file claims-wip\.ts --seed -?\d+ --path "[\d:]+")$/m.exec(out)?.[1];
      expect(wipLine, out).toMatch(/^gdcheck replay my-paper\/novikoff-wip --file claims-wip\.ts /);
      const wipReplay = gd(...[...wipLine!.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(1));
      expect(wipReplay.status, wipReplay.stdout + wipReplay.stderr).toBe(1);
      expect(wipReplay.stdout).toContain(/counterexample: .*$/m.exec(out)![0]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 900_000);
});
