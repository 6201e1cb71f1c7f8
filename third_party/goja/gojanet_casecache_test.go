package goja

import "testing"

// toLowerCase/toUpperCase answer from the runtime's cache of recent
// results (gojanet_casecache.go): colliding strings, strings of one length
// and the long ones past the cache must each get their own answer.
func TestGojanetCaseCache(t *testing.T) {
	const script = `
	const words = [];
	for (let i = 0; i < 200; i++) words.push('Content-' + String.fromCharCode(65 + i % 26) + i + 'x'.repeat(i % 40));
	words.push('GET', 'Get', 'gET', 'ETag', 'ETAG', 'A', 'a', 'Z', '');
	for (let round = 0; round < 3; round++) {
		for (const w of words) {
			let lo = '', up = '';
			for (const c of w) {
				const k = c.charCodeAt(0);
				lo += k >= 65 && k <= 90 ? String.fromCharCode(k + 32) : c;
				up += k >= 97 && k <= 122 ? String.fromCharCode(k - 32) : c;
			}
			if (w.toLowerCase() !== lo) throw new Error('toLowerCase ' + w + ': ' + w.toLowerCase());
			if (w.toUpperCase() !== up) throw new Error('toUpperCase ' + w + ': ' + w.toUpperCase());
			if (new String(w).toLowerCase() !== lo) throw new Error('String object ' + w);
		}
	}
	if ('Ünïcode Straße'.toLowerCase() !== 'ünïcode straße' || 'straße'.toUpperCase() !== 'STRASSE') throw new Error('unicode');
	`
	if _, err := New().RunString(script); err != nil {
		t.Fatal(err)
	}
}

// A bound function's arguments are one copy shared by its call and
// construct paths (builtin_function.go bind): calls that nest, and calls
// with more arguments, must not see each other's.
func TestGojanetBindSharedArgs(t *testing.T) {
	const script = `
	function f(a, b, c, d) { return [this && this.n, a, b, c, d, arguments.length].join(','); }
	const o = {n: 'o'};
	const g = f.bind(o, 1, 2);
	const inner = () => g(5, 6);
	function h(x) { return g(x, inner()); }
	if (h(3) !== 'o,1,2,3,o,1,2,5,6,4,4') throw new Error('nested: ' + h(3));
	if (g() !== 'o,1,2,,,2') throw new Error('none: ' + g());
	if (g(7, 8, 9) !== 'o,1,2,7,8,5') throw new Error('more: ' + g(7, 8, 9));
	function C(a, b) { this.a = a; this.b = b; }
	const B = C.bind(null, 'x');
	const i = new B('y');
	if (i.a !== 'x' || i.b !== 'y' || !(i instanceof C) || !(i instanceof B)) throw new Error('construct');
	const many = f.bind(null, ...Array.from({length: 17}, (_, k) => k));
	if (many(99) !== ',0,1,2,3,18') throw new Error('many: ' + many(99));
	if (many.name !== 'bound f' || many.length !== 0 || g.length !== 2) throw new Error('name/length');
	Object.defineProperty(g, 'length', {value: 9});
	if (g.length !== 9) throw new Error('length redefined');
	`
	if _, err := New().RunString(script); err != nil {
		t.Fatal(err)
	}
}

// Template objects (builtin prototypes, the global object) remember names
// they were asked for and lack (object_template.go absentNames): a name
// added, deleted and added again, by any path, must be seen each time.
func TestGojanetTemplateAbsentNames(t *testing.T) {
	const script = `
	const o = {};
	for (let round = 0; round < 3; round++) {
		if (o.zzAbsent !== undefined || Object.prototype.zzAbsent !== undefined) throw new Error('absent ' + round);
		Object.prototype.zzAbsent = round;
		if (o.zzAbsent !== round) throw new Error('added ' + round);
		delete Object.prototype.zzAbsent;
		if (o.zzAbsent !== undefined) throw new Error('deleted ' + round);
		Object.defineProperty(Object.prototype, 'zzAbsent', {get() { return 'g' + round; }, configurable: true});
		if (o.zzAbsent !== 'g' + round) throw new Error('accessor ' + round);
		delete Object.prototype.zzAbsent;
		Reflect.set(Object.prototype, 'zzAbsent', 'r');
		if (o.zzAbsent !== 'r') throw new Error('Reflect.set ' + round);
		delete Object.prototype.zzAbsent;
	}
	// a template's own name deleted (a white hole), asked for, added back
	const ts = Object.prototype.toString;
	delete Object.prototype.toString;
	if ({}.toString !== undefined) throw new Error('white hole');
	if (String(Object.prototype.toString) !== 'undefined') throw new Error('white hole 2');
	Object.prototype.toString = ts;
	if ({}.toString() !== '[object Object]') throw new Error('restored');
	// delete one name, add another: as many values as before
	globalThis.zzA = 1;
	if (typeof zzB !== 'undefined') throw new Error('zzB');
	delete globalThis.zzA;
	globalThis.zzB = 2;
	if (zzB !== 2) throw new Error('zzB added');
	// index names on Array.prototype and Object.prototype
	const a = []; a[3] = 'x';
	Array.prototype[5] = 'p';
	const b = []; if (b[5] !== 'p') throw new Error('proto index'); b[5] = 'own';
	if (b[5] !== 'own' || Array.prototype[5] !== 'p') throw new Error('own index');
	delete Array.prototype[5];
	let seen;
	Object.defineProperty(Array.prototype, '6', {set(v) { seen = v; }, configurable: true});
	const c = []; c[6] = 'set'; if (seen !== 'set' || c.length !== 0) throw new Error('index setter');
	delete Array.prototype[6];
	const d = []; d[6] = 'own'; if (d.length !== 7) throw new Error('index after delete');
	`
	if _, err := New().RunString(script); err != nil {
		t.Fatal(err)
	}
}
