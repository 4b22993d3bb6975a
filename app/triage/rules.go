package triage

import "kneadform/app/intake"

// Rules is the clinical rule table, most urgent tier first. Every rule cites
// its sources (see Sources); docs/clinical-rules.md renders it for review.
// "Not sure" on a safety question counts as yes (see flag). Age is never a
// rule on its own: it only adds weight to another finding (fracture-risk).
var Rules = []Rule{
	// ── Emergency: call the emergency number now. ─────────────────────────
	{
		ID: "saddle-numbness", Tier: Emergency,
		Describe:  "Numbness or tingling in the saddle area (between the legs, buttocks, inner thighs).",
		When:      flag(intake.FlagSaddle),
		Therapist: "Possible cauda equina syndrome. No massage; the client should call the emergency number or go to emergency care now.",
		Source:    []string{"seed:000", "NHS-backpain", "NICE-CKS"},
	},
	{
		ID: "bladder-bowel", Tier: Emergency,
		Describe:  "New difficulty passing urine, or loss of bladder or bowel control.",
		When:      flag(intake.FlagBladder),
		Therapist: "Possible cauda equina syndrome. No massage; emergency care now.",
		Source:    []string{"seed:000", "NHS-backpain", "NICE-CKS"},
	},
	{
		ID: "both-legs", Tier: Emergency,
		Describe:  "Pain, weakness or numbness in both legs (safety question), or pain that spreads into both legs (where it spreads).",
		When:      anyOf(flag(intake.FlagBothLegs), func(a *intake.Answers) bool { return a.Spread == intake.SpreadBoth }),
		Therapist: "Bilateral leg symptoms with back pain: possible cauda equina syndrome. No massage; emergency care now.",
		Source:    []string{"seed:000", "NHS-backpain", "NICE-CKS"},
	},
	{
		ID: "worsening-weakness", Tier: Emergency,
		Describe:  "Leg weakness that is getting worse.",
		When:      flag(intake.FlagWeakness),
		Therapist: "Progressive neurological deficit. No massage; emergency care now.",
		Source:    []string{"seed:000", "NHS-backpain", "ACP-2007"},
	},
	{
		ID: "chest-pain", Tier: Emergency,
		Describe:  "Chest pain together with the back pain.",
		When:      flag(intake.FlagChestPain),
		Therapist: "Back pain with chest pain may be cardiac or vascular. No massage; emergency care now.",
		Source:    []string{"NHS-backpain"},
	},
	{
		ID: "major-trauma", Tier: Emergency,
		Describe:  "Back pain since a serious accident or fall.",
		When:      flag(intake.FlagAccident),
		Therapist: "Major trauma: possible fracture. No massage; emergency care now.",
		Source:    []string{"NHS-backpain", "NICE-CKS", "ACP-2007"},
	},

	// ── See a doctor first: no massage until cleared. ─────────────────────
	{
		ID: "fever", Tier: SeeDoctor,
		Describe:  "Fever, or feeling hot, shivery and unwell, with the back pain.",
		When:      flag(intake.FlagFever),
		Therapist: "Back pain with fever: rule out spinal infection or kidney infection first.",
		Source:    []string{"seed:000", "NHS-backpain", "NICE-CKS"},
	},
	{
		ID: "weight-loss", Tier: SeeDoctor,
		Describe:  "Weight loss without trying.",
		When:      flag(intake.FlagWeight),
		Therapist: "Unexplained weight loss with back pain: possible malignancy; medical review first.",
		Source:    []string{"NHS-backpain", "NICE-CKS", "ACP-2007"},
	},
	{
		ID: "cancer-history", Tier: SeeDoctor,
		Describe:  "Cancer now or in the past (safety question or health checklist) with back pain.",
		When:      anyOf(flag(intake.FlagCancer), has(intake.CondCancer)),
		Therapist: "New back pain with a history of cancer: rule out metastasis. Massage after the doctor's approval; ask about treatment sites and ports.",
		Source:    []string{"NHS-backpain", "NICE-CKS", "ACP-2007", "IFOMPT-2020"},
	},
	{
		ID: "night-pain", Tier: SeeDoctor,
		Describe:  "Bad pain at night that rest does not ease.",
		When:      flag(intake.FlagNight),
		Therapist: "Severe, unremitting night pain is a red flag (infection, malignancy). Medical review first.",
		Source:    []string{"seed:000", "NHS-backpain", "NICE-CKS"},
	},
	{
		ID: "infection-risk", Tier: SeeDoctor,
		Describe:  "A weakened immune system, or injecting drugs.",
		When:      flag(intake.FlagImmune),
		Therapist: "Immunosuppression or IV drug use raises the risk of spinal infection. Medical review first.",
		Source:    []string{"NICE-CKS", "ACP-2007"},
	},
	{
		ID: "long-term-steroids", Tier: SeeDoctor,
		Describe:  "Steroid tablets taken for months.",
		When:      flag(intake.FlagSteroids),
		Therapist: "Long-term corticosteroids: fracture and infection risk. Medical review first; afterwards light pressure only.",
		Source:    []string{"NICE-CKS", "ACP-2007"},
		Ceiling:   CeilingLight,
	},
	{
		ID: "recent-surgery", Tier: SeeDoctor,
		Describe: "An operation in the last 6 weeks (safety question, or surgery under 6 weeks on the health checklist).",
		When: anyOf(flag(intake.FlagSurgery), func(a *intake.Answers) bool {
			return a.Has(intake.CondSurgery) && a.SurgeryWhen == intake.SurgeryRecent
		}),
		Therapist: "Surgery in the last ~6 weeks: clot and wound risk. Massage after the surgeon's or doctor's approval; avoid the scar.",
		Source:    []string{"ABMP", "Mayo"},
	},
	{
		ID: "blood-clot", Tier: SeeDoctor,
		Describe:  "One calf swollen, red, warm or painful, or a history of blood clots (DVT) on the health checklist.",
		When:      anyOf(flag(intake.FlagCalf), has(intake.CondClots)),
		Therapist: "Possible or past deep vein thrombosis: massage could dislodge a clot. Doctor's approval first; never massage a swollen calf.",
		Source:    []string{"ABMP", "Mayo", "NCCIH"},
	},
	{
		ID: "injury-or-accident", Tier: SeeDoctor,
		Describe: "The pain began with a fall or accident, or a recent injury is ticked on the health checklist.",
		When: anyOf(has(intake.CondInjury), func(a *intake.Answers) bool {
			return a.Onset == intake.OnsetFall
		}),
		Therapist: "Pain after an injury or accident: rule out fracture or ligament injury first. Once cleared, moderate pressure at most and nothing over the injured area.",
		Source:    []string{"seed:003", "seed:002", "NHS-backpain"},
		Ceiling:   CeilingModerate,
	},
	{
		ID: "fracture-risk", Tier: SeeDoctor,
		Describe: "Osteoporosis, or age 65 or over, and the pain began suddenly or while lifting.",
		When: func(a *intake.Answers) bool {
			weakBone := a.Has(intake.CondOsteoporosis) || a.AgeBand == intake.Age65Plus
			return weakBone && (a.Onset == intake.OnsetSudden || a.Onset == intake.OnsetLifting)
		},
		Therapist: "Possible osteoporotic (fragility) fracture after minor strain. Age alone is a weak flag; here it combines with the onset. Medical review first.",
		Source:    []string{"NICE-CKS", "ACP-2007", "IFOMPT-2020"},
		Ceiling:   CeilingLight,
	},
	{
		ID: "leg-nerve-symptoms", Tier: SeeDoctor,
		Describe:  "Pain spreads into one leg, with numbness or tingling (sciatica-like, not yet assessed).",
		When:      legNerve,
		Therapist: "Radicular symptoms: rule out serious causes first. After clearance, glute and piriformis release; stop at any electric or shooting pain.",
		Source:    []string{"seed:000", "seed:003", "NICE-CKS"},
	},
	{
		ID: "numbness", Tier: SeeDoctor,
		Describe: "The pain feels numb (and does not spread into one leg, which leg-nerve-symptoms covers).",
		When: func(a *intake.Answers) bool {
			return a.Feels(intake.FeelNumb) && !legNerve(a)
		},
		Therapist: "Numbness needs medical evaluation before massage (seed 000 red flags). Stop at once if numbness appears during a session.",
		Source:    []string{"seed:000", "seed:003"},
	},
	{
		ID: "severe-pain", Tier: SeeDoctor,
		Describe:  "Pain rated 9 or 10 out of 10 in a chosen region.",
		When:      func(a *intake.Answers) bool { return maxPain(a) >= 9 },
		Therapist: "Very severe pain: a doctor should assess it first; massage is unlikely to be tolerated.",
		Source:    []string{"NHS-backpain", "seed:003"},
	},
	{
		ID: "limits-daily-life", Tier: SeeDoctor,
		Describe:  "The client cannot do at least two of the everyday tasks (lift groceries, sleep on their side, sit 30 minutes).",
		When:      func(a *intake.Answers) bool { return countTasks(a, intake.AbleCannot) >= 2 },
		Therapist: "Pain that significantly limits daily activities needs a healthcare provider alongside massage.",
		Source:    []string{"seed:003", "NHS-backpain"},
	},

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
		Describe:  "A rash or a skin infection marked on the body map (it may spread by touch).",
		When:      skinWith(intake.SkinRash, intake.SkinInfection),
		Therapist: "Possibly contagious skin condition: reschedule. If you know the rash is not contagious (e.g. eczema), proceed and avoid the area.",
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
	},
	{
		ID: "osteoporosis", Tier: Cautions,
		Describe:  "Osteoporosis on the health checklist.",
		When:      has(intake.CondOsteoporosis),
		Therapist: "Fragile bones: light pressure only; no deep or forceful work, no mobilization thrusts, no pressure on the spine or ribs.",
		Source:    []string{"seed:003", "Mayo", "ABMP"},
		Ceiling:   CeilingLight,
	},
	{
		ID: "bleeding-risk", Tier: Cautions,
		Describe:  "A bleeding disorder or blood thinners on the health checklist, or a blood thinner named in the medicines.",
		When:      anyOf(has(intake.CondBleeding), takesAnticoagulant),
		Therapist: "Bleeding disorder or anticoagulant: bruising risk. Light pressure only; no deep tissue, friction or trigger-point compression.",
		Source:    []string{"Mayo", "ABMP", "NCCIH"},
		Ceiling:   CeilingLight,
	},
	{
		ID: "disc", Tier: Cautions,
		Describe:  "A herniated or bulging disc on the health checklist.",
		When:      has(intake.CondDisc),
		Therapist: "Disc problem: gentle work over the lower back; no traction or lumbar mobilization without clearance; stop if leg symptoms appear.",
		Source:    []string{"seed:000", "seed:003", "ABMP"},
		Ceiling:   CeilingModerate,
		Position:  "Avoid positions that bring on leg pain (often bending forward); a pillow under the hips when face-down, or side-lying.",
	},
	{
		ID: "stenosis", Tier: Cautions,
		Describe:  "Spinal stenosis on the health checklist.",
		When:      has(intake.CondStenosis),
		Therapist: "Spinal stenosis: gentle work; leaning back (extension) usually aggravates it.",
		Source:    []string{"seed:003", "seed:000", "ABMP"},
		Ceiling:   CeilingModerate,
		Position:  "Avoid lying flat face-down (it arches the back): a pillow under the belly, or side-lying with the knees bent.",
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
	},
	{
		ID: "hard-training", Tier: Cautions,
		Describe:  "Hard training in the last 24 hours.",
		When:      func(a *intake.Answers) bool { return a.Training == intake.TrainedUnder24 },
		Therapist: "Within 24 h of intense exercise: light recovery work only; deep work after 24–48 h.",
		Source:    []string{"seed:000", "seed:003"},
		Ceiling:   CeilingLight,
	},
	{
		ID: "surgery-past-year", Tier: Cautions,
		Describe: "Surgery on the health checklist, more than 6 weeks but under a year ago, or with no date given yet.",
		When: func(a *intake.Answers) bool {
			return a.Has(intake.CondSurgery) && (a.SurgeryWhen == intake.SurgeryYear || a.SurgeryWhen == "")
		},
		Therapist: "Surgery in the past year: ask where; avoid the scar until fully healed and cleared by the surgeon.",
		Source:    []string{"seed:003", "seed:002", "ABMP"},
	},
	{
		ID: "skin-local", Tier: Cautions,
		Describe:  "A wound, rash, infection, swelling, bruise, varicose veins or injury marked on the body map.",
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
