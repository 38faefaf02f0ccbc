/**
 * What a screen-reader user hears, for tests: announcements made by live regions (any engine)
 * and the spoken form of Chromium's accessibility tree (Chromium only: no other engine exposes
 * its tree to tests). `@guidepup/virtual-screen-reader` does not enter shadow roots; these do.
 */
import { accessibleNodes } from './helpers.js';

const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text a screen reader would read from `node`: skips aria-hidden and hidden subtrees. */
function readable(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.closest('[aria-hidden="true"], [hidden]') || getComputedStyle(node).display === 'none') return '';
  return [...node.childNodes].map(readable).join(' ');
}

function regionOf(node: Node, root: ShadowRoot | Document): Element | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n instanceof Element && n.matches(LIVE)) return n;
  }
  return null;
}

/**
 * Records what live regions in `host`'s shadow root announce, as a screen reader hears it: a
 * change inside a region that was already there is spoken (its changed text, or all of it with
 * `aria-atomic="true"`); a region inserted already filled is not, except an alert, which screen
 * readers speak when it appears. One utterance per region per batch of DOM changes.
 */
export function recordAnnouncements(host: Element): { said: string[]; stop: () => void } {
  const root = host.shadowRoot!;
  const known = new Set<Element>(root.querySelectorAll(LIVE));
  const said: string[] = [];
  const observer = new MutationObserver((mutations) => {
    // Per region, the nodes that changed (a node both added and then edited counts once).
    const changed = new Map<Element, Set<Node>>();
    const add = (region: Element, node: Node) => {
      if (!changed.has(region)) changed.set(region, new Set());
      changed.get(region)!.add(node);
    };
    for (const m of mutations) {
      const region = regionOf(m.target, root);
      if (region && known.has(region)) {
        if (region.getAttribute('aria-atomic') === 'true') add(region, region);
        else if (m.type === 'characterData') add(region, m.target);
        else m.addedNodes.forEach((n) => add(region, n));
      }
      // An alert that appears is spoken even though it was not there before.
      for (const n of m.addedNodes) {
        if (!(n instanceof Element) || !n.isConnected) continue;
        for (const alert of [n, ...n.querySelectorAll('*')].filter((e) => e.matches('[role="alert"]')))
          if (!known.has(alert)) add(alert, alert);
      }
    }
    for (const nodes of changed.values()) {
      const connected = [...nodes].filter((n) => n.isConnected);
      // Read each changed node once, and not again inside another changed node.
      const outermost = connected.filter((n) => !connected.some((o) => o !== n && o.contains(n)));
      const text = clean(outermost.map(readable).join(' '));
      if (text) said.push(text);
    }
    root.querySelectorAll(LIVE).forEach((r) => known.add(r));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    said,
    stop: () => {
      observer.takeRecords();
      observer.disconnect();
    },
  };
}

/** Lets pending DOM changes reach the recorder (MutationObserver callbacks are microtasks). */
export const flushed = () => new Promise((r) => setTimeout(r));

interface AxNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  checked?: boolean | 'mixed';
  expanded?: boolean;
  pressed?: boolean | 'mixed';
  invalid?: string;
  required?: boolean;
  disabled?: boolean;
  focused?: boolean;
  value?: string | number;
  children?: AxNode[];
}

/** One node as a screen reader says it: "Question 1 of 6, heading level 2". */
export function say(n: AxNode): string {
  const role = n.role === 'StaticText' ? '' : n.role === 'heading' ? `heading level ${n.level}` : n.role;
  const states = [
    n.checked === true ? 'checked' : n.checked === false ? 'not checked' : '',
    n.expanded === true ? 'expanded' : n.expanded === false ? 'collapsed' : '',
    n.pressed === true ? 'pressed' : '',
    n.invalid && n.invalid !== 'false' ? 'invalid entry' : '',
    n.required ? 'required' : '',
    n.disabled ? 'dimmed' : '',
  ].filter(Boolean);
  return [n.name, role, ...states, n.description].filter(Boolean).join(', ');
}

/**
 * The page in reading order as a screen reader speaks it, one line per node that has something
 * to say (Chromium's accessibility tree, interesting nodes only). Chromium only.
 */
export async function spokenPage(): Promise<string[]> {
  const nodes = (await accessibleNodes()) as unknown as AxNode[];
  return nodes
    .filter((n) => n.role !== 'RootWebArea' && n.role !== 'generic' && (n.name || n.role !== 'StaticText'))
    .map(say)
    .filter(Boolean);
}

/** What is heard when focus lands where it is now. Chromium only. */
export async function spokenFocus(): Promise<string> {
  const nodes = (await accessibleNodes()) as unknown as AxNode[];
  const focused = nodes.find((n) => n.focused);
  return focused ? say(focused) : '';
}
