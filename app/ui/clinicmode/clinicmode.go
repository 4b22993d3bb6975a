package clinicmode

import (
	"strings"

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
// file or pasted text); it is kept on that device only, in localStorage,
// with a plain warning and a "Forget this key" button. The page then reads
// the ciphertext from the URL fragment (which never leaves the page),
// opens it with the key and shows the therapist summary. A link opened
// before the key is imported keeps its fragment, and opens as soon as the
// key is in. Staff may also paste a link or choose a .age file. Errors say
// what is wrong (handoff.ErrorKey) and keep the input.
type clinicPage struct {
	app.Compo
	st    *store.Store // the client's state (app/ui/store)
	ctx   app.Context  // the page's own: focus moves and file reads outlive the control that started them
	ready bool

	ids        []age.Identity // the clinic key; nil when none is imported
	public     string         // the key's public half (age1…), to show which key it is
	memoryOnly bool           // storage refused: the key lives in this tab only
	keyErr     error          // importing the key failed
	keyPaste   string         // the pasted key text, kept after an error

	pending bool            // the URL fragment holds a hand-off waiting for the key
	input   string          // the pasted link, kept after an error
	openErr error           // opening a hand-off failed
	data    *therapist.Data // the hand-off opened
	lang    string          // the language the client answered in, from the hand-off ("" before version 3)
	viaHash bool            // data came from the URL fragment
	large   bool            // large text
	status  string          // a polite message ("key removed")
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
		p.ctx, p.ready = ctx, true
		p.loadKey()
		ctx.Page().SetTitle(kit.T("handoff.open.title") + " – " + kit.T("app.name"))
		// OnNav also runs when only the fragment changes (another link
		// scanned into this tab).
		if h := locationHash(); isHandoffFragment(h) {
			p.input, p.data, p.openErr = "", nil, nil
			if p.ids == nil {
				p.pending = true
			} else {
				p.open(ctx, []byte(h), true)
				return
			}
		}
		kit.FocusID(p.ctx, "page-heading")
	})
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
				d.LastVisit = visit.LastVisitNotes(*pl.LastVisit)
			}
			p.lang = pl.Lang
			p.data, p.openErr, p.viaHash, p.status = &d, nil, viaHash, ""
			name := strings.TrimSpace(pl.Answers.FirstName)
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
