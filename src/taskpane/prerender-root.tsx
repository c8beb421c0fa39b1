/**
 * The element tree the build draws (prerender.tsx) and the page hydrates
 * (index.tsx): one definition, so the two always match.
 */
import { useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
// Fluent's own style engine, the one its components insert their rules with (not re-exported by Fluent).
import { useRenderer_unstable } from '@griffel/react';
import type { Day } from '../core/dates';
import { App } from './components/App';
import type { Host } from '../adapters/host';
import { adoptPrerenderedStyles } from './prerendered-styles';

export interface RootProps {
  readonly host: Host;
  readonly today: () => Day;
  readonly now: () => Date;
}

export function Root({ host, today, now }: RootProps) {
  const renderer = useRenderer_unstable();
  // In the page, before anything below is drawn: the rules the build wrote into the head are not inserted again.
  // At build time there is no document (and the build's renderer is collecting the rules).
  useState(() => (typeof document === 'undefined' ? 0 : adoptPrerenderedStyles(renderer, document)));
  return (
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={today} now={now} />
    </FluentProvider>
  );
}
