/**
 * exceljs in the browser: an .xlsx the user opens → RawWorkbook, and a pack →
 * .xlsx bytes. Loaded only when needed, with a dynamic import() (it is the
 * largest part of the add-in, and inside Excel only a "new workbook" pack uses
 * it), so it never weighs on the task pane's first load.
 */
import ExcelJS from 'exceljs';
import { rawFromWorkbook } from '../../adapters/xlsx/read';
import { renderPackXlsx } from '../../adapters/xlsx/write-pack';
import type { PackDocument } from '../../core/pack/layout';
import type { RawWorkbook } from '../../core/records/types';
import { UserFacingError } from '../host';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) .xlsx, or an old-style .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Read an .xlsx file's bytes; one plain sentence when it is not a workbook that can be read (as the command line says it). */
export async function readXlsx(bytes: ArrayBuffer, name: string): Promise<RawWorkbook> {
  const head = new Uint8Array(bytes, 0, Math.min(8, bytes.byteLength));
  if (startsWith(head, OLE_MAGIC)) {
    throw new UserFacingError(
      /\.xls$/i.test(name)
        ? `"${name}" is an old-style .xls workbook. Open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`
        : `"${name}" is password-protected (encrypted). Open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and open that copy.`,
    );
  }
  if (!startsWith(head, ZIP_MAGIC)) {
    throw new UserFacingError(`"${name}" is not an Excel workbook (.xlsx). Save it from Excel as an Excel Workbook (.xlsx) and try again.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new UserFacingError(`"${name}" looks like an .xlsx file but can't be opened: it may be damaged or only partly downloaded. Open it in Excel and save it again.`);
  }
  return rawFromWorkbook(workbook, name);
}

/** The pack as .xlsx bytes: the same file `yot pack` writes. */
export async function packXlsxBytes(doc: PackDocument): Promise<Uint8Array> {
  const buf = await renderPackXlsx(doc).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
