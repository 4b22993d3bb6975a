package e2e

import (
	"fmt"
	"net/http"
	"testing"
)

// contrastJS measures, inside the app, the WCAG contrast of an element's
// text against the first opaque background behind it.
const contrastJS = `(sel => {
	const e = document.querySelector(sel);
	if (!e) return -1;
	const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
	const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
	let bg = null;
	for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
		const c = rgb(getComputedStyle(n).backgroundColor);
		if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) { bg = c; break; }
	}
	bg = bg || [255, 255, 255];
	const fg = rgb(getComputedStyle(e).color);
	const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
	return Math.round((a + 0.05) / (b + 0.05) * 100) / 100;
})(%q)`

// Issue 17, defect 5: inside a clinic's page, the embed's "Open full
// screen" link and the themed elements keep a 4.5:1 contrast in every
// theme. Before the fix the link took the link colours (#1d4f91, visited
// #4c2c92) on the accent #1d4f4a: 1.09:1.
func TestEmbedThemeContrast(t *testing.T) {
	t.Parallel()
	themes := []map[string]string{
		{"accent": "#1d4f4a", "accentText": "#ffffff"}, // the defect's theme
		{"accent": "#4c2c92", "accentText": "#ffffff"},
		{"accent": "#0b3d91", "accentText": "#ffff00"},
	}
	for _, colors := range themes {
		t.Run(colors["accent"], func(t *testing.T) {
			var appOrigin string
			clinicPage := listenLoopback(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				fmt.Fprintf(w, `<!doctype html><html lang="en"><title>Clinic</title><h1>Clinic</h1>
<div id="kf" data-kneadform="%s" data-kneadform-id="c1"></div>
<script src="%s/web/embed.js"></script>`, appOrigin, appOrigin)
			}))
			appOrigin = startApp(t, map[string]any{"name": "Theme Clinic", "colors": colors, "allowedOrigins": []string{clinicPage}})
			b := NewFor(t, clinicPage, appOrigin)
			b.Visit("/")
			frameWait(b, appOrigin, `document.querySelector(".banner-open") && document.getElementById("start")`)
			for _, el := range []struct{ sel, what string }{
				{".banner-open", `the embed's "Open full screen" link`},
				{".banner-name", "the clinic's name in the banner"},
				{"#start", "the main button"},
			} {
				var ratio float64
				frameEval(b, appOrigin, fmt.Sprintf(contrastJS, el.sel), &ratio)
				t.Logf("%s: %.2f:1", el.what, ratio)
				if ratio < 4.5 {
					t.Errorf("%s (%s) contrast %.2f:1, want at least 4.5:1", el.what, el.sel, ratio)
				}
			}
			// The text on the accent is the clinic's accentText (before the
			// fix it was always white, and the link took the link colours).
			want := map[string]string{"#ffffff": "rgb(255, 255, 255)", "#ffff00": "rgb(255, 255, 0)"}[colors["accentText"]]
			for _, sel := range []string{".banner-open", ".banner-name", "#start"} {
				var got string
				frameEval(b, appOrigin, fmt.Sprintf(`getComputedStyle(document.querySelector(%q)).color`, sel), &got)
				if got != want {
					t.Errorf("%s colour %s, want the clinic's accentText %s", sel, got, want)
				}
			}
			// getComputedStyle never shows :visited (browsers hide history),
			// so check that the visited link has its own rule on the accent.
			var visited bool
			frameEval(b, appOrigin, `Array.from(document.styleSheets).some(s => { try { return Array.from(s.cssRules).some(r =>
				r.selectorText && r.selectorText.includes(".banner-open:visited") && r.style.color.includes("--kf-on-brand")) } catch (e) { return false } })`, &visited)
			if !visited {
				t.Error(`no .banner-open:visited rule drawing the link in --kf-on-brand: a visited link would take #4c2c92 (1.09:1 on #1d4f4a)`)
			}
			b.Screenshot("embedded")
		})
	}
}
