import type { ReactiveElement } from 'lit';
import { WindowListener } from './window-listener.js';

/** How long three Shift presses may take to count as the shortcut. */
export const SHIFT_WINDOW_MS = 2000;

/**
 * Counts Shift presses: true on the third press within the window. Any other key starts the count
 * again, so typing capitals does not trigger it. Pure, for tests with made-up times.
 */
export function shiftCounter(windowMs = SHIFT_WINDOW_MS) {
  let presses: number[] = [];
  return (key: string, time: number): boolean => {
    if (key !== 'Shift') {
      presses = [];
      return false;
    }
    presses = [...presses.filter((t) => time - t < windowMs), time];
    if (presses.length < 3) return false;
    presses = [];
    return true;
  };
}

/**
 * Shift pressed three times anywhere on the page (the quick-exit shortcut): heard in the capture
 * phase, so a page or a field that stops the key event cannot swallow it.
 */
export class TripleShift extends WindowListener<'keydown'> {
  constructor(host: ReactiveElement, onTriple: () => void) {
    const count = shiftCounter();
    super(host, 'keydown', (e) => !e.repeat && count(e.key, e.timeStamp) && onTriple(), { capture: true });
  }
}
