#!/usr/bin/env bash
# Runs the whole benchmark suite (issue 9) and writes every result to benchmarks/target/results/,
# with summary.md listing the figures. Builds benchmarks/target/benchmarks.jar and the studio app's
# jar first when missing or older than the sources. Took 7½ minutes on 2 quiet cores, builds included.
#
#   benchmarks/run-all.sh           the measurements of docs/performance.md
#   benchmarks/run-all.sh --quick   smoke settings (1 short iteration, small sizes, ~2 minutes):
#                                   proves every benchmark runs; its figures are not measurements
#
# Exits non-zero when a benchmark fails or P3 finds an overbooked class.
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
else
  jmh=()                                        # the settings in each benchmark's annotations
  p1i=()                                        # 40,000 warm-up + 20,000 measured pairs
  p2=()                                         # 10,000 classes, 3 runs per mode, 2 ms latency
  p3=(--in-process)                             # 100 classes x 200 spots, 2,000 + 20,000 requests
  p4=()                                         # 1,000 vs 10,000 classes
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
run() {  # run NAME COMMAND...: prints and keeps the output, remembers a failure
  local name=$1; shift
  echo "== $name"
  "$@" 2>&1 | tee "$out/$name.txt"
  local rc=${PIPESTATUS[0]}
  if (( rc != 0 )); then echo "!! $name failed with exit code $rc"; status=1; fi
}

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
benchmarks/p3-studio-app.sh ${quick_flag} "$out" || { echo "!! p3-studio-app failed"; status=1; }
run p4-resync-memory java -cp "$jar" "$pkg.ResyncMemoryRun" "${p4[@]}"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
java -cp "$jar" "$pkg.ResultsSummary" "$out" > "$out/summary.md" || status=1
echo "== summary ($out/summary.md)"
cat "$out/summary.md"
exit $status
