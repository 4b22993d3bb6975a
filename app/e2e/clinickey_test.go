package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"kneadform/app/handoff"
	"kneadform/app/pressure"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Issue 16, defect 6: the clinic key on a clinic device is never stored as
// it is, and a hand-off link leaves the address bar and the history once
// the page has read it.

// storedPlainKey is true when any value in the tab's storage holds a
// clinic key in plain text.
const storedPlainKey = `[localStorage, sessionStorage].some(s => Object.keys(s).some(k => (s.getItem(k) || "").includes("AGE-SECRET-KEY")))`

// lockKeyJS resolves to the lock key kept in IndexedDB, as {extractable,
// alg, usages, exported} (exported: whether exportKey gave its bytes), or
// null when there is none.
const lockKeyJS = `new Promise((resolve, reject) => {
	const r = indexedDB.open("kneadform-clinic");
	r.onerror = () => reject(r.error);
	r.onsuccess = () => {
		const db = r.result;
		if (!db.objectStoreNames.contains("keys")) { db.close(); return resolve(null); }
		const g = db.transaction("keys").objectStore("keys").get("clinic-identity");
		g.onerror = () => reject(g.error);
		g.onsuccess = () => {
			db.close();
			const k = g.result;
			if (!k) return resolve(null);
			crypto.subtle.exportKey("raw", k).then(() => true, () => false).then(exported =>
				resolve({extractable: k.extractable, alg: k.algorithm.name, usages: k.usages, exported}));
		};
	};
})`

// assertKeyLocked checks the clinic key is kept locked: the stored text is
// ciphertext, no storage value holds the key, and the lock key in
// IndexedDB cannot be read out.
func assertKeyLocked(b *Browser) {
	b.t.Helper()
	b.WaitFor(`(localStorage.getItem("kneadform.clinic-identity") || "").startsWith("kw1.")`)
	var plain bool
	b.Eval(storedPlainKey, &plain)
	if plain {
		b.t.Error("a clinic key is in storage in plain text")
	}
	var lock *struct {
		Extractable, Exported bool
		Alg                   string
		Usages                []string
	}
	b.Eval(lockKeyJS, &lock)
	if lock == nil || lock.Extractable || lock.Exported || lock.Alg != "AES-GCM" {
		b.t.Errorf("lock key in IndexedDB = %+v, want a non-extractable AES-GCM key", lock)
	}
}

// assertLinkGone checks that no hand-off fragment is in the address bar or
// in any entry of the tab's history.
func assertLinkGone(b *Browser) {
	b.t.Helper()
	if got := b.Location(); strings.Contains(got, "#") {
		b.t.Errorf("the link is still in the address bar: %s", got)
	}
	var entries []*page.NavigationEntry
	b.run("navigation history", b.Timeout, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		_, entries, err = page.GetNavigationHistory().Do(ctx)
		return err
	}))
	for _, e := range entries {
		if strings.Contains(e.URL, "#k") {
			b.t.Errorf("the link is in the tab's history: %s", e.URL)
		}
	}
}

// clinicLink seals the test client's answers to the clinic server's key.
func clinicLink(t *testing.T, cs *clinicServer) string {
	t.Helper()
	var prefs pressure.Prefs
	if err := json.Unmarshal([]byte(handoffPrefs(t)), &prefs); err != nil {
		t.Fatal(err)
	}
	ct, err := handoff.Seal(handoff.Payload{Answers: completeAnswers(), Prefs: &prefs}, cs.recipient)
	if err != nil {
		t.Fatal(err)
	}
	link, err := handoff.Link(strings.TrimSuffix(cs.url, "/"), ct)
	if err != nil {
		t.Fatal(err)
	}
	return link
}

// keyLine is the AGE-SECRET-KEY-1… line of a key file, as an older version
// of clinic mode stored it.
func keyLine(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "AGE-SECRET-KEY-1") {
			return l
		}
	}
	t.Fatalf("%s holds no key line", file)
	return ""
}

// TestClinicKeyLocked: a key stored in plain text by an older version is
// locked on first use; the link opens and leaves the address bar; a key
// whose lock is gone is removed with a message; a browser that cannot lock
// keeps the key in the tab only and stores nothing.
func TestClinicKeyLocked(t *testing.T) {
	t.Parallel()
	cs := startClinicServer(t)
	link := clinicLink(t, cs)
	fragment := link[strings.Index(link, "#"):]
	plain := keyLine(t, cs.keyFile)
	seedPlainKey := func(b *Browser) {
		b.t.Helper()
		b.OpenBlank()
		b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.clinic-identity", %q)`, plain), nil)
	}

	t.Run("migrated", func(t *testing.T) {
		b := NewFor(t, cs.url)
		seedPlainKey(b)
		b.Open("/open" + fragment)
		b.WaitVisible("#therapist-summary")
		checkSummary(t, b)
		assertKeyLocked(b)
		assertLinkGone(b)

		b.Reload() // the locked key opens again
		b.WaitVisible("#open-form")
		b.WaitVisible("#open-key-loaded")
		b.FillByLabel("Paste the link", link)
		b.ClickByName("Open")
		b.WaitVisible("#therapist-summary")

		// The lock key is gone (site data partly cleared): the stored key
		// can never open again, so it is removed, and staff are told.
		b.Eval(`new Promise(r => { const d = indexedDB.deleteDatabase("kneadform-clinic"); d.onsuccess = d.onerror = d.onblocked = () => r(true); })`, nil)
		b.Reload()
		b.WaitVisible("#open-key-lost")
		mainHas(b, "can no longer be unlocked")
		var gone bool
		b.Eval(`localStorage.getItem("kneadform.clinic-identity") === null`, &gone)
		if !gone {
			t.Error("a key that can never be unlocked was left in storage")
		}
		b.AssertAccessible()
		b.Screenshot("key-lost")

		// Forget removes the lock key too.
		b.FillByLabel("Or paste the key", plain)
		b.ClickByName("Use this key")
		assertKeyLocked(b)
		b.ClickByName("Forget this key")
		b.WaitFor(`localStorage.getItem("kneadform.clinic-identity") === null`)
		var lock any
		b.Eval(lockKeyJS, &lock)
		if lock != nil {
			t.Errorf("Forget this key left the lock key: %v", lock)
		}
		b.AssertNoConsoleErrors()
		b.AssertOnlyOrigin()
	})

	t.Run("no WebCrypto", func(t *testing.T) {
		b := NewFor(t, cs.url)
		seedPlainKey(b)
		beforeLoad(b, `Object.defineProperty(Crypto.prototype, "subtle", {configurable: true, get() { return undefined; }});`)
		b.Open("/open" + fragment)
		b.WaitVisible("#therapist-summary")
		b.WaitFor(`(e => e && e.innerText.includes("cannot keep the key locked"))(document.getElementById("open-key-loaded"))`)
		b.WaitFor(`localStorage.getItem("kneadform.clinic-identity") === null`) // not even the old plain text
		var plainLeft bool
		b.Eval(storedPlainKey, &plainLeft)
		if plainLeft {
			t.Error("a clinic key is in storage in plain text")
		}
		assertLinkGone(b)
		b.AssertAccessible()
		b.Screenshot("memory-only")
		b.AssertNoConsoleErrors()
		b.AssertOnlyOrigin()
	})
}
