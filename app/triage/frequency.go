package triage

import (
	"fmt"
	"strings"

	"kneadform/app/intake"
)

// Frequency is the suggested visit frequency, combined from every row of
// the frequency table that matches (see frequency). The client reads it at
// ClientKey (frequency.<id>) and the reasons at WhyKeys.
type Frequency struct {
	// ID is the combined id: the course row, the rhythm row, or
	// "<course>-then-<rhythm>" when both apply (e.g. "chronic-then-desk").
	ID        string `json:"id"`
	ClientKey string `json:"clientKey"`
	// Reason lists every matching row and why, for the therapist (English).
	Reason string   `json:"reason"`
	Source []string `json:"source"`
	// Rows are the matching rows in table order, each with its role.
	Rows []FrequencyRow `json:"rows"`
	// WhyKeys are the client's reasons, one catalog key
	// (frequency.why.<row>) per row that shaped the suggestion.
	WhyKeys []string `json:"whyKeys"`
}

// FrequencyRow is one matching row of the frequency table.
type FrequencyRow struct {
	ID     string   `json:"id"`
	Role   string   `json:"role"`   // RoleCourse, RoleRhythm or RoleAlso
	Reason string   `json:"reason"` // which answers matched it (English)
	Source []string `json:"source"`
}

// Roles of a matching row.
const (
	// RoleCourse: a clinical course first (acute or chronic pain).
	RoleCourse = "course"
	// RoleRhythm: the ongoing rhythm (the most frequent of the daily-life
	// rows that match, else monthly maintenance).
	RoleRhythm = "rhythm"
	// RoleAlso: matched, but a more frequent row sets the rhythm.
	RoleAlso = "also"
)

// frequencyRow is one line of seed:003's "How often" table, reconciled with
// seed:000 ("4–6 sessions spaced 1–2 weeks apart, then maintenance every 3–6
// weeks; acute flares may need more frequent attention initially").
type frequencyRow struct {
	id       string
	describe string // when the row applies, for the clinician doc
	when     func(a *intake.Answers) (reason string, ok bool)
	source   []string
}

// frequencyTable lists the rows, the clinical courses first, then the
// daily-life rhythms from the most to the least frequent, then maintenance.
// Rows combine by their reasons (frequency): a course (acute or chronic) is
// followed by the most frequent matching rhythm, so a long-standing desk
// worker gets the chronic course, then the desk-worker rhythm.
//
//	acute        2–3 times a week at first, fewer as it eases     (seed:003; seed:000 acute flares)
//	chronic      weekly for 4–6 weeks, then every 2–4 weeks       (seed:003 weekly 4–8 then every 2;
//	                                                              seed:000 4–6 sessions, then 3–6 weeks)
//	athlete      weekly during training                           (seed:003)
//	stress       every 1–2 weeks                                  (seed:003)
//	desk         every 2–3 weeks                                  (seed:003)
//	maintenance  monthly                                          (seed:003)
//
// For chronic pain the course is 4–6 weekly sessions (where seed:003's 4–8
// weekly and seed:000's 4–6 at 1–2 weeks agree), then every 2–4 weeks:
// seed:003's every-2-weeks first, stretching toward seed:000's 3–6 weeks as
// the gains hold.
var frequencyTable = []frequencyRow{
	{id: "acute", describe: "Pain for under 6 weeks that began while lifting, suddenly, in training or with a fall, or is 6/10 or more.", source: []string{"seed:003", "seed:000"}, when: func(a *intake.Answers) (string, bool) {
		if a.Duration.Phase() != intake.PhaseAcute {
			return "", false
		}
		if strainOnset(a) || a.Onset == intake.OnsetFall {
			return fmt.Sprintf("acute phase (pain for %s) after %s onset", durationText(a.Duration), a.Onset), true
		}
		if p := maxPain(a); p >= 6 {
			return fmt.Sprintf("acute phase (pain for %s), pain up to %d/10", durationText(a.Duration), p), true
		}
		return "", false
	}},
	{id: "chronic", describe: "Pain for 6 weeks or more.", source: []string{"seed:003", "seed:000"}, when: func(a *intake.Answers) (string, bool) {
		if p := a.Duration.Phase(); p == intake.PhaseSubacute || p == intake.PhaseChronic {
			return fmt.Sprintf("%s pain (for %s)", p, durationText(a.Duration)), true
		}
		return "", false
	}},
	{id: "athlete", describe: "Trains regularly, or the goal is recovery.", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		if a.Does(intake.ActTraining) || contains(a.Goals, intake.GoalRecovery) {
			return "trains regularly or wants recovery", true
		}
		return "", false
	}},
	{id: "stress", describe: "The goal is to relax, or tension headaches or jaw clenching (seed:003: the upper back holds stress and tension headaches).", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		var why []string
		if contains(a.Goals, intake.GoalRelax) {
			why = append(why, "goal: relax")
		}
		if a.HasNeckSign(intake.NeckHeadaches) {
			why = append(why, "tension headaches")
		}
		if a.HasNeckSign(intake.NeckJaw) {
			why = append(why, "jaw clenching")
		}
		return strings.Join(why, ", ") + " (stress-related tension)", len(why) > 0
	}},
	{id: "desk", describe: "Desk work fills the day.", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		return "desk work fills the day", a.Does(intake.ActDesk)
	}},
	{id: "maintenance", describe: "Anything else.", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		return "no acute or ongoing pain pattern: general maintenance", true
	}},
}

// isCourse reports whether a row is a clinical course (acute or chronic).
func isCourse(id string) bool { return id == "acute" || id == "chronic" }

// frequency combines every matching row of frequencyTable: the clinical
// course (acute or chronic), if any, then the ongoing rhythm, the most
// frequent daily-life row that matches (athlete, stress, desk). Monthly
// maintenance is the rhythm only when neither a course nor a daily-life row
// matches; a course alone keeps its own taper (its catalog text).
func frequency(a *intake.Answers) Frequency {
	var f Frequency
	course, rhythm := "", ""
	var reasons []string
	for _, row := range frequencyTable {
		reason, ok := row.when(a)
		if !ok || (row.id == "maintenance" && (course != "" || rhythm != "")) {
			continue
		}
		role := RoleAlso
		switch {
		case isCourse(row.id) && course == "":
			role, course = RoleCourse, row.id
		case !isCourse(row.id) && rhythm == "":
			role, rhythm = RoleRhythm, row.id
		}
		f.Rows = append(f.Rows, FrequencyRow{ID: row.id, Role: role, Reason: reason, Source: row.source})
		reasons = append(reasons, row.id+": "+reason)
		f.Source = appendNew(f.Source, row.source...)
		if role != RoleAlso {
			f.WhyKeys = append(f.WhyKeys, "frequency.why."+row.id)
		}
	}
	switch {
	case course != "" && rhythm != "":
		f.ID = course + "-then-" + rhythm
	case course != "":
		f.ID = course
	default:
		f.ID = rhythm
	}
	f.ClientKey, f.Reason = "frequency."+f.ID, strings.Join(reasons, "; ")
	return f
}

// frequencyIDs lists every id frequency can return (for the catalog and the
// doc): each row alone, and each course followed by each daily-life rhythm.
func frequencyIDs() []string {
	var ids, rhythms []string
	for _, row := range frequencyTable {
		ids = append(ids, row.id)
		if !isCourse(row.id) && row.id != "maintenance" {
			rhythms = append(rhythms, row.id)
		}
	}
	for _, c := range []string{"acute", "chronic"} {
		for _, r := range rhythms {
			ids = append(ids, c+"-then-"+r)
		}
	}
	return ids
}
