#!/usr/bin/env bash
# Benchmark (not a test): p50/p99 of an authenticated GET through the gateway vs straight to the service, then
# each process's RSS and Keycloak's last start time. Needs a running stack (deploy/stack.sh up) and the reactor
# installed (./mvnw -B -q install -DskipTests).
#
#   deploy/bench-gateway.sh [pairs (1500)] [pairs per second (40)]
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag=bench
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

[[ "$(http_code http://127.0.0.1:8080/api/ratings/master-scale)" == 401 ]] \
  || die "the stack does not answer through the gateway (deploy/stack.sh up first)"
(cd "$REPO_ROOT" && ./mvnw -B -q -pl system-tests test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.smecredit.systemtests.bench.GatewayLatencyBench "-Dexec.args=${1:-1500} ${2:-40}")
echo
"$DEPLOY_DIR/stack.sh" status | sed -n '/^service/,$p'
echo
echo "Keycloak start times (launch to realm answering; .run/keycloak/start-times.log):"
tail -n 5 "$RUN_DIR/keycloak/start-times.log" 2>/dev/null | cut -d' ' -f2- || echo "  (none recorded yet)"
