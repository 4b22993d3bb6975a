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
)

// Start runs once, in the browser and on the server, before the routes are
// used: the clinic configuration (and so the language and colours), the
// document-wide listeners, the embedding page and kiosk mode. A panic the
// UI recovers from saves st's answers first.
func Start(st *store.Store) {
	kit.GuardStorage() // first: go-app reads localStorage as it starts
	kit.SaveOnPanic(st.Session.Save)
	loadClinic()
	kit.PreventNativeSubmit()
	kit.PreventNativeLinks()
	startEmbed()
	startKiosk(st.Session)
	startTabSync(st)
}
