/**
 * Build time only (webpack.prerender.js, run by `npm run build:addin`): the task
 * pane's first view drawn to static HTML and CSS, so the page shows the real
 * Check view while its scripts load. Fluent UI's style engine (Griffel) collects
 * every class the view uses into <style> elements, written into the page's head.
 *
 * The view drawn is the one inside Excel (no "Open an .xlsx" box). Inside Excel
 * the page hydrates it (index.tsx): the same tree, so React attaches to these
 * elements rather than drawing them again. In a plain browser the page draws
 * its own view over it once it knows there is no Office host.
 */
import { cloneElement, type ReactElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createDOMRenderer, RendererProvider, renderToStyleElements, SSRProvider } from '@fluentui/react-components';
import type { Host } from '../adapters/host';
import { Root } from './prerender-root';
import { RULE_SEPARATOR } from './prerendered-styles';

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

export interface Prerendered {
  /** The Check view's markup, for inside <div id="root">. */
  readonly html: string;
  /** <style> elements with every class it uses, for the head. */
  readonly styles: string;
}

export function prerender(): Prerendered {
  const renderer = createDOMRenderer();
  const html = renderToString(
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <Root host={EXCEL_AT_BUILD_TIME} today={() => 0} now={() => new Date(0)} />
      </SSRProvider>
    </RendererProvider>,
  );
  const styles = renderToStaticMarkup(<>{oneRulePerLine(renderer, renderToStyleElements(renderer))}</>);
  return { html, styles };
}

/**
 * Griffel's <style> elements (its order and attributes) with their rules one a line rather than run
 * together, so the page can adopt them without a CSS parser (prerendered-styles.ts).
 */
function oneRulePerLine(renderer: ReturnType<typeof createDOMRenderer>, elements: ReactElement[]): ReactElement[] {
  const keyOf = (attributes: Record<string, unknown>): string =>
    JSON.stringify(
      Object.entries(attributes)
        .filter(([k]) => k.startsWith('data-make-styles-bucket') || k === 'data-priority' || k === 'media' || k === 'data-container')
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  const rulesOf = new Map(Object.values(renderer.stylesheets).map((s) => [keyOf(s.elementAttributes), s.cssRules()]));
  return elements.map((el) => {
    const rules = rulesOf.get(keyOf(el.props as Record<string, unknown>));
    if (!rules) throw new Error('prerender: a <style> element of the first view has no sheet in the renderer');
    if (rules.some((r) => r.includes(RULE_SEPARATOR))) throw new Error('prerender: a CSS rule spans lines, so the page could not tell the rules apart');
    return cloneElement(el as ReactElement<{ dangerouslySetInnerHTML: { __html: string } }>, { dangerouslySetInnerHTML: { __html: rules.join(RULE_SEPARATOR) } });
  });
}
