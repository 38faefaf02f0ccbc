// First renders take turns: one task each after the first, so many widgets never make one long task.
import { describe, expect, it } from '../../../../test/unit/harness.js';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { firstRenderTurn } from '../../src/first-render-turns.js';

/** Drains the microtask queue, but lets no task run. */
const microtasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('first renders take turns', () => {
  it('the first widget renders at once; each one after it a task later, in order', async () => {
    const started: number[] = [];
    const turns = [firstRenderTurn(), firstRenderTurn(), firstRenderTurn(), firstRenderTurn()];
    expect(turns[0], 'the first waits for nothing').to.equal(undefined);
    turns.forEach((turn, i) => void turn?.then(() => started.push(i)));
    await microtasks();
    expect(started, 'no later widget in the same task').to.deep.equal([]);
    const perTask: number[][] = [];
    for (let task = 0; task < 6 && started.length < 3; task++) {
      const before = started.length;
      await nextMacrotask();
      await microtasks();
      perTask.push(started.slice(before));
    }
    expect(started, 'in the order they asked').to.deep.equal([1, 2, 3]);
    expect(
      perTask.filter((batch) => batch.length > 1),
      'one first render per task',
    ).to.deep.equal([]);
  });

  it('once the page is quiet, a widget added later does not wait', async () => {
    for (let i = 0; i < 5; i++) await nextMacrotask();
    expect(firstRenderTurn()).to.equal(undefined);
  });
});
