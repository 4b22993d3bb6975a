package visit

// Catalog keys (app/i18n/locales/en/visit.json) for the screens, besides
// those the functions of this package put in their results.
const (
	KeyBeforeTitle   = "visit.before.title"  // the checklist's heading
	KeyBooking       = "visit.booking"       // the booking link's text
	KeyAddress       = "visit.address"       // the address's label
	KeyCheckInTitle  = "visit.checkin.title" // the check-in's heading
	KeySoreness      = "visit.checkin.soreness"
	KeyWater         = "visit.checkin.water"
	KeyPain          = "visit.checkin.pain"
	KeyPainAfter     = "visit.checkin.pain-after"  // the pain just after the massage (Visit.PainAfter)
	KeyPainBefore    = "visit.checkin.pain-before" // the pain just before, when no rating stands for it
	KeyPressure      = "visit.checkin.pressure"
	KeyRightLevel    = "visit.checkin.right-level"
	KeyTechniques    = "visit.checkin.techniques"
	KeyNew           = "visit.checkin.new" // heading of the safety questions asked again (flag.<id> texts)
	KeySpread        = "visit.checkin.spread"
	KeyFeelings      = "visit.checkin.feelings"
	KeyNote          = "visit.checkin.note"
	KeyCalendar      = "visit.calendar.download" // the .ics download button
	KeyPSFSTitle     = "visit.psfs.title"
	KeyPSFSIntro     = "visit.psfs.intro"
	KeyPSFSActivity  = "visit.psfs.activity" // {n}: 1 to 3
	KeyPSFSScore     = "visit.psfs.score"
	KeyPSFSAnchor0   = "visit.psfs.anchor.0"
	KeyPSFSAnchor10  = "visit.psfs.anchor.10"
	KeyChartVisit    = "visit.chart.visit"        // a visit marker's label on the chart
	KeyChartPainPair = "visit.chart.before-after" // {before} {after}
)

// Key is the catalog key of a stage's heading ("visit.checkin.stage.24h").
func (s Stage) Key() string { return "visit.checkin.stage." + string(s) }

// Key is the catalog key of a soreness answer.
func (s Soreness) Key() string { return "visit.checkin.soreness." + string(s) }

// Key is the catalog key of a water answer.
func (w Water) Key() string { return "visit.checkin.water." + string(w) }

// Key is the catalog key of a felt answer.
func (f Felt) Key() string { return "visit.checkin.felt." + string(f) }

// Keys lists every catalog key this package uses or names, for the
// catalog test and for translators.
func Keys() []string {
	keys := []string{KeyBeforeTitle, KeyBooking, KeyAddress, KeyCheckInTitle, KeySoreness, KeyWater, KeyPain, KeyPainAfter, KeyPainBefore,
		KeyPressure, KeyRightLevel, KeyTechniques, KeyNew, KeySpread, KeyFeelings, KeyNote, KeyCalendar,
		KeyPSFSTitle, KeyPSFSIntro, KeyPSFSActivity, KeyPSFSScore, KeyPSFSAnchor0, KeyPSFSAnchor10,
		KeyChartVisit, KeyChartPainPair,
		"visit.before.not-yet", "visit.before.meal", "visit.before.wear", "visit.before.arrive",
		"visit.before.arrive-minutes", "visit.before.summary", "visit.before.mention",
		"visit.before.mention.medicines", "visit.before.stop-word", "visit.before.stop-hand",
		"visit.before.sharp-pain", "visit.before.cautions", "visit.before.cautions.ceiling-light",
		"visit.before.cautions.ceiling-moderate", "visit.before.expect", "visit.before.expect-techniques", "visit.before.water",
		"visit.before.note-after",
		"visit.review.normal", "visit.review.watch", "visit.review.clinic", "visit.review.water",
		"visit.calendar.name", "visit.calendar.routine.summary", "visit.calendar.routine.desc",
		"visit.calendar.checkin.summary", "visit.calendar.checkin.desc", "visit.calendar.next.summary",
		"visit.calendar.next.desc",
		"visit.change.pain", "visit.change.activity", "visit.change.better", "visit.change.worse", "visit.change.same",
		"visit.last.pain", "visit.last.score", "visit.last.not-given", "visit.last.checkin", "visit.last.soreness",
		"visit.last.pain-now", "visit.last.pressure", "visit.last.right-level", "visit.last.technique", "visit.last.new",
		"visit.last.note",
	}
	for _, s := range Stages {
		keys = append(keys, s.Key())
	}
	for _, s := range Sorenesses {
		keys = append(keys, s.Key())
	}
	for _, w := range Waters {
		keys = append(keys, w.Key())
	}
	for _, f := range Felts {
		keys = append(keys, f.Key())
	}
	return keys
}
