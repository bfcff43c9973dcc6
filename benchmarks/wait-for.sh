# Sourced by the benchmark scripts that start processes and wait for them to say they are ready.

wait_for() {  # wait_for FILE PATTERN SECONDS PID: until the file has the pattern
  local file=$1 pattern=$2 seconds=$3 pid=$4
  for (( i = 0; i < seconds * 5; i++ )); do
    if grep -qE "$pattern" "$file" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "!! process $pid ended; see $file"; return 1; fi
    sleep 0.2
  done
  echo "!! no '$pattern' in $file after $seconds s"; return 1
}
