'use strict';
// Dates in other locales with no options (toLocaleString and friends),
// and a numeric hour:minute: their numeric patterns, joiners, hour cycles
// and day periods. (Named months and weekdays are English here; see
// ARCHITECTURE.md.)
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
const d2 = new Date(Date.UTC(2024, 10, 25, 3, 7, 9));
const o = { timeZone: 'UTC' };
for (const l of ['de', 'de-AT', 'de-CH', 'fr', 'fr-CH', 'es', 'es-MX', 'es-419', 'it', 'pt', 'pt-BR', 'pt-PT', 'nl', 'nl-BE', 'ru', 'pl', 'ja', 'zh', 'zh-CN',
  'zh-TW', 'zh-HK', 'ko', 'sv', 'da', 'nb', 'fi', 'cs', 'tr', 'uk', 'he', 'hi', 'id', 'el', 'hu', 'ro']) {
  console.log(l, '|', d.toLocaleString(l, o), '|', d.toLocaleDateString(l, o), '|', d.toLocaleTimeString(l, o), '|', d2.toLocaleString(l, o), '|',
    d2.toLocaleTimeString(l, { ...o, hour: 'numeric', minute: '2-digit' }), '|', new Intl.DateTimeFormat(l).resolvedOptions().locale);
}
