/**
 * `yot pack` draws its chart pictures in a worker thread (src/cli/chart-thread.ts,
 * chart-worker.ts) so resvg warms up while the workbooks are read. The pack is
 * the same bytes whichever thread draws: the compiled CLI (with its worker)
 * and the CLI run from its sources in this process (no compiled worker, so
 * drawn here) write identical packs; and a drawer that fails is passed over.
 * Needs `npm run build:cli` (bin/yot.js runs lib/).
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { chartPictures, useChartDrawer } from '../../src/adapters/xlsx/chart-image';
import type { BarChart } from '../../src/core/pack/charts';

const ROOT = path.join(__dirname, '..', '..');
const EPOCH = '1760000000';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-chart-thread-'));
});
afterAll(async () => {
  useChartDrawer(null);
  await fs.rm(dir, { recursive: true, force: true });
});

const inputs = [path.join(ROOT, 'samples', 'north-west-tracker.xlsx'), '--previous', path.join(ROOT, 'samples', 'north-west-tracker-previous.xlsx')];

describe('chart pictures drawn in a worker thread', () => {
  it('the compiled CLI (worker) and the CLI from its sources (main thread) write byte-identical packs', async () => {
    expect(existsSync(path.join(ROOT, 'lib', 'cli', 'chart-worker.js'))).toBe(true);
    const viaWorker = path.join(dir, 'worker.xlsx');
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'bin', 'yot.js'), 'pack', ...inputs, '--out', viaWorker, '--as-of', '30/09/2025'], { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });

    const here = path.join(dir, 'here.xlsx');
    const saved = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = EPOCH;
    try {
      const io: CliIo = { stdout: () => undefined, stderr: (t) => { throw new Error(t); }, now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd: dir };
      expect(await main(['pack', ...inputs, '--out', here, '--as-of', '30/09/2025'], io)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = saved;
    }
    const [a, b] = await Promise.all([fs.readFile(viaWorker), fs.readFile(here)]);
    expect(a.equals(b)).toBe(true);
  }, 120_000);

  it('uses the drawer when it answers, and draws here, the same bytes, when it fails', async () => {
    const chart: BarChart = { id: 't', title: 'Open vacancies by stage', valueLabel: 'Open vacancies (number)', categoryLabel: 'YOT', categories: ['Wirral YJS'], series: [{ name: 'Stage 1', values: [3] }], mode: 'stacked' };
    useChartDrawer(null);
    const [drawnHere] = await chartPictures([chart], 300);
    try {
      const marker = { png: new Uint8Array([1, 2, 3]), widthPoints: 10, heightPoints: 20 };
      useChartDrawer(() => Promise.resolve([marker]));
      expect(await chartPictures([chart], 300)).toEqual([{ chart, ...marker }]);
      useChartDrawer(() => Promise.reject(new Error('The chart worker stopped.')));
      const [fallback] = await chartPictures([chart], 300);
      expect(Buffer.from(fallback!.png).equals(Buffer.from(drawnHere!.png))).toBe(true);
      expect(fallback!.heightPoints).toBe(drawnHere!.heightPoints);
    } finally {
      useChartDrawer(null);
    }
  }, 60_000);
});
