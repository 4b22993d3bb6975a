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
// Each rule may also exclude or limit techniques of the decision guide (with
// sources); the guide honours every fired rule. Follow-up questions (issue
// 13) are optional and read conservatively when unanswered.
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
//	frequency.<id>                                      the suggested visit frequency (<row> or <course>-then-<rhythm>)
//	frequency.why.<row>                                 why a frequency row applies, for the client
//	triage.comfort.<need>                               a comfort need on the table, for the client
//
// The therapist's notes (rule notes, positioning and oil notes, comfort
// needs, technique notes, rules' limits) are English in the code and, under
// the keys therapist.<kind>.<id>, in locales/en/therapist.json, which a test
// regenerates from the code (go test ./app/triage -update): the therapist
// summary can then show them in the clinic's language (issue 15).
package triage

//go:generate go test -run=^TestClinicalRulesDoc$ -update .
