/**
 * The `yot` command line. Every failure the user can cause ends in one plain
 * sentence and exit 2, never a stack trace.
 */
import { WorkbookReadError } from '../adapters/xlsx/read';
import { UsageError } from './args';
import { EXIT, processIo, type CliIo } from './io';
import { runValidate } from './validate';
import { withholder } from '../core/privacy';

const plain = withholder([]);

const HELP = `yot: checks YOT secondment registers and Vacancy Trackers against the
Probation Service National Partnership Framework (2021), and builds the
YOS Governance Board quarterly pack.

Commands:
  yot validate <workbook.xlsx>   List every problem in a regional workbook.
  yot pack <workbook.xlsx>… --out <pack.xlsx>
                                 Build the YOGB quarterly pack.
  yot template --region <region> --out <tracker.xlsx>
                                 Write a new tracker that is hard to get wrong
                                 (--from <old.xlsx> to upgrade last year's).

Run "yot <command> --help" for a command's options.`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

async function loadPack(): Promise<Command> {
  // Loaded on demand: validate needs none of the pack's code.
  const m = (await import('./pack')) as { runPack: Command };
  return m.runPack;
}

async function loadTemplate(): Promise<Command> {
  const m = (await import('./template')) as { runTemplate: Command };
  return m.runTemplate;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await runValidate(rest, io);
      case 'pack':
        return await (await loadPack())(rest, io);
      case 'template':
        return await (await loadTemplate())(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP);
        return command === undefined ? EXIT.unusable : EXIT.ok;
      case '--version':
        io.stdout(VERSION);
        return EXIT.ok;
      default:
        throw new UsageError(`"${command}" is not a yot command. Use "yot validate", "yot pack" or "yot template".`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof WorkbookReadError) {
      // File names and quoted values are the user's text: no control characters, no NI numbers.
      io.stderr(`yot: ${plain(e.message)}`);
      return EXIT.unusable;
    }
    // Anything else is our bug, not the user's: say so plainly, keep the detail for a bug report.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`yot: something went wrong inside yot (not a problem with your workbook): ${plain(message).slice(0, 300)}. Please report it; run again with YOT_DEBUG=1 for the details.`);
    if (process.env['YOT_DEBUG'] && e instanceof Error && e.stack) io.stderr(e.stack);
    return EXIT.unusable;
  }
}

const VERSION = '0.1.0';
