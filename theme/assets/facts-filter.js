// The facts ledger's filter: shows the entries whose text contains every word typed, optionally
// only the dated ones. Without script the ledger is complete and already in age order.
(function () {
  "use strict";
  var box = document.querySelector(".ledger-filter");
  if (!box) return;
  var text = document.getElementById("ledger-filter-text");
  var dated = document.getElementById("ledger-filter-dated");
  var status = document.getElementById("ledger-filter-status");
  var entries = Array.prototype.slice.call(document.querySelectorAll(".ledger-entry"));
  var topics = Array.prototype.slice.call(document.querySelectorAll(".ledger-topic"));
  var haystacks = entries.map(function (entry) {
    return (entry.id + " " + entry.getAttribute("data-tags") + " " + entry.textContent).toLowerCase();
  });

  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (entry, i) {
      var match = (!dated.checked || entry.hasAttribute("data-dated"))
        && words.every(function (w) { return haystacks[i].indexOf(w) >= 0; });
      entry.hidden = !match;
      if (match) shown++;
    });
    topics.forEach(function (topic) {
      topic.hidden = !topic.querySelector(".ledger-entry:not([hidden])");
    });
    status.textContent = words.length || dated.checked ? shown + " of " + entries.length + " facts shown." : "";
  }

  box.hidden = false;
  text.addEventListener("input", apply);
  dated.addEventListener("change", apply);
})();
