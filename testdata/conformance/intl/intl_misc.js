'use strict';
// The rest of Intl: locale lists and Intl.Locale, Collator and
// localeCompare, PluralRules, ListFormat, RelativeTimeFormat, DisplayNames,
// Segmenter, the namespace's shape and String/Array locale methods.
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); } };
t(() => Intl.getCanonicalLocales(['EN-us', 'iw', 'zh-hant-tw', 'en-u-ca-gregory-nu-latn', 'sh', 'de-DE-u-co-phonebk', 'en-u-kn-true', 'EN-US']));
t(() => Intl.getCanonicalLocales('und'));
t(() => Intl.getCanonicalLocales());
t(() => Intl.getCanonicalLocales(['en_US']));
t(() => Intl.getCanonicalLocales([5]));
t(() => Intl.getCanonicalLocales(null));
t(() => Intl.getCanonicalLocales('en-a-bb-a-cc'));
t(() => Intl.supportedValuesOf('calendar'));
t(() => Intl.supportedValuesOf('unit'));
t(() => Intl.supportedValuesOf('timeZone').includes('America/New_York'));
t(() => Intl.supportedValuesOf('foo'));
t(() => [Object.getOwnPropertyNames(Intl), Object.prototype.toString.call(Intl), Object.keys(Intl)]);
t(() => Object.getOwnPropertyDescriptor(globalThis, 'Intl'));

for (const tag of ['en', 'en-US', 'zh-TW', 'sr', 'und', 'en-Latn-US', 'zh-Hant-TW', 'de-u-co-phonebk', 'ar', 'ja-JP']) {
  const l = new Intl.Locale(tag);
  console.log(tag, String(l), String(l.maximize()), String(l.minimize()), l.language, l.script, l.region, l.baseName);
}
const loc = new Intl.Locale('en-US', { calendar: 'gregory', hourCycle: 'h23', numeric: true, caseFirst: 'upper', numberingSystem: 'latn' });
t(() => [String(loc), loc.calendar, loc.hourCycle, loc.numeric, loc.caseFirst, loc.numberingSystem, loc.collation, JSON.stringify(loc)]);
t(() => new Intl.Locale());
t(() => new Intl.Locale('en', { region: 'XYZ' }));
t(() => Intl.Locale('en'));
t(() => String(new Intl.Locale('en', { script: 'latn', region: 'gb' })));

const words = ['b', 'a', 'B', 'A', 'ä', 'Ä', 'z', 'item10', 'item2', 'item1', 'résumé', 'resume', 'Resume', 'co-op', 'coop', ''];
for (const opts of [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { numeric: true }, { caseFirst: 'upper' }, { ignorePunctuation: true }]) {
  const c = new Intl.Collator('en', opts);
  console.log(JSON.stringify(opts), words.slice().sort(c.compare).join(','), c.compare('a', 'A'), c.compare('a', 'á'), c.compare('a', 'b'), JSON.stringify(c.resolvedOptions()));
}
t(() => ['a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'a'.localeCompare('A', 'en', { sensitivity: 'base' }), '2'.localeCompare('10', undefined, { numeric: true })]);
t(() => new Intl.Collator('en-u-kn').resolvedOptions());
t(() => Intl.Collator.prototype.compare);

for (const [loc, type] of [['en', 'cardinal'], ['en', 'ordinal'], ['fr', 'cardinal'], ['ru', 'cardinal'], ['ar', 'cardinal'], ['pl', 'cardinal'], ['ja', 'cardinal']]) {
  const pr = new Intl.PluralRules(loc, { type });
  console.log(loc, type, [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 23, 101, 111, 1.5, 0.5, '1.0'].map((n) => pr.select(n)).join(' '), JSON.stringify(pr.resolvedOptions()));
}
t(() => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1));
t(() => Intl.PluralRules('en'));

for (const style of ['long', 'short', 'narrow']) {
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    const lf = new Intl.ListFormat('en', { style, type });
    console.log(style, type, [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => lf.format(l)).join(' | '));
  }
}
t(() => new Intl.ListFormat('en').formatToParts(['x', 'y', 'z']));
t(() => new Intl.ListFormat('en').format([1]));
t(() => new Intl.ListFormat('en', 5));
t(() => new Intl.ListFormat('en').resolvedOptions());

for (const style of ['long', 'short', 'narrow']) {
  for (const numeric of ['always', 'auto']) {
    const rtf = new Intl.RelativeTimeFormat('en', { style, numeric });
    const out = [];
    for (const unit of ['second', 'minutes', 'hour', 'day', 'week', 'month', 'quarter', 'year']) {
      out.push([-2, -1, 0, 1, 2, 1.5].map((v) => rtf.format(v, unit)).join(', '));
    }
    console.log(style, numeric, out.join(' | '));
  }
}
t(() => new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'day'));
t(() => new Intl.RelativeTimeFormat('en').format(1, 'decade'));
t(() => new Intl.RelativeTimeFormat('en').resolvedOptions());

const dn = (type, codes, opts = {}) => codes.map((c) => { try { return new Intl.DisplayNames('en', { type, ...opts }).of(c); } catch (e) { return `${e.constructor.name}`; } }).join(', ');
console.log(dn('language', ['de', 'en-GB', 'en-US', 'fr', 'de-AT', 'zh-Hant', 'ja', 'es-419', 'xx', 'fr-CA']));
console.log(dn('language', ['sr-Latn', 'uz-Cyrl', 'pa-Arab', 'en-Latn', 'pt-BR', 'pt-PT', 'nl-BE', 'de-CH', 'ro-MD', 'sw-CD', 'zh-Hans-CN']));
console.log(dn('region', ['DE', 'US', 'gb', '419', 'JP', 'ZZ', 'XYZ1']));
console.log(dn('script', ['Latn', 'cyrl', 'Hans', 'Arab']));
console.log(dn('language', ['xx'], { fallback: 'none' }));
t(() => new Intl.DisplayNames('en'));
t(() => new Intl.DisplayNames('en', { type: 'region' }).resolvedOptions());

const seg = (g, s) => [...new Intl.Segmenter('en', { granularity: g }).segment(s)].map((x) => (g === 'word' ? `${x.segment}${x.isWordLike ? '*' : ''}` : x.segment));
t(() => seg('grapheme', 'e\u0301👨‍👩‍👧x🇩🇪🇫🇷한국어\r\nok👍🏽'));
t(() => seg('word', "Hello, world! It's 3.14 o'clock... don't e-mail me@x.com"));
t(() => seg('sentence', 'Hello world. How are you? I am fine! Ok.'));
t(() => { const s = new Intl.Segmenter('en', { granularity: 'word' }).segment('ab cd'); return [s.containing(0), s.containing(2), s.containing(4), s.containing(5)]; });
t(() => new Intl.Segmenter().resolvedOptions());
t(() => Object.prototype.toString.call(new Intl.Segmenter().segment('a')[Symbol.iterator]()));

t(() => ['istanbul'.toLocaleUpperCase('tr'), 'I'.toLocaleLowerCase('tr'), 'straße'.toLocaleUpperCase('de'), 'ABC'.toLocaleLowerCase()]);
t(() => [[1234.5, 'x', null, 5n].toLocaleString('de-DE'), [new Date(0), 1e6].toLocaleString('en-GB', { timeZone: 'UTC' }), [1e6].toLocaleString(), new Float64Array([1234.5]).toLocaleString('en')]);
t(() => String.prototype.localeCompare.call(null, 'a'));
t(() => [String.prototype.localeCompare.length, Number.prototype.toLocaleString.length, Date.prototype.toLocaleString.name]);
