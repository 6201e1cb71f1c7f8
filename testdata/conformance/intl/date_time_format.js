'use strict';
// Intl.DateTimeFormat in English (en-US, en-GB, en-IN, en-AU, en-CA):
// styles, components, hour cycles, time zones and their names, parts,
// ranges, resolvedOptions, errors; Date.prototype.toLocale*String.
const esc = (s) => s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const dates = [Date.UTC(2024, 2, 5, 14, 7, 9, 45), Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2024, 6, 1, 0, 0, 0, 0), Date.UTC(2024, 0, 9, 12, 0, 5, 7)];
const optionSets = [
  {}, { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { timeStyle: 'full' }, { timeStyle: 'long' }, { timeStyle: 'medium' }, { timeStyle: 'short' },
  { dateStyle: 'full', timeStyle: 'full' }, { dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'medium' }, { dateStyle: 'short', timeStyle: 'long' },
  { weekday: 'long' }, { weekday: 'short', day: 'numeric' }, { month: 'long' }, { month: 'short', day: 'numeric' },
  { month: 'long', year: 'numeric' }, { month: 'numeric', year: 'numeric' }, { year: 'numeric' }, { year: '2-digit' }, { day: '2-digit' },
  { month: '2-digit', day: '2-digit' }, { year: 'numeric', month: '2-digit', day: '2-digit' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  { hour: 'numeric' }, { hour: '2-digit', minute: '2-digit' }, { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  { minute: 'numeric' }, { second: 'numeric' }, { hour: 'numeric', hour12: false }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
  { hour: 'numeric', minute: 'numeric', hourCycle: 'h11' }, { hour: 'numeric', hourCycle: 'h24' }, { hour: 'numeric', hour12: true },
  { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' }, { timeZoneName: 'short' },
  { era: 'short' }, { year: 'numeric', era: 'long' }, { fractionalSecondDigits: 3, second: 'numeric' },
  { hour: 'numeric', dayPeriod: 'short' }, { month: 'narrow' }, { weekday: 'narrow' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 2 },
];
for (const locale of ['en-US', 'en-GB']) {
  for (const opts of optionSets) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...opts });
    console.log(locale, JSON.stringify(opts), dates.map((d) => esc(f.format(d))).join(' | '));
    console.log('  ', JSON.stringify(f.resolvedOptions()));
  }
}
for (const locale of ['en', 'en-IN', 'en-AU', 'en-CA', 'en-NZ', 'en-IE', 'en-ZA', 'en-SG', 'en-001', 'en-150', 'en-PH']) {
  const out = [];
  for (const opts of [{}, { dateStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'short' }, { hour: 'numeric', minute: 'numeric' }]) {
    out.push(esc(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...opts }).format(dates[0])));
  }
  console.log(locale, out.join(' | '));
}
for (const timeZone of ['America/New_York', 'america/los_angeles', 'US/Eastern', 'Europe/Berlin', 'Europe/London', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'Etc/UTC', 'GMT', 'UTC']) {
  const out = [];
  for (const timeZoneName of ['short', 'long', 'shortOffset', 'longOffset']) {
    const f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName, hour: 'numeric', minute: 'numeric' });
    out.push(esc(f.format(dates[0])), esc(f.format(dates[2])));
  }
  console.log(timeZone, new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone, out.join(' | '));
}
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
console.log(JSON.stringify(f.formatToParts(dates[0])));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', fractionalSecondDigits: 2, second: 'numeric', timeZoneName: 'short' }).formatToParts(dates[1])));
const day = 86400000;
for (const [opts, a, b] of [[{}, dates[0], dates[0] + 3 * day], [{ dateStyle: 'medium' }, dates[0], dates[0] + 40 * day],
  [{ dateStyle: 'medium' }, dates[0], dates[0] + 3 * day], [{ hour: 'numeric', minute: 'numeric' }, dates[0], dates[0] + 3600000],
  [{ hour: 'numeric', minute: 'numeric' }, dates[0] - 5 * 3600000, dates[0]], [{}, dates[0], dates[0] + 1000],
  [{ dateStyle: 'short', timeStyle: 'short' }, dates[0], dates[0] + day]]) {
  console.log(esc(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...opts }).formatRange(a, b)));
}
const d = new Date(dates[0]);
console.log(d.toLocaleString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleDateString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleTimeString('en-US', { timeZone: 'UTC' }));
console.log(d.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' }), '|', d.toLocaleTimeString('en-US', { hour: '2-digit', timeZone: 'UTC' }), '|', d.toLocaleString('en-GB', { timeZone: 'Asia/Tokyo' }));
console.log(new Date(NaN).toLocaleString(), new Date(-62198755200000).toLocaleDateString('en-US', { timeZone: 'UTC', era: 'short' }));
const t = (fn) => { try { console.log(JSON.stringify(fn())); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); } };
t(() => new Intl.DateTimeFormat('en', { timeZone: 'Foo/Bar' }));
t(() => new Intl.DateTimeFormat('en', { dateStyle: 'full', year: 'numeric' }));
t(() => new Intl.DateTimeFormat('en', { timeStyle: 'short', hour: 'numeric' }));
t(() => new Intl.DateTimeFormat('en', { dateStyle: 'fulll' }));
t(() => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }));
t(() => new Intl.DateTimeFormat('en', { hourCycle: 'h25' }));
t(() => new Intl.DateTimeFormat('en').format(NaN));
t(() => new Intl.DateTimeFormat('en').format(8.64e15 + 1));
t(() => new Intl.DateTimeFormat('en').formatRange(1));
t(() => Intl.DateTimeFormat.prototype.formatToParts.call(5));
t(() => Intl.DateTimeFormat.prototype.resolvedOptions.call(5));
t(() => new Date(0).toLocaleDateString('en', { timeStyle: 'short' }));
t(() => new Date(0).toLocaleTimeString('en', { dateStyle: 'short' }));
t(() => Date.prototype.toLocaleString.call({}));
t(() => [Intl.DateTimeFormat.length, typeof Intl.DateTimeFormat().format, Intl.DateTimeFormat.supportedLocalesOf('en-GB')]);
t(() => new Intl.DateTimeFormat('en-US-u-hc-h23', { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions());
