/** Detail of `nvr-plan-change`. Never carries what the parent wrote: only where they are. */
export interface NvrPlanChangeDetail {
  /** The step that changed, 1–8. */
  step: number;
  /** Whether that step is now complete. */
  complete: boolean;
}

/** Detail of `nvr-plan-export`. */
export interface NvrPlanExportDetail {
  format: 'print' | 'ics' | 'text';
}

declare global {
  // On every target the event reaches as it bubbles: the element, `document` and `window`.
  interface GlobalEventHandlersEventMap {
    'nvr-plan-change': CustomEvent<NvrPlanChangeDetail>;
    'nvr-plan-export': CustomEvent<NvrPlanExportDetail>;
    'nvr-plan-delete': CustomEvent<Record<string, never>>;
  }
}
