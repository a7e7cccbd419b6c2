// Briefing search: full text over brief pages with actor/tag/story/outlet filters and date
// sorting, using Pagefind's chunked index (only the chunks a query needs are downloaded).
// Result text is inserted with textContent. Pagefind's excerpt is HTML: escaped text with
// <mark> around matches; it becomes text nodes and <mark> elements, never parsed markup.
(function () {
  "use strict";

  const root = document.getElementById("briefing-search");
  if (!root) return;
  const input = document.getElementById("briefing-search-input");
  const status = document.getElementById("briefing-search-status");
  const list = document.getElementById("briefing-search-results");
  const sort = document.getElementById("briefing-sort");
  const clear = document.getElementById("briefing-search-clear");
  const selects = Array.from(root.querySelectorAll("select[data-filter]"));
  const PAGE = 20;
  let pagefind = null;
  let generation = 0;

  // A detached textarea's content is RCDATA: entities are decoded, tags stay text.
  const decoder = document.createElement("textarea");
  function decodeEntities(text) {
    decoder.innerHTML = text;
    return decoder.value;
  }

  function excerptNodes(html) {
    // Keep Pagefind's <mark> highlights; the rest is text (its entities decoded once, so
    // an article's "<b>" reads "<b>", not "&lt;b&gt;").
    const fragment = document.createDocumentFragment();
    let marked = null;
    for (const part of html.split(/(<\/?mark>)/)) {
      if (part === "<mark>") {
        marked = document.createElement("mark");
        fragment.append(marked);
      } else if (part === "</mark>") {
        marked = null;
      } else if (part) {
        (marked || fragment).append(decodeEntities(part));
      }
    }
    return fragment;
  }

  function currentFilters() {
    const filters = {};
    for (const select of selects) {
      if (select.value) filters[select.dataset.filter] = select.value;
    }
    return filters;
  }

  function syncUrl(term, filters) {
    const params = new URLSearchParams();
    if (term) params.set("q", term);
    for (const [key, value] of Object.entries(filters)) params.set(key, value);
    if (sort.value) params.set("sort", sort.value);
    const query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  async function fillFilters() {
    const available = await pagefind.filters();
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const values = available[select.dataset.filter] || {};
      for (const name of Object.keys(values).sort((a, b) => a.localeCompare(b))) {
        const option = document.createElement("option");
        option.value = name;
        option.textContent = name + " (" + values[name] + ")";
        select.appendChild(option);
      }
      const wanted = params.get(select.dataset.filter);
      if (wanted && values[wanted] !== undefined) select.value = wanted;
    }
    const wantedSort = params.get("sort");
    if (wantedSort === "asc" || wantedSort === "desc") sort.value = wantedSort;
    input.value = params.get("q") || "";
  }

  function markedWords(html) {
    // The words Pagefind highlighted, without the punctuation it highlights with them.
    return Array.from(html.matchAll(/<mark>(.*?)<\/mark>/g), (m) =>
      m[1].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""),
    ).filter(Boolean);
  }

  function renderResult(data) {
    const item = document.createElement("li");
    item.className = "briefing-search-result";
    const meta = document.createElement("p");
    meta.className = "briefing-search-meta";
    const parts = [];
    if (data.meta.published) parts.push(data.meta.published);
    if (data.filters && data.filters.outlet) parts.push(data.filters.outlet.join(", "));
    if (data.filters && data.filters.story) parts.push(data.filters.story.join(", "));
    meta.textContent = parts.join(" · ");
    const link = document.createElement("a");
    link.className = "briefing-search-title";
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    item.append(meta, link);
    // The brief's own summary first; the matching passage too when the match is elsewhere
    // (in an actor's role, a stake, a question), so the reader sees why it was found.
    const summary = data.meta.summary || "";
    if (summary) {
      const text = document.createElement("p");
      text.className = "briefing-search-summary";
      text.textContent = summary;
      item.appendChild(text);
    }
    const excerpt = data.excerpt || "";
    const lower = summary.toLowerCase();
    const words = markedWords(excerpt);
    if (excerpt && (!summary || (words.length && !words.some((w) => lower.includes(w))))) {
      const match = document.createElement("p");
      match.className = "briefing-search-excerpt";
      match.append("… ", excerptNodes(excerpt), " …");
      item.appendChild(match);
    }
    return item;
  }

  function emptyState(term, filters) {
    const item = document.createElement("li");
    item.className = "briefing-search-empty";
    const what = document.createElement("p");
    const filtered = Object.keys(filters).length > 0;
    what.textContent = term
      ? "No brief matches “" + term + "”" + (filtered ? " with these filters." : ".")
      : "No brief matches these filters.";
    const tips = document.createElement("p");
    tips.textContent = filtered
      ? "Clear the filters, or try fewer or other words: a name, a place, a topic."
      : "Try fewer or other words, or check the spelling: a name, a place, a topic.";
    item.append(what, tips);
    return item;
  }

  async function run() {
    const mine = ++generation;
    const term = input.value.trim();
    const filters = currentFilters();
    syncUrl(term, filters);
    if (!term && Object.keys(filters).length === 0) {
      clear.hidden = true;
      list.replaceChildren();
      status.textContent = "Type a name, place or topic, or pick a filter.";
      return;
    }
    const options = { filters };
    if (sort.value) options.sort = { date: sort.value };
    const search = await pagefind.search(term || null, options);
    if (mine !== generation || !search) return;  // a newer query has started
    const results = search.results;
    clear.hidden = Object.keys(filters).length === 0;
    status.textContent = results.length === 1 ? "1 brief found." : results.length + " briefs found.";
    const shown = await Promise.all(results.slice(0, PAGE).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...shown.map(renderResult));
    if (results.length === 0) list.appendChild(emptyState(term, filters));
    if (results.length > PAGE) {
      const more = document.createElement("li");
      more.className = "briefing-search-more";
      more.textContent = "Showing the first " + PAGE + ". Add words or filters to narrow the search.";
      list.appendChild(more);
    }
  }

  async function start() {
    if (location.protocol === "file:") {
      // Browsers do not let a page read from disk load the index it needs.
      status.textContent =
        "Search needs the site served: run `make serve` (or `briefing serve`) and open it at http://127.0.0.1:8000/search/.";
      for (const control of [input, ...selects, sort]) control.disabled = true;
      return;
    }
    try {
      const bundle = new URL(root.dataset.bundle, location.href);
      pagefind = await import(bundle.href + "pagefind.js");
      // Result URLs are relative to the site root, wherever the site is deployed.
      await pagefind.options({ excerptLength: 30, baseUrl: new URL("../", bundle).pathname });
      await fillFilters();
    } catch (error) {
      status.textContent = "The search index is not available. Build the site with `briefing build`.";
      return;
    }
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    for (const select of [...selects, sort]) select.addEventListener("change", run);
    clear.addEventListener("click", () => {
      for (const select of selects) select.value = "";
      run();
      input.focus();
    });
    root.dataset.ready = "true";
    await run();
    input.focus();
  }

  start();
})();
