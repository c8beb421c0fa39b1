/**
 * README truths: the sample output block is the real output of the command it names, run
 * as written from the project folder (so it cannot go out of date, and no citation prints
 * twice), and the commands shown for the sample name the file where it is.
 * Needs `npm run build:cli` first (bin/yot.js runs lib/).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the sample output exactly as `yot validate` prints it', () => {
    const m = /<!-- sample-output: (node bin\/yot\.js [^,]+), first (\d+) lines[^>]*-->\n```text\n([\s\S]*?)\n```/.exec(README);
    expect(m).not.toBeNull();
    const [, command, lines, block] = m!;
    const args = command!.split(' ').slice(1);
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(run.stderr).toBe('');
    const printed = run.stdout.split('\n').slice(0, Number(lines)).join('\n');
    expect(block).toBe(printed);
    // The summary is today's, not an old count.
    expect(block).toMatch(/^As of 30\/09\/2025: 12 errors, 20 warnings, 17 for information\.$/m);
  });

  it('never prints a finding’s source twice (in the message and again on the next line)', () => {
    const run = spawnSync(process.execPath, ['bin/yot.js', 'validate', 'samples/north-west-tracker.xlsx'], { cwd: ROOT, encoding: 'utf8' });
    const lines = run.stdout.split('\n');
    // A finding is its head line, the message lines, and perhaps a "(source)" line.
    const repeated: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const cite = /^ {6}\((.+)\)$/.exec(lines[i]!);
      if (!cite) continue;
      let j = i - 1;
      const message: string[] = [];
      while (j >= 0 && lines[j]!.startsWith('      ')) message.unshift(lines[j--]!.trim());
      if (message.join(' ').includes(cite[1]!)) repeated.push(cite[1]!);
    }
    expect(repeated).toEqual([]);
  });

  it('runs the sample from where it is: samples/north-west-tracker.xlsx', () => {
    const commands = [...README.matchAll(/^(?:npx yot|node bin\/yot\.js) (?:validate|pack) (\S+)/gm)].map((x) => x[1]!);
    expect(commands.length).toBeGreaterThan(0);
    for (const file of commands) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
  });
});
