'use strict';
// formatToParts in zones with DST changes, odd offsets and far dates, the
// `hour12: false` shape date libraries use to read a zone's wall clock
// (V8 gives en-US h24 there: midnight is 24), era and offset names.
const dates = [0, Date.UTC(2024, 2, 10, 7, 0, 0), Date.UTC(2024, 10, 3, 5, 30, 0), Date.UTC(2024, 5, 1, 4, 0, 0), -1e12, 1e13];
for (const tz of ['America/New_York', 'Asia/Shanghai', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Sao_Paulo']) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const g = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short', timeZoneName: 'shortOffset' });
  console.log(tz, dates.map((d) => f.format(d)).join(' | '));
  console.log(tz, dates.map((d) => JSON.stringify(g.formatToParts(d).map((p) => p.value).join(''))).join(' | '));
  console.log(JSON.stringify(f.formatToParts(dates[1])), JSON.stringify(f.resolvedOptions()));
}
