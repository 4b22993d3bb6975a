package clinic

import (
	"reflect"
	"strings"
	"testing"
)

// TestEnvRoundTrip: what the server writes the browser reads back as the
// same configuration, two-line address, Thai name and all.
func TestEnvRoundTrip(t *testing.T) {
	good, err := Parse(strings.NewReader(goodConfig))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Config{
		good,
		{Name: "คลินิกนวดหลัง", Address: "1 High Street\nLondon", Languages: []string{"th", "en"}},
		{Name: "a&b=c+d %20 ?#", PostSummary: true, Kiosk: Kiosk{Enabled: true, ResetAfterSeconds: 5}},
		{},
	} {
		s := EncodeEnv(c)
		got, err := DecodeEnv(s)
		if err != nil {
			t.Errorf("DecodeEnv(%q): %v", s, err)
			continue
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("round trip of %+v through %q = %+v", c, s, got)
		}
	}
}

// TestEnvCoversEveryField: a configuration with every field set survives the
// round trip, so a field added to Config and forgotten in envFields fails
// here rather than vanish on the way to the browser.
func TestEnvCoversEveryField(t *testing.T) {
	var c Config
	fill(t, reflect.ValueOf(&c).Elem(), "")
	got, err := DecodeEnv(EncodeEnv(c))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Errorf("every field set: %+v\nread back: %+v", c, got)
	}
}

// fill sets every field of v, recursively, to a value that is not zero.
func fill(t *testing.T, v reflect.Value, path string) {
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), path+v.Type().Field(i).Name
		switch f.Kind() {
		case reflect.String:
			f.SetString(name + " value")
		case reflect.Int:
			f.SetInt(int64(7 + i))
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{name + " 1", name + " 2"}))
		case reflect.Struct:
			fill(t, f, name+".")
		default:
			t.Fatalf("%s: a %s field, which the environment form cannot carry: extend envFields", name, f.Kind())
		}
	}
}

// TestDecodeEnvRefuses: a malformed form, an unknown key or a value of the
// wrong kind is an error.
func TestDecodeEnvRefuses(t *testing.T) {
	for _, s := range []string{
		"name=%zz",
		"nmae=Lotus",
		"visitMinutes=forty",
		"visitMinutes=1&visitMinutes=2",
		"name=a&name=b",
		"postSummary=true",
		"kiosk.enabled=",
	} {
		if c, err := DecodeEnv(s); err == nil {
			t.Errorf("DecodeEnv(%q) = %+v, want an error", s, c)
		}
	}
}

func FuzzDecodeEnv(f *testing.F) {
	f.Add("")
	f.Add(EncodeEnv(Config{Name: "Lotus", Languages: []string{"th"}, VisitMinutes: 45, Kiosk: Kiosk{Enabled: true}}))
	f.Add("name=%zz&languages=en&languages=th")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := DecodeEnv(s)
		if err != nil {
			return
		}
		again, err := DecodeEnv(EncodeEnv(c))
		if err != nil || !reflect.DeepEqual(again, normalise(c)) {
			t.Fatalf("%q: read %+v, its encoding reads back %+v (%v)", s, c, again, err)
		}
	})
}

// normalise is c as it reads back after EncodeEnv, which leaves zero values
// out (an empty list or text becomes nil or "").
func normalise(c Config) Config {
	if len(c.Languages) == 0 {
		c.Languages = nil
	}
	if len(c.AllowedOrigins) == 0 {
		c.AllowedOrigins = nil
	}
	return c
}
