/**
 * The pack's charts as data: one declarative description per chart (what to
 * draw, not how), made from the pack's model. Renderers draw it: chart-svg.ts
 * turns it into SVG for the PDF, and the same SVG becomes PNG pictures in the
 * .xlsx (adapters/xlsx/chart-image.ts); inside Excel it becomes native charts
 * (adapters/excel/write-charts.ts). Pure, JSON-serialisable.
 */
import type { PackModel } from './model';
import type { PreviousQuarter } from './sheets/types';
import { uk } from './words';

/** A horizontal bar chart: one bar (or group of bars) per category, each series a segment (stacked) or a bar of its own (grouped). */
export interface BarChart {
  readonly id: string;
  readonly title: string;
  /** The value axis (along the bars). */
  readonly valueLabel: string;
  /** The category axis (down the side). */
  readonly categoryLabel: string;
  readonly categories: readonly string[];
  /** Each series has a name (the legend's word) and one value per category. */
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  readonly mode: 'stacked' | 'grouped';
}

/**
 * The Board summary's charts: open vacancies by stage reached per YOT (stacked;
 * NPF 2021 §5.5), and with a previous quarter, last quarter against this one for
 * open vacancies and overdue reviews.
 */
export function packCharts(model: PackModel, previous: PreviousQuarter | null): BarChart[] {
  const national = model.regions.length > 1;
  const rows = model.summary;
  const charts: BarChart[] = [
    {
      id: 'vacancies-by-stage',
      title: `Open vacancies by stage reached, per YOT, on ${uk(model.asOf)}`,
      valueLabel: 'Open vacancies (number)',
      categoryLabel: 'YOT',
      categories: rows.map((r) => (national ? `${r.yot} (${r.region})` : r.yot)),
      series: [0, 1, 2, 3, 4].map((i) => ({ name: `Stage ${i + 1}`, values: rows.map((r) => r.byStage[i] ?? 0) })),
      mode: 'stacked',
    },
  ];
  if (previous !== null) {
    const was = previous.model.totals;
    const now = model.totals;
    charts.push({
      id: 'quarter-on-quarter',
      title: `Last quarter (${previous.model.quarter}) and this quarter (${model.quarter})`,
      valueLabel: 'Number',
      categoryLabel: 'Figure',
      categories: ['Open vacancies', 'Reviews overdue'],
      series: [
        { name: `Last quarter ${previous.model.quarter}`, values: [was.vacant, was.overdueReviews] },
        { name: `This quarter ${model.quarter}`, values: [now.vacant, now.overdueReviews] },
      ],
      mode: 'grouped',
    });
  }
  return charts;
}
