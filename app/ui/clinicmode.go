package ui

import (
	"errors"
	"strings"

	"kneadform/app/clinic"
	"kneadform/app/handoff"

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
	ctx   app.Context // the page's own: focus moves and file reads outlive the control that started them
	ready bool

	ids        []age.Identity // the clinic key; nil when none is imported
	public     string         // the key's public half (age1…), to show which key it is
	memoryOnly bool           // storage refused: the key lives in this tab only
	keyErr     error          // importing the key failed
	keyPaste   string         // the pasted key text, kept after an error

	pending bool         // the URL fragment holds a hand-off waiting for the key
	input   string       // the pasted link, kept after an error
	openErr error        // opening a hand-off failed
	data    *handoffData // the hand-off opened
	viaHash bool         // data came from the URL fragment
	large   bool         // large text
	status  string       // a polite message ("key removed")
}

// clinicIdentityKey is the localStorage key of the clinic's private key on
// a clinic device. It starts "kneadform." like every key the app keeps.
const clinicIdentityKey = "kneadform.clinic-identity"

// clinicIdentityMemory holds the key when the browser refuses storage.
var clinicIdentityMemory string

func (p *clinicPage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		if app.IsServer {
			return
		}
		p.ctx, p.ready = ctx, true
		p.loadKey()
		ctx.Page().SetTitle(t("handoff.open.title") + " – " + t("app.name"))
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
		focusID(p.ctx, "page-heading")
	})
}

// isHandoffFragment reports whether a URL fragment looks like a hand-off
// ("k1.…", or a newer "k2.…" that gets a clear "update" message).
func isHandoffFragment(h string) bool {
	return len(h) > 2 && h[0] == 'k' && h[1] >= '0' && h[1] <= '9'
}

// loadKey reads the clinic key from the device. A damaged key is removed
// with a message, never shown.
func (p *clinicPage) loadKey() {
	raw := clinicIdentityMemory
	if raw == "" {
		v, ok, err := storageGet(clinicIdentityKey)
		switch {
		case err != nil:
			p.memoryOnly = true
		case ok:
			raw = v
		}
	}
	p.ids, p.public = nil, ""
	if raw == "" {
		return
	}
	ids, err := handoff.ParseIdentities(strings.NewReader(raw))
	if err != nil {
		storageDel(clinicIdentityKey)
		clinicIdentityMemory = ""
		p.keyErr = err
		return
	}
	p.setKey(ids)
}

func (p *clinicPage) setKey(ids []age.Identity) {
	p.ids, p.public = ids, ""
	for _, id := range ids {
		if x, ok := id.(*age.X25519Identity); ok {
			p.public = x.Recipient().String()
			break
		}
	}
}

// keyText is the key as stored: one AGE-SECRET-KEY-1… line per key, without
// the comments a key file carries.
func keyText(ids []age.Identity) string {
	var lines []string
	for _, id := range ids {
		if x, ok := id.(*age.X25519Identity); ok {
			lines = append(lines, x.String())
		}
	}
	return strings.Join(lines, "\n")
}

// importKey reads a key file's text, keeps the key on this device, and
// opens the waiting hand-off, if any.
func (p *clinicPage) importKey(ctx app.Context, text string) {
	ids, err := handoff.ParseIdentities(strings.NewReader(text))
	if err != nil {
		p.keyErr = err
		focusID(p.ctx, "open-key-error")
		return
	}
	stored := keyText(ids)
	if err := storageSet(clinicIdentityKey, stored); err != nil {
		p.memoryOnly, clinicIdentityMemory = true, stored
	}
	p.setKey(ids)
	p.keyErr, p.keyPaste, p.status = nil, "", t("handoff.open.key.imported")
	if h := locationHash(); p.pending && isHandoffFragment(h) {
		p.pending = false
		p.open(ctx, []byte(h), true)
		return
	}
	p.pending = false
	focusID(p.ctx, "open-link")
}

// forgetKey removes the key from this device, and the hand-off in view.
func (p *clinicPage) forgetKey(ctx app.Context) {
	storageDel(clinicIdentityKey)
	clinicIdentityMemory = ""
	p.ids, p.public, p.data, p.openErr, p.large = nil, "", nil, nil, false
	p.pending = isHandoffFragment(locationHash()) // the link is still here: import a key to open it
	p.status = t("handoff.open.key.forgotten")
	focusID(p.ctx, "page-heading")
}

// open reads a link, fragment or .age file and opens it with the key.
func (p *clinicPage) open(ctx app.Context, in []byte, viaHash bool) {
	ct, err := handoff.Parse(in)
	if err == nil {
		var pl handoff.Payload
		if pl, err = handoff.Open(ct, p.ids...); err == nil {
			d := newHandoffData(&pl.Answers, pl.Prefs)
			p.data, p.openErr, p.viaHash, p.status = &d, nil, viaHash, ""
			name := strings.TrimSpace(pl.Answers.FirstName)
			if name == "" {
				name = t("handoff.therapist.no-name")
			}
			ctx.Page().SetTitle(t("handoff.open.result", "name", name) + " – " + t("app.name"))
			focusID(p.ctx, "open-result-title")
			return
		}
	}
	p.data, p.openErr = nil, err
	focusID(p.ctx, "open-error")
}

func (p *clinicPage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if !p.ready {
		return page("open", t("loading"))
	}
	return app.Div().Class(therapistLayout(p.large)).Body(
		banner(),
		app.Main().ID("main").Class("page page-open").Body(
			app.H1().ID("page-heading").TabIndex(-1).Class("no-print").Text(t("handoff.open.title")),
			statusRegion("open-status", p.status),
			app.If(p.ids == nil, func() app.UI { return p.importView() }).
				Else(func() app.UI { return p.keyView() }),
		),
	)
}

// importView asks for the clinic key, warning what keeping it here means.
func (p *clinicPage) importView() app.UI {
	return app.Div().ID("open-import").Body(
		app.P().Class("lead").Text(t("handoff.open.lead")),
		app.If(p.pending, func() app.UI {
			return app.Div().ID("open-pending").Class("notice").Body(app.P().Text(t("handoff.open.pending")))
		}),
		app.Div().Class("notice handoff-warning").Body(
			app.H2().Class("handoff-warning-title").Text(t("handoff.open.warning.title")),
			app.Ul().Class("bullets").Body(
				app.Li().Text(t("handoff.open.warning.device")),
				app.Li().Text(t("handoff.open.warning.anyone")),
				app.Li().Text(t("handoff.open.warning.forget")),
			),
		),
		app.Section().ID("open-key").Class("handoff-section").Aria("labelledby", "open-key-title").Body(
			app.H2().ID("open-key-title").Text(t("handoff.open.key.title")),
			app.If(p.keyErr != nil, func() app.UI {
				return errorBox("open-key-error", t("handoff.open.key.error"), p.keyErr)
			}),
			app.Div().Class("field").Body(
				app.Label().For("open-key-file").Class("label").Text(t("handoff.open.key.file")),
				app.P().ID("open-key-file-hint").Class("hint").Text(t("handoff.open.key.file.hint")),
				app.Input().Type("file").ID("open-key-file").Class("file-input").
					Aria("describedby", "open-key-file-hint").
					OnChange(on(func(ctx app.Context, e app.Event) {
						input := ctx.JSSrc()
						readChosenFile(p.ctx, input, func(ctx app.Context, b []byte, err error) {
							resetFileInput(input)
							if err != nil {
								p.keyErr = errors.Join(handoff.ErrBadIdentity, err)
								focusID(p.ctx, "open-key-error")
								return
							}
							p.importKey(ctx, string(b))
						})
					}), app.EventScope("open-key-file")),
			),
			app.Div().Class("field").Body(
				app.Label().For("open-key-paste").Class("label").Text(t("handoff.open.key.paste")),
				app.P().ID("open-key-paste-hint").Class("hint").Text(t("handoff.open.key.paste.hint")),
				app.Textarea().ID("open-key-paste").Class("input").Rows(3).
					Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").
					Aria("describedby", "open-key-paste-hint").Text(p.keyPaste).
					OnInput(on(func(ctx app.Context, e app.Event) { p.keyPaste = ctx.JSSrc().Get("value").String() }), app.EventScope("open-key-paste")),
			),
			app.Button().Type("button").ID("open-key-use").Class("button").Text(t("handoff.open.key.use")).
				OnClick(on(func(ctx app.Context, e app.Event) { p.importKey(ctx, p.keyPaste) }), app.EventScope("open-key-use")),
		),
	)
}

// keyView: the hand-off opened, or the ways to open one, then the key in
// use with its warning and Forget button.
func (p *clinicPage) keyView() app.UI {
	// The hand-off (or the way to open one) first: the key is set up once.
	return app.Div().ID("open-ready").Body(
		app.If(p.openErr != nil, func() app.UI {
			return errorBox("open-error", t("handoff.open.error.title"), p.openErr)
		}),
		app.If(p.data != nil, func() app.UI { return p.result() }).
			Else(func() app.UI { return p.openForm() }),
		p.keyBar(),
	)
}

// keyBar names the key on this device, warns, and offers to forget it.
func (p *clinicPage) keyBar() app.UI {
	match := ""
	switch cfg := strings.TrimSpace(clinic.Current.Recipient); {
	case cfg == "":
	case cfg == p.public:
		match = t("handoff.open.key.matches")
	default:
		match = t("handoff.open.key.mismatch")
	}
	where := t("handoff.open.key.stored")
	if p.memoryOnly {
		where = t("handoff.open.key.memory")
	}
	return app.Section().ID("open-key-loaded").Class("notice handoff-warning open-key-bar no-print").Aria("labelledby", "open-key-loaded-title").Body(
		app.H2().ID("open-key-loaded-title").Class("handoff-warning-title").Text(t("handoff.open.key.loaded")),
		app.P().Body(
			app.Text(where+" "),
			app.Code().ID("open-key-public").Class("handoff-key").Text(shortKey(p.public)),
		),
		app.If(match != "", func() app.UI { return app.P().ID("open-key-match").Text(match) }),
		app.P().Text(t("handoff.open.warning.anyone")),
		app.Button().Type("button").ID("open-key-forget").Class("button button--warning").Text(t("handoff.open.key.forget")).
			OnClick(on(func(ctx app.Context, e app.Event) { p.forgetKey(ctx) }), app.EventScope("open-key-forget")),
	)
}

// shortKey shortens a public key for display: "age1abcd…wxyz".
func shortKey(k string) string {
	if len(k) <= 16 {
		return k
	}
	return k[:9] + "…" + k[len(k)-6:]
}

// openForm: paste a link, or choose a .age file.
func (p *clinicPage) openForm() app.UI {
	return app.Section().ID("open-form").Class("handoff-section no-print").Aria("labelledby", "open-form-title").Body(
		app.H2().ID("open-form-title").TabIndex(-1).Text(t("handoff.open.form.title")),
		app.P().Text(t("handoff.open.form.scan")),
		app.Div().Class("field").Body(
			app.Label().For("open-link").Class("label").Text(t("handoff.open.form.paste")),
			app.Textarea().ID("open-link").Class("input").Rows(4).
				Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").Text(p.input).
				OnInput(on(func(ctx app.Context, e app.Event) { p.input = ctx.JSSrc().Get("value").String() }), app.EventScope("open-link")),
		),
		app.Button().Type("button").ID("open-link-open").Class("button").Text(t("handoff.open.form.open")).
			OnClick(on(func(ctx app.Context, e app.Event) { p.open(ctx, []byte(p.input), false) }), app.EventScope("open-link-open")),
		app.Div().Class("field").Body(
			app.Label().For("open-file").Class("label").Text(t("handoff.open.form.file")),
			app.Input().Type("file").ID("open-file").Class("file-input").Attr("accept", ".age,application/octet-stream,text/plain").
				OnChange(on(func(ctx app.Context, e app.Event) {
					input := ctx.JSSrc()
					readChosenFile(p.ctx, input, func(ctx app.Context, b []byte, err error) {
						resetFileInput(input)
						if err != nil {
							p.data, p.openErr = nil, err
							focusID(p.ctx, "open-error")
							return
						}
						p.open(ctx, b, false)
					})
				}), app.EventScope("open-file")),
		),
	)
}

// result is the opened hand-off: the therapist summary.
func (p *clinicPage) result() app.UI {
	name := strings.TrimSpace(p.data.answers.FirstName)
	if name == "" {
		name = t("handoff.therapist.no-name")
	}
	return app.Section().ID("open-result").Class("open-result").Aria("labelledby", "open-result-title").Body(
		app.H2().ID("open-result-title").Class("open-result-title").TabIndex(-1).Text(t("handoff.open.result", "name", name)),
		therapistTools("open", p.large, func(ctx app.Context) { p.large = !p.large }),
		therapistSummary(*p.data),
		app.Div().Class("actions no-print").Body(
			app.Button().Type("button").ID("open-another").Class("button button--secondary").Text(t("handoff.open.another")).
				OnClick(on(func(ctx app.Context, e app.Event) {
					if p.viaHash {
						clearHash()
					}
					p.data, p.input, p.openErr, p.large, p.viaHash = nil, "", nil, false, false
					focusID(p.ctx, "open-form-title")
				}), app.EventScope("open-another")),
		),
	)
}

// errorBox says what went wrong, in the catalog's words, with the details
// for whoever maintains the clinic's setup.
func errorBox(id, title string, err error) app.UI {
	return app.Div().ID(id).Class("error-summary handoff-error").Role("alert").TabIndex(-1).Aria("labelledby", id+"-title").Body(
		app.H2().ID(id+"-title").Text(title),
		app.P().ID(id+"-text").Class("handoff-error-text").Text(handoffErrorText(err)),
		app.Details().Class("handoff-details").Body(
			app.Summary().Text(t("handoff.open.error.details")),
			app.P().Class("handoff-error-detail").Text(err.Error()),
		),
	)
}
