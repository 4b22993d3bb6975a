package shell

import (
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateNotice says that a new version of the app is ready (issue 17,
// defect 8): go-app's service worker fetched it in the background, but the
// page on screen is still the old one until it reloads, which go-app only
// logged to the console. The notice is a status message (role=status,
// announced without moving focus) that blocks nothing; its Reload button
// saves the draft first, so reloading never loses an answer.
type updateNotice struct {
	app.Compo
	st    *store.Store
	ready bool
}

// OnMount catches an update found before this page was built (another page
// was on screen, or the wasm was still loading).
func (u *updateNotice) OnMount(ctx app.Context) {
	if u.ready = ctx.AppUpdateAvailable(); !u.ready {
		kit.Unchanged(ctx)
	}
}

// OnAppUpdate is go-app's AppUpdater: the new version is installed.
func (u *updateNotice) OnAppUpdate(ctx app.Context) { u.ready = true }

// Render keeps the live region in the page from the start, so that screen
// readers announce the text when it appears.
func (u *updateNotice) Render() app.UI {
	box := el.Div().ID("app-update").Class("update").Attr("role", "status")
	if !u.ready {
		return box
	}
	return box.Class("update update--ready").Body(
		el.P().Class("update-text").Text(kit.T("update.ready")),
		el.Button().ID("app-update-reload").Attr("type", "button").Class("button update-reload").
			Text(kit.T("update.reload")).OnClick(kit.On(u.reload)),
	)
}

// reload flushes the draft to storage, then loads the new version.
func (u *updateNotice) reload(ctx app.Context, e app.Event) {
	if u.st != nil && u.st.Session.HasDraft() {
		u.st.Session.Save()
	}
	ctx.Reload()
}
