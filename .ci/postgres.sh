# Sourced by .ci/run: starts a throwaway PostgreSQL (Debian's package, installed when missing) in a
# temporary folder, reachable only by its Unix socket there, and exports FEEDBACK_TEST_DATABASE_URL
# for the feedback receiver's tests. A cluster of its own: nothing of the machine's is touched.
if [ -z "${FEEDBACK_TEST_DATABASE_URL:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/fk-postgres.XXXXXX)
  # PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  as_owner=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    as_owner=(runuser -u postgres --)
  fi
  "${as_owner[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-c listen_addresses='' -k $pg_dir -p 5439 -c fsync=on" start >/dev/null
  "${as_owner[@]}" "$pg_bin/createdb" -h "$pg_dir" -p 5439 -U postgres feedback_test
  export FEEDBACK_TEST_DATABASE_URL="postgresql://postgres@localhost/feedback_test?host=$pg_dir&port=5439"
  trap '"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null; rm -rf "$pg_dir"' EXIT
fi
