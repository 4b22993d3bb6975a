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
	"kneadform/app/intake"
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

// fileExists reports whether name is a regular file.
func fileExists(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.Mode().IsRegular()
}

// serveLForms serves the probe page and the vendored LHC-Forms files.
func serveLForms(t *testing.T) *httptest.Server {
	t.Helper()
	dir := filepath.Join(Root(t), "app", "e2e", "testdata", "lforms")
	mux := http.NewServeMux()
	files := http.StripPrefix("/lforms/", http.FileServer(http.Dir(dir)))
	mux.HandleFunc("/lforms/", func(w http.ResponseWriter, r *http.Request) {
		// The two large scripts are stored gzipped (each is over 1 MiB
		// as npm ships it); they are served as they are, with the
		// encoding said, and Chromium unpacks them.
		name := strings.TrimPrefix(r.URL.Path, "/lforms/")
		if gz := filepath.Join(dir, name+".gz"); strings.HasSuffix(name, ".js") && fileExists(gz) {
			w.Header().Set("Content-Type", "text/javascript")
			w.Header().Set("Content-Encoding", "gzip")
			http.ServeFile(w, r, gz)
			return
		}
		files.ServeHTTP(w, r)
	})
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

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
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
