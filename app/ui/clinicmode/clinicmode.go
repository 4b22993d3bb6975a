package clinicmode

import (
	"kneadform/app/handoff"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"
	"kneadform/app/ui/therapist"
	"kneadform/app/visit"

	"filippo.io/age"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// clinicPage (/open) is clinic mode: the page a scanned hand-off link opens
// on a clinic device. Staff import the clinic's private key once (a key
// file or pasted text); it is kept on that device only, locked by a key the
// browser will not let any page read out (vault.go), with a plain warning
// and a "Forget this key" button. The page then reads the ciphertext from
// the URL fragment (which never leaves the page) and at once takes it out
// of the address bar and the history entry (history.replaceState), opens
// it with the key and shows the therapist summary. A link opened before
// the key is imported is kept in the page, and opens as soon as the key is
// in. Staff may also paste a link or choose a .age file. Errors say what
// is wrong (handoff.ErrorKey) and keep the input.
type clinicPage struct {
	app.Compo
	st    *store.Store // the client's state (app/ui/store)
	ctx   app.Context  // the page's own: focus moves and file reads outlive the control that started them
	ready bool

	ids        []age.Identity // the clinic key; nil when none is imported
	public     string         // the key's public half (age1…), to show which key it is
	memoryOnly bool           // the key cannot be kept locked here: it lives in this tab only
	keyErr     error          // importing the key failed
	keyLost    bool           // the key kept here can no longer be unlocked
	gen        int            // bumped when the key is imported or forgotten: late results are dropped
	keyPaste   string         // the pasted key text, kept after an error

	fragment string          // the hand-off link's fragment, taken out of the address bar
	pending  bool            // fragment holds a hand-off waiting for the key
	input    string          // the pasted link, kept after an error
	openErr  error           // opening a hand-off failed
	data     *therapist.Data // the hand-off opened
	lang     string          // the language the client answered in, from the hand-off ("" before version 3)
	viaHash  bool            // data came from the URL fragment
	large    bool            // large text
	status   string          // a polite message ("key removed")
}

// Path is the page a hand-off link opens (handoff.OpenPath).
const Path = handoff.OpenPath

// New is clinic mode (Path); the clinic's key goes to st.ClinicKey when the
// browser refuses storage.
func New(st *store.Store) app.Composer { return &clinicPage{st: st} }

func (p *clinicPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		if app.IsServer {
			return
		}
		p.ctx = ctx
		ctx.Page().SetTitle(kit.T("handoff.open.title") + " – " + kit.T("app.name"))
		// OnNav also runs when only the fragment changes (another link
		// scanned into this tab). The link is read once, then leaves the
		// address bar and the history: a reload or a look at the history
		// does not show it again.
		h := locationHash()
		link := isHandoffFragment(h)
		if link {
			clearHash()
			p.fragment, p.input, p.data, p.openErr = h, "", nil, nil
		}
		if p.ready {
			p.afterKey(ctx, link)
			return
		}
		p.loadKey(func(ctx app.Context) {
			p.ready = true
			p.afterKey(ctx, link)
		})
	})
}

// afterKey opens a new link with the key, or keeps it until one is
// imported.
func (p *clinicPage) afterKey(ctx app.Context, link bool) {
	if link {
		if p.ids == nil {
			p.pending = true
		} else {
			p.open(ctx, []byte(p.fragment), true)
			return
		}
	}
	kit.FocusID(p.ctx, "page-heading")
}

// isHandoffFragment reports whether a URL fragment looks like a hand-off
// ("k1.…", or a newer "k2.…" that gets a clear "update" message).
func isHandoffFragment(h string) bool {
	return len(h) > 2 && h[0] == 'k' && h[1] >= '0' && h[1] <= '9'
}

// open reads a link, fragment or .age file and opens it with the key.
func (p *clinicPage) open(ctx app.Context, in []byte, viaHash bool) {
	ct, err := handoff.Parse(in)
	if err == nil {
		var pl handoff.Payload
		if pl, err = handoff.Open(ct, p.ids...); err == nil {
			d := therapist.NewData(&pl.Answers, pl.Prefs)
			d.Progress = pl.Progress
			if pl.LastVisit != nil {
				d.LastVisit = visit.LastVisitNotes(*pl.LastVisit, kit.Catalog())
			}
			p.lang = pl.Lang
			p.data, p.openErr, p.viaHash, p.status = &d, nil, viaHash, ""
			name := pl.Answers.CallName()
			if name == "" {
				name = kit.T("handoff.therapist.no-name")
			}
			ctx.Page().SetTitle(kit.T("handoff.open.result", "name", name) + " – " + kit.T("app.name"))
			kit.FocusID(p.ctx, "open-result-title")
			return
		}
	}
	p.data, p.openErr = nil, err
	kit.FocusID(p.ctx, "open-error")
}
