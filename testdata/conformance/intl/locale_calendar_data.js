// Month, weekday, era and day period names, date patterns, date-time joins
// and clocks of locales other than English, as node's ICU has them (the
// data modules/intl/dates_table.go holds for about fifty locales). Not here:
// zh-TW's flexible day periods (凌晨, 晚上) and vi's capitalised stand-alone
// month, which the data does not have.
const dates = [Date.UTC(2024, 0, 1, 0, 5, 9), Date.UTC(2024, 2, 7, 15, 4, 5), Date.UTC(2023, 7, 19, 9, 30), Date.UTC(2025, 11, 31, 23, 59, 59)];
const options = [
  {}, { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { dateStyle: 'full', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'medium' }, { timeStyle: 'short' },
  { month: 'long' }, { month: 'short', year: 'numeric' }, { month: 'long', day: 'numeric' }, { weekday: 'long' },
  { weekday: 'short', day: 'numeric', month: 'short' }, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { hour: 'numeric', minute: '2-digit', hour12: true },
  { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }, { era: 'short', year: 'numeric' },
];
const locales = ['fr', 'de', 'es', 'it', 'pt-BR', 'pt-PT', 'ru', 'pl', 'cs', 'uk', 'tr', 'nl', 'sv', 'da', 'nb', 'ja', 'zh-CN', 'ko', 'ar', 'he', 'hi', 'el', 'id', 'ro', 'hu', 'fr-CA', 'es-MX', 'de-CH'];
for (const L of locales) {
  for (const o of options) {
    const f = new Intl.DateTimeFormat(L, { timeZone: 'UTC', ...o });
    console.log(L, JSON.stringify(o), dates.map((d) => f.format(d)).join(' | '));
  }
  const d = new Date(dates[1]);
  console.log(L, d.toLocaleString(L, { timeZone: 'UTC' }), '|', d.toLocaleDateString(L, { timeZone: 'UTC', month: 'long', day: 'numeric' }),
    '|', JSON.stringify(new Intl.DateTimeFormat(L, { timeZone: 'UTC', weekday: 'long', month: 'long' }).formatToParts(d)));
}
