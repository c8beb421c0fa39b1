/**
 * The worker thread that draws `yot pack`'s chart pictures (started by
 * chart-thread.ts): it compiles and warms resvg's WebAssembly as soon as it
 * starts, on another core while the main thread reads and checks the
 * workbooks, then draws the charts it is sent with the same code and fonts
 * as drawing in the main thread (chart-image.ts), so the same PNG bytes.
 */
import { parentPort } from 'node:worker_threads';
import type { BarChart } from '../core/pack/charts';
import { chartPictures, warmChartDrawing } from '../adapters/xlsx/chart-image';

/** What the main thread asks for: the charts, drawn `width` points wide. */
export interface DrawRequest {
  readonly id: number;
  readonly charts: readonly BarChart[];
  readonly width: number;
}

/** What it gets back: each chart's picture, in order, or why not (then it draws them itself). */
export type DrawReply =
  | { readonly id: number; readonly ok: true; readonly pictures: { png: Uint8Array; widthPoints: number; heightPoints: number }[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

const port = parentPort;
if (port !== null) {
  // A warm-up that fails is not an answer: the real drawing below says what is wrong.
  const warm = warmChartDrawing().catch(() => undefined);
  port.on('message', (m: DrawRequest) => {
    void (async () => {
      await warm;
      try {
        const drawn = await chartPictures(m.charts, m.width);
        const pictures = drawn.map((p) => ({ png: p.png, widthPoints: p.widthPoints, heightPoints: p.heightPoints }));
        port.postMessage({ id: m.id, ok: true, pictures } satisfies DrawReply);
      } catch (e) {
        port.postMessage({ id: m.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies DrawReply);
      }
    })();
  });
}
