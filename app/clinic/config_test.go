package clinic

import (
	"errors"
	"strings"
	"testing"
)

const goodConfig = `{
  "name": "Lotus Back Clinic",
  "logo": "/web/icon.svg",
  "colors": {"accent": "#1d4f4a", "accentText": "#ffffff"},
  "phone": "+44 20 7946 0000",
  "region": "GB",
  "address": "1 High Street, London",
  "booking": "https://lotus.example/book",
  "arriveEarlyMinutes": 10,
  "visitMinutes": 45,
  "languages": ["en"],
  "recipient": "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
  "allowedOrigins": ["https://lotus.example", "http://127.0.0.1:8080"],
  "postSummary": false,
  "kiosk": {"enabled": true, "resetAfterMinutes": 10}
}`

func TestParseGood(t *testing.T) {
	c, err := Parse(strings.NewReader(goodConfig))
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Lotus Back Clinic" || c.EmergencyNumber() != "999" || len(c.AllowedOrigins) != 2 {
		t.Errorf("parsed %+v", c)
	}
	if c.ArriveEarlyMinutes != 10 || c.VisitLength() != 45 {
		t.Errorf("arrive %d, visit %d", c.ArriveEarlyMinutes, c.VisitLength())
	}
	m, err := Parse(strings.NewReader(`{"name":"Minimal","address":"1 High Street\nLondon"}`))
	if err != nil {
		t.Errorf("a name alone (and a two-line address) should do: %v", err)
	}
	if m.VisitLength() != DefaultVisitMinutes || m.ArriveEarlyMinutes != 0 {
		t.Errorf("defaults: visit %d, arrive %d", m.VisitLength(), m.ArriveEarlyMinutes)
	}
}

// TestBrokenConfigs: each broken configuration gets a message naming the
// field, the value and what is expected.
func TestBrokenConfigs(t *testing.T) {
	tests := []struct {
		name, json string
		want       []string // substrings of the error, in order
	}{
		{"truncated", `{"name": "x",`, []string{"line 1, column 14", "ends too early"}},
		{"not json", "{\n name: 1}", []string{"line 2, column 2", "invalid character"}},
		{"empty", ``, []string{"ends too early"}},
		{"wrong type", "{\n  \"name\": 42}", []string{"line 2", `field "name"`, "got a JSON number", "expected string"}},
		{"typo", `{"name":"x","colour":{}}`, []string{`unknown field "colour"`}},
		{"no name", `{"phone":"123"}`, []string{"name:", `got ""`, "the clinic's name"}},
		{"third-party logo", `{"name":"x","logo":"https://cdn.example/logo.png"}`, []string{"logo:", "cdn.example", "under /web/"}},
		{"logo escapes web", `{"name":"x","logo":"/web/../secret.svg"}`, []string{"logo:"}},
		{"bad colour", `{"name":"x","colors":{"accent":"teal"}}`, []string{"colors.accent:", `"teal"`, "#rrggbb"}},
		{"light accent", `{"name":"x","colors":{"accent":"#88ccff"}}`, []string{"colors:", "#ffffff on #88ccff", "at least 4.5:1", "colors.accent:", "#88ccff on #e8f3f1", "chosen-answer tint"}},
		{"low contrast text", `{"name":"x","colors":{"accent":"#1d4f4a","accentText":"#336666"}}`, []string{"colors:", "#336666 on #1d4f4a", "at least 4.5:1"}},
		{"bad phone", `{"name":"x","phone":"call us"}`, []string{"phone:", `"call us"`}},
		{"bad emergency", `{"name":"x","emergency":"9-1-1"}`, []string{"emergency:", "2 to 6 digits"}},
		{"bad region", `{"name":"x","region":"uk "}`, []string{"region:", "two-letter"}},
		{"http booking", `{"name":"x","booking":"http://clinic.example"}`, []string{"booking:", "https://"}},
		{"unknown language", `{"name":"x","languages":["en","fr"]}`, []string{"languages[1]:", `"fr"`, "one of en"}},
		{"bad recipient", `{"name":"x","recipient":"age1nope"}`, []string{"recipient:", "kneadform keygen"}},
		{"wildcard origin", `{"name":"x","allowedOrigins":["https://*.example"]}`, []string{"allowedOrigins[0]:", "no *"}},
		{"origin with path", `{"name":"x","allowedOrigins":["https://clinic.example/intake"]}`, []string{"allowedOrigins[0]:", "no path"}},
		{"http origin", `{"name":"x","allowedOrigins":["http://clinic.example"]}`, []string{"allowedOrigins[0]:", "only for localhost"}},
		// Issue 16: each origin lands verbatim in CSP frame-ancestors.
		{"csp directive injection", `{"name":"x","allowedOrigins":["https://a.example;sandbox"]}`, []string{"allowedOrigins[0]:", "no spaces, quotes, commas or semicolons", "';' at character 18"}},
		{"csp source injection", `{"name":"x","allowedOrigins":["https://a.example,'unsafe-inline'"]}`, []string{"allowedOrigins[0]:", "','"}},
		{"csp space injection", `{"name":"x","allowedOrigins":["https://a.example 'unsafe-eval'"]}`, []string{"allowedOrigins[0]:", "' '"}},
		{"quote", `{"name":"x","allowedOrigins":["'self'"]}`, []string{"allowedOrigins[0]:", "no scheme"}},
		{"fake loopback", `{"name":"x","allowedOrigins":["http://127.evil.example"]}`, []string{"allowedOrigins[0]:", "only for localhost"}},
		{"not canonical", `{"name":"x","allowedOrigins":["https://Clinic.example:443"]}`, []string{"allowedOrigins[0]:", `write "https://clinic.example"`}},
		{"trailing slash", `{"name":"x","allowedOrigins":["https://clinic.example/"]}`, []string{"allowedOrigins[0]:", "no path"}},
		{"kiosk minutes", `{"name":"x","kiosk":{"enabled":true}}`, []string{"kiosk.resetAfterMinutes:", `"0"`, "1 to 240"}},
		{"address control", "{\"name\":\"x\",\"address\":\"1 High St\\u0000\"}", []string{"address:", "control characters"}},
		{"blank address", `{"name":"x","address":"   "}`, []string{"address:", "readable text"}},
		{"booking with space", `{"name":"x","booking":"https://clinic.example/book now"}`, []string{"booking:", "https://"}},
		{"booking newline", `{"name":"x","booking":"https://clinic.example/\r\nX"}`, []string{"booking:"}},
		{"negative arrival", `{"name":"x","arriveEarlyMinutes":-5}`, []string{"arriveEarlyMinutes:", `"-5"`, "1 to 60"}},
		{"long arrival", `{"name":"x","arriveEarlyMinutes":90}`, []string{"arriveEarlyMinutes:", `"90"`}},
		{"short visit", `{"name":"x","visitMinutes":5}`, []string{"visitMinutes:", `"5"`, "15 to 180"}},
		{"fractional visit", `{"name":"x","visitMinutes":45.5}`, []string{`field "visitMinutes"`}},
		{"kiosk seconds", `{"name":"x","kiosk":{"enabled":true,"resetAfterMinutes":2,"resetAfterSeconds":1}}`, []string{"kiosk.resetAfterSeconds:", `"1"`, "5 to 14400"}},
		{"several", `{"name":"","phone":"?","region":"x"}`, []string{"name:", "phone:", "region:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.json))
			if err == nil {
				t.Fatal("no error")
			}
			msg, at := err.Error(), 0
			for _, w := range tt.want {
				i := strings.Index(msg[at:], w)
				if i < 0 {
					t.Fatalf("error %q lacks %q (in order)", msg, w)
				}
				at += i
			}
		})
	}
}

func TestProblemsAreTyped(t *testing.T) {
	_, err := Parse(strings.NewReader(`{"name":"x","region":"gb","emergency":"x"}`))
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 2 || ps[0].Field != "emergency" || ps[1].Field != "region" {
		t.Fatalf("err = %#v", err)
	}
}

func TestContrast(t *testing.T) {
	if r := Contrast("#000000", "#ffffff"); r < 20.9 || r > 21.1 {
		t.Errorf("black on white = %.2f, want 21", r)
	}
	if r := Contrast("#777777", "#ffffff"); r > 4.5 {
		t.Errorf("#777 on white = %.2f, want just under 4.5", r)
	}
}

func TestParseTooLarge(t *testing.T) {
	big := `{"name":"` + strings.Repeat("a", MaxConfigBytes) + `"}`
	if _, err := Parse(strings.NewReader(big)); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(goodConfig)
	f.Add(`{"name":"x","allowedOrigins":["https://a.example:8443"]}`)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(strings.NewReader(s))
		if err == nil && len(c.Validate()) > 0 {
			t.Fatal("Parse accepted a config that does not validate")
		}
	})
}
