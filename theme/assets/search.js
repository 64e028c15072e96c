// DocsSite search, loaded by site.js when the search box is first focused; it fetches search-index.json from this site and nothing else.
// On the search page (search/?q=...) it also draws the full results, and the page loads it at once.
(function () {
  "use strict";
  // site.js may load this file again on the search page: one copy does the work.
  if (window.docsSiteSearch) return;
  window.docsSiteSearch = true;
  var tools = document.querySelector("[data-root]");
  var root = tools ? tools.getAttribute("data-root") : "";
  var index = null, loading = null;

  function load() {
    if (!loading) loading = fetch(root + "search-index.json").then(function (r) { return r.json(); }).then(function (data) {
      index = data.pages.map(function (p) {
        return { u: p.u, t: p.t, tl: p.t.toLowerCase(), k: (p.k || "").toLowerCase(),
          s: p.s.map(function (s) { return { i: s[0], h: s[1], hl: s[1].toLowerCase(), x: s[2], xl: s[2].toLowerCase() }; }) };
      });
    });
    return loading;
  }

  function terms(q) { return q.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 1; }); }

  function search(q, most, hitsEach) {
    var words = terms(q), pages = [];
    if (!words.length) return pages;
    index.forEach(function (p) {
      var hits = [], best = 0, titled = words.every(function (w) { return p.tl.indexOf(w) >= 0 || p.k.indexOf(w) >= 0; });
      p.s.forEach(function (s) {
        var score = 0, own = false;
        for (var i = 0; i < words.length; i++) {
          var w = words[i], here = 0;
          if (p.tl.indexOf(w) >= 0) here += 8;
          if (p.k.indexOf(w) >= 0) here += 6;
          if (s.hl.indexOf(w) >= 0) { here += 5; own = true; }
          if (s.xl.indexOf(w) >= 0) { here += 1; own = true; }
          if (!here) return;
          score += here;
        }
        // A section is a hit for its own words, not only because the page's title matches.
        if (!own) return;
        hits.push({ s: s, score: score });
        if (score > best) best = score;
      });
      if (hits.length || titled) {
        hits.sort(function (a, b) { return b.score - a.score; });
        pages.push({ p: p, hits: hits.slice(0, hitsEach), score: (titled ? 20 : 0) + best + hits.length / 10 });
      }
    });
    pages.sort(function (a, b) { return b.score - a.score; });
    var best = pages.slice(0, most);
    best.total = pages.length;
    return best;
  }

  // Text with the query's words in <mark>, built as nodes so page text is never parsed as HTML.
  function marked(text, words) {
    var frag = document.createDocumentFragment(), lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, len = 0;
      words.forEach(function (w) { var i = lower.indexOf(w, at); if (i >= 0 && (next < 0 || i < next)) { next = i; len = w.length; } });
      if (next < 0) break;
      frag.appendChild(document.createTextNode(text.slice(at, next)));
      var m = document.createElement("mark");
      m.textContent = text.slice(next, next + len);
      frag.appendChild(m);
      at = next + len;
    }
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  function snippet(text, words) {
    var lower = text.toLowerCase(), first = -1;
    words.forEach(function (w) { var i = lower.indexOf(w); if (i >= 0 && (first < 0 || i < first)) first = i; });
    if (first < 0) return text.slice(0, 140) + (text.length > 140 ? "…" : "");
    var start = Math.max(0, first - 50);
    return (start > 0 ? "…" : "") + text.slice(start, start + 150) + (start + 150 < text.length ? "…" : "");
  }

  // The list of sections of one result: a link to each, its heading and a snippet with the words marked.
  function hitList(r, words, item) {
    var list = document.createElement("ul");
    r.hits.forEach(function (h) {
      if (!h.s.i && !h.s.x) return;
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = root + r.p.u + (h.s.i ? "#" + h.s.i : "");
      if (h.s.h) { var b = document.createElement("strong"); b.appendChild(marked(h.s.h, words)); a.appendChild(b); }
      var p = document.createElement(item);
      p.appendChild(marked(snippet(h.s.x, words), words));
      a.appendChild(p);
      li.appendChild(a);
      list.appendChild(li);
    });
    return list;
  }

  function found(results, q) {
    return results.length ? results.length + (results.length === 1 ? " page" : " pages") + " found" : "No results for “" + q + "”";
  }

  // The header's box: results drop down under it; Enter opens the search page.
  var form = document.querySelector("form.search");
  var input = form && form.querySelector("input");
  var panel = document.getElementById("search-results");
  var resultsPage = tools && tools.getAttribute("data-results");

  function show(q) {
    var words = terms(q), results = search(q, 8, 3);
    if (panel.getAttribute("data-query") === q && !panel.hidden) return;
    panel.textContent = "";
    panel.setAttribute("data-query", q);
    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    status.textContent = found(results, q);
    panel.appendChild(status);
    results.forEach(function (r) {
      var group = document.createElement("section");
      var title = document.createElement("a");
      title.className = "search-page";
      title.href = root + r.p.u;
      title.appendChild(marked(r.p.t, words));
      group.appendChild(title);
      var list = hitList(r, words, "span");
      if (list.childNodes.length) group.appendChild(list);
      panel.appendChild(group);
    });
    open(true);
  }

  function open(on) {
    panel.hidden = !on;
  }

  function links() { return Array.prototype.slice.call(panel.querySelectorAll("a")); }

  var timer;
  if (form) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { open(false); return; }
      timer = setTimeout(function () { load().then(function () { show(q); }); }, 120);
    });
    // With a search page, site.js opens it on Enter; without one, Enter follows the first result.
    form.addEventListener("submit", function () {
      var first = links()[0];
      if (!resultsPage && first) first.click();
    });
    form.addEventListener("keydown", function (e) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && all.length) { e.preventDefault(); all[Math.min(at + 1, all.length - 1)].focus(); }
      else if (e.key === "ArrowUp" && at >= 0) { e.preventDefault(); if (at === 0) input.focus(); else all[at - 1].focus(); }
      else if (e.key === "Escape") { open(false); input.focus(); }
    });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) open(false); });
    // Anything typed while this file was loading is searched now.
    if (document.activeElement === input) load().then(function () { if (input.value.trim().length > 1) input.dispatchEvent(new Event("input")); });
  }

  // The search page: every page that matches ?q=, grouped, each with its best sections.
  var view = document.querySelector(".search-view");
  if (!view) return;
  var field = view.querySelector("input"), status = view.querySelector(".search-view-status"), list = view.querySelector(".search-view-results");
  var title = document.title;

  function run(q) {
    list.textContent = "";
    document.title = q ? "“" + q + "” · " + title : title;
    if (!terms(q).length) { status.textContent = q ? "Type at least two letters." : "Type a word or two and press Enter."; return; }
    status.textContent = "Searching…";
    load().then(function () {
      var words = terms(q), pages = search(q, 25, 4);
      status.textContent = !pages.length ? found(pages, q) + ". Try fewer or other words."
        : pages.total > pages.length ? "The " + pages.length + " best of " + pages.total + " pages found for “" + q + "”."
        : found(pages, q) + " for “" + q + "”.";
      pages.forEach(function (r) {
        var section = document.createElement("section"), h = document.createElement("h2"), a = document.createElement("a");
        section.className = "search-hit";
        a.href = root + r.p.u;
        a.appendChild(marked(r.p.t, words));
        h.appendChild(a);
        section.appendChild(h);
        var hits = hitList(r, words, "p");
        if (hits.childNodes.length) section.appendChild(hits);
        list.appendChild(section);
      });
    }, function () { status.textContent = "The search index could not be loaded."; });
  }

  var q = new URLSearchParams(location.search).get("q") || "";
  field.value = q;
  view.querySelector("form").addEventListener("submit", function (e) {
    e.preventDefault();
    var next = field.value.trim();
    history.replaceState(null, "", next ? "?q=" + encodeURIComponent(next) : location.pathname);
    run(next);
  });
  run(q.trim());
  if (!q) field.focus();
})();
