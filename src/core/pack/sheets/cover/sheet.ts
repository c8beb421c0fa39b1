/**
 * The Cover, first: what the pack is (region, quarter, as-of date, meeting,
 * rulebook), how many findings it has, the workbooks it was built from, what it
 * does with personal data, and the contents: a line for each sheet of the
 * pack's list (sheets/index.ts) with what it shows and its rows.
 */
import { CLASSIFICATION, type LayoutOptions } from '../../document';
import type { SheetContext, SheetDraft } from '../types';
import { uk } from '../../words';
import { countsText, regionLabel } from '../text';

/** A line of the Cover's contents table: a sheet of the pack, what it shows, and its rows. */
export interface ContentsEntry {
  readonly name: string;
  readonly describe: string;
  readonly rows: number;
}

/** London time, 'dd/mm/yyyy hh:mm', whatever the machine's time zone. */
function londonTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`;
}

export function coverDraft(ctx: SheetContext, contents: readonly ContentsEntry[], options: Pick<LayoutOptions, 'generatedAt' | 'inputs'> = {}): SheetDraft {
  const { model } = ctx;
  const fc = model.findingCounts;
  const generatedAt = options.generatedAt ?? null;
  return {
    name: 'Cover',
    freeze: false,
    lines: [
      { text: 'YOS Governance Board quarterly pack', style: 'title' },
      { text: `${regionLabel(model)}: ${model.quarter}, as of ${uk(model.asOf)}`, style: 'subtitle' },
      { text: `${CLASSIFICATION}: contains information about named posts and staff. Do not share beyond the Board.`, style: 'text' },
    ],
    fields: [
      { label: model.regions.length === 1 ? 'Region' : 'Regions', value: model.regions.map((r) => r.region).join(', '), kind: 'text' },
      { label: 'Quarter', value: model.quarter, kind: 'text' },
      { label: 'Financial year', value: model.financialYear, kind: 'text' },
      model.meetingDate === null ? { label: 'YOGB meeting date', value: 'Not given', kind: 'text' } : { label: 'YOGB meeting date', value: model.meetingDate, kind: 'date' },
      { label: 'As of', value: model.asOf, kind: 'date' },
      { label: 'Rulebook', value: model.rulebook.name, kind: 'text' },
      { label: 'Data quality', value: `${countsText(fc)}: see the Data quality sheet. Errors do not stop the pack.`, kind: 'text' },
      { label: 'Errors', value: fc.error, kind: 'integer' },
      { label: 'Warnings', value: fc.warning, kind: 'integer' },
      { label: 'For information', value: fc.info, kind: 'integer' },
      ...model.sources.map((s, i) => ({
        label: model.sources.length === 1 ? 'Workbook' : `Workbook ${i + 1}`,
        value: `${s.source} (${s.region}${s.trackerSubmitted !== null ? `; tracker submitted ${uk(s.trackerSubmitted)}` : ''}${s.meetingDate !== null ? `; meeting ${uk(s.meetingDate)}` : ''})`,
        kind: 'text' as const,
      })),
      ...(options.inputs ?? []).map((f, i, all) => ({
        label: all.length === 1 ? 'Input file' : `Input file ${i + 1}`,
        value: `${f.name} (${f.quarter === 'this' ? 'this quarter' : 'last quarter'}), ${String(f.bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes, SHA-256 ${f.sha256}`,
        kind: 'text' as const,
      })),
      { label: 'Secondee names', value: model.includeNames ? 'Included (asked for): handle the pack as personal data.' : 'Left out: names are personal data and the board needs IDs, not names (UK GDPR data minimisation). Ask for them only if the board must see them.', kind: 'text' },
      { label: 'NI numbers', value: 'Never shown: a National Insurance number is not needed for governance, so any found in a workbook is replaced by "an NI number".', kind: 'text' },
      { label: 'Generated', value: generatedAt === null ? null : londonTime(generatedAt), kind: 'text' },
    ],
    table: {
      name: 'PackContents',
      caption: 'The sheets of this pack',
      columns: [
        { header: 'Sheet', kind: 'text' },
        { header: 'What it shows', kind: 'text', wrapAt: 70 },
        { header: 'Rows', kind: 'integer' },
      ],
      rows: contents.map((c) => [c.name, c.describe, c.rows]),
    },
  };
}
