/**
 * What the SVG → PNG converter (chart-image.ts) needs, read from disk in Node
 * (the CLI, the tests): resvg's WebAssembly module and the Roboto fonts that
 * pdfmake bundles (the same glyphs as the PDF's charts). Nothing is fetched.
 *
 * The browser build (webpack.config.js) swaps this module for
 * src/adapters/file/chart-raster.ts, which gets the same two things from the
 * add-in's own lazy chunks.
 */
import { promises as fs } from 'node:fs';

/** resvg's compiled converter (platform-free WebAssembly, no native build). */
export async function resvgWasm(): Promise<Uint8Array> {
  return fs.readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
}

/** Roboto regular and medium (drawn for bold), from pdfmake's font bundle. */
export async function chartFonts(): Promise<Uint8Array[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data file of base64 strings, with no types
  const vfs = require('pdfmake/build/vfs_fonts.js') as { pdfMake?: { vfs: Record<string, string> } } & Record<string, string>;
  const files = vfs.pdfMake?.vfs ?? vfs;
  return ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((name) => new Uint8Array(Buffer.from(files[name]!, 'base64')));
}
