// Dates in locales added to the generated data (mr, ne, my, te, kn, is, ...),
// with their own digits where the locale has them (bn, mr, ne, my), as node.
const locales = ['af', 'az', 'be', 'bs', 'cy', 'eu', 'gl', 'gu', 'hy', 'is', 'ka', 'kk', 'km', 'kn', 'ky', 'lo', 'mk', 'ml', 'mn', 'mr',
  'my', 'ne', 'pa', 'si', 'sq', 'te', 'uz', 'zu', 'am', 'ga', 'mt', 'en-IN', 'es-AR', 'pt-BR', 'zh-SG', 'bn'];
const d = new Date(Date.UTC(2024, 10, 5, 19, 4, 5));
const opts = [{}, { dateStyle: 'full' }, { dateStyle: 'medium', timeStyle: 'short' }, { month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short' }, { timeStyle: 'long' }];
for (const L of locales) for (const o of opts) console.log(L, JSON.stringify(o), d.toLocaleString(L, { timeZone: 'UTC', ...o }));
