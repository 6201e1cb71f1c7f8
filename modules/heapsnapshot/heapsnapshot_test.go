package heapsnapshot

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dop251/goja"
)

// TestWrite: the JSON parses, its counts agree with its arrays, every
// to_node is a node's offset, names index the string table, and a string
// with a lone surrogate is still valid JSON.
func TestWrite(t *testing.T) {
	vm := goja.New()
	if _, err := vm.RunString(`var keep = { name: 'writer test', bad: '\ud800x', list: [1.5, 'two'] };`); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, vm.HeapGraph(goja.HeapGraphOptions{})); err != nil {
		t.Fatal(err)
	}
	var s struct {
		Snapshot struct {
			Meta struct {
				NodeFields []string `json:"node_fields"`
				EdgeFields []string `json:"edge_fields"`
				NodeTypes  []any    `json:"node_types"`
				EdgeTypes  []any    `json:"edge_types"`
			} `json:"meta"`
			NodeCount int `json:"node_count"`
			EdgeCount int `json:"edge_count"`
		} `json:"snapshot"`
		Nodes   []uint64 `json:"nodes"`
		Edges   []uint64 `json:"edges"`
		Strings []string `json:"strings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &s); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	nf, ef := len(s.Snapshot.Meta.NodeFields), len(s.Snapshot.Meta.EdgeFields)
	if nf != nodeFields || ef != 3 {
		t.Fatalf("fields %d %d", nf, ef)
	}
	if len(s.Nodes) != nf*s.Snapshot.NodeCount || len(s.Edges) != ef*s.Snapshot.EdgeCount {
		t.Fatal("counts differ from the arrays")
	}
	sum := uint64(0)
	for i := 0; i < len(s.Nodes); i += nf {
		if s.Nodes[i+1] >= uint64(len(s.Strings)) {
			t.Fatal("node name out of the table")
		}
		sum += s.Nodes[i+4]
	}
	if sum != uint64(s.Snapshot.EdgeCount) {
		t.Fatalf("edge counts sum %d, edges %d", sum, s.Snapshot.EdgeCount)
	}
	for i := 0; i < len(s.Edges); i += ef {
		if to := s.Edges[i+2]; to%uint64(nf) != 0 || to >= uint64(len(s.Nodes)) {
			t.Fatalf("to_node %d", to)
		}
		typ := s.Edges[i]
		if typ != uint64(goja.HeapEdgeElement) && typ != uint64(goja.HeapEdgeHidden) && s.Edges[i+1] >= uint64(len(s.Strings)) {
			t.Fatal("edge name out of the table")
		}
	}
	found := false
	for _, str := range s.Strings {
		if str == "writer test" {
			found = true
		}
	}
	if !found {
		t.Fatal("the object's string is not in the table")
	}
}
