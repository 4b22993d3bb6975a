package shell

import (
	"reflect"
	"testing"

	"kneadform/app/clinic"
	"kneadform/app/i18n"
	"kneadform/app/ui/kit"
)

func TestDir(t *testing.T) {
	for lang, want := range map[string]string{"en": "ltr", "th": "ltr", "es": "ltr", "ar": "rtl", "HE": "rtl", "": "ltr"} {
		if got := Dir(lang); got != want {
			t.Errorf("Dir(%q) = %q, want %q", lang, got, want)
		}
	}
}

func TestOffered(t *testing.T) {
	defer func(c clinic.Config) { clinic.Current = c }(clinic.Current)
	tests := []struct {
		langs []string
		want  []string
	}{
		{nil, i18n.Languages()},
		{[]string{"th", "en"}, []string{"th", "en"}},
		{[]string{"TH", "xx", "es"}, []string{"th", "es"}}, // no catalog for xx
	}
	for _, tt := range tests {
		clinic.Current = clinic.Config{Languages: tt.langs}
		if got := Offered(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Offered() with %v = %v, want %v", tt.langs, got, tt.want)
		}
	}
}

func TestLanguageNames(t *testing.T) {
	want := map[string]string{"en": "English", "th": "ไทย", "es": "Español"}
	for lang, name := range want {
		if got := LanguageName(lang); got != name {
			t.Errorf("LanguageName(%q) = %q, want %q", lang, got, name)
		}
	}
}

// The therapist reads, in the clinic's language, which language the
// client answered in.
func TestClientLanguageNote(t *testing.T) {
	defer func(l string) { clientLang = l; kit.UseLanguage(i18n.Fallback) }(clientLang)
	tests := []struct{ client, reader, want string }{
		{"es", "en", "The client answered in Spanish."},
		{"th", "en", "The client answered in Thai."},
		{"es", "th", "ผู้รับบริการตอบเป็นภาษาสเปน"},
	}
	for _, tt := range tests {
		clientLang = tt.client
		kit.UseLanguage(tt.reader)
		if got := ClientLanguageNote(); got != tt.want {
			t.Errorf("client %s, reader %s: %q, want %q", tt.client, tt.reader, got, tt.want)
		}
	}
}

func TestClinicLanguage(t *testing.T) {
	defer func(c clinic.Config) { clinic.Current = c }(clinic.Current)
	for _, tt := range []struct {
		langs []string
		want  string
	}{{nil, "en"}, {[]string{"th", "en"}, "th"}, {[]string{"es"}, "es"}} {
		clinic.Current = clinic.Config{Languages: tt.langs}
		if got := ClinicLanguage(); got != tt.want {
			t.Errorf("ClinicLanguage() with %v = %q, want %q", tt.langs, got, tt.want)
		}
	}
}
