/**
 * The task pane's entry point: find out where it is running, make the host
 * (the open workbook inside Excel, or a file in a plain browser) and mount
 * the React app inside <FluentProvider>. Inside Excel it mounts once
 * Office.onReady has answered, as the add-in platform requires.
 *
 * The page arrives with the Check view already drawn (webpack.prerender.js:
 * the view inside Excel, as static HTML and CSS), so it is on screen before
 * this script or office.js has run. Inside Excel React hydrates that markup
 * (same tree, see prerender.tsx); in a plain browser it draws the file-mode
 * view over it.
 */
// First: it may start fetching the file host's chunk before the rest of this script is evaluated.
import { fileHostModules } from './early-host';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { localToday } from '../core/dates';
import { detectHost } from './boot';
import type { Host } from '../adapters/host';
import { Root } from './prerender-root';

function mount(host: Host): void {
  const root = document.getElementById('root');
  if (!root) return;
  // Marks for the benchmark and the browser's performance panel: when the host was known, and (App) first drawn.
  performance.mark('yot:host-known');
  document.body.dataset['host'] = host.kind;
  // The same tree as prerender.tsx draws (its providers only collect the CSS and render nothing).
  const app = <Root host={host} today={() => localToday(new Date())} now={() => new Date()} />;
  if (root.dataset['prerendered'] === host.kind) {
    hydrateRoot(root, app);
  } else {
    createRoot(root).render(app);
  }
}

// Each host's code loads once the page knows which it needs (only one ever is), so the
// first script carries neither.
void detectHost().then(async (where) => {
  if (where === 'excel') {
    const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../adapters/excel');
    mount(createExcelHost());
  } else {
    const [{ keepStandalonePageLocal }, { createFileHost }] = await fileHostModules();
    keepStandalonePageLocal();
    mount(createFileHost());
  }
});
