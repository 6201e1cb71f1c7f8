'use strict';
// Reads of names absent from the receiver's whole prototype chain, from one
// site in a loop (an inline cache's miss entry), and `o[name]` with many
// names and shapes (the megamorphic table), while the chain changes under
// them. Each change must be seen at once.

function readX(o) { return o.x; }
function readX2(o) { return o.x === undefined ? 'none' : o.x; }
function elem(o, k) { return o[k]; }

const log = [];
function run(label, f) {
  const seen = [];
  for (let i = 0; i < 6; i++) seen.push(String(f(i)));
  log.push(label + ': ' + seen.join(','));
}

// a property added later to the object itself, then deleted
{
  const o = { a: 1 };
  run('own add/delete', (i) => {
    if (i === 2) o.x = 'own';
    if (i === 4) delete o.x;
    return readX(o);
  });
}

// a property added to a prototype two up, then deleted there
{
  const gp = { g: 1 };
  const p = Object.create(gp);
  const o = Object.create(p);
  o.a = 1;
  run('proto add/delete', (i) => {
    if (i === 2) gp.x = 'gp';
    if (i === 3) p.x = 'p';
    if (i === 4) { delete p.x; delete gp.x; }
    return readX2(o);
  });
}

// Object.prototype gains and loses the name
{
  const o = { a: 1 };
  run('Object.prototype', (i) => {
    if (i === 2) Object.prototype.x = 'op';
    if (i === 4) delete Object.prototype.x;
    return readX(o);
  });
}

// the prototype swapped with Object.setPrototypeOf, of the object and of its prototype
{
  const p = { p: 1 };
  const o = Object.create(p);
  o.a = 1;
  run('setPrototypeOf', (i) => {
    if (i === 2) Object.setPrototypeOf(o, { x: 'swapped' });
    if (i === 3) Object.setPrototypeOf(o, p);
    if (i === 4) Object.setPrototypeOf(p, { x: 'deeper' });
    if (i === 5) Object.setPrototypeOf(p, Object.prototype);
    return readX(o);
  });
}

// a getter defined later on a prototype
{
  const p = {};
  const o = Object.create(p);
  o.a = 1;
  let calls = 0;
  run('getter', (i) => {
    if (i === 3) Object.defineProperty(p, 'x', { get() { calls++; return 'get' + calls; }, configurable: true });
    if (i === 5) delete p.x;
    return readX(o);
  });
}

// a proxy in the chain: every read asks its get trap
{
  const target = {};
  const traps = [];
  const proxy = new Proxy(target, { get(t, k, r) { traps.push(String(k)); return Reflect.get(t, k, r); } });
  const o = Object.create(proxy);
  o.a = 1;
  run('proxy', (i) => {
    if (i === 3) target.x = 'target';
    return readX(o);
  });
  log.push('traps ' + traps.length);
  const plain = { a: 1 };
  run('proxy then plain', (i) => readX(i % 2 ? plain : o));
}

// primitives and their wrappers: String.prototype / Number.prototype gain the name
{
  run('primitives', (i) => {
    if (i === 2) String.prototype.x = 'sp';
    if (i === 3) Number.prototype.x = 'np';
    if (i === 4) { delete String.prototype.x; delete Number.prototype.x; }
    return readX('str') + '/' + readX(7) + '/' + readX(new String('w'));
  });
}

// with and Symbol.unscopables
{
  const scope = { y: 'scope' };
  const y = 'outer';
  const f = new Function('scope', 'y', 'with (scope) { return typeof x + ":" + y; }');
  run('with', (i) => {
    if (i === 2) scope.x = 1;
    if (i === 3) scope[Symbol.unscopables] = { y: true };
    if (i === 4) { delete scope.x; delete scope[Symbol.unscopables]; }
    return f(scope, y);
  });
}

// the megamorphic table: many shapes and names at one `o[k]` site, absent
// names among them, then some of them added
{
  const objs = [];
  for (let s = 0; s < 40; s++) {
    const o = {};
    o['k' + s] = s;
    objs.push(o);
  }
  const names = ['params', 'content-type', 'x', 'k3', 'k17', 'y'];
  const rounds = [];
  for (let r = 0; r < 4; r++) {
    if (r === 2) { objs[3].params = 'p3'; Object.prototype['content-type'] = 'ct'; }
    if (r === 3) delete Object.prototype['content-type'];
    let found = [];
    for (const o of objs) for (const k of names) {
      const v = elem(o, k);
      if (v !== undefined) found.push(k + '=' + v);
    }
    rounds.push(found.length + ' ' + found.slice(0, 6).join(' '));
  }
  log.push('mega ' + rounds.join(' | '));
}

for (const l of log) console.log(l);
