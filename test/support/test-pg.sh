#!/usr/bin/env bash
# npm run test:pg: the tests of the store, the imports, the reports, the reference data and the return
# cycle on a real PostgreSQL server (issue 15), in a throwaway cluster started here and stopped at exit.
# Needs PostgreSQL's server programs (Debian: apt-get install postgresql); run as root, the server runs
# as an unprivileged user. Test files or folders given replace the default set; anything else
# (--exclude=GLOB, --reporter=json: each option one word) goes to vitest.
set -euo pipefail
cd "$(dirname "$0")/../.."
# A server given (SCHOOL_RETURNS_TEST_PG, as .ci/run gives its own) is used; else one is started here.
if [ -z "${SCHOOL_RETURNS_TEST_PG:-}" ]; then
  cluster=$(mktemp -d /tmp/sr-pg-XXXXXX)
  trap 'test/support/pg-cluster.sh stop "$cluster"' EXIT
  export SCHOOL_RETURNS_TEST_PG
  SCHOOL_RETURNS_TEST_PG=$(test/support/pg-cluster.sh start "$cluster")
fi
paths=() options=()
# A test file or folder is a path that is there; anything else is vitest's.
for arg in "$@"; do if [[ $arg != -* && -e $arg ]]; then paths+=("$arg"); else options+=("$arg"); fi; done
if [ ${#paths[@]} -eq 0 ]; then
  paths=(test/store test/jobs test/reference test/cli)
  # Faults of SQLite's own files (read-only files and disks, a full tmpfs, a locked file, a store of an
  # older version): they open SQLite whatever the suite's dialect, so they are run by npm test alone.
  for sqlite_only in test/cli/store-faults test/store/open-new-store-at-once test/store/store-of-before-issue-11; do
    options+=("--exclude=$sqlite_only.test.ts")
  done
fi
npx vitest run "${paths[@]}" "${options[@]}"
