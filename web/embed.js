/*
 * Kneadform embed script: one <script> plus one element on a clinic's page.
 *
 *   <script src="https://intake.clinic.example/web/embed.js" defer></script>
 *   <div data-kneadform="https://intake.clinic.example"></div>
 *
 * It turns every [data-kneadform] element into an iframe of the app that
 * grows and shrinks with its content, and re-dispatches the app's events
 * on the element as DOM events (they bubble):
 *
 *   kneadform:ready      detail {id}
 *   kneadform:step       detail {id, step}
 *   kneadform:tier       detail {id, tier}         the tier only, never answers
 *   kneadform:completed  detail {id, tier[, summary]}  summary only if the clinic allows it
 *
 * Options (attributes on the element):
 *   data-kneadform-id     an id for this embed (letters, digits, - and _), default kneadform-1, -2, ...
 *   data-kneadform-title  the iframe's accessible title, default "Back massage intake form"
 *   data-kneadform-popup  a button label: show a button that opens the form in a dialog instead
 *
 * Messages are accepted only from the app's origin and from this embed's
 * own iframe; the app posts only to origins listed in the clinic's
 * configuration (allowedOrigins), never to "*". Options travel in the URL
 * fragment, so the app's offline cache matches the iframe's URL.
 * Documented in docs/embedding.md. No dependencies, no cookies, no storage.
 */
(function () {
  "use strict";

  var NS = "kneadform";
  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 20000; // a bound, whatever a message says
  var count = 0;
  var ID = /^[A-Za-z0-9_-]{1,40}$/;

  function appOrigin(el) {
    try {
      return new URL(el.getAttribute("data-kneadform"), document.baseURI).origin;
    } catch (e) {
      return "";
    }
  }

  function makeFrame(el, origin, id) {
    var frame = document.createElement("iframe");
    frame.src = origin + "/#embed=" + encodeURIComponent(id);
    frame.title = el.getAttribute("data-kneadform-title") || "Back massage intake form";
    frame.loading = "lazy";
    frame.allow = "screen-wake-lock; fullscreen";
    frame.referrerPolicy = "origin";
    frame.setAttribute("scrolling", "no");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.height = "640px";
    return frame;
  }

  function listen(el, frame, origin, id) {
    window.addEventListener("message", function (e) {
      if (e.origin !== origin || e.source !== frame.contentWindow) return;
      var d = e.data;
      if (!d || typeof d !== "object" || d.ns !== NS || d.id !== id || typeof d.type !== "string") return;
      if (d.type === "resize") {
        var h = Number(d.height);
        if (isFinite(h)) {
          frame.style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h))) + "px";
        }
        return;
      }
      if (["ready", "step", "tier", "completed"].indexOf(d.type) < 0) return;
      var detail = { id: id };
      if (typeof d.step === "string") detail.step = d.step;
      if (typeof d.tier === "string") detail.tier = d.tier;
      if (d.type === "completed" && d.summary) detail.summary = d.summary;
      el.dispatchEvent(new CustomEvent(NS + ":" + d.type, { detail: detail, bubbles: true }));
    });
  }

  function inline(el, origin, id) {
    var frame = makeFrame(el, origin, id);
    el.appendChild(frame);
    listen(el, frame, origin, id);
  }

  function popup(el, origin, id, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    var dialog = document.createElement("dialog");
    dialog.setAttribute("aria-label", el.getAttribute("data-kneadform-title") || "Back massage intake form");
    dialog.style.width = "min(100vw, 32rem)";
    dialog.style.maxHeight = "100vh";
    dialog.style.padding = "0";
    dialog.style.border = "0";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.style.margin = "0.5rem";
    close.addEventListener("click", function () { dialog.close(); button.focus(); });
    var frame = makeFrame(el, origin, id);
    frame.loading = "eager";
    dialog.appendChild(close);
    dialog.appendChild(frame);
    button.addEventListener("click", function () { dialog.showModal(); });
    el.appendChild(button);
    el.appendChild(dialog);
    listen(el, frame, origin, id);
  }

  function init(el) {
    if (el.getAttribute("data-kneadform-ready")) return;
    var origin = appOrigin(el);
    if (!origin || origin === "null") {
      console.error("kneadform: data-kneadform must be the app's address, e.g. https://intake.clinic.example");
      return;
    }
    el.setAttribute("data-kneadform-ready", "1");
    count++;
    var id = el.getAttribute("data-kneadform-id") || NS + "-" + count;
    if (!ID.test(id)) {
      console.error("kneadform: data-kneadform-id may hold only letters, digits, - and _ (40 at most)");
      return;
    }
    var label = el.getAttribute("data-kneadform-popup");
    if (label) popup(el, origin, id, label);
    else inline(el, origin, id);
  }

  function start() {
    var els = document.querySelectorAll("[data-kneadform]");
    for (var i = 0; i < els.length; i++) init(els[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
