/**
 * The Movement sheet: what changed since last quarter, record by record
 * (secondments started, ended, extended; vacancies opened, filled, closed,
 * advanced a stage) and the findings new, resolved and carried.
 */
import type { CellValue } from '../../layout';
import type { PackSheet, SheetDraft, SheetContext } from '../types';
import { plural, uk } from '../../words';
import type { MovementItem, MovementLists } from './model';

const CHANGE_WORDS: Record<MovementItem['change'], string> = {
  started: 'Started',
  ended: 'Ended',
  extended: 'Extended',
  opened: 'Opened',
  filled: 'Filled',
  closed: 'Closed',
  advanced: 'Advanced a stage',
};

/** What changed for one record, in words. */
export function movementDetail(i: MovementItem): string {
  switch (i.change) {
    case 'started':
      return `Started ${uk(i.date)}`;
    case 'ended':
      return i.gone ? 'No longer in the secondment register' : i.date !== null ? `Ended ${uk(i.date)}` : 'No longer active';
    case 'extended':
      return `Extension ${i.before ?? 0} → ${i.after ?? 0} months (NPF 2021 §5.4)`;
    case 'opened':
      return `Vacant from ${uk(i.date)}; now at stage ${i.after ?? 1}`;
    case 'filled':
      return `Filled ${uk(i.date)}`;
    case 'closed':
      return i.gone ? 'No longer in the Vacancy Tracker' : 'No longer open, with no filled date';
    case 'advanced':
      return `Stage ${i.before ?? 1} → stage ${i.after ?? 1} (NPF 2021 §5.5)`;
  }
}

/** '2 secondments started, 1 ended, 1 extended; 1 vacancy opened, …; findings: 3 new, 2 resolved, 8 carried.' */
export function movementSentence(m: MovementLists): string {
  const s = m.secondments;
  const v = m.vacancies;
  return (
    `${plural(s.started.length, 'secondment')} started, ${s.ended.length} ended, ${s.extended.length} extended; ` +
    `${plural(v.opened.length, 'vacancy', 'vacancies')} opened, ${v.filled.length} filled, ${v.closed.length} closed otherwise, ${v.advanced.length} advanced a stage; ` +
    `findings: ${m.findings.new} new, ${m.findings.resolved} resolved, ${m.findings.carried} carried.`
  );
}

export function movementDraft(ctx: SheetContext): SheetDraft | null {
  const { model, previous } = ctx;
  if (previous === null) return null;
  const m = previous.movement;
  const national = model.regions.length > 1;
  const lines: SheetDraft['lines'] = [
    { text: `Movement since ${m.previous.quarter} (as of ${uk(m.previous.asOf)} to ${uk(model.asOf)})`, style: 'title' },
    { text: movementSentence(m), style: 'subtitle' },
    ...(national ? m.regions.map((r) => ({ text: `${r.region}: ${movementSentence(r)}`, style: 'text' as const })) : []),
    ...(m.unmatched.current.length > 0 ? [{ text: `Not compared (no workbook for last quarter): ${m.unmatched.current.join(', ')}.`, style: 'text' as const }] : []),
    ...(m.unmatched.previous.length > 0 ? [{ text: `Last quarter's workbooks for ${m.unmatched.previous.join(', ')} have no region in this pack, so they are not compared.`, style: 'text' as const }] : []),
    {
      text: `Records are matched by ID within a region, whatever their case or spacing. Last quarter's workbooks: ${m.previous.sources.join(', ')}. Findings are matched by rule, record ID and column.`,
      style: 'text',
    },
  ];
  return {
    name: 'Movement',
    freeze: true,
    lines,
    table: {
      name: 'PackMovement',
      caption: `Secondments and vacancies that changed between ${uk(m.previous.asOf)} and ${uk(model.asOf)}`,
      columns: [
        ...(national ? [{ header: 'Region', kind: 'text' as const }] : []),
        { header: 'Record', kind: 'text' },
        { header: 'ID', kind: 'text' },
        { header: 'PDU', kind: 'text', wrapAt: 24 },
        { header: 'YOT', kind: 'text', wrapAt: 28 },
        { header: 'Change', kind: 'text' },
        { header: 'Detail', kind: 'text', wrapAt: 50 },
      ],
      rows: m.items.map((i): CellValue[] => [
        ...(national ? [i.region] : []),
        i.table === 'Secondments' ? 'Secondment' : 'Vacancy',
        i.id,
        i.pdu,
        i.yot,
        CHANGE_WORDS[i.change],
        movementDetail(i),
      ]),
    },
  };
}

export const movementSheet: PackSheet = {
  name: 'Movement',
  describe: (ctx) => (ctx.previous === null ? '' : `What changed since ${ctx.previous.model.quarter}: secondments started, ended, extended; vacancies opened, filled, closed, advanced; findings new, resolved, carried`),
  draft: movementDraft,
};
