package ui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var registerOnce sync.Once

// TestPrerenderNeverWaits: the server answers every page without waiting
// for work that only the browser can finish. go-app's prerendering waits
// for every ctx.Async goroutine of the page; kit.FocusID's retry loop (40
// tries, 25 ms apart) ran there too and never found the heading, so /,
// /urgent and /advice took a whole second to answer, and a client's first
// visit waited for it before anything loaded (issue 12: go.run started
// 750 ms later than the hello world's at 4x CPU). Inside a synctest bubble
// the clock moves only when goroutines sleep, so any wait on the way to
// the response shows as elapsed time, on a loaded machine as on a quiet one.
func TestPrerenderNeverWaits(t *testing.T) {
	registerOnce.Do(Register)
	h := &app.Handler{Name: "Kneadform", Title: "Kneadform"}
	for _, path := range append(StaticPaths(), "/no-such-page") {
		t.Run(path, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				start := time.Now()
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if waited := time.Since(start); waited != 0 {
					t.Errorf("%s: the prerendering waited %v (the response came only after it)", path, waited)
				}
				switch {
				case path == "/no-such-page":
					if rec.Code != http.StatusNotFound {
						t.Errorf("%s: status %d, want 404", path, rec.Code)
					}
				case rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "<h1"):
					t.Errorf("%s: status %d (want 200), heading in the page: %v", path, rec.Code, strings.Contains(rec.Body.String(), "<h1"))
				}
			})
		})
	}
}
