package therapist

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// therapistPage (/therapist) is the therapist summary on the client's own
// phone: one scannable screen the client shows at reception or on the
// table, with a "Show to your therapist" large-text mode and a print
// layout that fits one A4 or Letter page (web/print.css). Clinic mode
// (/open) shows the same summary from a hand-off.
type therapistPage struct {
	app.Compo
	st    *store.Store // the client's state (app/ui/store)
	ready bool
	data  Data
	large bool // "Show to your therapist": large text
}

// Path is the address of the client's therapist summary.
const Path = "/therapist"

// New is the therapist summary page (Path) over st's finished intake.
func New(st *store.Store) app.Composer { return &therapistPage{st: st} }

func (p *therapistPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		if app.IsServer {
			return
		}
		d, ok := clientData(p.st)
		if !ok {
			ctx.Navigate("/intake")
			return
		}
		p.data, p.ready = d, true
		ctx.Page().SetTitle(kit.T("handoff.therapist.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *therapistPage) Render() app.UI {
	return shell.NewFrame(p.st).Class(Layout(p.large)).Loading(!p.ready, "therapist").Render(p.main)
}

// main: the summary with its large-text and print tools, and the way to
// share it.
func (p *therapistPage) main() app.UI {
	return kit.NewScreen("page page-therapist").Back("/summary", kit.T("handoff.back.summary")).BackClass("back-link no-print").
		Heading(kit.T("handoff.therapist.title")).Render(
		el.P().ID("client-language").Class("t-client-language").Text(shell.ClientLanguageNote()),
		Tools("therapist", p.large, func(ctx app.Context) { p.large = !p.large }),
		Summary(p.data),
		el.Div().Class("actions no-print").Body(
			el.A().ID("therapist-share").Class("button").Attr("href", "/share").Text(kit.T("handoff.panel.share")),
		),
	)
}

// Layout is the page's outer class; large text adds a modifier.
func Layout(large bool) string {
	if large {
		return "layout therapist-large"
	}
	return "layout"
}

// Tools are the large-text toggle and the print button. id
// prefixes their ids (the client's view and clinic mode each have theirs).
func Tools(id string, large bool, toggle func(ctx app.Context)) app.UI {
	return el.Div().Class("therapist-tools no-print").Body(
		el.Button().Attr("type", "button").ID(id+"-large").Class("button button--secondary therapist-toggle").
			Aria("pressed", strconv.FormatBool(large)).Text(kit.T("handoff.therapist.large")).
			OnClick(kit.On(func(ctx app.Context, e app.Event) { toggle(ctx) }), app.EventScope(id+"-large")),
		el.Button().Attr("type", "button").ID(id+"-print").Class("button button--secondary").
			Text(kit.T("handoff.therapist.print")).
			OnClick(kit.On(func(ctx app.Context, e app.Event) { printPage() }), app.EventScope(id+"-print")),
	)
}

// printPage opens the browser's print dialog (print.css lays the page out).
func printPage() {
	kit.JS(func() { app.Window().Call("print") })
}
