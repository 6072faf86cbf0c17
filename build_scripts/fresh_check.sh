#!/usr/bin/env bash
# `make fresh-check`: clone the committed HEAD into a temporary folder and run the README's
# commands there from nothing (a new venv, a new build, compiled translations made afresh).
# Only pip's download cache is shared. Uncommitted changes are not in the clone: commit first.
# Set KEEP=1 to keep the folder for a look afterwards. WITHOUT_SPEECH=1 runs the tests as on a
# machine without libspeechd2 (an empty libspeechd.so.2 first on LD_LIBRARY_PATH: the loader
# finds it and cannot load it), for the degraded read aloud. See docs/testing.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/asthma-app-fresh.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
if [ -n "$(git -C "$here" status --porcelain --untracked-files=no)" ]; then
    echo "note: uncommitted changes are not part of this check" >&2
fi
git clone --quiet --no-hardlinks "$here" "$work/asthma-app"
cd "$work/asthma-app"
echo "fresh clone of $(git rev-parse --short HEAD) in $work/asthma-app"
# Nothing from the developer's environment that could hide a missing step.
unset VIRTUAL_ENV PYTHONPATH QT_PLUGIN_PATH LD_LIBRARY_PATH SPEECHD_ADDRESS
if [ "${WITHOUT_SPEECH:-0}" = 1 ]; then
    mkdir "$work/no-libspeechd"
    : > "$work/no-libspeechd/libspeechd.so.2"
    export LD_LIBRARY_PATH="$work/no-libspeechd"
    echo "as without libspeechd2: LD_LIBRARY_PATH=$LD_LIBRARY_PATH"
fi
# The README's commands: `make test` sets everything up on first use, then runs the suite.
make test PYTEST_ARGS="${PYTEST_ARGS:--q -p no:randomly}"
