package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"

	"kneadform/app/intake"
)

// Issue 8 in the browser: a clinic's page on origin A embeds the app served
// from origin B with the one-line snippet; a third origin C tries to talk
// to both and is ignored.

// listenLoopback starts an HTTP server on a free loopback port.
func listenLoopback(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// startApp runs a second app server with a clinic configuration and
// returns its origin.
func startApp(t *testing.T, config map[string]any) string {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "clinic.json")
	b, _ := json.Marshal(config)
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(Binary(t), "serve", "-addr", "127.0.0.1:0", "-web", filepath.Join(Root(t), "web"), "-config", file)
	DieWithParent(cmd)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	const prefix = "Kneadform is running at "
	if err != nil || !strings.HasPrefix(line, prefix) {
		t.Fatalf("second server printed %q (%v); stderr:\n%s", line, err, stderr.String())
	}
	u, _ := url.Parse(strings.TrimSpace(strings.TrimPrefix(line, prefix)))
	return u.Scheme + "://" + u.Host
}

// frameEval evaluates JavaScript in the iframe whose URL starts with
// origin, in an isolated world (the frame's DOM and storage, not its
// scripts' globals), and stores the result in out.
func frameEval(b *Browser, origin, js string, out any) {
	b.t.Helper()
	err := b.retry(func(ctx context.Context) error {
		tree, err := page.GetFrameTree().Do(ctx)
		if err != nil {
			return err
		}
		for _, child := range tree.ChildFrames {
			if !strings.HasPrefix(child.Frame.URL, origin) {
				continue
			}
			world, err := page.CreateIsolatedWorld(child.Frame.ID).Do(ctx)
			if err != nil {
				return err
			}
			res, exc, err := runtime.Evaluate(js).WithContextID(world).WithReturnByValue(true).WithAwaitPromise(true).Do(ctx)
			if err != nil {
				return err
			}
			if exc != nil {
				return fmt.Errorf("in frame: %s", exc.Exception.Description)
			}
			if out != nil && len(res.Value) > 0 {
				return json.Unmarshal(res.Value, out)
			}
			return nil
		}
		return fmt.Errorf("%w: no frame from %s", errNotFound, origin)
	})
	if err != nil {
		b.t.Fatalf("e2e: in frame %s: %s: %v", origin, js, err)
	}
}

// frameWait polls a JavaScript condition inside the frame.
func frameWait(b *Browser, origin, cond string) {
	b.t.Helper()
	deadline := time.Now().Add(b.Timeout)
	for {
		var ok bool
		frameEval(b, origin, "!!("+cond+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("e2e: in frame %s: waiting for %s", origin, cond)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

type embedEvent struct {
	Type   string         `json:"type"`
	Detail map[string]any `json:"detail"`
}

func events(b *Browser) []embedEvent {
	var evs []embedEvent
	b.Eval(`window.events`, &evs)
	return evs
}

func TestEmbed(t *testing.T) {
	t.Parallel()
	// Origin C: a hostile frame on the clinic's page that posts pings to
	// every frame and forged events to the parent.
	evil := listenLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><title>ad</title><script>
let n = 0;
const timer = setInterval(() => {
  for (let i = 0; i < parent.frames.length; i++) {
    if (parent.frames[i] !== window) parent.frames[i].postMessage({ns: "kneadform", id: "clinic-1", type: "ping"}, "*");
  }
  parent.postMessage({ns: "kneadform", id: "clinic-1", type: "completed", tier: "proceed", summary: "forged"}, "*");
  if (++n > 30) clearInterval(timer);
}, 100);
</script>`)
	}))
	// Origin A: the clinic's page. Its port is known before the app's
	// configuration is written, so A can be an allowed origin.
	var appOrigin string
	clinicPage := listenLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><title>Lotus clinic</title>
<h1>Lotus clinic</h1>
<script>
window.events = [];
for (const type of ["ready", "step", "tier", "completed"]) {
  document.addEventListener("kneadform:" + type, e => window.events.push({type, detail: e.detail}));
}
</script>
<div id="kf" data-kneadform="%s" data-kneadform-id="clinic-1"></div>
<iframe id="evil" src="%s/" title="advert"></iframe>
<script src="%s/web/embed.js"></script>
<p>Footer of the clinic's page.</p>`, appOrigin, evil, appOrigin)
	}))
	appOrigin = startApp(t, map[string]any{
		"name": "Lotus Back Clinic", "region": "GB",
		"allowedOrigins": []string{clinicPage}, "postSummary": false,
	})

	b := NewFor(t, clinicPage, appOrigin, evil)
	b.Visit("/") // the clinic's page, not the app
	b.WaitFor(`window.events.some(e => e.type === "ready")`)
	var title string
	b.Eval(`document.querySelector("#kf iframe").title`, &title)
	if title != "Back massage intake form" {
		t.Errorf("iframe title = %q", title)
	}
	frameWait(b, appOrigin, `document.getElementById("start")`)
	frameWait(b, appOrigin, `document.documentElement.classList.contains("embedded")`)

	// The frame follows the content: taller on the long safety page,
	// shorter again on a short one.
	height := func() int {
		var h int
		b.Eval(`parseInt(document.querySelector("#kf iframe").style.height)`, &h)
		return h
	}
	b.WaitFor(`parseInt(document.querySelector("#kf iframe").style.height) !== 640`)
	welcome := height()
	frameEval(b, appOrigin, `document.getElementById("start").click()`, nil)
	b.WaitFor(`window.events.some(e => e.type === "step" && e.detail.step === "about")`)
	frameWait(b, appOrigin, `document.getElementById("ageBand-65-plus")`)
	frameEval(b, appOrigin, `document.getElementById("ageBand-65-plus").click()`, nil)
	frameWait(b, appOrigin, `document.getElementById("daily-retired") && !document.getElementById("pregnant")`)
	frameEval(b, appOrigin, `const r = document.getElementById("daily-retired"); if (!r.checked) r.click(); document.getElementById("continue").click()`, nil)
	frameWait(b, appOrigin, `location.pathname === "/intake/safety" && document.getElementById("flag-saddle-yes")`)
	b.WaitFor(fmt.Sprintf(`parseInt(document.querySelector("#kf iframe").style.height) > %d`, welcome+700))
	tall := height()
	b.Screenshot("embedded-safety")
	frameEval(b, appOrigin, `document.querySelector(".back-link").click()`, nil)
	frameWait(b, appOrigin, `location.pathname === "/intake/about" && document.getElementById("daily-retired")`)
	frameEval(b, appOrigin, `document.querySelector(".back-link").click()`, nil) // to the short welcome page
	frameWait(b, appOrigin, `location.pathname === "/" && document.getElementById("page-heading")`)
	b.WaitFor(fmt.Sprintf(`parseInt(document.querySelector("#kf iframe").style.height) < %d`, tall-300))
	if h := height(); h > 5000 || h < 320 {
		t.Errorf("frame height %d: runaway or collapsed", h)
	}
	frameEval(b, appOrigin, `if (location.pathname === "/") { const a = document.createElement("a"); a.href = "/intake/about"; document.body.appendChild(a); a.click() }`, nil)
	frameWait(b, appOrigin, `location.pathname === "/intake/about" && document.getElementById("daily-retired")`)

	// A finished intake: the parent learns the tier, never an answer.
	a := intake.Answers{AgeBand: intake.Age65Plus, Daily: []intake.Activity{intake.ActRetired}, RedFlags: map[intake.Flag]intake.Tri{},
		Regions: []intake.Region{intake.RegionNeck}, Pain: map[intake.Region]int{intake.RegionNeck: 2},
		Duration: intake.DurChronic, Onset: intake.OnsetGradual, Feelings: []intake.Feeling{intake.FeelStiff}, Spread: intake.SpreadNo,
		Moves: map[intake.Move]intake.MoveResult{intake.MoveBend: intake.MoveNoPain, intake.MoveTwistLeft: intake.MoveNoPain,
			intake.MoveTwistRight: intake.MoveNoPain, intake.MoveSquat: intake.MoveNoPain},
		Function: map[intake.Task]intake.Ability{intake.TaskGroceries: intake.AbleEasy, intake.TaskSideSleep: intake.AbleEasy, intake.TaskSit30: intake.AbleEasy},
		Sleep:    intake.SleepGood, Stiff: intake.StiffShort, Goals: []intake.Goal{intake.GoalRelax},
		Training: intake.TrainedNo, Talk: intake.TalkQuiet, Warmth: intake.WarmthWarm, Oil: intake.OilUnscented,
		Medications: "SECRET-MEDICINE-NAME"}
	for _, f := range intake.Flags {
		a.RedFlags[f] = intake.No
	}
	d, _ := intake.EncodeDraft(intake.Draft{Step: intake.StepConsent, Answers: a})
	var before float64
	frameEval(b, appOrigin, `performance.timeOrigin`, &before)
	frameEval(b, appOrigin, fmt.Sprintf(`localStorage.setItem("kneadform.draft", %q); location.reload()`, d), nil)
	// The reload is of /intake/about, without the #embed fragment: the
	// app keeps its embed id for the tab and still talks to the parent.
	// The page is prerendered: wait for the app itself, not its HTML.
	frameWait(b, appOrigin, fmt.Sprintf(`performance.timeOrigin !== %v && location.pathname === "/intake/about" &&
		!document.getElementById("app-wasm-loader") && !document.getElementById("continue").disabled`, before))
	// Every answer is there, so the consent page opens (through a link,
	// which the app's router takes).
	frameEval(b, appOrigin, `const a = document.createElement("a"); a.href = "/intake/consent"; document.body.appendChild(a); a.click()`, nil)
	frameWait(b, appOrigin, `location.pathname === "/intake/consent" && document.getElementById("consentName")`)
	// frameEval may run its script again (retries): keep it idempotent.
	frameEval(b, appOrigin, `const n = document.getElementById("consentName"); n.value = "Ann Lee"; n.dispatchEvent(new Event("input", {bubbles: true}));
		document.getElementById("continue").click()`, nil)
	if err := b.poll(b.Timeout, `window.events.some(e => e.type === "completed")`); err != nil {
		var frame, evs any
		frameEval(b, appOrigin, `[location.pathname, (document.querySelector("main") || document.body).innerText.slice(0, 900), !!document.getElementById("consent") && document.getElementById("consent").checked, document.getElementById("consentName") && document.getElementById("consentName").value, JSON.parse(localStorage.getItem("kneadform.draft")).answers.consent]`, &frame)
		b.Eval(`JSON.stringify(window.events)`, &evs)
		t.Fatalf("no completed event: %v\nframe: %v\nevents: %v", err, frame, evs)
	}
	time.Sleep(3 * time.Second) // let the hostile frame finish its 30 tries

	evs := events(b)
	readies, completed := 0, 0
	for _, e := range evs {
		if e.Detail["id"] != "clinic-1" {
			t.Errorf("event without the embed id: %+v", e)
		}
		switch e.Type {
		case "ready":
			readies++
		case "completed":
			completed++
			if e.Detail["tier"] != "proceed" || e.Detail["summary"] != nil {
				t.Errorf("completed event carries %v: want the tier only (postSummary is off)", e.Detail)
			}
		}
	}
	if readies != 2 { // the first load and the reload; the hostile pings got none
		t.Errorf("%d ready events, want 2: the app answered pings from another origin", readies)
	}
	if completed != 1 {
		t.Errorf("%d completed events, want 1: forged events reached the page", completed)
	}
	raw, _ := json.Marshal(evs)
	if strings.Contains(string(raw), "SECRET-MEDICINE-NAME") || strings.Contains(string(raw), "Ann Lee") {
		t.Errorf("answers reached the parent page: %s", raw)
	}
	b.AssertNoConsoleErrors()
	for _, r := range b.Requests() {
		if !strings.HasPrefix(r, clinicPage) && !strings.HasPrefix(r, appOrigin) && !strings.HasPrefix(r, evil) {
			t.Errorf("request to a fourth origin: %s", r)
		}
	}
}

// TestEmbedRefusesOtherParents: framed by a page whose origin is not in
// allowedOrigins, the app sends nothing at all, and the CSP refuses the
// frame in the first place.
func TestEmbedRefusesOtherParents(t *testing.T) {
	t.Parallel()
	var appOrigin string
	stranger := listenLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><title>stranger</title>
<script>window.events = []; window.addEventListener("message", e => window.events.push(e.data));</script>
<div data-kneadform="%s"></div><script src="%s/web/embed.js"></script>`, appOrigin, appOrigin)
	}))
	appOrigin = startApp(t, map[string]any{"name": "Lotus", "allowedOrigins": []string{"https://lotus.example"}})
	res, err := http.Get(appOrigin + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'self' https://lotus.example") {
		t.Errorf("CSP = %q", csp)
	}
	b := NewFor(t, stranger, appOrigin)
	b.Visit("/")
	time.Sleep(2 * time.Second)
	var n int
	b.Eval(`window.events.length`, &n)
	if n != 0 {
		t.Errorf("a page outside allowedOrigins received %d messages", n)
	}
}

// TestEmbedPopup: the popup variant shows a button; the form opens in a
// modal dialog and talks to the page the same way.
func TestEmbedPopup(t *testing.T) {
	t.Parallel()
	var appOrigin string
	clinicPage := listenLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><title>Lotus clinic</title><h1>Book</h1>
<script>window.events = []; document.addEventListener("kneadform:ready", e => window.events.push(e.detail));</script>
<div data-kneadform="%s" data-kneadform-popup="Fill in the form before your visit"></div>
<script src="%s/web/embed.js"></script>`, appOrigin, appOrigin)
	}))
	appOrigin = startApp(t, map[string]any{"name": "Lotus", "allowedOrigins": []string{clinicPage}})
	b := NewFor(t, clinicPage, appOrigin)
	b.Visit("/")
	b.ClickByName("Fill in the form before your visit")
	b.WaitFor(`document.querySelector("dialog").open`)
	b.WaitFor(`window.events.length === 1 && window.events[0].id === "kneadform-1"`)
	frameWait(b, appOrigin, `document.getElementById("start")`)
	b.Screenshot("popup-open")
	b.ClickByName("Close")
	b.WaitFor(`!document.querySelector("dialog").open && document.activeElement.textContent === "Fill in the form before your visit"`)
	b.AssertNoConsoleErrors()
}

// TestStorageBlocked: where the browser refuses storage (Safari in a
// cross-site frame, private modes: the methods throw; Chromium with site data
// blocked: reading window.localStorage itself throws), the app says so and
// keeps working in memory, to the summary.
func TestStorageBlocked(t *testing.T) {
	t.Parallel()
	for name, script := range map[string]string{
		"methods throw": blockStorageMethods,
		"getter throws": blockStorageGetter,
	} {
		t.Run(name, func(t *testing.T) {
			b := New(t)
			beforeLoad(b, script)
			b.Open("/")
			b.WaitFor(`document.querySelector("main").innerText.includes("This browser is not letting us save your answers")`)
			b.ClickByName("Start now")
			b.WaitFor(`location.pathname === "/intake/about"`)
			b.CheckByLabel("35 to 49")
			b.TapCSS("#continue")
			b.WaitFor(`location.pathname === "/intake/safety"`)
			b.ClickByName("Back")
			b.WaitFor(`location.pathname === "/intake/about" && document.getElementById("ageBand-35-49").checked`)
			if got := b.Text(".footer-private"); !strings.Contains(got, "only while this page is open") {
				t.Errorf("footer = %q: it must not promise saving", got)
			}
			walkFromAbout(b)
			if got := b.Text("main"); !strings.Contains(got, "Thank you, you are ready") {
				t.Errorf("summary = %q", got)
			}
			if got := b.Text(".footer-private"); !strings.Contains(got, "only while this page is open") {
				t.Errorf("footer on the summary = %q: it must not promise saving", got)
			}
			b.Screenshot("summary")
			b.AssertNoConsoleErrors()
		})
	}
}
