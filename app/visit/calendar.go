package visit

import (
	"fmt"
	"time"

	"kneadform/app/clinic"
	"kneadform/app/i18n"
	"kneadform/app/ical"
	"kneadform/app/triage"
)

// Plan is what the calendar file holds; every part is optional.
type Plan struct {
	// Routine, when set, is a daily reminder of the self-care routine at
	// this wall-clock time of day (only the hour and minute are used),
	// starting on RoutineFrom.
	Routine     *time.Time
	RoutineFrom time.Time
	// RoutineMinutes is how long the routine takes (1 to 60; else 10).
	RoutineMinutes int
	// Visit is the visit just had or booked (local wall clock): the
	// check-ins are due 24 h and 48 h after it. Zero: no check-ins.
	Visit time.Time
	// Frequency is the triage suggestion; with Visit, the next visit is
	// suggested NextVisitDays later at the same time of day.
	Frequency *triage.Frequency
}

// UIDDomain ends every event UID; UIDs are stable for the same plan, so
// importing a newer file updates the events instead of adding copies.
const UIDDomain = "@kneadform.app"

// Reminders builds the calendar of plan, with texts in catalog c and the
// clinic's address and booking link on the visit events. Each event has a
// display alarm: at the start for the routine and check-ins, a day ahead
// for the next visit. Write it with ical.Encode(cal, time.Now()), which
// refuses an unusable plan (a routine time without RoutineFrom, say).
func Reminders(plan Plan, cl clinic.Config, c *i18n.Catalog) ical.Calendar {
	cal := ical.Calendar{Name: c.T("visit.calendar.name")}
	atStart := time.Duration(0)
	if plan.Routine != nil {
		from := plan.RoutineFrom
		start := time.Date(from.Year(), from.Month(), from.Day(), plan.Routine.Hour(), plan.Routine.Minute(), 0, 0, time.UTC)
		mins := plan.RoutineMinutes
		if mins < 1 || mins > 60 {
			mins = 10
		}
		cal.Events = append(cal.Events, ical.Event{
			UID: "routine" + UIDDomain, Start: start, Duration: time.Duration(mins) * time.Minute,
			Summary: c.T("visit.calendar.routine.summary"), Description: c.T("visit.calendar.routine.desc"),
			Rule: ical.Rule{Freq: ical.Daily}, Alarm: &atStart,
		})
	}
	if plan.Visit.IsZero() {
		return cal
	}
	v := wall(plan.Visit)
	stamp := v.Format("20060102T1504")
	for _, s := range Stages {
		cal.Events = append(cal.Events, ical.Event{
			UID: fmt.Sprintf("checkin-%s-%s%s", s, stamp, UIDDomain), Start: v.Add(time.Duration(s.Hours()) * time.Hour),
			Duration: 15 * time.Minute, Summary: c.T("visit.calendar.checkin.summary", "hours", s.Hours()),
			Description: c.T("visit.calendar.checkin.desc"), Alarm: &atStart,
		})
	}
	if next, ok := NextVisitAt(v, plan.Frequency); ok {
		days := NextVisitDays(plan.Frequency)
		dayAhead := 24 * time.Hour
		cal.Events = append(cal.Events, ical.Event{
			UID: "next-visit-" + stamp + UIDDomain, Start: next,
			Duration: time.Duration(cl.VisitLength()) * time.Minute,
			Summary:  c.T("visit.calendar.next.summary", "clinic", cl.Name), Description: c.T("visit.calendar.next.desc", "days", days),
			Location: cl.Address, URL: cl.Booking, Alarm: &dayAhead,
		})
	}
	return cal
}

// wall is t's wall-clock reading as a UTC time, so adding hours and days
// never crosses a daylight-saving change: the calendar writes it floating.
func wall(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
}
