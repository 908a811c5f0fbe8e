// On narrow screens, folds the main menu behind a "Menu" button so the page content comes first.
// Without JavaScript the button stays hidden and the menu is always shown.
//
// Loaded in <head> without `defer` (it is tiny and cached for a year): the class below must be
// set before the first paint, or the menu would vanish after the page is drawn and the content
// would jump up.
(function () {
    "use strict";
    document.documentElement.classList.add("has-menu-toggle");

    function setUp() {
        var button = document.querySelector("[data-menu-toggle]");
        var menu = button && document.getElementById(button.getAttribute("aria-controls"));
        if (!menu) {
            document.documentElement.classList.remove("has-menu-toggle");
            return;
        }

        function setOpen(open) {
            button.setAttribute("aria-expanded", open ? "true" : "false");
            menu.classList.toggle("is-open", open);
        }

        button.hidden = false;
        setOpen(false);
        button.addEventListener("click", function () {
            setOpen(button.getAttribute("aria-expanded") !== "true");
        });
        menu.addEventListener("keydown", function (event) {
            if (event.key === "Escape") {
                setOpen(false);
                button.focus();
            }
        });
    }

    document.addEventListener("DOMContentLoaded", setUp);
})();
