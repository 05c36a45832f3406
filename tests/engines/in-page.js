// The page side of driver.ts: finds an element by role and accessible name, by text or by CSS, the
// way Playwright's getByRole does in simpler form; sent to the page as source, so plain ES2020.
(function locate(target, all) {
  // Rendered, not inside a closed hidden="until-found" answer, not display:none or invisible.
  locate.visible ||= (element) =>
    element.getClientRects().length > 0 &&
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const roles = {
    alert: '[role="alert"]',
    button: 'button, [role="button"], input[type="submit"]',
    group: 'fieldset, [role="group"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    link: "a[href]",
    radio: 'input[type="radio"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    searchbox: 'input[type="search"]',
    status: '[role="status"]',
    textbox: 'textarea, input[type="text"], input:not([type])',
  };
  const squash = (text) => (text || "").replace(/\s+/g, " ").trim();
  const nameOf = (element) => {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) {
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(" "),
      );
    }
    const label = element.getAttribute("aria-label");
    if (label) return squash(label);
    if (element.labels?.length) return squash(Array.from(element.labels, (l) => l.textContent).join(" "));
    if (element.tagName === "FIELDSET") return squash(element.querySelector("legend")?.textContent);
    return squash(element.textContent);
  };
  const matches = (wanted, text) => {
    if (wanted === undefined) return true;
    if (typeof wanted === "string") return text === wanted;
    return new RegExp(wanted.source, wanted.flags).test(text);
  };
  const scope = target.within ? document.querySelector(target.within) : document;
  if (!scope) return all ? [] : null;
  let found;
  if (target.css) {
    found = Array.from(scope.querySelectorAll(target.css));
  } else if (target.role) {
    found = Array.from(scope.querySelectorAll(roles[target.role])).filter((element) =>
      matches(target.name, nameOf(element)),
    );
  } else {
    // The innermost elements whose own text matches, as a citizen reads it.
    found = Array.from(scope.querySelectorAll("body *")).filter(
      (element) =>
        typeof target.text === "string"
          ? squash(element.textContent).includes(target.text)
          : matches(target.text, squash(element.textContent)),
    );
    found = found.filter((element) => !found.some((other) => other !== element && element.contains(other)));
  }
  if (all) return found;
  // Like a citizen, prefer what is shown when the same name is also in a hidden copy.
  return found.find((element) => locate.visible(element)) || found[0] || null;
})
