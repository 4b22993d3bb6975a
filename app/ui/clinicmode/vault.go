package clinicmode

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"sync"
	"time"

	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The clinic key at rest (issue 16, defect 6). The key is never stored as
// it is: the browser makes an AES-GCM key that no page can read out
// (WebCrypto, extractable false), keeps it in IndexedDB, and what goes to
// localStorage is the clinic key encrypted with it ("kw1.<iv>.<sealed>").
// A script that dumps localStorage, a copied or synced profile without its
// IndexedDB, or a look at the developer tools gets ciphertext only; the
// key opens on this browser only, with this page's code. Where the browser
// has no WebCrypto (an http:// address that is not localhost) or no
// IndexedDB, nothing is stored: the key stays in the tab. Why not a
// passphrase: docs/clinic-config.md, "The clinic key on a clinic device".

const (
	sealedPrefix = "kw1."             // a locked key in localStorage
	vaultDB      = "kneadform-clinic" // IndexedDB database of the lock key
	vaultStore   = "keys"             // its object store
	vaultKeyID   = "clinic-identity"  // the lock key's record
	ivLen        = 12                 // AES-GCM nonce bytes
	maxSealed    = 64 << 10           // longest locked key read back
	vaultWait    = 10 * time.Second   // an IndexedDB that never answers counts as none
)

var (
	// errNoVault: this browser cannot lock the key (no WebCrypto, no
	// IndexedDB, or it refused).
	errNoVault = errors.New("this browser cannot keep the clinic key locked")
	// errVaultLost: the locked key no longer opens (its lock key is gone
	// or the stored text was changed).
	errVaultLost = errors.New("the clinic key kept in this browser can no longer be unlocked")
)

// isSealed reports whether stored text is a locked key.
func isSealed(s string) bool { return strings.HasPrefix(s, sealedPrefix) }

// sealedText is how a locked key is stored.
func sealedText(iv, ct []byte) string {
	enc := base64.RawURLEncoding
	return sealedPrefix + enc.EncodeToString(iv) + "." + enc.EncodeToString(ct)
}

// parseSealed reads sealedText back; ok is false for anything else.
func parseSealed(s string) (iv, ct []byte, ok bool) {
	rest, found := strings.CutPrefix(s, sealedPrefix)
	a, b, cut := strings.Cut(rest, ".")
	if !found || !cut || len(s) > maxSealed {
		return nil, nil, false
	}
	iv, err1 := base64.RawURLEncoding.DecodeString(a)
	ct, err2 := base64.RawURLEncoding.DecodeString(b)
	if err1 != nil || err2 != nil || len(iv) != ivLen || len(ct) <= 16 {
		return nil, nil, false
	}
	return iv, ct, true
}

// seal locks plain with a new lock key (replacing any) and calls done with
// the text to store. done may run on any goroutine.
func seal(plain string, done func(stored string, err error)) {
	vaultKey(true, func(key app.Value, err error) {
		if err != nil {
			done("", err)
			return
		}
		iv := make([]byte, ivLen)
		rand.Read(iv)
		cryptOp("encrypt", key, iv, []byte(plain), func(ct []byte, ok bool) {
			if !ok {
				done("", errNoVault)
				return
			}
			done(sealedText(iv, ct), nil)
		})
	})
}

// unseal opens a locked key with the lock key in IndexedDB.
func unseal(stored string, done func(plain string, err error)) {
	iv, ct, ok := parseSealed(stored)
	if !ok {
		done("", errVaultLost)
		return
	}
	vaultKey(false, func(key app.Value, err error) {
		if err != nil {
			done("", err)
			return
		}
		cryptOp("decrypt", key, iv, ct, func(pt []byte, ok bool) {
			if !ok {
				done("", errVaultLost)
				return
			}
			done(string(pt), nil)
		})
	})
}

// forgetVault deletes the lock key.
func forgetVault() {
	kit.JS(func() {
		if idb := jsGet(app.Window(), "indexedDB"); idb.Truthy() {
			idb.Call("deleteDatabase", vaultDB)
		}
	})
}

// jsGet reads obj[name] through Reflect.get: a call, so a getter that
// throws is a recoverable panic rather than the end of the Go program.
func jsGet(obj app.Value, name string) app.Value {
	return app.Window().Get("Reflect").Call("get", obj, name)
}

// cryptOp runs AES-GCM encrypt or decrypt, bound to the storage key's name.
func cryptOp(op string, key app.Value, iv, data []byte, done func(out []byte, ok bool)) {
	ok := kit.JS(func() {
		subtle := jsGet(jsGet(app.Window(), "crypto"), "subtle")
		alg := map[string]any{"name": "AES-GCM", "iv": jsBytes(iv), "additionalData": jsBytes([]byte(store.ClinicKeyName))}
		kit.Settle(subtle.Call(op, alg, key, jsBytes(data)), func(buf app.Value) {
			var out []byte
			if !kit.JS(func() {
				arr := app.Window().Get("Uint8Array").New(buf)
				out = make([]byte, arr.Get("length").Int())
				app.CopyBytesToGo(out, arr)
			}) {
				done(nil, false)
				return
			}
			done(out, true)
		}, func() { done(nil, false) })
	})
	if !ok {
		done(nil, false)
	}
}

func jsBytes(b []byte) app.Value {
	arr := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(arr, b)
	return arr
}

// vaultJob is one trip to IndexedDB: it ends once, by its callbacks or by
// vaultWait. Its callbacks are not released: IndexedDB may still fire one
// (an abort after an error), and a released one would throw.
type vaultJob struct {
	mu    sync.Mutex
	ended bool
	end   func(app.Value, error)
	timer *time.Timer
}

func (j *vaultJob) finish(v app.Value, err error) {
	j.mu.Lock()
	if j.ended {
		j.mu.Unlock()
		return
	}
	j.ended = true
	j.mu.Unlock()
	j.timer.Stop()
	j.end(v, err)
}

// on is an event handler that ends the job if it throws.
func (j *vaultJob) on(f func()) app.Func {
	return app.FuncOf(func(app.Value, []app.Value) any {
		if !kit.JS(f) {
			j.finish(nil, errNoVault)
		}
		return nil
	})
}

// vaultKey finds the lock key in IndexedDB, or with fresh makes a new one
// and puts it there, and calls done with it.
func vaultKey(fresh bool, done func(key app.Value, err error)) {
	j := &vaultJob{end: done}
	j.timer = time.AfterFunc(vaultWait, func() { j.finish(nil, errNoVault) })
	ok := kit.JS(func() {
		win := app.Window()
		idb := jsGet(win, "indexedDB")
		subtle := jsGet(jsGet(win, "crypto"), "subtle")
		if !idb.Truthy() || !subtle.Truthy() {
			j.finish(nil, errNoVault)
			return
		}
		req := idb.Call("open", vaultDB, 1)
		req.Set("onupgradeneeded", j.on(func() { jsGet(req, "result").Call("createObjectStore", vaultStore) }))
		req.Set("onerror", j.on(func() { j.finish(nil, errNoVault) }))
		req.Set("onsuccess", j.on(func() {
			db := jsGet(req, "result")
			if fresh {
				j.generate(db, subtle)
			} else {
				j.lookup(db)
			}
		}))
	})
	if !ok {
		j.finish(nil, errNoVault)
	}
}

// lookup reads the lock key from db.
func (j *vaultJob) lookup(db app.Value) {
	get := db.Call("transaction", vaultStore, "readonly").Call("objectStore", vaultStore).Call("get", vaultKeyID)
	get.Set("onerror", j.on(func() { db.Call("close"); j.finish(nil, errNoVault) }))
	get.Set("onsuccess", j.on(func() {
		key := jsGet(get, "result")
		db.Call("close")
		if key.Type() != app.TypeObject {
			j.finish(nil, errVaultLost)
			return
		}
		j.finish(key, nil)
	}))
}

// generate makes a lock key no page can read out and puts it in db.
func (j *vaultJob) generate(db app.Value, subtle app.Value) {
	alg := map[string]any{"name": "AES-GCM", "length": 256}
	p := subtle.Call("generateKey", alg, false, []any{"encrypt", "decrypt"})
	kit.Settle(p, func(key app.Value) {
		if !kit.JS(func() {
			tx := db.Call("transaction", vaultStore, "readwrite")
			tx.Call("objectStore", vaultStore).Call("put", key, vaultKeyID)
			failed := j.on(func() { db.Call("close"); j.finish(nil, errNoVault) })
			tx.Set("onerror", failed)
			tx.Set("onabort", failed)
			tx.Set("oncomplete", j.on(func() { db.Call("close"); j.finish(key, nil) }))
		}) {
			j.finish(nil, errNoVault)
		}
	}, func() {
		kit.JS(func() { db.Call("close") })
		j.finish(nil, errNoVault)
	})
}
