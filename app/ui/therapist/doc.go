// Package therapist is the therapist summary: one scannable screen of the
// answers, pressure choices and screening outcome, with large text and a
// print layout. The client shows it from /therapist; clinic mode
// (app/ui/clinicmode) shows the same Summary from a hand-off.
package therapist
