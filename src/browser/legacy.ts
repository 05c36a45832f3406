// Runs only in browsers without ES modules (loaded with nomodule). ES5 syntax only: no let/const,
// arrow functions or classes, or the build fails (esbuild --target=es5). No addEventListener
// either, which the oldest browsers lack: a handler property is no inline script, so CSP allows it.
(function revealOutdatedBrowserNotice() {
  var id = "app-outdated-browser";
  var notice = document.getElementById(id);
  var buttons = notice ? notice.getElementsByTagName("button") : [];
  var button: HTMLButtonElement | undefined;
  var i = 0;
  if (!notice) return;
  notice.removeAttribute("hidden");
  for (i = 0; i < buttons.length; i++) {
    button = buttons[i];
    if (button) {
      button.onclick = function hideNotice() {
        var shown = document.getElementById(id);
        if (shown) shown.setAttribute("hidden", "");
      };
    }
  }
})();
