/**
 * A problem said at once: a Fluent MessageBar announced assertively (screen readers
 * interrupt to read it), or nothing when there is no message. One sentence from
 * the core or a host, never a stack trace. Fluent's MessageBar comes with the
 * "extras" chunk (on-demand.tsx), fetched once the first view is drawn.
 */
import { MessageBar, MessageBarBody } from './on-demand';

export function Problem({ message, intent = 'error' }: { readonly message: string | null | undefined; readonly intent?: 'error' | 'warning' }) {
  if (!message) return null;
  return (
    <MessageBar intent={intent} politeness="assertive">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
