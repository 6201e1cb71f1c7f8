// Command netbench is gojanet's load generator for echo servers that greet
// with "hello\r\n" (the docs' echo script). It targets loopback only and
// every run is bounded in time.
//
//	netbench pingpong -addr 127.0.0.1:8124 -c 50 -size 64 -d 5s
//	netbench stream   -addr 127.0.0.1:8124 -c 4 -size 65536 -d 5s
//	netbench connect  -addr 127.0.0.1:8124 -d 5s -pid <server pid>
//	netbench firstecho -addr 127.0.0.1:8124 -d 5s -pid <server pid>
//	netbench idle     -addr 127.0.0.1:8124 -n 10000 -pid <server pid>
//	netbench http     -addr 127.0.0.1:8124 -c 50 -d 5s -pid <server pid>   (testdata/http-hello.js)
//	netbench httpclose -addr 127.0.0.1:8124 -c 8 -d 5s -pid <server pid>   (one request per connection)
//	netbench httpidle -addr 127.0.0.1:8124 -n 10000 -pid <server pid>   (idle keep-alive connections)
//	netbench sys      -of http -count 200000 -pid <server pid> [-perf]   (fixed count: CPU, faults, switches, system calls per exchange; see sys.go)
//	netbench udpecho  -addr 127.0.0.1:8124 -c 1 -size 64 -d 5s -pid <server pid>   (testdata/bench/udp-echo.js)
//	netbench startup  -- gojanet testdata/doc-echo.ts
//	netbench compare  -rounds 3 -script testdata/doc-echo.ts -gojanet ./gojanet
//	netbench soak     -d 1h -every 1m   (see soak.go)
//	netbench compare  -tls ecdsa -script testdata/tls-echo.js -node-script testdata/tls-echo.js -measures stream,connect,idle   (see tls.go)
//	netbench compare  -script testdata/http-hello.js -node-script testdata/http-hello.js -measures http,httpclose,httpidle -gojanet ./gojanet   (the http rows)
//	netbench compare  -npm express@4 -script testdata/bench/express-hello.js -node-script testdata/bench/express-hello.js -measures http   (the Express row, see npm.go)
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func usage() {
	fmt.Fprintln(os.Stderr, `usage: netbench <pingpong|stream|connect|firstecho|idle|http|httpclose|httpidle|udpecho|sys|startup|compare|soak> [flags]
Run "netbench <mode> -h" for a mode's flags.`)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	mode, args := os.Args[1], os.Args[2:]
	if mode == "soak" || mode == "soak-server" {
		run := soakMain
		if mode == "soak-server" {
			run = soakServer
		}
		if err := run(args); err != nil {
			fmt.Fprintln(os.Stderr, "netbench:", err)
			os.Exit(1)
		}
		return
	}
	fs := flag.NewFlagSet(mode, flag.ExitOnError)
	cfg := config{}
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8124", "server address (loopback only)")
	fs.IntVar(&cfg.conns, "c", 50, "connections")
	fs.IntVar(&cfg.size, "size", 64, "message size in bytes")
	fs.DurationVar(&cfg.duration, "d", 5*time.Second, "measured duration")
	fs.DurationVar(&cfg.warmup, "warmup", time.Second, "warm-up before measuring")
	fs.IntVar(&cfg.pid, "pid", 0, "server pid, for CPU and RSS figures")
	fs.IntVar(&cfg.idle, "n", 10000, "idle connections to open")
	fs.IntVar(&cfg.cpu, "cpu", -1, "pin the load generator to this CPU (-1: no pinning)")
	fs.StringVar(&cfg.of, "of", "http", "sys: the workload (http, httpclose, pingpong, connect)")
	fs.IntVar(&cfg.count, "count", 100000, "sys: exchanges to count (after a fifth as many to warm up)")
	fs.BoolVar(&cfg.perf, "perf", false, "sys: count the server's system calls with perf stat (slows them)")
	cmp := compareConfig{}
	fs.IntVar(&cmp.rounds, "rounds", 3, "compare: alternating rounds per measure")
	fs.StringVar(&cmp.script, "script", "testdata/doc-echo.ts", "compare: echo script")
	fs.StringVar(&cmp.gojanet, "gojanet", "./gojanet", "compare: gojanet binary")
	fs.StringVar(&cmp.nodeScript, "node-script", "testdata/doc-echo.js", "compare: the same program as plain JavaScript, for node")
	fs.StringVar(&cmp.node, "node", "node", "compare: node binary")
	fs.StringVar(&cmp.measures, "measures", "pingpong,latency,stream,connect,firstecho,idle,startup", "compare: measures to run")
	fs.IntVar(&cmp.serverCPU, "server-cpu", 0, "compare: CPU the server is pinned to (-1: none)")
	fs.StringVar(&cmp.npm, "npm", "", "compare: npm packages the scripts need, installed into a temporary directory (see npm.go)")
	fs.StringVar(&tlsMode, "tls", "", "dial with TLS 1.3; compare: make an ecdsa or rsa certificate for the servers (see tls.go)")
	_ = fs.Parse(args)
	if tlsMode != "" && mode == "compare" {
		cert, key, dir, err := writeTLSFiles(tlsMode)
		if err != nil {
			fmt.Fprintln(os.Stderr, "netbench:", err)
			os.Exit(2)
		}
		defer os.RemoveAll(dir)
		os.Setenv("TLS_CERT", cert)
		os.Setenv("TLS_KEY", key)
	}
	if err := checkLoopback(cfg.addr); err != nil {
		fmt.Fprintln(os.Stderr, "netbench:", err)
		os.Exit(2)
	}
	if cfg.cpu >= 0 {
		pinSelf(cfg.cpu)
	}
	measures := map[string]func(config) (result, error){
		"pingpong": pingpong, "stream": stream, "firstecho": firstEcho, "connect": connectRate, "idle": idle, "http": httpHello, "httpclose": httpClose, "httpidle": httpIdle,
		"udpecho": udpEcho, "sys": sysCount,
		"startup": func(config) (result, error) {
			if fs.NArg() == 0 {
				usage()
			}
			return startup(fs.Args(), "server bound")
		},
	}
	var err error
	if measure, ok := measures[mode]; ok {
		var r result
		if r, err = measure(cfg); err == nil {
			fmt.Println(r)
		}
	} else if mode == "compare" {
		cmp.base = cfg
		err = compare(cmp)
	} else {
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "netbench:", err)
		os.Exit(1)
	}
}

type config struct {
	addr     string
	conns    int
	size     int
	duration time.Duration
	warmup   time.Duration
	pid      int
	idle     int
	cpu      int
	of       string // sys's workload
	count    int    // sys's exchanges
	perf     bool   // sys: count system calls
}

// result is one measure's figures, printed as "name=value unit" pairs.
type result struct {
	mode   string
	values []metric
}

type metric struct {
	name  string
	value float64
	unit  string
}

func (r result) String() string {
	var b strings.Builder
	b.WriteString(r.mode)
	for _, m := range r.values {
		fmt.Fprintf(&b, " %s=%.4g%s", m.name, m.value, m.unit)
	}
	return b.String()
}

func (r result) get(name string) (metric, bool) {
	for _, m := range r.values {
		if m.name == name {
			return m, true
		}
	}
	return metric{}, false
}
