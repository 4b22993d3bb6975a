package ui

import (
	"kneadform/app/clinic"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// banner is the top bar: the clinic's name (or ours) and a skip link.
func banner() app.UI {
	name := clinic.Current.Name
	if name == "" {
		name = t("app.name")
	}
	return app.Header().Class("banner").Body(
		app.A().Class("skip-link").Href("#main").Text(t("nav.skip")),
		app.P().Class("banner-name").Text(name),
		fullScreenLink(),
	)
}

// footer carries the privacy promise and the always-visible way to delete
// every answer from the device.
func footer() app.UI {
	private := t("footer.private")
	if sess.memoryOnly {
		private = t("footer.memory")
	}
	return app.Footer().Class("footer").Body(
		app.P().Class("footer-private").Text(private),
		&deleteAnswers{},
	)
}

// deleteAnswers is "Delete my answers" with a confirmation, so one stray tap
// does not wipe a half-finished intake.
type deleteAnswers struct {
	app.Compo
	confirming bool
}

func (d *deleteAnswers) Render() app.UI {
	if !d.confirming {
		return app.Button().Type("button").ID("delete-answers").Class("button button--secondary").
			Text(t("delete.button")).
			OnClick(on(func(ctx app.Context, e app.Event) {
				d.confirming = true
				focusID(ctx, "delete-confirm")
			}), app.EventScope("delete"))
	}
	return app.Div().ID("delete-confirm").Class("confirm").Role("alertdialog").
		Aria("labelledby", "delete-confirm-text").TabIndex(-1).Body(
		app.P().ID("delete-confirm-text").Text(t("delete.confirm")),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID("delete-yes").Class("button button--warning").Text(t("delete.yes")).
				OnClick(on(func(ctx app.Context, e app.Event) {
					sess.erase()
					sess.notice = "notice.deleted"
					d.confirming = false
					ctx.Navigate("/")
				}), app.EventScope("delete-yes")),
			app.Button().Type("button").ID("delete-no").Class("button button--secondary").Text(t("delete.no")).
				OnClick(on(func(ctx app.Context, e app.Event) {
					d.confirming = false
					focusID(ctx, "delete-answers")
				}), app.EventScope("delete-no")),
		),
	)
}
