// Command loopstall measures how long a gojanet server's event loop could
// have run but did not, and what ran instead, from two recordings of the
// same minutes:
//
//	GOJANET_TRACE=t.out,9s gojanet server.js &        # Go execution trace
//	perf record -e sched:sched_switch -k CLOCK_MONOTONIC -C <cpu> -o p.data -- sleep 3
//	loopstall -trace t.out -perf p.data
//
// The loop goroutine is goroutine 1. It stalls while it is runnable in Go's
// scheduler (a GC worker or another goroutine has its P), or while it is
// running or in a system call on a thread the kernel has preempted (another
// thread has the CPU). Each stall's time is split by what the CPU ran: a
// thread of the server (a sibling: Go's mark workers, sweeper, spinning
// threads), another process, or nothing. Stalls are counted apart for the
// collections' windows (a mark and the 100 ms after it, when the sweeper
// runs). Server threads are the trace's Ms (thread ids); perf's clock must
// be CLOCK_MONOTONIC, the trace's. The trace costs something too: its
// writer goroutine flushes about once a second, on a sibling thread. The
// siblings' figures depend on which thread the kernel picks, not on how
// busy the machine is: README "p99 and the collector" compares settings
// with them.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	traceFile := flag.String("trace", "", "Go execution trace of the server")
	perfFile := flag.String("perf", "", "perf.data with sched:sched_switch on the server's CPU")
	after := flag.Float64("after", 0.1, "seconds after a mark counted as its window")
	list := flag.Float64("list", 0, "list the stalls with more than this many ms of sibling time (0: none)")
	flag.Parse()
	if *traceFile == "" || *perfFile == "" {
		flag.Usage()
		os.Exit(2)
	}
	tr, err := readTrace(*traceFile)
	if err != nil {
		fail(err)
	}
	sw, err := readSwitches(*perfFile)
	if err != nil {
		fail(err)
	}
	if len(sw) == 0 {
		fail(fmt.Errorf("no sched_switch events in %s", *perfFile))
	}
	report(tr, sw, int64(*after*1e9), *list)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "loopstall:", err)
	os.Exit(1)
}

// loopState is goroutine 1's state from t on, on thread m.
type loopState struct {
	t     int64
	state string // Running, Runnable, Syscall, Waiting, ...
	m     int
}

// mEvent is the goroutine a thread ran at its event at t, for attributing
// a sibling's time.
type mEvent struct {
	t    int64
	g    int
	what string
}

type traceData struct {
	loop  []loopState
	marks [][2]int64
	ms    map[int][]mEvent
}

var evRE = regexp.MustCompile(`^M=(-?\d+) P=(-?\d+) G=(-?\d+) (\w+) Time=(\d+) (.*)`)

// readTrace reads `go tool trace -d=parsed`'s dump of file.
func readTrace(file string) (*traceData, error) {
	cmd := exec.Command("go", "tool", "trace", "-d=parsed", file)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	td := &traceData{ms: map[int][]mEvent{}}
	var markStart int64
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := evRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		mid, _ := strconv.Atoi(m[1])
		g, _ := strconv.Atoi(m[3])
		t, _ := strconv.ParseInt(m[5], 10, 64)
		kind, rest := m[4], m[6]
		if kind != "Metric" && mid >= 0 {
			td.ms[mid] = append(td.ms[mid], mEvent{t, g, label(kind, rest)})
		}
		switch {
		case kind == "StateTransition" && strings.HasPrefix(rest, "GoID=1 "):
			f := strings.Fields(rest)
			if len(f) > 1 {
				_, to, _ := strings.Cut(f[1], "->")
				td.loop = append(td.loop, loopState{t, to, mid})
			}
		case kind == "RangeBegin" && strings.Contains(rest, "concurrent mark"):
			markStart = t
		case kind == "RangeEnd" && strings.Contains(rest, "concurrent mark") && markStart != 0:
			td.marks = append(td.marks, [2]int64{markStart, t})
			markStart = 0
		}
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("go tool trace: %v", err)
	}
	return td, nil
}

// label names what a thread was doing as of one of its events.
func label(kind, rest string) string {
	if kind == "Label" {
		if i := strings.Index(rest, `Label="`); i >= 0 {
			s := rest[i+7:]
			if j := strings.IndexByte(s, '"'); j >= 0 {
				return s[:j]
			}
		}
	}
	if kind == "StateTransition" {
		f := strings.Fields(rest)
		if len(f) > 1 && strings.HasPrefix(f[0], "GoID=") {
			return "after " + f[0] + " " + f[1]
		}
	}
	if kind == "RangeBegin" || kind == "RangeEnd" {
		if i := strings.Index(rest, `Name="`); i >= 0 {
			s := rest[i+6:]
			if j := strings.IndexByte(s, '"'); j >= 0 {
				return kind + " " + s[:j]
			}
		}
	}
	return kind
}

type cpuSwitch struct {
	t         int64
	prev      int
	preempted bool // prev was still runnable
	next      int
}

var swRE = regexp.MustCompile(`^\s*(\d+)\.(\d+):.*prev_pid=(\d+) .*prev_state=(\S+) ==> .*next_pid=(\d+)`)

// readSwitches reads perf script's sched_switch events from file.
func readSwitches(file string) ([]cpuSwitch, error) {
	cmd := exec.Command("perf", "script", "-i", file, "-F", "time,event,trace", "--ns")
	cmd.Stderr = nil
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var sw []cpuSwitch
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if !strings.Contains(line, "sched_switch") {
			continue
		}
		m := swRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		sec, _ := strconv.ParseInt(m[1], 10, 64)
		frac := (m[2] + "000000000")[:9]
		ns, _ := strconv.ParseInt(frac, 10, 64)
		prev, _ := strconv.Atoi(m[3])
		next, _ := strconv.Atoi(m[5])
		sw = append(sw, cpuSwitch{sec*1e9 + ns, prev, strings.HasPrefix(m[4], "R"), next})
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("perf script: %v", err)
	}
	return sw, nil
}

type stall struct {
	start, length        int64
	sibling, other, idle int64
	who                  map[string]int64
}

func report(td *traceData, sw []cpuSwitch, after int64, list float64) {
	t0, t1 := sw[0].t, sw[len(sw)-1].t
	// Walk the CPU's switches and the loop's transitions in time order.
	type ev struct {
		t    int64
		sw   *cpuSwitch
		loop *loopState
	}
	var evs []ev
	for i := range sw {
		evs = append(evs, ev{t: sw[i].t, sw: &sw[i]})
	}
	for i := range td.loop {
		evs = append(evs, ev{t: td.loop[i].t, loop: &td.loop[i]})
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].t < evs[j].t })
	onCPU := -1
	preempted := map[int]bool{}
	var loop *loopState
	var cur *stall
	var stalls []stall
	last := int64(0)
	stalled := func() bool {
		if loop == nil {
			return false
		}
		switch loop.state {
		case "Runnable":
			return true
		case "Running", "Syscall":
			return loop.m != onCPU && preempted[loop.m]
		}
		return false
	}
	for _, e := range evs {
		if e.t < t0 {
			if e.loop != nil {
				loop = e.loop
			}
			continue
		}
		if cur != nil && last != 0 {
			d := e.t - last
			switch _, server := td.ms[onCPU]; {
			case server:
				cur.sibling += d
				attribute(td.ms[onCPU], last, e.t, cur.who)
			case onCPU <= 0:
				cur.idle += d
			default:
				cur.other += d
			}
		}
		last = e.t
		if e.sw != nil {
			preempted[e.sw.prev] = e.sw.preempted
			preempted[e.sw.next] = false
			onCPU = e.sw.next
		} else {
			loop = e.loop
		}
		s := stalled()
		if s && cur == nil {
			cur = &stall{start: e.t, who: map[string]int64{}}
		} else if !s && cur != nil {
			cur.length = e.t - cur.start
			stalls = append(stalls, *cur)
			cur = nil
		}
	}
	span := float64(t1-t0) / 1e9
	inMark := func(t int64) bool {
		for _, m := range td.marks {
			if m[0] <= t && t < m[1]+after {
				return true
			}
		}
		return false
	}
	marks := 0
	for _, m := range td.marks {
		if t0 <= m[0] && m[0] < t1 {
			marks++
		}
	}
	fmt.Printf("window %.2f s, %d marks began in it\n", span, marks)
	var in, out []stall
	for _, s := range stalls {
		if inMark(s.start) {
			in = append(in, s)
		} else {
			out = append(out, s)
		}
	}
	summary := func(name string, ss []stall) {
		var tot, sib, oth, n1, n2, s1, s2 int64
		for _, s := range ss {
			tot += s.length
			sib += s.sibling
			oth += s.other
			if s.length > 1e6 {
				n1++
			}
			if s.length > 2e6 {
				n2++
			}
			if s.sibling > 1e6 {
				s1++
			}
			if s.sibling > 2e6 {
				s2++
			}
		}
		fmt.Printf("%-32s %5d stalls, %5.1f ms/s (siblings %5.1f, other processes %5.1f); > 1 ms %d, > 2 ms %d; with > 1 ms of siblings %d, > 2 ms %d\n",
			name, len(ss), float64(tot)/1e6/span, float64(sib)/1e6/span, float64(oth)/1e6/span, n1, n2, s1, s2)
	}
	summary("all:", stalls)
	summary("in a mark or just after it:", in)
	summary("elsewhere:", out)
	if marks > 0 {
		var sib, s1 int64
		for _, s := range in {
			sib += s.sibling
			if s.sibling > 1e6 {
				s1++
			}
		}
		fmt.Printf("per collection: siblings held the loop %.1f ms, in %.1f stalls of > 1 ms\n", float64(sib)/1e6/float64(marks), float64(s1)/float64(marks))
	}
	who := map[string]int64{}
	for _, s := range stalls {
		for k, v := range s.who {
			who[k] += v
		}
	}
	fmt.Println("sibling time by what the thread last did (ms/s):")
	for _, kv := range top(who, 10) {
		fmt.Printf("  %6.2f  %s\n", float64(kv.v)/1e6/span, kv.k)
	}
	if list > 0 {
		for _, s := range stalls {
			if float64(s.sibling) <= list*1e6 {
				continue
			}
			where := "    "
			if inMark(s.start) {
				where = "MARK"
			}
			var parts []string
			for _, kv := range top(s.who, 3) {
				parts = append(parts, fmt.Sprintf("%s %.2f", kv.k, float64(kv.v)/1e6))
			}
			fmt.Printf("  %8.3f s %s %5.2f ms (siblings %.2f, other %.2f): %s\n", float64(s.start-t0)/1e9, where,
				float64(s.length)/1e6, float64(s.sibling)/1e6, float64(s.other)/1e6, strings.Join(parts, "; "))
		}
	}
}

// attribute adds [a, b) of a thread's time to who, split by what the
// thread was doing: the label of its last event before each part.
func attribute(evs []mEvent, a, b int64, who map[string]int64) {
	i := sort.Search(len(evs), func(i int) bool { return evs[i].t > a }) - 1
	for a < b {
		end := b
		if i+1 < len(evs) && evs[i+1].t < b {
			end = evs[i+1].t
		}
		k := "no event yet"
		if i >= 0 {
			k = fmt.Sprintf("G%d %s", evs[i].g, evs[i].what)
		}
		who[k] += end - a
		a = end
		i++
	}
}

type kv struct {
	k string
	v int64
}

func top(m map[string]int64, n int) []kv {
	var s []kv
	for k, v := range m {
		s = append(s, kv{k, v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v })
	if len(s) > n {
		s = s[:n]
	}
	return s
}
