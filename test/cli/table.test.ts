// Issue 13: the summary table fits the terminal (compact under 100 columns, titles wrapped in what is
// left) and is coloured on a terminal only, so an unexpected ✗ stands out.
import { describe, expect, it } from 'vitest';
import type { ClaimReport } from '../../src/core/runner.ts';
import { summaryTable, terminalLook, shortSource } from '../../src/report/table.ts';

const report = (id: string, over: Partial<ClaimReport> = {}): ClaimReport => ({
  id, paper: id.split('/')[0]!, title: 'Batch Perceptron separates within n·R²/μ² iterations on every separable data set of the class', statement: 's',
  source: { arxiv: '2412.08424', where: 'Theorem 3.3 (as summarised); catalogue', catalogue: 'c' }, provenance: 'read', kind: 'upper',
  expected: 'holds', verdict: 'holds', reason: 'r', instances: 100, precision: 'p', asExpected: true, seconds: 0.5, worstSlack: 0.25,
  mutants: [{ id: `${id}~m`, description: 'd', verdict: 'refuted', reason: 'r', seconds: 0.1 }], ...over,
});
const reports = [
  report('tyurin2024/T3.3'),
  report('nesterov2004/gd-converges-step-below-2-over-L', { verdict: 'refuted', asExpected: false }),
  report('jakhmola2025/J-THM1', { expected: 'inconclusive', verdict: 'inconclusive', kind: 'rate' }),
];
const width = (s: string): number => Math.max(...s.split('\n').map((l) => [...l.replace(/\x1b\[[0-9;]*m/g, '')].length));

describe('summary table', () => {
  it.each([80, 100, 120, 160, 200])('fits %i columns', (cols) => {
    const t = summaryTable(reports, { width: cols, color: false });
    expect(width(t)).toBeLessThanOrEqual(cols);
    expect(t).toContain('tyurin2024/T3.3');
  });
  it('under 100 columns: two lines per claim, the verdict beside the id', () => {
    const t = summaryTable(reports, { width: 90, color: false });
    expect(t.split('\n').length).toBeGreaterThanOrEqual(6);
    expect(t).toMatch(/^✗ nesterov2004\/gd-converges-step-below-2-over-L {2}refuted \(expected holds\)$/m);
    expect(t).toMatch(/^ {4}2412\.08424 Thm 3\.3 · read · upper · 100 inst\. · slack 0\.250 · 0\.50 s · mutants 1\/1$/m);
  });
  it('wide: one row per claim with short source labels and the title wrapped in the room left', () => {
    const t = summaryTable(reports, { width: 200, color: false });
    expect(t.split('\n')[0]).toMatch(/claim\s+source\s+prov\.\s+kind\s+expected\s+verdict\s+inst\.\s+slack\s+s\s+mutants\s+title/);
    expect(t).toMatch(/^\?\s+jakhmola2025\/J-THM1\s+2412\.08424 Thm 3\.3\s+read\s+rate\s+inconclusive/m);
    expect(shortSource(reports[0]!)).toBe('2412.08424 Thm 3.3');
  });
  it('colour only when asked: an unexpected ✗ and its verdict in bold red', () => {
    const plain = summaryTable(reports, { width: 160, color: false });
    expect(plain).not.toMatch(/\x1b\[/);
    const col = summaryTable(reports, { width: 160, color: true });
    expect(col).toMatch(/\x1b\[1m\x1b\[31m✗/);
    expect(col).toMatch(/\x1b\[1m\x1b\[31mrefuted/);
  });
  it('terminalLook: colour on a terminal, never when piped or with NO_COLOR; width from the terminal or $COLUMNS', () => {
    const tty = { isTTY: true, columns: 93 } as unknown as NodeJS.WriteStream;
    const pipe = { isTTY: false } as unknown as NodeJS.WriteStream;
    expect(terminalLook(tty, {})).toEqual({ width: 93, color: true });
    expect(terminalLook(tty, { NO_COLOR: '1' }).color).toBe(false);
    expect(terminalLook(tty, { TERM: 'dumb' }).color).toBe(false);
    expect(terminalLook(pipe, {})).toEqual({ width: 160, color: false });
    expect(terminalLook(pipe, { COLUMNS: '90' }).width).toBe(90);
    expect(terminalLook(pipe, { FORCE_COLOR: '1' }).color).toBe(true);
  });
  it('a table cut by Ctrl-C says so', () => {
    expect(summaryTable(reports.slice(0, 1), { width: 120, color: false, interrupted: 'Ctrl-C' })).toMatch(/interrupted: Ctrl-C stopped the run; 1 claim\(s\) finished/);
  });
});
