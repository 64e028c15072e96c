// DocsSite: small enhancements; every page reads and works without this file.
(function () {
  "use strict";
  var root = document.documentElement;
  // Set before the first paint (this file loads in <head>): the controls that need script show without a layout shift.
  root.classList.add("js");
  var stored = null;
  try { stored = localStorage.getItem("theme"); } catch (e) { /* storage may be off */ }
  if (stored === "dark" || stored === "light") root.setAttribute("data-theme", stored);

  function ready() {
    var wide = window.matchMedia("(min-width: 64rem)");
    // Browsers without ::details-content cannot show a closed <details> as a sidebar: open it.
    if (!(window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) {
      var sync = function () {
        document.querySelectorAll(".menu").forEach(function (d) { if (wide.matches) d.open = true; });
        document.querySelectorAll(".toc").forEach(function (d) { if (window.matchMedia("(min-width: 80rem)").matches) d.open = true; });
      };
      sync();
      wide.addEventListener("change", sync);
    }

    var toggle = document.querySelector(".theme-toggle");
    if (toggle) {
      var dark = function () {
        var chosen = root.getAttribute("data-theme");
        return chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
      };
      var show = function () { toggle.setAttribute("aria-pressed", dark() ? "true" : "false"); };
      show();
      toggle.addEventListener("click", function () {
        var next = dark() ? "light" : "dark";
        root.setAttribute("data-theme", next);
        try { localStorage.setItem("theme", next); } catch (e) { /* the choice lasts this page only */ }
        show();
      });
    }

    document.querySelectorAll("pre > code").forEach(function (code) {
      if (!navigator.clipboard) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.innerText).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        });
      });
      code.parentNode.appendChild(button);
    });

    // A link into a closed <details> (a reference in a collapsed list) opens it first.
    var reveal = function () {
      var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      for (var d = target && target.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
      if (target) target.scrollIntoView();
    };
    window.addEventListener("hashchange", reveal);
    if (location.hash) reveal();

    // Search costs nothing until it is used: search.js loads when the box is focused ("/" focuses it).
    var form = document.querySelector("form.search");
    if (form) {
      var input = form.querySelector("input"), loaded = false;
      input.addEventListener("focus", function () {
        if (loaded) return;
        loaded = true;
        var script = document.createElement("script");
        script.src = form.parentNode.getAttribute("data-search");
        document.head.appendChild(script);
      });
      // Enter opens the search page even before search.js has loaded (the page's CSP blocks a plain submit).
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var q = input.value.trim(), page = form.parentNode.getAttribute("data-results");
        if (page && q) location.href = page + "?q=" + encodeURIComponent(q);
      });
      document.addEventListener("keydown", function (e) {
        var t = e.target.tagName;
        if (e.key === "/" && t !== "INPUT" && t !== "TEXTAREA" && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); input.focus(); }
      });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready); else ready();
})();
