package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The self-care routine, player and journal (issue 6) live in this file and
// its siblings selfcare_*.go. registerSelfCare adds their routes.
func registerSelfCare() {}

// selfCareLink renders the way from the summary page to the routine, or
// nothing when the outcome allows no routine.
func selfCareLink() app.UI { return nil }
