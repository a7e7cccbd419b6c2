// Reading the built site straight from disk (a file:// address): there a link to a
// folder opens a directory listing instead of the folder's index.html, so links and
// forms that point at a folder get "index.html" added. Served over HTTP nothing changes.
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  function withIndex(url) {
    if (url === null || url === "" || url.startsWith("#")) return null;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("file:")) return null;
    const cut = url.search(/[?#]/);
    const path = cut < 0 ? url : url.slice(0, cut);
    const rest = cut < 0 ? "" : url.slice(cut);
    if (path === "." || path === "..") return path + "/index.html" + rest;
    if (path.endsWith("/")) return path + "index.html" + rest;
    return null;
  }

  function fix() {
    for (const link of document.querySelectorAll("a[href]")) {
      const fixed = withIndex(link.getAttribute("href"));
      if (fixed !== null) link.setAttribute("href", fixed);
    }
    for (const form of document.querySelectorAll("form[action]")) {
      const fixed = withIndex(form.getAttribute("action"));
      if (fixed !== null) form.setAttribute("action", fixed);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fix);
  else fix();
})();
