import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DeviceStorage, parseStored } from '../src/device-storage.js';

const KEY = 'nvr-test-device-storage';

describe('DeviceStorage', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('writes and reads back JSON with a stamp that only grows', () => {
    const store = new DeviceStorage(KEY);
    expect(store.read()).to.deep.equal({ ok: true });
    const first = store.write({ a: [1, 'two'] });
    expect(first.ok).to.equal(true);
    const stamp = first.ok ? first.stamp : 0;
    expect(store.read()).to.deep.equal({ ok: true, stored: { value: { a: [1, 'two'] }, stamp } });
    // A stamp from the future (another tab's clock) still leads to a greater one.
    const second = store.write('b', stamp + 1e9);
    expect(second.ok && second.stamp).to.equal(stamp + 1e9 + 1);
  });

  it('reports corrupt or foreign values instead of throwing', () => {
    const store = new DeviceStorage(KEY);
    for (const text of ['{not json', '"just a string"', '[1]', 'null', '']) {
      localStorage.setItem(KEY, text);
      expect(store.read(), text).to.deep.equal({ ok: true, corrupt: true });
    }
    fc.assert(
      fc.property(
        fc.string(),
        (text) => parseStored(text) === undefined || typeof parseStored(text)!.stamp === 'number',
      ),
    );
  });

  it('reads what it can from a damaged envelope, with stamp 0 so that any save is newer', () => {
    const store = new DeviceStorage(KEY);
    const cases: [string, unknown][] = [
      ['{"value":1}', 1],
      ['{"stamp":"x","value":{"a":1}}', { a: 1 }],
      ['{"a":1,"b":[2]}', { a: 1, b: [2] }],
      ['{"stamp":7}', { stamp: 7 }],
    ];
    for (const [text, value] of cases) {
      localStorage.setItem(KEY, text);
      expect(store.read(), text).to.deep.equal({ ok: true, stored: { value, stamp: 0 }, damaged: true });
    }
  });

  it('reads any object saved under a damaged or missing envelope back unchanged', () => {
    const store = new DeviceStorage(KEY);
    const object = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    fc.assert(
      fc.property(
        object,
        fc.oneof(fc.constant(undefined), fc.string(), fc.constant(null), fc.constant(NaN)),
        (value, stamp) => {
          // Damage: the stamp is not a number, or there is no envelope at all.
          const bare = !('value' in value) && stamp === undefined;
          localStorage.setItem(KEY, JSON.stringify(bare ? value : { stamp, value }));
          const read = store.read();
          expect(read.ok && read.stored?.value).to.deep.equal(JSON.parse(JSON.stringify(value)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports a full quota and blocked storage as results, never as exceptions', () => {
    const original = Storage.prototype.setItem;
    const store = new DeviceStorage(KEY);
    try {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      expect(store.write({ a: 1 })).to.deep.equal({ ok: false, problem: 'quota' });
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      expect(store.write({ a: 1 })).to.deep.equal({ ok: false, problem: 'unavailable' });
    } finally {
      Storage.prototype.setItem = original;
    }
    const blocked = new DeviceStorage(KEY, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(blocked.read()).to.deep.equal({ ok: false, problem: 'unavailable' });
    expect(blocked.write(1)).to.deep.equal({ ok: false, problem: 'unavailable' });
    expect(blocked.remove()).to.equal(false);
    expect(new DeviceStorage(KEY, () => undefined).read()).to.deep.equal({
      ok: false,
      problem: 'unavailable',
    });
  });

  it('removes only its own key', () => {
    localStorage.setItem('nvr-test-other', 'keep');
    const store = new DeviceStorage(KEY);
    store.write(1);
    expect(store.remove()).to.equal(true);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem('nvr-test-other')).to.equal('keep');
    localStorage.removeItem('nvr-test-other');
  });

  it('hears saves and removals of its key from other tabs (storage events), not other keys or unreadable values', () => {
    const store = new DeviceStorage(KEY);
    const heard: unknown[] = [];
    const stop = store.watch((stored) => heard.push(stored));
    const fire = (key: string | null, newValue: string | null) =>
      window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
    fire(KEY, JSON.stringify({ stamp: 5, value: 'x' }));
    fire('another-key', JSON.stringify({ stamp: 6, value: 'y' }));
    fire(KEY, '{not an envelope');
    fire(KEY, null);
    fire(null, null);
    window.dispatchEvent(
      new StorageEvent('storage', { key: KEY, newValue: '{}', storageArea: sessionStorage }),
    );
    stop();
    fire(KEY, JSON.stringify({ stamp: 7, value: 'z' }));
    expect(heard).to.deep.equal([{ stamp: 5, value: 'x' }, undefined, undefined]);
  });
});
