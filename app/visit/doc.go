// Package visit closes the loop around a massage visit, on the device:
//
//   - before: Checklist builds the pre-visit checklist from the client's
//     answers, the triage outcome, the stop signal chosen in the pressure
//     walkthrough and the clinic's settings (seed:003 "Before Your
//     Session");
//   - after: CheckIn is the after-visit check-in at 24 h and 48 h (seed:003
//     "After Your Session"), and Review says what it means: normal
//     soreness, contact the clinic, or the same triage outcome the intake
//     would give (Screen runs the intake's rule engine, app/triage, on the
//     intake answers with the check-in's new answers merged in);
//   - next visit: StartPrefs is where the next pressure walkthrough starts
//     from, LastVisitNotes the "last visit" lines of the therapist summary,
//     and Reminders the calendar file (app/ical) of the daily routine, the
//     check-ins and the next suggested visit (NextVisitDays, from the
//     frequency suggestion).
//
// It is pure Go with no UI import. Client texts are catalog keys under
// "visit." (app/i18n/locales/en/visit.json); the therapist's "last visit"
// lines are written in the clinic's language from the same catalog. Every
// clinical rule cites its source next to it.
package visit
