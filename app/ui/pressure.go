package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The pressure-scale walkthrough (issue 5) lives in this file and its
// siblings pressure_*.go. registerPressure adds its routes to the table.
func registerPressure() {}

// pressureSummary renders the client's pressure choices on the summary
// page, or nothing when there are none yet.
func pressureSummary() app.UI { return nil }
