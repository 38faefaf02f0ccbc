import { describe, expect, it } from '../../../../test/unit/harness.js';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { FIELDS, parseFeeConfig } from '../../src/model/fee-config.js';
import { computeQuote } from '../../src/model/quote.js';
import type { FeeConfigInput } from '../../src/model/fee-config-input.js';

/** Every field a provider may write, typed as the `config` property takes it (FeeConfigInput). */
const valid = {
  currency: 'GBP',
  vatRate: '20%',
  pricesPublished: '2026-02-01',
  title: 'NVR training',
  items: [
    { id: 'f-sup', label: 'Foundation with supervision', price: '660.00', group: 'Level' },
    { id: 'f', label: 'Foundation only', price: '500', group: 'Level' },
    {
      id: 'eval',
      label: 'Evaluation',
      price: '300',
      vat: 'inclusive',
      requires: ['f-sup'],
      note: '*Only* if coursework',
      due: 'later',
    },
    { id: 'adv', label: 'Advanced', priceOnRequest: true, perParticipant: false },
  ],
  participants: { min: 1, max: 20, default: 2 },
  discounts: [
    { id: 'early', label: 'Early bird', type: 'percent', value: '10%', validUntil: '2026-03-01' },
    { id: 'member', label: 'Member', type: 'amount', value: '50', code: 'NVRA', appliesTo: ['f', 'f-sup'] },
  ],
  stacking: 'best',
  bookingUrl: '/book?items={items}&n={participants}&code={code}',
} satisfies FeeConfigInput;

/** A copy of `valid` with `change` applied to it. */
const withChange = (change: (c: typeof valid & Record<string, unknown>) => void) => {
  const copy = structuredClone(valid) as typeof valid & Record<string, unknown>;
  change(copy);
  return parseFeeConfig(copy);
};
const lines = (problems: { field: string; problem: string }[]) =>
  problems.map((p) => `${p.field}: ${p.problem}`);

describe('parseFeeConfig', () => {
  it('reads a valid config with no problems, amounts in minor units', () => {
    const { config, problems } = parseFeeConfig(valid);
    expect(problems).to.deep.equal([]);
    expect(config.currency).to.equal('GBP');
    expect(config.vatRate).to.equal(200_000);
    expect(config.items.map((i) => [i.id, i.price, i.vat, i.perParticipant, i.priceOnRequest])).to.deep.equal(
      [
        ['f-sup', 66_000, 'exclusive', true, false],
        ['f', 50_000, 'exclusive', true, false],
        ['eval', 30_000, 'inclusive', true, false],
        ['adv', 0, 'exclusive', false, true],
      ],
    );
    expect(config.items.map((i) => i.due)).to.deep.equal(['booking', 'booking', 'later', 'booking']);
    expect(config.participants).to.deep.equal({ min: 1, max: 20, default: 2 });
    expect(config.discounts.map((d) => [d.id, d.type, d.value])).to.deep.equal([
      ['early', 'percent', 100_000],
      ['member', 'amount', 5_000],
    ]);
    expect(config.stacking).to.equal('best');
    expect(config.bookingUrl).to.equal(valid.bookingUrl);
  });

  it('names the JSON path of a bad price and drops only that item', () => {
    const { config, problems } = withChange((c) => (c.items[2].price = '66O'));
    expect(lines(problems)).to.deep.equal(['items[2].price: "66O" is not a decimal amount']);
    expect(config.items.map((i) => i.id)).to.deep.equal(['f-sup', 'f', 'adv']);
  });

  const problemCases: [string, (c: typeof valid & Record<string, unknown>) => void, string[]][] = [
    [
      'a missing price',
      (c) => delete (c.items[1] as { price?: string }).price,
      [
        'items[1].price: is missing (or set "priceOnRequest": true)',
        'discounts[1].appliesTo: "f" is not the id of an item; ignored',
      ],
    ],
    [
      'a negative price',
      (c) => (c.items[1].price = '-500'),
      [
        'items[1].price: "-500" must not be negative',
        'discounts[1].appliesTo: "f" is not the id of an item; ignored',
      ],
    ],
    [
      'too many decimals',
      (c) => (c.items[1].price = '500.001'),
      [
        'items[1].price: "500.001" has more than 2 decimal places',
        'discounts[1].appliesTo: "f" is not the id of an item; ignored',
      ],
    ],
    [
      'a price that is not text',
      (c) => ((c.items[1] as Record<string, unknown>).price = { amount: 5 }),
      [
        'items[1].price: must be a decimal amount in quotes, e.g. "660.00"',
        'discounts[1].appliesTo: "f" is not the id of an item; ignored',
      ],
    ],
    [
      'an unknown currency',
      (c) => (c.currency = 'XYZ'),
      ['currency: "XYZ" is not an ISO 4217 currency code; amounts are shown without one'],
    ],
    ['VAT over 100%', (c) => (c.vatRate = '120%'), ['vatRate: "120%" is more than 100%; VAT is taken as 0%']],
    [
      'an unknown id in requires',
      (c) => (c.items[2].requires = ['f-sup', 'nope']),
      ['items[2].requires: "nope" is not the id of an item; ignored'],
    ],
    [
      'a requires cycle',
      (c) => ((c.items[0] as Record<string, unknown>).requires = ['eval']),
      ['items[0].requires: "eval" makes a cycle (f-sup → eval → f-sup); ignored'],
    ],
    [
      'requiring an item of the same group',
      (c) => ((c.items[0] as Record<string, unknown>).requires = ['f']),
      ['items[0].requires: "f" cannot be chosen together with this item; ignored'],
    ],
    [
      'a javascript: booking URL',
      (c) => (c.bookingUrl = 'javascript:alert(1)//{items}'),
      ['bookingUrl: "javascript:alert(1)//{items}" is not an https: or relative URL'],
    ],
    [
      'an http: booking URL',
      (c) => (c.bookingUrl = 'http://example.org/?{items}'),
      ['bookingUrl: "http://example.org/?{items}" is not an https: or relative URL'],
    ],
    [
      'a protocol-relative booking URL (http: on an http: page)',
      (c) => (c.bookingUrl = '//example.org/book?{items}'),
      ['bookingUrl: "//example.org/book?{items}" is not an https: or relative URL'],
    ],
    [
      'a booking URL that browsers read as protocol-relative',
      (c) => (c.bookingUrl = '\\\\example.org/book'),
      ['bookingUrl: "\\\\\\\\example.org/book" is not an https: or relative URL'],
    ],
    [
      'a booking URL whose scheme a typed code would choose',
      (c) => (c.bookingUrl = '{code}:alert(document.domain)'),
      ['bookingUrl: "{code}:alert(document.domain)" is not an https: or relative URL'],
    ],
    [
      'a booking URL whose host an empty code decides ("/{code}/book" → "//book")',
      (c) => (c.bookingUrl = '/{code}/book?items={items}'),
      [
        'bookingUrl: "/{code}/book?items={items}" lets a placeholder choose the site the link goes to; write "https://host/" or a path such as "/book" before any placeholder',
      ],
    ],
    [
      'a booking URL that an empty code turns protocol-relative',
      (c) => (c.bookingUrl = '{code}//evil.example/book'),
      [
        'bookingUrl: "{code}//evil.example/book" lets a placeholder choose the site the link goes to; write "https://host/" or a path such as "/book" before any placeholder',
      ],
    ],
    [
      'an https: booking URL whose host a placeholder completes',
      (c) => (c.bookingUrl = 'https://example.org{code}/book'),
      [
        'bookingUrl: "https://example.org{code}/book" lets a placeholder choose the site the link goes to; write "https://host/" or a path such as "/book" before any placeholder',
      ],
    ],
    [
      'an impossible publication date',
      (c) => (c.pricesPublished = '2026-02-31'),
      ['pricesPublished: "2026-02-31" is not a day in the calendar'],
    ],
    [
      'an impossible early-bird deadline',
      (c) => (c.discounts[0].validUntil = '2026-02-30'),
      ['discounts[0].validUntil: "2026-02-30" is not a day in the calendar'],
    ],
    [
      'a malformed price on an item priced on request',
      (c) => ((c.items[3] as Record<string, unknown>).price = '1,50'),
      ['items[3].price: "1,50" is not a decimal amount; the item stays "price on request"'],
    ],
    [
      'an infinite price on an item priced on request',
      (c) => ((c.items[3] as Record<string, unknown>).price = 'Infinity'),
      ['items[3].price: "Infinity" is not a decimal amount; the item stays "price on request"'],
    ],
    [
      'a duplicate id',
      (c) => (c.items[1].id = 'f-sup'),
      [
        'items[1].id: "f-sup" is used by an earlier item; this one is ignored',
        'discounts[1].appliesTo: "f" is not the id of an item; ignored',
      ],
    ],
    [
      'a typo in a field name',
      (c) => ((c.items[0] as Record<string, unknown>).pirce = '1'),
      ['items[0].pirce: is not a known field; ignored'],
    ],
    [
      'a bad vat mode',
      (c) => ((c.items[2] as Record<string, unknown>).vat = 'included'),
      ['items[2].vat: must be "exclusive", "inclusive" or "exempt"'],
    ],
    [
      'a bad "due"',
      (c) => ((c.items[2] as Record<string, unknown>).due = 'soon'),
      ['items[2].due: must be "booking" or "later"'],
    ],
    [
      'a bad date',
      (c) => (c.discounts[0].validUntil = '1 March'),
      ['discounts[0].validUntil: "1 March" is not a date such as "2026-03-01"'],
    ],
    [
      'a bad discount type',
      (c) => ((c.discounts[0] as Record<string, unknown>).type = 'percentage'),
      ['discounts[0].type: must be "percent" or "amount"'],
    ],
    [
      'an unknown id in appliesTo',
      (c) => c.discounts[1].appliesTo!.push('x'),
      ['discounts[1].appliesTo: "x" is not the id of an item; ignored'],
    ],
    [
      'participants max below min',
      (c) => (c.participants = { min: 5, max: 2, default: 5 }),
      ['participants.max: is less than min (5); taken as 5'],
    ],
    [
      'a non-number in requires',
      (c) => ((c.items[2] as Record<string, unknown>).requires = ['f-sup', 3]),
      ['items[2].requires[1]: must be an item id in quotes'],
    ],
  ];
  for (const [name, change, expected] of problemCases) {
    it(`reports ${name}`, () => {
      expect(lines(withChange(change).problems)).to.deep.equal(expected);
    });
  }

  it('keeps what is valid beside a mistake: a bad note loses only the note', () => {
    const { config, problems } = withChange((c) => ((c.items[2] as Record<string, unknown>).note = 42));
    expect(lines(problems)).to.deep.equal(['items[2].note: must be text']);
    expect(config.items[2]).to.include({ id: 'eval', price: 30_000, note: undefined });
  });

  it('reads 0- and 3-digit currencies exactly', () => {
    const jpy = parseFeeConfig({
      currency: 'JPY',
      vatRate: '10%',
      items: [{ id: 'a', label: 'A', price: '12000' }],
    });
    expect(jpy.problems).to.deep.equal([]);
    expect([jpy.config.digits, jpy.config.items[0].price]).to.deep.equal([0, 12_000]);
    const bhd = parseFeeConfig({
      currency: 'bhd',
      vatRate: '10',
      items: [{ id: 'a', label: 'A', price: '10.005' }],
    });
    expect(bhd.problems).to.deep.equal([]);
    expect([bhd.config.currency, bhd.config.digits, bhd.config.items[0].price]).to.deep.equal([
      'BHD',
      3,
      10_005,
    ]);
  });

  it('takes minor digits from ISO 4217, not from the browser: IQD has 3, HUF and IDR 2', () => {
    // Chromium's Intl says 0 for all three: "1.555" IQD used to be refused.
    const iqd = parseFeeConfig({
      currency: 'IQD',
      items: [{ id: 'a', label: 'A', price: '1.555', vat: 'exempt' }],
    });
    expect(iqd.problems).to.deep.equal([]);
    expect([iqd.config.digits, iqd.config.items[0].price]).to.deep.equal([3, 1_555]);
    const huf = parseFeeConfig({
      currency: 'HUF',
      items: [{ id: 'a', label: 'A', price: '12000.50', vat: 'exempt' }],
    });
    expect(huf.problems).to.deep.equal([]);
    expect(huf.config.items[0].price).to.equal(1_200_050);
  });

  it('keeps an item priced on request when its unused price is malformed', () => {
    const { config } = withChange((c) => ((c.items[3] as Record<string, unknown>).price = '1,50'));
    expect(config.items.find((i) => i.id === 'adv')).to.include({ priceOnRequest: true, price: 0 });
  });

  it('accepts exactly the real calendar dates (random dates against a days-in-month table)', () => {
    const daysIn = (y: number, m: number) =>
      [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
        m - 1
      ];
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const { problems } = parseFeeConfig({ ...valid, pricesPublished: date });
          expect(problems.length === 0, date).to.equal(d <= daysIn(y, m));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('treats something that is not an object as an empty price list, with a clear problem', () => {
    for (const raw of [null, 'prices', 42, [1, 2]]) {
      const { config, problems } = parseFeeConfig(raw);
      expect(config.items).to.deep.equal([]);
      expect(lines(problems)).to.include('config: must be a JSON object { … }; ignored');
    }
  });

  it('never throws on any JSON value, and always returns a usable config', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { config, problems } = parseFeeConfig(raw);
        expect(Array.isArray(problems)).to.equal(true);
        expect(config.items).to.be.an('array');
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on anything at all, including near-miss configs', () => {
    const nearMiss = fc.record(
      {
        currency: fc.oneof(fc.constantFrom('GBP', 'JPY', 'BHD', 'gbp', 'XYZ', ''), fc.anything()),
        vatRate: fc.oneof(fc.constantFrom('20%', '0', '100%', '150%', '-5'), fc.anything()),
        items: fc.array(
          fc.record(
            {
              id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
              label: fc.oneof(fc.string(), fc.anything()),
              price: fc.oneof(fc.constantFrom('1', '0.5', '66O', '-1', '1.234'), fc.anything()),
              vat: fc.oneof(fc.constantFrom('exclusive', 'inclusive', 'exempt'), fc.anything()),
              group: fc.oneof(fc.constantFrom('G'), fc.anything()),
              requires: fc.oneof(fc.subarray(['a', 'b', 'c']), fc.anything()),
              excludes: fc.oneof(fc.subarray(['a', 'b', 'c']), fc.anything()),
              note: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 4 },
        ),
        discounts: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
        participants: fc.anything(),
        bookingUrl: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(nearMiss, fc.anything()), (raw) => {
        const { config } = parseFeeConfig(raw);
        // Whatever was read prices without NaN, and its requires graph has no cycle left.
        const quote = computeQuote(config, {
          items: config.items.map((i) => i.id),
          participants: config.participants.default,
          code: '',
          today: '2026-01-01',
        });
        expect(Number.isSafeInteger(quote.gross)).to.equal(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

/** A JSON file of the repository, by its path from the root. */
const json = async (path: string) =>
  JSON.parse(await readFile(new URL(`../../../../${path}`, import.meta.url), 'utf8'));

describe('docs/fee-calculator.schema.json', () => {
  it('names exactly the fields the parser reads, and accepts the example fixture', async () => {
    const schema = await json('docs/fee-calculator.schema.json');
    const keys = (o: { properties: object }) => Object.keys(o.properties).sort();
    expect(keys(schema)).to.deep.equal([...FIELDS.config].sort());
    expect(keys(schema.properties.items.items)).to.deep.equal([...FIELDS.item].sort());
    expect(keys(schema.properties.discounts.items)).to.deep.equal([...FIELDS.discount].sort());
    expect(keys(schema.properties.participants)).to.deep.equal([...FIELDS.participants].sort());
    const fixture = await json('test/fixtures/fee-calculator/pathway.json');
    expect(parseFeeConfig(fixture).problems).to.deep.equal([]);
  });
});
