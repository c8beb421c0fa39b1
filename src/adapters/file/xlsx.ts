/**
 * .xlsx in the browser: an .xlsx the user opens → RawWorkbook (the direct
 * reader, fflate + saxes) and a pack → .xlsx bytes (the direct writer, the same
 * one the CLI uses). Neither needs exceljs. Loaded only when needed, with a
 * dynamic import() (inside Excel only a "new workbook" pack uses it), so it
 * never weighs on the task pane's first load.
 */
import { loadWorkbookBytes, WorkbookReadError } from '../xlsx/read';
import { packXlsxBytes as packBytes } from '../xlsx/write-pack';
import type { PackDocument } from '../../core/pack/layout';
import type { RawWorkbook } from '../../core/records/types';
import { UserFacingError } from '../host';

/** Read an .xlsx file's bytes; one plain sentence when it is not a workbook that can be read (the command line's own words). */
export async function readXlsx(bytes: ArrayBuffer, name: string): Promise<RawWorkbook> {
  try {
    return (await loadWorkbookBytes(bytes, name)).raw;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UserFacingError(e.message);
    throw e;
  }
}

/** The pack as .xlsx bytes: the same file `yot pack` writes. */
export async function packXlsxBytes(doc: PackDocument): Promise<Uint8Array> {
  return packBytes(doc);
}
