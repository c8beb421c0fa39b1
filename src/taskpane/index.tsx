/**
 * The task pane's entry point: find out where it is running, make the host
 * (the open workbook inside Excel, or a file in a plain browser) and mount
 * the React app inside <FluentProvider>. Inside Excel it mounts once
 * Office.onReady has answered, as the add-in platform requires.
 *
 * The page arrives with the Check view already drawn (webpack.prerender.js:
 * the view inside Excel, as static HTML and CSS, and the file-mode view in a
 * <template>), so it is on screen before this script or office.js has run.
 * Inside Excel React hydrates that markup (same tree, see prerender.tsx); in a
 * plain browser the file-mode markup is put in its place and hydrated. Either
 * way React attaches to elements already there instead of drawing them, and
 * Fluent's style engine takes the classes already in the page's head
 * (RendererProvider rehydrates its cache) instead of inserting them again.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { localToday } from '../core/dates';
import { detectHost } from './boot';
import type { Host } from '../adapters/host';
import { Root } from './prerender-root';

/** In a plain browser: the file-mode view drawn at build time replaces the Excel one, so it is hydrated, not drawn. */
function showPrerenderedFileView(root: HTMLElement): void {
  const template = document.getElementById('prerendered-file');
  if (root.dataset['prerendered'] !== 'excel' || !(template instanceof HTMLTemplateElement)) return;
  root.replaceChildren(document.importNode(template.content, true));
  root.dataset['prerendered'] = 'file';
}

function mount(host: Host): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (host.kind === 'file') showPrerenderedFileView(root);
  // Marks for the benchmark and the browser's performance panel: when the host was known, and (App) first drawn.
  performance.mark('yot:host-known');
  document.body.dataset['host'] = host.kind;
  // The same tree as prerender.tsx draws (its providers only collect the CSS and render nothing).
  const app = (
    <RendererProvider renderer={createDOMRenderer()} targetDocument={document}>
      <Root host={host} today={() => localToday(new Date())} now={() => new Date()} />
    </RendererProvider>
  );
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
    const [{ keepStandalonePageLocal }, { createFileHost }] = await Promise.all([
      import(/* webpackChunkName: "file-host" */ './standalone'),
      import(/* webpackChunkName: "file-host" */ '../adapters/file'),
    ]);
    keepStandalonePageLocal();
    mount(createFileHost());
  }
});
