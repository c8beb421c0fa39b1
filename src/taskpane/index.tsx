/**
 * PLACEHOLDER task pane so the add-in builds and loads. To be replaced by the
 * real task pane (see house-style.md: I/O in src/taskpane/excel.ts, React only
 * renders). Mounts inside Office.onReady, or at once when there is no Office
 * host (the page opened in a plain browser, or office.js missing).
 */
import { createRoot } from 'react-dom/client';
import { Body1, FluentProvider, Title3, webLightTheme } from '@fluentui/react-components';

function App() {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">YOT secondment governance</Title3>
      <Body1 as="p">
        Checks YOT secondment registers and Vacancy Trackers against the Probation Service National Partnership Framework
        2021. The =YOT.* worksheet functions are ready to use.
      </Body1>
    </main>
  );
}

function mount(): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => mount());
} else {
  mount();
}
