// An hourCycle (or hour12) across the locale's own clock: the time patterns
// of locales with calendar data take the cycle's hour letter and gain or
// lose their day period as ICU adapts them.
const d = new Date(Date.UTC(2024, 2, 7, 0, 4, 5));
const e = new Date(Date.UTC(2024, 2, 7, 13, 9, 0));
for (const L of ['ja', 'fr', 'de', 'ar', 'es', 'hi', 'ru', 'it', 'pl']) {
  for (const hc of ['h11', 'h12', 'h23', 'h24']) {
    const f = (o) => [d, e].map((t) => new Intl.DateTimeFormat(L, { timeZone: 'UTC', ...o }).format(t)).join(' / ');
    console.log(L, hc, f({ hour: 'numeric', minute: '2-digit', hourCycle: hc }), '|', f({ timeStyle: 'short', hourCycle: hc }),
      '|', f({ timeStyle: 'medium', hourCycle: hc }), '|', f({ dateStyle: 'short', timeStyle: 'short', hourCycle: hc }));
  }
  console.log(L, 'hour12', new Intl.DateTimeFormat(L, { timeZone: 'UTC', timeStyle: 'short', hour12: true }).format(e),
    new Intl.DateTimeFormat(L, { timeZone: 'UTC', timeStyle: 'short', hour12: false }).format(e));
}
