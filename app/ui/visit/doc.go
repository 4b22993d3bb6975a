// Package visit is the UI around the massage visit itself (issue 14):
//
//	Panel              on /summary: the pre-visit checklist (tickable), the
//	                   change since the first record, links to the pages below
//	/visit/checklist   the checklist on its own, printable
//	/visit/checkin     the after-visit check-in and its review
//	/visit/calendar    the .ics reminders, made on the device (a blob: download)
//	/visit/activities  the functional scale (PSFS style), at intake and later
//
// Every decision comes from the domain packages (app/visit, app/outcome,
// app/ical, app/triage, docs/visit.md); this package only shows them and
// keeps the client's answers on the device through app/ui/store. The
// domain package app/visit is imported as dv.
package visit
