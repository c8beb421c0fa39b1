/**
 * `yot pack` draws its chart pictures (chart-image.ts, resvg in WebAssembly) in
 * a worker thread (chart-worker.ts), started before the workbooks are read:
 * compiling and warming resvg then happens on another core while the main
 * thread reads, checks and lays out the pack, rather than after it. The
 * pictures are the same bytes as drawing them in the main thread, which is
 * what happens when the worker cannot start or fails (e.g. when the CLI runs
 * from its TypeScript sources in the tests, where there is no compiled worker).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { useChartDrawer, type DrawnPicture } from '../adapters/xlsx/chart-image';
import type { DrawReply, DrawRequest } from './chart-worker';

let worker: Worker | null = null;

/** Start the worker (once) and have the pack's charts drawn there. */
export function startChartThread(): void {
  if (worker !== null) return;
  const file = path.join(__dirname, 'chart-worker.js');
  if (!existsSync(file)) return;
  let w: Worker;
  try {
    w = new Worker(file);
  } catch {
    return;
  }
  worker = w;
  // The worker never keeps the process alive by itself; only while the main thread waits for pictures.
  w.unref();
  const pending = new Map<number, { resolve: (p: DrawnPicture[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | null = null;
  const failAll = (e: Error) => {
    failed = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    w.unref();
  };
  w.on('message', (m: DrawReply) => {
    const p = pending.get(m.id);
    if (p === undefined) return;
    pending.delete(m.id);
    if (pending.size === 0) w.unref();
    if (m.ok) p.resolve(m.pictures);
    else p.reject(new Error(m.message));
  });
  w.on('error', (e) => failAll(e));
  w.on('exit', () => failAll(new Error('The chart worker stopped.')));
  useChartDrawer((charts, width) => {
    if (failed !== null) return Promise.reject(failed);
    const id = next++;
    return new Promise<DrawnPicture[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, charts, width } satisfies DrawRequest);
    });
  });
}

/** Stop the worker, if started; charts are drawn in the main thread again. */
export async function stopChartThread(): Promise<void> {
  useChartDrawer(null);
  const w = worker;
  worker = null;
  if (w !== null) await w.terminate();
}
