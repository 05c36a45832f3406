#!/usr/bin/env bash
# The Debian packages `npm test` needs, in one list: installs the missing ones when it may (root,
# apt-get present), otherwise stops at once with the one line to run. `npm test` and .ci/run call it.
set -euo pipefail

missing=()
need() { # need <package> <test...>: the package is missing when the test fails
  local package=$1
  shift
  "$@" >/dev/null 2>&1 || missing+=("$package")
}
need chromium command -v chromium                       # Playwright's browser (Chromium)
need firefox-esr test -x /usr/bin/firefox-esr           # the journeys in Firefox (tests/engines/)
need webkit2gtk-driver test -x /usr/bin/WebKitWebDriver # the journeys in WebKitGTK
need xvfb test -x /usr/bin/Xvfb                         # WebKitGTK's MiniBrowser needs a display
need nginx-light test -x /usr/sbin/nginx                # the production-server test
need libnginx-mod-http-brotli-static test -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
need openssl command -v openssl                         # the nginx test's certificate
need time test -x /usr/bin/time                         # GNU time: the bench test times each step

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing what the tests need from Debian: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
  echo "The tests need Debian packages that are missing. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
