// Live reload for `npm start` only (the preview server serves and injects it): reloads the page
// when the server reports a finished rebuild. Never part of the published site.
const events = new EventSource("/__preview/events");
events.addEventListener("reload", () => {
  window.location.reload();
});
