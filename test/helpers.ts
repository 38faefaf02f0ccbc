/** Small helpers shared by every widget's browser tests. */
import { a11ySnapshot } from '@web/test-runner-commands';

/** Collects console.warn calls until `restore()`; tests assert on what an editor would read. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Records `nvr-config-error` details reaching `document` (so also proves bubbles + composed). */
export function captureConfigErrors() {
  const details: { widget: string; field: string; problem: string }[] = [];
  const listener = (e: Event) => details.push((e as CustomEvent).detail);
  document.addEventListener('nvr-config-error', listener);
  return { details, restore: () => document.removeEventListener('nvr-config-error', listener) };
}

/**
 * Runs `test` while collecting console warnings and `nvr-config-error` details, and always
 * restores the console and the listener afterwards.
 */
export async function withWarnings(
  test: (
    warnings: ReturnType<typeof captureWarnings>,
    errors: ReturnType<typeof captureConfigErrors>,
  ) => Promise<void>,
): Promise<void> {
  const warnings = captureWarnings();
  const errors = captureConfigErrors();
  try {
    await test(warnings, errors);
  } finally {
    warnings.restore();
    errors.restore();
  }
}

/** Resolves when `check()` is truthy, polling each frame; fails after `ms`. */
export async function until<T>(check: () => T, what: string, ms = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  level?: number;
  children?: AxNode[];
}

/** Chromium's accessibility tree for the page, flattened: what a screen reader is told. */
export async function accessibleNodes(): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const out: AxNode[] = [];
  const walk = (n: AxNode) => {
    out.push(n);
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

/** URLs of resources fetched since `since` (a performance.now() time). */
export function resourcesSince(since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since)
    .map((e) => e.name);
}

/** Every element in a shadow root (and nested roots), for layout checks. */
export function shadowElements(host: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return out;
}
