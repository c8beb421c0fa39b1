/**
 * The task pane's entry point: find out where it is running, make the host
 * (the open workbook inside Excel, or a file in a plain browser) and mount
 * the React app inside <FluentProvider>. Inside Excel it mounts once
 * Office.onReady has answered, as the add-in platform requires.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { localToday } from '../core/dates';
import { App } from './components/App';
import { detectHost, keepStandalonePageLocal } from './boot';
import { createExcelHost } from './excel';
import { createFileHost } from './file';
import type { Host } from './host';

function mount(host: Host): void {
  const root = document.getElementById('root');
  if (!root) return;
  // Marks for the benchmark and the browser's performance panel: when the host was known, and (App) first drawn.
  performance.mark('yot:host-known');
  document.body.dataset['host'] = host.kind;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={() => localToday(new Date())} now={() => new Date()} />
    </FluentProvider>,
  );
}

void detectHost().then((where) => {
  if (where === 'excel') {
    mount(createExcelHost());
  } else {
    keepStandalonePageLocal();
    mount(createFileHost());
  }
});
