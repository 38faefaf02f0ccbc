/**
 * Widgets take turns at their first render. Upgrading every widget on a page queues every first
 * render in one microtask checkpoint, right after the script itself has run, so four widgets (or
 * twenty copies of one) made one long task that a tap had to wait behind. Each first render now
 * starts in a task of its own, after the script's: `scheduler.yield()` where the browser has it
 * (it resumes ahead of other queued work, so no visible delay), else a message-channel task
 * (setTimeout would be clamped to 4 ms when nested).
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
 * The next task by a message to ourselves: one channel while messages are on their way, held here
 * (WebKit may collect a channel nothing refers to, and its message with it: every later turn
 * would then wait for ever), closed when none is, so Node is not kept alive by it either.
 */
let channel: InstanceType<typeof MessageChannel> | undefined;
const waiting: (() => void)[] = [];
function messageTask(): Promise<void> {
  if (!channel) {
    const opened = new MessageChannel();
    opened.port1.addEventListener('message', () => {
      waiting.shift()?.();
      if (!waiting.length && channel === opened) {
        opened.port1.close();
        channel = undefined;
      }
    });
    opened.port1.start();
    channel = opened;
  }
  const { port2 } = channel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port2.postMessage(undefined);
  });
}

const nextTask = (): Promise<unknown> => schedulerYield()?.() ?? messageTask();

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
