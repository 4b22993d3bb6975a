// Package routine turns a finished intake and its clinical outcome into a
// short daily self-care routine, and keeps the client's progress journal.
//
// Everything here is pure Go with no UI import, so a clinician can review it
// and tests can check it without a browser:
//
//   - library.go is the exercise library, one declarative table (Library):
//     each item has a stable id, where it helps, its kind and phase, a dose,
//     its steps and safety note (catalog keys), the contraindications that
//     leave it out or make it gentle (contra.go), and its sources.
//   - Generate picks from the library for one client: about 5–10 minutes,
//     warm-up → release → mobility → activation, plus daily habits; never an
//     item a contraindication rules out; Routine.Left says what was left out
//     and why. Emergency, see-a-doctor and postpone outcomes get no
//     exercises, only the medical advice.
//   - journal.go, store.go and chart.go are the progress journal: one entry a
//     day (pain, morning stiffness, sleep, everyday tasks, routine done), the
//     intake baseline, defensive decoding of the stored form, CSV and JSON
//     export, and a chart view model with a table alternative.
//
// docs/self-care.md is the library rendered for a clinician by
// LibraryMarkdown; a test keeps it in step with the table.
//
// Catalog keys (app/i18n/locales/en/routine.json) used by this package:
//
//	routine.<id>.name, routine.<id>.step.<n>, routine.<id>.safety   an item, in plain words
//	routine.contra.<contra>                                          why an item is left out, or how to go gently
//	routine.why.<reason>                                             why an item was chosen
//	routine.left.<reason>                                            why an item did not fit (time, tools)
//	routine.advice.<tier>                                            the advice instead of exercises
//	routine.note.<id>                                                general safety notes for every routine
package routine

//go:generate go test -run=^TestSelfCareDoc$ -update .
