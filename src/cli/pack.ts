/** `yot pack`: being built (issue 4). */
import { UsageError } from './args';
import type { CliIo } from './io';

export async function runPack(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('yot pack is not available in this version yet.');
}
