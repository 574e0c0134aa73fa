#!/usr/bin/env bash
# Kill -9 durability soak: kills a process that is saving, N times, and checks after each kill
# that every acknowledged save is in the reopened vault and its audit trail verifies.
#   scripts/crash-test.sh [CYCLES]      (default 50; CI runs 3 as part of ./mvnw verify)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=CrashDurabilityTest -Dcrash.cycles="${1:-50}" -Dsurefire.failIfNoSpecifiedTests=false
echo "crash test: ${1:-50} kills, no acknowledged save lost"
