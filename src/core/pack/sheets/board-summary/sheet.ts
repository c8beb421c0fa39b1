/**
 * The Board summary, first after the Cover: the headline figures (one printed
 * page) for the region (or nation), each with last quarter's value and the change when
 * the pack is built with a previous quarter, then the decisions for the board.
 */
import type { CellValue } from '../../layout';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { changeText, figureText, plural, uk } from '../../words';
import { boardDecisions, headlineFigures } from './model';

function regionLabel(ctx: SheetContext): string {
  const { regions } = ctx.model;
  return regions.length === 1 ? regions[0]!.region : `National roll-up (${plural(regions.length, 'region')})`;
}

export function boardSummaryDraft(ctx: SheetContext): SheetDraft {
  const { model, previous } = ctx;
  const now = headlineFigures(model);
  const before = previous === null ? null : new Map(headlineFigures(previous.model).map((h) => [h.key, h.value] as const));
  const decisions = boardDecisions(model);
  // When every decision is needed by the same time (usually the meeting), that is said once in the heading and
  // the By when column is left out, so the decisions have the room to fit the one page.
  const whens = new Set(decisions.map((d) => d.byText));
  const oneWhen = decisions.length > 1 && whens.size === 1 ? [...whens][0]! : null;
  const national = model.regions.length > 1;
  const quarterNow = `${model.quarter} (as of ${uk(model.asOf)})`;
  return {
    name: 'Board summary',
    freeze: false,
    lines: [
      { text: `Board summary: ${regionLabel(ctx)}, ${model.quarter}`, style: 'title' },
      {
        text: `Figures as of ${uk(model.asOf)}${model.meetingDate !== null ? ` for the YOGB meeting on ${uk(model.meetingDate)}` : ''}${previous !== null ? `, compared with ${previous.model.quarter} (as of ${uk(previous.model.asOf)})` : ''}. ${plural(decisions.length, 'decision')} for the board below.`,
        style: 'subtitle',
      },
      ...(previous === null ? [{ text: 'No previous quarter was given, so there is no change column: build the pack with last quarter’s tracker to compare.', style: 'text' as const }] : []),
    ],
    table: {
      name: 'PackBoardFigures',
      caption: previous === null ? `Headline figures on ${uk(model.asOf)}` : `Headline figures on ${uk(model.asOf)}, last quarter and the change`,
      columns: [
        { header: 'Figure', kind: 'text', wrapAt: 46 },
        { header: `This quarter ${model.quarter}`, kind: 'text' },
        ...(previous === null ? [] : [{ header: `Last quarter ${previous.model.quarter}`, kind: 'text' as const }, { header: 'Change', kind: 'text' as const, wrapAt: 18 }]),
      ],
      rows: now.map((h): CellValue[] => {
        const row: CellValue[] = [h.label, figureText(h.value, h.kind)];
        if (before !== null) {
          const was = before.get(h.key) ?? null;
          row.push(figureText(was, h.kind), changeText(h.value, was, h.kind));
        }
        return row;
      }),
    },
    more: [
      {
        name: 'PackBoardDecisions',
        heading:
          decisions.length === 0
            ? 'Decisions for the board: none arise from the data this quarter.'
            : `Decisions for the board (${decisions.length})${oneWhen !== null ? `, all needed ${oneWhen.charAt(0).toLowerCase()}${oneWhen.slice(1)}` : ''}`,
        caption: `Decisions for the board on ${quarterNow}: what, who, by when and the framework section`,
        // Columns line up with the figures table above: the wide text first.
        columns: [
          { header: 'Decision', kind: 'text', wrapAt: oneWhen !== null ? 64 : 56 },
          { header: 'Who (PDU / YOT)', kind: 'text', wrapAt: oneWhen !== null ? 22 : 24 },
          ...(oneWhen !== null ? [] : [{ header: 'By when', kind: 'text' as const, wrapAt: 16 }]),
          { header: 'Framework', kind: 'text', wrapAt: oneWhen !== null ? 22 : 16 },
          ...(national ? [{ header: 'Region', kind: 'text' as const }] : []),
        ],
        rows: decisions.map((d, i): CellValue[] => [
          `${i + 1}. ${d.what}`,
          d.who !== undefined ? d.who : d.yot === null ? `${d.region} SPOC` : `${d.pdu ?? 'PDU not given'} / ${d.yot}`,
          ...(oneWhen !== null ? [] : [d.byText]),
          d.citation,
          ...(national ? [d.region] : []),
        ]),
      },
    ],
  };
}

export const boardSummarySheet: PackSheet = {
  name: 'Board summary',
  describe: (ctx) => `One page: headline figures${ctx.previous !== null ? ' with last quarter and the change' : ''}, and the decisions for the board (what, who, by when, framework section)`,
  draft: boardSummaryDraft,
};
