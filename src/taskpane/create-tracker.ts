/**
 * "Create a tracker" (issue #13), behind the task pane's small form: the
 * template of src/core/template, written where the add-in runs. In Excel: into
 * the open workbook when it is empty, else as a new workbook (ExcelApi 1.8);
 * in the browser's file mode: a download. Loaded on demand, never with the page.
 *
 * No React here.
 */
import { buildTemplate } from '../core/template';
import { NPF_2021 } from '../core/rulebook';
import { UserFacingError } from '../adapters/host';

/** A file name for a region's tracker: "North West" → "north-west-tracker.xlsx". */
export function trackerFileName(region: string): string {
  const slug = region.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'regional'}-tracker.xlsx`;
}

/** Make the tracker; resolves with one plain sentence saying what was done. */
export async function createTracker(where: 'excel' | 'file', regionText: string): Promise<string> {
  const region = regionText.trim();
  if (region === '') throw new UserFacingError('Enter the region the tracker is for, e.g. North West.');
  const doc = buildTemplate({ region, rulebook: NPF_2021 });
  const fileName = trackerFileName(region);
  if (where === 'file') {
    const [{ templateXlsxBytes }, { downloadBytes }] = await Promise.all([
      import(/* webpackChunkName: "xlsx-template" */ '../adapters/xlsx/write-template'),
      import('../adapters/file/index'),
    ]);
    downloadBytes(await templateXlsxBytes(doc), fileName);
    return `Downloaded ${fileName}: a new ${region} tracker. Open it in Excel and fill in the Board sheet first.`;
  }
  // The tracker's drop-down lists are data validation (ExcelApi 1.8: Excel 2019 and later, Microsoft 365).
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8')) {
    throw new UserFacingError(
      'Creating a tracker inside Excel needs Excel 2019 or later (or Microsoft 365) for its drop-down lists; run `yot template`, or open the add-in page in a browser and download the tracker from there.',
    );
  }
  const { writeTemplateSheets, WorkbookNotEmptyError } = await import(/* webpackChunkName: "excel-template" */ '../adapters/excel/write-template');
  try {
    if (Office.context.requirements.isSetSupported('ExcelApi', '1.8')) await Excel.run((context) => writeTemplateSheets(context, doc));
    return `This workbook is now a ${region} tracker: fill in the Board sheet first, then one row per secondment and vacancy.`;
  } catch (e) {
    if (!(e instanceof WorkbookNotEmptyError)) throw e;
    const [{ templateXlsxBytes }, { toBase64 }] = await Promise.all([import(/* webpackChunkName: "xlsx-template" */ '../adapters/xlsx/write-template'), import('../adapters/excel/index')]);
    if (Office.context.requirements.isSetSupported('ExcelApi', '1.8')) await Excel.createWorkbook(toBase64(await templateXlsxBytes(doc)));
    return `The tracker opened as a new workbook; save it as ${fileName}. This workbook was not changed.`;
  }
}
