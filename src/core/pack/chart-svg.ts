/**
 * A chart description (charts.ts) drawn as SVG: title, axis labels, a legend
 * with words beside each colour, and every value printed on its bar, so nothing
 * is told by colour alone. Hand-written, no chart library: two kinds of
 * horizontal bar chart is all the pack needs. Pure: a string out.
 */
import type { BarChart } from './charts';

/** Fills with dark text on the light ones: distinct in greyscale print too (light to dark). */
const PALETTE = ['#DCE6F1', '#9DC3E6', '#5B9BD5', '#2E75B6', '#1F4E79'] as const;
const TEXT_ON = ['#000000', '#000000', '#000000', '#FFFFFF', '#FFFFFF'] as const;
/** Text sizes in points (the SVG is drawn at 1 unit = 1 pt), never under 8. */
const FONT = 9;
const TITLE_FONT = 11;
/** Rough width of a character of 9 pt Roboto, for placing labels. */
const CHAR = FONT * 0.52;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function colourOf(i: number, n: number): { fill: string; text: string } {
  // Spread the series across the palette (two series: the lightest and the darkest but one).
  const k = n <= 1 ? 2 : Math.round((i * (PALETTE.length - 1)) / (n - 1)) - (n === 2 && i === 1 ? 1 : 0);
  return { fill: PALETTE[k]!, text: TEXT_ON[k]! };
}

function niceMax(n: number): number {
  // At least 4, so one vacancy is not drawn as a bar the whole width of the page.
  if (n <= 5) return Math.max(4, Math.ceil(n));
  const step = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (n <= m * step) return m * step;
  return 10 * step;
}

/** The chart as an SVG document `width` points wide; its height follows from the number of bars. */
export function chartSvg(chart: BarChart, width = 760): string {
  const n = chart.series.length;
  const labelWidth = Math.min(220, Math.max(60, Math.max(...chart.categories.map((c) => c.length), 4) * CHAR + 8));
  const left = 24 + labelWidth;
  const right = 40;
  const barH = chart.mode === 'stacked' ? 14 : 12;
  const groupH = chart.mode === 'stacked' ? barH + 6 : n * barH + 8;
  const top = 26 + 20; // title, legend
  const plotH = Math.max(groupH, chart.categories.length * groupH);
  const height = top + plotH + 36;
  const plotW = width - left - right;
  const totals = chart.categories.map((_, c) =>
    chart.mode === 'stacked' ? chart.series.reduce((s, x) => s + (x.values[c] ?? 0), 0) : Math.max(0, ...chart.series.map((x) => x.values[c] ?? 0)),
  );
  const max = niceMax(Math.max(0, ...totals));
  const x = (v: number) => left + (v / max) * plotW;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Roboto" font-size="${FONT}">`);
  out.push(`<title>${esc(chart.title)}</title>`);
  out.push(`<text x="0" y="${TITLE_FONT + 2}" font-size="${TITLE_FONT}" font-weight="bold">${esc(chart.title)}</text>`);
  // Legend: a swatch and its word, side by side.
  let lx = 0;
  chart.series.forEach((s, i) => {
    const c = colourOf(i, n);
    out.push(`<rect x="${lx}" y="${TITLE_FONT + 10}" width="10" height="10" fill="${c.fill}" stroke="#404040" stroke-width="0.5"/>`);
    out.push(`<text x="${lx + 14}" y="${TITLE_FONT + 19}">${esc(s.name)}</text>`);
    lx += 14 + s.name.length * CHAR + 16;
  });
  // Gridlines and value axis ticks.
  const ticks = max <= 5 ? max : 5;
  for (let t = 0; t <= ticks; t++) {
    const v = (max / ticks) * t;
    out.push(`<line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${top + plotH}" stroke="#D9D9D9" stroke-width="0.5"/>`);
    out.push(`<text x="${x(v).toFixed(1)}" y="${top + plotH + 11}" text-anchor="middle">${Number.isInteger(v) ? v : v.toFixed(1)}</text>`);
  }
  // Bars: a group per category.
  // A name too long for the label column is cut, with "..." to say so (the detail sheets have it in full).
  const fit = Math.max(4, Math.floor((labelWidth - 4) / CHAR));
  chart.categories.forEach((full, ci) => {
    const cat = full.length > fit ? `${full.slice(0, fit - 3).trimEnd()}...` : full;
    const gy = top + ci * groupH + 3;
    out.push(`<text x="${left - 4}" y="${(gy + (chart.mode === 'stacked' ? barH : n * barH) / 2 + 3).toFixed(1)}" text-anchor="end">${esc(cat)}</text>`);
    if (chart.mode === 'stacked') {
      let acc = 0;
      chart.series.forEach((s, si) => {
        const v = s.values[ci] ?? 0;
        if (v <= 0) return;
        const c = colourOf(si, n);
        const x0 = x(acc);
        const w = x(acc + v) - x0;
        out.push(`<rect x="${x0.toFixed(1)}" y="${gy}" width="${w.toFixed(1)}" height="${barH}" fill="${c.fill}" stroke="#FFFFFF" stroke-width="0.5"/>`);
        // The series' word on the segment when it fits ("Stage 4: 1"), else the value alone.
        const words = `${s.name}: ${v}`;
        const label = words.length * CHAR + 4 <= w ? words : w >= 10 ? String(v) : null;
        if (label !== null) out.push(`<text x="${(x0 + w / 2).toFixed(1)}" y="${gy + barH - 4}" text-anchor="middle" fill="${c.text}">${esc(label)}</text>`);
        acc += v;
      });
      out.push(`<text x="${(x(acc) + 4).toFixed(1)}" y="${gy + barH - 4}" font-weight="bold">${acc}</text>`);
    } else {
      chart.series.forEach((s, si) => {
        const v = s.values[ci] ?? 0;
        const c = colourOf(si, n);
        const y = gy + si * barH;
        out.push(`<rect x="${left}" y="${y}" width="${Math.max(0, x(v) - left).toFixed(1)}" height="${barH - 1}" fill="${c.fill}" stroke="#404040" stroke-width="0.3"/>`);
        out.push(`<text x="${(x(v) + 4).toFixed(1)}" y="${y + barH - 4}">${v} (${esc(s.name.split(' ')[0]!.toLowerCase())})</text>`);
      });
    }
  });
  // Axes and their labels.
  out.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#404040" stroke-width="0.8"/>`);
  out.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#404040" stroke-width="0.8"/>`);
  out.push(`<text x="${(left + plotW / 2).toFixed(1)}" y="${top + plotH + 26}" text-anchor="middle" font-weight="bold">${esc(chart.valueLabel)}</text>`);
  out.push(`<text x="10" y="${(top + plotH / 2).toFixed(1)}" text-anchor="middle" font-weight="bold" transform="rotate(-90 10 ${(top + plotH / 2).toFixed(1)})">${esc(chart.categoryLabel)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
