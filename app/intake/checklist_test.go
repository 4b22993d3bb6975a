package intake

import (
	"testing"
)

// The tick list's taps, one after another, and what each leaves.
func TestTickFlags(t *testing.T) {
	var a Answers
	if len(Validate(&a, StepSafety)) == 0 {
		t.Fatal("an untouched safety list validates")
	}
	// "None of these": every question reads no; again: all unanswered.
	a.NoFlags(StepSafety)
	if !a.FlagsNone(StepSafety) || len(a.RedFlags) != len(SafetyFlags(StepSafety)) || len(Validate(&a, StepSafety)) != 0 {
		t.Fatalf("after None: %v", a.RedFlags)
	}
	a.NoFlags(StepSafety)
	if len(a.RedFlags) != 0 {
		t.Fatalf("None taken off leaves %v", a.RedFlags)
	}
	// One tick: that answer, every other question no.
	a.TickFlag(FlagCancer, Unsure)
	if a.Flag(FlagCancer) != Unsure || a.Flag(FlagIll) != No || a.Flag(FlagSaddle) != "" || len(Validate(&a, StepSafety2)) != 0 {
		t.Fatalf("after a not-sure tick: %v", a.RedFlags)
	}
	// Yes instead of not sure: one tap.
	a.TickFlag(FlagCancer, Yes)
	if a.Flag(FlagCancer) != Yes {
		t.Fatalf("yes after not sure: %v", a.Flag(FlagCancer))
	}
	a.TickFlag(FlagIll, Yes)
	// Taking one tick off keeps the other; taking the last off empties the list.
	a.TickFlag(FlagCancer, Yes)
	if a.Flag(FlagCancer) != No || a.Flag(FlagIll) != Yes {
		t.Fatalf("untick one of two: %v", a.RedFlags)
	}
	a.TickFlag(FlagIll, Yes)
	if len(a.RedFlags) != 0 || len(Validate(&a, StepSafety)) == 0 {
		t.Fatalf("untick the last: %v, want unanswered", a.RedFlags)
	}
	// None after ticks: every question no (the GOV.UK exclusive box).
	a.TickFlag(FlagNight, Yes)
	a.NoFlags(StepSafety2)
	if !a.FlagsNone(StepSafety2) {
		t.Fatalf("None after a tick: %v", a.RedFlags)
	}
}

// Every red-flag answer stays one tap from any state of the list.
func TestTickFlagOneTap(t *testing.T) {
	for _, f := range Flags {
		for _, v := range []Tri{Yes, Unsure} {
			for _, start := range []func(a *Answers){
				func(a *Answers) {}, func(a *Answers) { a.NoFlags(StepSafety); a.NoFlags(StepSafety2) }, func(a *Answers) { a.TickFlag(FlagIll, Yes) },
				func(a *Answers) { a.TickFlag(f, Yes) }, func(a *Answers) { a.TickFlag(f, Unsure) },
			} {
				var a Answers
				start(&a)
				if a.Flag(f) == v {
					continue
				}
				a.TickFlag(f, v)
				if a.Flag(f) != v {
					t.Errorf("%s: one tap for %s gives %q", f, v, a.Flag(f))
				}
			}
		}
	}
}

// The two safety pages hold every question once, the emergency ones on the first.
func TestSafetyPages(t *testing.T) {
	one, two := SafetyFlags(StepSafety), SafetyFlags(StepSafety2)
	if len(one)+len(two) != len(Flags) {
		t.Fatalf("%d + %d questions, want %d", len(one), len(two), len(Flags))
	}
	for _, f := range []Flag{FlagSaddle, FlagBladder, FlagBothLegs, FlagWeakness, FlagChestPain} {
		if flagStep(f) != StepSafety {
			t.Errorf("%s is not on the first safety page", f)
		}
	}
}

func TestSettle(t *testing.T) {
	a := Answers{RedFlags: map[Flag]Tri{FlagFever: Yes}, Moves: map[Move]MoveResult{MoveBend: MoveSomePain},
		Function: map[Task]Ability{}}
	a.Settle(StepSafety)
	a.Settle(StepMoves)
	a.Settle(StepFunction)
	a.Settle(StepSafety2)
	if len(a.RedFlags) != len(SafetyFlags(StepSafety)) || a.Flag(FlagSaddle) != No || a.Flag(FlagFever) != Yes {
		t.Errorf("flags settled: %v", a.RedFlags)
	}
	if len(a.Moves) != len(Moves) || a.Moves[MoveSquat] != MoveNoPain {
		t.Errorf("moves settled: %v", a.Moves)
	}
	if len(a.Function) != 0 {
		t.Errorf("an untouched task list is left unanswered: %v", a.Function)
	}
}

func TestTickTasksAndMoves(t *testing.T) {
	var a Answers
	a.AllTasksEasy()
	if !a.TasksNone() || a.Function[TaskSit30] != AbleEasy {
		t.Fatalf("all easy: %v", a.Function)
	}
	a.TickTask(TaskSit30, AbleHard)
	if a.Function[TaskSit30] != AbleHard || a.Function[TaskGroceries] != AbleEasy || a.TasksNone() {
		t.Fatalf("one hard: %v", a.Function)
	}
	a.NoMovePain()
	a.TickMove(MoveSquat, MoveTooPainful)
	if a.Moves[MoveSquat] != MoveTooPainful || a.Moves[MoveBend] != MoveNoPain || a.MovesNone() {
		t.Fatalf("squat too painful: %v", a.Moves)
	}
}

// Cancer is asked once, on the safety page; the health condition follows
// from it (and an old draft's tick still counts).
func TestCancerAskedOnce(t *testing.T) {
	for _, c := range AskedConditions {
		if c == CondCancer {
			t.Fatal("the health checklist still offers cancer")
		}
	}
	var a Answers
	a.TickFlag(FlagCancer, Yes)
	if !a.Has(CondCancer) || len(a.HealthConditions()) != 1 {
		t.Errorf("yes on the safety page: Has(cancer) %v, conditions %v", a.Has(CondCancer), a.HealthConditions())
	}
	a.TickFlag(FlagCancer, Unsure)
	if a.Has(CondCancer) {
		t.Error("not sure on the safety page reads as a known cancer")
	}
	old := Answers{Conditions: []Condition{CondCancer}}
	if !old.Has(CondCancer) {
		t.Error("an old draft's cancer tick is lost")
	}
}

// The last 6 weeks is asked once: on the safety page (issue 17).
func TestSurgeryAskedOnce(t *testing.T) {
	var a Answers
	a.TickFlag(FlagSurgery, Yes)
	a.ToggleCondition(CondSurgery)
	if a.SurgeryWhen != SurgeryRecent || a.SurgeryWhensAsked() != nil || len(Validate(&a, StepHealth)) != 0 {
		t.Errorf("yes on the safety page: when %q, asked %v, errors %v", a.SurgeryWhen, a.SurgeryWhensAsked(), Validate(&a, StepHealth))
	}
	a.ToggleCondition(CondSurgery)
	if a.SurgeryWhen != "" {
		t.Errorf("unticked: when %q", a.SurgeryWhen)
	}
	var b Answers
	b.NoFlags(StepSafety2)
	b.ToggleCondition(CondSurgery)
	if got := b.SurgeryWhensAsked(); len(got) != 2 || got[0] != SurgeryYear {
		t.Errorf("no on the safety page: asked %v", got)
	}
	if errs := Validate(&b, StepHealth); len(errs) != 1 || errs[0].Field != FieldSurgeryWhen {
		t.Errorf("no on the safety page, when unanswered: %v", errs)
	}
	b.SurgeryWhen = SurgeryRecent // answered before the safety answer changed
	if errs := Validate(&b, StepHealth); len(errs) != 1 || errs[0].Key != "error.invalid" {
		t.Errorf("a timing the safety page rules out: %v", errs)
	}
	var c Answers // not sure, or unanswered: all three
	c.ToggleCondition(CondSurgery)
	if len(c.SurgeryWhensAsked()) != 3 {
		t.Errorf("unanswered safety question: asked %v", c.SurgeryWhensAsked())
	}
}

// The "None of these" button (NoneApply) answers an untouched list, keeps
// an all-none list as it is (the box would take it back), and never
// overwrites a tick: a Yes or a move that hurt survives it.
func TestNoneApply(t *testing.T) {
	for _, s := range []Step{StepSafety, StepSafety2, StepMoves} {
		if !NoneSubmits(s) {
			t.Errorf("%s: the None button is not its submit", s)
		}
		var a Answers
		a.NoneApply(s)
		if a.Ticked(s) || len(Validate(&a, s)) != 0 {
			t.Errorf("%s: untouched, then None: ticked %v, errors %v", s, a.Ticked(s), Validate(&a, s))
		}
		a.NoneApply(s) // again (Back, then the button): still answered
		if len(Validate(&a, s)) != 0 {
			t.Errorf("%s: None twice: %v", s, Validate(&a, s))
		}
	}
	var a Answers
	a.TickFlag(FlagCalf, Unsure)
	a.NoneApply(StepSafety2)
	if a.Flag(FlagCalf) != Unsure {
		t.Errorf("None over a Not sure: %v", a.Flag(FlagCalf))
	}
	a.TickMove(MoveSquat, MoveTooPainful)
	a.NoneApply(StepMoves)
	if a.Moves[MoveSquat] != MoveTooPainful || a.Moves[MoveBend] != MoveNoPain {
		t.Errorf("None over a painful move: %v", a.Moves)
	}
	if NoneSubmits(StepFunction) || NoneSubmits(StepAbout) {
		t.Error("a page with other questions has a None button")
	}
}

// The pregnancy question is a row of the second safety page (flow3): Yes
// and Not sure one tap each, read as No beside another tick or after "None
// of these", back to unanswered with the page; not asked of the 65+ band.
func TestPregnancyRow(t *testing.T) {
	a := Answers{AgeBand: Age35to49}
	if !a.AsksPregnancy(StepSafety2) || a.AsksPregnancy(StepSafety) || StepPregnancy.Page() != StepSafety2 {
		t.Fatal("the pregnancy row is not on the second safety page")
	}
	if len(ValidatePage(&a, StepSafety2)) == 0 {
		t.Fatal("an untouched page validates")
	}
	a.TickPregnant(Yes)
	a.PregnancyWeeks = 20 // asked under the row when Yes
	if a.Pregnant != Yes || a.Flag(FlagIll) != No || !a.Ticked(StepSafety2) || len(ValidatePage(&a, StepSafety2)) != 0 {
		t.Fatalf("after Yes: pregnant %q, flags %v, errors %v", a.Pregnant, a.RedFlags, ValidatePage(&a, StepSafety2))
	}
	a.TickPregnant(Unsure) // one tap from Yes
	if a.Pregnant != Unsure || a.PregnancyWeeks != 0 {
		t.Errorf("Not sure after Yes: %q, %d weeks", a.Pregnant, a.PregnancyWeeks)
	}
	a.TickPregnant(Unsure) // taken off: the page is unanswered again
	if a.Pregnant != "" || a.Flag(FlagIll) != "" || len(ValidatePage(&a, StepSafety2)) == 0 {
		t.Errorf("untick the last: pregnant %q, flags %v", a.Pregnant, a.RedFlags)
	}
	a.TickFlag(FlagIll, Yes) // another row ticked: pregnancy reads No
	if a.Pregnant != No || len(ValidatePage(&a, StepSafety2)) != 0 {
		t.Errorf("a flag ticked: pregnant %q", a.Pregnant)
	}
	a.TickPregnant(Yes) // still one tap
	a.TickFlag(FlagIll, Yes)
	if a.Pregnant != Yes || a.Flag(FlagIll) != No {
		t.Errorf("untick the flag beside a pregnancy: %q, %v", a.Pregnant, a.RedFlags)
	}
	var b Answers
	b.AgeBand = Age20to34
	b.NoneApply(StepSafety2)
	if b.Pregnant != No || !b.FlagsNone(StepSafety2) || len(ValidatePage(&b, StepSafety2)) != 0 {
		t.Errorf("None of these: pregnant %q", b.Pregnant)
	}
	old := Answers{AgeBand: Age65Plus}
	old.NoneApply(StepSafety2)
	if old.Pregnant != "" || len(ValidatePage(&old, StepSafety2)) != 0 {
		t.Errorf("65+: pregnant %q, errors %v", old.Pregnant, ValidatePage(&old, StepSafety2))
	}
	old.TickFlag(FlagIll, Unsure)
	if old.Pregnant != "" {
		t.Errorf("65+: a tick answered the pregnancy question: %q", old.Pregnant)
	}
}
