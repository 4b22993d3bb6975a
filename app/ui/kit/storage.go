package kit

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Storage calls go through JavaScript, which throws when storage is blocked;
// syscall/js turns a throw into a Go panic, so each call recovers.

// StorageGet reads key from localStorage: ok is false when there is no such
// key, err is set when the browser refuses storage.
func StorageGet(key string) (v string, ok bool, err error) {
	defer catchJS(&err)
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return "", false, errors.New("no localStorage")
	}
	r := ls.Call("getItem", key)
	if r.IsNull() || r.IsUndefined() {
		return "", false, nil
	}
	return r.String(), true, nil
}

// StorageSet writes key to localStorage, or says why it could not.
func StorageSet(key, v string) (err error) {
	defer catchJS(&err)
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return errors.New("no localStorage")
	}
	ls.Call("setItem", key, v)
	return nil
}

// StorageKeys lists the keys in localStorage (none when it is blocked).
func StorageKeys() (keys []string) {
	var err error
	defer catchJS(&err)
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil
	}
	for i := 0; i < ls.Get("length").Int(); i++ {
		keys = append(keys, ls.Call("key", i).String())
	}
	return keys
}

// StorageDel removes key from localStorage, if it can.
func StorageDel(key string) {
	var err error
	defer catchJS(&err)
	if ls := app.Window().Get("localStorage"); ls.Truthy() {
		ls.Call("removeItem", key)
	}
}

func catchJS(err *error) {
	if r := recover(); r != nil {
		*err = errors.New("storage: browser refused")
	}
}
