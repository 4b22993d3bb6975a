// Package pressure is the 0–10 pressure scale of the pressure walkthrough and
// the client's pressure choices: what each level feels like and what the
// therapist does there, the colour bands, the named pressures (light,
// moderate, firm), the client's preferred and maximum pressure per body-map
// region, tender spots, stop signal and check-in frequency, and the caps the
// clinical rules put on them.
//
// It is pure Go with no UI import. Data flows one way:
//
//	answers → triage.Evaluate → Cap → Apply(prefs) → Summarize / Guide → UI
//
// Apply is the one place preferences meet the caps: whatever the client or a
// stored copy says, after Apply the preferred level is at most the maximum,
// and the maximum at most the cap of its region (tested as a property).
//
// docs/pressure.md is the scale and its caps rendered for a clinician by
// ScaleMarkdown; a test keeps it in step with the code.
//
// Catalog keys (app/i18n/locales/en/pressure.json) used by this package:
//
//	pressure.level.<n>                       what level n feels like, in the client's words
//	pressure.band.<band>, .<band>.desc       a colour band's name and what it means
//	pressure.action.<action>                 what the therapist does at a level
//	pressure.word.<word>                     a named pressure: light, moderate, firm
//	pressure.cap.<reason>                    why a cap applies (besides triage.rule.<id>)
//	pressure.adjust.<reason>                 why Apply changed a choice (besides the cap's reasons)
//	pressure.note.<id>                       a standing safety note (spine, low back)
//	pressure.sign.<id>                       a "good pain" or warning sign
//	pressure.signal.<signal>                 a stop signal; pressure.signal.default-word is "stop"
//	pressure.checkin.<frequency>             a check-in frequency
//	pressure.fit.<fit>, pressure.technique.* the technique guide
//	error.level-range, error.above-max       validation messages (plus error.<field>.<kind>)
//
// Techniques reuse triage's ids and its technique.<id>.name/.desc keys.
package pressure

//go:generate go test -run=^TestPressureDoc$ -update .
