/** Detail of `nvr-cornerstone-toggle`. */
export interface NvrCornerstoneToggleDetail {
  /** The section's number, 1-based, as shown and as used by `open` and `#nvr-cornerstone-N`. */
  index: number;
  /** The section's stable id, e.g. `de-escalation` (or a slug of an editor's `## Heading`). */
  id: string;
  /** Whether the section is now open. */
  open: boolean;
}

declare global {
  // On every target the event reaches as it bubbles: the element, `document` and `window`.
  interface GlobalEventHandlersEventMap {
    'nvr-cornerstone-toggle': CustomEvent<NvrCornerstoneToggleDetail>;
  }
}
