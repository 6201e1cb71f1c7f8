// Command dnsserve runs the dnstest server (for trying scripts under node by
// hand): dnsserve [-addr 127.0.0.1:5353].
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/gojanet/gojanet/internal/dnstest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address (UDP and TCP)")
	flag.Parse()
	s, err := dnstest.StartAt(*addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(s.Addr)
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	s.Close()
}
