/* Search inside a static mirror of the site: the words of the address's `q` against the page
   titles and summaries of the index script loaded before this one. No server, no third party;
   without JavaScript the page explains where else to look. */
(function () {
  "use strict";
  var box = document.getElementById("mirror-search");
  var index = window.ishrMirrorIndex;
  if (!box || !index) {
    return;
  }
  var root = box.getAttribute("data-mirror-root").replace(/index\.html$/, "");
  var input = document.getElementById("mirror-search-query");
  var status = document.getElementById("mirror-search-status");
  var list = document.getElementById("mirror-search-results");
  box.hidden = false;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) {
    return;
  }
  var found = index.filter(function (entry) {
    var text = fold(entry.t + " " + entry.s);
    return words.every(function (word) { return text.indexOf(word) !== -1; });
  });
  status.textContent = box.getAttribute("data-found-label") + " " + found.length;
  found.slice(0, 100).forEach(function (entry) {
    var item = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = root + entry.u;
    link.textContent = entry.t;
    heading.appendChild(link);
    item.appendChild(heading);
    if (entry.s) {
      var summary = document.createElement("p");
      summary.textContent = entry.s;
      item.appendChild(summary);
    }
    list.appendChild(item);
  });
})();
