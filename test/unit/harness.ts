/**
 * Mocha-style `describe`/`it` on Node's own test runner, and chai's `expect`: a pure test moved
 * out of the browser changes only its imports. `it` accepts any return value (`() => expect(…)`).
 */
import { describe as nodeDescribe, it as nodeIt } from 'node:test';

export { expect } from 'chai';
export { before, after, beforeEach, afterEach } from 'node:test';

export function describe(name: string, body: () => void): void {
  void nodeDescribe(name, body);
}

export function it(name: string, body: () => unknown): void {
  void nodeIt(name, async () => {
    await body();
  });
}
