// Zone offsets as each locale writes them (ICU's gmtFormat/hourFormat:
// "UTC−5" in French, "GMT-3.30" in Danish, "غرينتش+1" in Arabic), for the
// locales with date data here; short names where the locale has no
// abbreviation of its own for the zone.
const locales = ['ar', 'bg', 'ca', 'cs', 'da', 'de', 'de-CH', 'el', 'es', 'es-MX', 'et', 'fi', 'fr', 'fr-CA', 'he', 'hr',
  'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt', 'pt-PT', 'ro', 'ru', 'sk', 'sl', 'sv', 'tr', 'uk', 'vi', 'zh'];
const d = new Date(Date.UTC(2024, 6, 1, 12));
const name = (L, tz, n) => new Intl.DateTimeFormat(L, { timeZone: tz, timeZoneName: n }).formatToParts(d)
  .find((p) => p.type === 'timeZoneName').value;
for (const L of locales) {
  const row = [];
  for (const tz of ['Asia/Kolkata', 'America/St_Johns', 'Asia/Tokyo', 'America/Panama', 'Atlantic/Reykjavik', 'Asia/Kathmandu']) {
    row.push(name(L, tz, 'shortOffset'), name(L, tz, 'longOffset'));
  }
  for (const tz of ['Asia/Kathmandu', 'Pacific/Chatham', 'Atlantic/Reykjavik']) row.push(name(L, tz, 'short'));
  console.log(L, JSON.stringify(row));
}
console.log(new Date(Date.UTC(2024, 0, 1)).toLocaleString('fr-FR', { timeZone: 'America/New_York', timeZoneName: 'short' }));
