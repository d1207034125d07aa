#!/usr/bin/env bash
# Instructions per message, steady state, counted by valgrind's callgrind: two passes
# over 2,000 benchmark messages minus one pass (imports, loading and first-use compiles
# cancel out). Deterministic, unlike wall-clock time on a shared machine.
# Usage: bash benchmarks/instructions.sh [SRC_DIR | installed]   (SRC_DIR: another
# checkout's src/, with its charters/ beside it, e.g. a `git worktree` of an older commit;
# "installed": the chartekit the current python imports, e.g. a compiled wheel)
set -eu
# Set iteration order (hash seeds) changes the count by about 1 %: fix it unless asked.
export PYTHONHASHSEED="${PYTHONHASHSEED:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../src}"
pythonpath="${src/#installed/}"  # "installed": no path, the installed chartekit
count() {
  local out
  # The Python run must succeed: valgrind counts a traceback's instructions too.
  if ! out=$(PYTHONPATH="$pythonpath" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      --error-exitcode=0 python "$here/_passes.py" "$1" 2>&1); then
    echo "$out" | grep -v '^==' >&2
    return 1
  fi
  echo "$out" | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
two=$(count 2)
one=$(count 1)
if [ -z "$two" ] || [ -z "$one" ]; then
  echo "valgrind did not count (is valgrind installed, and chartekit importable?)" >&2
  exit 1
fi
build=$(PYTHONPATH="$pythonpath" python -c 'from chartekit._build import build; print(build())' 2>/dev/null || echo "?")
echo "$src ($build): $(( (two - one) / 2000 )) instructions per message"
