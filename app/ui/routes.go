// Package ui is Kneadform's user interface: go-app components, one file per
// screen, composed from the small widgets in widgets*.go. It makes no
// clinical decision: it renders the intake model (app/intake) and the
// outcomes computed by the pure-Go domain packages.
package ui

import (
	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths lists every page path, for prerendering and the static build. Intake
// steps are all served by one component under /intake/.
var Paths = []string{"/", "/intake", "/urgent", "/advice", "/summary", "/pressure",
	"/self-care", "/self-care/play", "/journal"}

// Register declares the route table. It is called by the wasm client and by
// the server, so both resolve a URL to the same component.
func Register() {
	loadClinic()
	preventNativeSubmit()
	preventNativeLinks()
	startEmbed()
	startKiosk()
	app.Route("/", func() app.Composer { return &welcomePage{} })
	app.RouteWithRegexp(`^/intake(/[a-z0-9-]*)?$`, func() app.Composer { return &intakePage{} })
	app.Route("/urgent", func() app.Composer { return &urgentPage{} })
	app.Route("/advice", func() app.Composer { return &advicePage{} })
	app.Route("/summary", func() app.Composer { return &summaryPage{} })
	registerPressure()
	registerSelfCare()
	registerHandoff()
}

// StaticPaths lists every page the static build prerenders: Paths, each
// intake step and each pressure screen, so a deep link has a file on a
// host that serves /intake/where from intake/where.html.
func StaticPaths() []string {
	out := append([]string(nil), Paths...)
	for _, s := range intake.Steps {
		out = append(out, "/intake/"+string(s))
	}
	for _, s := range pscreens {
		out = append(out, pressureURL(s.id))
	}
	return out
}
