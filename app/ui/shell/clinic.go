package shell

import (
	"kneadform/app/clinic"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// envClinic is where the server puts the clinic configuration (see
// server.EnvClinic): in go-app's environment, baked into app.js, so the
// static build carries it too and no request is ever made for it.
const envClinic = "KNEADFORM_CLINIC"

// loadClinic reads the clinic configuration in the browser and applies its
// colours. A configuration that does not parse is ignored (the server and
// the static build refuse invalid ones, so this only guards a tampered
// app.js): the app keeps Kneadform's defaults.
func loadClinic() {
	if !app.IsClient {
		return
	}
	defer chooseLanguage()
	raw := app.Getenv(envClinic)
	if raw == "" {
		return
	}
	c, err := clinic.DecodeEnv(raw) // validated by the server (clinic.EncodeEnv)
	if err != nil {
		app.Logf("kneadform: clinic configuration ignored: %v", err)
		return
	}
	clinic.Current = c
	applyColors(c.Colors)
}

// applyColors sets the brand custom properties through the CSSOM, which the
// Content-Security-Policy allows (a style="" attribute it would block).
func applyColors(c clinic.Colors) {
	defer func() { _ = recover() }() // a JS exception must not stop the app
	style := app.Window().Get("document").Get("documentElement").Get("style")
	if c.Accent != "" {
		style.Call("setProperty", "--kf-brand", c.Accent)
		style.Call("setProperty", "--kf-brand-dark", c.Accent)
	}
	if c.AccentText != "" {
		style.Call("setProperty", "--kf-on-brand", c.AccentText)
	}
}
