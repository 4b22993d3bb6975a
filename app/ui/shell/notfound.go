package shell

import (
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundPage is the page of an address the route table does not know (a
// mistyped or outdated link). go-app's own says "Not Found" in English
// whatever the language; this one says it in the client's, with a way
// home. Before the service worker is installed the server answers such an
// address with its own 404 page (app/server, the clinic's language); after,
// the worker answers with the app shell and this page shows.
type notFoundPage struct {
	app.Compo
	st *store.Store
}

// NewNotFound is the page of any address no route claims, over st.
func NewNotFound(st *store.Store) app.Composer { return &notFoundPage{st: st} }

func (p *notFoundPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		ctx.Page().SetTitle(kit.T("notfound.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *notFoundPage) Render() app.UI {
	return NewFrame(p.st).Render(func() app.UI {
		return kit.Page("notfound", kit.T("notfound.title"),
			el.P().Text(kit.T("notfound.body")),
			el.A().ID("notfound-home").Class("button").Attr("href", "/").Text(kit.T("notfound.home")),
		)
	})
}
