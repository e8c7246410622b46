/*
 * Every page: fold the main menu and the filter panels away on small screens.
 * Without JavaScript both stay open, which still works: the skip links lead past them.
 */
(function () {
  "use strict";

  var SMALL = "(max-width: 40rem)";

  function menu() {
    var toggle = document.querySelector("[data-menu-toggle]");
    var nav = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!nav || !window.matchMedia) {
      return;
    }
    var small = window.matchMedia(SMALL);
    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("site-nav--closed", !open);
    }
    toggle.hidden = false;
    document.documentElement.classList.add("has-menu-toggle");
    setOpen(!small.matches);
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    small.addEventListener("change", function (event) {
      setOpen(!event.matches);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && small.matches && toggle.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  function panels() {
    var all = document.querySelectorAll("details[data-collapse-below]");
    for (var i = 0; i < all.length; i += 1) {
      var query = "(max-width: " + all[i].getAttribute("data-collapse-below") + ")";
      if (window.matchMedia && window.matchMedia(query).matches) {
        all[i].open = false;
      }
    }
  }

  /* A table that scrolls sideways on a small screen must be reachable with the keyboard
     (WCAG 2.1.1): it gets a tab stop while, and only while, it has something to scroll. */
  function scrollables() {
    var all = document.querySelectorAll(".site-main table, .table-scroll");
    for (var i = 0; i < all.length; i += 1) {
      var el = all[i];
      if (el.closest(".visually-hidden")) {
        continue;
      }
      var style = getComputedStyle(el);
      var scrolls =
        (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible") ||
        (el.scrollHeight > el.clientHeight + 1 && style.overflowY !== "visible" && style.overflowY !== "hidden");
      if (scrolls && !el.hasAttribute("tabindex")) {
        el.setAttribute("tabindex", "0");
        el.setAttribute("data-scroll-stop", "");
      } else if (!scrolls && el.hasAttribute("data-scroll-stop")) {
        el.removeAttribute("tabindex");
        el.removeAttribute("data-scroll-stop");
      }
    }
  }

  /* A document shows one page at a time (?pagina=N). An address made for the whole text
     (…#pagina-12, …#passage-40, from a letter or a bookmark) is sent to the page that has it. */
  function documentAnchor() {
    var match = /^#(pagina|passage)-(\d+)$/.exec(window.location.hash);
    if (!match || document.getElementById(match[1] + "-" + match[2])) {
      return;
    }
    if (!document.querySelector(".document-text")) {
      return;
    }
    var url = new URL(window.location.href);
    if (url.searchParams.has(match[1])) {
      return; // asked already: the page or passage does not exist
    }
    url.searchParams.set(match[1], match[2]);
    window.location.replace(url.toString());
  }

  documentAnchor();
  menu();
  panels();
  scrollables();
  window.addEventListener("resize", scrollables);
})();
