// Package heapsnapshot writes a goja heap graph (goja's Runtime.HeapGraph,
// walked on the loop) as a V8 .heapsnapshot: the JSON Chrome DevTools'
// Memory tab loads and node's v8.getHeapSnapshot produces. The layout is
// V8's: a meta block naming the node and edge fields and types, then flat
// number arrays (nodes: 7 numbers each; edges: 3 each, grouped by their
// node in node order, to_node being the node's offset in the nodes array)
// and the string table the names index.
package heapsnapshot

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/dop251/goja"
)

// meta is V8's (node 20): the fields of a node and an edge, and the names
// of their types, in the order the numbers in the arrays mean.
const meta = `{"node_fields":["type","name","id","self_size","edge_count","trace_node_id","detachedness"],` +
	`"node_types":[["hidden","array","string","object","code","closure","regexp","number","native","synthetic",` +
	`"concatenated string","sliced string","symbol","bigint","object shape","wasm object"],` +
	`"string","number","number","number","number","number"],` +
	`"edge_fields":["type","name_or_index","to_node"],` +
	`"edge_types":[["context","element","property","internal","hidden","shortcut","weak"],"string_or_number","node"],` +
	`"trace_function_info_fields":["function_id","name","script_name","script_id","line","column"],` +
	`"trace_node_fields":["id","function_info_index","count","size","children"],` +
	`"sample_fields":["timestamp_us","last_assigned_id"],` +
	`"location_fields":["object_index","script_id","line","column"]}`

// nodeFields is how many numbers a node takes (len of meta's node_fields).
const nodeFields = 7

// Write writes g as a heap snapshot.
func Write(out io.Writer, g *goja.HeapGraph) error {
	w := bufio.NewWriterSize(out, 64<<10)
	strs := map[string]int{}
	var table []string
	str := func(s string) int {
		if i, ok := strs[s]; ok {
			return i
		}
		strs[s] = len(table)
		table = append(table, s)
		return len(table) - 1
	}
	str("<dummy>")

	var num []byte
	put := func(sep bool, n uint64) {
		if sep {
			w.WriteByte(',')
		}
		num = strconv.AppendUint(num[:0], n, 10)
		w.Write(num)
	}

	w.WriteString(`{"snapshot":{"meta":`)
	w.WriteString(meta)
	w.WriteString(`,"node_count":`)
	w.WriteString(strconv.Itoa(len(g.Nodes)))
	w.WriteString(`,"edge_count":`)
	w.WriteString(strconv.Itoa(len(g.Edges)))
	w.WriteString(`,"trace_function_count":0},` + "\n" + `"nodes":[`)
	for i, n := range g.Nodes {
		if i > 0 {
			w.WriteString(",\n")
		}
		put(false, uint64(n.Type))
		put(true, uint64(str(n.Name)))
		put(true, n.ID)
		put(true, uint64(n.SelfSize))
		put(true, uint64(n.EdgeCount))
		put(true, 0) // trace_node_id: no allocation tracking
		put(true, 0) // detachedness: unknown
	}
	w.WriteString("],\n" + `"edges":[`)
	for i, e := range g.Edges {
		if i > 0 {
			w.WriteString(",\n")
		}
		put(false, uint64(e.Type))
		if e.Type == goja.HeapEdgeElement || e.Type == goja.HeapEdgeHidden {
			put(true, uint64(e.Index))
		} else {
			put(true, uint64(str(e.Name)))
		}
		put(true, uint64(e.To*nodeFields))
	}
	w.WriteString("],\n" + `"trace_function_infos":[],` + "\n" + `"trace_tree":[],` + "\n" +
		`"samples":[],` + "\n" + `"locations":[],` + "\n" + `"strings":[`)
	for i, s := range table {
		if i > 0 {
			w.WriteString(",\n")
		}
		b, err := json.Marshal(s) // invalid UTF-8 (a lone surrogate) becomes U+FFFD
		if err != nil {
			return err
		}
		w.Write(b)
	}
	w.WriteString("]}\n")
	return w.Flush()
}
