package visit

import (
	"kneadform/app/ui/el"
	"strings"

	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checklistView is the pre-visit checklist (docs/visit.md, "Before"): one
// checkbox per item, ticks kept on the device (st.Visits.Ticks), then the
// clinic's booking link and address when it gave them.
func checklistView(st *store.Store, c dv.Checklist, legend string) app.UI {
	opts := make([]kit.Option, len(c.Items))
	for i, it := range c.Items {
		refs := make([]string, len(it.Refs))
		for j, r := range it.Refs {
			refs[j] = kit.T(r)
		}
		opts[i] = kit.Option{Value: it.ID, Label: it.Text(kit.Catalog()), Hint: strings.Join(refs, " · ")}
	}
	done, total := c.Done(st.Visits.Ticks)
	return el.Div().ID("checklist-box").Body(
		kit.Checks("checklist", legend, kit.T("visitui.checklist.hint"), opts,
			func(v string) bool { return st.Visits.Ticks[v] }, "",
			func(ctx app.Context, v string) {
				st.Visits.Load()
				st.Visits.Ticks[v] = !st.Visits.Ticks[v]
				st.Visits.Save()
			}),
		el.P().ID("checklist-done").Class("hint").Text(kit.T("visitui.checklist.done", "done", done, "total", total)),
		app.If(c.Booking != "", func() app.UI {
			return el.P().Body(el.A().ID("clinic-booking").Attr("href", c.Booking).Attr("rel", "noopener").Text(kit.T(dv.KeyBooking)))
		}),
		app.If(c.Address != "", func() app.UI {
			return el.P().ID("clinic-address").Body(el.Strong().Text(kit.T(dv.KeyAddress)+": "), app.Text(c.Address))
		}),
	)
}

// Panel is the summary's "before and after your visit" section: the
// checklist, the change since the first record, and the links to print the
// checklist, check in after the visit, add reminders to the calendar and
// rate the activities that are hard.
func Panel(st *store.Store) func() app.UI {
	return func() app.UI {
		s := load(st)
		if !s.ok {
			return nil
		}
		links := []app.UI{
			el.A().ID("visit-print").Class("button button--secondary").Attr("href", PathChecklist).Text(kit.T("visitui.print")),
			el.A().ID("visit-checkin").Class("button button--secondary").Attr("href", PathCheckIn).Text(checkInLinkText(st)),
			el.A().ID("visit-calendar").Class("button button--secondary").Attr("href", PathCalendar).Text(kit.T(dv.KeyCalendar)),
			el.A().ID("visit-activities").Class("button button--secondary").Attr("href", PathActivities).Text(kit.T(dv.KeyPSFSTitle)),
		}
		return el.Section().ID("visit").Class("panel").Body(
			el.H2().Text(kit.T("visitui.panel.title")),
			checklistView(st, s.checklist(), kit.T(dv.KeyBeforeTitle)),
			changeView(st),
			el.Div().Class("actions actions--stack").Body(links...),
		)
	}
}

// checkInLinkText is the check-in link: the due stage's heading when a
// check-in is due, else the general one.
func checkInLinkText(st *store.Store) string {
	if v, ok := st.Visits.Log.LastVisit(); ok {
		if stage, due := v.Due(now()); due {
			return kit.T(stage.Key()) + ": " + kit.T(dv.KeyCheckInTitle)
		}
	}
	return kit.T("visitui.checkin.open")
}

// changeView lists the change since the first record (outcome.Log.Change),
// nothing before there are two records.
func changeView(st *store.Store) app.UI {
	lines := st.Visits.Log.Change().Lines(kit.Catalog())
	if len(lines) == 0 {
		return nil
	}
	items := make([]app.UI, len(lines))
	for i, l := range lines {
		items[i] = el.Li().Text(l)
	}
	return el.Div().ID("visit-change").Body(
		el.H3().Text(kit.T("visitui.change.title")),
		el.Ul().Class("bullets").Body(items...),
	)
}

// checklistPage is /visit/checklist: the checklist on its own page, laid
// out to print (print.css hides the banner, footer and buttons).
type checklistPage struct {
	app.Compo
	st *store.Store
	s  state
}

// NewChecklist is the /visit/checklist page over st.
func NewChecklist(st *store.Store) app.Composer { return &checklistPage{st: st} }

func (p *checklistPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.s = load(p.st)
		if !p.s.ok && app.IsClient {
			ctx.Navigate("/intake")
			return
		}
		shell.Step("visit-checklist")
		ctx.Page().SetTitle(kit.T(dv.KeyBeforeTitle) + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *checklistPage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.s.ok, "visit-checklist").Render(p.main)
}

func (p *checklistPage) main() app.UI {
	return kit.NewScreen("page page-visit-checklist").Back("/summary", kit.T("visitui.back")).
		BackClass("back-link no-print").Notice(p.st.Visits.TakeNotice()).
		Heading(kit.T(dv.KeyBeforeTitle)).Lead(kit.T("visitui.checklist.lead")).Render(
		checklistView(p.st, p.s.checklist(), kit.T("visitui.checklist.legend")),
		el.Div().Class("actions no-print").Body(
			el.Button().ID("print-checklist").Class("button").Attr("type", "button").Text(kit.T("visitui.print")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) {
					kit.JS(func() { app.Window().Call("print") })
				})),
		),
	)
}
