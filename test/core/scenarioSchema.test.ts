// A Scenario is user code, checked where gdcheck takes it (runScenario, discovery of a project's
// _scenario-<name>.ts): a settings entry with `kind: 'int'` instead of `type: ...` was a raw
// "Cannot read properties of undefined (reading 'test')" at the first --set; now every malformed
// part (unknown key, wrong type, missing field) is one line naming the scenario, the key and what
// it accepts, before the run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, type Scenario } from '../../src/scenarios/scenario.ts';
import { scenarioProblem } from '../../src/scenarios/scenarioSchema.ts';
import { loadScenarios } from '../../src/scenarios/discover.ts';
import { UserError } from '../../src/core/errors.ts';

const good: Scenario = {
  name: 'b3', description: 'd', usage: 'u', takes: ['steps'],
  settings: { eta: { type: 'number', min: 0, max: 10, help: 'step' }, mode: { type: 'choice', values: ['a', 'b'] }, tag: { type: 'text', pattern: /^[a-z]+$/, example: 'abc' } },
  run: () => 0,
};
const opts = { budget: 1, seed: 1, set: { eta: '0x1' } };
const io = { write: () => {} };

describe('a Scenario object is checked where it is taken', () => {
  it('a valid scenario has no problem and its bad --set value is the usual UserError', async () => {
    expect(scenarioProblem(good)).toBeUndefined();
    await expect(runScenario(good, opts, io)).rejects.toThrow(UserError);
  });

  it("settings entry with kind: 'int' (the reported case) is one TypeError naming the key", async () => {
    const s = { ...good, settings: { eta: { kind: 'int', min: 0, max: 10, default: 1, description: 'step' } } } as never;
    await expect(runScenario(s, opts, io)).rejects.toThrow(/^runScenario: the first argument is not a valid Scenario: scenario 'b3': settings\.eta\.type must be one of 'number', 'choice', 'text', got nothing$/);
  });

  it.each([
    ['an unknown key in a setting', { eta: { type: 'number', min: 0, max: 1, default: 1 } }, /unknown key 'default' in settings\.eta \(known: type, help, min, max, integer, minExclusive\)/],
    ['a type that is an Object member', { eta: { type: 'toString' } }, /settings\.eta\.type must be one of/],
    ['min as a string', { eta: { type: 'number', min: '0', max: 1 } }, /settings\.eta\.min must be a finite number, got '0'/],
    ['min above max', { eta: { type: 'number', min: 2, max: 1 } }, /settings\.eta: min 2 is above max 1/],
    ['integer not a boolean', { eta: { type: 'number', min: 0, max: 1, integer: 'yes' } }, /settings\.eta\.integer must be true or false/],
    ['choice without values', { m: { type: 'choice' } }, /settings\.m\.values must be a non-empty array of strings, got nothing/],
    ['text pattern as a string', { t: { type: 'text', pattern: '^a$', example: 'a' } }, /settings\.t\.pattern must be a RegExp, got '\^a\$'/],
    ['a setting that is a number', { eta: 3 }, /settings\.eta must be an object like/],
  ])('%s', (_name, settings, message) => {
    const p = scenarioProblem({ ...good, settings });
    expect(p).toMatch(message);
    expect(p).toMatch(/^scenario 'b3': /);
  });

  it.each([
    ['an unknown top-level key', { ...good, setings: {} }, /^scenario 'b3': unknown key 'setings' in the scenario \(known: name, /],
    ['no settings', { ...good, settings: undefined }, /settings must be an object of --set keys/],
    ['takes a flag it cannot', { ...good, takes: ['plot'] }, /takes must be an array of 'steps' and 'init'/],
    ['description a number', { ...good, description: 1 }, /description must be a string, got number 1/],
    ['a figure with an unknown option', { ...good, figures: [{ claims: ['a/b'], caption: 'c', options: { budjet: 1 } }] }, /unknown key 'budjet' in figures\[0\]\.options/],
    ['a sweep without report', { ...good, sweep: { points: () => [], label: String, point: () => 0 } }, /sweep\.report must be a function, got nothing/],
    ['no name', { ...good, name: undefined }, /name must be a non-empty string/],
    ['a getter for run', Object.defineProperty({ ...good }, 'run', { get: () => () => 0, enumerable: true }), /^the scenario\.run is a getter \(an accessor property\)/],
    ['a getter in a setting', { ...good, settings: { eta: { type: 'number', get min() { return 0; }, max: 1 } } }, /settings\.eta\.min is a getter/],
  ])('%s', (_name, s, message) => {
    expect(scenarioProblem(s)).toMatch(message);
  });

  it("discovery refuses a project's malformed scenario with the file and the key", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-scen-'));
    mkdirSync(join(dir, 'claims'));
    writeFileSync(join(dir, 'gdcheck.config.json'), JSON.stringify({ claims: ['claims'] }));
    writeFileSync(join(dir, 'claims', '_scenario-bad.mjs'), "export default { name: 'bad', description: 'd', usage: 'u', settings: { eta: { kind: 'int' } }, run: () => 0 };\n");
    await expect(loadScenarios(dir)).rejects.toThrow(/_scenario-bad\.mjs: default export is not a valid Scenario: scenario 'bad': settings\.eta\.type must be one of/);
  });
});
