package ui

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goApp = "github.com/maxence-charriere/go-app/v10/pkg/app"

// TestOneElementType: the screens build their HTML with app/ui/el (one go-app
// type for every element), never with go-app's typed constructors
// (app.Div, app.P, ...). Each typed constructor brings its own Go type with
// its own copy of go-app's element methods, which the browser compiles
// again the first time the type renders (issue 12: 203 compiles before the
// welcome page could mount; docs/performance.md, tenth round).
func TestOneElementType(t *testing.T) {
	typed := typedConstructors(t)
	if len(typed) < 100 {
		t.Fatalf("found only %d typed element constructors in go-app's html_gen.go", len(typed))
	}
	files := 0
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		files++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		name := goAppName(f)
		if name == "" {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == name && typed[sel.Sel.Name] {
				t.Errorf("%s: %s.%s: build it with app/ui/el (el.%s or app.Elem), not go-app's typed constructor",
					fset.Position(sel.Pos()), name, sel.Sel.Name, sel.Sel.Name)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d files under app/ui", files)
	}
}

// typedConstructors lists go-app's functions that return one of its typed
// element interfaces (func Div() HTMLDiv ...), read from its source.
func typedConstructors(t *testing.T) map[string]bool {
	pkg, err := build.Import(goApp, ".", build.FindOnly)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(pkg.Dir, "html_gen.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv != nil || fn.Type.Results == nil || len(fn.Type.Results.List) != 1 {
			continue
		}
		res, ok := fn.Type.Results.List[0].Type.(*ast.Ident)
		if ok && strings.HasPrefix(res.Name, "HTML") && res.Name != "HTMLElem" && res.Name != "HTMLElemSelfClosing" {
			out[fn.Name.Name] = true
		}
	}
	return out
}

// goAppName is the name under which f imports go-app's app package ("" if
// it does not).
func goAppName(f *ast.File) string {
	for _, imp := range f.Imports {
		if strings.Trim(imp.Path.Value, `"`) != goApp {
			continue
		}
		if imp.Name != nil {
			return imp.Name.Name
		}
		return "app"
	}
	return ""
}
