//go:build !wasm

package server

import "testing"

// TestFixPrerendered: go-app writes false boolean attributes as
// name="false", which HTML reads as true (issue 12, readable at first
// paint: every radio group showed its last answer chosen).
func TestFixPrerendered(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<input type="radio" checked="false" id="a">`, `<input type="radio" id="a">`},
		{`<option value="th" lang="th" selected="false">ไทย</option>`, `<option value="th" lang="th">ไทย</option>`},
		{`<option value="en" selected>English</option>`, `<option value="en" selected>English</option>`},
		{`<button disabled="false" hidden="false" class="b">`, `<button class="b">`},
		{`<form novalidate>`, `<form novalidate>`},
		{`<p data-checked="false">`, `<p data-checked="false">`},
		{`<input value="false">`, `<input value="false">`},
	} {
		if got := string(FixPrerendered([]byte(c.in))); got != c.want {
			t.Errorf("FixPrerendered(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}
