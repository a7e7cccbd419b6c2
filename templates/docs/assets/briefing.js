// Evidence in place: a brief's citation ("1–3, 8") opens the quoted sentences right under
// the item instead of jumping to the evidence list at the foot of the page. Without this
// script the citation is a plain link to that list, which has links back to each item.
// Sentences are copied from the page's own evidence list with textContent: no markup is
// ever built from article text.
(function () {
  "use strict";

  let count = 0;

  function sentence(number) {
    const item = document.getElementById("s" + number);
    const text = item && item.querySelector(".brief-evidence-text");
    return text ? text.textContent : null;
  }

  function panelFor(cite) {
    const numbers = cite.dataset.evidence.split(" ").filter(Boolean);
    const panel = document.createElement("span");
    panel.className = "brief-cite-panel";
    panel.id = "brief-cite-panel-" + ++count;
    panel.setAttribute("role", "group");
    panel.setAttribute("aria-label", "Evidence from the article");
    for (const number of numbers) {
      const text = sentence(number);
      if (text === null) continue;
      const quote = document.createElement("span");
      quote.className = "brief-cite-quote";
      const label = document.createElement("a");
      label.className = "brief-cite-number";
      label.href = "#s" + number;
      label.textContent = number;
      label.setAttribute("aria-label", "Sentence " + number + " in the evidence list");
      const body = document.createElement("span");
      body.textContent = text;
      quote.append(label, body);
      panel.appendChild(quote);
    }
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        close(cite, panel);
        cite.focus();
      }
    });
    return panel;
  }

  function close(cite, panel) {
    panel.hidden = true;
    cite.setAttribute("aria-expanded", "false");
  }

  function toggle(cite) {
    let panel = cite.nextElementSibling;
    if (!panel || !panel.classList.contains("brief-cite-panel")) {
      panel = panelFor(cite);
      panel.hidden = true;
      cite.after(panel);
      cite.setAttribute("aria-controls", panel.id);
    }
    if (panel.hidden) {
      panel.hidden = false;
      cite.setAttribute("aria-expanded", "true");
    } else {
      close(cite, panel);
    }
  }

  for (const cite of document.querySelectorAll("a.brief-cite[data-evidence]")) {
    cite.setAttribute("role", "button");
    cite.setAttribute("aria-expanded", "false");
    cite.addEventListener("click", (event) => {
      event.preventDefault();
      toggle(cite);
    });
    cite.addEventListener("keydown", (event) => {
      // A button opens with the space bar too (Enter already clicks a link).
      if (event.key === " ") {
        event.preventDefault();
        toggle(cite);
      } else if (event.key === "Escape") {
        const panel = cite.nextElementSibling;
        if (panel && panel.classList.contains("brief-cite-panel")) close(cite, panel);
      }
    });
  }
})();

// "/" (as in Material's own search) puts the cursor in the search box: the search page's
// own box there, the header's anywhere else (opening it first on a phone).
(function () {
  "use strict";

  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable ||
        ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    const box = document.getElementById("briefing-search-input") ||
      document.querySelector(".md-search__input");
    if (!box) return;
    event.preventDefault();
    const toggle = document.getElementById("__search");
    if (toggle && box.classList.contains("md-search__input")) toggle.checked = true;
    box.focus();
  }, true);
})();
