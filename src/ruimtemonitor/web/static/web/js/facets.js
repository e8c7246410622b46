/*
 * Afspraken list: load the facet counts after the rows. Counting them takes far longer than
 * the page itself on a large register, so the page comes without them and this fetches the
 * panel (an HTML fragment rendered by the server, autoescaped) for the same query string.
 * Without JavaScript, or when the fetch fails, the link to the page with the counts inline
 * (?facetten=1) does the same.
 */
(function () {
  "use strict";

  var TIMEOUT_MS = 30000;

  function fallback(panel, text) {
    var link = panel.querySelector("[data-facets-page]");
    var paragraph = document.createElement("p");
    paragraph.className = "utrecht-paragraph facets__status";
    paragraph.textContent = text;
    if (link) {
      paragraph.appendChild(document.createTextNode(" "));
      paragraph.appendChild(link);
    }
    return paragraph;
  }

  function load(panel) {
    var url = panel.getAttribute("data-facets-url");
    var link = panel.querySelector("[data-facets-page]");
    var status = document.createElement("p");
    status.className = "utrecht-paragraph facets__status";
    status.textContent = panel.getAttribute("data-facets-loading") || "";
    var linkHolder = document.createElement("div");
    if (link) {
      linkHolder.appendChild(link); // kept aside for the failure message
    }
    panel.replaceChildren(status);

    var controller = "AbortController" in window ? new AbortController() : null;
    var timer = controller
      ? window.setTimeout(function () {
          controller.abort();
        }, TIMEOUT_MS)
      : null;
    fetch(url, {
      headers: { Accept: "text/html" },
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        // A redirect means the session ended (to the login page): not the panel.
        if (!response.ok || response.redirected) {
          throw new Error("status " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var template = document.createElement("template");
        template.innerHTML = html;
        panel.replaceChildren(template.content);
        panel.setAttribute("data-facets-state", "loaded");
      })
      .catch(function () {
        panel.replaceChildren(
          fallback(linkHolder, panel.getAttribute("data-facets-failed") || "")
        );
        panel.setAttribute("data-facets-state", "failed");
      })
      .finally(function () {
        if (timer !== null) {
          window.clearTimeout(timer);
        }
        panel.setAttribute("aria-busy", "false");
      });
  }

  document.querySelectorAll("[data-facets-url]").forEach(load);
})();
