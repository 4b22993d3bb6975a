package triage

import "fmt"

// Tier is how urgent an outcome is. The zero value is Proceed; a larger Tier
// is more urgent, so tiers compare with MoreUrgent (or plain <, >).
type Tier int

// The tiers, least urgent first in value order. Tiers lists them most urgent
// first, the order a clinician reads them in.
const (
	// Proceed: nothing found; massage as usual.
	Proceed Tier = iota
	// Cautions: massage is fine with adaptations (areas to avoid, a pressure
	// ceiling, positioning, oils).
	Cautions
	// Postpone: reschedule (acute illness, possibly contagious skin); no
	// doctor needed for the back itself.
	Postpone
	// SeeDoctor: no massage until a doctor has seen the client.
	SeeDoctor
	// Emergency: call the emergency number now; no massage.
	Emergency
)

// Tiers lists every tier, most urgent first.
var Tiers = []Tier{Emergency, SeeDoctor, Postpone, Cautions, Proceed}

var tierNames = [...]string{
	Proceed:   "proceed",
	Cautions:  "cautions",
	Postpone:  "postpone",
	SeeDoctor: "see-doctor",
	Emergency: "emergency",
}

// String returns the tier's stable id: "emergency", "see-doctor", "postpone",
// "cautions" or "proceed".
func (t Tier) String() string {
	if t.Valid() {
		return tierNames[t]
	}
	return fmt.Sprintf("Tier(%d)", int(t))
}

// Valid reports whether t is one of Tiers.
func (t Tier) Valid() bool { return t >= Proceed && t <= Emergency }

// MoreUrgent reports whether t is more urgent than u.
func (t Tier) MoreUrgent(u Tier) bool { return t > u }

// NoMassage reports whether the client must not be massaged today (postpone
// and more urgent tiers).
func (t Tier) NoMassage() bool { return t >= Postpone }

// MsgKey is the catalog key prefix of the tier's client text: add ".title"
// or ".body".
func (t Tier) MsgKey() string { return "triage.tier." + t.String() }

// MarshalText encodes the tier as its String id, so JSON shows "see-doctor",
// not a number.
func (t Tier) MarshalText() ([]byte, error) {
	if !t.Valid() {
		return nil, fmt.Errorf("triage: cannot encode unknown tier %d", int(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText decodes a tier id written by MarshalText.
func (t *Tier) UnmarshalText(b []byte) error {
	for i, n := range tierNames {
		if n == string(b) {
			*t = Tier(i)
			return nil
		}
	}
	return fmt.Errorf("triage: unknown tier %q (want one of emergency, see-doctor, postpone, cautions, proceed)", b)
}
