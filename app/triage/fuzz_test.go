package triage

import (
	"encoding/json"
	"testing"

	"kneadform/app/intake"
)

// FuzzEvaluateJSON decodes arbitrary bytes as answers JSON, leniently (no
// cleaning, so unknown values reach the rules), and evaluates them: Evaluate
// must never panic and every outcome invariant must hold.
func FuzzEvaluateJSON(f *testing.F) {
	seeds := []string{
		`{}`,
		`null`,
		`{"redFlags":{"saddle":"unsure","ill":"yes"},"spread":"both-legs"}`,
		`{"regions":["low-left"],"pain":{"low-left":9,"neck":-4,"x":99},"duration":"days","onset":"lifting"}`,
		`{"conditions":["osteoporosis","bleeding","surgery"],"surgeryWhen":"under-1-year","focus":["low-left"],"feelings":["aching"],"duration":"3-months"}`,
		`{"skin":{"neck":["rash","wound"],"elbow":["x"]},"avoid":["neck","??"],"pregnant":"unsure","ageBand":"65-plus"}`,
		`{"medications":"Xarelto","training":"under-24h","allergies":["nut-oils","latex"],"moves":{"bend":"too-painful"}}`,
		`{"function":{"groceries":"cannot","sit-30":"cannot"},"feelings":["numb","tingling"],"spread":"one-leg"}`,
		`{"redFlags":{"both-legs":"yes","night":"yes"},"bothLegs":"known-walking","nightEases":"yes","spread":"both-legs","conditions":["stenosis"],"reviewed":"yes"}`,
		`{"redFlags":{"both-legs":"yes"},"bothLegs":"known-stretch","feelings":["shooting"],"neck":["dizzy","arm","??"],"comfort":["reflux","x"]}`,
		`{"skin":{"neck":["rash"]},"rashKnown":"yes","conditions":["surgery"],"surgeryAreas":["low-left","elbow"],"regions":["neck"],"focus":["neck"]}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var a intake.Answers
		if json.Unmarshal(b, &a) != nil {
			return
		}
		o := Evaluate(&a)
		checkOutcome(t, &a, o)
	})
}
