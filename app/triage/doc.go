// Package triage turns a client's intake answers into a clinical outcome: how
// urgent it is (the tier), which rules fired and why, and how the session is
// adapted for everyone who may go ahead (areas to avoid, a pressure ceiling,
// positioning, oils, techniques and visit frequency).
//
// The rules are one declarative table in rules.go: each rule has a stable id,
// a tier, a condition over the answers, a client message key, a therapist
// note, its sources and optional caution effects. Evaluate runs the table; it
// is pure, deterministic, cheap (the UI calls it after every answer) and never
// panics, whatever the answers hold.
//
// Conservative by design: "not sure" on any safety question counts as yes,
// and adding a red-flag answer, a health condition, a nerve-type feeling or a
// wider spread of pain never lowers the tier (tested as a property).
//
// docs/clinical-rules.md is the table rendered for a clinician by RulesMarkdown;
// a test keeps it in step with the code.
//
// Catalog keys (app/i18n/locales/en/triage.json) used by this package:
//
//	triage.tier.<tier>.title, triage.tier.<tier>.body   what the tier means for the client
//	triage.rule.<id>                                    why a rule fired, for the client
//	triage.doctor.<id>                                  what to tell the doctor (see-doctor and emergency rules)
//	triage.position.<id>, triage.oil.<id>               a positioning or oil caution, for the client
//	triage.avoid.<reason>                               why an area is avoided (a skin issue, or "client")
//	technique.<id>.name, technique.<id>.desc            a technique in plain words
//	frequency.<id>                                      the suggested visit frequency
package triage

//go:generate go test -run=^TestClinicalRulesDoc$ -update .
