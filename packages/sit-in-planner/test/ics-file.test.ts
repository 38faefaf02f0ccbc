import { expect } from '@open-wc/testing';

/** The calendar file as the check page makes it, in a browser (crypto, Blob); the format is in test/unit. */
describe('.ics file of a plan', () => {
  it('is made on a plain http: page too, where crypto.randomUUID does not exist', async () => {
    const { icsFile } = await import('../src/view/lazy/check-page.js');
    const { completePlan } = await import('./plans.js');
    const own = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    // What an insecure context looks like: no randomUUID, getRandomValues still there.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const files = [icsFile(completePlan()), icsFile(completePlan())];
      const uids = await Promise.all(
        files.map(async (f) => /^UID:(.+)$/m.exec(await f!.text())?.[1]?.trim()),
      );
      expect(uids[0]).to.match(/^[0-9a-f]{32}@nvr-widgets$/);
      expect(uids[1]).not.to.equal(uids[0]);
    } finally {
      if (own) Object.defineProperty(crypto, 'randomUUID', own);
      else delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
