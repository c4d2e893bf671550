import * as React from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };

// React 18.3.0 (the lowest the kit supports) names act only `unstable_act`; 18.3.1 added `act`.
// Testing Library's act would go through react-dom/test-utils, which warns on 18.3.
const act: typeof React.act =
  React.act ?? (React as unknown as { unstable_act: typeof React.act }).unstable_act;

let root: Root | null = null;
let container: HTMLElement | null = null;

/** Server HTML placed in the page as a host's server sends it, before any script runs. */
export function placeServerHtml(html: string): HTMLElement {
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

/**
 * Hydrates the placed HTML with `element` inside act(), so its effects flush too; returns the
 * errors React recovered from (a mismatch is one).
 */
export async function hydrateServerHtml(element: React.ReactNode): Promise<unknown[]> {
  const recoverable: unknown[] = [];
  const actGlobal = globalThis as ActGlobal;
  const wasAct = actGlobal.IS_REACT_ACT_ENVIRONMENT;
  actGlobal.IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => {
    root = hydrateRoot(container as HTMLElement, element, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  actGlobal.IS_REACT_ACT_ENVIRONMENT = wasAct;
  return recoverable;
}

/** For afterEach: unmounts what was hydrated and takes its HTML out of the page. */
export async function removeServerHtml(): Promise<void> {
  await act(async () => root?.unmount());
  container?.remove();
  root = null;
  container = null;
}
