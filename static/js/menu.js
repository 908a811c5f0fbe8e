// On narrow screens, folds the main menu behind a "Menu" button so the page content comes first.
// Without JavaScript the button stays hidden and the menu is always shown.
(function () {
    "use strict";
    var button = document.querySelector("[data-menu-toggle]");
    var menu = document.getElementById(button ? button.getAttribute("aria-controls") : "");
    if (!button || !menu) {
        return;
    }

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("is-collapsed", !open);
    }

    document.documentElement.classList.add("has-menu-toggle");
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
})();
