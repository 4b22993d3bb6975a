// Package ui is Kneadform's user interface: the one route table, shared by
// the wasm client and the server (which prerenders the same pages). The
// screens live in one package per feature, named for what they show, built
// from the widgets in app/ui/kit, around the frame in app/ui/shell, over the
// client's state in app/ui/store:
//
//	questions     /, /intake/<step> (the questions, check your answers)
//	outcome       /urgent, /advice, /summary
//	pressurewalk  /pressure/<screen>
//	selfcare      /self-care, /self-care/play, /journal
//	share         /share
//	therapist     /therapist
//	clinicmode    /open
//	visit         /visit/<page> (checklist, check-in and its pages, calendar, activities)
//
// None of them makes a clinical decision: they render the intake model
// (app/intake) and the outcomes computed by the pure-Go domain packages.
// docs/architecture.md says where a new screen goes.
package ui

import (
	"kneadform/app/intake"
	"kneadform/app/ui/clinicmode"
	"kneadform/app/ui/outcome"
	"kneadform/app/ui/pressurewalk"
	"kneadform/app/ui/questions"
	"kneadform/app/ui/selfcare"
	"kneadform/app/ui/share"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	"kneadform/app/ui/therapist"
	"kneadform/app/ui/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths lists every page path, for prerendering and the static build. Intake
// steps are all served by one component under /intake/, the walkthrough's
// screens by one under /pressure/, the check-in's pages by one under
// /visit/checkin/ (StaticPaths adds each).
var Paths = []string{"/", "/intake", "/urgent", "/advice", "/summary", "/pressure",
	selfcare.PathRoutine, selfcare.PathPlayer, selfcare.PathJournal,
	share.Path, therapist.Path, clinicmode.Path,
	visit.PathChecklist, visit.PathCheckIn, visit.PathCalendar, visit.PathActivities}

// intakePattern is the route of the intake: /intake and /intake/<step>.
// Patterns of RouteWithRegexp must stay within internal/routepattern's
// syntax (the wasm's go-app compiles them with it): TestRoutePatterns.
const intakePattern = `^/intake(/[a-z0-9-]*)?$`

// Register declares the route table. It is called by the wasm client and by
// the server, so both resolve a URL to the same component. Every page gets
// the one Store of this run: the client's state, passed in explicitly.
func Register() {
	st := store.New()
	shell.Start(st)
	// Client pages speak the client's language (shell.Page), the
	// therapist's the clinic's (shell.ClinicPage).
	route := func(path string, page func(*store.Store) app.Composer) {
		app.Route(path, shell.Page(func() app.Composer { return page(st) }))
	}
	route("/", questions.NewWelcome)
	app.RouteWithRegexp(intakePattern, shell.Page(func() app.Composer { return questions.NewIntake(st) }))
	route("/urgent", outcome.NewUrgent)
	route("/advice", outcome.NewAdvice)
	app.Route("/summary", shell.Page(func() app.Composer {
		return outcome.NewSummary(st, share.Panel, pressurewalk.SummaryPanel(st), selfcare.Link(st), visit.Panel(st))
	}))
	app.RouteWithRegexp(pressurewalk.Pattern, shell.Page(func() app.Composer { return pressurewalk.New(st) }))
	route(selfcare.PathRoutine, selfcare.NewRoutine)
	route(selfcare.PathPlayer, selfcare.NewPlayer)
	route(selfcare.PathJournal, selfcare.NewJournal)
	route(share.Path, share.New)
	app.Route(therapist.Path, shell.ClinicPage(func() app.Composer { return therapist.New(st) }))
	app.Route(clinicmode.Path, shell.ClinicPage(func() app.Composer { return clinicmode.New(st) }))
	route(visit.PathChecklist, visit.NewChecklist)
	app.RouteWithRegexp(visit.CheckInPattern, shell.Page(func() app.Composer { return visit.NewCheckIn(st) }))
	route(visit.PathCalendar, visit.NewCalendar)
	route(visit.PathActivities, visit.NewActivities)
	// Any other address, in the browser: "page not found" in the client's
	// language (go-app's own page, which v10 always uses for an unrouted
	// path, is English only). Last, so every route above wins; not on the
	// server, whose 404 answer (app/server) this would turn into a 200.
	if app.IsClient {
		app.RouteWithRegexp(`^/`, shell.Page(func() app.Composer { return shell.NewNotFound(st) }))
	}
}

// StaticPaths lists every page the static build prerenders: Paths, each
// intake step, each pressure screen and each check-in page, so a deep link has a file on a
// host that serves /intake/where from intake/where.html.
func StaticPaths() []string {
	out := append([]string(nil), Paths...)
	for _, s := range intake.Steps {
		out = append(out, "/intake/"+string(s))
	}
	out = append(out, pressurewalk.Paths()...)
	for _, p := range visit.CheckInPaths() {
		if p != visit.PathCheckIn { // already in Paths
			out = append(out, p)
		}
	}
	return out
}
