#!/usr/bin/env bash
# Saves a screenshot of every staff page of the studio app in examples/studio-app/target/screenshots/
# (headless Chromium; needs Debian's chromium and chromium-driver packages, or CHROMIUM_BIN and
# CHROMEDRIVER). Runs StaffScreenshotsTest alone, against the app on a random port.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -pl examples/studio-app -am test -Dtest=StaffScreenshotsTest \
  -Dsurefire.failIfNoSpecifiedTests=false
ls -1 examples/studio-app/target/screenshots/*.png
