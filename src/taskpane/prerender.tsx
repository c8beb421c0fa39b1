/**
 * Build time only (webpack.prerender.js, run by `npm run build:addin`): the task
 * pane's first view drawn to static HTML and CSS, so the page shows the real
 * Check view while its scripts load. Fluent UI's style engine (Griffel) collects
 * every class the view uses into <style> elements, written into the page's head.
 *
 * Two views are drawn: the one inside Excel (no "Open an .xlsx" box), shown
 * first, and the file-mode one (with it), kept in a <template>. Once the page
 * knows where it is running it hydrates the matching one (index.tsx): the same
 * tree, so React attaches to these elements rather than drawing them again.
 */
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createDOMRenderer, RendererProvider, renderToStyleElements, SSRProvider } from '@fluentui/react-components';
import type { FileHost, Host } from '../adapters/host';
import { Root } from './prerender-root';

/** What the first view needs of a host inside Excel; nothing here is ever called at build time. */
const EXCEL_AT_BUILD_TIME: Host = {
  kind: 'excel',
  canSelect: true,
  packDestinations: ['sheets'],
  read: () => Promise.reject(new Error('not at build time')),
  select: () => Promise.resolve(),
  writePack: () => Promise.reject(new Error('not at build time')),
  readPrevious: () => Promise.reject(new Error('not at build time')),
  currentInput: () => Promise.resolve(null),
  writePdf: () => Promise.reject(new Error('not at build time')),
  loadMapping: () => ({}),
  saveMapping: () => Promise.resolve(),
  loadRulebook: () => null,
  saveRulebook: () => Promise.resolve(),
  rulebookSavedWhere: 'saved in this workbook, for everyone who opens it',
};

/** The same for a plain browser before a file is opened (src/adapters/file: what its first view reads). */
const FILE_AT_BUILD_TIME: FileHost = {
  ...EXCEL_AT_BUILD_TIME,
  kind: 'file',
  canSelect: false,
  packDestinations: ['download'],
  open: () => Promise.reject(new Error('not at build time')),
  fileName: () => null,
  rulebookSavedWhere: 'kept in this browser for files with this name (the file itself is never changed)',
};

export interface Prerendered {
  /** The Check view's markup inside Excel, for inside <div id="root">. */
  readonly html: string;
  /** The Check view's markup in a plain browser (file mode), for a <template> the page swaps in. */
  readonly fileHtml: string;
  /** <style> elements with every class either uses, for the head. */
  readonly styles: string;
}

export function prerender(): Prerendered {
  // One style renderer for both views: their classes go into the head once.
  const renderer = createDOMRenderer();
  const draw = (host: Host): string =>
    renderToString(
      <RendererProvider renderer={renderer}>
        <SSRProvider>
          <Root host={host} today={() => 0} now={() => new Date(0)} />
        </SSRProvider>
      </RendererProvider>,
    );
  const html = draw(EXCEL_AT_BUILD_TIME);
  const fileHtml = draw(FILE_AT_BUILD_TIME);
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, fileHtml, styles };
}
