// Runs only in browsers without ES modules (loaded with nomodule). ES5 syntax only: no let/const,
// arrow functions or classes, or the build fails (esbuild --target=es5).
(() => {
  var notice = document.getElementById("app-outdated-browser");
  if (notice) notice.removeAttribute("hidden");
})();
