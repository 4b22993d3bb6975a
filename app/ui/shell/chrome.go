package shell

import (
	"kneadform/app/clinic"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Banner is the top bar: the clinic's name (or ours) and a skip link.
func Banner() app.UI {
	name := clinic.Current.Name
	if name == "" {
		name = kit.T("app.name")
	}
	return &banner{Name: name, Skip: kit.T("nav.skip"), Framed: embed.framed, Clinic: onClinicSide, Lang: clientLang}
}

// banner and footer are components whose exported fields are everything
// they show: go-app renders them again only when one of those changes,
// not with every update of the page between them (an answer, a step:
// issue 12, step changes).
type banner struct {
	app.Compo
	Name, Skip string
	Framed     bool // fullScreenLink
	Clinic     bool // clientPicker
	Lang       string
}

func (b *banner) Render() app.UI {
	return el.Header().Class("banner").Body(
		el.A().Class("skip-link").Attr("href", "#main").Text(b.Skip),
		el.P().Class("banner-name").Text(b.Name),
		fullScreenLink(),
		clientPicker(),
	)
}

// clientPicker is the language picker, on the client's pages only: the
// therapist's pages speak the clinic's language.
func clientPicker() app.UI {
	if onClinicSide {
		return nil
	}
	return languagePicker()
}

// Footer carries the privacy promise (and, when a draft could not be fully
// read, the way to download the text set aside).
func Footer(st *store.Store) app.UI {
	private := kit.T("footer.private")
	switch {
	case st.Session.MemoryOnly:
		private = kit.T("footer.memory")
	case st.Session.Held:
		private = kit.T("footer.held")
	}
	f := &footer{Private: private, Aside: st.Session.AsideURL()}
	if f.Aside != "" {
		f.AsideLabel = kit.T("footer.aside")
	}
	return f
}

type footer struct {
	app.Compo
	Private           string
	Aside, AsideLabel string // the text set aside (asideLink), if any
}

func (f *footer) Render() app.UI {
	return el.Footer().Class("footer").Body(
		el.P().Class("footer-private").Text(f.Private),
		f.asideLink(),
	)
}

// asideLink offers the saved text the app could not fully read (a damaged
// or newer draft), so nothing the client typed is out of reach.
func (f *footer) asideLink() app.UI {
	if f.Aside == "" {
		return nil
	}
	return el.P().Class("footer-aside").Body(
		el.A().ID("draft-aside").Attr("href", f.Aside).Attr("download", "kneadform-saved-answers.txt").Text(f.AsideLabel),
	)
}

// Tools is the always-visible way to delete every answer from the device.
// It sits above the page, before the main landmark (the skip link jumps
// over it), so it is never one Tab or one slip away from Continue.
func Tools(st *store.Store) app.UI {
	return el.Div().Class("page-tools").Body(&deleteAnswers{st: st})
}

// deleteAnswers is "Delete my answers" with a confirmation, so one stray tap
// does not wipe a half-finished intake.
type deleteAnswers struct {
	app.Compo
	st         *store.Store
	confirming bool
}

func (d *deleteAnswers) Render() app.UI {
	if !d.confirming {
		return el.Button().Attr("type", "button").ID("delete-answers").Class("button button--secondary").
			Text(kit.T("delete.button")).
			OnClick(kit.On(func(ctx app.Context, e app.Event) {
				d.confirming = true
				kit.FocusID(ctx, "delete-confirm")
			}), app.EventScope("delete"))
	}
	return el.Div().ID("delete-confirm").Class("confirm").Role("alertdialog").
		Aria("labelledby", "delete-confirm-text").TabIndex(-1).Body(
		el.P().ID("delete-confirm-text").Text(kit.T("delete.confirm")),
		el.Div().Class("actions").Body(
			el.Button().Attr("type", "button").ID("delete-yes").Class("button button--warning").Text(kit.T("delete.yes")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) {
					d.st.Session.Erase()
					d.st.Session.Notice = "notice.deleted"
					d.confirming = false
					ctx.Navigate("/")
				}), app.EventScope("delete-yes")),
			el.Button().Attr("type", "button").ID("delete-no").Class("button button--secondary").Text(kit.T("delete.no")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) {
					d.confirming = false
					kit.FocusID(ctx, "delete-answers")
				}), app.EventScope("delete-no")),
		),
	)
}
