/**
 * The Excel host: the task pane inside Excel, on the workbook that is open.
 * Every Excel.run is here or in the modules it calls (read, navigate,
 * write-pack); the React components get this object as a prop.
 *
 * No React here.
 */
import type { Finding } from '../../core/rules/define';
import type { Host, PackDestination, PackOutcome, PackProgress, PackToWrite } from '../host';
import { readOpenWorkbook } from './read';
import { selectFinding } from './navigate';
import { readMapping, readPackSheets, readRulebook, saveMapping, savePackSheets, saveRulebook, type SettingsStore } from './settings';
import type { ExcelSupport } from './write-pack';
import { downloadPackPdf, readPreviousTracker } from '../file/tracker-file';

/** Excel on the web, where requests and responses are limited to 5 MB. */
export function isExcelOnTheWeb(): boolean {
  return Office.context.platform === Office.PlatformType.OfficeOnline;
}

/**
 * Does this Excel support ExcelApi `version`? The manifest requires ExcelApi 1.4;
 * everything above it is asked here first, and left out gracefully where missing
 * (test/unit/excel-api-sets.test.ts checks every use is behind such a question).
 */
export function supportsExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}

/** Base64 of bytes, in slices (String.fromCharCode on a whole file would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function createExcelHost(): Host {
  const web = isExcelOnTheWeb();
  const settings = Office.context.document.settings as unknown as SettingsStore;
  /**
   * Excel.createWorkbook opens a new workbook from a file's bytes; without it the pack goes into new sheets only.
   * @excelApi 1.8
   */
  const newWorkbooks = supportsExcelApi('1.8');
  const destinations: PackDestination[] = newWorkbooks ? ['sheets', 'new-workbook'] : ['sheets'];
  const support: ExcelSupport = { conditionalFormats: supportsExcelApi('1.6'), freezePanes: supportsExcelApi('1.7'), printSetup: supportsExcelApi('1.9'), indent: supportsExcelApi('1.9') };
  return {
    kind: 'excel',
    canSelect: true,
    packDestinations: destinations,
    read: () => Excel.run((context) => readOpenWorkbook(context, { web })),
    select: (finding: Finding) => Excel.run((context) => selectFinding(context, finding)),
    async writePack({ doc, fileName }: PackToWrite, onProgress: (p: PackProgress) => void, destination: PackDestination): Promise<PackOutcome> {
      if (destination === 'new-workbook' && newWorkbooks) {
        onProgress({ step: 1, steps: 3, label: 'Loading the spreadsheet writer' });
        const { packXlsxBytes } = await import(/* webpackChunkName: "xlsx" */ '../file/xlsx');
        onProgress({ step: 2, steps: 3, label: 'Making the workbook' });
        const bytes = await packXlsxBytes(doc);
        await Excel.createWorkbook(toBase64(bytes));
        onProgress({ step: 3, steps: 3, label: 'Opened the new workbook' });
        return {
          message: `The pack opened as a new workbook with ${doc.sheets.length} sheets; save it as ${fileName}. This workbook was not changed.`,
          sheets: doc.sheets.map((s) => s.name),
          fileName,
        };
      }
      const previous = readPackSheets(settings);
      const { writePackSheets } = await import(/* webpackChunkName: "excel-write", webpackPrefetch: true */ './write-pack');
      const result = await Excel.run((context) =>
        writePackSheets(context, doc, { web, previous, remember: (state) => savePackSheets(settings, state), onProgress, support }),
      );
      const replaced = result.replaced.length > 0 ? ` The ${result.replaced.length} sheets of the last pack were replaced.` : '';
      const print = result.printSetupApplied ? '' : ' This version of Excel could not take the print setup; set A4 landscape before printing.';
      const older = [!support.conditionalFormats && 'colour the RAG cells (their words still say Red, Amber or Green)', !support.freezePanes && 'freeze the headings'].filter(Boolean);
      const missing = older.length > 0 ? ` This version of Excel could not ${older.join(' or ')}.` : '';
      return {
        message: `Added ${result.sheets.length} pack sheets, from ${result.sheets[0]?.name ?? ''} to ${result.sheets[result.sheets.length - 1]?.name ?? ''}.${replaced} Your own sheets were not changed.${print}${missing}`,
        sheets: result.sheets.map((s) => s.name),
      };
    },
    // Last quarter's tracker is a file chosen from disk, read in the task pane (Excel does not open it): the same
    // file `yot pack --previous` takes, so the pack is the same. Nothing of it is kept in this workbook.
    readPrevious: (file: File) => readPreviousTracker(file),
    // The open workbook is not a file the task pane reads (its saved bytes may not be what is on screen), so the
    // Cover lists last quarter's file only; the Workbook line still says "this workbook".
    currentInput: async () => null,
    async writePdf({ doc, fileName }: PackToWrite, onProgress: (p: PackProgress) => void): Promise<PackOutcome> {
      // A download from the task pane: Excel on the web and Excel for Windows (WebView2) save it as the browser does.
      const { url } = await downloadPackPdf(doc, fileName, onProgress);
      return {
        message: `Downloaded ${fileName}, the pack as a PDF to print or send (${doc.sheets.length} sheets, OFFICIAL-SENSITIVE). This workbook was not changed.`,
        sheets: doc.sheets.map((s) => s.name),
        fileName,
        link: { href: url, fileName },
      };
    },
    loadMapping: () => readMapping(settings),
    saveMapping: (mapping) => saveMapping(settings, mapping),
    loadRulebook: () => readRulebook(settings),
    saveRulebook: (rulebook) => saveRulebook(settings, rulebook),
    rulebookSavedWhere: 'saved in this workbook, for everyone who opens it',
  };
}

