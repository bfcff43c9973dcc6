#!/usr/bin/env bash
# Runs the whole benchmark suite (issues 9 and 18, P1 to P7) and writes every result to
# benchmarks/target/results/, with summary.md listing the figures, each with the load average
# before and after its run. Builds benchmarks/target/benchmarks.jar and the studio app's jar first
# when missing or older than the sources. See docs/performance.md for how long it takes.
#
#   benchmarks/run-all.sh           the measurements of docs/performance.md
#   benchmarks/run-all.sh --quick   smoke settings (1 short iteration, small sizes, a few minutes):
#                                   proves every benchmark runs; its figures are not measurements
#
# P5 and P6 need PostgreSQL: a throw-away server is started with .ci/postgres when its binaries
# are installed (as CI does), or CLASSPASS_BENCH_POSTGRES_URL names one; without either, the
# PostgreSQL parts are skipped with a message (P5 still runs on H2).
#
# Exits non-zero when a benchmark fails, P3 finds an overbooked class, or P5/P6 find an update
# that never arrived or two instances sending the same class at once.
set -uo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
pkg=io.github.aggregatorsdk.classpass.benchmarks

quick_flag=""
if [[ "${1:-}" == "--quick" ]]; then
  quick_flag=--quick
  jmh=(-wi 1 -i 1 -f 1 -w 1s -r 1s)
  p1i=(2000 1000)                               # warm-up pairs, measured pairs
  p2=(1000 1)                                   # classes, runs
  p3=(--in-process --warm-up 200 --requests 2000)
  p4=(1000 3000)                                # class counts
  p5=(--seconds 2 --warm-up 1)                  # per rate, 50 and 500 changes/s
  p6=(--events 5000)
else
  jmh=()                                        # the settings in each benchmark's annotations
  p1i=()                                        # 40,000 warm-up + 20,000 measured pairs
  p2=()                                         # 10,000 classes, 3 runs per mode, 2 ms latency
  p3=(--in-process)                             # 100 classes x 200 spots, 2,000 + 20,000 requests
  p4=()                                         # 1,000 vs 10,000 classes
  p5=(--seconds 10 --warm-up 5)                 # per rate, 50 and 500 changes/s, 1,000 classes
  p6=(--events 100000)                          # default batch size 100, 1 then 2 instances
fi

# The benchmarks' jar and the studio app's (for P3 against the app) are built when missing or
# older than any source they are built from.
sources=(pom.xml classpass-sdk-core/pom.xml classpass-sdk-core/src benchmarks/pom.xml benchmarks/src
  classpass-sdk-spring-boot-starter/pom.xml classpass-sdk-spring-boot-starter/src
  examples/studio-app/pom.xml examples/studio-app/src)
app_jar=$(ls examples/studio-app/target/studio-app-*.jar 2>/dev/null | head -1)
build=false
for built in "$jar" "$app_jar"; do
  if [[ ! -f "$built" ]] \
    || [[ -n $(find "${sources[@]}" -newer "$built" -type f -print -quit 2>/dev/null) ]]; then
    build=true
  fi
done
if $build; then
  ./mvnw -B -ntp -q -pl benchmarks,examples/studio-app -am package -DskipTests || exit 1
fi

rm -rf "$out" && mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cores: $(nproc), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs)"
  echo "JDK: $(java -version 2>&1 | head -2 | tail -1)"
  echo "settings: ${1:-full}"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

status=0
load() { cut -d' ' -f1 /proc/loadavg; }
run() {  # run NAME COMMAND...: prints and keeps the output and the load around it, remembers a failure
  local name=$1; shift
  echo "== $name"
  local before; before=$(load)
  "$@" 2>&1 | tee "$out/$name.txt"
  local rc=${PIPESTATUS[0]}
  echo "$before before, $(load) after" > "$out/$name.load"
  if (( rc != 0 )); then echo "!! $name failed with exit code $rc"; status=1; fi
}

# PostgreSQL for P5 and P6: the one named, else a throw-away server where the binaries exist.
pg_url=${CLASSPASS_BENCH_POSTGRES_URL:-}
pg_dir=""
if [[ -z "$pg_url" ]]; then
  pg_dir=$(mktemp -d /tmp/classpass-bench-pg.XXXXXX)
  pg_port=$(java -cp "$jar" "$pkg.reservations.CrashRecovery" free-port)
  pg_url=$(.ci/postgres start "$pg_dir" "$pg_port" || true)
  trap '.ci/postgres stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
fi
if [[ -n "$pg_url" ]]; then
  echo "postgresql: $pg_url" >> "$out/machine.txt"
else
  echo "postgresql: none (no server binaries, CLASSPASS_BENCH_POSTGRES_URL unset): P5 on" \
    "PostgreSQL and P6 skipped" | tee -a "$out/machine.txt"
fi

run p1-client-overhead java -jar "$jar" ClientOverheadBenchmark "${jmh[@]}" \
  -rf json -rff "$out/p1-client-overhead.json"
run p1-interleaved java -cp "$jar" "$pkg.ClientOverheadInterleavedRun" "${p1i[@]}"
run hot-paths java -jar "$jar" 'ScheduleMappingBenchmark|AvailabilityBenchmark' -prof gc \
  "${jmh[@]}" -rf json -rff "$out/hot-paths.json"
run p2-resync-batching java -cp "$jar" "$pkg.ResyncBatchingRun" "${p2[@]}"
run p3-reservations java -cp "$jar" "$pkg.reservations.ReservationLoad" "${p3[@]}"
# P3 against the studio app (examples/studio-app on its embedded H2): its own script starts the
# app and a stand-in ClassPass, runs a booking-heavy and a refusal load, and stops both.
echo "== p3-studio-app"
p3_before=$(load)
benchmarks/p3-studio-app.sh ${quick_flag} "$out" || { echo "!! p3-studio-app failed"; status=1; }
for name in p3-studio-app-bookings p3-studio-app-refusals; do
  echo "$p3_before before the app's two runs, $(load) after" > "$out/$name.load"
done
run p4-resync-memory java -cp "$jar" "$pkg.ResyncMemoryRun" "${p4[@]}"
run p5-propagation-h2 java -cp "$jar" "$pkg.outbound.PropagationRun" "${p5[@]}"
if [[ -n "$pg_url" ]]; then
  run p5-propagation-postgresql java -cp "$jar" "$pkg.outbound.PropagationRun" --url "$pg_url" \
    "${p5[@]}"
  run p6-backlog-drain java -cp "$jar" "$pkg.outbound.BacklogDrainRun" drain --url "$pg_url" \
    "${p6[@]}"
else
  echo "== p5-propagation-postgresql, p6-backlog-drain: SKIPPED, no PostgreSQL"
fi
# P7 against the studio app behind a counting JDBC driver; its own script starts and stops it.
echo "== p7-statements"
p7_before=$(load)
benchmarks/p7-statements.sh ${quick_flag} "$out" || { echo "!! p7-statements failed"; status=1; }
echo "$p7_before before, $(load) after" > "$out/p7-statements.load"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
echo "duration: $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s, builds included" >> "$out/machine.txt"
java -cp "$jar" "$pkg.ResultsSummary" "$out" > "$out/summary.md" || status=1
echo "== summary ($out/summary.md)"
cat "$out/summary.md"
exit $status
