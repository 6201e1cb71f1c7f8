package goja

import "testing"

// heapEdgesOf returns node i's edges.
func heapEdgesOf(g *HeapGraph, i int) []HeapEdge {
	first := 0
	for j := 0; j < i; j++ {
		first += g.Nodes[j].EdgeCount
	}
	return g.Edges[first : first+g.Nodes[i].EdgeCount]
}

func heapFind(g *HeapGraph, typ HeapNodeType, name string) int {
	for i, n := range g.Nodes {
		if n.Type == typ && n.Name == name {
			return i
		}
	}
	return -1
}

func heapEdge(g *HeapGraph, from int, typ HeapEdgeType, name string) int {
	for _, e := range heapEdgesOf(g, from) {
		if e.Type == typ && e.Name == name {
			return e.To
		}
	}
	return -1
}

func TestHeapGraph(t *testing.T) {
	r := New()
	_, err := r.RunString(`
class HeapWalkKlass { constructor() { this.alpha = 1.5; this.beta = 'hello heap'; this.gamma = [7, {deep: true}]; } }
var keep = new HeapWalkKlass();
let lexical = new Map([['k', {inMap: 1}]]);
function make() { const captured = {cap: 1}; return function heapInner() { return captured; }; }
var fn = make();
var prox = new Proxy({}, { get() { throw new Error('trap ran'); } });
keep[Symbol('tag')] = 'symval';
class WithPrivate { #secret = 'private-marker'; }
var priv = new WithPrivate();
var wm = new WeakMap([[keep, 'weak-value-marker']]);
Object.defineProperty(keep, 'acc', { get() { throw new Error('getter ran'); } });
`)
	if err != nil {
		t.Fatal(err)
	}
	g := r.HeapGraph(HeapGraphOptions{Roots: []HeapRoot{{Name: "extra", Value: r.ToValue("a host root")}}})

	total := 0
	for _, n := range g.Nodes {
		total += n.EdgeCount
	}
	if total != len(g.Edges) {
		t.Fatalf("edge counts %d, edges %d", total, len(g.Edges))
	}
	ids := map[uint64]bool{}
	for _, n := range g.Nodes {
		if ids[n.ID] {
			t.Fatalf("id %d twice", n.ID)
		}
		ids[n.ID] = true
		if n.ID >= 1<<53 {
			t.Fatalf("id %d past 2^53", n.ID)
		}
	}
	for _, e := range g.Edges {
		if e.To < 0 || e.To >= len(g.Nodes) {
			t.Fatalf("edge to %d", e.To)
		}
	}

	k := heapFind(g, HeapObject, "HeapWalkKlass")
	if k < 0 {
		t.Fatal("no HeapWalkKlass object")
	}
	if to := heapEdge(g, k, HeapEdgeProperty, "beta"); to < 0 || g.Nodes[to].Type != HeapString || g.Nodes[to].Name != "hello heap" {
		t.Fatalf("beta: %d", to)
	}
	if to := heapEdge(g, k, HeapEdgeProperty, "alpha"); to < 0 || g.Nodes[to].Type != HeapNumber {
		t.Fatalf("alpha: %d", to)
	}
	arr := heapEdge(g, k, HeapEdgeProperty, "gamma")
	if arr < 0 || g.Nodes[arr].Name != "Array" {
		t.Fatalf("gamma: %d", arr)
	}
	if es := heapEdgesOf(g, arr); len(es) == 0 {
		t.Fatal("array without edges")
	}
	found := false
	for _, e := range heapEdgesOf(g, arr) {
		if e.Type == HeapEdgeElement && e.Index == 1 && heapEdge(g, e.To, HeapEdgeProperty, "deep") == -1 {
			found = true // deep: true is an oddball, no edge; the object is there
		}
	}
	if !found {
		t.Fatal("array element 1 missing")
	}
	if heapEdge(g, k, HeapEdgeProperty, "<symbol tag>") < 0 || heapEdge(g, k, HeapEdgeProperty, "get acc") < 0 {
		t.Fatal("symbol or accessor property missing")
	}
	if p := heapEdge(g, k, HeapEdgeProperty, "__proto__"); p < 0 || g.Nodes[p].Name != "Object" {
		t.Fatalf("__proto__ %d", p)
	}

	inner := heapFind(g, HeapClosure, "heapInner")
	if inner < 0 {
		t.Fatal("no closure heapInner")
	}
	ctx := heapEdge(g, inner, HeapEdgeInternal, "context")
	if ctx < 0 || g.Nodes[ctx].Name != "system / Context" {
		t.Fatal("closure without its context")
	}
	capFound := false
	for _, e := range heapEdgesOf(g, ctx) {
		if e.Type == HeapEdgeContext && heapEdge(g, e.To, HeapEdgeProperty, "__proto__") >= 0 && g.Nodes[e.To].Name == "Object" {
			capFound = true
		}
	}
	if !capFound {
		t.Fatal("captured object not in the context")
	}

	m := heapFind(g, HeapObject, "Map")
	if m < 0 {
		t.Fatal("no Map")
	}
	if es := heapEdgesOf(g, m); len(es) < 2 {
		t.Fatal("map entries missing")
	}
	if heapFind(g, HeapString, "a host root") < 0 {
		t.Fatal("host root missing")
	}
	if heapFind(g, HeapString, "private-marker") < 0 || heapFind(g, HeapString, "weak-value-marker") < 0 {
		t.Fatal("private field or WeakMap value missing")
	}
	if heapFind(g, HeapObject, "Proxy") < 0 {
		t.Fatal("proxy missing")
	}

	// Ids are stable across snapshots.
	g2 := r.HeapGraph(HeapGraphOptions{})
	if k2 := heapFind(g2, HeapObject, "HeapWalkKlass"); g2.Nodes[k2].ID != g.Nodes[k].ID {
		t.Fatal("object id changed")
	}
}

// A revoked Proxy keeps nil target and handler (typed nil *Object values):
// the walk skips them rather than failing every snapshot.
func TestHeapGraphRevokedProxy(t *testing.T) {
	r := New()
	_, err := r.RunString(`
var rev = Proxy.revocable({}, {});
rev.revoke();
var keepRevoked = { p: rev.proxy };
var bound = (function () {}).bind(rev.proxy, rev.proxy);
`)
	if err != nil {
		t.Fatal(err)
	}
	g := r.HeapGraph(HeapGraphOptions{})
	p := heapFind(g, HeapObject, "Proxy")
	if p < 0 {
		t.Fatal("no Proxy node")
	}
	if to := heapEdge(g, p, HeapEdgeInternal, "target"); to >= 0 {
		t.Fatalf("revoked proxy has a target edge to %d", to)
	}
}
