//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"kneadform/app/fhir"
)

func TestQuestionnaireAndFHIR(t *testing.T) {
	var out, errb bytes.Buffer
	if code := dispatch([]string{"questionnaire"}, nil, &out, &errb); code != 0 {
		t.Fatalf("questionnaire: exit %d: %s", code, &errb)
	}
	var q fhir.Questionnaire
	if err := json.Unmarshal(out.Bytes(), &q); err != nil || q.ResourceType != "Questionnaire" || q.URL != fhir.QuestionnaireURL {
		t.Fatalf("questionnaire output: %v %+v", err, q.URL)
	}
	out.Reset()
	if code := dispatch([]string{"fhir", example}, nil, &out, &errb); code != 0 {
		t.Fatalf("fhir: exit %d: %s", code, &errb)
	}
	var r fhir.QuestionnaireResponse
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if err := fhir.Validate(q, r); err != nil {
		t.Errorf("the printed response does not validate against the printed questionnaire: %v", err)
	}
	if !strings.Contains(out.String(), `"linkId": "pain-low-left"`) || !strings.Contains(out.String(), `"code": "LA`) {
		t.Errorf("no coded pain answer in:\n%.600s", &out)
	}
	for _, tt := range []struct {
		args  []string
		stdin string
		code  int
		want  string
	}{
		{[]string{"fhir"}, `{"ageBand":"35-49"}`, 0, ""},
		{[]string{"fhir", "-"}, `{"ageBand":"old"}`, 1, `ageBand: "old" is not allowed`},
		{[]string{"fhir", "a", "b"}, "", 2, "usage: kneadform fhir"},
		{[]string{"questionnaire", "x"}, "", 2, "usage: kneadform questionnaire"},
	} {
		out.Reset()
		errb.Reset()
		if code := dispatch(tt.args, strings.NewReader(tt.stdin), &out, &errb); code != tt.code || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, &errb)
		}
	}
}
