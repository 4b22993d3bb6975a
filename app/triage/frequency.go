package triage

import (
	"fmt"

	"kneadform/app/intake"
)

// Frequency is the suggested visit frequency. The client reads it at
// ClientKey (frequency.<id>).
type Frequency struct {
	ID        string   `json:"id"`
	ClientKey string   `json:"clientKey"`
	Reason    string   `json:"reason"` // which answers chose it (English, for the therapist)
	Source    []string `json:"source"`
}

// frequencyRow is one line of seed:003's "How often" table, reconciled with
// seed:000 ("4–6 sessions spaced 1–2 weeks apart, then maintenance every 3–6
// weeks; acute flares may need more frequent attention initially").
type frequencyRow struct {
	id       string
	describe string // when the row applies, for the clinician doc
	when     func(a *intake.Answers) (reason string, ok bool)
	source   []string
}

// frequencyTable is read top to bottom and the first matching row wins: the
// clinical need (an acute flare, then ongoing pain) comes before the
// lifestyle (training, stress, desk work), and monthly maintenance is last.
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
	{id: "stress", describe: "The goal is to relax.", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		return "goal: relax (stress-related tension)", contains(a.Goals, intake.GoalRelax)
	}},
	{id: "desk", describe: "Desk work fills the day.", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		return "desk work fills the day", a.Does(intake.ActDesk)
	}},
	{id: "maintenance", describe: "Anything else.", source: []string{"seed:003"}, when: func(a *intake.Answers) (string, bool) {
		return "no acute or ongoing pain pattern: general maintenance", true
	}},
}

// frequency returns the first row of frequencyTable that matches a.
func frequency(a *intake.Answers) Frequency {
	for _, row := range frequencyTable {
		if reason, ok := row.when(a); ok {
			return Frequency{ID: row.id, ClientKey: "frequency." + row.id, Reason: reason, Source: row.source}
		}
	}
	return Frequency{} // unreachable: the maintenance row always matches
}
