#!/usr/bin/env bash
# Rebuilds the .tgz subcharts of the fixtures from their source folders under src/, byte for byte reproducibly
# (sorted entries, fixed mtime and owner, gzip without name/time). ArchiveFixturesTest checks that each committed
# archive holds exactly its source folder.
set -euo pipefail
cd "$(dirname "$0")"
build() { # build SRC_FOLDER TARGET_TGZ
  local src=$1 target=$2 name
  name=$(basename "$src")
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=ustar \
      -C "$(dirname "$src")" -cf - "$name" | gzip -9 -n > "$target"
  echo "built $target from $src"
}
build src/tracing mini-istio/charts/tracing-0.1.0.tgz
