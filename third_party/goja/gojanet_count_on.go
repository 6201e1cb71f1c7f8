//go:build gojanetcount

package goja

// A development tool, built only with `-tags gojanetcount`: the run loop
// counts the instructions it dispatches per function and per pc, and
// nativeFuncObject.vmCall counts calls into Go functions by name, so that a
// benchmark can say what one request runs (runtime/http_bench_test.go writes
// the counts when GOJANET_COUNT names a file). Counting is for one VM at a
// time, from the goroutine that runs it, between StartCounting and
// StopCounting; the maps are not locked.

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync/atomic"
)

const countOn = true

var (
	counting     atomic.Bool
	turnCounts   = map[*Program]int{}
	pcCounts     = map[*Program]map[int]int{}
	nativeCounts = map[string]int{}
	framedCounts = map[string]int{}
)

func countTurn(vm *vm) {
	if !counting.Load() {
		return
	}
	curVM = vm
	turnCounts[vm.prg]++
	m := pcCounts[vm.prg]
	if m == nil {
		m = map[int]int{}
		pcCounts[vm.prg] = m
	}
	m[vm.pc]++
	countPair(vm, false)
}

// countChain counts a chained instruction (run by the one before it with
// no dispatch: chainNext) as the second of a pair, not as a dispatch.
func countChain(vm *vm) {
	if counting.Load() {
		countPair(vm, true)
	}
}

func countPair(vm *vm, chained bool) {
	if prevPrg == vm.prg && vm.prg != nil {
		pairCounts[pairKey{vm.prg, prevPc, vm.pc, chained}]++
	}
	prevPrg, prevPc = vm.prg, vm.pc
}

// Successive dispatches in one program (prev pc, this pc): which pairs
// run most, for choosing fusions.
var (
	prevPrg    *Program
	prevPc     int
	pairCounts = map[pairKey]int{}
)

type pairKey struct {
	p        *Program
	from, to int
	chained  bool
}

func countNative(f *nativeFuncObject) {
	if !counting.Load() {
		return
	}
	name := "?"
	if v := f.getStr("name", nil); v != nil {
		name = v.String()
	}
	nativeCounts[name]++
}

// countFramed counts a Go function call that took the framed path (no leaf
// or fast path answered it) by name, receiver type and calling line.
func countFramed(vm *vm, f *nativeFuncObject, n int) {
	if !counting.Load() {
		return
	}
	name := "?"
	if v := f.getStr("name", nil); v != nil {
		name = v.String()
	}
	this := vm.stack[vm.sp-n-1] // [f, this, args...]
	recv := fmt.Sprintf("%T", this)
	if o, ok := this.(*Object); ok {
		recv = fmt.Sprintf("%T", o.self)
	}
	args := ""
	for _, a := range vm.stack[vm.sp-n : vm.sp] {
		if o, ok := a.(*Object); ok {
			args += fmt.Sprintf(" %T", o.self)
		} else {
			args += fmt.Sprintf(" %T", a)
		}
	}
	where := "?"
	if p := vm.prg; p != nil && p.src != nil {
		pos := p.src.Position(p.sourceOffset(vm.pc))
		where = fmt.Sprintf("%s %s:%d", p.funcName.String(), pos.Filename, pos.Line)
	}
	framedCounts[fmt.Sprintf("%s this=%s args=%s at %s", name, recv, args, where)]++
}

// CountsEnabled reports whether this build counts (the gojanetcount tag).
func CountsEnabled() bool { return true }

// ResetCounts forgets what was counted.
func ResetCounts() {
	turnCounts = map[*Program]int{}
	pcCounts = map[*Program]map[int]int{}
	nativeCounts = map[string]int{}
	framedCounts = map[string]int{}
	readCounts = map[readKey]int{}
	pairCounts = map[pairKey]int{}
	prevPrg = nil
}

// StartCounting and StopCounting bracket what is counted.
func StartCounting() { counting.Store(true) }
func StopCounting()  { counting.Store(false) }

// DumpCounts writes the counts divided by div (the number of operations):
// instructions per function, Go function calls by name, and the 25 busiest
// functions instruction by instruction.
func DumpCounts(path string, div int) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	per := func(n int) float64 { return float64(n) / float64(div) }
	type progCount struct {
		p *Program
		n int
	}
	var progs []progCount
	total := 0
	for p, n := range turnCounts {
		progs = append(progs, progCount{p, n})
		total += n
	}
	sort.Slice(progs, func(i, j int) bool { return progs[i].n > progs[j].n })
	fmt.Fprintf(f, "instructions per op %.1f\n", per(total))
	where := func(p *Program, pc int) (string, int) {
		if p == nil || p.src == nil || len(p.code) == 0 {
			return "?", 0
		}
		pos := p.src.Position(p.sourceOffset(pc))
		return pos.Filename, pos.Line
	}
	for _, e := range progs {
		name := "?"
		if e.p != nil {
			name = e.p.funcName.String()
		}
		file, line := where(e.p, 0)
		fmt.Fprintf(f, "%8.1f %s %s:%d\n", per(e.n), name, file, line)
	}
	type nameCount struct {
		s string
		n int
	}
	var natives []nameCount
	nt := 0
	for s, n := range nativeCounts {
		natives = append(natives, nameCount{s, n})
		nt += n
	}
	sort.Slice(natives, func(i, j int) bool { return natives[i].n > natives[j].n })
	fmt.Fprintf(f, "\nGo function calls per op %.1f\n", per(nt))
	for _, e := range natives {
		fmt.Fprintf(f, "%8.2f %s\n", per(e.n), e.s)
	}
	var framed []nameCount
	ft := 0
	for s, n := range framedCounts {
		framed = append(framed, nameCount{s, n})
		ft += n
	}
	sort.Slice(framed, func(i, j int) bool { return framed[i].n > framed[j].n })
	fmt.Fprintf(f, "\nof which framed (no leaf or fast path) per op %.1f\n", per(ft))
	for _, e := range framed {
		fmt.Fprintf(f, "%8.2f %s\n", per(e.n), e.s)
	}
	byType := map[string]int{}
	for p, m := range pcCounts {
		if p == nil {
			continue
		}
		for pc, c := range m {
			if pc < len(p.code) {
				byType[fmt.Sprintf("%T", p.code[pc])] += c
			}
		}
	}
	var types []nameCount
	for s, n := range byType {
		types = append(types, nameCount{s, n})
	}
	sort.Slice(types, func(i, j int) bool { return types[i].n > types[j].n })
	fmt.Fprintf(f, "\ninstructions by type per op\n")
	for _, e := range types {
		fmt.Fprintf(f, "%8.2f %s\n", per(e.n), e.s)
	}
	dumpReads(f, per)
	dumpPairs(f, per)
	// Instructions that make a stash, closure, object, array or regexp, by site.
	type siteCount struct {
		s string
		n int
	}
	var sites []siteCount
	for p, m := range pcCounts {
		if p == nil {
			continue
		}
		for pc, c := range m {
			if pc >= len(p.code) {
				continue
			}
			t := fmt.Sprintf("%T", p.code[pc])
			if !strings.Contains(t, "new") && !strings.Contains(t, "New") && !strings.Contains(t, "enter") && !strings.Contains(t, "lateStash") || strings.Contains(t, "Stashless") {
				continue
			}
			file, line := where(p, pc)
			sites = append(sites, siteCount{fmt.Sprintf("%s %s:%d pc%d %T %v", p.funcName.String(), file, line, pc, p.code[pc], p.code[pc]), c})
		}
	}
	sort.Slice(sites, func(i, j int) bool { return sites[i].n > sites[j].n })
	fmt.Fprintf(f, "\nallocating instruction sites per op\n")
	for _, e := range sites {
		fmt.Fprintf(f, "%8.2f %s\n", per(e.n), e.s)
	}
	for i, e := range progs {
		if i >= 25 || e.p == nil {
			break
		}
		fmt.Fprintf(f, "\n== %s (%.1f)\n", e.p.funcName.String(), per(e.n))
		m := pcCounts[e.p]
		for pc := range e.p.code {
			if c := m[pc]; c > 0 {
				_, line := where(e.p, pc)
				fmt.Fprintf(f, "  %4d L%d %6.2f %T %v\n", pc, line, per(c), e.p.code[pc], e.p.code[pc])
			}
		}
	}
}

// Property reads (engineperf27): what fastGet was asked and what the slow
// paths saw, per site (program, pc), for finding which reads miss.
var (
	curVM      *vm
	readCounts = map[readKey]int{}
)

type readKey struct {
	p    *Program
	pc   int
	what string
}

func countRead(what string) {
	if !counting.Load() || curVM == nil {
		return
	}
	readCounts[readKey{curVM.prg, curVM.pc, what}]++
}

// countFast classifies a call of fastGet by what its entry says.
func countFast(c *propIC, o *Object) {
	if !counting.Load() {
		return
	}
	es := c.p.Load()
	if es == nil {
		countRead("fast:nocache")
		return
	}
	bo, ok := o.self.(*baseObject)
	kind := fmt.Sprintf("%T", o.self)
	if !ok {
		bo, _ = embeddedBase(o)
		if bo == nil {
			countRead("fast:notbase " + kind)
			return
		}
	}
	sh := bo.icShape()
	e := es.find(sh)
	if e == nil {
		countRead(fmt.Sprintf("fast:noentry n=%d fills=%d %s", es.n, c.fills.Load(), kind))
		return
	}
	way := 0
	for i := 1; i < int(es.n); i++ {
		if es.entry(i).sh == sh {
			way = i
		}
	}
	hk := ""
	if e.depth > 0 {
		h := bo.prototype
		for d := int32(1); d < e.depth && h != nil; d++ {
			h = h.self.proto()
		}
		if h != nil {
			hk = fmt.Sprintf(" holder=%T", h.self)
		}
	}
	countRead(fmt.Sprintf("fast:depth=%d way=%d%s %s", e.depth, way, hk, kind))
}

func dumpReads(f *os.File, per func(int) float64) {
	type rc struct {
		k readKey
		n int
	}
	var rs []rc
	for k, n := range readCounts {
		rs = append(rs, rc{k, n})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].n > rs[j].n })
	fmt.Fprintf(f, "\nreads past ownHit per op\n")
	for _, r := range rs {
		file, line, ins := "?", 0, ""
		if p := r.k.p; p != nil && p.src != nil && len(p.code) > 0 {
			pos := p.src.Position(p.sourceOffset(r.k.pc))
			file, line = pos.Filename, pos.Line
			if r.k.pc < len(p.code) {
				ins = fmt.Sprintf("%v", p.code[r.k.pc])
			}
		}
		fmt.Fprintf(f, "%8.2f %s %s:%d pc%d %s\n", per(r.n), r.k.what, file, line, r.k.pc, ins)
	}
}

func countSlow(what string, v Value) {
	if !counting.Load() {
		return
	}
	k := fmt.Sprintf("%T", v)
	if o, ok := v.(*Object); ok {
		k = fmt.Sprintf("%T", o.self)
	}
	countRead("slow:" + what + " " + k)
}

// dumpPairs writes the dispatched pairs by their instructions' types (a
// fall-through: the second right after the first's slots) and the busiest
// sites of each.
func dumpPairs(f *os.File, per func(int) float64) {
	type site struct {
		k pairKey
		n int
	}
	byType := map[string][]site{}
	tot := map[string]int{}
	for k, n := range pairCounts {
		if k.p.src == nil || k.from >= len(k.p.code) || k.to >= len(k.p.code) || k.to <= k.from || k.to > k.from+4 {
			continue
		}
		join := " + "
		if k.chained {
			join = " => "
		}
		t := fmt.Sprintf("%T%s%T", k.p.code[k.from], join, k.p.code[k.to])
		byType[t] = append(byType[t], site{k, n})
		tot[t] += n
	}
	var ts []string
	for t := range tot {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return tot[ts[i]] > tot[ts[j]] })
	fmt.Fprintf(f, "\nfall-through pairs per op\n")
	for i, t := range ts {
		if i >= 80 {
			break
		}
		fmt.Fprintf(f, "%8.2f %s\n", per(tot[t]), t)
		ss := byType[t]
		sort.Slice(ss, func(i, j int) bool { return ss[i].n > ss[j].n })
		for j, s := range ss {
			if j >= 6 {
				break
			}
			p := s.k.p
			pos := p.src.Position(p.sourceOffset(s.k.from))
			fmt.Fprintf(f, "      %6.2f %s %s:%d pc%d %v ; %v\n", per(s.n), p.funcName.String(), pos.Filename, pos.Line, s.k.from, p.code[s.k.from], p.code[s.k.to])
		}
	}
}
