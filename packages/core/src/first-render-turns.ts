/**
 * Widgets take turns at their first render. Upgrading every widget on a page queues every first
 * render in one microtask checkpoint, so four widgets (or twenty copies of one) made one long task
 * that a tap had to wait behind. Each first render after the first now starts in a task of its
 * own: `scheduler.yield()` where the browser has it (it resumes ahead of other queued work, so no
 * visible delay), else a message-channel task (setTimeout would be clamped to 4 ms when nested).
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

/**
 * When this widget may render for the first time: undefined (now) unless another widget's first
 * render is queued or has just run in this task; then one task after that one.
 */
export function firstRenderTurn(): Promise<void> | undefined {
  const mine = tail?.then(nextTask);
  const marker = mine ?? Promise.resolve();
  tail = marker;
  void marker.then(nextTask).then(() => {
    if (tail === marker) tail = undefined;
  });
  return mine;
}
