package visit

import (
	"kneadform/app/ui/el"
	"strings"
	"time"

	"kneadform/app/clinic"
	"kneadform/app/ical"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// calendarPage is /visit/calendar: a calendar file (.ics, RFC 5545) made on
// the device with visit.Reminders and ical.Encode: the daily routine at the
// time the client picks, the check-ins 24 h and 48 h after the visit, and
// the next suggested visit. It is a blob: download; nothing is sent.
type calendarPage struct {
	app.Compo
	st      *store.Store
	s       state
	routine string // "HH:MM" or "" for no routine reminder
	when    string // the visit's start, "YYYY-MM-DDTHH:MM", or ""
	url     string // the file's blob: URL ("" when it could not be made)
}

// NewCalendar is the /visit/calendar page over st.
func NewCalendar(st *store.Store) app.Composer { return &calendarPage{st: st} }

func (p *calendarPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.s = load(p.st)
		if !p.s.ok {
			if app.IsClient {
				ctx.Navigate("/intake")
			}
			return
		}
		p.routine = "08:00"
		if v, ok := p.st.Visits.Log.LastVisit(); ok {
			p.when = v.At
		}
		p.make()
		shell.Step("visit-calendar")
		ctx.Page().SetTitle(kit.T("visitui.calendar.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *calendarPage) OnDismount() { kit.RevokeURL(p.url) }

// make writes the calendar file for the current choices.
func (p *calendarPage) make() {
	kit.RevokeURL(p.url)
	p.url = ""
	plan := dv.Plan{Frequency: p.s.outcome.Frequency, RoutineFrom: time.Now()}
	if t, err := time.Parse("15:04", p.routine); err == nil {
		plan.Routine = &t
	}
	if t, err := time.Parse(dv.AtLayout, p.when); err == nil {
		plan.Visit = t
	}
	cal := dv.Reminders(plan, clinic.Current, kit.Catalog())
	if link := checkInURL(); link != "" {
		for i := range cal.Events {
			if strings.HasPrefix(cal.Events[i].UID, "checkin-") {
				cal.Events[i].URL = link // the reminder opens the check-in
			}
		}
	}
	b, err := ical.Encode(cal, time.Now())
	if err != nil {
		return
	}
	p.url = kit.ObjectURL(b, "text/calendar")
}

// checkInURL is the check-in page's address when the app is served over
// https (calendar links must be https), else "".
func checkInURL() (u string) {
	kit.JS(func() {
		loc := app.Window().Get("location")
		if loc.Get("protocol").String() == "https:" {
			u = loc.Get("origin").String() + PathCheckIn
		}
	})
	return u
}

func (p *calendarPage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.s.ok, "visit-calendar").Render(p.main)
}

func (p *calendarPage) main() app.UI {
	return kit.NewScreen("page page-visit-calendar").Back("/summary", kit.T("visitui.back")).
		Heading(kit.T("visitui.calendar.title")).Lead(kit.T("visitui.calendar.lead")).Render(
		p.input("routine", "time", kit.T("visitui.calendar.routine"), p.routine, func(v string) { p.routine = v }),
		p.input("visit-when", "datetime-local", kit.T("visitui.calendar.visit"), p.when, func(v string) { p.when = v }),
		el.Div().Class("actions").Body(
			app.If(p.url != "", func() app.UI {
				return el.A().ID("calendar-download").Class("button").Attr("href", p.url).Attr("download", "kneadform.ics").
					Text(kit.T(dv.KeyCalendar)).OnClick(kit.On(func(ctx app.Context, e app.Event) { p.keepVisit() }))
			}),
		),
	)
}

// input is a labelled time or date-time field; a change remakes the file.
func (p *calendarPage) input(id, kind, label, value string, set func(string)) app.UI {
	return el.Div().Class("field").Body(
		el.Label().Attr("for", id).Class("label").Text(label),
		el.Input().Attr("type", kind).ID(id).Attr("name", id).Class("input").Attr("value", value).
			OnChange(kit.On(func(ctx app.Context, e app.Event) {
				set(ctx.JSSrc().Get("value").String())
				p.make()
			}), app.EventScope(id)),
	)
}

// keepVisit records the visit on the device, so the check-in the
// reminders point at knows when it was.
func (p *calendarPage) keepVisit() {
	if _, err := time.Parse(dv.AtLayout, p.when); err != nil {
		return
	}
	v := p.st.Visits
	v.Load()
	if !hasVisit(v.Log.Visits, p.when) {
		if v.Log.AddVisit(dv.Visit{At: p.when}) == nil {
			v.Save()
		}
	}
}
