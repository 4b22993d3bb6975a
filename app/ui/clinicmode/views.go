package clinicmode

import (
	"errors"
	"kneadform/app/ui/el"
	"strings"

	"kneadform/app/clinic"
	"kneadform/app/handoff"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/therapist"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *clinicPage) Render() app.UI {
	return shell.NewFrame(p.st).Class(therapist.Layout(p.large)).NoFooter().Loading(!p.ready, "open").Render(p.main)
}

// main: import the clinic's key, or open a hand-off with it.
func (p *clinicPage) main() app.UI {
	return kit.NewScreen("page page-open").Heading(kit.T("handoff.open.title"), "no-print").Render(
		kit.StatusRegion("open-status", p.status),
		app.If(p.ids == nil, func() app.UI { return p.importView() }).
			Else(func() app.UI { return p.keyView() }),
	)
}

// importView asks for the clinic key, warning what keeping it here means.
func (p *clinicPage) importView() app.UI {
	return el.Div().ID("open-import").Body(
		el.P().Class("lead").Text(kit.T("handoff.open.lead")),
		app.If(p.pending, func() app.UI {
			return el.Div().ID("open-pending").Class("notice").Body(el.P().Text(kit.T("handoff.open.pending")))
		}),
		app.If(p.keyLost, func() app.UI {
			return el.Div().ID("open-key-lost").Class("notice").Body(el.P().Text(kit.T("handoff.open.key.lost")))
		}),
		el.Div().Class("notice handoff-warning").Body(
			el.H2().Class("handoff-warning-title").Text(kit.T("handoff.open.warning.title")),
			el.Ul().Class("bullets").Body(
				el.Li().Text(kit.T("handoff.open.warning.device")),
				el.Li().Text(kit.T("handoff.open.warning.anyone")),
				el.Li().Text(kit.T("handoff.open.warning.forget")),
			),
		),
		el.Section().ID("open-key").Class("handoff-section").Aria("labelledby", "open-key-title").Body(
			el.H2().ID("open-key-title").Text(kit.T("handoff.open.key.title")),
			app.If(p.keyErr != nil, func() app.UI {
				return errorBox("open-key-error", kit.T("handoff.open.key.error"), p.keyErr)
			}),
			el.Div().Class("field").Body(
				el.Label().Attr("for", "open-key-file").Class("label").Text(kit.T("handoff.open.key.file")),
				el.P().ID("open-key-file-hint").Class("hint").Text(kit.T("handoff.open.key.file.hint")),
				el.Input().Attr("type", "file").ID("open-key-file").Class("file-input").
					Aria("describedby", "open-key-file-hint").
					OnChange(kit.On(func(ctx app.Context, e app.Event) {
						input := ctx.JSSrc()
						readChosenFile(p.ctx, input, func(ctx app.Context, b []byte, err error) {
							resetFileInput(input)
							if err != nil {
								p.keyErr = errors.Join(handoff.ErrBadIdentity, err)
								kit.FocusID(p.ctx, "open-key-error")
								return
							}
							p.importKey(ctx, string(b))
						})
					}), app.EventScope("open-key-file")),
			),
			el.Div().Class("field").Body(
				el.Label().Attr("for", "open-key-paste").Class("label").Text(kit.T("handoff.open.key.paste")),
				el.P().ID("open-key-paste-hint").Class("hint").Text(kit.T("handoff.open.key.paste.hint")),
				el.Textarea().ID("open-key-paste").Class("input").Attr("rows", 3).
					Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").
					Aria("describedby", "open-key-paste-hint").Text(p.keyPaste).
					OnInput(kit.On(func(ctx app.Context, e app.Event) { p.keyPaste = ctx.JSSrc().Get("value").String() }), app.EventScope("open-key-paste")),
			),
			el.Button().Attr("type", "button").ID("open-key-use").Class("button").Text(kit.T("handoff.open.key.use")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) { p.importKey(ctx, p.keyPaste) }), app.EventScope("open-key-use")),
		),
	)
}

// keyView: the hand-off opened, or the ways to open one, then the key in
// use with its warning and Forget button.
func (p *clinicPage) keyView() app.UI {
	// The hand-off (or the way to open one) first: the key is set up once.
	return el.Div().ID("open-ready").Body(
		app.If(p.openErr != nil, func() app.UI {
			return errorBox("open-error", kit.T("handoff.open.error.title"), p.openErr)
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
		match = kit.T("handoff.open.key.matches")
	default:
		match = kit.T("handoff.open.key.mismatch")
	}
	where := kit.T("handoff.open.key.stored")
	if p.memoryOnly {
		where = kit.T("handoff.open.key.memory")
	}
	return el.Section().ID("open-key-loaded").Class("notice handoff-warning open-key-bar no-print").Aria("labelledby", "open-key-loaded-title").Body(
		el.H2().ID("open-key-loaded-title").Class("handoff-warning-title").Text(kit.T("handoff.open.key.loaded")),
		el.P().Body(
			app.Text(where+" "),
			el.Code().ID("open-key-public").Class("handoff-key").Text(shortKey(p.public)),
		),
		app.If(match != "", func() app.UI { return el.P().ID("open-key-match").Text(match) }),
		el.P().Text(kit.T("handoff.open.warning.anyone")),
		el.Button().Attr("type", "button").ID("open-key-forget").Class("button button--warning").Text(kit.T("handoff.open.key.forget")).
			OnClick(kit.On(func(ctx app.Context, e app.Event) { p.forgetKey(ctx) }), app.EventScope("open-key-forget")),
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
	return el.Section().ID("open-form").Class("handoff-section no-print").Aria("labelledby", "open-form-title").Body(
		el.H2().ID("open-form-title").TabIndex(-1).Text(kit.T("handoff.open.form.title")),
		el.P().Text(kit.T("handoff.open.form.scan")),
		el.Div().Class("field").Body(
			el.Label().Attr("for", "open-link").Class("label").Text(kit.T("handoff.open.form.paste")),
			el.Textarea().ID("open-link").Class("input").Attr("rows", 4).
				Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").Text(p.input).
				OnInput(kit.On(func(ctx app.Context, e app.Event) { p.input = ctx.JSSrc().Get("value").String() }), app.EventScope("open-link")),
		),
		el.Button().Attr("type", "button").ID("open-link-open").Class("button").Text(kit.T("handoff.open.form.open")).
			OnClick(kit.On(func(ctx app.Context, e app.Event) { p.open(ctx, []byte(p.input), false) }), app.EventScope("open-link-open")),
		el.Div().Class("field").Body(
			el.Label().Attr("for", "open-file").Class("label").Text(kit.T("handoff.open.form.file")),
			el.Input().Attr("type", "file").ID("open-file").Class("file-input").Attr("accept", ".age,application/octet-stream,text/plain").
				OnChange(kit.On(func(ctx app.Context, e app.Event) {
					input := ctx.JSSrc()
					readChosenFile(p.ctx, input, func(ctx app.Context, b []byte, err error) {
						resetFileInput(input)
						if err != nil {
							p.data, p.openErr = nil, err
							kit.FocusID(p.ctx, "open-error")
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
	name := p.data.Answers.CallName()
	if name == "" {
		name = kit.T("handoff.therapist.no-name")
	}
	return el.Section().ID("open-result").Class("open-result").Aria("labelledby", "open-result-title").Body(
		el.H2().ID("open-result-title").Class("open-result-title").TabIndex(-1).Text(kit.T("handoff.open.result", "name", name)),
		app.If(p.lang != "", func() app.UI {
			return el.P().ID("open-client-language").Class("t-client-language").Text(shell.LanguageNote(p.lang))
		}),
		therapist.Tools("open", p.large, func(ctx app.Context) { p.large = !p.large }),
		therapist.Summary(*p.data),
		el.Div().Class("actions no-print").Body(
			el.Button().Attr("type", "button").ID("open-another").Class("button button--secondary").Text(kit.T("handoff.open.another")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) {
					if p.viaHash {
						p.fragment = ""
					}
					p.data, p.input, p.openErr, p.large, p.viaHash, p.lang = nil, "", nil, false, false, ""
					kit.FocusID(p.ctx, "open-form-title")
				}), app.EventScope("open-another")),
		),
	)
}

// errorBox says what went wrong, in the catalog's words, with the details
// for whoever maintains the clinic's setup.
func errorBox(id, title string, err error) app.UI {
	return el.Div().ID(id).Class("error-summary handoff-error").Role("alert").TabIndex(-1).Aria("labelledby", id+"-title").Body(
		el.H2().ID(id+"-title").Text(title),
		el.P().ID(id+"-text").Class("handoff-error-text").Text(kit.T(handoff.ErrorKey(err))),
		el.Details().Class("handoff-details").Body(
			el.Summary().Text(kit.T("handoff.open.error.details")),
			el.P().Class("handoff-error-detail").Text(err.Error()),
		),
	)
}
