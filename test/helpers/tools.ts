/**
 * The programs the end-to-end tests drive from Debian's packages (CI installs them:
 * .ci/run): LibreOffice to recalculate and print workbooks, pdftotext to read PDFs.
 * A test skips with a message, never fails, only where one is missing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

/** Run a program and wait for it. */
export const run = promisify(execFile);

/** The full path of a command on the PATH, or null. */
export function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** LibreOffice's command-line program, under either of its names. */
export const soffice = which('soffice') ?? which('libreoffice');
export const pdftotext = which('pdftotext');
