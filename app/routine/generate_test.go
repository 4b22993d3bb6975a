package routine

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

func generate(a *intake.Answers) Routine { return Generate(a, triage.Evaluate(a)) }

func ids(steps []Step) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.Item
	}
	return out
}

func leftRules(r Routine) map[string]string {
	out := map[string]string{}
	for _, l := range r.Left {
		out[l.Item] = l.Rule
	}
	return out
}

// TestSampleClients pins what three typical clients get.
func TestSampleClients(t *testing.T) {
	tests := []struct {
		name                string
		a                   *intake.Answers
		tier                triage.Tier
		has, hasNot, habits []string
		left                map[string]string
	}{
		{
			name: "desk worker", a: deskWorker(), tier: triage.Proceed,
			has:    []string{"thoracic-rotation", "foam-roller-thoracic", "chest-doorway-stretch", "hip-flexor-stretch"},
			habits: []string{"walking-break", "workstation-check", "heat-before-stretching", "hydration-after-massage"},
		},
		{
			name: "athlete", a: athlete(), tier: triage.Proceed,
			has:    []string{"lacrosse-ball-glutes", "hamstring-stretch", "hip-flexor-stretch", "glute-bridge"},
			hasNot: []string{"tennis-ball-wall"},
			habits: []string{"heat-before-stretching", "ice-after-training", "recovery-window", "hydration-after-massage"},
		},
		{
			name: "24 weeks pregnant parent", a: pregnantParent(), tier: triage.Cautions,
			has:    []string{"cat-cow", "childs-pose", "bird-dog", "hip-flexor-stretch"},
			hasNot: []string{"pelvic-tilt", "knee-rolls", "knee-to-chest", "glute-bridge", "foam-roller-thoracic"},
			habits: []string{"heat-before-stretching", "hydration-after-massage"},
			left:   map[string]string{"pelvic-tilt": "later-pregnancy", "knee-rolls": "later-pregnancy", "knee-to-chest": "later-pregnancy", "glute-bridge": "later-pregnancy"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := generate(tt.a)
			t.Logf("%s: %v (%d s), habits %v, left %v", tt.name, ids(r.Exercises), r.Seconds, ids(r.Habits), leftRules(r))
			if r.Tier != tt.tier || r.Advice != "" {
				t.Fatalf("tier %s advice %q, want %s and a routine", r.Tier, r.Advice, tt.tier)
			}
			got := ids(r.Exercises)
			for _, id := range tt.has {
				if !contains(got, id) {
					t.Errorf("exercises %v lack %s", got, id)
				}
			}
			for _, id := range tt.hasNot {
				if contains(got, id) {
					t.Errorf("exercises %v include %s", got, id)
				}
			}
			if h := ids(r.Habits); !reflect.DeepEqual(h, tt.habits) {
				t.Errorf("habits %v, want %v", h, tt.habits)
			}
			lr := leftRules(r)
			for id, rule := range tt.left {
				if lr[id] != rule {
					t.Errorf("left[%s] = %q, want %q (left: %v)", id, lr[id], rule, lr)
				}
			}
			if r.Seconds < MinSeconds || r.Seconds > MaxSeconds {
				t.Errorf("%d seconds, want %d–%d", r.Seconds, MinSeconds, MaxSeconds)
			}
			if r.Frequency == nil || r.Frequency.Reason == "" || r.Frequency.ClientKey == "" {
				t.Errorf("frequency %+v, want one with a reason", r.Frequency)
			}
		})
	}
}

// TestNoExercisesForNoMassageTiers: emergency, see-a-doctor and postpone get
// only advice.
func TestNoExercisesForNoMassageTiers(t *testing.T) {
	tests := []struct {
		flag   intake.Flag
		tier   triage.Tier
		advice string
	}{
		{intake.FlagSaddle, triage.Emergency, "routine.advice.emergency"},
		{intake.FlagFever, triage.SeeDoctor, "routine.advice.see-doctor"},
		{intake.FlagIll, triage.Postpone, "routine.advice.postpone"},
	}
	for _, tt := range tests {
		a := with(func(a *intake.Answers) { a.RedFlags[tt.flag] = intake.Unsure })
		r := generate(a)
		if r.Tier != tt.tier || r.Advice != tt.advice || len(r.Exercises)+len(r.Habits)+len(r.Left) > 0 || r.Seconds != 0 {
			t.Errorf("%s: got tier %s advice %q, %d exercises, %d habits; want %s, %q and nothing else",
				tt.flag, r.Tier, r.Advice, len(r.Exercises), len(r.Habits), tt.tier, tt.advice)
		}
		if (r.Frequency != nil) != (tt.tier == triage.Postpone) {
			t.Errorf("%s: frequency %+v: triage gives one for postpone only", tt.flag, r.Frequency)
		}
	}
	// An outcome with an unknown tier is treated as see-a-doctor.
	if r := Generate(deskWorker(), triage.Outcome{Tier: 99}); r.Advice != "routine.advice.see-doctor" || len(r.Exercises) > 0 {
		t.Errorf("unknown tier: advice %q, %d exercises", r.Advice, len(r.Exercises))
	}
}

// TestOrdering: warm-up → release → mobility → activation, then table order.
func TestOrdering(t *testing.T) {
	for _, a := range []*intake.Answers{deskWorker(), athlete(), pregnantParent()} {
		r := generate(a)
		last, lastIndex := -1, -1
		for _, s := range r.Exercises {
			p, i := indexOf(Phases, s.Phase), itemIndex(s.Item)
			if p < last || p == last && i < lastIndex {
				t.Errorf("%v: %s is out of order", ids(r.Exercises), s.Item)
			}
			last, lastIndex = p, i
		}
	}
}

// TestStepFields: a step carries what the UI and the player need.
func TestStepFields(t *testing.T) {
	r := generate(deskWorker())
	s := r.Exercises[0]
	it, _ := Lookup(s.Item)
	if s.Name != it.NameKey() || !reflect.DeepEqual(s.Steps, it.StepKeys()) || s.Safety != it.SafetyKey() ||
		s.Image != "/web/exercises/"+it.ID+".svg" || s.Seconds != it.Dose.Seconds() || len(s.Why) == 0 {
		t.Errorf("step %+v does not match item %s", s, it.ID)
	}
	sum := 0
	for _, s := range r.Exercises {
		sum += s.Seconds
	}
	if sum != r.Seconds || r.Minutes() != (sum+59)/60 {
		t.Errorf("Seconds %d, Minutes %d; the steps add up to %d", r.Seconds, r.Minutes(), sum)
	}
	if _, err := json.Marshal(r); err != nil {
		t.Error(err)
	}
}

// TestGentleAndLeft: a contraindication either leaves an item out, with
// the reason, or adds its caution to the step.
func TestGentleAndLeft(t *testing.T) {
	a := with(func(a *intake.Answers) {
		a.Conditions = []intake.Condition{intake.CondOsteoporosis}
		a.Daily = []intake.Activity{intake.ActDesk, intake.ActRetired}
	})
	r := generate(a)
	lr := leftRules(r)
	for _, id := range []string{"foam-roller-thoracic", "tennis-ball-wall", "childs-pose"} {
		if lr[id] == "" {
			t.Errorf("osteoporosis: %s should be left out, left = %v", id, lr)
		}
	}
	for _, s := range r.Exercises {
		if s.Item == "thoracic-rotation" && !contains(s.Gentle, osteoRange.Key()) {
			t.Errorf("thoracic-rotation: gentle %v, want %s", s.Gentle, osteoRange.Key())
		}
	}
	for _, l := range r.Left {
		if l.Name == "" || l.Reason == "" {
			t.Errorf("left %+v: needs a name and a reason key", l)
		}
	}
}

// TestDeterministic: the same answers give the same routine, whatever the
// order of their lists.
func TestDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < 500; i++ {
		a := randomAnswers(rng)
		want := generate(a)
		if got := generate(a); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: two runs differ", i)
		}
		for k := 0; k < 3; k++ {
			if got := generate(shuffled(rng, a)); !reflect.DeepEqual(got, want) {
				t.Fatalf("case %d: shuffled lists change the routine:\n got %v\nwant %v", i, ids(got.Exercises), ids(want.Exercises))
			}
		}
	}
}

func TestGenerateNilAnswers(t *testing.T) {
	r := Generate(nil, triage.Evaluate(nil))
	if r.Advice != "" || r.Seconds < MinSeconds || r.Seconds > MaxSeconds {
		t.Errorf("empty intake: advice %q, %d s", r.Advice, r.Seconds)
	}
}

func indexOf[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func itemIndex(id string) int {
	for i := range Library {
		if Library[i].ID == id {
			return i
		}
	}
	return -1
}
