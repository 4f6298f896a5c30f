#!/usr/bin/env bash
# Accepts every pending snapshot: renames each *.received.* file under tests/ to *.verified.*.
set -euo pipefail
cd "$(dirname "$0")"
find . -name '*.received.*' -print0 | while IFS= read -r -d '' file; do
  mv "$file" "${file/.received./.verified.}"
  echo "accepted ${file/.received./.verified.}"
done
