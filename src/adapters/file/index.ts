/**
 * The standalone host: the task pane opened in a plain browser, with no Excel
 * around it (a tracker that came by email, no add-in installed). The user
 * opens an .xlsx, the same checks run, and the pack is downloaded. Nothing is
 * uploaded anywhere: the file is read in the page.
 *
 * No React here.
 */
import type { ColumnMapping, RawWorkbook } from '../../core/records/types';
import type { InputFile } from '../../core/pack/layout';
import { readSavedRulebook, type SavedRulebook } from '../../core/rulebook/saved';
import type { FileHost, PackOutcome, PackProgress, PackToWrite } from '../host';
import { UserFacingError } from '../host';
import { checkXlsxFile, describeFile, downloadBytes, downloadPackPdf, readPreviousTracker, xlsx } from './tracker-file';

export { downloadBytes };

/**
 * A file opened in a browser is only read, never written, so a loaded rulebook
 * cannot go into it: it is kept in this browser's storage under the file's name,
 * and comes back when a file of that name is opened again (after a reload, too).
 */
const RULEBOOK_STORAGE = 'yot.rulebook:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage switched off: the rulebook lasts until the page closes
  }
}

export function createFileHost(): FileHost {
  let rulebook: SavedRulebook | null = null;
  let raw: RawWorkbook | null = null;
  let name: string | null = null;
  // The opened file's bytes, for the Cover's name, size and SHA-256 (hashed when a pack is built).
  let bytes: ArrayBuffer | null = null;
  // Kept for the session only: a file opened in a browser has nowhere of its own to keep settings.
  let mapping: ColumnMapping = {};
  return {
    kind: 'file',
    canSelect: false,
    packDestinations: ['download'],
    async open(file: File) {
      // A failed open leaves nothing of the previous workbook behind: its results are not this file's.
      raw = null;
      name = null;
      bytes = null;
      mapping = {};
      checkXlsxFile(file);
      const { readXlsx } = await xlsx();
      const read = await file.arrayBuffer();
      const loaded = await readXlsx(read, file.name);
      raw = loaded;
      name = file.name;
      bytes = read;
      mapping = {};
      let kept: string | null = null;
      try {
        kept = storage()?.getItem(RULEBOOK_STORAGE + file.name) ?? null;
      } catch {
        kept = null;
      }
      try {
        rulebook = kept === null ? null : readSavedRulebook(JSON.parse(kept));
      } catch {
        rulebook = null;
      }
      return { name: file.name, sheetNames: loaded.sheetNames };
    },
    fileName: () => name,
    async read() {
      if (!raw) throw new UserFacingError('Open an .xlsx workbook first.');
      return raw;
    },
    async select() {
      throw new UserFacingError('Cells can only be selected when the add-in runs inside Excel; the finding says which sheet and cell to look at.');
    },
    async writePack({ doc, fileName }: PackToWrite, onProgress: (p: PackProgress) => void): Promise<PackOutcome> {
      const steps = 3;
      onProgress({ step: 1, steps, label: 'Loading the spreadsheet writer' });
      const { packXlsxBytes } = await xlsx();
      onProgress({ step: 2, steps, label: 'Writing the .xlsx file' });
      const bytes = await packXlsxBytes(doc);
      downloadBytes(bytes, fileName);
      onProgress({ step: 3, steps, label: 'Downloaded' });
      return {
        message: `Downloaded ${fileName} (${doc.sheets.length} sheets). Your workbook${name ? `, ${name},` : ''} was only read, never changed.`,
        sheets: doc.sheets.map((s) => s.name),
        fileName,
      };
    },
    readPrevious: (file: File) => readPreviousTracker(file),
    async currentInput(): Promise<InputFile | null> {
      return name !== null && bytes !== null ? describeFile(name, bytes, 'this') : null;
    },
    async writePdf({ doc, fileName }: PackToWrite, onProgress: (p: PackProgress) => void): Promise<PackOutcome> {
      const { url } = await downloadPackPdf(doc, fileName, onProgress);
      return {
        message: `Downloaded ${fileName}, the pack as a PDF to print or send (${doc.sheets.length} sheets, OFFICIAL-SENSITIVE). Your workbook${name ? `, ${name},` : ''} was only read, never changed.`,
        sheets: doc.sheets.map((s) => s.name),
        fileName,
        link: { href: url, fileName },
      };
    },
    loadMapping: () => mapping,
    async saveMapping(m: ColumnMapping) {
      mapping = m;
    },
    loadRulebook: () => rulebook,
    async saveRulebook(r: SavedRulebook | null) {
      if (name === null) throw new UserFacingError('Open an .xlsx workbook first, then load its rulebook.');
      rulebook = r;
      try {
        if (r === null) storage()?.removeItem(RULEBOOK_STORAGE + name);
        else storage()?.setItem(RULEBOOK_STORAGE + name, JSON.stringify(r));
      } catch {
        throw new UserFacingError('This browser would not keep the rulebook (its storage is full or switched off); it is used until you close this page.');
      }
    },
    rulebookSavedWhere: 'kept in this browser for files with this name (the file itself is never changed)',
  };
}
