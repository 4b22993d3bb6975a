package visit

import (
	"slices"
	"strings"
	"testing"

	"kneadform/app/clinic"
	"kneadform/app/i18n"
	"kneadform/app/i18n/i18ntest"
	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
	"kneadform/app/pressure"
	"kneadform/app/triage"
)

var en = i18n.Get("en")

var lotus = clinic.Config{Name: "Lotus Back Clinic", Address: "1 High Street, London", Booking: "https://lotus.example/book"}

func ids(c Checklist) []string {
	var out []string
	for _, it := range c.Items {
		out = append(out, it.ID)
	}
	return out
}

func item(t *testing.T, c Checklist, id string) Item {
	t.Helper()
	for _, it := range c.Items {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("no item %q in %v", id, ids(c))
	return Item{}
}

func TestChecklistFromAnswers(t *testing.T) {
	a := intaketest.DeskWorker()
	o := triage.Evaluate(a)
	c := NewChecklist(a, o, pressure.Defaults(a.Regions), lotus)
	want := []string{"meal", "wear", "arrive", "summary", "mention", "stop", "sharp-pain", "expect", "water", "note-after"}
	if got := ids(c); !slices.Equal(got, want) {
		t.Errorf("items %v, want %v", got, want)
	}
	if c.Booking != lotus.Booking || c.Address != lotus.Address {
		t.Errorf("booking %q address %q", c.Booking, c.Address)
	}
	if got := item(t, c, "stop").Text(en); got != "To stop at any time, say “stop”. Say “lighter” if the pressure is too much." {
		t.Errorf("stop line %q", got)
	}
	if refs := item(t, c, "expect").Refs; len(refs) != len(o.Techniques) || len(refs) == 0 || refs[0] != "technique."+o.Techniques[0].ID+".name" {
		t.Errorf("expect refs %v for techniques %v", refs, o.Techniques)
	}
	if refs := item(t, c, "mention").Refs; len(refs) != 0 {
		t.Errorf("nothing to mention for the desk worker, got %v", refs)
	}
	for _, it := range c.Items {
		if len(it.Source) == 0 {
			t.Errorf("item %s cites no source", it.ID)
		}
	}
}

func TestChecklistPersonal(t *testing.T) {
	a := intaketest.DeskWorker()
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	a.Medications = "warfarin"
	a.Allergies = []intake.Allergy{intake.AllergyNutOil}
	o := triage.Evaluate(a)
	if o.Tier != triage.Cautions {
		t.Fatalf("tier %v, want cautions", o.Tier)
	}
	p := pressure.Prefs{Stop: pressure.Stop{Signal: pressure.SignalHand, Word: "banana"}}
	cl := lotus
	cl.ArriveEarlyMinutes = 10
	c := NewChecklist(a, o, p, cl)
	if got := item(t, c, "stop").Text(en); !strings.Contains(got, "raise your hand or say “banana”") {
		t.Errorf("stop line %q", got)
	}
	if got := item(t, c, "arrive").Text(en); got != "Arrive 10 minutes early." {
		t.Errorf("arrive line %q", got)
	}
	if got := item(t, c, "mention").Refs; !slices.Equal(got, []string{"condition.osteoporosis", "visit.before.mention.medicines", "allergy.nut-oils"}) {
		t.Errorf("mention refs %v", got)
	}
	cautions := item(t, c, "cautions").Refs
	for _, want := range []string{"triage.rule.osteoporosis", "triage.rule.bleeding-risk", "visit.before.cautions.ceiling-light"} {
		if !slices.Contains(cautions, want) {
			t.Errorf("cautions %v lack %s", cautions, want)
		}
	}
	for _, it := range c.Items {
		for _, k := range append([]string{it.Key}, it.Refs...) {
			if !en.Has(k) {
				t.Errorf("item %s: key %q has no English text", it.ID, k)
			}
		}
		if s := it.Text(en); strings.ContainsAny(s, "{}[]") {
			t.Errorf("item %s renders %q", it.ID, s)
		}
	}
}

func TestChecklistNoMassage(t *testing.T) {
	for _, f := range []intake.Flag{intake.FlagSaddle, intake.FlagFever, intake.FlagIll} {
		a := intaketest.DeskWorker()
		a.RedFlags[f] = intake.Yes
		o := triage.Evaluate(a)
		c := NewChecklist(a, o, pressure.Prefs{}, lotus)
		if got := ids(c); !slices.Equal(got, []string{"not-yet"}) || c.Tier != o.Tier {
			t.Errorf("flag %s (tier %v): items %v, want only not-yet", f, o.Tier, got)
		}
		if s := c.Items[0].Text(en); !strings.Contains(s, en.T(o.Tier.MsgKey()+".title")) {
			t.Errorf("flag %s: %q lacks the tier's advice", f, s)
		}
	}
	if c := NewChecklist(nil, triage.Evaluate(nil), pressure.Prefs{}, clinic.Config{}); len(c.Items) == 0 {
		t.Error("nil answers: empty checklist")
	}
}

func TestChecklistDone(t *testing.T) {
	c := NewChecklist(intaketest.DeskWorker(), triage.Outcome{}, pressure.Prefs{}, lotus)
	done, total := c.Done(map[string]bool{"meal": true, "water": true, "gone": true})
	if done != 2 || total != len(c.Items) {
		t.Errorf("done %d of %d", done, total)
	}
}

func TestCatalog(t *testing.T) {
	i18ntest.CheckFile(t, "visit.json", "visit.", Keys())
}
