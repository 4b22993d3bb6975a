// Package kit holds the widgets every screen of Kneadform is built from and
// the browser glue under them: the GOV.UK question patterns (radios,
// checkboxes, text fields, a 0–10 scale, the error summary and inline
// errors), the body map, the page frame pieces (heading, notice, back link,
// submit button, focus moves), guarded event wiring (On, Guard: a panic
// becomes the error screen), document-wide listeners that keep the browser
// from acting natively, localStorage that never throws, and the message
// catalog (T).
//
// kit knows the domain (intake, triage) but no screen: it imports no feature
// package and holds no client state (that is app/ui/store's job).
package kit
