// Issue 13: the HTML report as a reader sees it, in headless Chromium (Debian's `chromium`, which
// .ci/run installs): formulas typeset as MathML, figures inline, an open case shown as open, nothing
// fetched from the network. A screenshot is saved to artifacts/report.png as a CI artefact.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../helpers.ts';
import { ROOT } from '../../src/core/registry.ts';

function findChromium(): string | undefined {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean) as string[]) {
    const r = spawnSync('sh', ['-c', `command -v "${name}"`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();
// In CI chromium must be there (.ci/run installs it): a missing browser fails there instead of skipping.
const run = chromium || process.env.CI ? it : it.skip;
if (!chromium && !process.env.CI) console.warn('html-browser.test.ts: skipped: no chromium on this machine (apt-get install chromium; .ci/run installs it)');

const browse = (args: string[]): string => execFileSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', ...args], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });

describe('HTML report in headless Chromium', () => {
  run('typesets formulas, inlines figures, shows the open case as open, fetches nothing; screenshot saved', async () => {
    expect(chromium, 'chromium is not installed: .ci/run installs it with apt-get').toBeTruthy();
    const file = join(mkdtempSync(join(tmpdir(), 'gdcheck-html-')), 'report.html');
    const r = await runCli(['report', '--html', file, 'tyurin2024/T5.1-counts', 'tyurin2024/T5.1-linear-growth', 'jakhmola2025/J-THM1', 'tyurin2025/gradient-identity', '--runs', '20']);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    // Self-contained: no script, stylesheet, image or font from anywhere else.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(|@import|src="http/i);
    const dom = browse(['--dump-dom', pathToFileURL(file).href]);
    expect(dom).toMatch(/gdcheck 0|gdcheck<\/td><td>\d/);
    expect((dom.match(/<math\b/g) ?? []).length).toBeGreaterThan(3);
    expect(dom).toMatch(/<figure><svg\b/);
    expect(dom).toMatch(/<tr class="open"[^>]*><td>open<\/td><td><a href="#jakhmola2025\/J-THM1">/);
    expect(dom).toMatch(/<tr class="ok"[^>]*><td>✓<\/td><td><a href="#tyurin2024\/T5.1-counts">/);
    for (const k of ['seed', 'runs', 'digits', 'budget', 'date']) expect(dom).toMatch(new RegExp(`<td>${k}</td><td>[^<]+</td>`));
    const out = resolve(ROOT, 'artifacts');
    mkdirSync(out, { recursive: true });
    const png = join(out, 'report.png');
    browse([`--screenshot=${png}`, '--window-size=1200,2400', pathToFileURL(file).href]);
    expect(statSync(png).size).toBeGreaterThan(20_000);
  }, 300_000);
});
