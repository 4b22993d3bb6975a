package triage

import "kneadform/app/intake"

// mildRules are the postpone and cautions rows of the table (Rules).
var mildRules = []Rule{
	// ── Postpone: reschedule. ──────────────────────────────────────────────
	{
		ID: "acute-illness", Tier: Postpone,
		Describe:  "A cold, flu or stomach bug right now.",
		When:      flag(intake.FlagIll),
		Therapist: "Acute illness: reschedule when well (massage can worsen symptoms; infection risk to others).",
		Source:    []string{"ABMP", "Mayo", "NCCIH"},
	},
	{
		ID: "contagious-skin", Tier: Postpone,
		Describe: "A skin infection marked on the body map, or a rash unless the follow-up says it is a known long-term condition that does not spread by touch (eczema, psoriasis); \"not sure\" or no answer keeps this rule.",
		When: func(a *intake.Answers) bool {
			return skinWith(intake.SkinInfection)(a) || (skinWith(intake.SkinRash)(a) && a.RashKnown != intake.Yes)
		},
		Therapist: "Possibly contagious skin condition: reschedule. A rash the client knows is a non-contagious condition (eczema, psoriasis) is avoided instead (skin-local).",
		Source:    []string{"ABMP", "seed:002"},
	},

	// ── Proceed with cautions: massage is fine, adapted. ──────────────────
	{
		ID: "pregnancy", Tier: Cautions,
		Describe:  "Pregnant, or not sure (asked when the age band makes it possible).",
		When:      pregnant,
		Therapist: "Pregnancy: doctor's or midwife's approval advised; moderate pressure at most; no deep work on the legs (clot risk); no strong abdominal work.",
		Source:    []string{"Osborne", "Mayo", "ABMP"},
		Ceiling:   CeilingModerate,
		Position:  "Side-lying with pillows from the second trimester (week 14); no face-down lying. When the week is unknown, use side-lying throughout.",
		Excludes:  only(limit("deep-tissue", "Not on the legs (clot risk); no strong abdominal work.", "Mayo", "ABMP")),
	},
	{
		ID: "osteoporosis", Tier: Cautions,
		Describe:  "Osteoporosis on the health checklist.",
		When:      has(intake.CondOsteoporosis),
		Therapist: "Fragile bones: light pressure only; no deep or forceful work, no mobilization thrusts, no pressure on the spine or ribs.",
		Source:    []string{"seed:003", "Mayo", "ABMP"},
		Ceiling:   CeilingLight,
		Excludes: excl(out([]string{"seed:003", "Mayo", "ABMP"}, "deep-tissue", "trigger-point", "mobilization", "thoracic-mobilization", "thai-stretch"),
			only(limit("scapular-release", "Light only, on the muscles; no pressure on the ribs or the spine.", "Mayo", "ABMP"))),
	},
	{
		ID: "bleeding-risk", Tier: Cautions,
		Describe:  "A bleeding disorder or blood thinners on the health checklist, or a blood thinner named in the medicines.",
		When:      anyOf(has(intake.CondBleeding), takesAnticoagulant),
		Therapist: "Bleeding disorder or anticoagulant: bruising risk. Light pressure only; no deep tissue, friction or trigger-point compression.",
		Source:    []string{"Mayo", "ABMP", "NCCIH"},
		Ceiling:   CeilingLight,
		Excludes:  out([]string{"Mayo", "ABMP"}, "deep-tissue", "trigger-point", "scapular-release"),
	},
	{
		ID: "disc", Tier: Cautions,
		Describe:  "A herniated or bulging disc on the health checklist.",
		When:      has(intake.CondDisc),
		Therapist: "Disc problem: gentle work over the lower back; no traction or lumbar mobilization without clearance; stop if leg symptoms appear.",
		Source:    []string{"seed:000", "seed:003", "ABMP"},
		Ceiling:   CeilingModerate,
		Position:  "Avoid positions that bring on leg pain (often bending forward); a pillow under the hips when face-down, or side-lying.",
		Excludes: excl(out([]string{"seed:000", "ABMP"}, "mobilization"),
			only(limit("thai-stretch", "No traction and no forward-bending stretches of the lower back.", "seed:000", "ABMP"))),
	},
	{
		ID: "stenosis", Tier: Cautions,
		Describe:  "Spinal stenosis on the health checklist.",
		When:      has(intake.CondStenosis),
		Therapist: "Spinal stenosis: gentle work; leaning back (extension) usually aggravates it.",
		Source:    []string{"seed:003", "seed:000", "ABMP"},
		Ceiling:   CeilingModerate,
		Position:  "Avoid lying flat face-down (it arches the back): a pillow under the belly, or side-lying with the knees bent.",
		Excludes: []Exclusion{
			limit("thai-stretch", "No backward-bending (extension) stretches of the lower back.", "seed:003", "ABMP"),
			limit("mobilization", "No extension mobilizations of the lower back.", "seed:003", "ABMP"),
		},
	},
	{
		ID: "both-legs-walking", Tier: Cautions,
		Describe:  "Symptoms in both legs that the follow-up says have been the same for months, have been checked by a doctor (for example spinal stenosis), and come only with walking or standing, easing on sitting or bending forward.",
		When:      bothLegsIs(intake.LegsWalking),
		Therapist: "Known, stable walking-related leg symptoms (neurogenic claudication, as in spinal stenosis): not cauda equina as answered. Gentle work; avoid extension. Ask at every visit whether anything is new or worse; new or worsening bilateral symptoms, saddle numbness or bladder change mean emergency care.",
		Source:    []string{"NICE-CKS", "NHS-backpain", "seed:003"},
		Ceiling:   CeilingModerate,
		Position:  "Side-lying with the knees bent, or a pillow under the belly when face-down; let the client change position whenever the legs ache.",
		Excludes: excl(out([]string{"seed:003", "ABMP"}, "mobilization"),
			only(limit("thai-stretch", "No backward-bending (extension) stretches of the lower back.", "seed:003", "ABMP"))),
	},
	{
		ID: "tight-hamstrings", Tier: Cautions,
		Describe:  "Symptoms in both legs that the follow-up says are only a pulling at the back of both thighs when stretching or bending forward, and the pain has no numb, tingling, shooting or burning feeling.",
		When:      bothLegsIs(intake.LegsStretch),
		Therapist: "Pulling in both thighs only on stretching: tight hamstrings, not nerve symptoms as answered. Gentle hamstring work; stop and advise medical review at any numbness, tingling, shooting pain or weakness.",
		Source:    []string{"seed:003", "seed:000"},
		Excludes:  only(limit("thai-stretch", "Hamstring stretches gently, within comfort; stop at any tingling, numbness or shooting pain.", "seed:000", "seed:003")),
	},
	{
		ID: "night-pain-positional", Tier: Cautions,
		Describe:  "Bad pain at night (answered yes) that the follow-up says eases with a change of position.",
		When:      nightPositional,
		Therapist: "Night pain that eases with a change of position is mechanical, not the unremitting night pain of the red-flag screen. Ask again at each visit; refer if it stops easing, or with fever, weight loss or a history of cancer.",
		Source:    []string{"seed:000", "NICE-CKS"},
		Position:  "Help the client find the position that eases the pain; change position whenever they ask.",
	},
	{
		ID: "not-reviewed", Tier: Cautions,
		Describe:  "A disc problem or spinal stenosis, or an operation in the past year (or undated), that a doctor has not checked and called stable (no, not sure or no answer).",
		When:      unreviewed,
		Therapist: "Not yet checked by a doctor as stable: advise the client to check with their doctor; until then gentle work only, no mobilizations or passive stretches of the back.",
		Source:    []string{"seed:000", "seed:003"},
		Ceiling:   CeilingModerate,
		Excludes:  out([]string{"seed:000", "seed:003"}, "mobilization", "thai-stretch"),
	},
	{
		ID: "neck-dizziness", Tier: Cautions,
		Describe:  "Dizzy or light-headed when turning or tilting the head (neck and head question).",
		When:      neck(intake.NeckDizzy),
		Therapist: "Dizziness with head movement: keep the neck in mid-range, no neck stretches or sustained rotation, head supported; let the client get up slowly; suggest a doctor's check if it is new or persists.",
		Source:    []string{"kneadform"},
		Position:  "Keep the head supported in a neutral position; let the client sit up slowly at the end.",
		Excludes: []Exclusion{
			limit("scapular-release", "No neck stretching or end-of-range neck movement.", "kneadform"),
			limit("thai-stretch", "No neck stretches.", "kneadform"),
		},
	},
	{
		ID: "acute-strain", Tier: Cautions,
		Describe: "Pain for under 6 weeks that began while lifting, suddenly or in training.",
		When: func(a *intake.Answers) bool {
			return a.Duration.Phase() == intake.PhaseAcute && strainOnset(a)
		},
		Therapist: "Recent strain: Swedish and gentle mobility; no deep work over the strained area while it is acute.",
		Source:    []string{"seed:000", "seed:003", "seed:002"},
		Ceiling:   CeilingModerate,
		// Deep tissue and trigger point need no exclusion here: the guide
		// suggests them only from 6 weeks on (chronic knots), never in the
		// acute phase this rule requires.
		Excludes: only(limit("scapular-release", "Not over the strained area; no friction.", "seed:000", "seed:002")),
	},
	{
		ID: "hard-training", Tier: Cautions,
		Describe:  "Hard training in the last 24 hours.",
		When:      func(a *intake.Answers) bool { return a.Training == intake.TrainedUnder24 },
		Therapist: "Within 24 h of intense exercise: light recovery work only; deep work after 24–48 h.",
		Source:    []string{"seed:000", "seed:003"},
		Ceiling:   CeilingLight,
		Excludes:  out([]string{"seed:000"}, "deep-tissue", "trigger-point"),
	},
	{
		ID: "surgery-past-year", Tier: Cautions,
		Describe: "Surgery on the health checklist, more than 6 weeks but under a year ago, or with no date given yet.",
		When: func(a *intake.Answers) bool {
			return a.Has(intake.CondSurgery) && (a.SurgeryWhen == intake.SurgeryYear || a.SurgeryWhen == "")
		},
		Therapist: "Surgery in the past year: avoid the operation area (marked by the client, else ask where) until fully healed and cleared by the surgeon.",
		Source:    []string{"seed:003", "seed:002", "ABMP"},
		Avoid:     surgeryAreas,
		Excludes: []Exclusion{
			limit("deep-tissue", "Not near the operation area.", "seed:002", "ABMP"),
			limit("mobilization", "Not near the operation area; only once the surgeon agrees.", "seed:002", "ABMP"),
		},
	},
	{
		ID: "skin-local", Tier: Cautions,
		Describe:  "A wound, rash (including a known non-contagious one), infection, swelling, bruise, varicose veins or injury marked on the body map.",
		When:      skinWith(intake.SkinIssues...),
		Therapist: "Avoid the marked areas entirely (no oil, no pressure).",
		Source:    []string{"seed:002", "ABMP"},
		Avoid:     skinAreas,
	},
	{
		ID: "tingling", Tier: Cautions,
		Describe: "The pain tingles (without spreading into a leg).",
		When: func(a *intake.Answers) bool {
			return a.Feels(intake.FeelTingling) && a.Spread != intake.SpreadOneLeg && a.Spread != intake.SpreadBoth
		},
		Therapist: "Tingling: stop at once if it spreads or worsens during the session and advise medical review; suggest one if it persists.",
		Source:    []string{"seed:003", "seed:000"},
	},
	{
		ID: "sciatica-like", Tier: Cautions,
		Describe: "Pain spreads into one leg, without numbness or tingling.",
		When: func(a *intake.Answers) bool {
			return a.Spread == intake.SpreadOneLeg && !legNerve(a)
		},
		Therapist: "Sciatica-like pain: ask whether a doctor has assessed it. Glute and piriformis release only after medical clearance; stop at any electric or shooting pain.",
		Source:    []string{"seed:000", "seed:003"},
	},
	{
		ID: "heart", Tier: Cautions,
		Describe:  "A heart condition on the health checklist.",
		When:      has(intake.CondHeart),
		Therapist: "Heart condition: ask whether the doctor is aware and whether they take blood thinners; no vigorous work; watch for breathlessness.",
		Source:    []string{"ABMP", "Mayo"},
	},
	{
		ID: "blood-pressure", Tier: Cautions,
		Describe:  "High or low blood pressure on the health checklist.",
		When:      has(intake.CondBloodPressure),
		Therapist: "Blood pressure: ask whether it is controlled; the client may feel dizzy getting up.",
		Source:    []string{"ABMP", "Mayo"},
		Position:  "Let the client sit up slowly at the end and sit for a moment before standing.",
	},
	{
		ID: "diabetes", Tier: Cautions,
		Describe:  "Diabetes on the health checklist.",
		When:      has(intake.CondDiabetes),
		Therapist: "Diabetes: check the skin; sensation may be reduced in the legs, so ask rather than rely on feedback there; ask about low blood sugar.",
		Source:    []string{"ABMP"},
	},
	{
		ID: "nut-allergy", Tier: Cautions,
		Describe:  "Allergy to nut oils.",
		When:      func(a *intake.Answers) bool { return a.AllergicTo(intake.AllergyNutOil) },
		Therapist: "Nut allergy: products must be nut-free.",
		Source:    []string{"seed:001", "ABMP"},
		Oil:       "No almond, walnut, macadamia or other nut oils; ask about coconut before using it; a nut-free oil or plain lotion is safest.",
	},
	{
		ID: "fragrance-allergy", Tier: Cautions,
		Describe:  "Allergy to fragrance.",
		When:      func(a *intake.Answers) bool { return a.AllergicTo(intake.AllergyFragrance) },
		Therapist: "Fragrance allergy: unscented products only; no essential oils or scented room sprays.",
		Source:    []string{"seed:001", "ABMP"},
		Oil:       "Unscented oil or lotion only; no essential oils.",
	},
	{
		ID: "latex-allergy", Tier: Cautions,
		Describe:  "Allergy to latex.",
		When:      func(a *intake.Answers) bool { return a.AllergicTo(intake.AllergyLatex) },
		Therapist: "Latex allergy: non-latex gloves; check products and equipment (bolsters, bands) for latex.",
		Source:    []string{"ABMP"},
		Oil:       "Non-latex (nitrile) gloves; latex-free products and equipment.",
	},
}
