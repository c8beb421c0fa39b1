/**
 * The hostile-input corpus (test/helpers/hostile.ts) through the command line:
 * for each kind of bad input, the exit status is one the case allows, a refusal
 * is one plain sentence with no stack trace, the input's bytes are unchanged,
 * and nothing written (terminal, JSON, the pack's XML) holds a planted name, an
 * NI number or a control character. Time and memory are measured by the
 * benchmark, not asserted here.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { containsNiNumber, fold } from '../../src/core/privacy';
import { hostileCases, PLANTED_NAMES, type HostileCase } from '../helpers/hostile';

const ROOT = path.resolve(__dirname, '../..');
const CASES = hostileCases();
// eslint-disable-next-line no-control-regex -- looking for control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-hostile-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function sha(file: string): Promise<string | null> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return null;
    return createHash('sha256').update(await fs.readFile(file)).digest('hex');
  } catch {
    return null;
  }
}

/** What must never be in any output. */
export function assertClean(text: string, where: string): void {
  const folded = fold(text).replace(/\s+/g, ' ');
  for (const n of PLANTED_NAMES) {
    const f = fold(n);
    const [first, last] = [f.split(' ')[0]!, f.split(' ').slice(-1)[0]!];
    expect({ where, leaked: folded.includes(f) || folded.includes(`${last}, ${first}`) || folded.includes(`${first}${last}`) }).toEqual({ where, leaked: false });
  }
  expect({ where, ni: containsNiNumber(text) }).toEqual({ where, ni: false });
  expect({ where, control: CONTROL.exec(text)?.[0] ?? null }).toEqual({ where, control: null });
}

function argvFor(c: HostileCase, file: string, dir: string): string[] {
  const extra = [...(c.args ?? [])];
  if (c.command === 'pack') {
    if (!extra.includes('--out')) extra.push('--out', path.join(dir, 'pack.xlsx'));
    return ['pack', file, ...extra];
  }
  return ['validate', file, '--format', 'json', ...extra];
}

describe('the hostile corpus', () => {
  it('has at least 100 kinds of bad input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = await fs.mkdtemp(path.join(root, 'case-'));
    const file = await c.make(dir);
    const before = await sha(file);
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd: dir };
    const code = await main(argvFor(c, file, dir), io);
    const stdout = out.join('\n');
    const stderr = err.join('\n');
    expect({ exit: c.exit.includes(code) ? 'allowed' : code, stderr }).toEqual({ exit: 'allowed', stderr });
    // Never "our bug", never a stack trace.
    expect(stderr).not.toMatch(/something went wrong inside yot|\n\s+at |Error:/);
    if (code === 2) {
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^yot: .+[.)]$/);
      if (c.says) expect(stderr).toMatch(c.says);
    } else {
      expect(stderr).toBe('');
      if (c.command !== 'pack') JSON.parse(stdout);
    }
    // A huge report (30,000 rows of findings) is checked at both ends: the planted data is near the top.
    const all = stdout + stderr;
    assertClean(all.length > 4_000_000 ? `${all.slice(0, 2_000_000)}\n${all.slice(-2_000_000)}` : all, `${c.name}: terminal`);
    expect(await sha(file)).toBe(before);
    if (c.command === 'pack' && code === 0) {
      const packFile = path.join(dir, 'pack.xlsx');
      const parts = unzipSync(new Uint8Array(await fs.readFile(packFile)));
      for (const [name, bytes] of Object.entries(parts)) {
        // The chart pictures are pixels, not text (no name or NI number is drawn: the charts show YOTs and counts); each must be a PNG.
        if (name.startsWith('xl/media/') && !name.endsWith('/')) {
          expect({ name, png: strFromU8(bytes.subarray(1, 4)) }).toEqual({ name, png: 'PNG' });
          continue;
        }
        const xml = strFromU8(bytes).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
        // Styles and the theme hold only the writer's own fonts, fills and colours (an ARGB colour
        // such as FF006100 has an NI number's shape), never text from a workbook.
        if (name !== 'xl/styles.xml' && !name.startsWith('xl/theme/')) assertClean(xml.replace(/\r?\n/g, ' '), `${c.name}: ${name}`);
        expect(xml).not.toMatch(/_x00[01][0-9A-F]_/);
        expect(xml).not.toMatch(/Infinity|NaN/);
        // Excel's limits: a cell's text and a header or footer.
        for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)) expect(m[1]!.length).toBeLessThanOrEqual(32_767);
        for (const m of xml.matchAll(/<odd(?:Header|Footer)>([^<]*)</g)) {
          expect(m[1]!.length).toBeLessThanOrEqual(255);
          // Every & in text is doubled: the only single codes are the page numbers and the region markers.
          expect(m[1]!.replace(/&&/g, '').replace(/&[LCR]/g, '').replace('Page &P of &N', '')).not.toContain('&');
        }
      }
    }
  }, 60_000);
});

describe('the corpus through the real command (a process of its own)', () => {
  const bin = path.join(ROOT, 'bin', 'yot.js');
  const subset = CASES.filter((c) => ['a row numbered 2,000,000,000', 'a named pipe', '/dev/zero behind a symlink', 'a 1 MB string in a number cell', 'an escape sequence in an ID (_x001B_)', 'random bytes'].includes(c.name));

  it.each(subset.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    if (!existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('Run npm run build first.');
    const dir = await fs.mkdtemp(path.join(root, 'proc-'));
    const file = await c.make(dir);
    const r = spawnSync(process.execPath, [bin, ...argvFor(c, file, dir)], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.signal).toBeNull();
    expect(c.exit).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at |FATAL|heap/);
    assertClean(r.stdout + r.stderr, c.name);
  }, 90_000);
});
