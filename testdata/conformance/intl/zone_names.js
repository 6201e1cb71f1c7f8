'use strict';
// Time zone IDs as V8 reports them (CLDR's canonical IDs): case-insensitive
// lookup, legacy aliases, renamed zones' old names, POSIX-style zones,
// country zones that are links in tzdata; invalid names.
const names = ['UTC', 'utc', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Zulu', 'Universal', 'Etc/GMT+5', 'Etc/GMT-14', 'America/New_York',
  'AMERICA/CHICAGO', 'US/Pacific', 'US/Eastern', 'Canada/Atlantic', 'Brazil/East', 'Mexico/General', 'Chile/Continental',
  'Asia/Kolkata', 'Asia/Calcutta', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh', 'Asia/Yangon', 'Europe/Kyiv', 'Europe/Kiev',
  'America/Argentina/Buenos_Aires', 'America/Indiana/Indianapolis', 'Pacific/Kanton', 'Asia/Ulaanbaatar', 'Europe/Bratislava',
  'Arctic/Longyearbyen', 'America/Montreal', 'Asia/Chongqing', 'Asia/Istanbul', 'Europe/Istanbul', 'Israel', 'Japan', 'PRC',
  'ROK', 'Singapore', 'Turkey', 'Egypt', 'Eire', 'GB', 'NZ', 'Navajo', 'Cuba', 'Jamaica', 'Libya', 'Poland', 'Portugal',
  'Iran', 'Hongkong', 'Iceland', 'CET', 'EST5EDT', 'PST8PDT', 'MST', 'HST', 'Africa/Timbuktu', 'Pacific/Yap', 'Australia/ACT',
  'Australia/Canberra', 'Antarctica/South_Pole', 'Atlantic/Faroe', 'America/Nuuk', 'Europe/Nicosia', 'Asia/Nicosia',
  'Foo/Bar', '', 'Local', '+01:00', 'EST5', 'America', 'posix/Europe/Paris'];
for (const name of names) {
  let r;
  try { r = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone; } catch (e) { r = `${e.constructor.name}: ${e.message}`; }
  console.log(JSON.stringify(name), r);
}
const list = Intl.supportedValuesOf('timeZone');
console.log(list.length > 400, list.includes('Asia/Calcutta'), list.includes('Asia/Kolkata'), list.includes('UTC'), list.includes('Europe/Bratislava'), [...list].sort().join() === list.join());
