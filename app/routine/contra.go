package routine

import (
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// Effect is what a contraindication does to an item.
type Effect string

// Effects.
const (
	// Exclude leaves the item out; Routine.Left says why.
	Exclude Effect = "exclude"
	// Gentle keeps the item with a caution the client reads (smaller range,
	// lighter pressure, stop if ...).
	Gentle Effect = "gentle"
)

// Contra is one contraindication: which clients it concerns, what it does to
// the items that list it, why, and where that comes from. The client reads
// Key(): why an item is left out, or how to go gently.
type Contra struct {
	// ID is stable and kebab-case; it names the catalog key.
	ID     string
	Effect Effect
	// Describe is the condition in plain English, for the clinician doc.
	Describe string
	// When reports whether the contraindication applies to this client and
	// item. It reads the answers and the triage outcome (either may carry
	// the finding: both are checked, so a missing one never unlocks an
	// item), must not modify them, and must tolerate any value.
	When   func(a *intake.Answers, o *triage.Outcome, it *Item) bool
	Source []string
}

// Key is the catalog key of the client's text.
func (c *Contra) Key() string { return "routine.contra." + c.ID }

// LaterPregnancyWeek is the week from which nothing is done lying flat on
// the back. It follows app/triage's positioning rule (side-lying from the
// second trimester, week 14; clinical-sources §1 "side-lying after the first
// trimester"), which is stricter than NHS's "especially after 16 weeks" and
// the ~20 weeks some guides give. An unknown week counts as later.
const LaterPregnancyWeek = 14

// The triage rule ids the contraindications read (a test checks they exist).
const (
	ruleOsteoporosis = "osteoporosis"
	rulePregnancy    = "pregnancy"
	ruleBleeding     = "bleeding-risk"
	ruleAcuteStrain  = "acute-strain"
	ruleSurgeryYear  = "surgery-past-year"
	ruleDisc         = "disc"
	ruleStenosis     = "stenosis"
	ruleSciatica     = "sciatica-like"
	ruleLegNerve     = "leg-nerve-symptoms"
	ruleHardTraining = "hard-training"
	ruleDiabetes     = "diabetes"
	ruleHeart        = "heart"
	ruleBP           = "blood-pressure"
)

// triageRuleIDs lists the triage rules the contraindications read.
var triageRuleIDs = []string{ruleOsteoporosis, rulePregnancy, ruleBleeding, ruleAcuteStrain, ruleSurgeryYear, ruleDisc,
	ruleStenosis, ruleSciatica, ruleLegNerve, ruleHardTraining, ruleDiabetes, ruleHeart, ruleBP, ruleNeckDizzy}

// client adapts a predicate over the client alone.
func client(p func(a *intake.Answers, o *triage.Outcome) bool) func(*intake.Answers, *triage.Outcome, *Item) bool {
	return func(a *intake.Answers, o *triage.Outcome, _ *Item) bool { return p(a, o) }
}

// condition: the client ticked c, or triage fired rule.
func condition(c intake.Condition, rule string) func(*intake.Answers, *triage.Outcome, *Item) bool {
	return client(func(a *intake.Answers, o *triage.Outcome) bool { return a.Has(c) || o.Has(rule) })
}

var (
	osteoPressure = &Contra{ID: "osteo-pressure", Effect: Exclude,
		Describe: "Osteoporosis: no ball or roller. Body weight on a ball or roller is firm pressure on fragile bones (spine, ribs, pelvis).",
		When:     condition(intake.CondOsteoporosis, ruleOsteoporosis),
		Source:   []string{"seed:003", "Mayo", "ABMP"}}
	osteoFlexion = &Contra{ID: "osteo-flexion", Effect: Exclude,
		Describe: "Osteoporosis: no deep forward bending of the spine (compression fracture risk).",
		When:     condition(intake.CondOsteoporosis, ruleOsteoporosis),
		Source:   []string{"Mayo-osteoporosis"}}
	osteoRange = &Contra{ID: "osteo-range", Effect: Gentle,
		Describe: "Osteoporosis: slow, small movements; no bending or twisting to the end of the range.",
		When:     condition(intake.CondOsteoporosis, ruleOsteoporosis),
		Source:   []string{"Mayo-osteoporosis"}}
	laterPregnancy = &Contra{ID: "later-pregnancy", Effect: Exclude,
		Describe: "Pregnant (or not sure) from week 14, or the week is unknown: nothing lying flat on the back (the bump presses on the big vein; faintness).",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			pregnant := o.Has(rulePregnancy) || (a.Pregnant.Positive() && intake.StepPregnancy.Applies(a))
			early := a.PregnancyWeeks >= 1 && a.PregnancyWeeks < LaterPregnancyWeek
			return pregnant && !early
		}),
		Source: []string{"Osborne", "NHS-pregnancy"}}
	bleedingPressure = &Contra{ID: "bleeding-pressure", Effect: Exclude,
		Describe: "A bleeding disorder or blood thinners: no ball or roller pressure (bruising).",
		When:     condition(intake.CondBleeding, ruleBleeding),
		Source:   []string{"Mayo", "ABMP", "NCCIH"}}
	acutePressure = &Contra{ID: "acute-pressure", Effect: Exclude,
		Describe: "A strain under 6 weeks old (began lifting, suddenly or in training): no ball or roller on fresh tissue.",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			return o.Has(ruleAcuteStrain) || acuteStrain(a)
		}),
		Source: []string{"seed:000", "seed:002"}}
	acuteGentle = &Contra{ID: "acute-gentle", Effect: Gentle,
		Describe: "A strain under 6 weeks old: gentle only, within the pain-free range.",
		When:     acutePressure.When,
		Source:   []string{"seed:000", "NHS-Inform"}}
	surgeryPressure = &Contra{ID: "surgery-pressure", Effect: Exclude,
		Describe: "Surgery in the past year, or the date is not given: no ball or roller (the scar may be nearby) until the surgeon agrees.",
		When:     surgeryYear,
		Source:   []string{"seed:002", "ABMP"}}
	surgeryStrength = &Contra{ID: "surgery-strength", Effect: Gentle,
		Describe: "Surgery in the past year: strength moves gently, and only once the surgeon agrees.",
		When:     surgeryYear,
		Source:   []string{"seed:003", "ABMP"}}
	discFlexion = &Contra{ID: "disc-flexion", Effect: Exclude,
		Describe: "Herniated or bulging disc: no sustained forward bending of the lower back, the position that most often brings on leg pain with a disc.",
		When:     condition(intake.CondDisc, ruleDisc),
		Source:   []string{"seed:000", "ABMP"}}
	discTools = &Contra{ID: "disc-tools", Effect: Exclude,
		Describe: "Herniated or bulging disc: no rolling on the floor or ball near the spine or sciatic nerve until a therapist has shown how (seed:000 Q5: consult first).",
		When:     condition(intake.CondDisc, ruleDisc),
		Source:   []string{"seed:000"}}
	stenosisArch = &Contra{ID: "stenosis-arch", Effect: Gentle,
		Describe: "Spinal stenosis: do not arch the lower back (extension usually aggravates it).",
		When:     condition(intake.CondStenosis, ruleStenosis),
		Source:   []string{"seed:003", "ABMP"}}
	legPain = &Contra{ID: "leg-pain", Effect: Gentle,
		Describe: "Disc, stenosis or pain into one leg: stop if pain, tingling or numbness goes down the leg.",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			return a.Has(intake.CondDisc) || a.Has(intake.CondStenosis) || a.Spread == intake.SpreadOneLeg ||
				o.Has(ruleDisc) || o.Has(ruleStenosis) || o.Has(ruleSciatica) || o.Has(ruleLegNerve)
		}),
		Source: []string{"seed:000", "seed:003"}}
	sciaticaBall = &Contra{ID: "sciatica-ball", Effect: Exclude,
		Describe: "Pain into one leg: no ball on the glutes until a doctor has checked it (glute release after medical clearance).",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			return a.Spread == intake.SpreadOneLeg || o.Has(ruleSciatica) || o.Has(ruleLegNerve)
		}),
		Source: []string{"seed:000"}}
	avoidArea = &Contra{ID: "avoid-area", Effect: Exclude,
		Describe: "The item presses on a region marked on the body map (wound, rash, bruise, swelling...) or on the client's do-not-touch list.",
		When: func(_ *intake.Answers, o *triage.Outcome, it *Item) bool {
			for _, area := range o.Avoid {
				for _, r := range it.Regions {
					if area.Region == r {
						return true
					}
				}
			}
			return false
		},
		Source: []string{"seed:002", "ABMP"}}
	freshTraining = &Contra{ID: "fresh-training", Effect: Gentle,
		Describe: "Hard training in the last 24 hours: light pressure only today; firmer work after 24–48 hours.",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			return a.Training == intake.TrainedUnder24 || o.Has(ruleHardTraining)
		}),
		Source: []string{"seed:000", "seed:003"}}
	reducedFeeling = &Contra{ID: "reduced-feeling", Effect: Gentle,
		Describe: "Diabetes: the skin may not feel heat or cold well; wrap it, keep it short, check the skin.",
		When:     condition(intake.CondDiabetes, ruleDiabetes),
		Source:   []string{"ABMP", "NHS-backpain"}}
	markedSkin = &Contra{ID: "marked-skin", Effect: Gentle,
		Describe: "Skin marked on the body map (wound, rash, bruise, swelling...): keep heat and ice off those areas.",
		When: client(func(_ *intake.Answers, o *triage.Outcome) bool {
			for _, area := range o.Avoid {
				for _, k := range area.Reasons {
					if k != "triage.avoid."+triage.ReasonClient {
						return true
					}
				}
			}
			return false
		}),
		Source: []string{"seed:002"}}
	breathHold = &Contra{ID: "breath-hold", Effect: Gentle,
		Describe: "A heart condition or blood pressure: keep breathing during strength holds (never hold the breath) and get up slowly.",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			return a.Has(intake.CondHeart) || a.Has(intake.CondBloodPressure) || o.Has(ruleHeart) || o.Has(ruleBP)
		}),
		Source: []string{"ABMP", "kneadform"}}
	fluidLimit = &Contra{ID: "fluid-limit", Effect: Gentle,
		Describe: "A heart condition: if a doctor limits how much to drink, their advice comes first.",
		When:     condition(intake.CondHeart, ruleHeart),
		Source:   []string{"kneadform"}}
)

// Contras lists every contraindication in the order the clinician doc shows
// them: the ones that leave items out first.
var Contras = []*Contra{
	osteoPressure, osteoFlexion, laterPregnancy, bleedingPressure, acutePressure, surgeryPressure,
	discFlexion, discTools, sciaticaBall, avoidArea, neckStretch,
	osteoRange, acuteGentle, surgeryStrength, stenosisArch, legPain, freshTraining,
	reducedFeeling, markedSkin, breathHold, fluidLimit, neckSmall,
}

// acuteStrain: pain under 6 weeks that began while lifting, suddenly or in
// training (the answers behind triage's acute-strain rule).
func acuteStrain(a *intake.Answers) bool {
	if a.Duration.Phase() != intake.PhaseAcute {
		return false
	}
	switch a.Onset {
	case intake.OnsetLifting, intake.OnsetSudden, intake.OnsetTraining:
		return true
	}
	return false
}

// surgeryYear: surgery on the checklist that is not known to be over a year
// ago (surgery under 6 weeks is a see-a-doctor outcome in any case).
func surgeryYear(a *intake.Answers, o *triage.Outcome, _ *Item) bool {
	return o.Has(ruleSurgeryYear) || (a.Has(intake.CondSurgery) && a.SurgeryWhen != intake.SurgeryOlder)
}
