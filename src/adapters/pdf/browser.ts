/**
 * The pack as a PDF in the task pane: the definition `yot pack --pdf` renders
 * (write-pdf.ts, packPdfDefinition), rendered by pdfmake's browser build with
 * the same bundled Roboto (pdfmake's vfs_fonts: no font fetched, no network).
 * Only ever loaded with import() when the user asks for a PDF, so pdfmake and
 * its fonts (about 2 MB) never weigh on the task pane's first load.
 *
 * No React, no Office.js here.
 */
import * as pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { PackDocument } from '../../core/pack/layout';
import { packPdfDefinition, PDF_FONT_FILES } from './write-pdf';

/** The pack as PDF bytes, made in the page. */
export function packPdfBytes(doc: PackDocument): Promise<Uint8Array> {
  // vfs_fonts.js exports the files themselves (pdfmake 0.2); older builds nested them under pdfMake.vfs.
  const files = (vfs as unknown as { pdfMake?: { vfs: Record<string, string> } }).pdfMake?.vfs ?? (vfs as Record<string, string>);
  const created = pdfMake.createPdf(packPdfDefinition(doc), undefined, { Roboto: { ...PDF_FONT_FILES } }, files);
  return new Promise((resolve, reject) => {
    try {
      created.getBuffer((buffer) => resolve(new Uint8Array(buffer)));
    } catch (e) {
      reject(e);
    }
  });
}
