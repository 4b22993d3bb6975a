package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/triage"
)

// Issue 6 in the browser, at phone size: the routine made from a finished
// intake, the guided player (a real countdown, no shortcut), the progress
// journal kept on the device, and the player offline.

// scDeskWorker is a finished intake: a desk worker with aching, stiff pain
// between the shoulder blades and no red flag.
func scDeskWorker() intake.Answers {
	a := completeAnswers()
	a.FirstName, a.ConsentName = "Dee", "Dee Smith"
	a.Regions = []intake.Region{intake.RegionBetweenBlades, intake.RegionShoulderLeft}
	a.Pain = map[intake.Region]int{intake.RegionBetweenBlades: 4, intake.RegionShoulderLeft: 3}
	a.Duration = intake.DurWeeks
	a.Feelings = []intake.Feeling{intake.FeelAching, intake.FeelStiff}
	a.Worse = []intake.Trigger{intake.WorseSitting}
	a.Moves[intake.MoveBend] = intake.MoveNoPain
	a.Goals = []intake.Goal{intake.GoalRelief, intake.GoalPosture}
	a.ConsentAt = time.Now().UTC().Format(time.RFC3339)
	return a
}

// scSeed saves a, finished, on the device, as the intake would.
func scSeed(b *Browser, a intake.Answers) {
	b.t.Helper()
	seedDraft(b, intake.Draft{Step: intake.StepConsent, Answers: a, Done: true})
}

// scOnPage waits for path and for focus on its heading.
func scOnPage(b *Browser, path string) {
	b.t.Helper()
	b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.activeElement && document.activeElement.id === "page-heading" && `+readyJS, path))
}

func TestSelfCareDeskRoutine(t *testing.T) {
	t.Parallel()
	b := New(t)
	scSeed(b, scDeskWorker())
	b.Open("/summary")
	b.WaitVisible("#selfcare-cta")
	if got := b.Text("#selfcare-cta"); !strings.Contains(got, "It takes about 10 minutes") {
		t.Errorf("summary call to action = %q", got)
	}
	b.Screenshot("summary")
	b.ClickByName("See my routine")
	scOnPage(b, "/self-care")
	if got := b.Text("h1"); got != "Your daily routine" {
		t.Errorf("h1 = %q", got)
	}
	// Thoracic mobility is in the routine, with its drawing and dose.
	b.WaitVisible("#selfcare-exercises #item-thoracic-rotation")
	card := b.Text("#item-thoracic-rotation")
	for _, want := range []string{"Upper back turn", "Hold for 3 seconds.", "Do it 5 times on each side.", "You sit at a desk a lot."} {
		if !strings.Contains(card, want) {
			t.Errorf("thoracic rotation card lacks %q: %q", want, card)
		}
	}
	var img struct {
		Alt   string
		Width int
	}
	b.WaitFor(`document.querySelector("#item-thoracic-rotation img").complete`)
	b.Eval(`(i => ({alt: i.alt, width: i.naturalWidth}))(document.querySelector("#item-thoracic-rotation img"))`, &img)
	if img.Alt != "Drawing: Upper back turn" || img.Width == 0 {
		t.Errorf("illustration: alt %q, natural width %d", img.Alt, img.Width)
	}
	// Exercises in order: warm-up → release → mobility → activation.
	var phases []string
	b.Eval(`[...document.querySelectorAll("#selfcare-exercises .phase")].map(s => s.className.replace("phase phase-", ""))`, &phases)
	if got := strings.Join(phases, " "); got != "warm-up release mobility activation" {
		t.Errorf("phases in order %q", got)
	}
	// Breaks every 30–60 minutes and the workstation check.
	habits := b.Text("#selfcare-habits")
	for _, want := range []string{"Walking break", "every 30 to 60 minutes", "Desk check"} {
		if !strings.Contains(habits, want) {
			t.Errorf("habits lack %q: %q", want, habits)
		}
	}
	if got := b.Text("#selfcare-left"); !strings.Contains(got, "Child's pose") || !strings.Contains(got, "under 10 minutes") {
		t.Errorf("left out = %q", got)
	}
	if got := b.Text("#selfcare-frequency"); !strings.Contains(got, "This is because") {
		t.Errorf("visit frequency gives no reason: %q", got)
	}
	if got := b.Text("#selfcare-notes"); !strings.Contains(got, "Stop a move") {
		t.Errorf("safety notes = %q", got)
	}
	// "How to do it" opens the steps.
	b.TapCSS("#item-thoracic-rotation summary")
	b.WaitVisible("#item-thoracic-rotation .card-steps")
	b.AssertAccessible()
	b.Screenshot("routine")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// firstMove is the first timed move of the desk worker's routine, as the
// routine generator makes it: its English name and its starting dose.
func firstMove(t *testing.T) (name string, d routine.Dose) {
	t.Helper()
	a := scDeskWorker()
	r := routine.Generate(&a, triage.Evaluate(&a))
	if len(r.Exercises) == 0 || r.Exercises[0].Dose.Hold < 2 || r.Exercises[0].Dose.Reps < 2 {
		t.Fatalf("the desk worker's routine does not start with a timed move: %+v", r.Exercises)
	}
	return i18n.Get("en").T(r.Exercises[0].Name), r.Exercises[0].Dose
}

// The player times the desk worker's first move (a hold of a few seconds,
// several reps, a relax between them). The test waits for the real
// countdown, whichever move the routine starts with.
func TestSelfCarePlayer(t *testing.T) {
	t.Parallel()
	name, dose := firstMove(t)
	b := New(t)
	scSeed(b, scDeskWorker())
	b.Open("/self-care")
	b.ClickByName("Start my routine")
	scOnPage(b, "/self-care/play")
	if got := b.Text("h1"); got != name {
		t.Fatalf("first move = %q, want %q", got, name)
	}
	if got := b.Text("#player-progress"); !strings.HasPrefix(got, "Move 1 of ") {
		t.Errorf("progress = %q", got)
	}
	if got := b.Text("#player-count"); got != fmt.Sprint(dose.Hold) {
		t.Errorf("count before start = %q, want %d", got, dose.Hold)
	}
	b.AssertAccessible()
	b.Screenshot("ready")

	b.ClickByName("Start")
	b.WaitFor(`document.getElementById("player-state").innerText === "Hold"`)
	if got, want := b.Text("#player-live"), fmt.Sprintf("Hold for %d seconds. Rep 1 of %d.", dose.Hold, dose.Reps); !strings.Contains(got, want) {
		t.Errorf("start announcement = %q, want %q", got, want)
	}
	// It counts down, second by second, to 1…
	b.WaitFor(`document.getElementById("player-count").innerText === "1"`)
	// …read as "1 second left", not "1 seconds left" (issue 17).
	b.WaitFor(`document.getElementById("player-count").innerText !== "1" ||
		document.getElementById("player-count").parentElement.textContent.trim() === "1 second left"`)
	if got := b.Text("#player-count"); got == "1" {
		var said string
		b.Eval(`document.getElementById("player-count").parentElement.textContent.trim()`, &said)
		if said != "1 second left" {
			t.Errorf("the timer reads %q", said)
		}
	}
	b.Screenshot("holding")
	// …then the hold ends: relax, announced, and on to rep 2.
	b.WaitFor(`document.getElementById("player-state").innerText === "Relax"`)
	if got := b.Text("#player-live"); got != "Relax." {
		t.Errorf("end-of-hold announcement = %q", got)
	}
	b.WaitFor(fmt.Sprintf(`document.getElementById("player-rep").innerText.startsWith("Rep 2 of %d") &&
		document.getElementById("player-state").innerText === "Hold"`, dose.Reps))

	// Pause keeps the time left; Keep going carries on.
	b.ClickByName("Pause")
	b.WaitFor(`document.getElementById("player-state").innerText === "Paused"`)
	paused := b.Text("#player-count")
	time.Sleep(1500 * time.Millisecond)
	if got := b.Text("#player-count"); got != paused {
		t.Errorf("paused count moved from %s to %s", paused, got)
	}
	b.AssertAccessible()
	b.ClickByName("Keep going")
	b.WaitFor(`document.getElementById("player-state").innerText !== "Paused"`)

	// The move ends after its fifth hold: "Next move" takes over.
	b.Timeout = 45 * time.Second
	b.WaitVisible("#player-next-item")
	b.Timeout = DefaultTimeout
	if got := b.Text("#player-state"); got != "Done" {
		t.Errorf("state after the last hold = %q", got)
	}
	if got := b.Text("#player-live"); !strings.Contains(got, name+" is finished. Next: ") {
		t.Errorf("end-of-move announcement = %q", got)
	}
	b.Screenshot("move-done")
	b.ClickByName("Next move")
	b.WaitFor(fmt.Sprintf(`document.querySelector("h1").innerText !== %q`, name))
	if got := b.Text("#player-progress"); !strings.HasPrefix(got, "Move 2 of ") {
		t.Errorf("progress after Next = %q", got)
	}
	second := b.Text("h1")
	// Previous and skip move between moves.
	b.ClickByName("Previous move")
	b.WaitFor(fmt.Sprintf(`document.querySelector("h1").innerText === %q`, name))
	b.ClickByName("Skip to next move")
	b.WaitFor(fmt.Sprintf(`document.querySelector("h1").innerText === %q`, second))
	if got := b.Text("#player-live"); !strings.HasPrefix(got, "Move 2 of ") {
		t.Errorf("skip announcement = %q", got)
	}
	b.AssertAccessible()
	b.Screenshot("second-move")

	// On the last move, Next becomes "End the routine".
	for i := 0; i < 12; i++ {
		var more bool
		b.Eval(`!!document.getElementById("player-next")`, &more)
		if !more {
			break
		}
		before := b.Text("#player-progress")
		b.TapCSS("#player-next")
		b.WaitFor(fmt.Sprintf(`document.getElementById("player-progress").innerText !== %q`, before))
	}
	var prog, total string
	b.Eval(`document.getElementById("player-progress").innerText`, &prog)
	if _, err := fmt.Sscanf(prog, "Move %s of %s", new(string), &total); err != nil || !strings.HasPrefix(prog, "Move "+total+" of ") {
		t.Errorf("after skipping: %q, want the last move", prog)
	}
	b.ClickByName("End the routine")
	b.WaitFor(`document.querySelector("h1").innerText === "That is the end of your routine" && document.activeElement.id === "page-heading"`)
	b.AssertAccessible()
	b.Screenshot("ended")
	b.ClickByName("Check in for today")
	scOnPage(b, "/journal")
	var done string
	b.Eval(`document.querySelector("input[name=journal-done]:checked")?.value || ""`, &done)
	if done != "" { // issue 17: the client answers it; nothing is pre-selected
		t.Errorf("routine ended early: the check-in pre-selects done = %q, want no answer yet", done)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

func TestSelfCareJournal(t *testing.T) {
	t.Parallel()
	b := New(t)
	scSeed(b, scDeskWorker())
	b.Open("/journal")
	scOnPage(b, "/journal")
	if got := b.Text("#journal-summary"); !strings.Contains(got, "No check-ins yet") {
		t.Errorf("empty journal summary = %q", got)
	}
	// The intake's pain (4) is the baseline.
	b.WaitVisible("#chart-baseline")
	b.AssertAccessible()

	// Saving without a pain number: an error linked to the question.
	b.ClickByName("Save my check-in")
	b.WaitVisible("#error-summary")
	if got := b.Text("#error-summary"); !strings.Contains(got, "Choose a number from 0 to 10") {
		t.Errorf("error summary = %q", got)
	}
	// A check-in: seven taps.
	start := time.Now()
	radio(b, "journal-pain-3")
	b.WaitFor(`!document.getElementById("error-summary")`) // fixed: the page moves up
	radio(b, "journal-stiffness-under-30")
	radio(b, "journal-sleep") // "Well", the first answer, carries the field id
	radio(b, "journal-groceries")
	radio(b, "journal-side-sleep")
	radio(b, "journal-sit-30-hard")
	radio(b, "journal-done")
	b.ClickByName("Save my check-in")
	b.WaitFor(`document.getElementById("journal-status").innerText.includes("Saved")`)
	t.Logf("check-in took %v of test time", time.Since(start).Round(time.Millisecond))
	var stored string
	b.Eval(`localStorage.getItem("kneadform.journal") || ""`, &stored)
	today := time.Now().Format("2006-01-02")
	if !strings.Contains(stored, `"date":"`+today+`"`) || !strings.Contains(stored, `"pain":3`) {
		t.Errorf("stored journal = %s", stored)
	}
	b.Screenshot("saved")

	// After a reload the entry is on the chart and in the table.
	b.Reload()
	scOnPage(b, "/journal")
	b.WaitVisible("#journal-table")
	var points int
	b.Eval(`document.querySelectorAll("#journal-chart .chart-point--done").length`, &points)
	if points != 1 {
		t.Errorf("chart shows %d done points, want 1", points)
	}
	row := b.Text(fmt.Sprintf(`#journal-table tr[data-date=%q]`, today))
	for _, want := range []string{"3", "Stiff for less than 30 minutes", "Well", "Yes"} {
		if !strings.Contains(row, want) {
			t.Errorf("table row lacks %q: %q", want, row)
		}
	}
	if got := b.Text("#journal-summary"); !strings.Contains(got, "1 check-in so far.") || !strings.Contains(got, "your pain was 4 out of 10") {
		t.Errorf("summary = %q", got)
	}
	// Today's check-in comes back filled in, to change.
	var checked bool
	b.Eval(`document.getElementById("journal-pain-3").checked`, &checked)
	if !checked {
		t.Error("today's pain is not filled in again")
	}
	// Export links: files made on the device.
	var links []string
	b.Eval(`[...document.querySelectorAll("#journal-export a")].map(a => a.getAttribute("download") + " " + a.href.slice(0, 5))`, &links)
	if got := strings.Join(links, ", "); got != fmt.Sprintf("kneadform-journal-%s.csv blob:, kneadform-journal-%s.json blob:", today, today) {
		t.Errorf("export links = %s", got)
	}
	b.AssertAccessible()
	b.Screenshot("chart")

	// Delete, with a confirmation.
	b.ClickByName("Delete my journal")
	b.WaitFor(`document.activeElement && document.activeElement.id === "journal-delete-confirm"`)
	b.ClickByName("No, keep it")
	b.WaitFor(`document.activeElement && document.activeElement.id === "journal-delete"`)
	b.ClickByName("Delete my journal")
	b.WaitFor(`document.activeElement && document.activeElement.id === "journal-delete-confirm"`)
	b.AssertAccessible()
	b.ClickByName("Yes, delete my journal")
	b.WaitFor(`!document.getElementById("journal-table") && localStorage.getItem("kneadform.journal") === null &&
		document.activeElement && document.activeElement.id === "page-heading"`)
	if got := b.Text("#journal-status"); !strings.Contains(got, "deleted") {
		t.Errorf("status after delete = %q", got)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// A damaged journal gives a notice and a fresh one, never a crash; the old
// text is set aside, not lost.
func TestSelfCareJournalDamaged(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.OpenBlank()
	b.Eval(`localStorage.setItem("kneadform.journal", '{"v":1,"entries":[{"date":"2025-01-0')`, nil)
	b.Open("/journal")
	scOnPage(b, "/journal")
	if got := b.Text(".notice"); !strings.Contains(got, "could not read") {
		t.Errorf("notice = %q", got)
	}
	var aside string
	b.Eval(`localStorage.getItem("kneadform.journal.damaged") || ""`, &aside)
	if !strings.HasPrefix(aside, `{"v":1`) {
		t.Errorf("damaged journal not set aside: %q", aside)
	}
	// Without a finished intake there is no baseline and no routine question.
	var n int
	b.Eval(`document.querySelectorAll("#chart-baseline, #journal-done").length`, &n)
	if n != 0 {
		t.Errorf("%d baseline or routine elements without an intake", n)
	}
	radio(b, "journal-pain-5")
	b.ClickByName("Save my check-in")
	b.WaitFor(`document.getElementById("journal-status").innerText.includes("Saved")`)
	b.AssertAccessible()
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// A see-a-doctor outcome gets no routine: no call to action on the
// summary, and only the advice on the routine page.
func TestSelfCareNoRoutineForSeeDoctor(t *testing.T) {
	t.Parallel()
	a := scDeskWorker()
	a.RedFlags[intake.FlagCancer] = intake.Yes
	b := New(t)
	scSeed(b, a)
	b.Open("/summary")
	b.WaitVisible("#outcome")
	var cta bool
	b.Eval(`!!document.getElementById("selfcare-cta")`, &cta)
	if cta {
		t.Error("the summary offers a routine to a client who should see a doctor")
	}
	b.Open("/self-care")
	scOnPage(b, "/self-care")
	var title string
	b.Eval(`document.title`, &title)
	if !strings.HasPrefix(title, "No exercises for now") {
		t.Errorf("title = %q", title)
	}
	if got := b.Text("#selfcare-advice"); !strings.Contains(got, "see a doctor first") {
		t.Errorf("advice = %q", got)
	}
	var cards int
	b.Eval(`document.querySelectorAll(".card").length`, &cards)
	if cards != 0 {
		t.Errorf("%d exercise cards for a see-a-doctor outcome", cards)
	}
	b.AssertAccessible()
	b.Screenshot("advice")
	b.Open("/self-care/play")
	if err := b.poll(b.Timeout, `document.querySelector("h1") && document.querySelector("h1").innerText === "Your routine, step by step" &&
		document.querySelector("main").innerText.includes("no routine")`); err != nil {
		t.Errorf("player without a routine: %q", b.Text("main"))
	}
	b.AssertAccessible()
	b.Screenshot("none")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// A client with fragile bones: no ball or roller (left out, with the
// reason), and the turning move marked "go gently".
func TestSelfCareCautions(t *testing.T) {
	t.Parallel()
	a := scDeskWorker()
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	b := New(t)
	scSeed(b, a)
	b.Open("/self-care")
	scOnPage(b, "/self-care")
	if got := b.Text("#item-thoracic-rotation .gentle"); !strings.Contains(got, "Because of your answers") || !strings.Contains(got, "do not bend or twist far") {
		t.Errorf("gentle note = %q", got)
	}
	var tools int
	b.Eval(`document.querySelectorAll("#selfcare-exercises .card-release").length`, &tools)
	if tools != 0 {
		t.Errorf("%d ball or roller moves for fragile bones", tools)
	}
	if got := b.Text(`#selfcare-left li[data-rule="osteo-pressure"]`); !strings.Contains(got, "bones may be fragile") {
		t.Errorf("left-out reason = %q", got)
	}
	b.AssertAccessible()
	b.Screenshot("cautions")
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// Offline, after one visit, the player loads (with its drawing) and counts.
func TestSelfCareOffline(t *testing.T) {
	t.Parallel()
	name, dose := firstMove(t)
	b := New(t)
	scSeed(b, scDeskWorker())
	b.Open("/self-care/play")
	b.WaitOfflineReady()

	b.SetOffline(true)
	b.Reload()
	scOnPage(b, "/self-care/play")
	if got := b.Text("h1"); got != name {
		t.Errorf("offline first move = %q, want %q", got, name)
	}
	b.WaitFor(`document.querySelector(".player-image").complete && document.querySelector(".player-image").naturalWidth > 0`)
	b.ClickByName("Start")
	b.WaitFor(fmt.Sprintf(`document.getElementById("player-count").innerText === "%d"`, dose.Hold-1))
	b.WaitFor(`document.getElementById("player-state").innerText === "Relax"`)
	b.Screenshot("offline")
	b.SetOffline(false)
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}
