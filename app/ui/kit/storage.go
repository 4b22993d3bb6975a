package kit

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser storage throws where the browser refuses it: Chromium with site
// data blocked throws a SecurityError from the window.localStorage getter
// itself, Safari in a cross-site frame or a private window from setItem, any
// browser a QuotaExceededError when full. syscall/js turns an exception
// thrown inside a Call into a Go panic that can be recovered, but one thrown
// by a property read (Value.Get) stops the Go program for good. So every
// storage access in the app goes through storageCall, which reaches the
// storage object through Reflect.get (a call, not a property read) and
// recovers: the callers get an error and carry on in memory.

// Storage areas.
const (
	localArea   = "localStorage"
	sessionArea = "sessionStorage"
)

// maxStorageKeys bounds StorageKeys, whatever a hostile page stored.
const maxStorageKeys = 10000

// errRefused is returned whenever the browser refuses storage.
var errRefused = errors.New("storage: browser refused")

// refusedMark marks the stand-in GuardStorage puts in place of storage the
// browser refuses.
const refusedMark = "kneadformRefused"

// GuardStorage runs once, before go-app starts: where reading
// window.localStorage throws, it puts a stand-in in its place (length 0,
// marked refused), because go-app's engine itself reads
// localStorage.length as it starts (it looks for expired persisted states),
// a property read that would stop the Go program. storageCall treats the
// stand-in as refused storage, so the app still carries on in memory.
//
// sessionStorage is not probed: go-app never reads it, storageCall copes
// with it throwing, and a page's first touch of it costs 1–4 ms at 1× CPU
// (the browser opens the tab's storage area), which a client's start does
// not need (docs/performance.md, tenth round).
func GuardStorage() {
	if app.IsServer {
		return
	}
	if _, err := storageCall(localArea, "toString"); err == nil {
		return // readable (even if its methods throw: storageCall copes)
	}
	JS(func() {
		stand := app.Window().Get("Object").New()
		stand.Set("length", 0)
		stand.Set(refusedMark, true)
		desc := app.Window().Get("Object").New()
		desc.Set("value", stand)
		desc.Set("configurable", true)
		app.Window().Get("Object").Call("defineProperty", app.Window(), localArea, desc)
	})
}

// storageCall calls method on window[area] with args: the one function in
// the app that touches browser storage. It never panics.
func storageCall(area, method string, args ...any) (v app.Value, err error) {
	if app.IsServer {
		return nil, errRefused
	}
	defer catchJS(&err)
	win := app.Window()
	reflect := win.Get("Reflect")
	s := reflect.Call("get", win, area)
	if !s.Truthy() || s.Type() != app.TypeObject || reflect.Call("get", s, refusedMark).Truthy() {
		return nil, errRefused
	}
	return s.Call(method, args...), nil
}

// storageGet reads key from area: ok is false when there is no such key.
func storageGet(area, key string) (v string, ok bool, err error) {
	r, err := storageCall(area, "getItem", key)
	if err != nil {
		return "", false, err
	}
	if r.Type() != app.TypeString {
		return "", false, nil
	}
	return r.String(), true, nil
}

// StorageGet reads key from localStorage: ok is false when there is no such
// key, err is set when the browser refuses storage.
func StorageGet(key string) (v string, ok bool, err error) { return storageGet(localArea, key) }

// StorageSet writes key to localStorage, or says why it could not.
func StorageSet(key, v string) error {
	_, err := storageCall(localArea, "setItem", key, v)
	return err
}

// StorageKeys lists the keys in localStorage (none when it is blocked).
func StorageKeys() (keys []string) {
	for i := 0; i < maxStorageKeys; i++ {
		k, err := storageCall(localArea, "key", i)
		if err != nil || k.Type() != app.TypeString {
			return keys
		}
		keys = append(keys, k.String())
	}
	return keys
}

// StorageDel removes key from localStorage, if it can.
func StorageDel(key string) { _, _ = storageCall(localArea, "removeItem", key) }

// SessionGet reads key from sessionStorage (this tab only); ok is false when
// there is no such key or the browser refuses storage.
func SessionGet(key string) (v string, ok bool) {
	v, ok, err := storageGet(sessionArea, key)
	return v, ok && err == nil
}

// SessionSet writes key to sessionStorage, if the browser lets it.
func SessionSet(key, v string) error {
	_, err := storageCall(sessionArea, "setItem", key, v)
	return err
}

// SessionDel removes key from sessionStorage, if it can.
func SessionDel(key string) { _, _ = storageCall(sessionArea, "removeItem", key) }

func catchJS(err *error) {
	if r := recover(); r != nil {
		*err = errRefused
	}
}
