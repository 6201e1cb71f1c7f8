// Generates modules/intl/dates_table.go: the calendar data Intl.DateTimeFormat
// needs for locales other than English (month, weekday, era and day period
// names; the date patterns for each combination of weekday/year/month/day
// options; the dateStyle patterns and date-time joins; the clock), read off
// node's own ICU through formatToParts. Run with node 20 (the oracle):
//
//	node modules/intl/gen/dates.mjs > modules/intl/dates_table.go && gofmt -w modules/intl/dates_table.go
//
// Only locales whose default calendar is the Gregorian one are written.

import { deflateRawSync } from 'node:zlib';

function goBytes(b) {
  let s = '"';
  for (const c of b) s += c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c ? String.fromCharCode(c) : '\\x' + c.toString(16).padStart(2, '0');
  return s + '"';
}

const locales = ['ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'de-AT', 'de-CH', 'el', 'es', 'es-419', 'es-MX', 'et', 'fi',
  'fil', 'fr', 'fr-CA', 'fr-CH', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'nl-BE',
  'no', 'pl', 'pt', 'pt-PT', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'sw', 'ta', 'tr', 'uk', 'ur', 'vi', 'zh', 'zh-HK', 'zh-TW',
  'af', 'az', 'be', 'bs', 'cy', 'eu', 'gl', 'gu', 'hy', 'is', 'ka', 'kk', 'km', 'kn', 'ky', 'lo', 'mk', 'ml', 'mn', 'mr',
  'my', 'ne', 'pa', 'si', 'sq', 'te', 'uz', 'zu', 'am', 'ga', 'mt', 'en-IN', 'es-AR', 'pt-BR', 'zh-SG'];

const utc = (y, m, d, h = 12, mi = 0) => { const t = new Date(Date.UTC(2000, m, d, h, mi)); t.setUTCFullYear(y); return t; };
const parts = (L, opts, date) => new Intl.DateTimeFormat(L, { timeZone: 'UTC', ...opts }).formatToParts(date);
const part = (L, opts, date, type) => parts(L, opts, date).find((p) => p.type === type).value;
const fmt = (L, opts, date) => new Intl.DateTimeFormat(L, { timeZone: 'UTC', ...opts }).format(date);

const widths = { narrow: 5, short: 3, long: 4 };
// ref is the date patterns are read from: per locale, a month and a weekday
// whose names differ between widths and forms where the locale's do, and
// a one-digit day (to tell d from dd).
let ref;
function pickRef(n) {
  const distinct = (lists, i) => new Set(lists.map((l) => l[i])).size;
  let month = 0;
  for (let m = 0; m < 12; m++) {
    if (distinct(['M3', 'M4', 'M5', 'L3', 'L4', 'L5'].map((k) => n[k]), m) > distinct(['M3', 'M4', 'M5', 'L3', 'L4', 'L5'].map((k) => n[k]), month)) month = m;
  }
  let best = null;
  for (let day = 1; day <= 7; day++) {
    const d = utc(2024, month, day, 15, 4);
    const w = d.getUTCDay();
    const score = distinct(['E3', 'E4', 'E5', 'c3', 'c4', 'c5'].map((k) => n[k]), w);
    if (best === null || score > best.score) best = { d, score, w };
  }
  return { date: best.d, month, weekday: best.w };
}

// names collects a locale's names. ICU sometimes prints a number for a
// textual width (bg's narrow month alone is "03"), so each list comes from
// the first of several contexts that gives names.
function names(L) {
  const n = {};
  const pick = (contexts, type, dates) => {
    for (const opts of contexts) {
      const vals = dates.map((d) => part(L, opts, d, type));
      if (!vals.some((v) => /^\p{Nd}+$/u.test(v))) return vals;
    }
    return dates.map(() => '');
  };
  const months = Array.from({ length: 12 }, (_, m) => utc(2024, m, 15));
  const days = Array.from({ length: 7 }, (_, d) => utc(2024, 0, 7 + d)); // 7 January 2024 is a Sunday
  for (const [w, k] of Object.entries(widths)) {
    n['M' + k] = pick([{ month: w, day: 'numeric' }, { month: w, day: '2-digit' }, { month: w, day: 'numeric', year: 'numeric' }], 'month', months);
    n['L' + k] = pick([{ month: w, year: 'numeric' }, { month: w }], 'month', months);
    n['E' + k] = pick([{ weekday: w, day: 'numeric', month: 'long' }, { weekday: w, day: 'numeric' }], 'weekday', days);
    n['c' + k] = pick([{ weekday: w }], 'weekday', days);
    n['G' + k] = [part(L, { era: w, year: 'numeric' }, utc(-100, 0, 1), 'era'), part(L, { era: w, year: 'numeric' }, utc(2024, 0, 1), 'era')];
  }
  n.a = [part(L, { hour: 'numeric', hour12: true }, utc(2024, 0, 1, 3), 'dayPeriod'),
    part(L, { hour: 'numeric', hour12: true }, utc(2024, 0, 1, 15), 'dayPeriod')];
  return n;
}

// nameLetters finds which names (format or standalone, which width) value
// is the index'th of, preferring the width asked for. When several lists
// have that name, recheck is asked for the name the same options give on
// another date where those lists differ.
function nameLetters(n, format, standalone, index, value, want, recheck) {
  const cands = [];
  for (const k of [want, 4, 3, 5]) {
    if (k === undefined) continue;
    for (const f of [format, standalone]) {
      if (n[f + k][index] === value && !cands.includes(f.repeat(k))) cands.push(f.repeat(k));
    }
  }
  if (cands.length === 0) throw new Unknown(`no ${format} name ${JSON.stringify(value)}`);
  if (cands.length > 1 && recheck) {
    const list = (c) => n[c[0] + c.length];
    const total = format === 'M' ? 12 : 7;
    for (let i = 0; i < total; i++) {
      if (new Set(cands.map((c) => list(c)[i])).size < 2) continue;
      const other = recheck(i);
      const keep = cands.filter((c) => list(c)[i] === other);
      if (keep.length > 0) return keep[0];
    }
  }
  return cands[0];
}

// Unknown is a value the names do not have: that pattern is left out (the
// runtime builds it as for English, with these names).
class Unknown extends Error {}

function quote(lit) {
  if (lit === '') return '';
  if (!/[A-Za-z']/.test(lit)) return lit;
  return `'${lit.replace(/'/g, "''")}'`;
}

// patternOf turns formatToParts of ref into an ICU pattern.
function patternOf(L, opts, n) {
  let p = '';
  const monthOn = (m) => part(L, opts, utc(2024, m, 5), 'month');
  const weekdayOn = (w) => part(L, opts, utc(2024, 0, 7 + w), 'weekday');
  for (const { type, value } of parts(L, opts, ref.date)) {
    switch (type) {
      case 'literal': p += quote(value); break;
      case 'year': p += value.length === 2 && opts.year === '2-digit' ? 'yy' : 'y'; break;
      case 'day': p += value.length === 2 ? 'dd' : 'd'; break;
      case 'month':
        p += /^\p{Nd}+$/u.test(value) ? (value.length === 2 ? 'MM' : 'M') : nameLetters(n, 'M', 'L', ref.month, value, widths[opts.month], monthOn);
        break;
      case 'weekday':
        p += nameLetters(n, 'E', 'c', ref.weekday, value, widths[opts.weekday], weekdayOn);
        break;
      case 'era': p += 'G'.repeat(widths[opts.era] === 3 ? 1 : widths[opts.era]); break;
      default: throw new Error(`${L} ${JSON.stringify(opts)}: part ${type}`);
    }
  }
  return p;
}

const W = [undefined, 'narrow', 'short', 'long'];
const Y = [undefined, 'numeric', '2-digit'];
const M = [undefined, 'numeric', '2-digit', 'narrow', 'short', 'long'];
const D = [undefined, 'numeric', '2-digit'];

function skeletons(L, n) {
  const out = [];
  for (const weekday of W) for (const year of Y) for (const month of M) for (const day of D) {
    if (!weekday && !year && !month && !day) { out.push(''); continue; }
    const opts = {};
    if (weekday) opts.weekday = weekday;
    if (year) opts.year = year;
    if (month) opts.month = month;
    if (day) opts.day = day;
    try {
      out.push(patternOf(L, opts, n));
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      out.push('');
    }
  }
  return out;
}

function styleData(L, n) {
  const style = {};
  const join = {};
  for (const s of ['full', 'long', 'medium', 'short']) {
    // dateStyle patterns: parts of the style, typed by the style's widths.
    let p = '';
    try {
    for (const { type, value } of parts(L, { dateStyle: s }, ref.date)) {
      if (type === 'literal') p += quote(value);
      else if (type === 'year') p += value.length === 2 ? 'yy' : 'y';
      else if (type === 'day') p += value.length === 2 ? 'dd' : 'd';
      else if (type === 'month') p += /^\p{Nd}+$/u.test(value) ? (value.length === 2 ? 'MM' : 'M') : nameLetters(n, 'M', 'L', ref.month, value, undefined, (m) => part(L, { dateStyle: s }, utc(2024, m, 5), 'month'));
      else if (type === 'weekday') p += nameLetters(n, 'E', 'c', ref.weekday, value, undefined, (w) => part(L, { dateStyle: s }, utc(2024, 0, 7 + w), 'weekday'));
      else if (type === 'era') p += 'G';
      else throw new Error(`${L} ${s}: part ${type}`);
    }
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      p = '';
    }
    style[s] = p;
    // The join of this date style with a time: "{1}" the date, "{0}" the time.
    const both = fmt(L, { dateStyle: s, timeStyle: 'short' }, ref.date);
    const d = fmt(L, { dateStyle: s }, ref.date);
    const t = fmt(L, { timeStyle: 'short' }, ref.date);
    const i = both.indexOf(d);
    const j = both.indexOf(t, i >= 0 && both.indexOf(t) < i ? 0 : i + d.length);
    if (i < 0 || j < 0) throw new Error(`${L} ${s}: join of ${JSON.stringify(both)}`);
    join[s] = i < j ? quote(both.slice(0, i)) + '{1}' + quote(both.slice(i + d.length, j)) + '{0}' + quote(both.slice(j + t.length))
      : quote(both.slice(0, j)) + '{0}' + quote(both.slice(j + t.length, i)) + '{1}' + quote(both.slice(i + d.length));
  }
  return { style, join };
}

// timePatterns: the timeStyle patterns, and the patterns of hour
// (numeric, 2-digit) × minute × second (none, numeric, 2-digit) for a
// 12-hour clock, then a 24-hour one (36, in that order). The hour letter is
// h or H; the runtime swaps it for K or k on those cycles.
function timeLetters(opts, ps, twelve, zone) {
  let p = '';
  for (const { type, value } of ps) {
    switch (type) {
      case 'literal': p += quote(value); break;
      case 'hour': p += (twelve ? 'h' : 'H').repeat(value.length === 2 ? 2 : 1); break;
      case 'minute': p += value.length === 2 ? 'mm' : 'm'; break;
      case 'second': p += value.length === 2 ? 'ss' : 's'; break;
      case 'dayPeriod': p += 'a'; break;
      case 'timeZoneName': p += zone; break;
      default: throw new Error(`${JSON.stringify(opts)}: part ${type}`);
    }
  }
  return p;
}

function timePatterns(L) {
  const hc = new Intl.DateTimeFormat(L, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const twelve = hc === 'h12' || hc === 'h11';
  const at = utc(2024, 0, 1, twelve ? 21 : 9, 4); // a one-digit hour (h from hh)
  at.setUTCSeconds(5);
  const timeStyle = {};
  for (const s of ['full', 'long', 'medium', 'short']) {
    timeStyle[s] = timeLetters({ timeStyle: s }, parts(L, { timeStyle: s }, at), twelve, s === 'full' ? 'zzzz' : 'z');
  }
  const skel = [];
  for (const hour12 of [true, false]) for (const hour of ['numeric', '2-digit']) {
    for (const minute of [undefined, 'numeric', '2-digit']) for (const second of [undefined, 'numeric', '2-digit']) {
      const opts = { hour, hour12 };
      if (minute) opts.minute = minute;
      if (second) opts.second = second;
      const nine = utc(2024, 0, 1, hour12 ? 21 : 9, 4);
      nine.setUTCSeconds(5);
      skel.push(timeLetters(opts, parts(L, opts, nine), hour12, ''));
    }
  }
  return { timeStyle, time: skel.join('\x1f') };
}

function clock(L) {
  const hc = new Intl.DateTimeFormat(L, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const p12 = parts(L, { hour: 'numeric', minute: '2-digit', hour12: true }, utc(2024, 0, 1, 9, 5));
  const hi = p12.findIndex((p) => p.type === 'hour');
  const ai = p12.findIndex((p) => p.type === 'dayPeriod');
  const c = { hc };
  if (ai < hi) c.ampmFirst = p12.slice(ai + 1, hi).map((p) => p.value).join('');
  const p24 = parts(L, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }, utc(2024, 0, 1, 9, 5));
  c.hourPad = p24.find((p) => p.type === 'hour').value.length === 2;
  c.timeSep = p24[p24.findIndex((p) => p.type === 'hour') + 1].value;
  return c;
}

// gmt: the locale's offset names (ICU's gmtFormat and hourFormat) as
// templates: {H} the hours (unpadded), {HH} padded, {mm} the minutes. Read
// from zones at -5, -3:30, +1 and +5:30 in January, and 0 (not UTC, whose
// name is its own).
function gmt(L) {
  const at = (tz, name) => new Intl.DateTimeFormat(L, { timeZone: tz, timeZoneName: name })
    .formatToParts(utc(2024, 0, 15)).find((p) => p.type === 'timeZoneName').value;
  const template = (sample, hours) => {
    let first = true;
    return sample.replace(/\p{Nd}+/gu, (digits) => {
      if (first) {
        first = false;
        return hours;
      }
      return '{mm}';
    });
  };
  return {
    negH: template(at('America/Panama', 'shortOffset'), '{H}'),
    negHM: template(at('America/St_Johns', 'shortOffset'), '{H}'),
    posH: template(at('Africa/Lagos', 'shortOffset'), '{H}'),
    posHM: template(at('Asia/Kolkata', 'shortOffset'), '{H}'),
    negLong: template(at('America/St_Johns', 'longOffset'), '{HH}'),
    posLong: template(at('Asia/Kolkata', 'longOffset'), '{HH}'),
    zero: at('Atlantic/Reykjavik', 'shortOffset'),
    zeroLong: at('Atlantic/Reykjavik', 'longOffset'),
    zeroShort: at('Atlantic/Reykjavik', 'short'),
  };
}

const entries = [];
for (const L of locales) {
  const ro = new Intl.DateTimeFormat(L).resolvedOptions();
  if (ro.calendar !== 'gregory') continue;
  const n = names(L);
  ref = pickRef(n);
  const { style, join } = styleData(L, n);
  // Eras: with the year alone, and with a numeric and a long date.
  const era = {};
  for (const w of ['narrow', 'short', 'long']) {
    for (const [k, extra] of [['y', {}], ['yMd', { month: 'numeric', day: 'numeric' }], ['yMMMMd', { month: 'long', day: 'numeric' }]]) {
      try {
        era[w + ':' + k] = patternOf(L, { era: w, year: 'numeric', ...extra }, n);
      } catch (e) {
        if (!(e instanceof Unknown)) throw e;
      }
    }
  }
  entries.push([L, { id: L, names: n, skeletons: skeletons(L, n).join('\x1f'), era, style, join, clock: clock(L), gmt: gmt(L), ...timePatterns(L) }]);
}

let out = `// Code generated by modules/intl/gen/dates.mjs from node ${process.version}'s ICU ${process.versions.icu}. DO NOT EDIT.

package intl

// dateLocales holds each locale's calendar data as JSON compressed with
// DEFLATE (see gen/dates.mjs): names, the date patterns of the 216
// combinations of weekday/year/month/day options (in the order the generator
// lists them, \\x1f-separated), the dateStyle patterns, the date-time joins,
// the clock and the offset names.
var dateLocales = map[string]string{
`;
for (const [L, d] of entries) out += `\t${JSON.stringify(L)}: ${goBytes(deflateRawSync(Buffer.from(JSON.stringify(d)), { level: 9 }))},\n`;
out += '}\n';
process.stdout.write(out);
