/** Detail of `nvr-config-error`: which widget, which attribute or field, and what is wrong. */
export interface NvrConfigErrorDetail {
  /** Tag name of the widget, e.g. `nvr-cornerstones`. */
  widget: string;
  /** The attribute, child element or JSON path at fault, e.g. `heading-level` or `items[2].price`. */
  field: string;
  /** What is wrong and what the widget does instead, in plain English. */
  problem: string;
}

declare global {
  // On every target the event reaches as it bubbles: the element, `document` and `window`.
  interface GlobalEventHandlersEventMap {
    'nvr-config-error': CustomEvent<NvrConfigErrorDetail>;
  }
}

type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a typed `nvr-*` event. Events bubble and are composed so a host page can listen
 * on `document` whatever shadow roots sit in between.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
