package triage

import "kneadform/app/intake"

// Rules is the clinical rule table, most urgent tier first. Every rule cites
// its sources (see Sources); docs/clinical-rules.md renders it for review.
// "Not sure" on a safety question counts as yes (see flag). Age is never a
// rule on its own: it only adds weight to another finding (fracture-risk).
var Rules = append(urgentRules, mildRules...)

// urgentRules are the emergency and see-a-doctor rows of the table.
var urgentRules = []Rule{
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
		Describe: "Pain, weakness or numbness in both legs (safety question), or pain that spreads into both legs (where it spreads), " +
			"unless the follow-up says it is long-standing and known (see both-legs-unchecked, both-legs-walking, tight-hamstrings). " +
			"\"Not sure\" on the safety question, a new or worsening answer, \"not sure\" or no answer to the follow-up keep the emergency.",
		When:      bothLegsNew,
		Therapist: "Bilateral leg symptoms with back pain, new or worsening: possible cauda equina syndrome. No massage; emergency care now.",
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
		ID: "both-legs-unchecked", Tier: SeeDoctor,
		Describe:  "Symptoms in both legs that the follow-up says have been the same for months, not getting worse, but no doctor has checked them.",
		When:      bothLegsIs(intake.LegsUnchecked),
		Therapist: "Long-standing, stable bilateral leg symptoms not yet assessed (for example possible spinal stenosis): not an emergency as answered, but a doctor should assess them before massage. New or worsening symptoms, saddle numbness or bladder change: emergency.",
		Source:    []string{"NICE-CKS", "NHS-backpain", "seed:003"},
	},
	{
		ID: "night-pain", Tier: SeeDoctor,
		Describe:  "Bad pain at night that rest does not ease, unless the follow-up says it eases with a change of position (see night-pain-positional); \"not sure\" keeps this rule.",
		When:      func(a *intake.Answers) bool { return a.Flag(intake.FlagNight).Positive() && !nightPositional(a) },
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
		Avoid:     surgeryAreas,
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
		Describe: "The pain began with a fall or accident, a recent injury is ticked on the health checklist, or a neck injury (whiplash, a fall) in the last 3 months.",
		When: anyOf(has(intake.CondInjury), neck(intake.NeckWhiplash), func(a *intake.Answers) bool {
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
		Describe:  "Pain spreads into one leg (or into both, when the both-legs follow-up says long-standing and known), with numbness or tingling (nerve-type, not yet assessed).",
		When:      legNerve,
		Therapist: "Radicular symptoms: rule out serious causes first. After clearance, glute and piriformis release; stop at any electric or shooting pain.",
		Source:    []string{"seed:000", "seed:003", "NICE-CKS"},
	},
	{
		ID: "numbness", Tier: SeeDoctor,
		Describe: "The pain feels numb (and does not spread into a leg, which leg-nerve-symptoms covers).",
		When: func(a *intake.Answers) bool {
			return a.Feels(intake.FeelNumb) && !legNerve(a)
		},
		Therapist: "Numbness needs medical evaluation before massage. Stop at once if numbness appears during a session.",
		Source:    []string{"seed:000", "seed:003"},
	},
	{
		ID: "arm-nerve-symptoms", Tier: SeeDoctor,
		Describe:  "Pain, tingling or numbness going down an arm or into a hand (neck and head question).",
		When:      neck(intake.NeckArm),
		Therapist: "Arm symptoms with neck or upper-back pain: possible nerve root irritation. Medical evaluation before neck and upper-back work; stop at once if arm symptoms appear during a session.",
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
}
