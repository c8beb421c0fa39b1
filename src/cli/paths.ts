/** Comparing and testing the paths a command is given: one copy for every command that writes a file. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
export async function realPathOf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Paths compare case-insensitively where the file system usually does (Windows, macOS). */
export function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Whether anything (a file, a folder, a dangling link) is at the path. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
