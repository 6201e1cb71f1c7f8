package tls

import (
	"crypto/tls"
	"encoding/pem"
	"os"
	"sort"
	"strings"
	"sync"
)

// OpenSSL's names for the TLS 1.2 suites Go implements. TLS 1.3's suites
// have the same name in both (TLS_AES_128_GCM_SHA256, ...); Go does not let
// them be configured, so a cipher string only narrows TLS 1.2.
var opensslNames = map[uint16]string{
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256:       "ECDHE-ECDSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:         "ECDHE-RSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384:       "ECDHE-ECDSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384:         "ECDHE-RSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: "ECDHE-ECDSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256:   "ECDHE-RSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA:          "ECDHE-ECDSA-AES128-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA:            "ECDHE-RSA-AES128-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA:          "ECDHE-ECDSA-AES256-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA:            "ECDHE-RSA-AES256-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256:       "ECDHE-ECDSA-AES128-SHA256",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256:         "ECDHE-RSA-AES128-SHA256",
	tls.TLS_RSA_WITH_AES_128_GCM_SHA256:               "AES128-GCM-SHA256",
	tls.TLS_RSA_WITH_AES_256_GCM_SHA384:               "AES256-GCM-SHA384",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA:                  "AES128-SHA",
	tls.TLS_RSA_WITH_AES_256_CBC_SHA:                  "AES256-SHA",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA256:               "AES128-SHA256",
	tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA:           "ECDHE-RSA-DES-CBC3-SHA",
	tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA:                 "DES-CBC3-SHA",
}

var tls13Names = []string{"TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256"}

// cipherName is node's getCipher().name for a negotiated suite.
func cipherName(id uint16) string {
	if n, ok := opensslNames[id]; ok {
		return n
	}
	return tls.CipherSuiteName(id)
}

// cipherList is tls.getCiphers(): lower-case OpenSSL names, sorted.
var cipherList = sync.OnceValue(func() []string {
	var out []string
	for _, n := range opensslNames {
		out = append(out, strings.ToLower(n))
	}
	for _, n := range tls13Names {
		out = append(out, strings.ToLower(n))
	}
	sort.Strings(out)
	return out
})

// parseCipherString reads OpenSSL's cipher list syntax as far as Go can
// follow it: names (OpenSSL's or IANA's), the keywords DEFAULT, HIGH and
// ALL (Go's secure defaults), and removals (!x, -x). Strength ordering
// (@STRENGTH), security levels (@SECLEVEL=n) and other keywords are
// ignored. It reports the TLS 1.2 suites, whether TLS 1.3 suites were named,
// and false when nothing in the string matched.
func parseCipherString(s string) (suites []uint16, tls13 bool, ok bool) {
	byName := map[string]uint16{}
	for id, n := range opensslNames {
		byName[n] = id
		byName[tls.CipherSuiteName(id)] = id
	}
	secure := map[uint16]bool{}
	for _, c := range tls.CipherSuites() {
		secure[c.ID] = true
	}
	var defaults []uint16
	for _, c := range tls.CipherSuites() {
		if len(c.SupportedVersions) > 0 && c.SupportedVersions[0] <= tls.VersionTLS12 {
			defaults = append(defaults, c.ID)
		}
	}
	removed := map[uint16]bool{}
	add := func(id uint16) {
		for _, x := range suites {
			if x == id {
				return
			}
		}
		suites = append(suites, id)
	}
	matched := false
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return r == ':' || r == ',' || r == ' ' }) {
		neg := strings.HasPrefix(tok, "!") || strings.HasPrefix(tok, "-")
		name := strings.TrimLeft(tok, "!-+") // OpenSSL's names are case-sensitive
		var ids []uint16
		if i := strings.IndexByte(name, '@'); i >= 0 {
			name = name[:i] // @SECLEVEL=n, @STRENGTH
		}
		switch {
		case name == "":
			continue
		case name == "DEFAULT" || name == "HIGH" || name == "ALL" || name == "COMPLEMENTOFDEFAULT":
			ids = defaults
		case isTLS13Name(name):
			if !neg {
				tls13 = true
				matched = true
			}
			continue
		default:
			if id, found := byName[name]; found {
				ids = []uint16{id}
			} else {
				ids = keywordSuites(name)
			}
		}
		for _, id := range ids {
			if neg {
				removed[id] = true
			} else {
				matched = true
				add(id)
			}
		}
	}
	out := suites[:0]
	for _, id := range suites {
		if !removed[id] {
			out = append(out, id)
		}
	}
	suites = out
	if !matched || (len(suites) == 0 && !tls13) {
		return nil, tls13, false
	}
	return suites, tls13, true
}

// cipherSecLevel is the last @SECLEVEL=n of a cipher string, -1 if none.
func cipherSecLevel(s string) int {
	level := -1
	for {
		i := strings.Index(s, "@SECLEVEL=")
		if i < 0 {
			return level
		}
		s = s[i+len("@SECLEVEL="):]
		if len(s) > 0 && s[0] >= '0' && s[0] <= '5' {
			level = int(s[0] - '0')
		}
	}
}

// systemRootPEMs reads the system's CA bundle, as Go's crypto/x509 finds it.
var systemRootPEMs = sync.OnceValue(func() []string {
	files := []string{
		"/etc/ssl/certs/ca-certificates.crt",
		"/etc/pki/tls/certs/ca-bundle.crt",
		"/etc/ssl/ca-bundle.pem",
		"/etc/pki/tls/cacert.pem",
		"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
		"/etc/ssl/cert.pem",
	}
	if f := os.Getenv("SSL_CERT_FILE"); f != "" {
		files = []string{f}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var out []string
		for {
			var blk *pem.Block
			blk, data = pem.Decode(data)
			if blk == nil {
				break
			}
			if blk.Type == "CERTIFICATE" {
				p := string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: blk.Bytes}))
				out = append(out, strings.TrimSuffix(p, "\n")) // as node's list: no newline after END
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
})

// keywordSuites is what an OpenSSL cipher keyword (or several joined by
// '+') selects among the suites Go implements: ECDHE, RSA, aRSA, kRSA,
// ECDSA, AES, AES128, AES256, AESGCM, CHACHA20, SHA, SHA1, SHA256, SHA384.
func keywordSuites(kw string) []uint16 {
	var out []uint16
	for id, name := range opensslNames {
		ok := true
		for _, k := range strings.Split(kw, "+") {
			if !suiteHas(name, k) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, id)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func suiteHas(name, k string) bool {
	parts := strings.Split(name, "-")
	has := func(p string) bool {
		for _, x := range parts {
			if x == p {
				return true
			}
		}
		return false
	}
	ecdhe := has("ECDHE")
	switch k {
	case "ECDHE", "EECDH", "kECDHE", "kEECDH":
		return ecdhe
	case "RSA", "aRSA":
		return !has("ECDSA")
	case "kRSA":
		return !ecdhe
	case "ECDSA", "aECDSA":
		return has("ECDSA")
	case "AES":
		return strings.Contains(name, "AES")
	case "AES128", "AES256", "CHACHA20":
		return strings.Contains(name, k)
	case "AESGCM":
		return strings.Contains(name, "GCM")
	case "SHA", "SHA1":
		return strings.HasSuffix(name, "-SHA")
	case "SHA256", "SHA384":
		return strings.HasSuffix(name, k)
	case "3DES", "MEDIUM":
		return strings.Contains(name, "CBC3")
	}
	return false
}

func isTLS13Name(n string) bool {
	for _, x := range tls13Names {
		if n == x {
			return true
		}
	}
	return n == "TLS_AES_128_CCM_SHA256" || n == "TLS_AES_128_CCM_8_SHA256"
}
