package visit

import (
	"strconv"

	"kneadform/app/clinic"
	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
)

// Item is one line of the pre-visit checklist. The client reads Key filled
// with Args, then the texts at Refs as a list under it (conditions to
// mention, cautions to expect); each item can be ticked by its ID.
type Item struct {
	// ID is stable (kebab-case): the UI stores ticks by it.
	ID string `json:"id"`
	// Key is the catalog key of the item's text.
	Key string `json:"key"`
	// Args fill the text's {placeholders}.
	Args []Arg `json:"args,omitempty"`
	// Refs are catalog keys of details shown as a list under the text.
	Refs []string `json:"refs,omitempty"`
	// Source lists the source ids the item rests on (triage.Sources), or
	// "clinic" for the clinic's own practical arrangements.
	Source []string `json:"source"`
}

// Arg fills one placeholder: with the catalog text at Key when Key is set,
// else with Text as it is (the client's own stop word, a number).
type Arg struct {
	Name string `json:"name"`
	Key  string `json:"key,omitempty"`
	Text string `json:"text,omitempty"`
}

// Text renders the item's main line in catalog c.
func (it Item) Text(c *i18n.Catalog) string {
	args := make([]any, 0, 2*len(it.Args))
	for _, a := range it.Args {
		v := a.Text
		if a.Key != "" {
			v = c.T(a.Key)
		}
		args = append(args, a.Name, v)
	}
	return c.T(it.Key, args...)
}

// Checklist is the pre-visit checklist with the clinic's booking link and
// address (empty when the clinic gave none).
type Checklist struct {
	// Tier is the triage tier it was made for. For a tier with no massage
	// today (postpone, see a doctor, emergency) Items holds the one line
	// that says so, and no preparation.
	Tier    triage.Tier `json:"tier"`
	Items   []Item      `json:"items"`
	Booking string      `json:"booking,omitempty"`
	Address string      `json:"address,omitempty"`
}

// NewChecklist builds the checklist for answers a with triage outcome o
// (triage.Evaluate(a)), the pressure choices p and the clinic's settings.
// It is pure, never panics (nil answers count as empty) and lists items in
// the order a client meets them: before leaving, at the clinic, during the
// massage, after it.
func NewChecklist(a *intake.Answers, o triage.Outcome, p pressure.Prefs, cl clinic.Config) Checklist {
	if a == nil {
		a = &intake.Answers{}
	}
	c := Checklist{Tier: o.Tier, Items: []Item{}, Booking: cl.Booking, Address: cl.Address}
	if o.Tier.NoMassage() {
		// No preparation for a massage that must not happen yet: the tier's
		// own screen says what to do instead (app/triage, clinical-sources §1).
		c.Items = append(c.Items, Item{ID: "not-yet", Key: "visit.before.not-yet", Args: []Arg{{Name: "advice", Key: o.Tier.MsgKey() + ".title"}}, Source: []string{"seed:000", "seed:003"}})
		return c
	}
	add := func(it Item) { c.Items = append(c.Items, it) }
	// seed:003 "Before Your Session": avoid heavy meals right before; light eating is fine.
	add(Item{ID: "meal", Key: "visit.before.meal", Source: []string{"seed:003"}})
	// seed:003 "During the Session": face down, back uncovered, oil or lotion.
	add(Item{ID: "wear", Key: "visit.before.wear", Source: []string{"seed:003"}})
	// Practical, not clinical: the clinic's own arrangement.
	if cl.ArriveEarlyMinutes > 0 {
		add(Item{ID: "arrive", Key: "visit.before.arrive-minutes", Args: []Arg{{Name: "minutes", Text: itoa(cl.ArriveEarlyMinutes)}}, Source: []string{"clinic"}})
	} else {
		add(Item{ID: "arrive", Key: "visit.before.arrive", Source: []string{"clinic"}})
	}
	// seed:003 "Before Your Session": communicate pain locations, intensity and goals.
	add(Item{ID: "summary", Key: "visit.before.summary", Source: []string{"seed:003"}})
	// seed:003 "Before Your Session": mention any injuries, surgeries or medical conditions.
	add(mentionItem(a))
	add(stopItem(p.Stop))
	// seed:003 "During the Session": good pain is normal; sharp or nerve-type pain is not, speak up.
	// seed:000 "Pressure scale and safety cues": sharp, electric pain or numbness needs an immediate stop.
	add(Item{ID: "sharp-pain", Key: "visit.before.sharp-pain", Source: []string{"seed:003", "seed:000"}})
	if it, ok := expectItem(o); ok {
		add(it)
	}
	// seed:003 "During the Session": back sessions usually last 30–60 minutes;
	// the techniques are those seed:000's decision guide suggests (app/triage).
	expect := Item{ID: "expect", Key: "visit.before.expect", Source: []string{"seed:003", "seed:000"}}
	for _, t := range o.Techniques {
		expect.Key = "visit.before.expect-techniques"
		expect.Refs = append(expect.Refs, "technique."+t.ID+".name")
	}
	add(expect)
	// seed:003 "After Your Session": drink water; seed:001: hydrate afterward.
	add(Item{ID: "water", Key: "visit.before.water", Source: []string{"seed:003", "seed:001"}})
	// seed:003 "After Your Session": take note of what technique worked best.
	add(Item{ID: "note-after", Key: "visit.before.note-after", Source: []string{"seed:003"}})
	return c
}

// mentionItem asks the client to mention injuries, surgeries, conditions
// and medicines, listing the ones they gave (seed:003).
func mentionItem(a *intake.Answers) Item {
	it := Item{ID: "mention", Key: "visit.before.mention", Source: []string{"seed:003"}}
	for _, cond := range intake.Conditions {
		if a.Has(cond) {
			it.Refs = append(it.Refs, "condition."+string(cond))
		}
	}
	if a.Medications != "" {
		it.Refs = append(it.Refs, "visit.before.mention.medicines")
	}
	for _, al := range intake.Allergies {
		if a.AllergicTo(al) {
			it.Refs = append(it.Refs, "allergy."+string(al))
		}
	}
	return it
}

// stopItem is how to ask for "stop" or "lighter": the signal chosen in the
// pressure walkthrough (seed:003: speak up about pressure; seed:001:
// check-ins "Is this okay?", "Too much?").
func stopItem(s pressure.Stop) Item {
	src := []string{"seed:003", "seed:001"}
	word := Arg{Name: "word", Key: pressure.DefaultWordKey}
	if s.Word != "" && pressure.ValidStopWord(s.Word) {
		word = Arg{Name: "word", Text: s.Word}
	}
	if s.Signal == pressure.SignalHand {
		return Item{ID: "stop", Key: "visit.before.stop-hand", Args: []Arg{word}, Source: src}
	}
	return Item{ID: "stop", Key: "visit.before.stop-word", Args: []Arg{word}, Source: src}
}

// expectItem lists what the therapist will adapt, for the cautions tier:
// the client texts of the caution rules that fired and the positioning and
// oil notes (app/triage cites each rule's source).
func expectItem(o triage.Outcome) (Item, bool) {
	if o.Tier != triage.Cautions {
		return Item{}, false
	}
	it := Item{ID: "cautions", Key: "visit.before.cautions", Source: []string{"seed:000", "seed:002", "seed:003"}}
	for _, f := range o.Fired {
		if f.Tier == triage.Cautions {
			it.Refs = append(it.Refs, f.ClientKey)
		}
	}
	for _, n := range append(append([]triage.Note(nil), o.Positioning...), o.OilNotes...) {
		it.Refs = append(it.Refs, n.Key)
	}
	if w := pressure.Level(o.PressureCeiling).Word(); o.PressureCeiling < triage.NoCeiling && w != "" {
		it.Refs = append(it.Refs, "visit.before.cautions.ceiling-"+string(w)) // light or moderate
	}
	return it, len(it.Refs) > 0
}

func itoa(n int) string { return strconv.Itoa(n) }

// Done counts the ticked items of c: ticks holds item IDs; unknown IDs
// (an item that no longer applies) are ignored.
func (c Checklist) Done(ticks map[string]bool) (done, total int) {
	for _, it := range c.Items {
		if ticks[it.ID] {
			done++
		}
	}
	return done, len(c.Items)
}
