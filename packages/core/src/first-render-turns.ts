/**
 * Widgets take turns at their first render. Upgrading every widget on a page queues every first
 * render in one microtask checkpoint, right after the script itself has run, so four widgets (or
 * twenty copies of one) made one long task that a tap had to wait behind. Each first render now
 * starts in a task of its own, after the script's: `scheduler.yield()` where the browser has it
 * (it resumes ahead of other queued work, so no visible delay), else a message-channel task
 * (setTimeout would be clamped to 4 ms when nested).
 */

const nextTask = (): Promise<void> => {
  // TypeScript's DOM types promise `scheduler` everywhere; Firefox and WebKit may not have it.
  if ('scheduler' in globalThis && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
};

/** The latest turn handed out, until a task has passed with nobody queued behind it. */
let tail: Promise<void> | undefined;

/** When this widget may render for the first time: one task after the last widget's turn. */
export function firstRenderTurn(): Promise<void> {
  const mine = (tail ?? Promise.resolve()).then(nextTask);
  tail = mine;
  void mine.then(nextTask).then(() => {
    if (tail === mine) tail = undefined;
  });
  return mine;
}
