/**
 * Take the user to a finding's cell: activate its sheet and select the cell (or,
 * for a finding about a whole table, just its sheet). One sync.
 *
 * No React here.
 */
import type { Finding } from '../../core/rules/define';
import { UserFacingError } from '../host';

/** Where a finding can be shown in Excel: a sheet, and a cell on it when there is one. */
export function targetOf(finding: Pick<Finding, 'sheet' | 'cell'>): { sheet: string; cell: string | null } | null {
  if (finding.sheet === null || finding.sheet === '') return null;
  return { sheet: finding.sheet, cell: finding.cell };
}

/** Select a finding's cell in the workbook open in Excel. */
export async function selectFinding(context: Excel.RequestContext, finding: Pick<Finding, 'sheet' | 'cell'>, stats: { syncs: number } = { syncs: 0 }): Promise<void> {
  const target = targetOf(finding);
  if (!target) throw new UserFacingError('This finding is about the whole workbook, so there is no cell to go to.');
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  if (target.cell !== null) sheet.getRange(target.cell).select();
  try {
    stats.syncs++;
    await context.sync();
  } catch (e) {
    // ItemNotFound: the sheet was renamed or deleted since the check.
    if ((e as { code?: string }).code === 'ItemNotFound') {
      throw new UserFacingError(`There is no sheet called "${target.sheet}" in this workbook any more; check the workbook again.`);
    }
    throw e;
  }
}
