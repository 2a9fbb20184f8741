#!/usr/bin/env bash
# The organisers' analytics pages on a large event (docs/performance.md, "Analytics"):
#   1. starts Hallway (target/hallway.war) on an empty H2 database with the demo event;
#   2. imports N attendees through the organisers' import (POST /api/admin/events/demo/attendees);
#   3. stops it and runs the documented bulk loader (org.hallway.load.AnalyticsBench seed: M meetings
#      of the demo's networking session with waits, media and routes, connections, ratings, room visits
#      and event stays, written as the application's own tables hold them);
#   4. starts it again and times the analytics page and each CSV download RUNS times (after one warm-up).
# From the repository root, after `./mvnw -B -DskipTests package`:
#   src/load/analytics-bench.sh [attendees=10000] [meetings=100000] [runs=3]
set -euo pipefail
N=${1:-10000}
M=${2:-100000}
RUNS=${3:-3}
PORT=${ANALYTICS_BENCH_PORT:-8284}
DATA="$PWD/target/analytics-bench"
JAR="$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar"
URL="jdbc:h2:file:$DATA/hallway;WRITE_DELAY=0"

bench() {
  ./mvnw -B -q -Pload -Dskip.npm=true test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
    -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.hallway.load.AnalyticsBench $*"
}

start() {
  HALLWAY_DB_URL="$URL" HALLWAY_DEMO=true java -Xmx2g -jar "$JAR" --deploy target/hallway.war --port "$PORT" \
    --nocluster --nohazelcast --contextroot / > "$DATA/server-$1.log" 2>&1 &
  echo $! > "$DATA/server.pid"
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$PORT/health/live" > /dev/null; then return 0; fi
    sleep 1
  done
  echo "Hallway did not start (see $DATA/server-$1.log)" >&2
  return 1
}

stop() {
  kill "$(cat "$DATA/server.pid")"
  while kill -0 "$(cat "$DATA/server.pid")" 2> /dev/null; do sleep 1; done
}

rm -rf "$DATA"
mkdir -p "$DATA"
start import
bench import "$PORT" "$N"
stop
bench seed "$URL" "$M"
start measure
bench time "$PORT" "$RUNS"
stop
