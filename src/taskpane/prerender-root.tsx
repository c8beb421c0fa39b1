/**
 * The element tree the build draws (prerender.tsx) and the page hydrates
 * (index.tsx): one definition, so the two always match.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Day } from '../core/dates';
import { App } from './components/App';
import type { Host } from '../adapters/host';

export interface RootProps {
  readonly host: Host;
  readonly today: () => Day;
  readonly now: () => Date;
}

export function Root({ host, today, now }: RootProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={today} now={now} />
    </FluentProvider>
  );
}
