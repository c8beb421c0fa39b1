/**
 * An .xlsx the user chose in the page, read there (never uploaded, never
 * changed), and a file handed back as a download: what both hosts do with
 * files (the standalone page with the tracker it opens; both with last
 * quarter's tracker for the pack's Movement sheet, and with the PDF).
 * The .xlsx reader is loaded with import() on first use.
 *
 * No React, no Office.js here.
 */
import type { InputFile } from '../../core/pack/layout';
import type { RawWorkbook } from '../../core/records/types';
import { UserFacingError, type PreviousTracker } from '../host';

/** The largest file opened in the page (the command line's default limit too). */
export const MAX_FILE_MB = 50;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** Load the .xlsx part on first use (see xlsx.ts). */
export const xlsx = () => import(/* webpackChunkName: "xlsx" */ './xlsx');

/** Refuse, in one sentence, a file too large or not an .xlsx, before anything is read. `what` names it for the user: 'Last quarter’s tracker'. */
export function checkXlsxFile(file: Pick<File, 'name' | 'size'>, what = ''): void {
  const named = what === '' ? `"${file.name}"` : `${what}, "${file.name}",`;
  if (file.size > MAX_FILE_BYTES) {
    throw new UserFacingError(`${named} is ${Math.ceil(file.size / 1048576)} MB, more than the ${MAX_FILE_MB} MB limit for a workbook opened in a browser; the command line reads larger ones (yot validate --max-size).`);
  }
  if (!/\.(xlsx|xlsm)$/i.test(file.name) && /\.(xls|csv|ods)$/i.test(file.name)) {
    throw new UserFacingError(`${named} is not an .xlsx file; save it from Excel as an Excel Workbook (.xlsx) and open that.`);
  }
}

/** SHA-256 of bytes in lower-case hex, or null where the browser has no Web Crypto (a page not served over https or from this computer). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A file as the pack's Cover states it: name, size and SHA-256 (as `yot pack` does), or null when it cannot be hashed here. */
export async function describeFile(name: string, bytes: ArrayBuffer, quarter: InputFile['quarter']): Promise<InputFile | null> {
  const sha256 = await sha256Hex(bytes);
  return sha256 === null ? null : { name, quarter, bytes: bytes.byteLength, sha256 };
}

/** Read last quarter's tracker from a file the user chose: its tables, and how the Cover names it. */
export async function readPreviousTracker(file: File): Promise<PreviousTracker> {
  checkXlsxFile(file, 'Last quarter’s tracker');
  const [{ readXlsx }, bytes] = await Promise.all([xlsx(), file.arrayBuffer()]);
  const raw: RawWorkbook = await readXlsx(bytes, file.name);
  return { raw, input: await describeFile(file.name, bytes, 'previous') };
}

/** Hand the browser a file to save, as a download (a link with `download`, clicked: Excel on the web and the desktop task pane's browser save it too). */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download (or the user to use the link the pane shows) before the URL goes.
  const timer: unknown = setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  // Where timers keep a process alive (Node, in the unit tests), this one must not.
  (timer as { unref?: () => void }).unref?.();
  return url;
}

export const PDF_MIME = 'application/pdf';

/** The pack as a PDF, made in the page and downloaded; the PDF code loads now, not before. */
export async function downloadPackPdf(
  doc: import('../../core/pack/layout').PackDocument,
  fileName: string,
  onProgress: (p: import('../host').PackProgress) => void,
): Promise<{ url: string; bytes: number }> {
  onProgress({ step: 1, steps: 3, label: 'Loading the PDF writer and its fonts' });
  const { packPdfBytes } = await import(/* webpackChunkName: "pdf" */ '../pdf/browser');
  onProgress({ step: 2, steps: 3, label: 'Writing the PDF' });
  // Let the progress paint before the pages are laid out (it takes a few seconds).
  await new Promise((r) => setTimeout(r, 0));
  const bytes = await packPdfBytes(doc);
  const url = downloadBytes(bytes, fileName, PDF_MIME);
  onProgress({ step: 3, steps: 3, label: 'Downloaded' });
  return { url, bytes: bytes.length };
}
