#!/usr/bin/env bash
# P7, what the SDK adds to the host's database per ClassPass reservation: runs the studio app's
# jar on its embedded H2 behind the benchmarks' CountingDriver (jdbc:counting:h2:…, put on the
# app's class path with Spring Boot's PropertiesLauncher and loader.path), with a stand-in
# ClassPass for its outbox, and books through its partner API with StatementCountRun, which
# prints the statements per reservation, split into the host's own, those the SDK causes in the
# request, and the dispatcher's.
#
#   benchmarks/p7-statements.sh [--quick] [OUTPUT_DIR]
#
# Needs benchmarks/target/benchmarks.jar, benchmarks/target/classes and the studio app's jar
# (run-all.sh builds them). Exits non-zero when the app or the count fails.
set -uo pipefail
cd "$(dirname "$0")/.."

quick=false
if [[ "${1:-}" == "--quick" ]]; then quick=true; shift; fi
out=${1:-benchmarks/target/results}
mkdir -p "$out"
out=$(cd "$out" && pwd)

jar=benchmarks/target/benchmarks.jar
app_jar=$(ls examples/studio-app/target/studio-app-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)
pkg=io.github.aggregatorsdk.classpass.benchmarks
token=load-test-token
if $quick; then run=(--warm-up 50 --reservations 200); else run=(--warm-up 300 --reservations 2000); fi
for needed in "$jar" "$app_jar" benchmarks/target/classes/io/github/aggregatorsdk/classpass/benchmarks/statements; do
  if [[ ! -e "$needed" ]]; then echo "missing $needed: build first (run-all.sh does)"; exit 1; fi
done

work=$(mktemp -d /tmp/classpass-p7.XXXXXX)
stand_in_log=$out/p7-stand-in.log
app_log=$out/p7-server.log
stand_in_pid=""; app_pid=""
stop() {  # stops what this script started, by process id
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [[ -n "$stand_in_pid" ]] && kill "$stand_in_pid" 2>/dev/null && wait "$stand_in_pid" 2>/dev/null
  app_pid=""; stand_in_pid=""
  rm -rf "$work"
}
trap stop EXIT

# shellcheck source=wait-for.sh
source benchmarks/wait-for.sh

# The counting driver alone, so that nothing else of the benchmarks' jar reaches the app.
(cd benchmarks/target/classes && jar cf "$work/counting-jdbc.jar" \
  io/github/aggregatorsdk/classpass/benchmarks/statements/) || exit 1

java -cp "$jar" "$pkg.LoopbackInventoryServer" 0 > "$stand_in_log" 2>&1 &
stand_in_pid=$!
wait_for "$stand_in_log" 'on http://127\.0\.0\.1:[0-9]+' 30 "$stand_in_pid" || exit 1
classpass_url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$stand_in_log" | head -1)

java -Dloader.path="$work/counting-jdbc.jar" -Dcounting.jdbc.out="$work/counts.tsv" \
  -cp "$app_jar" org.springframework.boot.loader.launch.PropertiesLauncher \
  --server.port=0 --server.address=127.0.0.1 \
  --spring.datasource.url='jdbc:counting:h2:mem:studio-p7;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128' \
  --spring.datasource.driver-class-name=$pkg.statements.CountingDriver \
  --classpass.partner-api.token=$token --classpass.access-token=unused-by-the-stand-in \
  --classpass.base-url="$classpass_url" \
  --studio.demo.load-test-classes=100 --studio.demo.load-test-capacity=250 \
  > "$app_log" 2>&1 &
app_pid=$!
wait_for "$app_log" 'Load-test venue' 120 "$app_pid" || exit 1
port=$(grep -oE 'started on port [0-9]+' "$app_log" | grep -oE '[0-9]+$' | head -1)
venue=$(grep -oE 'Load-test venue [0-9]+' "$app_log" | grep -oE '[0-9]+$' | head -1)
base=http://127.0.0.1:$port/classpass
echo "studio app (counting JDBC) on $base, load average $(cut -d' ' -f1-3 /proc/loadavg)"

java -cp "$jar" "$pkg.reservations.StatementCountRun" --base-url "$base" --token $token \
  --venue "$venue" --counts "$work/counts.tsv" "${run[@]}" 2>&1 | tee "$out/p7-statements.txt"
status=${PIPESTATUS[0]}
stop
requests=$(grep -oE '^[0-9]+ requests received' "$stand_in_log" | grep -oE '^[0-9]+')
echo "P7 the stand-in ClassPass received ${requests:-no} requests" | tee -a "$out/p7-statements.txt"
exit "$status"
