package clinic

import (
	"fmt"
	"net/url"
	"strconv"
)

// The server hands the validated configuration to the browser in go-app's
// environment, baked into app.js. It travels as a URL-encoded form
// (EncodeEnv), not JSON: decoding JSON into a Config in the browser went
// through encoding/json's reflection, and with Validate it was about 200 of
// the functions V8 compiled before the first page could mount
// (docs/performance.md, eighth round). DecodeEnv reads the
// form field by field. The browser does not validate again: the server and
// the static build refuse an invalid configuration, and the app copes with
// any value (an unknown language, a colour the browser rejects).

// envField is one field of the form: its key, how to write it, and how to
// read it back into a Config.
type envField struct {
	key string
	get func(c *Config) []string
	set func(c *Config, vs []string) error
}

// text, number, flag and list make the envField of a field of each kind;
// a zero value is left out of the form.
func text(key string, p func(c *Config) *string) envField {
	return envField{key, func(c *Config) []string {
		if s := *p(c); s != "" {
			return []string{s}
		}
		return nil
	}, func(c *Config, vs []string) error {
		if len(vs) != 1 {
			return fmt.Errorf("%d values", len(vs))
		}
		*p(c) = vs[0]
		return nil
	}}
}

func number(key string, p func(c *Config) *int) envField {
	return envField{key, func(c *Config) []string {
		if n := *p(c); n != 0 {
			return []string{strconv.Itoa(n)}
		}
		return nil
	}, func(c *Config, vs []string) error {
		if len(vs) != 1 {
			return fmt.Errorf("%d values", len(vs))
		}
		n, err := strconv.Atoi(vs[0])
		*p(c) = n
		return err
	}}
}

func flag(key string, p func(c *Config) *bool) envField {
	return envField{key, func(c *Config) []string {
		if *p(c) {
			return []string{"1"}
		}
		return nil
	}, func(c *Config, vs []string) error {
		if len(vs) != 1 || vs[0] != "1" {
			return fmt.Errorf("want one value 1, got %q", vs)
		}
		*p(c) = true
		return nil
	}}
}

func list(key string, p func(c *Config) *[]string) envField {
	return envField{key, func(c *Config) []string { return *p(c) },
		func(c *Config, vs []string) error {
			*p(c) = append([]string(nil), vs...)
			return nil
		}}
}

// envFields lists every field of Config. TestEnvCoversEveryField fails when
// a field is added to Config and not here.
var envFields = []envField{
	text("name", func(c *Config) *string { return &c.Name }),
	text("logo", func(c *Config) *string { return &c.Logo }),
	text("colors.accent", func(c *Config) *string { return &c.Colors.Accent }),
	text("colors.accentText", func(c *Config) *string { return &c.Colors.AccentText }),
	text("phone", func(c *Config) *string { return &c.Phone }),
	text("emergency", func(c *Config) *string { return &c.Emergency }),
	text("region", func(c *Config) *string { return &c.Region }),
	text("address", func(c *Config) *string { return &c.Address }),
	text("booking", func(c *Config) *string { return &c.Booking }),
	number("arriveEarlyMinutes", func(c *Config) *int { return &c.ArriveEarlyMinutes }),
	number("visitMinutes", func(c *Config) *int { return &c.VisitMinutes }),
	list("languages", func(c *Config) *[]string { return &c.Languages }),
	text("recipient", func(c *Config) *string { return &c.Recipient }),
	list("allowedOrigins", func(c *Config) *[]string { return &c.AllowedOrigins }),
	flag("postSummary", func(c *Config) *bool { return &c.PostSummary }),
	flag("kiosk.enabled", func(c *Config) *bool { return &c.Kiosk.Enabled }),
	number("kiosk.resetAfterMinutes", func(c *Config) *int { return &c.Kiosk.ResetAfterMinutes }),
	number("kiosk.resetAfterSeconds", func(c *Config) *int { return &c.Kiosk.ResetAfterSeconds }),
}

// EncodeEnv writes c as a URL-encoded form (keys sorted, zero values left
// out), for go-app's environment.
func EncodeEnv(c Config) string {
	v := url.Values{}
	for _, f := range envFields {
		if vs := f.get(&c); len(vs) > 0 {
			v[f.key] = vs
		}
	}
	return v.Encode()
}

// DecodeEnv reads what EncodeEnv wrote. A malformed form, an unknown key or
// a value of the wrong kind is an error, never a panic.
func DecodeEnv(s string) (Config, error) {
	var c Config
	v, err := url.ParseQuery(s)
	if err != nil {
		return Config{}, err
	}
	for key, vs := range v {
		f := findEnvField(key)
		if f == nil {
			return Config{}, fmt.Errorf("unknown field %q", key)
		}
		if err := f.set(&c, vs); err != nil {
			return Config{}, fmt.Errorf("field %q: %v", key, err)
		}
	}
	return c, nil
}

func findEnvField(key string) *envField {
	for i := range envFields {
		if envFields[i].key == key {
			return &envFields[i]
		}
	}
	return nil
}
