package goja

import "testing"

// Express's per-request prototype change: an object of 30 properties made
// by a constructor, then given another prototype (app.request over
// IncomingMessage.prototype), its methods read from there.
func BenchmarkGojanetSetPrototypeOf(b *testing.B) {
	benchScript(b, `
	function Msg(i) { for (let j = 0; j < 30; j++) this['p' + j] = i; }
	Msg.prototype.base = function () { return 1; };
	const app = Object.create(Msg.prototype);
	app.get = function () { return this.p3; };
	const keys = []; for (let j = 0; j < 30; j++) keys.push('p' + j);
	const protos = [Msg.prototype]; // the instances start from one shape
	function Req(i) { for (let j = 0; j < 30; j++) this[keys[j]] = i; }
	Req.prototype = Msg.prototype;
	function run() {
		let n = 0;
		for (let i = 0; i < 10; i++) {
			const r = new Req(i);
			Object.setPrototypeOf(r, app);
			n += r.get() + r.base();
		}
		return n;
	}`, "run")
}

// Method reads from prototypes one and two up, ES5 style (plain data
// properties: node's streams and http) and class style (non-enumerable).
func BenchmarkGojanetProtoReads(b *testing.B) {
	benchScript(b, `
	function Base() { this.a = 1; }
	Base.prototype.m1 = function () { return this.a; };
	function Mid() { Base.call(this); this.b = 2; }
	Mid.prototype = Object.create(Base.prototype);
	Mid.prototype.m2 = function () { return this.b; };
	class K { constructor() { this.c = 3; } k() { return this.c; } }
	const o = new Mid(), k = new K();
	function run() {
		let n = 0;
		for (let i = 0; i < 100; i++) n += o.m1() + o.m2() + k.k();
		return n;
	}`, "run")
}

// String concatenation of short ASCII strings: header values, paths.
func BenchmarkGojanetConcat(b *testing.B) {
	benchScript(b, `
	const names = ['content-type', 'content-length', 'etag', 'x-powered-by'];
	function run() {
		let n = 0;
		for (let i = 0; i < 100; i++) {
			const s = names[i & 3] + ': ' + 'text/plain' + '\r\n';
			n += s.length;
		}
		return n;
	}`, "run")
}
