#!/usr/bin/env bash
# npm run test:pg: the tests of the store, the imports, the reports and the return cycle on a real
# PostgreSQL server (issue 15), in a throwaway cluster started here and stopped at exit. Arguments
# (test files or folders) replace the default set. Needs PostgreSQL's server programs (Debian: apt-get
# install postgresql), run as an unprivileged user when this runs as root.
set -euo pipefail
cd "$(dirname "$0")/../.."
# A server given (SCHOOL_RETURNS_TEST_PG, as .ci/run gives its own) is used; else one is started here.
if [ -z "${SCHOOL_RETURNS_TEST_PG:-}" ]; then
  cluster=$(mktemp -d /tmp/sr-pg-XXXXXX)
  trap 'test/support/pg-cluster.sh stop "$cluster"' EXIT
  export SCHOOL_RETURNS_TEST_PG
  SCHOOL_RETURNS_TEST_PG=$(test/support/pg-cluster.sh start "$cluster")
fi
if [ $# -eq 0 ]; then set -- test/store test/jobs test/reference test/cli; fi
npx vitest run "$@"
