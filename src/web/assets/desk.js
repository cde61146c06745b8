// The desk's keyboard: a checker works a queue without the mouse. Every key is also a link or
// a form control on the page, so nothing here is needed to use the desk; it only saves hands.
//   j / k     next / previous statement (a card in the queue, a page elsewhere)
//   v e i d u p w choose verified, partly verified (with an excepted part), incorrect, disputed,
//                 unverifiable, in progress, waived
//   o         open the current statement's page
//   Escape    leave a field, back to the statement
//   ?         show or hide the keys
// It also keeps the pages live: see "Live updates" below.
(function () {
  "use strict";
  var STATUS_KEYS = { v: "verified", e: "partly-verified", i: "incorrect", d: "disputed", u: "unverifiable", p: "in-progress", w: "waived" };

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  function cards() { return Array.prototype.slice.call(document.querySelectorAll("[data-card]")); }

  function currentCard() {
    var el = document.activeElement;
    while (el && el !== document.body) {
      if (el.hasAttribute && el.hasAttribute("data-card")) return el;
      el = el.parentElement;
    }
    var all = cards();
    return all.length === 1 ? all[0] : null;
  }

  function focusCard(card) {
    if (!card) return;
    cards().forEach(function (c) { c.classList.remove("current"); });
    card.classList.add("current");
    card.focus();
    card.scrollIntoView({ block: "nearest" });
    if (history.replaceState && card.id) history.replaceState(null, "", "#" + card.id);
  }

  function move(step) {
    var all = cards();
    if (!document.querySelector("[data-queue]")) {
      var link = document.querySelector(step > 0 ? "a[rel=next]" : "a[rel=prev]");
      if (link) window.location.href = link.href;
      return;
    }
    var at = all.indexOf(currentCard());
    var next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
    focusCard(all[next]);
  }

  function chooseStatus(card, status) {
    var scope = card || document;
    var radio = scope.querySelector("input[name=status][value=" + status + "]");
    if (!radio) return;
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    var field = scope.querySelector("[data-after-status]");
    if (field) field.focus();
  }

  function addSource(button) {
    var list = document.getElementById(button.getAttribute("data-add-source"));
    if (!list) return;
    var rows = list.querySelectorAll("[data-source]");
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    var n = rows.length;
    copy.querySelectorAll("input, select, label, legend").forEach(function (el) {
      ["name", "id", "for"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replace(/s\d+_/, "s" + n + "_"));
      });
      if (el.tagName === "INPUT") el.value = "";
      if (el.tagName === "LEGEND") el.textContent = "Source " + (n + 1);
    });
    list.appendChild(copy);
    copy.querySelector("select, input").focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-add-source]");
    if (button) { event.preventDefault(); addSource(button); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && typing(document.activeElement)) {
      var card = currentCard();
      document.activeElement.blur();
      if (card) focusCard(card);
      return;
    }
    if (typing(document.activeElement)) return;
    var key = event.key;
    if (key === "j") { event.preventDefault(); move(1); }
    else if (key === "k") { event.preventDefault(); move(-1); }
    else if (STATUS_KEYS[key]) { event.preventDefault(); chooseStatus(currentCard(), STATUS_KEYS[key]); }
    else if (key === "o") {
      var card = currentCard();
      var open = card && card.querySelector("a[data-open]");
      if (open) window.location.href = open.href;
    } else if (key === "?") {
      var keys = document.getElementById("keys");
      if (keys) { keys.open = !keys.open; keys.querySelector("summary").focus(); }
    }
  });

  // Live updates: the server's event stream (GET /events) says what changed; each [data-live]
  // region then re-fetches itself (htmx: hx-trigger="desk-changed from:body"). The stream opens
  // once the page has loaded and closes when the page is left, so a page kept in the browser's
  // back-forward cache holds no connection (six of those would stall every other request).
  var EVENTS = ["check", "assignment", "ingest", "revision", "gate", "query", "lagged"];
  var stream = null;
  function listen() {
    var url = document.body && document.body.getAttribute("data-events");
    if (stream || !url || !window.EventSource) return;
    stream = new EventSource(url);
    EVENTS.forEach(function (name) {
      stream.addEventListener(name, function () {
        if (window.htmx) window.htmx.trigger(document.body, "desk-changed");
      });
    });
  }
  window.addEventListener("pageshow", listen);
  window.addEventListener("pagehide", function () {
    if (stream) { stream.close(); stream = null; }
  });

  // A refresh never lands while the reviewer is filling a form in the region, and the
  // statement they were on keeps the focus.
  var focusedCard = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var region = event.detail.elt;
    if (!region.hasAttribute || !region.hasAttribute("data-live")) return;
    var active = document.activeElement;
    if (active && region.contains(active) && active.closest("form")) { event.preventDefault(); return; }
    var card = currentCard();
    focusedCard = card && card.id;
  });
  document.addEventListener("htmx:afterSettle", function () {
    var card = focusedCard && document.getElementById(focusedCard);
    if (card) focusCard(card);
    focusedCard = null;
  });

  function start() {
    var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target && target.hasAttribute("data-card")) focusCard(target);
    else if (document.querySelector("[data-queue]") && cards().length) focusCard(cards()[0]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
