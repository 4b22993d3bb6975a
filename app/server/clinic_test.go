//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"kneadform/app/clinic"
)

// TestClinicConfiguration: the clinic's settings reach the browser through
// go-app's environment (app.js), its allowed origins become the CSP's
// frame-ancestors, and an invalid configuration is refused.
func TestClinicConfiguration(t *testing.T) {
	c := clinic.Config{Name: "Lotus", Region: "GB", Phone: "+44 20 7946 0000",
		AllowedOrigins: []string{"https://lotus.example"}}
	dir := webFixture(t)
	h, err := AppHandler(Options{WebDir: dir, Clinic: c})
	if err != nil {
		t.Fatal(err)
	}
	got, err := clinic.DecodeEnv(h.Env[EnvClinic])
	if err != nil || got.Name != "Lotus" || got.Phone != c.Phone {
		t.Errorf("Env[%s] = %q (%v)", EnvClinic, h.Env[EnvClinic], err)
	}

	full, err := New(Options{WebDir: dir, Clinic: c})
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(full, "/")
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'self' https://lotus.example") {
		t.Errorf("CSP = %q, want the clinic's origin in frame-ancestors", csp)
	}
	if js := serve(full, "/app.js").Body.String(); !strings.Contains(js, "Lotus") {
		t.Error("app.js does not carry the clinic configuration")
	}

	bad := c
	bad.AllowedOrigins = []string{"*"}
	if _, err := AppHandler(Options{WebDir: dir, Clinic: bad}); err == nil || !strings.Contains(err.Error(), "allowedOrigins[0]") {
		t.Errorf("invalid configuration: err = %v", err)
	}
}

func serve(h http.Handler, path string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec
}
