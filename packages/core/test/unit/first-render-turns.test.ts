// First renders take turns: each in a task of its own, after the script's, so neither the script
// and a render nor many widgets make one long task together.
import { describe, expect, it } from '../../../../test/unit/harness.js';
import { setTimeout as nextMacrotask } from 'node:timers/promises';
import { firstRenderTurn } from '../../src/first-render-turns.js';

/** Drains the microtask queue, but lets no task run. */
const microtasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** Which turns began in each task, until all have (at most `tasks` tasks). */
async function tasksOf(started: number[], count: number, tasks = 50): Promise<number[][]> {
  const perTask: number[][] = [];
  for (let task = 0; task < tasks && started.length < count; task++) {
    const before = started.length;
    await nextMacrotask(0);
    await microtasks();
    perTask.push(started.slice(before));
  }
  return perTask;
}

describe('first renders take turns', () => {
  it('none in the task that asked; then one per task, in the order they asked', async () => {
    const started: number[] = [];
    [firstRenderTurn(), firstRenderTurn(), firstRenderTurn(), firstRenderTurn()].forEach(
      (turn, i) => void turn.then(() => started.push(i)),
    );
    await microtasks();
    expect(started, 'not in the task of the script that defined them').to.deep.equal([]);
    const perTask = await tasksOf(started, 4);
    expect(started, 'in the order they asked').to.deep.equal([0, 1, 2, 3]);
    expect(
      perTask.filter((batch) => batch.length > 1),
      'one first render per task',
    ).to.deep.equal([]);
  });

  it('once the page is quiet, a widget added later waits one task only', async () => {
    for (let i = 0; i < 5; i++) await nextMacrotask(5);
    const started: number[] = [];
    void firstRenderTurn().then(() => started.push(0));
    const perTask = await tasksOf(started, 1, 5);
    expect(perTask.flat(), 'it renders').to.deep.equal([0]);
    expect(perTask.length, 'within the first tasks').to.be.at.most(2);
  });
});
