package net_test

import "testing"

// A handle's JS object keeps its fields in Go (handleobj.go) but behaves as
// an ordinary object for what js/net.js and scripts do with it: own keys in
// insertion order, any string key settable, delete, the prototype's methods
// and getters, instanceof; symbol keys are refused (a TypeError in strict code).
func TestHandleObjectProperties(t *testing.T) {
	got := run(t, `
const { TCP, constants } = process.binding('tcp_wrap');
const h = new TCP(constants.SOCKET);
console.log(h instanceof TCP, Object.getPrototypeOf(h) === TCP.prototype, typeof h.readStart, h.fd, Object.keys(h).length);
h.reading = false;
h.owner = 'me';
h.custom = 1;
h.onread = function onread() {};
console.log(Object.keys(h).join(), h.owner, h.reading, h.custom, typeof h.onread, 'owner' in h, 'missing' in h);
h.owner = 'again';
h.custom = 2;
console.log(Object.keys(h).join(), h.owner, h.custom, h.hasOwnProperty('custom'), h.hasOwnProperty('readStart'));
delete h.reading;
delete h.custom;
console.log(Object.keys(h).join(), h.reading, h.custom, JSON.stringify({ ...h, onread: undefined }));
(function () { 'use strict'; try { h[Symbol('s')] = 1; console.log('symbol set'); } catch (e) { console.log(e.constructor.name); } })();
class Sub extends TCP {}
const s = new Sub(constants.SOCKET);
console.log(s instanceof Sub, s instanceof TCP);
h.close(); s.close();
`)
	want := "true true function -1 0\n" +
		"reading,owner,custom,onread me false 1 function true false\n" +
		"reading,owner,custom,onread again 2 true false\n" +
		"owner,onread undefined undefined {\"owner\":\"again\"}\n" +
		"TypeError\n" +
		"true true\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
