package tls

// pfxRead is how OpenSSL's d2i_PKCS12_bio (asn1_d2i_read_bio, then
// ASN1_get_object) reads a PFX archive's outer DER element, with the reason
// it gives when it cannot: node throws that reason as a plain Error
// ("not enough data", "header too long", "wrong tag"). It returns the
// element (bytes after it are ignored, as d2i reads one object) or the
// reason.
func pfxRead(data []byte) (elem []byte, reason string) {
	if len(data) == 0 {
		return nil, "not enough data"
	}
	hdr, length, constructed, tag, ok := asn1Header(data)
	if !ok {
		return nil, "header too long"
	}
	if length < 0 { // indefinite length: let the parser judge the whole input
		return data, ""
	}
	if length > len(data)-hdr {
		return nil, "not enough data"
	}
	if tag != 0x10 || !constructed { // a PFX is a SEQUENCE
		return nil, "wrong tag"
	}
	return data[:hdr+length], ""
}

// asn1Header parses an identifier and length as ASN1_get_object does,
// including its demand that bytes follow the identifier and the length's
// octets; length is -1 for the indefinite form.
func asn1Header(p []byte) (hdr, length int, constructed bool, tag int, ok bool) {
	max := len(p)
	i := 0
	constructed = p[0]&0x20 != 0
	tag = int(p[0] & 0x1f)
	i++
	if tag == 0x1f { // high tag number: base-128 octets
		tag = 0
		for {
			if i >= max || tag > 0xffffff {
				return 0, 0, false, 0, false
			}
			b := p[i]
			i++
			tag = tag<<7 | int(b&0x7f)
			if b&0x80 == 0 {
				break
			}
		}
	}
	if i >= max { // OpenSSL: "if (--max == 0) goto err" after the tag
		return 0, 0, false, 0, false
	}
	rest := max - i - 1 // asn1_get_length's max after its first octet
	b := p[i]
	i++
	switch {
	case b == 0x80:
		if !constructed {
			return 0, 0, false, 0, false
		}
		return i, -1, constructed, tag, true
	case b&0x80 == 0:
		return i, int(b), constructed, tag, true
	}
	n := int(b & 0x7f)
	if rest < n+1 {
		return 0, 0, false, 0, false
	}
	for n > 0 && p[i] == 0 {
		i++
		n--
	}
	if n > 8 {
		return 0, 0, false, 0, false
	}
	var v uint64
	for ; n > 0; n-- {
		v = v<<8 | uint64(p[i])
		i++
	}
	if v > 1<<62 {
		return 0, 0, false, 0, false
	}
	return i, int(v), constructed, tag, true
}
