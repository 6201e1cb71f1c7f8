// process.env.TZ moves local dates (toString, getters, the local constructor, Date.parse
// without an offset, toLocaleString, Intl) to the zone assigned, as node does.
const d = new Date('2018-04-14T12:34:56.789Z');
for (const tz of ['Europe/Amsterdam', 'America/New_York', ':Asia/Tokyo', 'Etc/UTC', 'UTC']) {
  process.env.TZ = tz;
  console.log(tz, String(d), d.getHours(), new Date(2018, 3, 14, 1).toISOString(), Date.parse('2018-04-14 10:00'), d.toLocaleString('en-US'), new Intl.DateTimeFormat('en-US', { timeStyle: 'full' }).format(d));
}
delete process.env.TZ;
console.log(typeof String(d));
