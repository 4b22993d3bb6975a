package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FieldError is one problem with an answer: Field is the id of the field on
// the page (the error summary links to it), Key the catalog key of the
// message the client reads.
type FieldError struct {
	Field string `json:"field"`
	Key   string `json:"key"`
}

func (e FieldError) Error() string { return e.Field + ": " + e.Key }

// Field ids used by the pages and by FieldError. Grouped answers use the
// group id plus "-" plus the item (for example "pain-neck", "move-bend").
const (
	FieldFirstName   = "firstName"
	FieldAgeBand     = "ageBand"
	FieldPregnant    = "pregnant"
	FieldWeeks       = "pregnancyWeeks"
	FieldRegions     = "regions"
	FieldDuration    = "duration"
	FieldOnset       = "onset"
	FieldFeelings    = "feelings"
	FieldSpread      = "spread"
	FieldSleep       = "sleep"
	FieldStiffness   = "stiffness"
	FieldGoals       = "goals"
	FieldSurgeryWhen = "surgeryWhen"
	FieldMedications = "medications"
	FieldTraining    = "training"
	FieldTalk        = "talk"
	FieldWarmth      = "warmth"
	FieldOil         = "oil"
	FieldConsent     = "consent"
	FieldConsentName = "consentName"
	// The tick lists (checklist.go): one field each, for "tick what applies
	// or None of these"; the list's first box carries it.
	FieldFlags = "flags"
	FieldMoves = "moves"
	FieldTasks = "tasks"
)

// FlagField, PainField, MoveField and TaskField name the per-item fields.
func FlagField(f Flag) string   { return "flag-" + string(f) }
func PainField(r Region) string { return "pain-" + string(r) }
func MoveField(m Move) string   { return "move-" + string(m) }
func TaskField(t Task) string   { return "task-" + string(t) }
func SkinField(r Region) string { return "skin-" + string(r) }

// Validate returns the problems with the answers to step s, in page order;
// none means the client may go on.
func Validate(a *Answers, s Step) []FieldError {
	var v validator
	switch s {
	case StepAbout:
		v.text(FieldFirstName, a.FirstName, MaxNameLen)
		choice(&v, FieldAgeBand, a.AgeBand, AgeBands)
	case StepPregnancy:
		choice(&v, FieldPregnant, a.Pregnant, []Tri{Yes, No, Unsure})
		if a.Pregnant == Yes && (a.PregnancyWeeks < 1 || a.PregnancyWeeks > MaxPregnancyWeeks) {
			v.add(FieldWeeks, "range")
		}
	case StepDaily:
		all(&v, "daily", a.Daily, Activities)
	case StepSafety, StepSafety2:
		for _, f := range SafetyFlags(s) {
			optional(&v, FlagField(f), a.Flag(f), tris)
		}
		listAnswered(&v, FieldFlags, a.RedFlags, SafetyFlags(s), No)
	case StepWhere:
		if len(a.Regions) == 0 {
			v.add(FieldRegions, "required")
		}
		all(&v, FieldRegions, a.Regions, Regions)
	case StepPain:
		for _, r := range a.Regions {
			if p, ok := a.Pain[r]; !ok || p < 0 || p > 10 {
				v.add(PainField(r), "required")
			}
		}
	case StepOnset:
		choice(&v, FieldDuration, a.Duration, Durations)
		choice(&v, FieldOnset, a.Onset, Onsets)
	case StepFeel:
		if len(a.Feelings) == 0 {
			v.add(FieldFeelings, "required")
		}
		all(&v, FieldFeelings, a.Feelings, Feelings)
		choice(&v, FieldSpread, a.Spread, Spreads)
	case StepWorse:
		all(&v, "worse", a.Worse, Triggers)
		all(&v, "better", a.Better, Reliefs)
	case StepMoves:
		for _, m := range Moves {
			optional(&v, MoveField(m), a.Moves[m], MoveResults)
		}
		listAnswered(&v, FieldMoves, a.Moves, Moves, MoveNoPain)
	case StepFunction:
		for _, t := range Tasks {
			optional(&v, TaskField(t), a.Function[t], Abilities)
		}
		listAnswered(&v, FieldTasks, a.Function, Tasks, AbleEasy)
		choice(&v, FieldSleep, a.Sleep, Qualities)
		choice(&v, FieldStiffness, a.Stiff, Stiffnesses)
	case StepGoals:
		if len(a.Goals) == 0 {
			v.add(FieldGoals, "required")
		}
		all(&v, FieldGoals, a.Goals, Goals)
	case StepHealth:
		all(&v, "conditions", a.Conditions, Conditions)
		if asked := a.SurgeryWhensAsked(); a.Has(CondSurgery) && asked != nil {
			choice(&v, FieldSurgeryWhen, a.SurgeryWhen, asked)
		}
	case StepMedicines:
		v.text(FieldMedications, a.Medications, MaxTextLen)
		all(&v, "allergies", a.Allergies, Allergies)
	case StepSkin:
		for _, r := range Regions {
			if issues, ok := a.Skin[r]; ok {
				if len(issues) == 0 {
					v.add(SkinField(r), "required")
				}
				all(&v, SkinField(r), issues, SkinIssues)
			}
		}
		for r := range a.Skin {
			if !r.Valid() {
				v.add("skin", "invalid")
			}
		}
	case StepTraining:
		choice(&v, FieldTraining, a.Training, Trainings)
	case StepPrefs:
		choice(&v, FieldTalk, a.Talk, Talks)
		choice(&v, FieldWarmth, a.Warmth, Warmths)
		choice(&v, FieldOil, a.Oil, Oils)
	case StepAreas:
		all(&v, "avoid", a.Avoid, Regions)
		all(&v, "focus", a.Focus, Regions)
	case StepConsent:
		// The typed name under the declaration is the signature; the
		// agreement is given with it (one error, on the name, when both
		// are missing).
		if strings.TrimSpace(a.ConsentName) == "" {
			v.add(FieldConsentName, "required")
		} else {
			v.text(FieldConsentName, a.ConsentName, MaxNameLen)
			if !a.Consent {
				v.add(FieldConsent, "required")
			}
		}
	}
	validateFollowUps(&v, a, s)
	return v.errs
}

type validator struct{ errs []FieldError }

// add records a problem; the message key is "error.<field>.<kind>", falling
// back to "error.<kind>" in the catalog when no field-specific text exists.
func (v *validator) add(field, kind string) {
	for _, e := range v.errs {
		if e.Field == field {
			return // one message per field is enough
		}
	}
	v.errs = append(v.errs, FieldError{Field: field, Key: "error." + kind})
}

func (v *validator) text(field, s string, max int) {
	switch {
	case TooLong(s, max):
		v.add(field, "too-long")
	case !utf8.ValidString(s) || strings.IndexFunc(s, isControl) >= 0:
		v.add(field, "invalid-text")
	}
}

func isControl(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }

func choice[T comparable](v *validator, field string, got T, allowed []T) {
	var zero T
	if got == zero {
		v.add(field, "required")
	} else if !contains(allowed, got) {
		v.add(field, "invalid")
	}
}

func all[T comparable](v *validator, field string, got, allowed []T) {
	for _, g := range got {
		if !contains(allowed, g) {
			v.add(field, "invalid")
			return
		}
	}
}
