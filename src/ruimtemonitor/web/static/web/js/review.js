/* Controleren: decide with one key, without leaving the page.
 *
 * Progressive enhancement: the page works with plain forms; this script sends the same
 * forms with fetch, shows the outcome in place and announces it in the status region.
 * The one-key shortcuts only act while the focus is inside the queue (WCAG 2.1.4):
 *   j / k  next / previous record
 *   b      bevestigen (confirm)
 *   a      afwijzen (reject)
 *   c      corrigeren (open the edit form)
 */
(function () {
  "use strict";

  var queue = document.querySelector("[data-review-queue]");
  if (!queue || !window.fetch || !window.FormData) {
    return;
  }
  var status = document.getElementById("review-status");
  var help = document.getElementById("review-help");
  if (help) {
    help.hidden = false;
  }
  var current = null;

  function items() {
    return Array.prototype.slice.call(queue.querySelectorAll("[data-review-item]"));
  }

  function announce(text) {
    if (!status) {
      return;
    }
    // Clear first so the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function mark(item) {
    if (current && current !== item) {
      current.classList.remove("review-item--current");
    }
    current = item;
    if (item) {
      item.classList.add("review-item--current");
    }
  }

  function focusItem(item) {
    if (!item) {
      return;
    }
    mark(item);
    item.focus();
    if (item.scrollIntoView) {
      item.scrollIntoView({ block: "nearest" });
    }
  }

  function move(step) {
    var all = items();
    if (!all.length) {
      return;
    }
    var index = all.indexOf(current);
    var next = index === -1 ? all[0] : all[Math.min(Math.max(index + step, 0), all.length - 1)];
    focusItem(next);
  }

  function nextOpen(item) {
    var all = items();
    for (var i = all.indexOf(item) + 1; i < all.length; i += 1) {
      if (!all[i].hasAttribute("data-review-done")) {
        return all[i];
      }
    }
    return null;
  }

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (input && input.value) {
      return input.value;
    }
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function setBusy(form, busy) {
    Array.prototype.forEach.call(form.querySelectorAll("button"), function (button) {
      button.disabled = busy;
    });
  }

  function decide(item, decision) {
    if (!item) {
      announce(queue.getAttribute("data-no-record-text"));
      return;
    }
    if (item.hasAttribute("data-review-done")) {
      announce(queue.getAttribute("data-done-text"));
      return;
    }
    var form = item.querySelector("[data-review-form]");
    if (!form) {
      return;
    }
    var data = new FormData(form);
    data.set("besluit", decision);
    setBusy(form, true);
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken(form) },
    })
      .then(function (response) {
        return response.json().then(function (result) {
          return { ok: response.ok, result: result };
        });
      })
      .then(function (outcome) {
        var message = outcome.result.message || queue.getAttribute("data-error-text");
        var line = item.querySelector("[data-review-outcome]");
        if (line) {
          line.textContent = message;
        }
        announce(message);
        if (!outcome.ok) {
          setBusy(form, outcome.result.state !== undefined);
          return;
        }
        item.setAttribute("data-review-done", outcome.result.state);
        item.classList.add("review-item--done");
        var next = nextOpen(item);
        if (next && item.contains(document.activeElement)) {
          focusItem(next);
        }
      })
      .catch(function () {
        setBusy(form, false);
        announce(queue.getAttribute("data-error-text"));
      });
  }

  queue.addEventListener("submit", function (event) {
    var form = event.target.closest("[data-review-form]");
    if (!form) {
      return;
    }
    event.preventDefault();
    var decision = event.submitter && event.submitter.value ? event.submitter.value : "bevestigen";
    var item = form.closest("[data-review-item]");
    mark(item);
    decide(item, decision);
  });

  queue.addEventListener("focusin", function (event) {
    var item = event.target.closest("[data-review-item]");
    if (item) {
      mark(item);
    }
  });

  queue.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    switch (event.key) {
      case "j":
        move(1);
        break;
      case "k":
        move(-1);
        break;
      case "b":
        decide(current, "bevestigen");
        break;
      case "a":
        decide(current, "afwijzen");
        break;
      case "c": {
        var link = current && current.querySelector("[data-review-correct]");
        if (!link) {
          announce(queue.getAttribute("data-no-record-text"));
          return;
        }
        window.location.assign(link.href);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });
})();
