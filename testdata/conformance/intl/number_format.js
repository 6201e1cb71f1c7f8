'use strict';
// Intl.NumberFormat over a matrix of options and values (English and the
// separators/grouping of a few other locales), formatToParts, formatRange,
// resolvedOptions and the validation errors.
const esc = (s) => s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const values = [0, -0, 1, -1, 0.5, 1.005, 2.5, 1234.5678, -1234567.891, 0.000123456, 1e21, 123456789012345680000, NaN, Infinity, -Infinity, 12345678901234567890n, '1234567891234567891234.5'];
const optionSets = [
  {},
  { maximumFractionDigits: 0 }, { minimumFractionDigits: 2 }, { maximumFractionDigits: 1, minimumFractionDigits: 1 },
  { maximumSignificantDigits: 3 }, { minimumSignificantDigits: 5 }, { minimumIntegerDigits: 4 },
  { useGrouping: false }, { useGrouping: 'always' }, { useGrouping: 'min2' },
  { style: 'percent' }, { style: 'percent', maximumFractionDigits: 2 },
  { style: 'currency', currency: 'USD' }, { style: 'currency', currency: 'JPY' }, { style: 'currency', currency: 'EUR', currencyDisplay: 'code' },
  { style: 'currency', currency: 'USD', currencySign: 'accounting' }, { style: 'currency', currency: 'USD', currencyDisplay: 'name' },
  { style: 'unit', unit: 'kilometer-per-hour' }, { style: 'unit', unit: 'megabyte', unitDisplay: 'long' }, { style: 'unit', unit: 'liter', unitDisplay: 'narrow' },
  { notation: 'scientific' }, { notation: 'engineering' }, { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' },
  { notation: 'scientific', maximumSignificantDigits: 2 },
  { signDisplay: 'always' }, { signDisplay: 'exceptZero' }, { signDisplay: 'never' }, { signDisplay: 'negative' },
  { roundingMode: 'ceil', maximumFractionDigits: 1 }, { roundingMode: 'floor', maximumFractionDigits: 1 }, { roundingMode: 'trunc', maximumFractionDigits: 1 },
  { roundingMode: 'halfEven', maximumFractionDigits: 2 }, { roundingMode: 'halfTrunc', maximumFractionDigits: 0 }, { roundingMode: 'expand' },
  { roundingIncrement: 5, maximumFractionDigits: 2, minimumFractionDigits: 2 }, { roundingIncrement: 25, maximumFractionDigits: 2, minimumFractionDigits: 2 },
  { roundingPriority: 'morePrecision', maximumSignificantDigits: 2, maximumFractionDigits: 2 },
  { roundingPriority: 'lessPrecision', maximumSignificantDigits: 2, maximumFractionDigits: 2 },
  { trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 },
];
for (const opts of optionSets) {
  const nf = new Intl.NumberFormat('en-US', opts);
  console.log(JSON.stringify(opts), values.map((v) => esc(nf.format(v))).join(' | '));
}
for (const locale of ['en', 'en-GB', 'en-IN', 'de', 'de-CH', 'fr', 'es', 'it', 'ja', 'ru', 'sv', 'nl', 'pl', 'pt-BR']) {
  const out = [];
  for (const opts of [{}, { maximumFractionDigits: 2 }, { style: 'percent' }]) {
    const nf = new Intl.NumberFormat(locale, opts);
    out.push([1234, -1234567.891, 0.25, 12345.5].map((v) => esc(nf.format(v))).join(' '));
  }
  console.log(locale, out.join(' | '), new Intl.NumberFormat(locale).resolvedOptions().locale);
}
const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(JSON.stringify(nf.formatToParts(-1234.5)));
console.log(JSON.stringify(new Intl.NumberFormat('en', { notation: 'scientific' }).formatToParts(-0.00123)));
console.log(JSON.stringify(new Intl.NumberFormat('en', { notation: 'compact' }).formatToParts(1234567)));
console.log(JSON.stringify(new Intl.NumberFormat('en', { style: 'percent', signDisplay: 'always' }).formatToParts(0.5)));
for (const [a, b, o] of [[3, 5, {}], [3, 5, { style: 'currency', currency: 'USD' }], [-3, 5, { style: 'currency', currency: 'USD' }],
  [0.03, 0.05, { style: 'percent' }], [3, 5, { style: 'unit', unit: 'kilometer' }], [3, 3, {}], [5, 3, {}], [2.9, 3.1, { maximumFractionDigits: 0 }]]) {
  console.log(esc(new Intl.NumberFormat('en', o).formatRange(a, b)));
}
console.log(JSON.stringify(new Intl.NumberFormat('en').formatRangeToParts(1000, 2000)));
for (const opts of optionSets) console.log(JSON.stringify(new Intl.NumberFormat('en-US', opts).resolvedOptions()));
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); } };
t(() => new Intl.NumberFormat('en', { style: 'currency' }));
t(() => new Intl.NumberFormat('en', { style: 'unit' }));
t(() => new Intl.NumberFormat('en', { style: 'bogus' }));
t(() => new Intl.NumberFormat('en', { currency: 'EURO', style: 'currency' }));
t(() => new Intl.NumberFormat('en', { maximumFractionDigits: 101 }));
t(() => new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 }));
t(() => new Intl.NumberFormat('en', { unit: 'foo', style: 'unit' }));
t(() => new Intl.NumberFormat('en', { roundingIncrement: 3 }));
t(() => new Intl.NumberFormat('en', null));
t(() => new Intl.NumberFormat('x'));
t(() => Intl.NumberFormat.prototype.formatToParts.call({}, 1));
t(() => Intl.NumberFormat.prototype.resolvedOptions.call({}));
t(() => new Intl.NumberFormat().formatRange(1));
t(() => new Intl.NumberFormat().formatRange(1, NaN));
t(() => Intl.NumberFormat('de').format(1234.5));
t(() => [Intl.NumberFormat.length, Intl.NumberFormat.name, typeof Intl.NumberFormat.supportedLocalesOf, Object.prototype.toString.call(new Intl.NumberFormat())]);
t(() => Intl.NumberFormat.supportedLocalesOf(['en-US', 'de', 'zz']));
t(() => [(1234.5).toLocaleString(), (1234.5).toLocaleString('de-DE'), (0.256).toLocaleString('en', { style: 'percent' }), 123456789n.toLocaleString('en-IN')]);
