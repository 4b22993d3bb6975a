//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// batchMount is added to the wasm's copy of go-app (kfmount.go): it mounts
// a new element and everything under it with one call into JavaScript
// (kneadformBuild, which app/server/appjs.go adds to app.js) instead of
// one call per element, attribute, text and appendChild, then takes back
// the created nodes in the same order. Mounting a page is most of a step
// change (issue 12: ~100 new elements a step, ~1 ms each at 4× CPU, mostly
// wasm↔JavaScript crossings and the finalizer of each js.Value).
//
// What is built is what go-app's mountHTML would build: the same tags and
// namespaces, attributes set as go-app's setJSAttribute sets them (value,
// contentEditable and the boolean ones as properties, the rest with
// setAttribute), texts as text nodes, children in order. Components and
// raw HTML inside the tree get an empty comment in their place, are
// mounted by go-app as before, and replace their comment. Event handlers
// are added by go-app as before, once the element exists. Without
// kneadformBuild (an app.js go-app wrote without the patch) go-app mounts
// as before.
const batchMount = `// Added by kneadform wasm-goapp (cmd/kneadform/wasmgoapp_mount.go): mount a
// new tree with one call into JavaScript.

package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

var (
	batchBuilder Value
	batchChecked bool
	batchOK      bool
)

// batchBuild reports whether app.js has kneadformBuild (and no test set
// kneadformNoBatch to compare with go-app's own mounting).
func batchBuild() bool {
	if !batchChecked {
		batchChecked = true
		batchBuilder = Window().Get("kneadformBuild")
		batchOK = batchBuilder != nil && batchBuilder.Truthy() && !Window().Get("kneadformNoBatch").Truthy()
	}
	return batchOK
}

// batchInline reports whether v is built by kneadformBuild itself (an
// unmounted text or element); anything else gets a placeholder.
func batchInline(v UI) bool {
	switch v := v.(type) {
	case *text:
		return !v.Mounted()
	case HTML:
		return !v.Mounted()
	}
	return false
}

func (m nodeManager) batchMountHTML(ctx Context, depth uint, root HTML) (UI, error) {
	var b strings.Builder
	batchEncode(ctx, &b, root)
	nodes := batchBuilder.Invoke(b.String())
	i := 0
	return m.batchAttach(ctx, depth, root, nodes, &i)
}

func batchString(b *strings.Builder, s string) {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	b.WriteString(s)
	b.WriteByte(0)
}

// batchAttr is how setJSAttribute sets the attribute name: "a" setAttribute,
// "p" a string property, "b" a boolean property; and the JavaScript name.
func batchAttr(name string) (kind byte, js string) {
	switch name {
	case "value":
		return 'p', name
	case "contenteditable":
		return 'p', "contentEditable"
	case "ismap":
		return 'b', "isMap"
	case "readonly":
		return 'b', "readOnly"
	case "async", "autofocus", "autoplay", "checked", "default", "defer", "disabled", "hidden",
		"loop", "multiple", "muted", "open", "required", "reversed", "selected":
		return 'b', name
	}
	return 'a', name
}

// batchEncode writes v and its subtree in pre-order:
// text "T", value; element "E", tag, namespace, attribute count, (kind+name,
// value)..., child count, children; anything else "P" (a placeholder).
func batchEncode(ctx Context, b *strings.Builder, v UI) {
	if !batchInline(v) {
		b.WriteString("P\x00")
		return
	}
	switch v := v.(type) {
	case *text:
		b.WriteString("T\x00")
		batchString(b, v.value)
	case HTML:
		b.WriteString("E\x00")
		batchString(b, v.Tag())
		batchString(b, v.XMLNamespace())
		attrs := v.attrs()
		b.WriteString(strconv.Itoa(len(attrs)))
		b.WriteByte(0)
		for name, value := range attrs {
			value = resolveAttributeURLValue(name, value, ctx.ResolveStaticResource)
			kind, js := batchAttr(name)
			b.WriteByte(kind)
			batchString(b, js)
			if kind == 'b' {
				if on, _ := strconv.ParseBool(value); on {
					value = "1"
				} else {
					value = ""
				}
			}
			batchString(b, value)
		}
		children := v.body()
		b.WriteString(strconv.Itoa(len(children)))
		b.WriteByte(0)
		for _, c := range children {
			batchEncode(ctx, b, c)
		}
	}
}

// batchAttach takes the created nodes back in the order batchEncode wrote
// them, adds the event handlers, and mounts what got a placeholder.
func (m nodeManager) batchAttach(ctx Context, depth uint, v UI, nodes Value, i *int) (UI, error) {
	ctx = m.context(ctx, v)
	switch v := v.(type) {
	case *text:
		v.jsvalue = nodes.Index(*i)
		*i++
		return v, nil
	case HTML:
		v = v.setJSElement(nodes.Index(*i))
		*i++
		m.mountHTMLEventHandlers(ctx, v)
		v = v.setDepth(depth).(HTML)
		children := v.body()
		for k, child := range children {
			var err error
			if batchInline(child) {
				child, err = m.batchAttach(ctx, depth+1, child, nodes, i)
			} else {
				placeholder := nodes.Index(*i)
				*i++
				if child, err = m.Mount(ctx, depth+1, child); err == nil {
					v.JSValue().replaceChild(child, placeholder)
				}
			}
			if err != nil {
				return nil, err
			}
			child = child.setParent(v)
			children[k] = child
		}
		return v, nil
	}
	return nil, errors.New("unsupported element")
}
`

// mountHTML as go-app v10.1.11 writes it, where the batch path goes in.
const mountHTMLCreate = "\tjsElement, _ := Window().createElement(v.Tag(), v.XMLNamespace())\n\tv = v.setJSElement(jsElement)\n\tm.mountHTMLAttributes(ctx, v)\n"

// patchMount adds kfmount.go (batchMount) and the batch path to go-app's
// mountHTML in node.go.
func patchMount(pkg string, files map[string][]byte) error {
	n, err := os.ReadFile(filepath.Join(pkg, "node.go"))
	if err != nil {
		return err
	}
	if bytes.Count(n, []byte(mountHTMLCreate)) != 1 {
		return fmt.Errorf("%s/node.go changed (mountHTML): review wasm-goapp", pkg)
	}
	files["node.go"] = bytes.Replace(n, []byte(mountHTMLCreate),
		[]byte("\tif batchBuild() {\n\t\treturn m.batchMountHTML(ctx, depth, v)\n\t}\n"+mountHTMLCreate), 1)
	if err := checkNoClash(pkg, batchMount); err != nil {
		return err
	}
	files["kfmount.go"] = []byte(batchMount)
	return nil
}
