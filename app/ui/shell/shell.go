// Package shell is what surrounds every screen of Kneadform: the clinic's
// configuration and colours, the language, the banner and the footer (with
// "Delete my answers"), talking to a clinic page that embeds the app in an
// iframe, and kiosk mode on a shared tablet.
//
// It is set up once by Start, before any page renders. The embedding
// connection is the one piece of state it keeps (embed.go): a page reports
// what it shows through Step, Tier and Completed and never touches it
// otherwise. The client's own state is in app/ui/store.
package shell

import (
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Start runs once, in the browser and on the server, before the routes are
// used: the clinic configuration (and so the language and colours), the
// embedding page, kiosk mode and the other tabs. A panic the UI recovers
// from saves st's answers first.
func Start(st *store.Store) {
	kit.GuardStorage() // first: go-app reads localStorage as it starts
	kit.SaveOnPanic(st.Session.Save)
	loadClinic()
	startEmbed()
	startKiosk(st.Session)
	startTabSync(st)
	kit.WhenIdle(store.WarmUp) // after the mount, before the first step
}

// Run starts the go-app engine in the browser; on the server it returns at
// once. The document-wide listeners that cancel the browser's own link
// navigation and form submission, for go-app to route, go in here, right
// before go-app starts: until then, at the turns the start gives the
// browser (Yield), app.js holds a tapped link itself and follows it once
// the app has mounted (TestStartWhileGoStarts).
func Run() {
	kit.PreventNativeSubmit()
	kit.PreventNativeLinks()
	kit.JS(func() { app.Window().Call("kneadformMounting") }) // app.js: the loader goes after this task
	app.RunWhenOnBrowser()
}

// Yield gives the page's main thread back to the browser between the
// phases of the app's start, and returns in a new task: app.js's
// kneadformYield (app/server awaitMount), which also keeps go-app's loader,
// and the service worker waiting, until Run's first page is mounted rather
// than until Go first yields. Without it (an app.js that go-app changed)
// it returns at once.
func Yield() {
	done := make(chan struct{})
	resume := func() { close(done) }
	if kit.JS(func() {
		kit.Settle(app.Window().Call("kneadformYield"), func(app.Value) { resume() }, resume)
	}) {
		<-done
	}
}
