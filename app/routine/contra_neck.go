package routine

import (
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// Triage rules the neck contraindications read (a test checks they exist).
const (
	ruleNeckDizzy = "neck-dizziness"
)

// Neck and upper-back contraindications (issue 13). Arm symptoms and a
// recent neck injury need no contraindication here: triage makes them a
// see-a-doctor outcome (arm-nerve-symptoms, injury-or-accident), and that
// tier gets no exercises at all.
var (
	neckStretch = &Contra{ID: "neck-stretch", Effect: Exclude,
		Describe: "Dizzy when turning or tilting the head: no neck stretches (tilting or turning the head to the end of its range).",
		When: client(func(a *intake.Answers, o *triage.Outcome) bool {
			return a.HasNeckSign(intake.NeckDizzy) || o.Has(ruleNeckDizzy)
		}),
		Source: []string{"kneadform"}}
	neckSmall = &Contra{ID: "neck-small", Effect: Gentle,
		Describe: "Dizzy when turning or tilting the head: small, slow movements only; stop and sit still if dizziness comes.",
		When:     neckStretch.When,
		Source:   []string{"kneadform"}}
)
