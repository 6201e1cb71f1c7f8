//go:build !cgo

package libcrypto

import "crypto"

// Available reports whether libcrypto signs: never without cgo.
func Available() bool { return false }

// Signer returns key itself: without cgo Go signs.
func Signer(key crypto.PrivateKey) crypto.PrivateKey { return key }
