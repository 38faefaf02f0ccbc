/** The price list both host apps give the fee calculator as a `config` property: two options. */
export const fees = {
  currency: 'GBP',
  vatRate: '20%',
  items: [
    { id: 'course', label: 'Foundation course', price: '500' },
    { id: 'supervision', label: 'Group supervision', price: '160' },
  ],
};
