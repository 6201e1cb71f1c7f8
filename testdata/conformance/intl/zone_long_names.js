'use strict';
// Long zone names (timeZoneName 'long' and 'longGeneric', and the name in
// Date#toString) for zones whose tzdata abbreviation is numeric ("+08") or
// ambiguous (CST in Shanghai, PST in Manila, IST in Dublin and Jerusalem),
// in recent years; Date#toString follows process.env.TZ when it changes.
const zones = ['Africa/Lagos', 'Africa/Cairo', 'Africa/Johannesburg', 'Africa/Nairobi', 'Africa/Maputo', 'Africa/Abidjan',
  'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Dubai', 'Asia/Karachi', 'Asia/Dhaka', 'Asia/Bangkok', 'Asia/Jakarta',
  'Asia/Manila', 'Asia/Singapore', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tehran', 'Asia/Jerusalem', 'Asia/Kolkata',
  'Asia/Calcutta', 'Asia/Kathmandu', 'Asia/Riyadh', 'Europe/Moscow', 'Europe/Istanbul', 'Europe/Kyiv', 'Europe/Paris',
  'Europe/Dublin', 'Europe/London', 'Europe/Jersey', 'Europe/Lisbon', 'America/Sao_Paulo', 'America/Mexico_City',
  'America/Bogota', 'America/Argentina/Buenos_Aires', 'America/Lima', 'America/Santiago', 'America/Caracas',
  'America/Phoenix', 'America/New_York', 'America/St_Johns', 'Pacific/Auckland', 'Pacific/Honolulu', 'Australia/Perth',
  'Australia/Adelaide', 'US/Pacific'];
const instants = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12), Date.UTC(2025, 2, 1)];
for (const timeZone of zones) {
  const out = [];
  for (const t of instants) {
    for (const timeZoneName of ['long', 'longGeneric']) {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName }).formatToParts(t);
      out.push(parts.find((p) => p.type === 'timeZoneName').value);
    }
  }
  console.log(timeZone, out.join(' | '));
}
for (const tz of ['Europe/Dublin', 'Europe/London', 'Africa/Abidjan', 'Asia/Shanghai', 'Etc/UTC', 'America/New_York']) {
  process.env.TZ = tz;
  console.log(tz, new Date(instants[0]).toString(), '|', new Date(instants[1]).toTimeString(),
    '|', new Date(instants[1]).toLocaleString('en-US', { timeZoneName: 'long' }));
}
