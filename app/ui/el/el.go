// Package el builds the HTML elements of every screen, all as one go-app
// type (app.Elem and app.ElemSelfClosing) rather than go-app's typed
// constructors (app.Div, app.P, ...).
//
// Why: go-app generates a Go type per HTML element, each with its own copy
// of about 20 methods (Body, Class, setParent, Mount...). The browser
// compiles each wasm function the first time it runs, so the welcome page's
// 14 element types cost 203 compiles before it could mount (15–17 ms at 1×
// CPU, traced), and every page with a new element type paid more in its
// step change; the 43 types also made up 185 KB of the wasm's code. With
// one type they are compiled once. docs/performance.md, tenth round.
//
// An element's own attributes are set with Attr, as go-app's typed methods
// set them: .Attr("href", u) for .Href(u), .Attr("checked", b) for
// .Checked(b). TestOneElementType (app/ui) keeps the typed constructors out.
package el

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// A is an <a> element.
func A() app.HTMLElem { return app.Elem("a") }

// Button is a <button> element.
func Button() app.HTMLElem { return app.Elem("button") }

// Caption is a <caption> element.
func Caption() app.HTMLElem { return app.Elem("caption") }

// Code is a <code> element.
func Code() app.HTMLElem { return app.Elem("code") }

// Dd is a <dd> element.
func Dd() app.HTMLElem { return app.Elem("dd") }

// Details is a <details> element.
func Details() app.HTMLElem { return app.Elem("details") }

// Div is a <div> element.
func Div() app.HTMLElem { return app.Elem("div") }

// Dl is a <dl> element.
func Dl() app.HTMLElem { return app.Elem("dl") }

// Dt is a <dt> element.
func Dt() app.HTMLElem { return app.Elem("dt") }

// FieldSet is a <fieldset> element.
func FieldSet() app.HTMLElem { return app.Elem("fieldset") }

// FigCaption is a <figcaption> element.
func FigCaption() app.HTMLElem { return app.Elem("figcaption") }

// Figure is a <figure> element.
func Figure() app.HTMLElem { return app.Elem("figure") }

// Footer is a <footer> element.
func Footer() app.HTMLElem { return app.Elem("footer") }

// Form is a <form> element.
func Form() app.HTMLElem { return app.Elem("form") }

// H1 is a <h1> element.
func H1() app.HTMLElem { return app.Elem("h1") }

// H2 is a <h2> element.
func H2() app.HTMLElem { return app.Elem("h2") }

// H3 is a <h3> element.
func H3() app.HTMLElem { return app.Elem("h3") }

// H4 is a <h4> element.
func H4() app.HTMLElem { return app.Elem("h4") }

// Header is a <header> element.
func Header() app.HTMLElem { return app.Elem("header") }

// Label is a <label> element.
func Label() app.HTMLElem { return app.Elem("label") }

// Legend is a <legend> element.
func Legend() app.HTMLElem { return app.Elem("legend") }

// Li is a <li> element.
func Li() app.HTMLElem { return app.Elem("li") }

// Main is a <main> element.
func Main() app.HTMLElem { return app.Elem("main") }

// Ol is a <ol> element.
func Ol() app.HTMLElem { return app.Elem("ol") }

// Option is a <option> element.
func Option() app.HTMLElem { return app.Elem("option") }

// P is a <p> element.
func P() app.HTMLElem { return app.Elem("p") }

// Pre is a <pre> element.
func Pre() app.HTMLElem { return app.Elem("pre") }

// Progress is a <progress> element.
func Progress() app.HTMLElem { return app.Elem("progress") }

// Section is a <section> element.
func Section() app.HTMLElem { return app.Elem("section") }

// Select is a <select> element.
func Select() app.HTMLElem { return app.Elem("select") }

// Span is a <span> element.
func Span() app.HTMLElem { return app.Elem("span") }

// Strong is a <strong> element.
func Strong() app.HTMLElem { return app.Elem("strong") }

// Summary is a <summary> element.
func Summary() app.HTMLElem { return app.Elem("summary") }

// TBody is a <tbody> element.
func TBody() app.HTMLElem { return app.Elem("tbody") }

// THead is a <thead> element.
func THead() app.HTMLElem { return app.Elem("thead") }

// Table is a <table> element.
func Table() app.HTMLElem { return app.Elem("table") }

// Td is a <td> element.
func Td() app.HTMLElem { return app.Elem("td") }

// Textarea is a <textarea> element.
func Textarea() app.HTMLElem { return app.Elem("textarea") }

// Th is a <th> element.
func Th() app.HTMLElem { return app.Elem("th") }

// Time is a <time> element.
func Time() app.HTMLElem { return app.Elem("time") }

// Tr is a <tr> element.
func Tr() app.HTMLElem { return app.Elem("tr") }

// Ul is a <ul> element.
func Ul() app.HTMLElem { return app.Elem("ul") }

// Img is an <img> element (it has no closing tag).
func Img() app.HTMLElemSelfClosing { return app.ElemSelfClosing("img") }

// Input is an <input> element (it has no closing tag).
func Input() app.HTMLElemSelfClosing { return app.ElemSelfClosing("input") }
