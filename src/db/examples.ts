/**
 * The counterexample database, like Hypothesis's: every refuting instance of a claim is saved under
 * `<project root>/.gdcheck/examples/` (one JSON file per claim id: the exact instance, how it prints,
 * the seed and path that found it, the gdcheck version and the date) and replayed first on the next run
 * of that claim, so a corrected claim is regression-checked against every counterexample ever found.
 * An entry that no longer decodes is reported, never silently dropped. `GDCHECK_DB_DIR` moves the
 * database (the test suite points it at a temporary folder so runs never litter a checkout).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Counterexample, SavedExample } from '../core/claim.ts';
import { VERSION } from '../version.ts';
import { decode, encode, NotDecodable, NotEncodable, type Json } from './encode.ts';
import { printable } from '../core/printable.ts';

export interface Entry {
  /** The exact instance (encode.ts), or null when it has no exact encoding (then seed and path replay it). */
  instance: Json;
  /** The instance as printed in the report. */
  shown: string;
  seed: number | null;
  path: string | null;
  version: string;
  found: string;
  measured: string;
  claimed: string;
}

export interface ClaimFile { claim: string; examples: Entry[] }

/** Saved examples of one claim: the decoded ones, and the ones that no longer parse (with why). */
export interface Loaded { examples: SavedExample[]; unreadable: string[]; file: string }

export const dbDir = (projectRoot: string): string => process.env.GDCHECK_DB_DIR || join(projectRoot, '.gdcheck', 'examples');

/** One file per claim id; characters outside [A-Za-z0-9._-] are %-escaped, so the name is the id, readable. */
export const fileName = (claimId: string): string => `${claimId.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}.json`;

function readClaimFile(file: string): ClaimFile {
  const j = JSON.parse(readFileSync(file, 'utf8')) as ClaimFile;
  if (!j || typeof j.claim !== 'string' || !Array.isArray(j.examples)) throw new NotDecodable('not a gdcheck examples file (needs "claim" and "examples")');
  return j;
}

export function load(dir: string, claimId: string): Loaded {
  const file = join(dir, fileName(claimId));
  const out: Loaded = { examples: [], unreadable: [], file };
  if (!existsSync(file)) return out;
  let cf: ClaimFile;
  try { cf = readClaimFile(file); } catch (e) {
    out.unreadable.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
    return out;
  }
  cf.examples.forEach((e, k) => {
    const label = entryLabel(e, k);
    try {
      const value = checkedEntry(e);
      const hasValue = e.instance !== null && e.instance !== undefined;
      // compared as re-encoded, so that a value written in another (hand-edited) form still matches
      const key = hasValue ? JSON.stringify(encode(value)) : '';
      const matches = (x: unknown): boolean => { try { return JSON.stringify(encode(x)) === key; } catch { return false; } };
      out.examples.push({ label, shown: e.shown, hasValue, value, seed: e.seed ?? undefined, path: e.path ?? undefined, ...(hasValue ? { matches } : {}) });
    } catch (err) {
      out.unreadable.push(`${label} no longer parses: ${(err as Error).message.split('\n')[0]}`);
    }
  });
  return out;
}

/** How an entry is named in notes: its position and, when readable, when and by which gdcheck it was found. */
function entryLabel(e: Partial<Entry> | null | undefined, k: number): string {
  const text = (v: unknown): string => (typeof v === 'string' ? printable(v) : '?');
  return `saved counterexample #${k + 1} (found ${text(e?.found).slice(0, 10)} by gdcheck ${text(e?.version).slice(0, 20)})`;
}

/**
 * One saved entry checked: an object with the printed instance (`shown`), text fields that are
 * strings when present, a 32-bit seed and a string path (or null), and an instance that decodes.
 * Returns the decoded instance (undefined when it has none). @throws NotDecodable saying what is wrong.
 */
function checkedEntry(e: Partial<Entry> | null | undefined): unknown {
  if (!e || typeof e !== 'object' || Array.isArray(e)) throw new NotDecodable('the entry is not an object');
  if (typeof e.shown !== 'string') throw new NotDecodable('entry has no "shown" instance');
  for (const k of ['measured', 'claimed', 'version', 'found'] as const) if (e[k] !== undefined && typeof e[k] !== 'string') throw new NotDecodable(`its "${k}" is not a string`);
  // A seed fast-check cannot take (a hand edit) would stop the claim's whole run, not just this entry.
  if (e.seed !== null && e.seed !== undefined && !(Number.isSafeInteger(e.seed) && e.seed >= -(2 ** 31) && e.seed < 2 ** 31)) throw new NotDecodable(`its seed ${JSON.stringify(e.seed)} is not a 32-bit integer`);
  if (e.path !== null && e.path !== undefined && typeof e.path !== 'string') throw new NotDecodable('its path is not a string');
  return e.instance !== null && e.instance !== undefined ? decode(e.instance) : undefined;
}

/** Saves a refuting instance (once: an entry printing the same is not saved twice). Returns true when new. */
export function save(dir: string, claimId: string, c: Counterexample, value: unknown, hasValue: boolean, seed: number | undefined, path: string | undefined): boolean {
  const file = join(dir, fileName(claimId));
  let cf: ClaimFile = { claim: claimId, examples: [] };
  if (existsSync(file)) {
    try { cf = readClaimFile(file); } catch { return false; } // never overwrite a file we cannot read: it is reported on load
  }
  if (cf.examples.some((e) => e.shown === c.instance && e.seed === (seed ?? null) && e.path === (path ?? null))) return false;
  let instance: Json = null;
  if (hasValue) {
    try { instance = encode(value); } catch (e) { if (!(e instanceof NotEncodable)) throw e; }
  }
  cf.examples.push({ instance, shown: c.instance, seed: seed ?? null, path: path ?? null, version: VERSION, found: new Date().toISOString(), measured: c.measured, claimed: c.claimed });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(cf, null, 2) + '\n');
  return true;
}

/** A claim's file as listed: its readable entries (with their position), and the others with why they do not parse. */
export interface Listed { claim: string; file: string; examples: (Entry & { index: number })[]; unreadable: string[]; error?: string }

/** Every claim file in the database, its entries checked as a run checks them (an entry that does not parse is listed only among `unreadable`). */
export function list(dir: string): Listed[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f): Listed => {
    const file = join(dir, f);
    let cf: ClaimFile;
    try { cf = readClaimFile(file); } catch (e) {
      return { claim: f.replace(/\.json$/, ''), file, examples: [], unreadable: [], error: (e as Error).message.split('\n')[0] };
    }
    const out: Listed = { claim: cf.claim, file, examples: [], unreadable: [] };
    cf.examples.forEach((e, k) => {
      try { checkedEntry(e); out.examples.push({ ...e, index: k + 1 }); } catch (err) { out.unreadable.push(`${entryLabel(e, k)} no longer parses: ${(err as Error).message.split('\n')[0]}`); }
    });
    return out;
  });
}

/** Removes the saved examples of one claim id (or of a paper id, or all when none): the files removed. */
export function clear(dir: string, id?: string): string[] {
  const removed: string[] = [];
  for (const l of list(dir)) {
    if (id !== undefined && l.claim !== id && !l.claim.startsWith(`${id}/`)) continue;
    rmSync(l.file);
    removed.push(l.claim);
  }
  return removed;
}
