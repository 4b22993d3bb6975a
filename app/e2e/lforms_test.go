package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"kneadform/app/fhir"
	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/visit"
)

// lformsPage loads LHC-Forms (the NLM's FHIR form renderer, vendored from
// npm lforms 40.1.3 in testdata/lforms, see testdata/README.md) and our
// probe. It is served by the test's own server, never by the app.
const lformsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms probe</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/lforms/styles.css">
</head><body><div id="form"></div>
<script src="/lforms/zone.min.js"></script>
<script src="/lforms/lhc-forms.js"></script>
<script src="/lforms/lformsFHIR.min.js"></script>
<script src="/probe.js"></script>
</body></html>`

// lformsProbe reads a Questionnaire and responses the way a clinic's
// LHC-Forms would: convert, render, merge a response, and write it back.
const lformsProbe = `
window.probe = {
  walk(items, f, depth) { for (const it of items || []) { f(it, depth || 0); probe.walk(it.items, f, (depth || 0) + 1); } },
  // summary converts and renders the Questionnaire and reports what LHC-Forms read.
  async summary(q) {
    const lf = LForms.Util.convertFHIRQuestionnaireToLForms(q, "R4");
    const out = {items: 0, questions: 0, groups: 0, options: {}, scores: {}, skip: [], texts: {}};
    probe.walk(lf.items, it => {
      out.items++;
      if (it.dataType === "SECTION") out.groups++; else out.questions++;
      out.texts[it.linkId] = it.question || it.text || "";
      if (Array.isArray(it.answers)) {
        out.options[it.linkId] = it.answers.map(a => (a.system || "") + "|" + a.code);
        if (it.answers.some(a => a.score !== undefined && a.score !== null)) out.scores[it.linkId] = it.answers.map(a => a.score);
      }
      if (it.skipLogic) out.skip.push(it.linkId);
    });
    await LForms.Util.addFormToPage(lf, "form");
    out.rendered = document.getElementById("form").innerText;
    return out;
  },
  // roundTrip merges a response into the form and returns the response
  // LHC-Forms writes back and the scores it read: from the rendered form
  // when render is true (what a clinic's screen shows), else from the
  // merged form data (the same code path without the page, 10× faster).
  async roundTrip(q, qr, render) {
    const lf = LForms.Util.convertFHIRQuestionnaireToLForms(q, "R4");
    const merged = LForms.Util.mergeFHIRDataIntoLForms("QuestionnaireResponse", qr, lf, "R4");
    let back, items;
    if (render) {
      await LForms.Util.addFormToPage(merged, "form");
      back = LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4");
      items = LForms.Util.getUserData(undefined, false, true).itemsData;
    } else {
      const data = new LForms.LFormsData(merged);
      back = LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", data);
      items = data.items;
    }
    const scores = {};
    probe.walk(items, it => {
      if (it.value && typeof it.value === "object" && it.value.score !== undefined) scores[it.linkId] = it.value.score;
    });
    return {back, scores};
  },
};`

// serveLForms serves the probe page and the vendored LHC-Forms files.
func serveLForms(t *testing.T) *httptest.Server {
	t.Helper()
	dir := filepath.Join(Root(t), "app", "e2e", "testdata", "lforms")
	mux := http.NewServeMux()
	mux.Handle("/lforms/", http.StripPrefix("/lforms/", http.FileServer(http.Dir(dir))))
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(lformsPage))
	})
	mux.HandleFunc("/probe.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte(lformsProbe))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// lformsBrowser opens the LHC-Forms page in a fresh browser context and
// waits until the renderer and its FHIR R4 support are loaded.
func lformsBrowser(t *testing.T) *Browser {
	t.Helper()
	srv := serveLForms(t)
	b := NewFor(t, srv.URL+"/")
	b.Visit("/")
	b.WaitFor(`window.LForms && LForms.Util && LForms.FHIR && LForms.FHIR.R4 && window.probe`)
	return b
}

type lformsSummary struct {
	Items, Questions, Groups int
	Options                  map[string][]string
	Scores                   map[string][]float64
	Skip                     []string
	Texts                    map[string]string
	Rendered                 string
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLHCFormsQuestionnaire loads our Questionnaire into LHC-Forms, an
// independent FHIR renderer, and checks it reads what we wrote: every item
// and answer option, the enableWhen conditions, and the 0–10 scores of
// every pain question (13 regions and the check-in), which it reads from
// answerOption.extension only: with the score on the coding alone (the old
// Questionnaire) it reads none, as the control below shows.
func TestLHCFormsQuestionnaire(t *testing.T) {
	q := fhir.NewQuestionnaire(i18n.Get("en"))
	b := lformsBrowser(t)
	var got lformsSummary
	b.Eval(`probe.summary(`+mustJSON(t, q)+`)`, &got)

	var items, groups int
	wantOptions := map[string][]string{}
	var wantScored, wantSkip []string
	var visibleTexts []string
	var walk func([]fhir.Item, bool)
	walk = func(its []fhir.Item, hidden bool) {
		for _, it := range its {
			items++
			if it.Type == fhir.TypeGroup {
				groups++
			}
			hide := hidden || len(it.EnableWhen) > 0
			if len(it.EnableWhen) > 0 {
				wantSkip = append(wantSkip, it.LinkID)
			}
			if !hide {
				visibleTexts = append(visibleTexts, it.Text)
			}
			for _, o := range it.AnswerOption {
				wantOptions[it.LinkID] = append(wantOptions[it.LinkID], o.ValueCoding.System+"|"+o.ValueCoding.Code)
			}
			if len(it.Code) > 0 && it.Code[0].Code == fhir.PainSeverityCode {
				wantScored = append(wantScored, it.LinkID)
			}
			walk(it.Item, hide)
		}
	}
	walk(q.Item, false)
	if got.Items != items || got.Groups != groups || got.Questions != items-groups {
		t.Errorf("LHC-Forms read %d items (%d groups, %d questions), we wrote %d (%d groups)", got.Items, got.Groups, got.Questions, items, groups)
	}
	if !reflect.DeepEqual(got.Options, wantOptions) {
		for id, want := range wantOptions {
			if !reflect.DeepEqual(got.Options[id], want) {
				t.Errorf("%s: LHC-Forms options %v, want %v", id, got.Options[id], want)
			}
		}
		t.Errorf("answer options differ: %d items with options read, %d written", len(got.Options), len(wantOptions))
	}
	sort.Strings(got.Skip)
	sort.Strings(wantSkip)
	if !reflect.DeepEqual(got.Skip, wantSkip) {
		t.Errorf("enableWhen read on %v, written on %v", got.Skip, wantSkip)
	}
	zeroToTen := []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	if len(got.Scores) != len(wantScored) || len(wantScored) != len(intake.Regions)+1 {
		t.Errorf("LHC-Forms read scores on %d items, want %d (%v)", len(got.Scores), len(wantScored), wantScored)
	}
	for _, id := range wantScored {
		if !reflect.DeepEqual(got.Scores[id], zeroToTen) {
			t.Errorf("%s: scores %v, want 0–10", id, got.Scores[id])
		}
	}
	for _, text := range visibleTexts {
		if !strings.Contains(got.Rendered, text) {
			t.Errorf("the rendered form lacks %q", text)
		}
	}

	// Control: the same Questionnaire with the scores on the codings only
	// (version 1) gives LHC-Forms no score at all.
	var old lformsSummary
	b.Eval(`(() => { const q = `+mustJSON(t, q)+`;
		const strip = items => { for (const it of items || []) { for (const o of it.answerOption || []) delete o.extension; strip(it.item); } };
		strip(q.item);
		return probe.summary(q); })()`, &old)
	if len(old.Scores) != 0 {
		t.Errorf("control: with scores on the codings only LHC-Forms read %d; the check above would not catch the defect", len(old.Scores))
	}
	b.AssertNoConsoleErrors()
}

// TestLHCFormsResponses merges each example's QuestionnaireResponse (the
// nine intakes of docs/examples, and one with the functional scale and an
// after-visit check-in) into LHC-Forms (rendering two of them), and checks that the
// response LHC-Forms writes back has the same answers (0 differences),
// validates against our Questionnaire, and that LHC-Forms read the score
// of every pain answer.
func TestLHCFormsResponses(t *testing.T) {
	en := i18n.Get("en")
	q := fhir.NewQuestionnaire(en)
	responses := map[string]fhir.QuestionnaireResponse{}
	files, _ := filepath.Glob(filepath.Join(Root(t), "docs", "examples", "*.json"))
	for _, f := range files {
		if strings.HasSuffix(f, ".expected.json") {
			continue
		}
		a := decodeExample(t, f)
		responses[filepath.Base(f)] = fhir.NewResponse(&a, en)
		if filepath.Base(f) == "desk-worker.json" {
			x := fhir.Extra{PSFS: outcome.PSFS{{Name: "Lift my toddler", Score: 3}, {Name: "Sit through a meeting", Score: 5}},
				CheckIn: &visit.CheckIn{Stage: visit.Stage48h, Soreness: visit.SoreMild, Water: visit.WaterSome, Pain: ptr(2),
					Pressure: visit.FeltTooMuch, RightLevel: ptr(4), Techniques: map[string]visit.Felt{"swedish": visit.FeltRight},
					RedFlags: map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.No}, Spread: intake.SpreadNo,
					Feelings: []intake.Feeling{intake.FeelStiff}, Note: "Stiff in the morning"}}
			responses["desk-worker+visit"] = fhir.NewResponseWith(&a, x, en)
		}
	}
	if len(responses) != 10 {
		t.Fatalf("%d responses, want the nine examples and the visit", len(responses))
	}
	b := lformsBrowser(t)
	names := make([]string, 0, len(responses))
	for n := range responses {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		r := responses[name]
		var got struct {
			Back   fhir.QuestionnaireResponse
			Scores map[string]float64
		}
		render := name == "desk-worker+visit" || name == "pregnancy.json" // the new items; an enableWhen answered
		b.Eval(`probe.roundTrip(`+mustJSON(t, q)+`,`+mustJSON(t, r)+`,`+strconv.FormatBool(render)+`)`, &got)
		want, back := answers(r.Item), answers(got.Back.Item)
		if diff := diffAnswers(want, back); len(diff) > 0 {
			t.Errorf("%s: %d differences after the round trip through LHC-Forms:\n%s", name, len(diff), strings.Join(diff, "\n"))
		}
		if err := fhir.Validate(q, got.Back); err != nil {
			t.Errorf("%s: LHC-Forms' response does not validate: %v", name, err)
		}
		scored := 0
		for id, vals := range want {
			if !strings.HasPrefix(id, "pain-") && id != "checkin-pain" {
				continue
			}
			n, _ := strconv.Atoi(vals[0][strings.LastIndex(vals[0], "=")+1:])
			if s, ok := got.Scores[id]; !ok || s != float64(n) {
				t.Errorf("%s: %s answered %d, LHC-Forms read score %v (%v)", name, id, n, s, ok)
			}
			scored++
		}
		t.Logf("%s: %d answered items, %d pain scores read", name, len(want), scored)
	}
	b.AssertNoConsoleErrors()
}

func decodeExample(t *testing.T, path string) intake.Answers {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := intake.DecodeAnswers(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}

// answers flattens a response: linkId → its answers as text, each with the
// item's path, so a moved item is a difference too; a LOINC pain coding
// ends with its number ("step-pain/pain-neck http://loinc.org|LA6114-8=3").
func answers(items []fhir.ResponseItem) map[string][]string {
	out := map[string][]string{}
	var walk func([]fhir.ResponseItem, string)
	walk = func(its []fhir.ResponseItem, path string) {
		for _, it := range its {
			key := path + it.LinkID
			for _, a := range it.Answer {
				var v string
				switch {
				case a.ValueCoding != nil:
					v = a.ValueCoding.System + "|" + a.ValueCoding.Code
					if a.ValueCoding.System == fhir.LOINC {
						v += "=" + a.ValueCoding.Display
					}
				case a.ValueString != nil:
					v = "string:" + *a.ValueString
				case a.ValueInteger != nil:
					v = "integer:" + strconv.Itoa(*a.ValueInteger)
				case a.ValueBoolean != nil:
					v = "boolean:" + strconv.FormatBool(*a.ValueBoolean)
				}
				out[it.LinkID] = append(out[it.LinkID], key+" "+v)
			}
			walk(it.Item, key+"/")
		}
	}
	walk(items, "")
	return out
}

// diffAnswers lists every linkId whose answers (and place in the tree)
// differ.
func diffAnswers(want, got map[string][]string) []string {
	var diff []string
	for id, w := range want {
		if g := got[id]; !reflect.DeepEqual(w, g) {
			diff = append(diff, fmt.Sprintf("  %s: wrote %v, read back %v", id, w, g))
		}
	}
	for id, g := range got {
		if _, ok := want[id]; !ok {
			diff = append(diff, fmt.Sprintf("  %s: not written, read back %v", id, g))
		}
	}
	sort.Strings(diff)
	return diff
}

func ptr[T any](v T) *T { return &v }
