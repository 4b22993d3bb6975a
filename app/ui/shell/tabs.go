package shell

import (
	"net/url"
	"strconv"
	"strings"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The same intake open in two tabs (issue 16): the moment one tab saves,
// the browser tells the others (a "storage" event). Each then takes the
// newer draft in place of its own (Session.OtherTabSaved), follows the
// newer tab to its step, and says so in the page's notice: the tabs never
// overwrite each other's answers, and the client sees the latest ones
// wherever they look. Should an event come late (a frozen background
// tab), Session.Save still refuses to overwrite a draft it has not seen.

// syncMarker is the query parameter that makes go-app show the page
// again (a new value each time); the page takes it off at once.
const syncMarker = "kf-sync"

var syncs int // how many times another tab's draft was taken

var onStorage app.Func

// startTabSync listens for drafts saved in other tabs, once.
func startTabSync(st *store.Store) {
	if !app.IsClient {
		return
	}
	onStorage = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { _ = recover() }() // never stop the Go program
		key, raw := "", ""
		if len(args) == 0 || !kit.JS(func() {
			if k := args[0].Get("key"); k.Type() == app.TypeString {
				key = k.String()
			}
			if v := args[0].Get("newValue"); v.Type() == app.TypeString {
				raw = v.String()
			}
		}) || key != store.DraftKey {
			return nil
		}
		if st.Session.OtherTabSaved(raw) {
			showAgain(syncPath(currentPath(), st.Session.Draft.Step, raw == ""))
		}
		return nil
	})
	kit.JS(func() { app.Window().Call("addEventListener", "storage", onStorage) })
}

// syncPath is where a tab goes once it has taken another tab's draft: on
// an intake step, the step the newer tab reached; after the answers were
// deleted, the start; anywhere else, where it is.
func syncPath(path string, step intake.Step, deleted bool) string {
	switch {
	case deleted:
		return "/"
	case strings.HasPrefix(path, "/intake/") && step.Valid():
		return kit.StepURL(step)
	}
	return path
}

func currentPath() (p string) {
	kit.JS(func() { p = app.Window().Get("location").Get("pathname").String() })
	return p
}

// showAgain puts path (with syncMarker) in place of the current history
// entry and has go-app show it, as if the client had gone Back to it: the
// page's OnNav runs again, reads the new draft and shows the notice.
func showAgain(path string) {
	defer func() { _ = recover() }()
	syncs++
	u := url.URL{Path: path, RawQuery: url.Values{syncMarker: {strconv.Itoa(syncs)}}.Encode()}
	win := app.Window()
	win.Get("history").Call("replaceState", nil, "", u.String())
	if f := win.Get("onpopstate"); f.Truthy() {
		f.Invoke()
	}
}
