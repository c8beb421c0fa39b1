/** What a command needs from the outside world, passed in so tests can run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date on the local clock: only the CLI asks for it (the core takes as-of). */
  readonly now: () => Date;
  readonly colour: boolean;
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    now: () => new Date(),
    colour: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    cwd: process.cwd(),
  };
}

/** Exit codes: 0 no errors found; 1 error findings; 2 the input could not be read or the command was wrong. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
