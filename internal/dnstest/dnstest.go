// Package dnstest is a DNS server for tests: miekg/dns serving a small fixed
// zone on loopback, over UDP and TCP on the same port. Names under .test
// answer every record type node's resolver asks for; a few names misbehave
// on purpose (truncation over UDP, SERVFAIL, REFUSED, no answer at all) so
// tests can see the resolver's retries and error codes. cmd dnsserve runs it
// standalone, for trying a script under node by hand, and for
// testdata/bench/resolve.js: UDP is served in batches by one goroutine
// (udp.go), with the zone parsed once, so that the client measured against
// it, not the server, is the bottleneck.
package dnstest

import (
	"net"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/miekg/dns"
)

// Server is a running test server.
type Server struct {
	Addr string // 127.0.0.1:port, UDP and TCP

	udp *udpServer
	tcp *dns.Server
	// Queries counts queries per transport ("udp", "tcp").
	UDPQueries, TCPQueries atomic.Int64
	// Refuse makes every answer REFUSED.
	Refuse atomic.Bool
}

// zone holds the records by type and owner, parsed once: answers share them
// (packing a message only reads its records).
var zone = map[uint16]map[string][]dns.RR{}

func init() {
	records := []string{
		"a.test. 300 IN A 192.0.2.1",
		"a.test. 300 IN A 192.0.2.2",
		"a.test. 600 IN AAAA 2001:db8::1",
		"cname.test. 60 IN CNAME a.test.",
		"mx.test. 60 IN MX 10 mail.test.",
		"mx.test. 60 IN MX 20 mail2.test.",
		"ns.test. 60 IN NS ns1.test.",
		"ns.test. 60 IN NS ns2.test.",
		`txt.test. 60 IN TXT "v=spf1" "-all"`,
		`txt.test. 60 IN TXT "hello world"`,
		"_sip._tcp.srv.test. 60 IN SRV 10 5 5060 sip.test.",
		"1.2.0.192.in-addr.arpa. 60 IN PTR a.test.",
		"1.2.0.192.in-addr.arpa. 60 IN PTR alias.test.",
		"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. 60 IN PTR a.test.",
		`naptr.test. 60 IN NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp.naptr.test.`,
		`naptr.test. 60 IN NAPTR 102 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .`,
		"soa.test. 60 IN SOA ns1.test. hostmaster.test. 2024010101 7200 3600 1209600 300",
		`caa.test. 60 IN CAA 0 issue "letsencrypt.org"`,
		`caa.test. 60 IN CAA 128 iodef "mailto:security@caa.test"`,
		"any.test. 60 IN A 192.0.2.10",
		"any.test. 60 IN AAAA 2001:db8::10",
		"any.test. 60 IN MX 5 mx.any.test.",
		`any.test. 60 IN TXT "any"`,
	}
	for i := range 120 {
		records = append(records, "big.test. 60 IN A 10.0."+itoa(i/250)+"."+itoa(i%250+1))
	}
	for _, s := range records {
		rr, err := dns.NewRR(s)
		if err != nil {
			panic(err)
		}
		h := rr.Header()
		if zone[h.Rrtype] == nil {
			zone[h.Rrtype] = map[string][]dns.RR{}
		}
		zone[h.Rrtype][h.Name] = append(zone[h.Rrtype][h.Name], rr)
	}
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}

// Start serves on a fresh loopback port until Close.
func Start() (*Server, error) {
	return StartAt("127.0.0.1:0")
}

// StartAt serves on addr (port 0 picks one; UDP and TCP share it).
func StartAt(addr string) (*Server, error) {
	for attempt := 0; ; attempt++ {
		udp, err := listenUDP(addr)
		if err != nil {
			return nil, err
		}
		ln, err := net.Listen("tcp", udp.local.String())
		if err != nil {
			udp.discard()
			if attempt < 10 {
				continue
			}
			return nil, err
		}
		s := &Server{Addr: udp.local.String(), udp: udp}
		var wg sync.WaitGroup
		wg.Add(1)
		s.tcp = &dns.Server{Listener: ln, Handler: s.handler("tcp"), NotifyStartedFunc: wg.Done}
		go udp.serve(s.handler("udp"))
		go s.tcp.ActivateAndServe()
		wg.Wait()
		return s, nil
	}
}

// Close stops both listeners.
func (s *Server) Close() {
	s.udp.close()
	s.tcp.Shutdown()
}

// Port is the server's port.
func (s *Server) Port() int {
	_, p, _ := net.SplitHostPort(s.Addr)
	n := 0
	for _, c := range p {
		n = n*10 + int(c-'0')
	}
	return n
}

func (s *Server) handler(transport string) dns.HandlerFunc {
	return func(w dns.ResponseWriter, req *dns.Msg) {
		if transport == "udp" {
			s.UDPQueries.Add(1)
		} else {
			s.TCPQueries.Add(1)
		}
		if len(req.Question) != 1 {
			m := new(dns.Msg)
			m.SetRcode(req, dns.RcodeFormatError)
			w.WriteMsg(m)
			return
		}
		q := req.Question[0]
		name := strings.ToLower(q.Name)
		m := new(dns.Msg)
		m.SetReply(req)
		m.Authoritative = true
		switch {
		case s.Refuse.Load() || name == "refused.test.":
			m.Rcode = dns.RcodeRefused
		case name == "servfail.test.":
			m.Rcode = dns.RcodeServerFailure
		case name == "timeout.test.":
			return // never answer
		case name == "garbage.test.":
			b, _ := m.Pack()
			w.Write(b[:len(b)-3]) // a question cut short
			return
		case name == "big.test." && transport == "udp":
			m.Truncated = true // too many records for a datagram: ask over TCP
		default:
			m.Answer = answer(name, q.Qtype)
			if m.Answer == nil && !exists(name) {
				m.Rcode = dns.RcodeNameError
			}
		}
		w.WriteMsg(m)
	}
}

func answer(name string, qtype uint16) []dns.RR {
	var out []dns.RR
	add := func(t uint16, n string) {
		out = append(out, zone[t][n]...)
	}
	if qtype == dns.TypeANY {
		for t := range zone {
			add(t, name)
		}
		return out
	}
	if len(zone[dns.TypeCNAME][name]) > 0 && qtype != dns.TypeCNAME {
		add(dns.TypeCNAME, name)
		add(qtype, zone[dns.TypeCNAME][name][0].(*dns.CNAME).Target)
		return out
	}
	add(qtype, name)
	return out
}

func exists(name string) bool {
	for _, byName := range zone {
		if len(byName[name]) > 0 {
			return true
		}
	}
	return false
}
