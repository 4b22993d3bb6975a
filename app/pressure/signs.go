package pressure

// Sign is something the client may feel or notice during the massage, with
// what the therapist does about it. The walkthrough teaches them as "good
// pain" versus warning signs; the therapist summary can list them too.
type Sign struct {
	// ID is stable; the client reads Key().
	ID string
	// Action is what the therapist does when the sign appears: keep going
	// (good pain), ease off (too hard) or stop at once (a warning sign).
	Action Action
	// Source lists the source ids the sign comes from.
	Source []string
}

// Key is the catalog key of the sign in the client's words
// ("pressure.sign.sharp").
func (s Sign) Key() string { return "pressure.sign." + s.ID }

// Warning reports whether the sign means stop at once.
func (s Sign) Warning() bool { return s.Action == ActionStop }

// Signs lists the signs: good pain first, then too hard, then the warning
// signs that mean stop at once, whatever the level.
var Signs = []Sign{
	// "Good pain": a knot releasing, a muscle being worked (seed:003).
	{ID: "knot-easing", Action: ActionKeep, Source: []string{"seed:003"}},
	{ID: "deep-ache", Action: ActionKeep, Source: []string{"seed:003", "seed:000"}},
	// Tensing up or holding the breath: too hard (seed:001).
	{ID: "tensing", Action: ActionEase, Source: []string{"seed:001"}},
	{ID: "holding-breath", Action: ActionEase, Source: []string{"seed:001"}},
	// Sharp, electric or radiating pain, numbness: stop and reassess
	// (seed:000 "Pressure scale and safety cues", FAQ Q2); sharp or
	// nerve-type pain is not good pain (seed:003).
	{ID: "sharp", Action: ActionStop, Source: []string{"seed:000", "seed:003"}},
	{ID: "electric", Action: ActionStop, Source: []string{"seed:000"}},
	{ID: "shooting", Action: ActionStop, Source: []string{"seed:000"}},
	{ID: "numb", Action: ActionStop, Source: []string{"seed:000"}},
	{ID: "tingling", Action: ActionStop, Source: []string{"seed:003"}},
}
