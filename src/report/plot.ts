/**
 * Minimal SVG line plots (no dependency): series of (x, y) points on linear or log axes, with a
 * legend. Enough for T(d) on log-log axes, gap(t) against ln t, and loss envelopes.
 */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
export interface Series {
  label: string; points: readonly [number, number][]; dashed?: boolean; markers?: boolean;
  /** Its own colour (default: the next of the palette); a fit takes its data series' colour. */
  color?: string;
  /** Marker shape (default: one per series, so series that touch stay apart). */
  marker?: Marker;
}
export interface PlotSpec {
  title: string; xLabel: string; yLabel: string;
  xLog?: boolean; yLog?: boolean;
  series: readonly Series[];
  width?: number; height?: number;
}

const SHAPES: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];
/** At most this many markers per series: a dense series shows every k-th point. */
const MAX_MARKERS = 24;

function markerSvg(shape: Marker, x: number, y: number, c: string, open: boolean, r = 3.5): string {
  const fill = open ? 'white' : c;
  const f = (v: number) => v.toFixed(1);
  switch (shape) {
    case 'circle': return `<circle cx="${f(x)}" cy="${f(y)}" r="${r}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case 'square': return `<rect x="${f(x - r)}" y="${f(y - r)}" width="${2 * r}" height="${2 * r}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case 'triangle': return `<polygon points="${f(x)},${f(y - r - 1)} ${f(x - r - 1)},${f(y + r)} ${f(x + r + 1)},${f(y + r)}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case 'diamond': return `<polygon points="${f(x)},${f(y - r - 1)} ${f(x + r + 1)},${f(y)} ${f(x)},${f(y + r + 1)} ${f(x - r - 1)},${f(y)}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case 'cross': return `<path d="M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x - r)},${f(y + r)}L${f(x + r)},${f(y - r)}" stroke="${c}" stroke-width="2"/>`;
  }
}

/**
 * The earlier series that series k would hide under: the same points to within a thousandth of the
 * axis spans (`axes` are the points on the plotted, possibly log, scale).
 */
function hiddenUnder(k: number, axes: readonly (readonly [number, number][])[], spanX: number, spanY: number): number | undefined {
  const me = axes[k]!;
  if (me.length === 0) return undefined;
  for (let j = 0; j < k; j++) {
    const o = axes[j]!;
    if (o.length === me.length && o.every(([x, y], i) => Math.abs(x - me[i]![0]) <= 1e-3 * spanX && Math.abs(y - me[i]![1]) <= 1e-3 * spanY)) return j;
  }
  return undefined;
}

export const PALETTE: readonly string[] = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function ticks(lo: number, hi: number, log: boolean): number[] {
  if (log) {
    // Decades, and 2 and 5 times a decade when the axis spans less than two decades.
    const mult = hi - lo < 2 ? [1, 2, 5] : [1];
    const out: number[] = [];
    for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
      for (const m of mult) { const v = e + Math.log10(m); if (v >= lo - 1e-9 && v <= hi + 1e-9) out.push(v); }
    }
    return out.length >= 2 ? out : [lo, hi];
  }
  const span = hi - lo || 1, step0 = 10 ** Math.floor(Math.log10(span / 5));
  const step = [1, 2, 5, 10].map((m) => m * step0).find((s) => span / s <= 8)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-12; v += step) out.push(v);
  return out;
}

const num = (v: number): string => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(1) : String(Number(v.toPrecision(4))));
/** A log-axis tick shows the value itself: 1e3 for a whole decade, else the number (0.05, 200). */
const fmt = (v: number, log: boolean): string => (log ? (Math.abs(v - Math.round(v)) < 1e-9 ? `1e${Math.round(v)}` : num(10 ** v)) : num(v));

export function svgPlot(spec: PlotSpec): string {
  const tx = (x: number): number => (spec.xLog ? Math.log10(x) : x);
  const ty = (y: number): number => (spec.yLog ? Math.log10(y) : y);
  const axes = spec.series.map((s) => s.points.map(([x, y]) => [tx(x), ty(y)] as [number, number]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const pts = axes.flat();
  if (pts.length === 0) throw new RangeError('nothing to plot');
  let [x0, x1] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
  let [y0, y1] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
  const under = spec.series.map((_, k) => hiddenUnder(k, axes, x1 - x0 || 1, y1 - y0 || 1));
  const labels = spec.series.map((s, k) => (under[k] !== undefined ? `${s.label} (coincides with ${spec.series[under[k]!]!.label})` : s.label));
  // The legend column grows with the longest label (about 7 px a character at 12 px).
  const R = Math.max(200, 56 + 7 * Math.max(0, ...labels.map((l) => [...l].length)));
  const W = spec.width ?? 520 + R, H = spec.height ?? 460, L = 80, T = 40, B = 60;
  if (x0 === x1) { x0 -= 1; x1 += 1; }
  if (y0 === y1) { y0 -= 1; y1 += 1; }
  const pad = (y1 - y0) * 0.05; y0 -= pad; y1 += pad;
  const sx = (x: number): number => L + ((tx(x) - x0) / (x1 - x0)) * (W - L - R);
  const sy = (y: number): number => H - B - ((ty(y) - y0) / (y1 - y0)) * (H - T - B);
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2 - R / 2}" y="22" text-anchor="middle" font-size="15">${esc(spec.title)}</text>`];
  for (const v of ticks(x0, x1, !!spec.xLog)) {
    const X = L + ((v - x0) / (x1 - x0)) * (W - L - R);
    out.push(`<line x1="${X}" y1="${T}" x2="${X}" y2="${H - B}" stroke="#eee"/><text x="${X}" y="${H - B + 16}" text-anchor="middle">${fmt(v, !!spec.xLog)}</text>`);
  }
  for (const v of ticks(y0, y1, !!spec.yLog)) {
    const Y = H - B - ((v - y0) / (y1 - y0)) * (H - T - B);
    out.push(`<line x1="${L}" y1="${Y}" x2="${W - R}" y2="${Y}" stroke="#eee"/><text x="${L - 6}" y="${Y + 4}" text-anchor="end">${fmt(v, !!spec.yLog)}</text>`);
  }
  out.push(`<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="none" stroke="#333"/>`);
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 18}" text-anchor="middle">${esc(spec.xLabel)}</text>`);
  out.push(`<text x="18" y="${(T + H - B) / 2}" text-anchor="middle" transform="rotate(-90 18 ${(T + H - B) / 2})">${esc(spec.yLabel)}</text>`);
  // A series drawn exactly over an earlier one would vanish: it is drawn dotted with open markers of
  // its own shape on top, and its legend entry says which series it coincides with.
  spec.series.forEach((s, k) => {
    const c = s.color ?? PALETTE[k % PALETTE.length]!;
    const pts = s.points.filter(([x, y]) => Number.isFinite(tx(x)) && Number.isFinite(ty(y))).map(([x, y]) => [sx(x), sy(y)] as [number, number]);
    const hidden = under[k];
    const dash = hidden !== undefined ? ' stroke-dasharray="2 4"' : s.dashed ? ' stroke-dasharray="6 4"' : '';
    const shape = s.marker ?? SHAPES[k % SHAPES.length]!;
    const showMarkers = s.markers || hidden !== undefined;
    if (pts.length) out.push(`<polyline fill="none" stroke="${c}" stroke-width="${hidden !== undefined ? 2.5 : 2}"${dash} points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`);
    if (showMarkers) {
      const every = Math.max(1, Math.ceil(pts.length / MAX_MARKERS));
      pts.forEach(([x, y], i) => { if (i % every === 0 || i === pts.length - 1) out.push(markerSvg(shape, x, y, c, hidden !== undefined, hidden !== undefined ? 5 : 3.5)); });
    }
    const ly = T + 10 + k * 20;
    const label = labels[k]!;
    out.push(`<line x1="${W - R + 12}" y1="${ly}" x2="${W - R + 36}" y2="${ly}" stroke="${c}" stroke-width="2"${dash}/>${showMarkers ? markerSvg(shape, W - R + 24, ly, c, hidden !== undefined) : ''}<text x="${W - R + 42}" y="${ly + 4}">${esc(label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
