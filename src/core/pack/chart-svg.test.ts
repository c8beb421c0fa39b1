import { NPF_2021 } from '../rulebook';
import { board, d, records, secondment, vacancy } from '../rules/testing';
import { chartSvg } from './chart-svg';
import { packCharts, type BarChart } from './charts';
import { buildPack } from './model';
import { compareQuarters } from './sheets/movement/model';

const recs = (extra: boolean) =>
  records({
    board: board({ region: 'North West' }),
    secondments: [secondment({ id: 'S-1', yot: 'YOT A', pdu: 'PDU A', start: '01/04/2025' })],
    vacancies: [
      vacancy({ id: 'V-1', yot: 'YOT A', pdu: 'PDU A', vacantFrom: '01/01/2025', stages: ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', null] }),
      vacancy({ id: 'V-2', yot: 'YOT A', pdu: 'PDU A', vacantFrom: '01/08/2025', stages: ['01/08/2025', null, null, null, null] }),
      vacancy({ id: 'V-3', yot: 'YOT B', pdu: 'PDU B', vacantFrom: '01/08/2025', stages: ['01/08/2025', '10/08/2025', null, null, null] }),
      ...(extra ? [vacancy({ id: 'V-4', yot: 'YOT B', pdu: 'PDU B', vacantFrom: '01/09/2025', stages: ['01/09/2025', null, null, null, null] })] : []),
    ],
  });
const pack = (asOf: string, extra: boolean) =>
  buildPack([{ source: 'nw.xlsx', region: 'North West', records: recs(extra), findings: [] }], { asOf: d(asOf), rulebook: NPF_2021, includeNames: false });

describe('packCharts', () => {
  it('describes open vacancies by stage reached per YOT as stacked bars, one per YOT', () => {
    const [chart, ...rest] = packCharts(pack('30/09/2025', true), null);
    expect(rest).toEqual([]);
    expect(chart!.mode).toBe('stacked');
    expect(chart!.categories).toEqual(['YOT A', 'YOT B']);
    expect(chart!.series.map((s) => s.name)).toEqual(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5']);
    // YOT A: V-1 at stage 4, V-2 at stage 1; YOT B: V-3 at stage 2, V-4 at stage 1.
    expect(chart!.series.map((s) => s.values)).toEqual([[1, 1], [0, 1], [0, 0], [1, 0], [0, 0]]);
  });

  it('with a previous quarter, adds last quarter against this for open vacancies and overdue reviews', () => {
    const now = pack('30/09/2025', true);
    const before = pack('30/06/2025', false);
    const movement = compareQuarters(
      { asOf: now.asOf, inputs: [{ source: 'nw.xlsx', region: 'North West', records: recs(true), findings: [] }] },
      { asOf: before.asOf, inputs: [{ source: 'nw-q1.xlsx', region: 'North West', records: recs(false), findings: [] }] },
    );
    const charts = packCharts(now, { model: before, movement });
    const trend = charts[1]!;
    expect(trend.categories).toEqual(['Open vacancies', 'Reviews overdue']);
    expect(trend.series[0]!.name).toBe('Last quarter 2025/26 Q1');
    expect(trend.series[1]!.values[0]).toBe(now.totals.vacant);
    expect(trend.series[0]!.values[0]).toBe(before.totals.vacant);
  });
});

describe('chartSvg', () => {
  const chart: BarChart = {
    id: 'x',
    title: 'Open vacancies by stage & YOT',
    valueLabel: 'Open vacancies (number)',
    categoryLabel: 'YOT',
    categories: ['Wirral YJS', 'Sefton <YJS>', 'Halton YJS'],
    series: [
      { name: 'Stage 1', values: [2, 0, 0] },
      { name: 'Stage 2', values: [1, 3, 0] },
    ],
    mode: 'stacked',
  };
  const svg = chartSvg(chart);

  it('is one SVG document with the title, both axis labels and the legend words, text escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>Open vacancies by stage &amp; YOT</text>');
    expect(svg).toContain('>Open vacancies (number)</text>');
    expect(svg).toContain('>YOT</text>');
    expect(svg).toContain('>Stage 1</text>');
    expect(svg).toContain('>Stage 2</text>');
    expect(svg).toContain('>Sefton &lt;YJS&gt;</text>');
  });

  it('draws one bar per YOT, a segment per non-zero stage, each with its value (and total) in words, not colour alone', () => {
    for (const yot of ['Wirral YJS', 'Sefton &lt;YJS&gt;', 'Halton YJS']) expect(svg).toContain(`>${yot}</text>`);
    // Segments: Wirral 2 (stage 1, stage 2), Sefton 1 (stage 2), Halton none; plus 2 legend swatches.
    expect(svg.match(/<rect /g)).toHaveLength(2 + 3);
    expect(svg).toContain('>Stage 1: 2</text>');
    expect(svg).toContain('>Stage 2: 3</text>');
    // Totals at the end of each bar: 3, 3 and 0.
    expect(svg.match(/font-weight="bold">(\d+)<\/text>/g)!.map((m) => /(\d+)</.exec(m)![1])).toEqual(['3', '3', '0']);
  });

  it('cuts a YOT name too long for the label column, saying so', () => {
    const long = chartSvg({ ...chart, categories: ['Y'.repeat(40_000), 'Sefton YJS', 'Halton YJS'] });
    expect(long.length).toBeLessThan(10_000);
    expect(long).toMatch(/>Y+\.\.\.<\/text>/);
  });

  it('keeps a label that fits whole, and prints grouped values with their words', () => {
    const g = chartSvg({ ...chart, mode: 'grouped', categories: ['Open vacancies', 'Reviews overdue'], series: [{ name: 'Last quarter', values: [7, 3] }, { name: 'This quarter', values: [7, 7] }] });
    expect(g).toContain('>Reviews overdue</text>');
    expect(g).toContain('>3 (last)</text>');
    expect(g).toContain('>7 (this)</text>');
  });

  it('never uses text under 8 pt', () => {
    const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
  });
});
