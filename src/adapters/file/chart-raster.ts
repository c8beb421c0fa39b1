/**
 * The browser's side of chart-raster (webpack.config.js puts this module in
 * place of src/adapters/xlsx/chart-raster.ts in the add-in's build): resvg's
 * WebAssembly module, emitted by webpack as a file of the add-in's own and
 * fetched from where the add-in is served, and pdfmake's bundled Roboto from a
 * lazy chunk. Both load only when a pack with charts is written in the browser
 * (file mode, or "new workbook" in Excel); never on the task pane's first load.
 */
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm';

/** resvg's compiled converter, from the add-in's own folder. */
export async function resvgWasm(): Promise<ArrayBuffer> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`The chart drawer (${wasmUrl}) could not be loaded: ${response.status}`);
  return response.arrayBuffer();
}

/** Roboto regular and medium (drawn for bold), from pdfmake's font bundle. */
export async function chartFonts(): Promise<Uint8Array[]> {
  const loaded = (await import(/* webpackChunkName: "chart-fonts" */ 'pdfmake/build/vfs_fonts.js')) as unknown as { default?: Record<string, string> } & Record<string, string>;
  const files = loaded.default ?? loaded;
  return ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((name) => Uint8Array.from(atob(files[name]!), (c) => c.charCodeAt(0)));
}
