/**
 * The Data quality appendix, last: every finding in the regional workbooks,
 * errors first, with the cell to correct and the framework section, for the
 * regional SPOC.
 */
import type { CellValue } from '../../document';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { rag, uk } from '../../words';
import { countsText, regionLines } from '../text';

export function dataQualityDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  return {
    name: 'Data quality',
    freeze: true,
    lines: [
      { text: 'Appendix for the regional SPOC. Data quality: every finding, errors first', style: 'title' },
      { text: `${countsText(model.findingCounts)}, checked on ${uk(model.asOf)} against ${model.rulebook.name}.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${countsText(r.findings)}.`),
      { text: 'Errors do not stop the pack: figures that rely on a row with an error count what could be read. Cell is where to look in the regional workbook.', style: 'text' },
    ],
    table: {
      name: 'PackDataQuality',
      caption: 'Every finding in the regional workbooks with its cell and citation',
      columns: [
        { header: 'Severity', kind: 'rag' },
        { header: 'Region', kind: 'text' },
        { header: 'Workbook', kind: 'text', wrapAt: 28 },
        { header: 'Sheet', kind: 'text' },
        { header: 'Cell', kind: 'text' },
        { header: 'Column', kind: 'text', wrapAt: 24 },
        // The ID and the message were withheld in packFindings (model.ts), by the model's own withholder.
        { header: 'ID', kind: 'text', withheld: true },
        { header: 'Rule', kind: 'text', wrapAt: 32 },
        { header: 'What was found', kind: 'text', wrapAt: 70, withheld: true },
        { header: 'Citation', kind: 'text', wrapAt: 30 },
      ],
      rows: model.findings.map((f): CellValue[] => [
        f.severity === 'error' ? rag('Red', 'error') : f.severity === 'warning' ? rag('Amber', 'warning') : rag('Green', 'for information'),
        f.region,
        f.source,
        f.sheet ?? f.table,
        f.cell,
        f.column,
        f.key,
        f.rule,
        f.message,
        f.citation,
      ]),
    },
  };
}

export const dataQualitySheet: PackSheet = {
  name: 'Data quality',
  describe: () => 'Appendix for the regional SPOC: every finding, with its cell and citation, to correct in the tracker',
  draft: dataQualityDraft,
};
