#!/usr/bin/env bash
# P3 against the studio app's jar (examples/studio-app): starts a stand-in ClassPass
# (LoopbackInventoryServer) and the app on free loopback ports, waits until the app serves its
# demo data, runs the reservation load twice, then stops both and prints how many updates the
# app's outbox pushed to the stand-in.
#
#   1. bookings: the app's load-test venue (studio.demo.load-test-classes: classes open to
#      ClassPass without a ClassPass limit and with room for every request), so nearly every
#      request books: a customer and a booking written, an update queued in the outbox;
#   2. refusals: the demo venue, whose 22 ClassPass spots the warm-up takes, so nearly every
#      measured request is refused as full.
#
#   benchmarks/p3-studio-app.sh [--quick] [OUTPUT_DIR]
#
# Needs benchmarks/target/benchmarks.jar and examples/studio-app/target/studio-app-*.jar
# (run-all.sh builds both). Exits non-zero when a run fails, a class is overbooked or the app
# pushed nothing to the stand-in.
set -uo pipefail
cd "$(dirname "$0")/.."

quick=false
if [[ "${1:-}" == "--quick" ]]; then quick=true; shift; fi
out=${1:-benchmarks/target/results}
mkdir -p "$out"

jar=benchmarks/target/benchmarks.jar
app_jar=$(ls examples/studio-app/target/studio-app-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)
pkg=io.github.aggregatorsdk.classpass.benchmarks
token=load-test-token
if $quick; then
  classes=10; capacity=300; booking_run=(--warm-up 300 --requests 2000)
  refusal_run=(--warm-up 100 --requests 1000)
else
  classes=100; capacity=250; booking_run=(--warm-up 3000 --requests 10000)
  refusal_run=(--warm-up 1000 --requests 5000)
fi
for needed in "$jar" "$app_jar"; do
  if [[ ! -f "$needed" ]]; then echo "missing $needed: build first (run-all.sh does)"; exit 1; fi
done

stand_in_log=$out/p3-studio-app-stand-in.log
app_log=$out/p3-studio-app-server.log
stand_in_pid=""; app_pid=""
stop() {  # stops what this script started, by process id
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [[ -n "$stand_in_pid" ]] && kill "$stand_in_pid" 2>/dev/null && wait "$stand_in_pid" 2>/dev/null
  app_pid=""; stand_in_pid=""
}
trap stop EXIT

# shellcheck source=wait-for.sh
source benchmarks/wait-for.sh

# 1. The stand-in ClassPass on a free port (0: the system picks one; it prints its URL).
java -cp "$jar" "$pkg.LoopbackInventoryServer" 0 > "$stand_in_log" 2>&1 &
stand_in_pid=$!
wait_for "$stand_in_log" 'on http://127\.0\.0\.1:[0-9]+' 30 "$stand_in_pid" || exit 1
classpass_url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$stand_in_log" | head -1)

# 2. The app, on its embedded H2, with the demo data and the load-test venue, on a free port.
java -jar "$app_jar" --server.port=0 --server.address=127.0.0.1 \
  --classpass.partner-api.token=$token --classpass.access-token=unused-by-the-stand-in \
  --classpass.base-url="$classpass_url" \
  --studio.demo.load-test-classes=$classes --studio.demo.load-test-capacity=$capacity \
  > "$app_log" 2>&1 &
app_pid=$!
# The web server starts before the demo data is seeded; the data's log line comes after.
wait_for "$app_log" 'Load-test venue' 120 "$app_pid" || exit 1
port=$(grep -oE 'started on port [0-9]+' "$app_log" | grep -oE '[0-9]+$' | head -1)
venue=$(grep -oE 'Load-test venue [0-9]+' "$app_log" | grep -oE '[0-9]+$' | head -1)
base=http://127.0.0.1:$port/classpass
echo "studio app on $base (pid $app_pid), stand-in ClassPass on $classpass_url;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
load() {  # load NAME OPTIONS...
  local name=$1; shift
  echo "== $name"
  java -cp "$jar" "$pkg.reservations.ReservationLoad" --base-url "$base" --token $token "$@" \
    2>&1 | sed -E "s/^P3 result:/P3 studio app ${name#p3-studio-app-} result:/" | tee "$out/$name.txt"
  local rc=${PIPESTATUS[0]}
  if (( rc != 0 )); then echo "!! $name failed with exit code $rc"; status=1; fi
}
load p3-studio-app-bookings --venue "$venue" "${booking_run[@]}"
load p3-studio-app-refusals --venue 1 "${refusal_run[@]}"

# The outbox delivers asynchronously: give it a moment to send what the last bookings queued.
sleep 3
stop
pushed=$(grep -oE '^[0-9]+ requests received' "$stand_in_log" | grep -oE '^[0-9]+')
echo "P3 studio app outbox result: the stand-in ClassPass received ${pushed:-no} requests" \
  | tee "$out/p3-studio-app-outbox.txt"
if [[ -z "$pushed" || "$pushed" == 0 ]]; then
  echo "!! the app pushed nothing to the stand-in ClassPass"; status=1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
