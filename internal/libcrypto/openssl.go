package libcrypto

import (
	"bytes"
	"crypto"
	"errors"
	"math/big"
	"runtime"
	"sync"
	"unsafe"

	"github.com/gojanet/gojanet/internal/dl"
)

// The libcrypto functions the signer calls, looked up once.
var fn struct {
	bnBin2bn, bnClearFree                                  uintptr
	bldNew, bldPushBN, bldToParam, bldFree, paramFree      uintptr
	ctxNewFromName, ctxNew, ctxFree                        uintptr
	fromdataInit, fromdata, pkeyFree                       uintptr
	signInit, setSignatureMD, setPadding, setSaltLen, sign uintptr
	errGet, errString, errClear                            uintptr
}

// mds are libcrypto's EVP_MD for the hashes it signs with.
var mds = map[crypto.Hash]uintptr{}

var (
	loadOnce sync.Once
	loaded   bool
)

// Available reports whether libcrypto.so.3 is loaded (it is loaded on the
// first call, so programs without RSA keys never load it).
func Available() bool {
	loadOnce.Do(func() { loaded = !disabled() && dl.Supported && load() == nil })
	return loaded
}

func load() error {
	lib, err := dl.Open("libcrypto.so.3")
	if err != nil {
		return err
	}
	for _, f := range []struct {
		p    *uintptr
		name string
	}{
		{&fn.bnBin2bn, "BN_bin2bn"}, {&fn.bnClearFree, "BN_clear_free"},
		{&fn.bldNew, "OSSL_PARAM_BLD_new"}, {&fn.bldPushBN, "OSSL_PARAM_BLD_push_BN"},
		{&fn.bldToParam, "OSSL_PARAM_BLD_to_param"}, {&fn.bldFree, "OSSL_PARAM_BLD_free"},
		{&fn.paramFree, "OSSL_PARAM_free"},
		{&fn.ctxNewFromName, "EVP_PKEY_CTX_new_from_name"}, {&fn.ctxNew, "EVP_PKEY_CTX_new"},
		{&fn.ctxFree, "EVP_PKEY_CTX_free"},
		{&fn.fromdataInit, "EVP_PKEY_fromdata_init"}, {&fn.fromdata, "EVP_PKEY_fromdata"},
		{&fn.pkeyFree, "EVP_PKEY_free"},
		{&fn.signInit, "EVP_PKEY_sign_init"}, {&fn.setSignatureMD, "EVP_PKEY_CTX_set_signature_md"},
		{&fn.setPadding, "EVP_PKEY_CTX_set_rsa_padding"}, {&fn.setSaltLen, "EVP_PKEY_CTX_set_rsa_pss_saltlen"},
		{&fn.sign, "EVP_PKEY_sign"},
		{&fn.errGet, "ERR_get_error"}, {&fn.errString, "ERR_error_string_n"}, {&fn.errClear, "ERR_clear_error"},
	} {
		if *f.p, err = lib.Sym(f.name); err != nil {
			return err
		}
	}
	for h, name := range map[crypto.Hash]string{
		crypto.SHA1: "EVP_sha1", crypto.SHA256: "EVP_sha256", crypto.SHA384: "EVP_sha384",
		crypto.SHA512: "EVP_sha512", crypto.MD5SHA1: "EVP_md5_sha1",
	} {
		f, err := lib.Sym(name)
		if err != nil {
			return err
		}
		if mds[h] = dl.Call0(f); mds[h] == 0 {
			return errors.New("libcrypto: " + name + " is NULL")
		}
	}
	return nil
}

// C strings libcrypto keeps pointers to (parameter names), so kept here.
var (
	cRSA    = []byte("RSA\x00")
	cParams = [...][]byte{
		[]byte("n\x00"), []byte("e\x00"), []byte("d\x00"),
		[]byte("rsa-factor1\x00"), []byte("rsa-factor2\x00"),
		[]byte("rsa-exponent1\x00"), []byte("rsa-exponent2\x00"), []byte("rsa-coefficient1\x00"),
	}
)

const (
	evpPKEYKeypair   = 0x87 // EVP_PKEY_KEYPAIR: parameters, public and private key
	rsaPKCS1Padding  = 1
	rsaPSSPadding    = 6
	rsaPSSSaltLenMax = -3 // RSA_PSS_SALTLEN_MAX: the largest salt the key allows
)

// ok is a C int result's success (1); a C int is the result register's low
// 32 bits.
func ok(r uintptr) bool { return int32(r) == 1 }

// evpKey is a libcrypto EVP_PKEY, freed when the evpKey is collected.
// OpenSSL 3 signs with one EVP_PKEY from several threads at once (each
// signature has its own EVP_PKEY_CTX; RSA blinding is per thread or
// locked), so it is shared by every goroutine signing with the key.
type evpKey struct{ p uintptr }

// newRSAKey makes libcrypto's copy of k (two primes) from its numbers.
func newRSAKey(k *big.Int, e int, d, p, q, dp, dq, qinv *big.Int) (*evpKey, error) {
	// The error queue is the thread's: stay on it until it is read.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	bld := dl.Call0(fn.bldNew)
	if bld == 0 {
		return nil, queueError("OSSL_PARAM_BLD_new")
	}
	defer dl.Call1(fn.bldFree, bld)
	var bns [len(cParams)]uintptr
	defer func() {
		for _, bn := range bns {
			if bn != 0 {
				dl.Call1(fn.bnClearFree, bn)
			}
		}
	}()
	for i, v := range [...]*big.Int{k, big.NewInt(int64(e)), d, p, q, dp, dq, qinv} {
		b := v.Bytes() // big-endian, as BN_bin2bn reads
		if len(b) == 0 {
			b = []byte{0}
		}
		bns[i] = dl.Call3(fn.bnBin2bn, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0)
		clear(b)
		if bns[i] == 0 {
			return nil, queueError("BN_bin2bn")
		}
		if !ok(dl.Call3(fn.bldPushBN, bld, uintptr(unsafe.Pointer(&cParams[i][0])), bns[i])) {
			return nil, queueError("OSSL_PARAM_BLD_push_BN")
		}
	}
	params := dl.Call1(fn.bldToParam, bld)
	if params == 0 {
		return nil, queueError("OSSL_PARAM_BLD_to_param")
	}
	defer dl.Call1(fn.paramFree, params)
	ctx := dl.Call3(fn.ctxNewFromName, 0, uintptr(unsafe.Pointer(&cRSA[0])), 0)
	if ctx == 0 {
		return nil, queueError("EVP_PKEY_CTX_new_from_name")
	}
	defer dl.Call1(fn.ctxFree, ctx)
	if !ok(dl.Call1(fn.fromdataInit, ctx)) {
		return nil, queueError("EVP_PKEY_fromdata_init")
	}
	pkey := new(uintptr)
	if !ok(dl.Call4(fn.fromdata, ctx, uintptr(unsafe.Pointer(pkey)), evpPKEYKeypair, params)) || *pkey == 0 {
		return nil, queueError("EVP_PKEY_fromdata")
	}
	key := &evpKey{p: *pkey}
	runtime.AddCleanup(key, func(p uintptr) { dl.Call1(fn.pkeyFree, p) }, key.p)
	return key, nil
}

// sign signs digest, hashed with h, with PKCS #1 v1.5 padding, or PSS with
// the salt length saltLen (an OpenSSL length: RSA_PSS_SALTLEN_* or bytes)
// when pss; size is the key's modulus size in bytes.
func (k *evpKey) sign(h crypto.Hash, digest []byte, pss bool, saltLen, size int) ([]byte, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ctx := dl.Call2(fn.ctxNew, k.p, 0)
	runtime.KeepAlive(k) // the context holds its own reference to the key
	if ctx == 0 {
		return nil, queueError("EVP_PKEY_CTX_new")
	}
	defer dl.Call1(fn.ctxFree, ctx)
	if !ok(dl.Call1(fn.signInit, ctx)) {
		return nil, queueError("EVP_PKEY_sign_init")
	}
	if !ok(dl.Call2(fn.setSignatureMD, ctx, mds[h])) {
		return nil, queueError("EVP_PKEY_CTX_set_signature_md")
	}
	padding := rsaPKCS1Padding
	if pss {
		padding = rsaPSSPadding
	}
	if !ok(dl.Call2(fn.setPadding, ctx, uintptr(padding))) {
		return nil, queueError("EVP_PKEY_CTX_set_rsa_padding")
	}
	// Always set: OpenSSL's default salt length changed in 3.1.
	if pss && !ok(dl.Call2(fn.setSaltLen, ctx, uintptr(saltLen))) {
		return nil, queueError("EVP_PKEY_CTX_set_rsa_pss_saltlen")
	}
	sig := make([]byte, size)
	sigLen := new(uintptr)
	*sigLen = uintptr(size)
	if !ok(dl.Call5(fn.sign, ctx, uintptr(unsafe.Pointer(&sig[0])), uintptr(unsafe.Pointer(sigLen)),
		uintptr(unsafe.Pointer(&digest[0])), uintptr(len(digest)))) {
		return nil, queueError("EVP_PKEY_sign")
	}
	return sig[:*sigLen], nil
}

// queueError is an error naming the function that failed and the first
// error on this thread's libcrypto error queue, which it empties.
func queueError(what string) error {
	e := dl.Call0(fn.errGet)
	msg := "libcrypto: " + what + " failed"
	if e != 0 {
		buf := make([]byte, 256)
		dl.Call3(fn.errString, e, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
		if n := bytes.IndexByte(buf, 0); n > 0 {
			msg += ": " + string(buf[:n])
		}
	}
	dl.Call0(fn.errClear)
	return errors.New(msg)
}
