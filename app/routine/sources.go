package routine

import "kneadform/app/triage"

// Sources names the source ids the library cites that app/triage does not
// (triage.Sources has the seeds and the shared clinical sources). The shared
// clinical-sources.md lists the facts taken from each.
var Sources = map[string]string{
	"Mayo-back":         "Mayo Clinic: Back exercises in 15 minutes a day (knee-to-chest 5 s × 2–3, lower back rotation 5–10 s × 2–3, pelvic tilt 5 s × 5→30, bridge 3 breaths × 5→30, bird-dog up to 10 s × 6 per side)",
	"Mayo-osteoporosis": "Mayo Clinic: Exercising with osteoporosis (avoid bending forward at the waist and forceful twisting)",
	"NHS-Inform":        "NHS Inform: Exercises for back pain (start with about 5 repetitions, add 1–2 every few days; stop if symptoms get worse or new pain starts)",
	"NHS-exercises":     "NHS: Lower back pain exercises (bottom-to-heels stretch: hold one deep breath, 8–10 times)",
	"NHS-pregnancy":     "NHS: Exercise in pregnancy (do not lie flat on your back for long, especially after 16 weeks)",
	"NHS-sprains":       "NHS: Sprains and strains (an ice pack wrapped in a towel for up to 20 minutes, never on bare skin)",
	"HSE-DSE":           "HSE (UK): Working safely with display screen equipment (short breaks often: 5–10 minutes after 50–60 minutes of screen work)",
	"kneadform":         "Kneadform's own conservative choice with no external source: for clinician review",
}

// SourceText returns the description of a source id, from Sources or
// triage.Sources ("" when unknown).
func SourceText(id string) string {
	if s, ok := Sources[id]; ok {
		return s
	}
	return triage.Sources[id]
}
