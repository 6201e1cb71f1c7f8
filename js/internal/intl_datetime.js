'use strict';
// Intl.DateTimeFormat and Date.prototype.toLocale{,Date,Time}String, loaded
// with internal/intl (which passes its helpers to init). A formatter resolves
// its options to a CLDR-style pattern ("M/d/y, h:mm:ss a"), built from the
// requested components the way ICU's pattern generator does for English;
// format() computes the fields in the formatter's time zone (the offset at
// that instant comes from Go's zone database through the Go half) and fills
// the pattern. English names and patterns (en-US, en-GB and the other
// English regions' date orders and hour cycles) are built here; about fifty
// other locales have node's own names, date patterns, date-time joins and
// clocks (modules/intl/dates_table.go, generated from node's ICU: localeData);
// the rest use English's en-001 patterns (ARCHITECTURE.md lists the scope).

let H; // helpers from internal/intl

const monthsLong = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthsShort = monthsLong.map((m) => m.slice(0, 3));
const daysLong = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const daysShort = daysLong.map((d) => d.slice(0, 3));

// Long names of the metazones scripts meet, keyed by the zone's abbreviation
// in tzdata (with the area where abbreviations are ambiguous).
const zoneLongNames = {
  EST: 'Eastern Standard Time', EDT: 'Eastern Daylight Time', CST: 'Central Standard Time', CDT: 'Central Daylight Time',
  MST: 'Mountain Standard Time', MDT: 'Mountain Daylight Time', PST: 'Pacific Standard Time', PDT: 'Pacific Daylight Time',
  AKST: 'Alaska Standard Time', AKDT: 'Alaska Daylight Time', HST: 'Hawaii-Aleutian Standard Time', HDT: 'Hawaii-Aleutian Daylight Time',
  AST: 'Atlantic Standard Time', ADT: 'Atlantic Daylight Time', NST: 'Newfoundland Standard Time', NDT: 'Newfoundland Daylight Time',
  CET: 'Central European Standard Time', CEST: 'Central European Summer Time',
  EET: 'Eastern European Standard Time', EEST: 'Eastern European Summer Time',
  WET: 'Western European Standard Time', WEST: 'Western European Summer Time',
  BST: 'British Summer Time', IST: 'India Standard Time', JST: 'Japan Standard Time', KST: 'Korean Standard Time',
  AEST: 'Australian Eastern Standard Time', AEDT: 'Australian Eastern Daylight Time',
  ACST: 'Australian Central Standard Time', ACDT: 'Australian Central Daylight Time',
  AWST: 'Australian Western Standard Time', NZST: 'New Zealand Standard Time', NZDT: 'New Zealand Daylight Time',
  MSK: 'Moscow Standard Time', SAST: 'South Africa Standard Time', HKT: 'Hong Kong Standard Time', PKT: 'Pakistan Standard Time',
  WIB: 'Western Indonesia Time', SGT: 'Singapore Standard Time', PHT: 'Philippine Standard Time',
};
const usAbbreviations = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'HDT']);
const genericNames = { E: 'Eastern', C: 'Central', M: 'Mountain', P: 'Pacific' };

// English regional variants: numeric date pattern (yMd), short date style,
// textual order, hour cycle, day period names (CLDR's en-* data).
const variants = {
  US: { yMd: 'M/d/y', short: 'M/d/yy', order: 'mdy', hc: 'h12', ampm: ['AM', 'PM'] },
  CA: { yMd: 'y-MM-dd', short: 'y-MM-dd', order: 'mdy', hc: 'h12', ampm: ['a.m.', 'p.m.'] },
  GB: { yMd: 'dd/MM/y', short: 'dd/MM/y', order: 'dmy', hc: 'h23', ampm: ['am', 'pm'] },
  AU: { yMd: 'dd/MM/y', short: 'd/M/yy', order: 'dmy', hc: 'h12', ampm: ['am', 'pm'] },
  NZ: { yMd: 'd/MM/y', short: 'dd/MM/y', order: 'dmy', hc: 'h12', ampm: ['am', 'pm'] },
  IE: { yMd: 'd/M/y', short: 'dd/MM/y', order: 'dmy', hc: 'h23', ampm: ['a.m.', 'p.m.'], fullNoComma: true },
  IN: { yMd: 'd/M/y', short: 'dd/MM/yy', order: 'dmy', hc: 'h12', ampm: ['am', 'pm'] },
  SG: { yMd: 'dd/MM/y', short: 'd/M/yy', order: 'dmy', hc: 'h12', ampm: ['am', 'pm'] },
  ZA: { yMd: 'y/MM/dd', short: 'y/MM/dd', order: 'dmy', hc: 'h23', ampm: ['am', 'pm'], padDay: true },
  '001': { yMd: 'dd/MM/y', short: 'dd/MM/y', order: 'dmy', hc: 'h12', ampm: ['am', 'pm'] },
  '150': { yMd: 'dd/MM/y', short: 'dd/MM/y', order: 'dmy', hc: 'h23', ampm: ['am', 'pm'] },
};
const usLike = new Set(['US', 'PH', 'PR', 'UM', 'VI', 'AS', 'GU', 'MP']);
const h23Regions = new Set(['DE', 'NL', 'SE', 'DK', 'FI', 'CH', 'AT', 'BE', 'IL', 'SI', 'NO']);
const h12Regions = new Set(['US', 'CA', 'AU', 'NZ', 'IN', 'PH', 'EG', 'SA', 'PK', 'BD', 'KR', 'TW', 'MY', 'JO', 'SY', 'IQ']);

// localeData is a locale's calendar data from node's ICU (names, date
// patterns by option combination, dateStyle patterns, date-time joins,
// clock), or null.
const localeDataCache = new Map();
function localeData(locale) {
  let d = localeDataCache.get(locale);
  if (d === undefined) {
    const json = H.binding.dateData(locale);
    d = json === '' ? null : JSON.parse(json);
    if (d !== null) {
      d.skeletons = d.skeletons.split('\x1f');
      d.time = d.time.split('\x1f');
    }
    localeDataCache.set(locale, d);
  }
  return d;
}

function englishVariant(locale) {
  const region = (/^[a-z]+(?:-[A-Z][a-z]{3})?-([A-Z]{2}|\d{3})/.exec(locale) || [])[1];
  const lang = locale.split('-')[0];
  if (lang === 'en') {
    if (region === undefined || usLike.has(region)) return variants.US;
    if (variants[region]) return variants[region];
    return h23Regions.has(region) ? variants['150'] : variants['001'];
  }
  const data = localeData(locale);
  // A region with data of its own (es-AR, zh-SG) keeps its generated clock
  // rather than its language's row of the table.
  const own = numericLocales[locale] || (data !== null && data.id === locale ? undefined : numericLocales[lang]);
  if (data !== null) {
    // The clock of the table above where it has one (checked against node
    // by hand), else the generated one.
    const base = own || variants[data.clock.hc === 'h12' || data.clock.hc === 'h11' ? '001' : '150'];
    const clock = own ? {} : { hc: data.clock.hc, hourPad: data.clock.hourPad, timeSep: data.clock.timeSep,
      ...(data.clock.ampmFirst === undefined ? {} : { ampmFirst: data.clock.ampmFirst }) };
    return { ...base, ...clock, ampm: data.names.a, data };
  }
  if (own !== undefined) return own;
  // Locales without data here: en-001's patterns, with the region's usual
  // clock.
  const h12 = (region !== undefined && h12Regions.has(region)) || ['ko', 'ar', 'hi', 'bn', 'ur'].includes(lang);
  return h12 ? variants['001'] : variants['150'];
}

// Other locales' numeric date and time patterns (CLDR's yMd, short date,
// the date-time joiner, the hour cycle, its day period names and whether
// 24-hour times pad the hour): what toLocaleString() and friends print
// with no options. Month and weekday names stay English (x/text has no
// calendar data), in the en-001 (day-month) order.
const numericLocale = (yMd, join, hc, extra) => ({ yMd, short: yMd, order: 'dmy', hc, ampm: ['am', 'pm'], join, ...extra });
const numericLocales = {
  de: numericLocale('d.M.y', ', ', 'h23', { short: 'dd.MM.yy' }),
  fr: numericLocale('dd/MM/y', ' ', 'h23'),
  'fr-CH': numericLocale('dd.MM.y', ' ', 'h23'),
  es: numericLocale('d/M/y', ', ', 'h23', { hourPad: false, short: 'd/M/yy' }),
  'es-MX': numericLocale('d/M/y', ', ', 'h12', { ampm: ['a.m.', 'p.m.'], short: 'dd/MM/yy' }),
  'es-419': numericLocale('d/M/y', ', ', 'h12', { ampm: ['a.m.', 'p.m.'], short: 'd/M/yy' }),
  it: numericLocale('dd/MM/y', ', ', 'h23', { short: 'dd/MM/yy' }),
  pt: numericLocale('dd/MM/y', ', ', 'h23'),
  nl: numericLocale('d-M-y', ', ', 'h23', { short: 'dd-MM-y' }),
  'nl-BE': numericLocale('d/M/y', ', ', 'h23', { short: 'd/MM/y' }),
  ru: numericLocale('dd.MM.y', ', ', 'h23'),
  uk: numericLocale('dd.MM.y', ', ', 'h23', { short: 'dd.MM.yy' }),
  ro: numericLocale('dd.MM.y', ', ', 'h23'),
  pl: numericLocale('d.MM.y', ', ', 'h23', { short: 'd.MM.y' }),
  tr: numericLocale('dd.MM.y', ' ', 'h23'),
  sv: numericLocale('y-MM-dd', ' ', 'h23'),
  nb: numericLocale('d.M.y', ', ', 'h23', { short: 'dd.MM.y' }),
  no: numericLocale('d.M.y', ', ', 'h23', { short: 'dd.MM.y' }),
  da: numericLocale('d.M.y', ', ', 'h23', { short: 'dd.MM.y', timeSep: '.' }),
  fi: numericLocale('d.M.y', " 'klo' ", 'h23', { hourPad: false, timeSep: '.' }),
  id: numericLocale('d/M/y', ', ', 'h23', { short: 'dd/MM/yy', timeSep: '.' }),
  cs: numericLocale('d. M. y', ' ', 'h23', { hourPad: false, short: 'dd.MM.yy' }),
  hu: numericLocale('y. MM. dd.', ' ', 'h23', { hourPad: false }),
  he: numericLocale('d.M.y', ', ', 'h23', { hourPad: false }),
  ja: numericLocale('y/M/d', ' ', 'h23', { hourPad: false, short: 'y/MM/dd' }),
  zh: numericLocale('y/M/d', ' ', 'h23'),
  'zh-TW': numericLocale('y/M/d', '\u2009', 'h12', { ampm: ['上午', '下午'], ampmFirst: '' }),
  'zh-HK': numericLocale('d/M/y', '\u2009', 'h12', { ampm: ['上午', '下午'], ampmFirst: '' }),
  ko: numericLocale('y. M. d.', ' ', 'h12', { ampm: ['AM', 'PM'], ampmFirst: ' ', short: 'yy. M. d.' }),
  hi: numericLocale('d/M/y', ', ', 'h12', { short: 'd/M/yy' }),
  el: numericLocale('d/M/y', ', ', 'h12', { ampm: ['π.μ.', 'μ.μ.'], short: 'd/M/yy' }),
};

const styleDate = {
  mdy: { full: 'EEEE, MMMM d, y', long: 'MMMM d, y', medium: 'MMM d, y' },
  dmy: { full: 'EEEE, d MMMM y', long: 'd MMMM y', medium: 'd MMM y' },
};

function dateStylePattern(style, v) {
  if (v.data && v.data.style[style]) return v.data.style[style];
  if (style === 'short') return v.short;
  let p = styleDate[v.order][style];
  if (v.padDay) p = p.replace(/\bd\b/, 'dd');
  return v.fullNoComma ? p.replace(', ', ' ') : p;
}
const styleTime = { full: ':mm:ss a zzzz', long: ':mm:ss a z', medium: ':mm:ss a', short: ':mm a' };

// joinPattern fills a date-time join ("{1}, {0}": {1} the date, {0} the time).
function joinPattern(template, date, time) {
  return template.replace('{1}', () => date).replace('{0}', () => time);
}

function hourLetter(hc) { return { h11: 'K', h12: 'h', h23: 'H', h24: 'k' }[hc]; }

// withHourCycle puts hc's hour letter in a time pattern of the locale's.
// A pattern made for the other kind of clock gains or loses its day period,
// as ICU adapts one: before the hour where the locale puts it first, else
// after the time (before a zone name).
function withHourCycle(p, hc, ampmFirst) {
  const twelve = hc === 'h11' || hc === 'h12';
  const madeTwelve = /[hK]/.test(p.replace(/'[^']*'/g, ''));
  const letter = hourLetter(hc);
  // A 24-hour clock adapted from a 12-hour pattern pads its hour, as ICU's.
  const pad = madeTwelve && !twelve;
  let out = p.replace(/'[^']*'|[hHkK]+/g, (m) => (m[0] === "'" ? m : letter.repeat(pad ? 2 : m.length)));
  if (madeTwelve && !twelve) {
    out = out.replace(/'[^']*'|^a+[ \u202f\u00a0]*|[ \u202f\u00a0]*a+/g, (m) => (m[0] === "'" ? m : ''));
  } else if (!madeTwelve && twelve) {
    if (ampmFirst !== undefined) out = out.replace(/'[^']*'|[hK]+/, (m) => (m[0] === "'" ? m : `a${ampmFirst}${m}`));
    else out = out.replace(/^([^z]*?)( z+)?$/, (m, time, zone) => `${time} a${zone || ''}`);
  }
  return out;
}

function timeFromStyle(style, hc, v) {
  if (v && v.data) return withHourCycle(v.data.timeStyle[style], hc, v.data.clock.ampmFirst);
  let p = styleTime[style];
  if (hc === 'h23' || hc === 'h24') p = p.replace(' a', '');
  return (hc === 'h23' || hc === 'h24' ? hourLetter(hc).repeat(2) : hourLetter(hc)) + p;
}

// datePattern builds the date half of a pattern from components.
const skeletonWeekday = [undefined, 'narrow', 'short', 'long'];
const skeletonYear = [undefined, 'numeric', '2-digit'];
const skeletonMonth = [undefined, 'numeric', '2-digit', 'narrow', 'short', 'long'];
const skeletonDay = [undefined, 'numeric', '2-digit'];

function datePattern(c, v) {
  const { weekday, era, year, month, day } = c;
  if (v.data && era !== undefined && weekday === undefined && year === 'numeric') {
    const key = month === undefined && day === undefined ? 'y' : month === 'numeric' && day === 'numeric' ? 'yMd'
      : month === 'long' && day === 'numeric' ? 'yMMMMd' : '';
    if (v.data.era[`${era}:${key}`]) return v.data.era[`${era}:${key}`];
  }
  if (v.data && era === undefined) {
    const i = ((skeletonWeekday.indexOf(weekday) * 3 + skeletonYear.indexOf(year)) * 6 +
      skeletonMonth.indexOf(month)) * 3 + skeletonDay.indexOf(day);
    if (v.data.skeletons[i]) return v.data.skeletons[i];
  }
  const y = year === undefined ? '' : year === '2-digit' ? 'yy' : 'y';
  const textual = month === 'short' || month === 'long' || month === 'narrow';
  const E = weekday === undefined ? '' : weekday === 'long' ? 'EEEE' : weekday === 'narrow' ? 'EEEEE' : 'EEE';
  let p;
  if (textual) {
    const M = month === 'long' ? 'MMMM' : month === 'narrow' ? 'MMMMM' : 'MMM';
    const d = day === '2-digit' ? 'dd' : day ? 'd' : '';
    if (v.order === 'dmy') {
      p = [d, M, y].filter(Boolean).join(' ');
    } else if (d && y) {
      p = `${M} ${d}, ${y}`;
    } else {
      p = [M, d || y].filter(Boolean).join(' ');
    }
    if (E) p = `${E}, ${p}`;
  } else if (month !== undefined || (day !== undefined && year !== undefined)) {
    // The locale's numeric pattern, keeping the requested fields: each
    // field with the separator that follows it (the last, with the one before).
    const re = /(y+|M+|d+)([^yMd]*)/g;
    const fields = [];
    let m;
    let lead = /^[^yMd]*/.exec(v.yMd)[0];
    while ((m = re.exec(v.yMd)) !== null) {
      const f = m[1][0];
      let tok;
      if (f === 'y') tok = y;
      else if (f === 'M') tok = month === undefined ? '' : month === '2-digit' ? 'MM' : m[1];
      else tok = day === undefined ? '' : day === '2-digit' ? 'dd' : m[1];
      if (tok) fields.push([tok, m[2]]);
    }
    p = lead;
    fields.forEach(([tok, sep], i) => {
      p += tok;
      if (i < fields.length - 1) p += sep;
      else if (/\.$/.test(sep)) p += '.'; // "y. M. d." ends with its dot
    });
    if (E) p = `${E}, ${p}`;
  } else {
    const d = day === '2-digit' ? 'dd' : day ? 'd' : '';
    if (E && d) p = v.order === 'mdy' ? `${d} ${E}` : `${E} ${d}`;
    else if (E && y) p = `${y} ${E}`;
    else p = [E, d, y].filter(Boolean).join(' ');
  }
  if (era !== undefined) {
    const G = era === 'long' ? 'GGGG' : era === 'narrow' ? 'GGGGG' : 'G';
    p = p ? `${p} ${G}` : G;
  }
  return p;
}

const skeletonMinSec = [undefined, 'numeric', '2-digit'];

function timePattern(c, hc, v) {
  const { hour, minute, second, fractionalSecondDigits, dayPeriod } = c;
  const twelve = hc === 'h11' || hc === 'h12';
  if (v.data && hour !== undefined && dayPeriod === undefined && fractionalSecondDigits === undefined) {
    const i = ((twelve ? 0 : 1) * 2 + (hour === '2-digit' ? 1 : 0)) * 9 + skeletonMinSec.indexOf(minute) * 3 + skeletonMinSec.indexOf(second);
    if (v.data.time[i]) return withHourCycle(v.data.time[i], hc, v.data.clock.ampmFirst);
  }
  const parts = [];
  if (hour !== undefined) {
    const L = hourLetter(hc);
    parts.push(hour === '2-digit' || (!twelve && v.hourPad !== false && !(minute === '2-digit' || second === '2-digit')) ? L + L : L);
  }
  if (minute !== undefined) parts.push(hour !== undefined || minute === '2-digit' || second !== undefined ? 'mm' : 'm');
  if (second !== undefined || fractionalSecondDigits !== undefined) {
    let s = (hour !== undefined || minute !== undefined) || second === '2-digit' ? 'ss' : 's';
    if (second === undefined) s = '';
    if (fractionalSecondDigits !== undefined) s += (s ? '.' : '') + 'S'.repeat(fractionalSecondDigits);
    parts.push(s);
  }
  let p = parts.join(v.timeSep || ':');
  if (hour !== undefined && twelve) {
    if (dayPeriod !== undefined) p += ` ${dayPeriod === 'long' ? 'BBBB' : dayPeriod === 'narrow' ? 'BBBBB' : 'B'}`;
    else if (v.ampmFirst !== undefined) p = `a${v.ampmFirst}${p}`;
    else p += ' a';
  } else if (hour === undefined && dayPeriod !== undefined) {
    p = p ? `${p} B` : dayPeriod === 'long' ? 'BBBB' : dayPeriod === 'narrow' ? 'BBBBB' : 'B';
  }
  return p;
}

function tzLetters(name) {
  return { short: 'z', long: 'zzzz', shortOffset: 'O', longOffset: 'OOOO', shortGeneric: 'v', longGeneric: 'vvvv' }[name];
}

// tokenize splits a pattern into fields and literals.
function tokenize(p) {
  const out = [];
  let i = 0;
  while (i < p.length) {
    const ch = p[i];
    if (ch === "'") {
      if (p[i + 1] === "'") { // '' is a quote
        out.push({ lit: "'" });
        i += 2;
        continue;
      }
      let lit = '';
      let j = i + 1;
      for (;;) {
        const k = p.indexOf("'", j);
        if (k < 0) { lit += p.slice(j); j = p.length; break; }
        lit += p.slice(j, k);
        if (p[k + 1] === "'") { lit += "'"; j = k + 2; continue; }
        j = k + 1;
        break;
      }
      out.push({ lit });
      i = j;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (j < p.length && p[j] === ch) j++;
      out.push({ f: ch, n: j - i });
      i = j;
    } else {
      let j = i;
      while (j < p.length && p[j] !== "'" && !/[A-Za-z]/.test(p[j])) j++;
      out.push({ lit: p.slice(i, j) });
      i = j;
    }
  }
  // ICU puts a narrow no-break space before the day period.
  for (let k = 1; k < out.length; k++) {
    if ((out[k].f === 'a' || out[k].f === 'B') && out[k - 1].lit === ' ') out[k - 1].lit = '\u202f';
  }
  return out;
}

const componentNames = ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName'];
const componentValues = {
  weekday: ['narrow', 'short', 'long'], era: ['narrow', 'short', 'long'], year: ['2-digit', 'numeric'],
  month: ['2-digit', 'numeric', 'narrow', 'short', 'long'], day: ['2-digit', 'numeric'], dayPeriod: ['narrow', 'short', 'long'],
  hour: ['2-digit', 'numeric'], minute: ['2-digit', 'numeric'], second: ['2-digit', 'numeric'],
  timeZoneName: ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
};

function initDateTimeFormat(dtf, locales, options, required, defaults) {
  const S = 'Intl.DateTimeFormat';
  const requested = H.canonicalizeLocaleList(locales);
  options = H.toObjectOptions(options);
  H.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
  const calendar = options.calendar === undefined ? undefined : String(options.calendar);
  if (calendar !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(calendar)) throw new RangeError(`Invalid calendar : ${calendar}`);
  const nu = options.numberingSystem === undefined ? undefined : String(options.numberingSystem);
  if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const hour12 = H.getOption(options, 'hour12', 'boolean', undefined, undefined, S);
  let hourCycle = H.getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, S);
  if (hour12 !== undefined) hourCycle = null;
  const r = H.resolveLocale(requested, ['ca', 'hc', 'nu'], { ca: calendar, hc: hourCycle === null ? undefined : hourCycle, nu }, {
    ca: (v) => v === 'gregory' || v === 'iso8601',
    hc: (v) => ['h11', 'h12', 'h23', 'h24'].includes(v),
    nu: (v) => H.numberingZero[v] !== undefined,
  });
  const o = { kind: 'DateTimeFormat', locale: r.locale, dataLocale: r.dataLocale, calendar: r.ca || 'gregory', numberingSystem: r.nu || 'latn' };
  o.digits = H.localeDigits(r.dataLocale, r.nu);
  // No numbering system asked for: the locale's own digits (Bengali's,
  // Devanagari's for mr/ne, Myanmar's), as its numbers have.
  if (o.digits === '' && r.nu === undefined) {
    const own = H.symbolsFor(r.dataLocale).digits;
    if (own) {
      o.digits = own;
      o.numberingSystem = H.digitsSystem(own);
    }
  }
  o.digitList = o.digits ? Array.from(o.digits) : null;
  let tz = options.timeZone;
  if (tz === undefined) {
    tz = H.binding.defaultTimeZone(process.env.TZ || '');
  } else {
    const given = String(tz);
    tz = H.binding.timeZone(given);
    if (tz === '') throw new RangeError(`Invalid time zone specified: ${given}`);
  }
  o.timeZone = tz;
  const c = {};
  for (const name of componentNames) {
    if (name === 'fractionalSecondDigits') {
      const v = options.fractionalSecondDigits;
      c[name] = v === undefined ? undefined : H.getNumberOption(options, 'fractionalSecondDigits', 1, 3, undefined);
    } else {
      c[name] = H.getOption(options, name, 'string', componentValues[name], undefined, S);
    }
  }
  H.getOption(options, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', S);
  const dateStyle = H.getOption(options, 'dateStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, S);
  const timeStyle = H.getOption(options, 'timeStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, S);
  const v = englishVariant(r.dataLocale);
  // Hour cycle: the option, else hour12, else the locale's.
  let hc = r.hc;
  // V8: hour12 picks the 12- or 24-hour cycle of the same family as the
  // locale's (h11/h23 or h12/h24).
  if (hour12 !== undefined) hc = hour12 ? (v.hc === 'h11' || v.hc === 'h23' ? 'h11' : 'h12') : (v.hc === 'h11' || v.hc === 'h23' ? 'h23' : 'h24');
  if (hc === undefined || hc === null) hc = v.hc;
  let pattern;
  if (dateStyle !== undefined || timeStyle !== undefined) {
    for (const name of componentNames) {
      if (c[name] !== undefined) throw new TypeError(`Can't set option ${name} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
    }
    if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : timeStyle');
    if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : dateStyle');
    const dp = dateStyle && dateStylePattern(dateStyle, v);
    const tp = timeStyle && timeFromStyle(timeStyle, hc, v);
    if (dp && tp && v.data) pattern = joinPattern(v.data.join[dateStyle], dp, tp);
    else if (dp && tp) pattern = dateStyle === 'full' || dateStyle === 'long' ? `${dp} 'at' ${tp}` : `${dp}, ${tp}`;
    else pattern = dp || tp;
    o.dateStyle = dateStyle;
    o.timeStyle = timeStyle;
    o.hasHour = timeStyle !== undefined;
  } else {
    let needDefaults = true;
    if ((required === 'date' || required === 'any') && (c.weekday || c.year || c.month || c.day)) needDefaults = false;
    if ((required === 'time' || required === 'any') && (c.dayPeriod || c.hour || c.minute || c.second || c.fractionalSecondDigits)) needDefaults = false;
    if (needDefaults && (defaults === 'date' || defaults === 'all')) c.year = c.month = c.day = 'numeric';
    if (needDefaults && (defaults === 'time' || defaults === 'all')) c.hour = c.minute = c.second = 'numeric';
    const dp = datePattern(c, v);
    const tp = timePattern(c, hc, v);
    if (dp && tp && v.data) {
      // ICU's choice of join for a date skeleton: full with a long month and
      // weekday, long with a long month, medium with a short one, else short.
      const kind = c.month === 'long' ? (c.weekday === 'long' ? 'full' : 'long') : c.month === 'short' ? 'medium' : 'short';
      pattern = joinPattern(v.data.join[kind], dp, tp);
    } else if (dp && tp && c.month === 'long') {
      pattern = `${dp} 'at' ${tp}`; // English's long join, as ICU picks it
    } else {
      pattern = dp && tp ? `${dp}${v.join || ', '}${tp}` : dp || tp;
    }
    if (c.timeZoneName) pattern = pattern ? `${pattern}${dp && !tp ? ',' : ''} ${tzLetters(c.timeZoneName)}` : tzLetters(c.timeZoneName);
    o.hasHour = c.hour !== undefined;
  }
  o.hourCycle = hc;
  o.pattern = pattern;
  o.tokens = tokenize(pattern);
  o.hasEra = o.tokens.some((k) => k.f === 'G');
  o.hasMinute = o.tokens.some((k) => k.f === 'm');
  o.variant = v;
  o.components = c;
  H.slots.set(dtf, o);
  return dtf;
}

// Fields of an instant in the formatter's zone.
function fieldsAt(o, t) {
  const [offset, abbr] = H.binding.zoneOffset(o.timeZone, t);
  const d = new Date(t + offset * 60000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(),
    offset, abbr,
  };
}

// localNumber writes v's ASCII digits in the format's numbering system.
function localNumber(o, v) {
  const ds = o.digitList;
  return ds ? String(v).replace(/[0-9]/g, (ch) => ds[ch.charCodeAt(0) - 48]) : String(v);
}

function pad2(n) { return n < 10 ? `0${n}` : String(n); }

// offsetName: a zone's offset as the locale writes it (its gmt templates,
// gen/dates.mjs: "UTC−5" in French, "GMT -৫" in Bengali), else in English.
// zero names the English form wanted at offset 0: 'GMT' (a short zone
// name), 'GMT+0' or 'GMT+00:00' (shortOffset, longOffset).
function offsetName(o, offset, long, zero = 'GMT') {
  const g = o.variant && o.variant.data ? o.variant.data.gmt : undefined;
  if (g !== undefined) {
    if (offset === 0) return zero === 'GMT' ? g.zeroShort : zero === 'GMT+0' ? g.zero : g.zeroLong;
    const a = Math.abs(offset);
    const h = Math.floor(a / 60);
    const m = a % 60;
    const t = long ? (offset < 0 ? g.negLong : g.posLong) : offset < 0 ? (m ? g.negHM : g.negH) : (m ? g.posHM : g.posH);
    return t.replace('{HH}', localNumber(o, pad2(h))).replace('{H}', localNumber(o, h)).replace('{mm}', localNumber(o, pad2(m)));
  }
  if (offset === 0) return zero;
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  const h = Math.floor(a / 60);
  const m = a % 60;
  if (long) return `GMT${sign}${pad2(h)}:${pad2(m)}`;
  return `GMT${sign}${h}${m ? `:${pad2(m)}` : ''}`;
}

// node's long names for a zone in recent years, by offset, its generic
// name and the years from which they hold (internal/intl_zone_names,
// generated from node's ICU), parsed per zone on first use; null for a zone
// the table does not have.
let zoneTable;
const zoneEntries = new Map();
function zoneEntry(zone) {
  let e = zoneEntries.get(zone);
  if (e === undefined) {
    zoneTable ??= require('internal/intl_zone_names');
    const raw = zoneTable.zones[zone];
    e = null;
    if (raw !== undefined) {
      const [specific, generic, since, genericSince] = raw.split(';');
      const byOffset = new Map();
      for (const pair of specific.split(',')) {
        const [off, name] = pair.split(':');
        byOffset.set(Number(off), Number(name));
      }
      e = { byOffset, generic: Number(generic), since: Number(since), genericSince: Number(genericSince) };
    }
    zoneEntries.set(zone, e);
  }
  return e;
}

// The table's name for the zone at f (a year and an offset the table
// holds for), or undefined.
function tableZoneName(o, f, generic) {
  const e = zoneEntry(o.timeZone);
  if (e === null || f.year < (generic ? e.genericSince : e.since) || !e.byOffset.has(f.offset)) return undefined;
  const i = generic ? e.generic : e.byOffset.get(f.offset);
  return i === -1 ? offsetName(o, f.offset, true) : zoneTable.names[i];
}

function zoneName(o, f, n, letter) {
  const utc = o.timeZone === 'UTC';
  const usLocale = /^en(-US)?(-|$)/.test(o.dataLocale) || /^en-(CA|PR)/.test(o.dataLocale);
  if (letter === 'z') {
    if (n < 4) {
      if (utc) return 'UTC';
      if (usLocale && usAbbreviations.has(f.abbr) && /^(America|US|Pacific\/Honolulu)/.test(o.timeZone)) return f.abbr;
      if (/^en-GB/.test(o.dataLocale) && o.timeZone === 'Europe/London') return f.abbr === 'BST' ? 'BST' : 'GMT';
      return offsetName(o, f.offset, false);
    }
    if (utc) return 'Coordinated Universal Time';
    const known = tableZoneName(o, f, false);
    if (known !== undefined) return known;
    if (o.timeZone === 'Europe/London' && f.abbr === 'GMT') return 'Greenwich Mean Time';
    const key = f.abbr === 'IST' && o.timeZone !== 'Asia/Kolkata' && o.timeZone !== 'Asia/Calcutta' ? '' : f.abbr;
    if (key === 'CST' && !/^America|^US|^Canada/.test(o.timeZone)) return offsetName(o, f.offset, true);
    return zoneLongNames[key] || offsetName(o, f.offset, true);
  }
  if (letter === 'O') return offsetName(o, f.offset, n >= 4, n >= 4 ? 'GMT+00:00' : 'GMT+0');
  // v: generic names
  if (utc) return n >= 4 ? 'Coordinated Universal Time' : 'UTC';
  if (n >= 4) {
    const known = tableZoneName(o, f, true);
    if (known !== undefined) return known;
  }
  if (usAbbreviations.has(f.abbr) && /^America|^US/.test(o.timeZone) && genericNames[f.abbr[0]] && f.abbr.length === 3) {
    return n >= 4 ? `${genericNames[f.abbr[0]]} Time` : usLocale ? `${f.abbr[0]}T` : offsetName(o, f.offset, false);
  }
  const long = zoneLongNames[f.abbr];
  if (n >= 4 && long) return long.replace(/ (Standard|Daylight|Summer) Time$/, ' Time');
  return offsetName(o, f.offset, n >= 4);
}

function dayPeriodName(f, o) {
  const h = f.hour;
  // noon when the shown fields are 12:00; midnight has no English name
  // in this context, so 0h is morning as in ICU.
  const showsMinute = o.hasMinute;
  if (h === 12 && (!showsMinute || f.minute === 0)) return 'noon';
  if (h >= 0 && h < 12) return 'in the morning';
  if (h >= 12 && h < 18) return 'in the afternoon';
  if (h >= 18 && h < 21) return 'in the evening';
  return 'at night';
}

function datetimeParts(o, t) {
  const f = fieldsAt(o, t);
  const num = (s) => localNumber(o, s);
  const names = o.variant.data ? o.variant.data.names : null;
  const parts = [];
  for (const tok of o.tokens) {
    if (tok.lit !== undefined) {
      if (tok.lit !== '') parts.push({ type: 'literal', value: tok.lit });
      continue;
    }
    const n = tok.n;
    let type;
    let value;
    switch (tok.f) {
      case 'G': {
        type = 'era';
        const ad = f.year > 0;
        const w = n === 4 || n === 5 ? n : 3;
        value = names && names['G' + w][ad ? 1 : 0] ? names['G' + w][ad ? 1 : 0]
          : n === 4 ? (ad ? 'Anno Domini' : 'Before Christ') : n === 5 ? (ad ? 'A' : 'B') : ad ? 'AD' : 'BC';
        break;
      }
      case 'y': {
        type = 'year';
        let y = f.year;
        if (o.hasEra && y <= 0) y = 1 - y;
        if (n === 2) value = num(pad2(((y % 100) + 100) % 100));
        else value = num(y);
        break;
      }
      case 'M': case 'L':
        type = 'month';
        if (n <= 2) value = n === 1 ? num(f.month + 1) : num(pad2(f.month + 1));
        else if (names && names[tok.f + n][f.month]) value = names[tok.f + n][f.month];
        else value = n === 3 ? monthsShort[f.month] : n === 4 ? monthsLong[f.month] : monthsLong[f.month][0];
        break;
      case 'd':
        type = 'day';
        value = num(n === 2 ? pad2(f.day) : f.day);
        break;
      case 'E': case 'c': {
        type = 'weekday';
        const w = n === 4 || n === 5 ? n : 3;
        if (names && names[tok.f + w][f.weekday]) value = names[tok.f + w][f.weekday];
        else value = n === 4 ? daysLong[f.weekday] : n === 5 ? daysLong[f.weekday][0] : daysShort[f.weekday];
        break;
      }
      case 'a':
        type = 'dayPeriod';
        value = o.variant.ampm[f.hour < 12 ? 0 : 1];
        break;
      case 'B':
        type = 'dayPeriod';
        value = dayPeriodName(f, o);
        if (n === 5 && value === 'noon') value = 'n';
        break;
      case 'h': case 'H': case 'K': case 'k': {
        type = 'hour';
        let h = f.hour;
        if (tok.f === 'h') h = h % 12 === 0 ? 12 : h % 12;
        else if (tok.f === 'K') h %= 12;
        else if (tok.f === 'k') h = h === 0 ? 24 : h;
        value = num(n === 2 ? pad2(h) : h);
        break;
      }
      case 'm':
        type = 'minute';
        value = num(n === 2 ? pad2(f.minute) : f.minute);
        break;
      case 's':
        type = 'second';
        value = num(n === 2 ? pad2(f.second) : f.second);
        break;
      case 'S':
        type = 'fractionalSecond';
        value = num(String(f.ms).padStart(3, '0').slice(0, n));
        break;
      case 'z': case 'O': case 'v':
        type = 'timeZoneName';
        value = zoneName(o, f, n, tok.f);
        break;
      default:
        type = 'literal';
        value = '';
    }
    if (type === 'fractionalSecond' && parts.length && parts[parts.length - 1].type === 'literal' && parts[parts.length - 1].value === '.') {
      // the separator before fractional seconds is the locale's decimal
      parts[parts.length - 1].value = H.symbolsFor(o.dataLocale).decimal;
    }
    parts.push({ type, value });
  }
  return parts;
}

// format() and toLocaleString print the narrow no-break space ICU puts
// before the day period as a plain space, as V8 does (formatToParts and
// formatRange keep it).
function formatted(o, t) {
  const s = join(datetimeParts(o, t));
  return s.indexOf('\u202f') < 0 ? s : s.replace(/\u202f/g, ' ');
}

function toTimeValue(date) {
  let t;
  if (date === undefined) t = Date.now();
  else t = Number(date);
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(t) + 0;
}

function join(parts) {
  let s = '';
  for (const p of parts) s += p.value;
  return s;
}

// formatRange: ICU's interval formats for English, reduced to the common
// shapes: identical outputs print once; a range within one day that shows
// a time shares the date (and the day period when both ends have it);
// a textual-month date range within one year shares the year (and the month).
function rangeParts(o, x, y) {
  const a = datetimeParts(o, x);
  const b = datetimeParts(o, y);
  const fa = fieldsAt(o, x);
  const fb = fieldsAt(o, y);
  const tag = (ps, source) => ps.map((p) => ({ ...p, source }));
  if (join(a) === join(b)) return tag(a, 'shared');
  const sameDay = fa.year === fb.year && fa.month === fb.month && fa.day === fb.day;
  const dash = { type: 'literal', value: '\u2009–\u2009', source: 'shared' };
  const isTime = (p) => ['hour', 'minute', 'second', 'fractionalSecond', 'dayPeriod'].includes(p.type);
  const firstTime = a.findIndex(isTime);
  if (sameDay && firstTime >= 0 && o.tokens.some((k) => k.f && 'hHkK'.includes(k.f))) {
    // shared date prefix, then the two times
    let start = firstTime;
    const prefix = a.slice(0, start);
    let endA = a.length;
    let suffix = [];
    const aPeriod = a.findIndex((p) => p.type === 'dayPeriod');
    const bPeriod = b.findIndex((p) => p.type === 'dayPeriod');
    if (aPeriod >= 0 && bPeriod >= 0 && a[aPeriod].value === b[bPeriod].value && aPeriod === a.length - 1) {
      endA = aPeriod - 1;
      suffix = a.slice(aPeriod - 1);
    }
    const bStart = b.findIndex(isTime);
    const endB = suffix.length ? b.length - suffix.length : b.length;
    return [...tag(prefix, 'shared'), ...tag(a.slice(start, endA), 'startRange'), dash,
      ...tag(b.slice(bStart, endB), 'endRange'), ...tag(suffix, 'shared')];
  }
  const textual = o.tokens.some((k) => k.f === 'M' && k.n >= 3);
  const hasTime = o.tokens.some((k) => k.f && 'hHkKmsSaB'.includes(k.f));
  if (textual && !hasTime && fa.year === fb.year && o.variant.order === 'mdy' && o.tokens.some((k) => k.f === 'd') && o.tokens.some((k) => k.f === 'y') && !o.tokens.some((k) => k.f === 'E' || k.f === 'G')) {
    // "Mar 5 – Apr 14, 2024" / "Mar 5 – 8, 2024"
    const yi = a.findIndex((p) => p.type === 'year');
    const head = a.slice(0, yi - 1);
    const tail = a.slice(yi - 1);
    const bHead = b.slice(0, yi - 1);
    if (fa.month === fb.month) {
      const di = bHead.findIndex((p) => p.type === 'day');
      return [...tag(head, 'startRange'), dash, ...tag(bHead.slice(di), 'endRange'), ...tag(tail, 'shared')];
    }
    return [...tag(head, 'startRange'), dash, ...tag(bHead, 'endRange'), ...tag(tail, 'shared')];
  }
  return [...tag(a, 'startRange'), dash, ...tag(b, 'endRange')];
}

function init(helpers) {
  H = helpers;
  class DateTimeFormat {
    constructor(locales, options) {
      const dtf = this;
      initDateTimeFormat(dtf, locales, options, 'any', 'date');
      return dtf;
    }

    get format() {
      const o = H.unwrap(this, 'DateTimeFormat', 'get Intl.DateTimeFormat.prototype.format');
      if (o.boundFormat === undefined) {
        const f = (date) => formatted(o, toTimeValue(date));
        Object.defineProperty(f, 'name', { value: '' });
        o.boundFormat = f;
      }
      return o.boundFormat;
    }

    formatToParts(date) {
      const o = H.unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts');
      return datetimeParts(o, toTimeValue(date));
    }

    formatRange(startDate, endDate) {
      const o = H.unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRange');
      if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
      return join(rangeParts(o, toTimeValue(startDate), toTimeValue(endDate)));
    }

    formatRangeToParts(startDate, endDate) {
      const o = H.unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRangeToParts');
      if (startDate === undefined || endDate === undefined) throw new TypeError('Invalid time value');
      return rangeParts(o, toTimeValue(startDate), toTimeValue(endDate));
    }

    resolvedOptions() {
      const o = H.unwrap(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.resolvedOptions');
      const r = { locale: o.locale, calendar: o.calendar, numberingSystem: o.numberingSystem, timeZone: o.timeZone };
      if (o.hasHour) {
        r.hourCycle = o.hourCycle;
        r.hour12 = o.hourCycle === 'h11' || o.hourCycle === 'h12';
      }
      if (o.dateStyle !== undefined || o.timeStyle !== undefined) {
        if (o.dateStyle !== undefined) r.dateStyle = o.dateStyle;
        if (o.timeStyle !== undefined) r.timeStyle = o.timeStyle;
        return r;
      }
      const seen = {};
      for (const k of o.tokens) {
        if (!k.f) continue;
        const n = k.n;
        switch (k.f) {
          case 'E': seen.weekday = n === 4 ? 'long' : n === 5 ? 'narrow' : 'short'; break;
          case 'G': seen.era = n === 4 ? 'long' : n === 5 ? 'narrow' : 'short'; break;
          case 'y': seen.year = n === 2 ? '2-digit' : 'numeric'; break;
          case 'M': seen.month = ['numeric', '2-digit', 'short', 'long', 'narrow'][n - 1]; break;
          case 'd': seen.day = n === 2 ? '2-digit' : 'numeric'; break;
          case 'B': seen.dayPeriod = n === 4 ? 'long' : n === 5 ? 'narrow' : 'short'; break;
          case 'h': case 'H': case 'K': case 'k': seen.hour = n === 2 ? '2-digit' : 'numeric'; break;
          case 'm': seen.minute = n === 2 ? '2-digit' : 'numeric'; break;
          case 's': seen.second = n === 2 ? '2-digit' : 'numeric'; break;
          case 'S': seen.fractionalSecondDigits = n; break;
          case 'z': case 'O': case 'v': seen.timeZoneName = o.components.timeZoneName; break;
          default: break;
        }
      }
      for (const name of componentNames) if (seen[name] !== undefined) r[name] = seen[name];
      return r;
    }

  }
  H.seal(DateTimeFormat);
  H.defineToStringTag(DateTimeFormat.prototype, 'Intl.DateTimeFormat');
  return H.publish(DateTimeFormat, true);
}

const cache = new Map(); // "required|defaults" → formatter for calls without locales/options

// dateToLocaleString is Date.prototype.toLocaleString/DateString/TimeString:
// kind 'any'/'date'/'time'.
function dateToLocaleString(t, kind, locales, options) {
  if (Number.isNaN(t)) return 'Invalid Date';
  const defaults = kind === 'any' ? 'all' : kind;
  let o;
  if (locales === undefined && options === undefined) {
    const key = `${kind}|${process.env.TZ || ''}`;
    o = cache.get(key);
    if (o === undefined) {
      const f = {};
      initDateTimeFormat(f, undefined, undefined, kind, defaults);
      o = H.slots.get(f);
      cache.set(key, o);
    }
  } else {
    const f = {};
    initDateTimeFormat(f, locales, options, kind, defaults);
    o = H.slots.get(f);
  }
  return formatted(o, t);
}

module.exports = { init, dateToLocaleString };
