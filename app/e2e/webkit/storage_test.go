//go:build !wasm

package webkit

import (
	"strings"
	"testing"
)

// Issue 16, defect 1 in Safari's engine: when the browser gives no
// storage, the app carries on in memory, says so, and still takes the
// client to the summary.

// Texts the client reads when nothing can be saved (the en catalog:
// notice.storage-unavailable, footer.memory, footer.private).
const (
	storageNotice = "This browser is not letting us save your answers"
	footerMemory  = "Your answers are kept only while this page is open"
	footerSaved   = "Your answers are saved on this device only"
)

// TestWebKitStorageAbsent: WebKit with HTML5 local storage switched off
// (the WebKitSettings property enable-html5-local-storage; then
// window.localStorage is null, as in a WebKit view whose host disabled
// storage).
func TestWebKitStorageAbsent(t *testing.T) {
	b := New(t, Options{Args: []string{"--enable-html5-local-storage=false"}})
	b.Open("/")
	var absent bool
	b.Eval(`window.localStorage === null`, &absent)
	if !absent {
		t.Fatal("the simulation failed: window.localStorage is not null with --enable-html5-local-storage=false")
	}
	assertMemoryOnly(b)
	b.Screenshot("welcome")

	completeIntake(b)
	assertSummary(b)
	assertMemoryOnly(b)
	b.Screenshot("summary")
	b.AssertNoConsoleErrors()
}

// assertMemoryOnly checks the page says that answers are not saved: the
// notice (on the page that read the storage first) or the footer.
func assertMemoryOnly(b *Browser) {
	b.t.Helper()
	b.WaitFor(`document.querySelector(".footer-private") && document.querySelector(".footer-private").innerText.includes(` +
		jsString(footerMemory) + `)`)
	if text := b.Text("body"); strings.Contains(text, footerSaved) {
		b.t.Errorf("the page says answers are saved though storage is absent:\n%s", text)
	}
}
