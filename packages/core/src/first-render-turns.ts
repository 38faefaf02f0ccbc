/**
 * Widgets take turns at their first render. Upgrading every widget on a page queues every first
 * render in one microtask checkpoint, right after the script itself has run, so four widgets (or
 * twenty copies of one) made one long task that a tap had to wait behind. Each first render now
 * starts in a task of its own, after the script's: `scheduler.yield()` where the browser has it
 * (it resumes ahead of other queued work, so no visible delay), else a timer task.
 */

/**
 * `scheduler.yield` where the browser has it (Chromium), found without taking TypeScript's word
 * for it: its DOM types declare `scheduler` everywhere, and this module is also tested in Node.
 */
function schedulerYield(): (() => Promise<unknown>) | undefined {
  const scheduler: unknown = Reflect.get(globalThis, 'scheduler');
  if (typeof scheduler !== 'object' || scheduler === null) return undefined;
  const yieldNow: unknown = Reflect.get(scheduler, 'yield');
  if (typeof yieldNow !== 'function') return undefined;
  return () => Promise.resolve(Reflect.apply(yieldNow, scheduler, []));
}

/**
 * Elsewhere a timer. (A message-channel task would dodge the 4 ms clamp of nested timers, but
 * WebKit delivered such messages late or not at all when nothing else held the channel, and a
 * first render that waits for ever is far worse than a few milliseconds.)
 */
const timerTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves in a later task: `scheduler.yield()` where there is one, else a timer. */
export const nextTask = (): Promise<unknown> => schedulerYield()?.() ?? timerTask();

/** The latest turn handed out, until a task has passed with nobody queued behind it. */
let tail: Promise<unknown> | undefined;

/** When this widget may render for the first time: one task after the last widget's turn. */
export function firstRenderTurn(): Promise<unknown> {
  const mine = (tail ?? Promise.resolve()).then(nextTask);
  tail = mine;
  void mine.then(nextTask).then(() => {
    if (tail === mine) tail = undefined;
  });
  return mine;
}
