/**
 * The first thing taskpane.js runs (index.tsx imports it before React and Fluent UI).
 * When the page is certainly not inside Office (boot.ts: office.js has loaded and found
 * no host), the file host's chunk is requested here, so it downloads while the rest of
 * taskpane.js is still being evaluated rather than after it (the chunk was the next
 * thing the first draw waited for: 50–150 ms on this machine's bench). Inside Excel, or
 * in any doubt, nothing happens here and index.tsx asks for its host's code as before.
 * No React here.
 */
import { certainlyOutsideOffice } from './boot';

type FileHostModules = [typeof import('./standalone'), typeof import('../adapters/file')];

function loadFileHost(): Promise<FileHostModules> {
  return Promise.all([
    import(/* webpackChunkName: "file-host" */ './standalone'),
    import(/* webpackChunkName: "file-host" */ '../adapters/file'),
  ]);
}

let early: Promise<FileHostModules> | null = certainlyOutsideOffice() ? loadFileHost() : null;
// Not reported here: fileHostModules() asks again if this one failed.
early?.catch(() => undefined);

/** The file host's code: the request made when the page started, else (or if that one failed) a new one. */
export function fileHostModules(): Promise<FileHostModules> {
  const started = early;
  early = null;
  return started ? started.catch(loadFileHost) : loadFileHost();
}
