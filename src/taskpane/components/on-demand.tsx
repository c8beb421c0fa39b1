/**
 * MessageBar, Spinner and ToggleButton from the "extras" chunk (extras.ts), drawn as Fluent's own
 * once the chunk is here. It is fetched when the first view is drawn and the page is idle (App's
 * warm-up), and a check waits for it before showing its result, so in use it is always here before
 * it is needed. Until then (or if it could not be fetched) each stands in with plain elements that
 * say the same words: a problem is still shown, and announced (role="alert") if the chunk failed.
 * The first view draws none of them, so the page drawn at build time hydrates as before.
 */
import { useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import type * as ExtrasModule from './extras';

type Extras = typeof ExtrasModule;

let extras: Extras | null = null;
let failed = false;
let loading: Promise<Extras> | null = null;

/** Fetches the chunk (once; again after a failure). */
export function loadExtras(): Promise<Extras> {
  loading ??= import(/* webpackChunkName: "extras" */ './extras').then(
    (m) => {
      extras = m;
      failed = false;
      return m;
    },
    (e: unknown) => {
      loading = null;
      failed = true;
      throw e;
    },
  );
  return loading;
}

/** The chunk's components if it is here; otherwise null, and a redraw once it arrives. */
function useExtras(): Extras | null {
  const [here, setHere] = useState<Extras | null>(extras);
  const [, setFailed] = useState(false);
  useEffect(() => {
    if (here) return;
    let live = true;
    loadExtras().then(
      (m) => live && setHere(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [here]);
  return here;
}

export function MessageBar(props: ComponentProps<Extras['MessageBar']>) {
  const x = useExtras();
  if (x) return <x.MessageBar {...props} />;
  return <div role={failed ? 'alert' : undefined}>{props.children as ReactNode}</div>;
}

export function MessageBarBody(props: ComponentProps<Extras['MessageBarBody']>) {
  const x = useExtras();
  return x ? <x.MessageBarBody {...props} /> : <div>{props.children as ReactNode}</div>;
}

export function MessageBarTitle(props: ComponentProps<Extras['MessageBarTitle']>) {
  const x = useExtras();
  return x ? <x.MessageBarTitle {...props} /> : <strong>{props.children as ReactNode} </strong>;
}

export function Spinner(props: ComponentProps<Extras['Spinner']>) {
  const x = useExtras();
  return x ? <x.Spinner {...props} /> : <div role="status">{props.label as ReactNode}</div>;
}

export function ToggleButton(props: ComponentProps<Extras['ToggleButton']>) {
  const x = useExtras();
  if (x) return <x.ToggleButton {...props} />;
  const { checked, onClick, children } = props;
  return (
    <button type="button" aria-pressed={checked ? 'true' : 'false'} onClick={onClick as ComponentProps<'button'>['onClick']}>
      {children as ReactNode}
    </button>
  );
}
