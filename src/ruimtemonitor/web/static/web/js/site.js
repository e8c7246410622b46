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

  menu();
  panels();
})();
