/**
 * What the task pane needs from wherever the workbook lives, behind one small
 * interface (as in Office's React taskpane template): the open
 * workbook in Excel (excel/index.ts, Office.js) or an .xlsx file opened in a
 * plain browser (file/index.ts). Components receive a Host as a prop and never
 * call Excel.run themselves.
 */
import type { InputFile, PackDocument } from '../core/pack/layout';
import type { ColumnMapping, RawWorkbook } from '../core/records/types';
import type { SavedRulebook } from '../core/rulebook/saved';
import type { Finding } from '../core/rules/define';

/** How far a pack build has got: step of steps, and what is happening, in words. */
export interface PackProgress {
  readonly step: number;
  readonly steps: number;
  readonly label: string;
}

/** Where a pack goes: new sheets in the open workbook or a new workbook (Excel), or a downloaded file (standalone). */
export type PackDestination = 'sheets' | 'new-workbook' | 'download';

/** A laid-out pack and the file name it gets when it is a file. */
export interface PackToWrite {
  readonly doc: PackDocument;
  readonly fileName: string;
}

export interface PackOutcome {
  /** One plain sentence for the user. */
  readonly message: string;
  /** The sheets written (Excel), or the file downloaded (standalone). */
  readonly sheets: readonly string[];
  readonly fileName?: string;
  /** The downloaded file's address in the page, for a "save it again" link when a download did not start. */
  readonly link?: { readonly href: string; readonly fileName: string };
}

/**
 * Last quarter's tracker, for the Movement sheet and last quarter's figures (as
 * `yot pack --previous`): an .xlsx the user chose from disk, read in the page,
 * never uploaded and never changed.
 */
export interface PreviousTracker {
  readonly raw: RawWorkbook;
  /** Name, size and SHA-256, as the pack's Cover states its inputs (null where the browser cannot hash: not a secure page). */
  readonly input: InputFile | null;
}

export interface Host {
  /** 'excel': inside Excel, on the open workbook; 'file': a plain browser, on an .xlsx the user opens. */
  readonly kind: 'excel' | 'file';
  /** True when a finding's cell can be selected (only inside Excel). */
  readonly canSelect: boolean;
  /** Where packs can go (Excel: its sheets, or a new workbook where the host can make one; standalone: a download). */
  readonly packDestinations: readonly PackDestination[];
  /** Read every table the core needs, fresh. Standalone: the file last opened (throws if none). */
  read(): Promise<RawWorkbook>;
  /** Activate the finding's sheet and select its cell. */
  select(finding: Finding): Promise<void>;
  /** Write the pack (new sheets, a new workbook, or a download named `fileName`) and say what was done. */
  writePack(pack: PackToWrite, onProgress: (p: PackProgress) => void, destination: PackDestination): Promise<PackOutcome>;
  /** Read last quarter's tracker from a file the user chose; rejects with one plain sentence when it is not an .xlsx that can be read. Needs no `this` (handed to the Pack view as it is). */
  readonly readPrevious: (file: File) => Promise<PreviousTracker>;
  /** This quarter's workbook as the Cover states it: the opened file (standalone); null inside Excel, where the open workbook is not a file the pane reads. */
  currentInput(): Promise<InputFile | null>;
  /** The pack as a print-ready PDF (the same as `yot pack --pdf`), handed to the user as a download; the PDF code loads only now. */
  writePdf(pack: PackToWrite, onProgress: (p: PackProgress) => void): Promise<PackOutcome>;
  /** The user's column mapping (saved in the workbook's settings inside Excel; for the session standalone). */
  loadMapping(): ColumnMapping;
  saveMapping(mapping: ColumnMapping): Promise<void>;
  /** A region's own rulebook loaded in the Rules view, or null for NPF 2021 (saved in the workbook's settings inside Excel). */
  loadRulebook(): SavedRulebook | null;
  saveRulebook(rulebook: SavedRulebook | null): Promise<void>;
  /** Where a loaded rulebook is kept, in words: 'saved in this workbook'. */
  readonly rulebookSavedWhere: string;
}

/** The standalone host also opens files. */
export interface FileHost extends Host {
  readonly kind: 'file';
  /** Load an .xlsx the user chose; resolves with the sheet names found, rejects with one plain sentence. */
  open(file: File): Promise<{ readonly name: string; readonly sheetNames: readonly string[] }>;
  /** The name of the file last opened, or null. */
  fileName(): string | null;
}

export function isFileHost(host: Host): host is FileHost {
  return host.kind === 'file';
}

/** An error whose message is one plain sentence meant for the user. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The message to show for anything thrown: ours as they are, anything else marked as our fault, not the user's. */
export function messageOf(e: unknown): string {
  if (e instanceof UserFacingError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `Something went wrong inside the add-in (not a problem with your workbook): ${detail}`;
}
