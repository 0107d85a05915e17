#!/usr/bin/env bash
# npm run test:pg: every test that opens a store (the store, the imports, the reports, the reference data,
# the return cycle, the HTML and charts, the golden demo, the Board paper in Chromium) on a real PostgreSQL server (issue 15, item 4), in a throwaway
# cluster started here and stopped at exit. Needs PostgreSQL's server programs (Debian: apt-get install
# postgresql); run as root, the server runs as an unprivileged user. Test files or folders given replace
# the default set; anything else (--exclude=GLOB, --reporter=json: each option one word) goes to vitest.
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
  # Every folder whose tests open a store, and the files elsewhere that do. The rest of the suite
  # (aggregation, disclosure, publishing's tables, reading files) is pure: no store, no dialect.
  # The golden demo and the Board paper in Chromium too (issue 15: the whole suite on both dialects).
  paths=(test/store test/jobs test/reference test/cli test/publish/html test/hostile test/ingest/differential
    test/ingest/read/not-regular-files.test.ts test/golden test/browser)
  # SQLite's own faults, which open SQLite whatever the suite's dialect; npm test runs them.
  sqlite_only=(
    test/cli/store-faults # read-only files and disks, a full tmpfs, a locked or damaged SQLite file
    test/cli/store-folder-missing # a store file's folder that does not exist
    test/store/store-of-before-issue-11 # an SQLite file written by the code of before issue 11
  )
  for file in "${sqlite_only[@]}"; do options+=("--exclude=$file.test.ts"); done
fi
# A store on the server is slower to fill than a file: the tests' shared stores get a minute.
# One file at a time: the PostgreSQL set was made and measured so (two at once share one server and cluster).
npx vitest run --hookTimeout=60000 --maxWorkers=1 "${paths[@]}" "${options[@]}"
