#!/usr/bin/env bash
# Crash recovery of the data path, end to end: the studio app (examples/studio-app), killed with
# SIGKILL at random moments under continuous bookings and restarted on the same database, must end
# with every class right at ClassPass within 60 s of the last restart.
#
#   1. a stand-in ClassPass (CrashRecoveryStandIn) keeps the latest state of every schedule it is
#      sent, ordered by last_updated as ClassPass does, and reports it on GET /state;
#   2. the app's jar runs on a free loopback port on a FILE-backed H2 database in a temp dir, with
#      its demo data and the load-test venue (seeded on the first start only: the seeding skips a
#      database that already holds a studio), pointed at the stand-in;
#   3. a load (CrashRecovery load) books without pause through the partner API, cancels some
#      bookings, and redelivers every reservation or cancellation whose answer was lost (same id,
#      same body) until it gets a 2xx or 4xx answer, across restarts, as ClassPass does;
#   4. the app is killed with kill -9 at random moments KILLS times, each time restarted on the
#      same database once it is down, and waited for until it serves again;
#   5. after the last restart the load goes on a little, then stops once every pending request
#      was answered; CrashRecovery check then waits up to 60 s for every class's available_spots
#      and is_cancelled at the stand-in to equal what the app itself lists right now, printing the
#      classes that differ while it waits, and checks that no class is overbooked, no reservation
#      is listed twice, every confirmed reservation is listed and no refused one.
#
#   benchmarks/crash-recovery.sh [--quick] [--kills N] [OUTPUT_DIR]
#
# --quick (CI): 3 kills, 20 classes, about 2 minutes. Default: 8 kills, 100 classes.
# Needs benchmarks/target/benchmarks.jar and examples/studio-app/target/studio-app-*.jar (./mvnw
# -B verify or run-all.sh builds both); BENCH_JAR and APP_JAR point elsewhere, APP_ARGS adds
# arguments to the app's command line. Exits 0 on PASS, 1 on FAIL, 2 when it could not run.
set -uo pipefail
cd "$(dirname "$0")/.."

quick=false; kills=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=true; kills=3; shift ;;
    --kills) kills=$2; shift 2 ;;
    -*) echo "unknown option $1"; exit 2 ;;
    *) break ;;
  esac
done
out=${1:-benchmarks/target/results/crash-recovery}
mkdir -p "$out"
out=$(cd "$out" && pwd)

jar=${BENCH_JAR:-benchmarks/target/benchmarks.jar}
app_jar=${APP_JAR:-$(ls examples/studio-app/target/studio-app-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}
pkg=io.github.aggregatorsdk.classpass.benchmarks
token=crash-test-token
if $quick; then
  classes=20; capacity=150; up_min=6; up_max=12; tail_seconds=5
else
  classes=100; capacity=80; up_min=5; up_max=25; tail_seconds=10
fi
converge_seconds=60
for needed in "$jar" "$app_jar"; do
  if [[ ! -f "$needed" ]]; then echo "missing $needed: build first (./mvnw -B verify does)"; exit 2; fi
done

work=$(mktemp -d /tmp/classpass-crash.XXXXXX)
stand_in_log=$out/stand-in.log
load_log=$out/load.log
stand_in_pid=""; app_pid=""; load_pid=""
cleanup() {  # stops every process this script started, by process id
  for pid in $load_pid $app_pid $stand_in_pid; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  load_pid=""; app_pid=""; stand_in_pid=""
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "!! interrupted"; exit 2' INT TERM

log() { echo "[$(date +%H:%M:%S)] $*"; }
now_ms() { date +%s%3N; }

# shellcheck source=wait-for.sh
source benchmarks/wait-for.sh

# 1. The stand-in ClassPass, on a port the system picks.
java -Xmx128m -XX:+UseSerialGC -cp "$jar" "$pkg.CrashRecoveryStandIn" 0 > "$stand_in_log" 2>&1 &
stand_in_pid=$!
wait_for "$stand_in_log" 'on http://127\.0\.0\.1:[0-9]+' 30 "$stand_in_pid" || exit 2
classpass_url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$stand_in_log" | head -1)

# 2. The app, on one port for all its lives (the load keeps calling it there).
port=$(java -cp "$jar" "$pkg.reservations.CrashRecovery" free-port) || exit 2
base=http://127.0.0.1:$port/classpass
# WRITE_DELAY=0: H2 writes each commit to the file before the commit returns. With H2's default
# (500 ms) a SIGKILL loses the last commits, bookings already confirmed to ClassPass among them,
# which the check reports as confirmed reservations the app lists nowhere.
db_url="jdbc:h2:file:$work/db/studio;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128;WRITE_DELAY=0"
life=0
start_app() {
  life=$((life + 1))
  app_log=$out/app-$life.log
  # shellcheck disable=SC2086
  java -Xmx384m -XX:+UseSerialGC -jar "$app_jar" --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url="$db_url" \
    --classpass.partner-api.token=$token --classpass.access-token=unused-by-the-stand-in \
    --classpass.base-url="$classpass_url" \
    --studio.demo.load-test-classes=$classes --studio.demo.load-test-capacity=$capacity \
    ${APP_ARGS:-} > "$app_log" 2>&1 &
  app_pid=$!
  app_started_ms=$(now_ms)
}
wait_serving() {  # until the partner API lists a partner; SECONDS
  java -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$jar" "$pkg.reservations.CrashRecovery" \
    wait-serving --base-url "$base" --token $token --pid "$app_pid" --timeout "$1" \
    || { echo "!! see $app_log"; return 1; }
}

start_app
wait_for "$app_log" 'Load-test venue' 180 "$app_pid" || exit 2
wait_serving 60 || exit 2
log "studio app on $base (pid $app_pid, H2 file in $work/db), stand-in ClassPass on $classpass_url"

# 3. The load, in its own JVM, until the stop file appears.
stop_file=$work/stop-load
reservations=$out/reservations.tsv
java -Xmx192m -XX:+UseSerialGC -cp "$jar" "$pkg.reservations.CrashRecovery" load --base-url "$base" \
  --token $token --stop-file "$stop_file" --out "$reservations" --clients 8 --cancel-percent 20 \
  --max-seconds 900 > "$load_log" 2>&1 &
load_pid=$!

# 4. Kill and restart.
for (( k = 1; k <= kills; k++ )); do
  up=$(( up_min + RANDOM % (up_max - up_min + 1) ))
  up_ms=$(( up * 1000 + RANDOM % 1000 ))
  sleep "$(printf '%d.%03d' $((up_ms / 1000)) $((up_ms % 1000)))"
  if ! kill -0 "$load_pid" 2>/dev/null; then echo "!! the load ended early; see $load_log"; exit 2; fi
  kill -9 "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
  log "kill $k/$kills: SIGKILL after $up_ms ms of serving (life $life)"
  sleep "0.$(( RANDOM % 10 ))"  # ClassPass keeps redelivering meanwhile
  start_app
  wait_serving 120 || exit 1
  log "  restarted (life $life) and serving after $(( $(now_ms) - app_started_ms )) ms"
  if grep -q 'Load-test venue' "$app_log"; then
    echo "!! life $life seeded the demo data again on the same database; see $app_log"; exit 1
  fi
done
last_restart_ms=$app_started_ms

# 5. Some load on the last life, then stop it once every pending request was answered.
sleep "$tail_seconds"
touch "$stop_file"
log "stopping the load (it finishes pending redeliveries)"
for (( i = 0; i < 300; i++ )); do kill -0 "$load_pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$load_pid" 2>/dev/null; then echo "!! the load did not stop in 300 s"; exit 1; fi
wait "$load_pid"; load_rc=$?; load_pid=""
cat "$load_log"
status=0
if (( load_rc != 0 )); then echo "!! the load failed (exit $load_rc)"; status=1; fi
log "load stopped $(( ($(now_ms) - last_restart_ms) / 1000 )) s after the last restart;" \
  "waiting up to $converge_seconds s for every class to be right at ClassPass"
java -Xmx192m -XX:+UseSerialGC -cp "$jar" "$pkg.reservations.CrashRecovery" check --base-url "$base" \
  --token $token --stand-in "$classpass_url" --reservations "$reservations" \
  --timeout $converge_seconds --since-epoch-ms "$last_restart_ms" 2>&1 | tee "$out/check.txt"
check_rc=${PIPESTATUS[0]}
if (( check_rc != 0 )); then status=1; fi
log "$( (( status == 0 )) && echo PASS || echo FAIL ): $kills kills; logs in $out"
exit $status
