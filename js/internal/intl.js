'use strict';
// The Intl global (ECMA-402), which goja lacks. bootstrap.js installs
// `Intl` as an accessor that loads this file on first touch (then replaces
// itself with V8's plain writable, configurable, non-enumerable property),
// and routes the locale-sensitive methods of Date, Number, BigInt, String
// and Array through `localeMethods` below, also loading it only when called.
//
// Split: this file holds the constructors, option reading and validation
// with V8's messages, locale-list canonicalisation and resolution, and the
// number formatting algorithm (exact decimal rounding on digit strings, as
// ICU rounds the shortest decimal form of a double); intl_datetime.js holds
// DateTimeFormat. Locale data and Unicode tables come from the Go half,
// internalBinding('intl') (modules/intl: golang.org/x/text's CLDR data,
// Go's time zone database). What needs data x/text does not carry (date
// patterns and names, compact and unit patterns, relative-time and list
// patterns) is English here; other locales fall back to English for those
// pieces (ARCHITECTURE.md lists the scope).

const binding = internalBinding('intl');

const slots = new WeakMap(); // Intl object → its internal slots

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

// Makes the methods of a class non-enumerable as built-ins' are, and gives
// getters their V8 names.
function seal(cls) {
  for (const key of Object.getOwnPropertyNames(cls.prototype)) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, key);
    d.enumerable = false;
    Object.defineProperty(cls.prototype, key, d);
  }
  for (const key of Object.getOwnPropertyNames(cls)) {
    if (key === 'prototype' || key === 'length' || key === 'name') continue;
    const d = Object.getOwnPropertyDescriptor(cls, key);
    d.enumerable = false;
    Object.defineProperty(cls, key, d);
  }
  Object.defineProperty(cls, 'prototype', { writable: false, enumerable: false, configurable: false });
}

// publish turns a class into the function V8's Intl constructors are:
// length 0, callable without new where ECMA-402 allows it (NumberFormat,
// DateTimeFormat, Collator), else a TypeError naming the constructor.
function publish(cls, callable) {
  const name = cls.name;
  const F = function () {
    if (new.target === undefined && !callable) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
    return Reflect.construct(cls, [arguments[0], arguments[1]], new.target || F);
  };
  Object.defineProperty(F, 'name', { value: name });
  Object.defineProperty(F, 'prototype', { value: cls.prototype, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(cls.prototype, 'constructor', { value: F, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(F, 'supportedLocalesOf', {
    value: function supportedLocalesOf(locales) { return supportedLocalesOfImpl(locales, arguments[1]); },
    writable: true, enumerable: false, configurable: true,
  });
  return F;
}

function unwrap(obj, kind, method) {
  const s = obj !== null && typeof obj === 'object' ? slots.get(obj) : undefined;
  if (s === undefined || s.kind !== kind) {
    // V8's legacy-constructor unwrapping reports objects this way.
    if ((kind === 'NumberFormat' || kind === 'DateTimeFormat') && obj !== null && typeof obj === 'object' &&
      (method.startsWith('get ') || method.endsWith('resolvedOptions'))) {
      throw new TypeError(`Method Unwrap${kind} called on incompatible receiver undefined`);
    }
    throw new TypeError(`Method ${method} called on incompatible receiver ${describe(obj)}`);
  }
  return s;
}

function describe(v) {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined || typeof v !== 'object' && typeof v !== 'function') return String(v);
  if (typeof v === 'function') return `function ${v.name || ''}`;
  const c = v.constructor;
  return `#<${c && typeof c.name === 'string' && c.name ? c.name : 'Object'}>`;
}

// ---------------------------------------------------------------------------
// Options

function toObjectOptions(options, service) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError(service ? `${service} called on null or undefined` : 'Cannot convert undefined or null to object');
  return Object(options);
}

function getOption(options, prop, type, values, fallback, service) {
  let v = options[prop];
  if (v === undefined) return fallback;
  if (type === 'boolean') v = Boolean(v);
  else v = String(v);
  if (values !== undefined && !values.includes(v)) {
    throw new RangeError(`Value ${v} out of range for ${service} options property ${prop}`);
  }
  return v;
}

function defaultNumberOption(v, min, max, fallback, prop) {
  if (v === undefined) return fallback;
  v = Number(v);
  if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${prop} value is out of range.`);
  return Math.floor(v);
}

function getNumberOption(options, prop, min, max, fallback) {
  return defaultNumberOption(options[prop], min, max, fallback, prop);
}

// ---------------------------------------------------------------------------
// Locale tags (BCP 47 as UTS #35's unicode_locale_id, ECMA-402 §6.2)

const alnum = '[a-z0-9]';
const variantRe = `(?:${alnum}{5,8}|[0-9]${alnum}{3})`;
const extensionRe = `(?:[0-9a-wy-z](?:-${alnum}{2,8})+)`;
const privateRe = `(?:x(?:-${alnum}{1,8})+)`;
const tagRe = new RegExp(`^([a-z]{2,3}|[a-z]{5,8})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?` +
  `((?:-${variantRe})*)((?:-${extensionRe})*)(?:-(${privateRe}))?$`, 'i');

const languageAliases = {
  iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro', sh: 'sr-Latn', tl: 'fil', cmn: 'zh',
  no: 'no', aju: 'jrb', als: 'sq', arb: 'ar', ayr: 'ay', azj: 'az', bcc: 'bal', bcl: 'bik',
  zsm: 'ms', swh: 'sw', tw: 'ak', 'in-in': 'id', dse: 'sgn', prs: 'fa-AF', arz: 'arz',
};
const regionAliases = {
  BU: 'MM', DD: 'DE', FX: 'FR', TP: 'TL', YD: 'YE', ZR: 'CD', UK: 'GB', '276': 'DE', '840': 'US',
};

function canonicalizeUnicodeExtension(ext) {
  // -u- keywords sorted by key, attributes first, "true" values dropped.
  const parts = ext.split('-').slice(1);
  const attrs = [];
  const keys = [];
  let i = 0;
  while (i < parts.length && parts[i].length !== 2) attrs.push(parts[i++]);
  while (i < parts.length) {
    const key = parts[i++];
    const value = [];
    while (i < parts.length && parts[i].length !== 2) value.push(parts[i++]);
    if (keys.some((k) => k[0] === key)) continue; // the first of a repeated key counts
    let v = value.join('-');
    if (v === 'true') v = '';
    keys.push([key, v]);
  }
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let out = 'u';
  for (const a of attrs) out += `-${a}`;
  for (const [k, v] of keys) out += v ? `-${k}-${v}` : `-${k}`;
  return out;
}

function canonicalizeTag(tag) {
  const m = tagRe.exec(tag);
  if (m === null) throw new RangeError('Incorrect locale information provided');
  let language = m[1].toLowerCase();
  let script = m[2] ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : '';
  let region = m[3] ? m[3].toUpperCase() : '';
  const variants = m[4] ? m[4].slice(1).toLowerCase().split('-') : [];
  if (new Set(variants).size !== variants.length) throw new RangeError(`Invalid language tag: ${tag}`);
  variants.sort();
  const exts = [];
  if (m[5]) {
    const parts = m[5].slice(1).toLowerCase().split('-');
    let cur = null;
    for (const p of parts) {
      if (p.length === 1) {
        if (exts.some((e) => e[0] === p)) throw new RangeError(`Invalid language tag: ${tag}`);
        cur = [p];
        exts.push(cur);
      } else {
        cur.push(p);
      }
    }
  }
  const alias = languageAliases[language];
  if (alias !== undefined) {
    const [l, s] = alias.split('-');
    language = l;
    if (s && !script) {
      if (s.length === 4) script = s;
      else if (!region) region = s;
    }
  }
  if (regionAliases[region] !== undefined) region = regionAliases[region];
  let out = language;
  if (script) out += `-${script}`;
  if (region) out += `-${region}`;
  for (const v of variants) out += `-${v}`;
  exts.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const e of exts) {
    const s = e.join('-');
    out += `-${e[0] === 'u' ? canonicalizeUnicodeExtension(s) : s}`;
  }
  if (m[6]) out += `-${m[6].toLowerCase()}`;
  return out;
}

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  let list;
  if (typeof locales === 'string' || isLocale(locales)) list = [locales];
  else list = Object(locales);
  if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
  const len = Math.min(Math.max(Math.floor(Number(list.length)) || 0, 0), 2 ** 32 - 1);
  // A huge sparse length visits only the indexes present (for ordinary
  // objects the same result as testing every index, which would not end).
  let indexes = null;
  if (len > 100000) {
    indexes = [];
    for (let o = list; o !== null; o = Object.getPrototypeOf(o)) {
      for (const key of Object.keys(o)) {
        const n = Number(key);
        if (String(n) === key && Number.isInteger(n) && n >= 0 && n < len) indexes.push(n);
      }
    }
    indexes = [...new Set(indexes)].sort((a, b) => a - b);
  }
  const count = indexes === null ? len : indexes.length;
  for (let i = 0; i < count; i++) {
    const k = indexes === null ? i : indexes[i];
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (v === null || typeof v !== 'object')) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = isLocale(v) ? slots.get(v).locale : canonicalizeTag(String(v));
    if (!seen.includes(tag)) seen.push(tag);
  }
  return seen;
}

function stripExtensions(tag) {
  const m = /-[0-9a-wy-z]-|-x-/.exec(tag);
  return m === null ? tag : tag.slice(0, m.index);
}

function unicodeExtension(tag) {
  const m = /-u((?:-[a-z0-9]{2,8})+)/.exec(tag.replace(/-x-.*$/, ''));
  if (m === null) return {};
  const out = {};
  const parts = m[1].slice(1).split('-');
  let i = 0;
  while (i < parts.length && parts[i].length !== 2) i++;
  while (i < parts.length) {
    const key = parts[i++];
    const value = [];
    while (i < parts.length && parts[i].length !== 2) value.push(parts[i++]);
    if (!(key in out)) out[key] = value.join('-');
  }
  return out;
}

const availableCache = new Map();
function isAvailable(tag) {
  let v = availableCache.get(tag);
  if (v === undefined) {
    v = binding.available(tag);
    availableCache.set(tag, v);
  }
  return v;
}

function bestAvailableLocale(tag) {
  let candidate = stripExtensions(tag);
  for (;;) {
    if (isAvailable(candidate)) return candidate;
    let pos = candidate.lastIndexOf('-');
    if (pos < 0) return undefined;
    if (pos >= 2 && candidate[pos - 2] === '-') pos -= 2;
    candidate = candidate.slice(0, pos);
  }
}

let defaultLocaleCache;
// The default locale, as ICU finds it: LC_ALL, LC_MESSAGES, LANG ("C" and
// "POSIX" are en-US-posix, which V8 reports as en-US).
function defaultLocale() {
  if (defaultLocaleCache !== undefined) return defaultLocaleCache;
  const env = process.env;
  let v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  v = v.replace(/[.@].*$/, '');
  let tag = 'en-US';
  if (v !== '' && v !== 'C' && v !== 'POSIX') {
    try {
      const c = canonicalizeTag(v.replace(/_/g, '-'));
      const best = bestAvailableLocale(c);
      if (best !== undefined) tag = best;
    } catch {
      // an unparsable LANG leaves en-US
    }
  }
  defaultLocaleCache = tag;
  return tag;
}

// ResolveLocale (lookup matching; V8's best fit gives the same for the
// locales we have data for). keys: the relevant extension keys;
// supported: key → function(value, locale) telling whether a value is
// supported; options: key → value given in the options bag.
function resolveLocale(requested, keys, options, supported) {
  let found;
  let foundTag;
  for (const tag of requested) {
    const best = bestAvailableLocale(tag);
    if (best !== undefined) {
      found = best;
      foundTag = tag;
      break;
    }
  }
  if (found === undefined) found = defaultLocale();
  const ext = foundTag !== undefined ? unicodeExtension(foundTag) : {};
  const result = { dataLocale: found };
  let supportedExt = '';
  for (const key of keys) {
    let value;
    let fromTag = false;
    if (key in ext) {
      const v = ext[key] === '' ? 'true' : ext[key];
      if (supported[key](v, found)) {
        value = v;
        fromTag = true;
      }
    }
    const ov = options[key];
    if (ov !== undefined) {
      if (supported[key](ov, found)) {
        if (ov !== value) fromTag = false;
        value = ov;
      }
    }
    if (fromTag) supportedExt += ext[key] === '' ? `-${key}` : `-${key}-${value}`;
    result[key] = value;
  }
  result.locale = supportedExt ? `${found}-u${supportedExt}` : found;
  return result;
}

function supportedLocalesOfImpl(locales, options) {
  const requested = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    options = toObjectOptions(options);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl.supportedLocalesOf');
  }
  return requested.filter((tag) => bestAvailableLocale(tag) !== undefined);
}

const numberingSystems = ['adlm', 'ahom', 'arab', 'arabext', 'bali', 'beng', 'bhks', 'brah', 'cakm',
  'cham', 'deva', 'diak', 'fullwide', 'gong', 'gonm', 'gujr', 'guru', 'hanidec', 'hmng', 'hmnp', 'java',
  'kali', 'kawi', 'khmr', 'knda', 'lana', 'lanatham', 'laoo', 'latn', 'lepc', 'limb', 'mathbold',
  'mathdbl', 'mathmono', 'mathsanb', 'mathsans', 'mlym', 'modi', 'mong', 'mroo', 'mtei', 'mymr',
  'mymrshan', 'mymrtlng', 'nagm', 'newa', 'nkoo', 'olck', 'orya', 'osma', 'rohg', 'saur', 'segment',
  'shrd', 'sind', 'sinh', 'sora', 'sund', 'takr', 'talu', 'tamldec', 'telu', 'thai', 'tibt', 'tirh',
  'tnsa', 'vaii', 'wara', 'wcho'];
// Zero of each decimal numbering system we can print (code point of 0).
const numberingZero = {
  arab: 0x660, arabext: 0x6f0, beng: 0x9e6, deva: 0x966, fullwide: 0xff10, gujr: 0xae6, guru: 0xa66,
  khmr: 0x17e0, knda: 0xce6, laoo: 0xed0, latn: 0x30, mlym: 0xd66, mong: 0x1810, mymr: 0x1040,
  orya: 0xb66, tamldec: 0xbe6, telu: 0xc66, thai: 0xe50, tibt: 0xf20, bali: 0x1b50, java: 0xa9d0,
  lana: 0x1a80, lanatham: 0x1a90, limb: 0x1946, nkoo: 0x7c0, olck: 0x1c50, saur: 0xa8d0,
  sund: 0x1bb0, vaii: 0xa620, cham: 0xaa50, mtei: 0xabf0, talu: 0x19d0, lepc: 0x1c40,
  mathbold: 0x1d7ce, mathdbl: 0x1d7d8, mathsans: 0x1d7e2, mathsanb: 0x1d7ec, mathmono: 0x1d7f6,
  adlm: 0x1e950, ahom: 0x11730, bhks: 0x11c50, brah: 0x11066, cakm: 0x11136, diak: 0x11950,
  gong: 0x11da0, gonm: 0x11d50, hmng: 0x16b50, hmnp: 0x1e140, kawi: 0x11f50, modi: 0x11650,
  mroo: 0x16a60, mymrshan: 0x1090, mymrtlng: 0xa9f0, nagm: 0x1e4f0, newa: 0x11450, osma: 0x104a0,
  rohg: 0x10d30, segment: 0x1fbf0, shrd: 0x111d0, sind: 0x112f0, sinh: 0xde6, sora: 0x110f0,
  takr: 0x116c0, tirh: 0x114d0, tnsa: 0x16ac0, wara: 0x118e0, wcho: 0x1e2f0,
};
const calendars = ['buddhist', 'chinese', 'coptic', 'dangi', 'ethioaa', 'ethiopic', 'gregory', 'hebrew',
  'indian', 'islamic', 'islamic-civil', 'islamic-rgsa', 'islamic-tbla', 'islamic-umalqura', 'iso8601',
  'japanese', 'persian', 'roc'];
const collations = ['compat', 'dict', 'emoji', 'eor', 'phonebk', 'phonetic', 'pinyin', 'searchjl',
  'stroke', 'trad', 'unihan', 'zhuyin'];
const units = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit',
  'fluid-ounce', 'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit',
  'kilobyte', 'kilogram', 'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile',
  'mile-scandinavian', 'milliliter', 'millimeter', 'millisecond', 'minute', 'month', 'nanosecond',
  'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone', 'terabit', 'terabyte', 'week', 'yard', 'year'];

function localeDigits(locale, nu) {
  if (nu !== undefined && nu !== 'latn' && numberingZero[nu] !== undefined) {
    const z = numberingZero[nu];
    let s = '';
    for (let i = 0; i < 10; i++) s += String.fromCodePoint(z + i);
    return s;
  }
  return '';
}

// ---------------------------------------------------------------------------
// Decimal arithmetic on digit strings: a value is { neg, digits, exp } with
// value = 0.digits × 10^exp, digits without leading or trailing zeros
// ('' is zero).

function decimalFromString(s) {
  // s: an unsigned decimal literal, maybe with an exponent (a scan, not a
  // RegExp: this runs for every number formatted).
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const int = s.slice(0, i);
  let frac = '';
  if (i < n && s.charCodeAt(i) === 46) {
    const j = ++i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    frac = s.slice(j, i);
  }
  let e = 0;
  if (i < n && (s.charCodeAt(i) | 32) === 101) {
    const m = /^[+-]?\d+$/.exec(s.slice(i + 1));
    if (m === null) return null;
    e = Number(m[0]);
    i = n;
  }
  if (i !== n || int.length + frac.length === 0) return null;
  let digits = int + frac;
  let exp = int.length + e;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  let end = digits.length;
  while (end > lead && digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(lead, end);
  exp -= lead;
  if (digits === '') exp = 0;
  return { neg: false, digits, exp };
}

function toDecimal(x) {
  if (typeof x === 'bigint') {
    const neg = x < 0n;
    const d = decimalFromString(String(neg ? -x : x));
    d.neg = neg;
    return d;
  }
  const neg = x < 0 || Object.is(x, -0);
  const d = decimalFromString(String(Math.abs(x)));
  d.neg = neg;
  return d;
}

// roundDecimal rounds to the digit at 10^-frac (frac may be negative);
// mode is an ECMA-402 rounding mode; increment 1, 2, 5, 10, ... applies at
// that position.
// shouldRoundUp decides a rounding mode for a discarded part: cmp is its
// comparison with half a unit (-1, 0, 1), odd whether the kept value is odd.
function shouldRoundUp(mode, neg, cmp, odd) {
  switch (mode) {
    case 'ceil': return !neg;
    case 'floor': return neg;
    case 'expand': return true;
    case 'trunc': return false;
    case 'halfCeil': return cmp > 0 || (cmp === 0 && !neg);
    case 'halfFloor': return cmp > 0 || (cmp === 0 && neg);
    case 'halfTrunc': return cmp > 0;
    case 'halfEven': return cmp > 0 || (cmp === 0 && odd);
    default: return cmp >= 0; // halfExpand
  }
}

function roundAt(d, frac, mode, increment = 1) {
  const keep = d.exp + frac; // digits kept
  if (keep >= d.digits.length && increment === 1) return d;
  if (increment === 1) {
    // On the digit string: the kept digits, then one unit up if the mode says so.
    const kept = keep > 0 ? d.digits.slice(0, keep) : '';
    let cmp;
    if (keep < 0) cmp = -1;
    else {
      const first = d.digits.charCodeAt(keep) - 48;
      if (first > 5) cmp = 1;
      else if (first < 5) cmp = -1;
      else cmp = keep + 1 < d.digits.length ? 1 : 0; // digits has no trailing zeros
    }
    const odd = kept !== '' && (kept.charCodeAt(kept.length - 1) & 1) === 1;
    let digits = kept;
    let exp = d.exp;
    if (shouldRoundUp(mode, d.neg, cmp, odd)) {
      if (keep <= 0) {
        digits = '1';
        exp = 1 - frac;
      } else {
        let i = kept.length - 1;
        while (i >= 0 && kept.charCodeAt(i) === 57) i--;
        if (i < 0) {
          digits = '1';
          exp = d.exp + 1;
        } else {
          digits = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
        }
      }
    } else if (keep <= 0) {
      return { neg: d.neg, digits: '', exp: 0 };
    }
    let end = digits.length;
    while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
    if (end === 0) return { neg: d.neg, digits: '', exp: 0 };
    return { neg: d.neg, digits: end === digits.length ? digits : digits.slice(0, end), exp };
  }
  let kept = keep > 0 ? d.digits.slice(0, keep) : '';
  const rest = keep >= 0 ? d.digits.slice(Math.max(keep, 0)) : '0'.repeat(-keep) + d.digits;
  // Value of kept as integer units at the rounding position, then apply increment.
  let units = BigInt(kept === '' ? '0' : kept) * 10n ** BigInt(Math.max(0, keep - kept.length));
  const inc = BigInt(increment);
  let remUnits = units % inc; // units past the last increment step
  units -= remUnits;
  // Compare the discarded part (remUnits + 0.rest) with half an increment.
  const restNonZero = /[1-9]/.test(rest);
  let cmp; // -1 below half, 0 half, 1 above half
  let discarded = remUnits !== 0n || restNonZero;
  {
    const twice = remUnits * 2n;
    if (twice < inc) cmp = -1;
    else if (twice > inc) cmp = 1;
    else {
      // exactly half of the increment from units, rest decides
      cmp = restNonZero ? 1 : 0;
    }
    if (inc === 1n) {
      // the half comparison is on the rest alone
      const first = rest.length > 0 ? rest.charCodeAt(0) - 48 : 0;
      if (first > 5) cmp = 1;
      else if (first < 5) cmp = -1;
      else cmp = /[1-9]/.test(rest.slice(1)) ? 1 : 0;
    }
  }
  let up = false;
  if (discarded) {
    const even = ((units / inc) % 2n) === 0n;
    switch (mode) {
      case 'ceil': up = !d.neg; break;
      case 'floor': up = d.neg; break;
      case 'expand': up = true; break;
      case 'trunc': up = false; break;
      case 'halfCeil': up = cmp > 0 || (cmp === 0 && !d.neg); break;
      case 'halfFloor': up = cmp > 0 || (cmp === 0 && d.neg); break;
      case 'halfTrunc': up = cmp > 0; break;
      case 'halfEven': up = cmp > 0 || (cmp === 0 && !even); break;
      default: up = cmp >= 0; break; // halfExpand
    }
  }
  if (up) units += inc;
  let s = units === 0n ? '' : units.toString();
  let exp = s.length - frac;
  const digits = s.replace(/0+$/, '');
  if (digits === '') exp = 0;
  return { neg: d.neg, digits, exp };
}

function magnitude(d) { return d.digits === '' ? 0 : d.exp - 1; } // floor(log10)

// formatDigits applies the digit options: returns { d, minFrac } (the
// rounded value and how many fraction digits to show at least).
function applyDigitOptions(d, o) {
  const mode = o.roundingMode;
  const bySig = () => {
    const r = roundAt(d, o.maximumSignificantDigits - 1 - magnitude(d), mode);
    const mag = magnitude(r.digits === '' ? d : r);
    const minFrac = Math.max(0, o.minimumSignificantDigits - 1 - mag);
    return { d: r, minFrac, sig: true };
  };
  const byFrac = () => {
    const r = roundAt(d, o.maximumFractionDigits, mode, o.roundingIncrement);
    return { d: r, minFrac: o.minimumFractionDigits, sig: false };
  };
  let res;
  switch (o.roundingType) {
    case 'significantDigits': res = bySig(); break;
    case 'fractionDigits': res = byFrac(); break;
    default: {
      // ECMA-402: the result rounded at the smaller (morePrecision) or
      // larger (lessPrecision) magnitude; ties go to significant digits.
      const a = bySig();
      const b = byFrac();
      const sMag = magnitude(d) - o.maximumSignificantDigits + 1;
      const fMag = -o.maximumFractionDigits;
      if (o.roundingType === 'morePrecision') res = sMag <= fMag ? a : b;
      else res = sMag <= fMag ? b : a;
    }
  }
  if (o.trailingZeroDisplay === 'stripIfInteger' && res.d.digits.length <= res.d.exp) res.minFrac = 0;
  return res;
}

// Integer and fraction digit strings of a rounded decimal.
function splitDecimal(d, minInt, minFrac) {
  let int;
  let frac;
  if (d.digits === '') {
    int = '0';
    frac = '';
  } else if (d.exp <= 0) {
    int = '0';
    frac = '0'.repeat(-d.exp) + d.digits;
  } else if (d.exp >= d.digits.length) {
    int = d.digits + '0'.repeat(d.exp - d.digits.length);
    frac = '';
  } else {
    int = d.digits.slice(0, d.exp);
    frac = d.digits.slice(d.exp);
  }
  if (int.length < minInt) int = '0'.repeat(minInt - int.length) + int;
  if (frac.length < minFrac) frac += '0'.repeat(minFrac - frac.length);
  return { int, frac };
}

// ---------------------------------------------------------------------------
// NumberFormat

const symbolCache = new Map();
function symbolsFor(locale) {
  let s = symbolCache.get(locale);
  if (s === undefined) {
    s = binding.numberSymbols(locale);
    // CLDR 42+ (ICU 72+, V8) dropped Arabic digits as "ar"'s default.
    if (/^ar(-|$)/.test(locale) && !/^ar-(EG|SA|SD|SY|IQ|JO|KW|LB|OM|PS|QA|BH|YE|AE|KM|DJ|ER|SO|TD)/.test(locale)) {
      s = { decimal: '.', group: ',', minus: '\u200e-', primary: 3, secondary: 3, minGroup: 1, pctPrefix: '', pctSuffix: '%\u200e', digits: '' };
    }
    // CLDR 42+ leaves 4-digit numbers ungrouped in these (x/text's CLDR is older).
    if (/^(es|it|pl|hu|bg|lv|et|sl|pt-PT)(-|$)/.test(locale)) s = { ...s, minGroup: 2 };
    // and changed these group separators.
    if (/^fr(-|$)/.test(locale) && s.group === '\u00a0') s = { ...s, group: '\u202f' };
    if (/^(de|gsw|rm)-(CH|LI)$/.test(locale) || /^it-CH$/.test(locale)) s = { ...s, group: "'" };
    symbolCache.set(locale, s);
  }
  return s;
}

// Currency pattern shapes CLDR gives locales (¤ before or after the number,
// with a no-break space or not). Locales not listed put it before, joined.
const currencyAfter = new Set(['de', 'fr', 'es', 'it', 'pt-PT', 'ru', 'pl', 'cs', 'sk', 'sv', 'fi', 'nb', 'no', 'nn', 'da',
  'hu', 'ro', 'bg', 'hr', 'sl', 'lt', 'lv', 'et', 'el', 'uk', 'ca', 'eu', 'gl', 'be', 'sr', 'mk', 'hy', 'ka',
  'kk', 'az', 'vi', 'is', 'bs', 'sq', 'ky', 'uz', 'mn', 'he', 'fa', 'lb', 'br', 'fo', 'ga']);
const currencyBeforeSpaced = new Set(['nl', 'pt', 'de-CH', 'de-AT', 'de-LI', 'es-419', 'ur', 'ps', 'pa', 'ar', 'af']);
const currencyNames = {
  USD: ['US dollar', 'US dollars'], EUR: ['euro', 'euros'], GBP: ['British pound', 'British pounds'],
  JPY: ['Japanese yen', 'Japanese yen'], CNY: ['Chinese yuan', 'Chinese yuan'], INR: ['Indian rupee', 'Indian rupees'],
  CAD: ['Canadian dollar', 'Canadian dollars'], AUD: ['Australian dollar', 'Australian dollars'],
  CHF: ['Swiss franc', 'Swiss francs'], SEK: ['Swedish krona', 'Swedish kronor'], NOK: ['Norwegian krone', 'Norwegian kroner'],
  DKK: ['Danish krone', 'Danish kroner'], RUB: ['Russian ruble', 'Russian rubles'], BRL: ['Brazilian real', 'Brazilian reals'],
  MXN: ['Mexican peso', 'Mexican pesos'], KRW: ['South Korean won', 'South Korean won'], PLN: ['Polish zloty', 'Polish zlotys'],
  NZD: ['New Zealand dollar', 'New Zealand dollars'], HKD: ['Hong Kong dollar', 'Hong Kong dollars'],
  SGD: ['Singapore dollar', 'Singapore dollars'], TRY: ['Turkish lira', 'Turkish Lira'], ZAR: ['South African rand', 'South African rand'],
  BTC: ['BTC', 'BTC'], CZK: ['Czech koruna', 'Czech korunas'], HUF: ['Hungarian forint', 'Hungarian forints'],
  ILS: ['Israeli new shekel', 'Israeli new shekels'], UAH: ['Ukrainian hryvnia', 'Ukrainian hryvnias'],
};

// Unit patterns (English): short, narrow, long singular, long plural.
const unitData = {
  acre: ['ac', 'ac', 'acre', 'acres'], bit: ['bit', 'bit', 'bit', 'bits'], byte: ['byte', 'B', 'byte', 'bytes'],
  celsius: ['°C', '°C', 'degree Celsius', 'degrees Celsius'], centimeter: ['cm', 'cm', 'centimeter', 'centimeters'],
  day: ['day', 'd', 'day', 'days'], degree: ['deg', '°', 'degree', 'degrees'],
  fahrenheit: ['°F', '°', 'degree Fahrenheit', 'degrees Fahrenheit'], 'fluid-ounce': ['fl oz', 'fl oz', 'fluid ounce', 'fluid ounces'],
  foot: ['ft', '′', 'foot', 'feet'], gallon: ['gal', 'gal', 'gallon', 'gallons'], gigabit: ['Gb', 'Gb', 'gigabit', 'gigabits'],
  gigabyte: ['GB', 'GB', 'gigabyte', 'gigabytes'], gram: ['g', 'g', 'gram', 'grams'], hectare: ['ha', 'ha', 'hectare', 'hectares'],
  hour: ['hr', 'h', 'hour', 'hours'], inch: ['in', '″', 'inch', 'inches'], kilobit: ['kb', 'kb', 'kilobit', 'kilobits'],
  kilobyte: ['kB', 'kB', 'kilobyte', 'kilobytes'], kilogram: ['kg', 'kg', 'kilogram', 'kilograms'],
  kilometer: ['km', 'km', 'kilometer', 'kilometers'], liter: ['L', 'L', 'liter', 'liters'], megabit: ['Mb', 'Mb', 'megabit', 'megabits'],
  megabyte: ['MB', 'MB', 'megabyte', 'megabytes'], meter: ['m', 'm', 'meter', 'meters'], microsecond: ['μs', 'μs', 'microsecond', 'microseconds'],
  mile: ['mi', 'mi', 'mile', 'miles'], 'mile-scandinavian': ['smi', 'smi', 'mile-scandinavian', 'miles-scandinavian'],
  milliliter: ['mL', 'mL', 'milliliter', 'milliliters'], millimeter: ['mm', 'mm', 'millimeter', 'millimeters'],
  millisecond: ['ms', 'ms', 'millisecond', 'milliseconds'], minute: ['min', 'm', 'minute', 'minutes'],
  month: ['mth', 'm', 'month', 'months'], nanosecond: ['ns', 'ns', 'nanosecond', 'nanoseconds'], ounce: ['oz', 'oz', 'ounce', 'ounces'],
  percent: ['%', '%', 'percent', 'percent'], petabyte: ['PB', 'PB', 'petabyte', 'petabytes'], pound: ['lb', 'lb', 'pound', 'pounds'],
  second: ['sec', 's', 'second', 'seconds'], stone: ['st', 'st', 'stone', 'stones'], terabit: ['Tb', 'Tb', 'terabit', 'terabits'],
  terabyte: ['TB', 'TB', 'terabyte', 'terabytes'], week: ['wk', 'w', 'week', 'weeks'], yard: ['yd', 'yd', 'yard', 'yards'],
  year: ['yr', 'y', 'year', 'years'],
};
// Units whose short/narrow form joins the number without a space.
const unitJoined = { short: new Set(['celsius', 'fahrenheit', 'percent']), narrow: new Set(['celsius', 'fahrenheit', 'percent', 'degree', 'foot', 'inch', 'day', 'hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond', 'week', 'month', 'year', 'kilogram', 'gram', 'kilometer', 'meter', 'centimeter', 'millimeter', 'mile', 'liter', 'milliliter', 'pound', 'ounce', 'acre', 'hectare', 'yard', 'stone', 'gallon', 'byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte']) };

function isWellFormedUnit(u) {
  if (units.includes(u)) return true;
  const i = u.indexOf('-per-');
  return i > 0 && units.includes(u.slice(0, i)) && units.includes(u.slice(i + 5));
}

function unitLabel(unit, display, plural) {
  const per = unit.indexOf('-per-');
  if (per > 0) {
    const a = unit.slice(0, per);
    const b = unit.slice(per + 5);
    if (display === 'long') return `${unitLabel(a, display, plural)} per ${unitData[b][2]}`;
    if (a === 'kilometer' && b === 'hour') return 'km/h';
    if (a === 'mile' && b === 'hour') return 'mph';
    return `${unitData[a][display === 'narrow' ? 1 : 0]}/${unitData[b][display === 'narrow' ? 1 : 0]}`;
  }
  const d = unitData[unit];
  if (display === 'long') return plural ? d[3] : d[2];
  return d[display === 'narrow' ? 1 : 0];
}

const compactShort = ['', 'K', 'M', 'B', 'T'];
const compactLong = ['', 'thousand', 'million', 'billion', 'trillion'];

function setDigitOptions(o, options, mnfdDefault, mxfdDefault, notation, service) {
  const mnid = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  const mnfd = options.minimumFractionDigits;
  const mxfd = options.maximumFractionDigits;
  const mnsd = options.minimumSignificantDigits;
  const mxsd = options.maximumSignificantDigits;
  o.minimumIntegerDigits = mnid;
  const roundingIncrement = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (![1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000].includes(roundingIncrement)) {
    throw new RangeError('roundingIncrement value is out of range.');
  }
  const roundingMode = getOption(options, 'roundingMode', 'string', ['ceil', 'floor', 'expand', 'trunc',
    'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand', service);
  const roundingPriority = getOption(options, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto', service);
  const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto', service);
  if (roundingIncrement !== 1) mxfdDefault = mnfdDefault;
  o.roundingIncrement = roundingIncrement;
  o.roundingMode = roundingMode;
  o.trailingZeroDisplay = trailingZeroDisplay;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (roundingPriority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      o.minimumSignificantDigits = defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      o.maximumSignificantDigits = defaultNumberOption(mxsd, o.minimumSignificantDigits, 21, 21, 'maximumSignificantDigits');
    } else {
      o.minimumSignificantDigits = 1;
      o.maximumSignificantDigits = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      let mn = defaultNumberOption(mnfd, 0, 100, undefined, 'minimumFractionDigits');
      let mx = defaultNumberOption(mxfd, 0, 100, undefined, 'maximumFractionDigits');
      if (mn === undefined) mn = Math.min(mnfdDefault, mx);
      else if (mx === undefined) mx = Math.max(mxfdDefault, mn);
      else if (mn > mx) throw new RangeError('maximumFractionDigits value is out of range.');
      o.minimumFractionDigits = mn;
      o.maximumFractionDigits = mx;
    } else {
      o.minimumFractionDigits = mnfdDefault;
      o.maximumFractionDigits = mxfdDefault;
    }
  }
  if (!needSd && !needFd) {
    o.minimumFractionDigits = 0;
    o.maximumFractionDigits = 0;
    o.minimumSignificantDigits = 1;
    o.maximumSignificantDigits = 2;
    o.roundingType = 'morePrecision';
    o.roundingPriority = 'morePrecision';
  } else if (roundingPriority === 'auto') {
    o.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
    o.roundingPriority = 'auto';
  } else {
    o.roundingType = roundingPriority;
    o.roundingPriority = roundingPriority;
  }
  if (roundingIncrement !== 1) {
    if (o.roundingType !== 'fractionDigits') {
      throw new TypeError('roundingIncrement is not compatible with significant digits rounding');
    }
    if (o.maximumFractionDigits !== o.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits value is out of range.');
    }
  }
}

const nfKeys = ['nu'];
const nfSupported = { nu: (v) => numberingZero[v] !== undefined };

function initNumberFormat(nf, locales, options, service = 'Intl.NumberFormat') {
  const requested = canonicalizeLocaleList(locales);
  options = toObjectOptions(options, service);
  const o = { kind: 'NumberFormat' };
  getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', service);
  const nu = options.numberingSystem === undefined ? undefined : String(options.numberingSystem);
  if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) {
    throw new RangeError(`Invalid numberingSystem : ${nu}`);
  }
  const r = resolveLocale(requested, nfKeys, { nu }, nfSupported);
  o.locale = r.locale;
  o.dataLocale = r.dataLocale;
  o.numberingSystem = r.nu || 'latn';
  const style = getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', service);
  o.style = style;
  let currency = options.currency;
  if (currency !== undefined) {
    currency = String(currency);
    if (!/^[a-z]{3}$/i.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
  }
  const currencyDisplay = getOption(options, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', service);
  const currencySign = getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard', service);
  let unit = options.unit;
  if (unit !== undefined) {
    unit = String(unit);
    if (!isWellFormedUnit(unit)) throw new RangeError(`Invalid unit argument for ${service}() '${unit}'`);
  }
  const unitDisplay = getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', service);
  if (style === 'currency') {
    if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
    o.currency = currency.toUpperCase();
    o.currencyDisplay = currencyDisplay;
    o.currencySign = currencySign;
  }
  if (style === 'unit') {
    if (unit === undefined) throw new TypeError(`Invalid unit argument for ${service}() ''`);
    o.unit = unit;
    o.unitDisplay = unitDisplay;
  }
  const notation = getOption(options, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard', service);
  let mnfdDefault = 0;
  let mxfdDefault = 3;
  if (style === 'currency' && notation === 'standard') {
    o.currencyInfo = binding.currencyInfo(o.currency, o.dataLocale);
    mnfdDefault = o.currencyInfo.digits;
    mxfdDefault = mnfdDefault;
  } else if (style === 'currency') {
    o.currencyInfo = binding.currencyInfo(o.currency, o.dataLocale);
    mnfdDefault = 0;
    mxfdDefault = 0;
  } else if (style === 'percent') {
    mxfdDefault = 0;
  }
  if (notation !== 'standard' && style !== 'currency') mxfdDefault = style === 'percent' ? 0 : 3;
  if (notation !== 'standard' && style === 'currency') {
    mnfdDefault = o.currencyInfo.digits;
    mxfdDefault = mnfdDefault;
  }
  setDigitOptions(o, options, mnfdDefault, mxfdDefault, notation, service);
  const compactDisplay = getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short', service);
  const defaultUseGrouping = notation === 'compact' ? 'min2' : 'auto';
  let useGrouping = options.useGrouping;
  if (useGrouping === undefined) useGrouping = defaultUseGrouping;
  else if (useGrouping === true) useGrouping = 'always';
  else if (useGrouping === false || useGrouping === null || useGrouping === '' || useGrouping === 0 || Number.isNaN(useGrouping)) useGrouping = false;
  else {
    useGrouping = String(useGrouping);
    if (useGrouping === 'true' || useGrouping === 'false') useGrouping = defaultUseGrouping;
    else if (!['min2', 'auto', 'always'].includes(useGrouping)) {
      throw new RangeError(`Value ${useGrouping} out of range for ${service} options property useGrouping`);
    }
  }
  o.useGrouping = useGrouping;
  o.notation = notation;
  if (notation === 'compact') o.compactDisplay = compactDisplay;
  o.signDisplay = getOption(options, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', service);
  o.symbols = symbolsFor(o.dataLocale);
  o.digits = localeDigits(o.dataLocale, r.nu) || o.symbols.digits;
  if (r.nu !== undefined && r.nu !== 'latn' && numberingZero[r.nu] === undefined) o.numberingSystem = 'latn';
  if (o.symbols.digits && r.nu === undefined) o.numberingSystem = digitsSystem(o.symbols.digits);
  slots.set(nf, o);
  return nf;
}

function digitsSystem(digits) {
  const z = digits.codePointAt(0);
  for (const k of Object.keys(numberingZero)) if (numberingZero[k] === z) return k;
  return 'latn';
}

function toIntlMathematicalValue(x) {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'object' && x !== null) x = toPrimitiveNumber(x);
  if (typeof x === 'bigint') return x;
  if (typeof x === 'string') {
    const s = x.trim();
    const m = /^([+-]?)(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)$/i.exec(s);
    if (m !== null) {
      const d = decimalFromString(m[2]);
      if (d !== null && d.digits.length > 15) {
        d.neg = m[1] === '-';
        return { exact: d, n: Number(s) };
      }
    }
    if (/^[+-]?Infinity$/.test(s)) return Number(s);
    return Number(x);
  }
  return Number(x);
}

function toPrimitiveNumber(x) {
  const p = x[Symbol.toPrimitive];
  if (typeof p === 'function') return p.call(x, 'number');
  let v = x.valueOf();
  if (v !== null && typeof v === 'object') v = x.toString();
  return v;
}

function mapDigits(s, digits) {
  if (!digits) return s;
  const ds = Array.from(digits);
  return s.replace(/[0-9]/g, (c) => ds[c.charCodeAt(0) - 48]);
}

function groupInt(int, o, parts) {
  const sy = o.symbols;
  let minGroup = sy.minGroup;
  let grouping = o.useGrouping;
  if (grouping === 'min2') minGroup = 2;
  if (grouping === 'always') minGroup = 1;
  const digits = o.digits;
  if (grouping === false || int.length < sy.primary + minGroup) {
    parts.push({ type: 'integer', value: mapDigits(int, digits) });
    return;
  }
  const groups = [];
  let end = int.length;
  groups.unshift(int.slice(end - sy.primary, end));
  end -= sy.primary;
  while (end > 0) {
    const start = Math.max(0, end - sy.secondary);
    groups.unshift(int.slice(start, end));
    end = start;
  }
  groups.forEach((g, i) => {
    if (i > 0) parts.push({ type: 'group', value: sy.group });
    parts.push({ type: 'integer', value: mapDigits(g, digits) });
  });
}

// numberParts formats x (a Number, BigInt or { exact, n }) to parts.
function numberParts(o, x) {
  const parts = [];
  let d;
  let isNaNValue = false;
  let infinite = false;
  let negative;
  if (typeof x === 'object' && x !== null && x.exact) {
    d = { neg: x.exact.neg, digits: x.exact.digits, exp: x.exact.exp };
    negative = d.neg;
  } else if (typeof x === 'number' && Number.isNaN(x)) {
    isNaNValue = true;
    negative = false;
  } else if (typeof x === 'number' && !Number.isFinite(x)) {
    infinite = true;
    negative = x < 0;
  } else {
    d = toDecimal(x);
    negative = d.neg;
  }
  const sy = o.symbols;
  let exponent = 0;
  let compactIndex = 0;
  const body = [];
  let pluralOne = false;
  if (isNaNValue) {
    body.push({ type: 'nan', value: 'NaN' });
  } else if (infinite) {
    body.push({ type: 'infinity', value: '∞' });
  } else {
    if (o.style === 'percent') d.exp += d.digits === '' ? 0 : 2;
    if (o.notation === 'scientific' || o.notation === 'engineering') {
      const step = o.notation === 'engineering' ? 3 : 1;
      const mag = magnitude(d);
      exponent = d.digits === '' ? 0 : Math.floor(mag / step) * step;
      d = { neg: d.neg, digits: d.digits, exp: d.exp - exponent };
      let r = applyDigitOptions(d, o);
      if (magnitude(r.d) - 0 >= step && r.d.digits !== '') { // rounding carried into a new power
        exponent += step;
        d = { neg: d.neg, digits: d.digits, exp: d.exp - step };
        r = applyDigitOptions(d, o);
      }
      d = r.d;
      plainParts(o, r, body);
    } else if (o.notation === 'compact') {
      const mag = magnitude(d);
      compactIndex = d.digits === '' || mag < 3 ? 0 : Math.min(4, Math.floor(mag / 3));
      let shifted = { neg: d.neg, digits: d.digits, exp: d.exp - compactIndex * 3 };
      let r = applyDigitOptions(shifted, o);
      if (compactIndex < 4 && r.d.digits !== '' && magnitude(r.d) >= 3) {
        compactIndex++;
        shifted = { neg: d.neg, digits: d.digits, exp: d.exp - compactIndex * 3 };
        r = applyDigitOptions(shifted, o);
      }
      d = r.d;
      plainParts(o, r, body);
    } else {
      const r = applyDigitOptions(d, o);
      d = r.d;
      plainParts(o, r, body);
    }
    pluralOne = d.digits === '1' && d.exp === 1 && body[body.length - 2] === undefined;
  }
  const isZero = !isNaNValue && !infinite && d.digits === '';
  let sign = '';
  switch (o.signDisplay) {
    case 'auto': if (negative) sign = '-'; break;
    case 'always': sign = negative ? '-' : '+'; break;
    case 'exceptZero':
      if (isZero || isNaNValue) sign = '';
      else sign = negative ? '-' : '+';
      break;
    case 'negative': if (negative && !isZero) sign = '-'; break;
    default: break;
  }
  if (exponent !== 0 || o.notation === 'scientific' || o.notation === 'engineering') {
    if (!isNaNValue && !infinite) {
      body.push({ type: 'exponentSeparator', value: 'E' });
      if (exponent < 0) body.push({ type: 'exponentMinusSign', value: '-' });
      body.push({ type: 'exponentInteger', value: mapDigits(String(Math.abs(exponent)), o.digits) });
    }
  }
  if (compactIndex > 0) {
    if (o.compactDisplay === 'long') {
      body.push({ type: 'literal', value: ' ' }, { type: 'compact', value: compactLong[compactIndex] });
    } else {
      body.push({ type: 'compact', value: compactShort[compactIndex] });
    }
  }
  if (o.minusValue === undefined) {
    o.minusValue = sy.minus.replace(/[\u200e\u200f\u061c]/g, '') || '-';
    o.bidi = sy.minus.replace(/-|\u2212/g, '');
  }
  const signPart = sign === '' ? null : sign === '-' ? { type: 'minusSign', value: o.minusValue } : { type: 'plusSign', value: '+' };
  const bidi = o.bidi;
  const out = [];
  const pushSign = () => {
    if (signPart) {
      if (bidi && sign === '-') out.push({ type: 'literal', value: bidi });
      out.push(signPart);
    }
  };
  switch (o.style) {
    case 'percent':
      pushSign();
      if (sy.pctPrefix) out.push({ type: 'percentSign', value: sy.pctPrefix.trim() }, { type: 'literal', value: sy.pctPrefix.slice(sy.pctPrefix.trim().length) });
      out.push(...body);
      if (sy.pctSuffix) {
        const sp = sy.pctSuffix.slice(0, sy.pctSuffix.length - sy.pctSuffix.trimStart().length);
        if (sp) out.push({ type: 'literal', value: sp });
        out.push({ type: 'percentSign', value: sy.pctSuffix.trim().replace(/[\u200e\u200f]/g, '') });
      }
      break;
    case 'currency': {
      const info = o.currencyInfo;
      let sym;
      let name = false;
      switch (o.currencyDisplay) {
        case 'code': sym = o.currency; break;
        case 'narrowSymbol': sym = info.narrow; break;
        case 'name': name = true; break;
        default: sym = info.symbol; break;
      }
      const accounting = o.currencySign === 'accounting' && sign === '-';
      if (name) {
        const names = currencyNames[o.currency];
        const label = names ? names[pluralOne ? 0 : 1] : o.currency;
        pushSign();
        out.push(...body, { type: 'literal', value: ' ' }, { type: 'currency', value: label });
        break;
      }
      const lang = o.dataLocale.split('-')[0];
      const after = (currencyAfter.has(lang) || currencyAfter.has(o.dataLocale)) && !currencyBeforeSpaced.has(o.dataLocale) && o.dataLocale !== 'pt-BR';
      const spaced = after || currencyBeforeSpaced.has(o.dataLocale) || currencyBeforeSpaced.has(lang) || /^[A-Za-z]+$/.test(sym) || /[A-Za-z]$/.test(sym) && o.currencyDisplay === 'code';
      const space = spaced ? '\u00a0' : '';
      if (accounting) out.push({ type: 'literal', value: '(' });
      else if (!after && !currencyBeforeSpaced.has(o.dataLocale) && !currencyBeforeSpaced.has(lang)) pushSign();
      if (after) {
        if (!accounting) pushSign();
        out.push(...body, { type: 'literal', value: '\u00a0' }, { type: 'currency', value: sym });
      } else {
        if (currencyBeforeSpaced.has(o.dataLocale) || currencyBeforeSpaced.has(lang)) {
          out.push({ type: 'currency', value: sym }, { type: 'literal', value: '\u00a0' });
          if (!accounting) pushSign();
        } else {
          out.push({ type: 'currency', value: sym });
          if (space && body[0].type === 'integer') out.push({ type: 'literal', value: space });
        }
        out.push(...body);
      }
      if (accounting) out.push({ type: 'literal', value: ')' });
      break;
    }
    case 'unit': {
      pushSign();
      const label = unitLabel(o.unit, o.unitDisplay, !pluralOne);
      out.push(...body);
      if (o.unitDisplay !== 'long' && unitJoined[o.unitDisplay].has(o.unit)) {
        out.push({ type: 'unit', value: label });
      } else {
        out.push({ type: 'literal', value: ' ' }, { type: 'unit', value: label });
      }
      break;
    }
    default:
      if (signPart === null) return body;
      pushSign();
      for (let i = 0; i < body.length; i++) out.push(body[i]);
  }
  return out;
}

function plainParts(o, r, parts = []) {
  const { int, frac } = splitDecimal(r.d, o.minimumIntegerDigits, r.minFrac);
  groupInt(int, o, parts);
  if (frac !== '') {
    parts.push({ type: 'decimal', value: o.symbols.decimal });
    parts.push({ type: 'fraction', value: mapDigits(frac, o.digits) });
  }
  return parts;
}

function joinParts(parts) {
  let s = '';
  for (const p of parts) s += p.value;
  return s;
}

function formatNumberValue(o, x) {
  return joinParts(numberParts(o, toIntlMathematicalValue(x)));
}

function numberValueOf(x) {
  if (typeof x === 'object' && x !== null && x.exact) return x.n;
  return Number(x);
}

const plainTypes = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign', 'nan', 'infinity',
  'exponentSeparator', 'exponentMinusSign', 'exponentInteger']);

// formatRange as ICU does it for these shapes: equal ends print once with
// "~"; a unit shared by both ends prints once after the range; the dash
// gets spaces when either end carries an affix.
function formatRangeParts(o, x, y) {
  if (x === undefined) throw new TypeError('Invalid start : undefined');
  if (y === undefined) throw new TypeError('Invalid end : undefined');
  const a = toIntlMathematicalValue(x);
  const b = toIntlMathematicalValue(y);
  if (Number.isNaN(numberValueOf(a))) throw new RangeError(`Invalid start : ${x}`);
  if (Number.isNaN(numberValueOf(b))) throw new RangeError(`Invalid end : ${y}`);
  const pa = numberParts(o, a);
  const pb = numberParts(o, b);
  if (joinParts(pa) === joinParts(pb)) {
    const i = pa.findIndex((p) => p.type !== 'minusSign' && p.type !== 'plusSign' && p.type !== 'literal' && p.type !== 'currency' || p.type === 'integer');
    const out = pa.map((p) => ({ ...p, source: 'shared' }));
    out.splice(Math.max(0, i), 0, { type: 'approximatelySign', value: '~', source: 'shared' });
    return out;
  }
  let suffix = [];
  if (o.style === 'unit') {
    const ua = pa.findIndex((p) => p.type === 'unit');
    const ub = pb.findIndex((p) => p.type === 'unit');
    let sa = ua;
    while (sa > 0 && pa[sa - 1].type === 'literal') sa--;
    let sb = ub;
    while (sb > 0 && pb[sb - 1].type === 'literal') sb--;
    if (ua === pa.length - 1 && ub === pb.length - 1 && joinParts(pa.slice(sa)) === joinParts(pb.slice(sb))) {
      suffix = pa.slice(sa);
      pa.length = sa;
      pb.length = sb;
    }
  }
  const affixed = pa.some((p) => !plainTypes.has(p.type)) || pb.some((p) => !plainTypes.has(p.type));
  return [...pa.map((p) => ({ ...p, source: 'startRange' })),
    { type: 'literal', value: affixed ? ' – ' : '–', source: 'shared' },
    ...pb.map((p) => ({ ...p, source: 'endRange' })),
    ...suffix.map((p) => ({ ...p, source: 'shared' }))];
}

class NumberFormat {
  constructor(locales, options) {
    const nf = this;
    initNumberFormat(nf, locales, options);
    return nf;
  }

  get format() {
    const o = unwrap(this, 'NumberFormat', 'get Intl.NumberFormat.prototype.format');
    if (o.boundFormat === undefined) {
      const f = (x) => formatNumberValue(o, x);
      Object.defineProperty(f, 'name', { value: '' });
      o.boundFormat = f;
    }
    return o.boundFormat;
  }

  formatToParts(x) {
    const o = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatToParts');
    return numberParts(o, toIntlMathematicalValue(x));
  }

  formatRange(start, end) {
    const o = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRange');
    return joinParts(formatRangeParts(o, start, end));
  }

  formatRangeToParts(start, end) {
    const o = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRangeToParts');
    return formatRangeParts(o, start, end);
  }

  resolvedOptions() {
    const o = unwrap(this, 'NumberFormat', 'Intl.NumberFormat.prototype.resolvedOptions');
    const r = { locale: o.locale, numberingSystem: o.numberingSystem, style: o.style };
    if (o.style === 'currency') {
      r.currency = o.currency;
      r.currencyDisplay = o.currencyDisplay;
      r.currencySign = o.currencySign;
    }
    if (o.style === 'unit') {
      r.unit = o.unit;
      r.unitDisplay = o.unitDisplay;
    }
    r.minimumIntegerDigits = o.minimumIntegerDigits;
    if (o.minimumSignificantDigits !== undefined && (o.roundingType !== 'fractionDigits')) {
      r.minimumSignificantDigits = o.minimumSignificantDigits;
      r.maximumSignificantDigits = o.maximumSignificantDigits;
    }
    if (o.minimumFractionDigits !== undefined && o.roundingType !== 'significantDigits') {
      r.minimumFractionDigits = o.minimumFractionDigits;
      r.maximumFractionDigits = o.maximumFractionDigits;
    }
    r.useGrouping = o.useGrouping;
    r.notation = o.notation;
    if (o.notation === 'compact') r.compactDisplay = o.compactDisplay;
    r.signDisplay = o.signDisplay;
    r.roundingMode = o.roundingMode;
    r.roundingIncrement = o.roundingIncrement;
    r.trailingZeroDisplay = o.trailingZeroDisplay;
    r.roundingPriority = o.roundingPriority;
    return r;
  }

}
seal(NumberFormat);
const NumberFormatCtor = publish(NumberFormat, true);
defineToStringTag(NumberFormat.prototype, 'Intl.NumberFormat');

// ---------------------------------------------------------------------------
// Collator

const collatorCache = new Map();
class Collator {
  constructor(locales, options) {
    const c = this;
    const requested = canonicalizeLocaleList(locales);
    options = toObjectOptions(options, 'Intl.Collator');
    const S = 'Intl.Collator';
    const usage = getOption(options, 'usage', 'string', ['sort', 'search'], 'sort', S);
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
    const co = options.collation === undefined ? undefined : String(options.collation);
    if (co !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(co)) throw new RangeError(`Invalid collation : ${co}`);
    let kn = getOption(options, 'numeric', 'boolean', undefined, undefined, S);
    if (kn !== undefined) kn = String(kn);
    const kf = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, S);
    const r = resolveLocale(requested, ['co', 'kf', 'kn'], { co: undefined, kn, kf }, {
      co: () => false,
      kn: (v) => v === 'true' || v === 'false',
      kf: (v) => v === 'upper' || v === 'lower' || v === 'false',
    });
    const o = { kind: 'Collator', locale: r.locale, usage, collation: 'default' };
    o.numeric = r.kn === 'true';
    o.caseFirst = r.kf || 'false';
    let sensitivity = getOption(options, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], undefined, S);
    if (sensitivity === undefined) sensitivity = 'variant';
    o.sensitivity = sensitivity;
    o.ignorePunctuation = getOption(options, 'ignorePunctuation', 'boolean', undefined, /^th(-|$)/.test(r.dataLocale), S);
    const key = `${r.dataLocale}|${sensitivity}|${o.numeric}|${o.caseFirst}|${o.ignorePunctuation}`;
    let h = collatorCache.get(key);
    if (h === undefined) {
      h = binding.newCollator(r.dataLocale, sensitivity, o.numeric, o.caseFirst, o.ignorePunctuation);
      collatorCache.set(key, h);
    }
    o.handle = h;
    slots.set(c, o);
    return c;
  }

  get compare() {
    const o = unwrap(this, 'Collator', 'get Intl.Collator.prototype.compare');
    if (o.boundCompare === undefined) {
      const f = (x, y) => binding.compare(o.handle, String(x), String(y));
      Object.defineProperty(f, 'name', { value: '' });
      o.boundCompare = f;
    }
    return o.boundCompare;
  }

  resolvedOptions() {
    const o = unwrap(this, 'Collator', 'Intl.Collator.prototype.resolvedOptions');
    return {
      locale: o.locale, usage: o.usage, sensitivity: o.sensitivity, ignorePunctuation: o.ignorePunctuation,
      collation: o.collation, numeric: o.numeric, caseFirst: o.caseFirst,
    };
  }

}
seal(Collator);
const CollatorCtor = publish(Collator, true);
defineToStringTag(Collator.prototype, 'Intl.Collator');

// ---------------------------------------------------------------------------
// PluralRules

// CLDR 38+ gave these "many" for multiples of a million (x/text's CLDR is older).
const millionMany = /^(fr|es|it|pt|ca)(-|$)/;

function pluralOperands(s) {
  // s: the formatted digits with '.' as decimal separator
  const [int, frac = ''] = s.split('.');
  const i = Number(int.replace(/^-/, '')) % 1e9; // CLDR rules only look at the low digits
  const fNo = frac.replace(/0+$/, '');
  return [i, frac.length, fNo.length, Number(frac || '0') % 1e9, Number(fNo || '0') % 1e9];
}

class PluralRules {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = toObjectOptions(options, 'Intl.PluralRules');
    const S = 'Intl.PluralRules';
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
    const type = getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', S);
    const o = { kind: 'PluralRules', type };
    setDigitOptions(o, options, 0, 3, 'standard', S);
    const r = resolveLocale(requested, [], {}, {});
    o.locale = r.locale;
    o.dataLocale = r.dataLocale;
    o.symbols = { decimal: '.', group: '', minus: '-', primary: 3, secondary: 3, minGroup: 1 };
    o.useGrouping = false;
    o.style = 'decimal';
    o.notation = 'standard';
    o.signDisplay = 'auto';
    o.digits = '';
    slots.set(this, o);
  }

  select(n) {
    const o = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.select');
    n = Number(n);
    if (!Number.isFinite(n)) return 'other';
    const s = joinParts(numberParts(o, Math.abs(n)));
    if (o.type === 'cardinal' && millionMany.test(o.dataLocale) && /^[1-9]\d*000000$/.test(s)) return 'many';
    return binding.pluralCategory(o.dataLocale, o.type === 'ordinal', ...pluralOperands(s));
  }

  selectRange(start, end) {
    const o = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.selectRange');
    if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
    const x = Number(start);
    const y = Number(end);
    if (Number.isNaN(x) || Number.isNaN(y)) throw new RangeError('Invalid time value');
    return this.select(y);
  }

  resolvedOptions() {
    const o = unwrap(this, 'PluralRules', 'Intl.PluralRules.prototype.resolvedOptions');
    const r = { locale: o.locale, type: o.type, minimumIntegerDigits: o.minimumIntegerDigits };
    if (o.minimumFractionDigits !== undefined && o.roundingType !== 'significantDigits') {
      r.minimumFractionDigits = o.minimumFractionDigits;
      r.maximumFractionDigits = o.maximumFractionDigits;
    }
    if (o.roundingType !== 'fractionDigits' && o.minimumSignificantDigits !== undefined) {
      r.minimumSignificantDigits = o.minimumSignificantDigits;
      r.maximumSignificantDigits = o.maximumSignificantDigits;
    }
    r.pluralCategories = binding.pluralCategories(o.dataLocale, o.type === 'ordinal');
    if (o.type === 'cardinal' && millionMany.test(o.dataLocale) && !r.pluralCategories.includes('many')) {
      r.pluralCategories = ['many', ...r.pluralCategories];
    }
    return r;
  }

}
seal(PluralRules);
const PluralRulesCtor = publish(PluralRules, false);
defineToStringTag(PluralRules.prototype, 'Intl.PluralRules');

function pluralOf(locale, n) {
  const s = String(Math.abs(n));
  if (/e/.test(s)) return 'other';
  return binding.pluralCategory(locale, false, ...pluralOperands(s));
}

// ---------------------------------------------------------------------------
// ListFormat (English patterns)

class ListFormat {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = getOptionsObject(options, 'Intl.ListFormat');
    const S = 'Intl.ListFormat';
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
    const r = resolveLocale(requested, [], {}, {});
    const type = getOption(options, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', S);
    const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', S);
    slots.set(this, { kind: 'ListFormat', locale: r.locale, type, style });
  }

  format(list) {
    const o = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.format');
    return joinParts(listParts(o, stringListFromIterable(list)));
  }

  formatToParts(list) {
    const o = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts');
    return listParts(o, stringListFromIterable(list));
  }

  resolvedOptions() {
    const o = unwrap(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: o.locale, type: o.type, style: o.style };
  }

}
seal(ListFormat);
const ListFormatCtor = publish(ListFormat, false);
defineToStringTag(ListFormat.prototype, 'Intl.ListFormat');

function getOptionsObject(options, service) {
  if (options === undefined) return Object.create(null);
  if (options !== null && typeof options === 'object') return options;
  throw new TypeError('invalid_argument');
}

function stringListFromIterable(list) {
  if (list === undefined) return [];
  const out = [];
  for (const v of list) {
    if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? 'Symbol()' : String(v)} which is not a string`);
    out.push(v);
  }
  return out;
}

function listParts(o, list) {
  const n = list.length;
  const parts = [];
  const el = (v) => parts.push({ type: 'element', value: v });
  const lit = (v) => parts.push({ type: 'literal', value: v });
  if (n === 0) return parts;
  let word;
  if (o.type === 'conjunction') word = o.style === 'long' ? 'and' : o.style === 'short' ? '&' : '';
  else if (o.type === 'disjunction') word = 'or';
  else word = '';
  const pairSep = o.type === 'unit' ? (o.style === 'narrow' ? ' ' : ', ') : word ? ` ${word} ` : ', ';
  const lastSep = o.type === 'unit' ? (o.style === 'narrow' ? ' ' : ', ') : word ? `, ${word} ` : ', ';
  const midSep = o.type === 'unit' && o.style === 'narrow' ? ' ' : ', ';
  if (n === 1) {
    el(list[0]);
    return parts;
  }
  if (n === 2) {
    el(list[0]);
    lit(pairSep);
    el(list[1]);
    return parts;
  }
  for (let i = 0; i < n; i++) {
    if (i > 0) lit(i === n - 1 ? lastSep : midSep);
    el(list[i]);
  }
  return parts;
}

// ---------------------------------------------------------------------------
// RelativeTimeFormat (English patterns)

const rtfUnits = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const rtfShort = { second: 'sec.', minute: 'min.', hour: 'hr.', day: 'day', week: 'wk.', month: 'mo.', quarter: 'qtr.', year: 'yr.' };
const rtfShortPlural = { day: 'days', quarter: 'qtrs.' };
const rtfNarrow = { second: 's', minute: 'm', hour: 'h', day: 'd', week: 'w', month: 'mo', quarter: 'q', year: 'y' };
const rtfAuto = {
  day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' },
  second: { 0: 'now' },
  minute: { 0: 'this minute' },
  hour: { 0: 'this hour' },
  week: { '-1': 'last week', 0: 'this week', 1: 'next week' },
  month: { '-1': 'last month', 0: 'this month', 1: 'next month' },
  quarter: { '-1': 'last quarter', 0: 'this quarter', 1: 'next quarter' },
  year: { '-1': 'last year', 0: 'this year', 1: 'next year' },
};
const rtfAutoShort = {
  week: { '-1': 'last wk.', 0: 'this wk.', 1: 'next wk.' },
  month: { '-1': 'last mo.', 0: 'this mo.', 1: 'next mo.' },
  quarter: { '-1': 'last qtr.', 0: 'this qtr.', 1: 'next qtr.' },
  year: { '-1': 'last yr.', 0: 'this yr.', 1: 'next yr.' },
};

class RelativeTimeFormat {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = toObjectOptions(options, 'Intl.RelativeTimeFormat');
    const S = 'Intl.RelativeTimeFormat';
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
    const nu = options.numberingSystem === undefined ? undefined : String(options.numberingSystem);
    if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
    const r = resolveLocale(requested, ['nu'], { nu }, nfSupported);
    const style = getOption(options, 'style', 'string', ['long', 'short', 'narrow'], 'long', S);
    const numeric = getOption(options, 'numeric', 'string', ['always', 'auto'], 'always', S);
    const nf = new NumberFormat(r.nu ? `${r.dataLocale}-u-nu-${r.nu}` : r.dataLocale);
    slots.set(this, { kind: 'RelativeTimeFormat', locale: r.locale, dataLocale: r.dataLocale, style, numeric, numberingSystem: r.nu || 'latn', nf: slots.get(nf) });
  }

  format(value, unit) {
    const o = unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.format');
    return joinParts(rtfParts(o, value, unit));
  }

  formatToParts(value, unit) {
    const o = unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.formatToParts');
    return rtfParts(o, value, unit);
  }

  resolvedOptions() {
    const o = unwrap(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    return { locale: o.locale, style: o.style, numeric: o.numeric, numberingSystem: o.numberingSystem };
  }

}
seal(RelativeTimeFormat);
const RelativeTimeFormatCtor = publish(RelativeTimeFormat, false);
defineToStringTag(RelativeTimeFormat.prototype, 'Intl.RelativeTimeFormat');

function rtfParts(o, value, unit) {
  value = Number(value);
  unit = String(unit);
  let u = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  if (!rtfUnits.includes(u)) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${unit}'`);
  if (!Number.isFinite(value)) throw new RangeError('Invalid time value');
  const neg = value < 0 || Object.is(value, -0);
  if (o.numeric === 'auto') {
    const table = (o.style !== 'long' && rtfAutoShort[u]) || rtfAuto[u];
    const key = Object.is(value, -0) ? '0' : String(value);
    if (table && table[key] !== undefined) return [{ type: 'literal', value: table[key] }];
  }
  const numParts = numberParts(o.nf, Math.abs(value)).map((p) => ({ ...p, unit: u }));
  const one = joinParts(numParts) === '1';
  let label;
  if (o.style === 'long') label = one ? u : `${u}s`;
  else if (o.style === 'short') label = one ? rtfShort[u] : (rtfShortPlural[u] || rtfShort[u]);
  else label = rtfNarrow[u];
  const narrowJoin = o.style === 'narrow' ? '' : ' ';
  if (neg) return [...numParts, { type: 'literal', value: `${narrowJoin}${label} ago` }];
  return [{ type: 'literal', value: 'in ' }, ...numParts, { type: 'literal', value: `${narrowJoin}${label}` }];
}

// ---------------------------------------------------------------------------
// DisplayNames

class DisplayNames {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = getOptionsObject(options, 'Intl.DisplayNames');
    const S = 'Intl.DisplayNames';
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
    const r = resolveLocale(requested, [], {}, {});
    const style = getOption(options, 'style', 'string', ['narrow', 'short', 'long'], 'long', S);
    const type = getOption(options, 'type', 'string', ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'], undefined, S);
    if (type === undefined) throw new TypeError('invalid_argument');
    const fallback = getOption(options, 'fallback', 'string', ['code', 'none'], 'code', S);
    const languageDisplay = getOption(options, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect', S);
    const o = { kind: 'DisplayNames', locale: r.locale, dataLocale: r.dataLocale, style, type, fallback };
    if (type === 'language') o.languageDisplay = languageDisplay;
    slots.set(this, o);
  }

  of(code) {
    const o = unwrap(this, 'DisplayNames', 'Intl.DisplayNames.prototype.of');
    code = String(code);
    let canonical = code;
    let name = '';
    const bad = () => new RangeError('invalid_argument');
    switch (o.type) {
      case 'language':
        if (!/^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$/i.test(code) && !/^root$/i.test(code)) throw bad();
        canonical = canonicalizeTag(code);
        name = binding.displayName('language', canonical);
        break;
      case 'region':
        if (!/^([a-z]{2}|[0-9]{3})$/i.test(code)) throw bad();
        name = binding.displayName('region', code); // ICU finds only the canonical case
        break;
      case 'script':
        if (!/^[a-z]{4}$/i.test(code)) throw bad();
        name = code === 'Hans' ? 'Simplified' : code === 'Hant' ? 'Traditional' : binding.displayName('script', code);
        break;
      case 'currency': {
        if (!/^[a-z]{3}$/i.test(code)) throw bad();
        canonical = code.toUpperCase();
        const n = currencyNames[canonical];
        if (n && /^en(-|$)/.test(o.dataLocale)) name = n[0].replace(/^[a-z]/, (c) => c.toUpperCase());
        break;
      }
      case 'calendar':
        if (!/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(code)) throw bad();
        canonical = code.toLowerCase();
        if (/^en(-|$)/.test(o.dataLocale)) name = calendarNames[canonical] || '';
        break;
      case 'dateTimeField':
        if (!dateTimeFields.includes(code)) throw bad();
        if (/^en(-|$)/.test(o.dataLocale)) name = code === 'dayPeriod' ? 'AM/PM' : code === 'weekOfYear' ? 'week' : code === 'timeZoneName' ? 'time zone' : code;
        break;
      default:
        break;
    }
    if (name === '' || name === undefined) return o.fallback === 'code' ? canonical : undefined;
    return name;
  }

  resolvedOptions() {
    const o = unwrap(this, 'DisplayNames', 'Intl.DisplayNames.prototype.resolvedOptions');
    const r = { locale: o.locale, style: o.style, type: o.type, fallback: o.fallback };
    if (o.languageDisplay !== undefined) r.languageDisplay = o.languageDisplay;
    return r;
  }

}
seal(DisplayNames);
const DisplayNamesCtor = publish(DisplayNames, false);
defineToStringTag(DisplayNames.prototype, 'Intl.DisplayNames');
const dateTimeFields = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
const calendarNames = {
  buddhist: 'Buddhist Calendar', chinese: 'Chinese Calendar', coptic: 'Coptic Calendar', dangi: 'Dangi Calendar',
  ethioaa: 'Ethiopic Amete Alem Calendar', ethiopic: 'Ethiopic Calendar', gregory: 'Gregorian Calendar',
  hebrew: 'Hebrew Calendar', indian: 'Indian National Calendar', islamic: 'Hijri Calendar',
  'islamic-civil': 'Hijri Calendar (tabular, civil epoch)', 'islamic-umalqura': 'Hijri Calendar (Umm al-Qura)',
  iso8601: 'ISO-8601 Calendar', japanese: 'Japanese Calendar', persian: 'Persian Calendar', roc: 'Minguo Calendar',
};

// ---------------------------------------------------------------------------
// Segmenter

class Segmenter {
  constructor(locales, options) {
    const requested = canonicalizeLocaleList(locales);
    options = getOptionsObject(options, 'Intl.Segmenter');
    const S = 'Intl.Segmenter';
    getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', S);
    const r = resolveLocale(requested, [], {}, {});
    const granularity = getOption(options, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', S);
    slots.set(this, { kind: 'Segmenter', locale: r.locale, granularity });
  }

  segment(string) {
    const o = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
    return createSegments(o, String(string));
  }

  resolvedOptions() {
    const o = unwrap(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: o.locale, granularity: o.granularity };
  }

}
seal(Segmenter);
const SegmenterCtor = publish(Segmenter, false);
defineToStringTag(Segmenter.prototype, 'Intl.Segmenter');

function segmentData(o, s, i) {
  const { breaks, wordLike } = s.cache;
  // find the segment containing i
  let lo = 0;
  let hi = breaks.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (breaks[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  const start = breaks[lo];
  const end = breaks[lo + 1];
  const r = { segment: s.string.slice(start, end), index: start, input: s.string };
  if (o.granularity === 'word') r.isWordLike = wordLike[lo];
  return r;
}

const segmentsProto = {
  containing(index) {
    const s = segmentsSlots.get(this);
    if (s === undefined) throw new TypeError('Method %Segments.prototype%.containing called on incompatible receiver ' + describe(this));
    let n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= s.string.length) return undefined;
    return segmentData(s.o, s, n);
  },
  [Symbol.iterator]() {
    const s = segmentsSlots.get(this);
    if (s === undefined) throw new TypeError('Method %Segments.prototype%[@@iterator] called on incompatible receiver ' + describe(this));
    const it = Object.create(segmentIteratorProto);
    segmentsSlots.set(it, { ...s, pos: 0 });
    return it;
  },
};
Object.defineProperty(segmentsProto, 'containing', { enumerable: false });
Object.defineProperty(segmentsProto, Symbol.iterator, { enumerable: false });
const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const segmentIteratorProto = Object.create(iteratorProto, {
  next: {
    value: function next() {
      const s = segmentsSlots.get(this);
      if (s === undefined || s.pos === undefined) throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver ' + describe(this));
      if (s.pos >= s.string.length) return { value: undefined, done: true };
      const v = segmentData(s.o, s, s.pos);
      s.pos = v.index + v.segment.length;
      return { value: v, done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'Segmenter String Iterator', configurable: true },
});
const segmentsSlots = new WeakMap();

function createSegments(o, string) {
  const seg = Object.create(segmentsProto);
  const r = binding.segment(string, o.granularity);
  segmentsSlots.set(seg, { o, string, cache: { breaks: r.breaks, wordLike: r.wordLike } });
  return seg;
}

// ---------------------------------------------------------------------------
// Locale

function isLocale(v) {
  if (v === null || typeof v !== 'object') return false;
  const s = slots.get(v);
  return s !== undefined && s.kind === 'Locale';
}

const localeKeys = [['calendar', 'ca'], ['collation', 'co'], ['hourCycle', 'hc'], ['caseFirst', 'kf'], ['numeric', 'kn'], ['numberingSystem', 'nu']];

class Locale {
  constructor(tag, options) {
    if (typeof tag !== 'string' && (tag === null || typeof tag !== 'object')) {
      throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
    }
    tag = isLocale(tag) ? slots.get(tag).locale : String(tag);
    options = toObjectOptions(options, 'Intl.Locale');
    let t = canonicalizeTag(tag);
    const m = tagRe.exec(t);
    let language = m[1];
    let script = m[2] || '';
    let region = m[3] || '';
    const rest = t.slice(m[1].length + (m[2] ? 5 : 0) + (m[3] ? m[3].length + 1 : 0));
    const lo = options.language;
    if (lo !== undefined) {
      const v = String(lo);
      if (!/^([a-z]{2,3}|[a-z]{5,8})$/i.test(v)) throw new RangeError('Incorrect locale information provided');
      language = v.toLowerCase();
    }
    const so = options.script;
    if (so !== undefined) {
      const v = String(so);
      if (!/^[a-z]{4}$/i.test(v)) throw new RangeError('Incorrect locale information provided');
      script = v[0].toUpperCase() + v.slice(1).toLowerCase();
    }
    const ro = options.region;
    if (ro !== undefined) {
      const v = String(ro);
      if (!/^([a-z]{2}|[0-9]{3})$/i.test(v)) throw new RangeError('Incorrect locale information provided');
      region = v.toUpperCase();
    }
    t = language + (script ? `-${script}` : '') + (region ? `-${region}` : '') + rest;
    const ext = unicodeExtension(t);
    const S = 'Intl.Locale';
    const kw = {};
    kw.ca = options.calendar === undefined ? undefined : String(options.calendar);
    kw.co = options.collation === undefined ? undefined : String(options.collation);
    for (const k of ['ca', 'co']) {
      if (kw[k] !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(kw[k])) throw new RangeError(`Incorrect locale information provided`);
    }
    kw.hc = getOption(options, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, S);
    kw.kf = getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, S);
    const kn = getOption(options, 'numeric', 'boolean', undefined, undefined, S);
    kw.kn = kn === undefined ? undefined : String(kn);
    kw.nu = options.numberingSystem === undefined ? undefined : String(options.numberingSystem);
    if (kw.nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(kw.nu)) throw new RangeError(`Incorrect locale information provided`);
    let changed = false;
    for (const k of Object.keys(kw)) {
      if (kw[k] !== undefined) {
        ext[k] = kw[k] === 'true' ? '' : kw[k].toLowerCase();
        changed = true;
      }
    }
    if (changed) {
      const base = stripExtensions(t);
      const others = t.slice(base.length).replace(/-u(-[a-z0-9]{2,8})*?(?=-[a-z0-9]-|$)/, '');
      let u = 'u';
      for (const [k, v] of Object.entries(ext)) u += v ? `-${k}-${v}` : `-${k}`;
      t = canonicalizeTag(base + others + '-' + u);
    }
    const finalExt = unicodeExtension(t);
    slots.set(this, { kind: 'Locale', locale: t, ext: finalExt });
  }

  maximize() {
    const o = unwrap(this, 'Locale', 'Intl.Locale.prototype.maximize');
    const base = localeBase(o.locale);
    const max = binding.maximize(base.core);
    return new Locale(max + base.variants + o.locale.slice(stripExtensions(o.locale).length));
  }

  minimize() {
    const o = unwrap(this, 'Locale', 'Intl.Locale.prototype.minimize');
    const base = localeBase(o.locale);
    const min = binding.minimize(base.core);
    return new Locale(min + base.variants + o.locale.slice(stripExtensions(o.locale).length));
  }

  toString() { return unwrap(this, 'Locale', 'Intl.Locale.prototype.toString').locale; }

  get baseName() { return stripExtensions(unwrap(this, 'Locale', 'get Intl.Locale.prototype.baseName').locale); }

  get calendar() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.calendar').ext.ca; }

  get caseFirst() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.caseFirst').ext.kf; }

  get collation() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.collation').ext.co; }

  get hourCycle() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.hourCycle').ext.hc; }

  get numeric() {
    const kn = unwrap(this, 'Locale', 'get Intl.Locale.prototype.numeric').ext.kn;
    return kn === '' || kn === 'true';
  }

  get numberingSystem() { return unwrap(this, 'Locale', 'get Intl.Locale.prototype.numberingSystem').ext.nu; }

  get language() {
    const l = tagRe.exec(unwrap(this, 'Locale', 'get Intl.Locale.prototype.language').locale)[1];
    return l === 'und' ? undefined : l; // as V8 (ICU has no language for und)
  }

  get script() { return tagRe.exec(unwrap(this, 'Locale', 'get Intl.Locale.prototype.script').locale)[2]; }

  get region() { return tagRe.exec(unwrap(this, 'Locale', 'get Intl.Locale.prototype.region').locale)[3]; }
}
seal(Locale);
const LocaleCtor = publish(Locale, false);
defineToStringTag(Locale.prototype, 'Intl.Locale');

function localeBase(tag) {
  const m = tagRe.exec(stripExtensions(tag));
  let core = m[1];
  if (m[2]) core += `-${m[2]}`;
  if (m[3]) core += `-${m[3]}`;
  return { core, variants: m[4] || '' };
}

// ---------------------------------------------------------------------------
// The namespace

const dtf = require('internal/intl_datetime');
const DateTimeFormat = dtf.init({
  slots, unwrap, seal, defineToStringTag, canonicalizeLocaleList, toObjectOptions, getOption,
  getNumberOption, resolveLocale, supportedLocalesOf: supportedLocalesOfImpl, binding, NumberFormat, publish, numberingZero, calendars,
  localeDigits, symbolsFor, defaultLocale, digitsSystem,
});

const Intl = {};
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
const methods = {
  getCanonicalLocales(locales) {
    return canonicalizeLocaleList(locales);
  },
  supportedValuesOf(key) {
    key = String(key);
    switch (key) {
      case 'calendar': return calendars.slice();
      case 'collation': return collations.slice();
      case 'currency': return binding.currencies();
      case 'numberingSystem': return Object.keys(numberingZero).sort();
      case 'timeZone': return binding.timeZones().slice();
      case 'unit': return units.slice();
      default: throw new RangeError(`Invalid key : ${key}`);
    }
  },
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(Intl, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
}
for (const [name, value] of [['DateTimeFormat', DateTimeFormat], ['NumberFormat', NumberFormatCtor],
  ['Collator', CollatorCtor], ['PluralRules', PluralRulesCtor], ['RelativeTimeFormat', RelativeTimeFormatCtor],
  ['ListFormat', ListFormatCtor], ['Locale', LocaleCtor], ['DisplayNames', DisplayNamesCtor], ['Segmenter', SegmenterCtor]]) {
  Object.defineProperty(Intl, name, { value, writable: true, configurable: true, enumerable: false });
}

// ---------------------------------------------------------------------------
// Locale-sensitive methods of other built-ins, as V8 routes them (each
// builds a formatter with the given locales and options; the common
// no-argument calls reuse one).

let defaultNF;
let defaultCollator;
const localeMethods = {
  numberToLocaleString(x, locales, options) {
    if (locales === undefined && options === undefined) {
      if (defaultNF === undefined) defaultNF = new NumberFormat();
      return formatNumberValue(slots.get(defaultNF), x);
    }
    return formatNumberValue(slots.get(new NumberFormat(locales, options)), x);
  },
  localeCompare(a, b, locales, options) {
    if (locales === undefined && options === undefined) {
      if (defaultCollator === undefined) defaultCollator = new Collator();
      return binding.compare(slots.get(defaultCollator).handle, a, b);
    }
    return binding.compare(slots.get(new Collator(locales, options)).handle, a, b);
  },
  toLocaleUpperCase(s, locales) {
    const list = canonicalizeLocaleList(locales);
    const loc = list.length > 0 ? stripExtensions(list[0]) : defaultLocale();
    return binding.caseMap(loc, s, true);
  },
  toLocaleLowerCase(s, locales) {
    const list = canonicalizeLocaleList(locales);
    const loc = list.length > 0 ? stripExtensions(list[0]) : defaultLocale();
    return binding.caseMap(loc, s, false);
  },
  dateToLocaleString: dtf.dateToLocaleString,
  pluralOf,
};

module.exports = { Intl, localeMethods };
