#!/usr/bin/env bash
# Rebuilds the import corpus: ./src/test/resources/imports/corpus/make-corpus.sh (from the project root).
# Files made by LibreOffice (Debian's libreoffice-calc-nogui, headless) from the readable sources in
# sources/, with an Indonesian (id-ID) and an English (en-US) profile, and files written "as Excel does"
# by POI (src/test/java/id/canting/imports/CorpusWorkbooks.java). What each file must give on import is
# in expected.json; SpreadsheetCorpusFilesTest checks that the cells have the types meant here.
set -euo pipefail
cd "$(dirname "$0")"
corpus="$PWD"
root="$(cd ../../../../.. && pwd)"
command -v soffice >/dev/null || { echo "soffice missing: apt-get install libreoffice-calc-nogui" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One LibreOffice profile per locale: the CSV import filter's language decides how "1.250.000,50" and
# "1/7/2031" are read; the profile's locale decides how numbers and dates are written to CSV.
profile() { # $1 = dir, $2 = locale
  mkdir -p "$1/user"
  cat >"$1/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>$2</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
XCU
}
profile "$work/lo-id" id-ID
profile "$work/lo-en" en-US

# $1 profile, $2 CSV import filter options, $3 target filter, $4 output dir, $5.. sources
convert() {
  local prof="$1" infilter="$2" target="$3" out="$4"; shift 4
  soffice --headless "-env:UserInstallation=file://$work/$prof" --infilter="$infilter" \
    --convert-to "$target" --outdir "$out" "$@" >/dev/null 2>&1
}

# CSV filter options: separator (59 ';', 44 ','), quote ("), charset 76 = UTF-8, start row 1, -, language
ID_CSV="CSV:59,34,76,1,,1057"
EN_CSV="CSV:44,34,76,1,,1033"

cp sources/lo-id-ikm.csv sources/lo-id-trade.csv sources/lo-en-ikm.csv sources/lo-titled.fods "$work/"
cd "$work"
for target in xlsx "xls:MS Excel 97" ods; do
  convert lo-id "$ID_CSV" "$target" "$corpus" lo-id-ikm.csv
  convert lo-id "$ID_CSV" "$target" "$corpus" lo-titled.fods
done
convert lo-id "$ID_CSV" xlsx "$corpus" lo-id-trade.csv
convert lo-en "$EN_CSV" xlsx "$corpus" lo-en-ikm.csv
convert lo-en "$EN_CSV" ods "$corpus" lo-en-ikm.csv
# CSV saved by LibreOffice: ';' with the Indonesian profile, ',' with the English one
mkdir -p csv-id csv-en
convert lo-id "$ID_CSV" "csv:Text - txt - csv (StarCalc):59,34,76,1" csv-id lo-id-ikm.csv lo-id-trade.csv
convert lo-en "$EN_CSV" "csv:Text - txt - csv (StarCalc):44,34,76,1" csv-en lo-en-ikm.csv
cp csv-id/lo-id-ikm.csv "$corpus/lo-id-ikm.resaved.csv"
cp csv-id/lo-id-trade.csv "$corpus/lo-id-trade.resaved.csv"
cp csv-en/lo-en-ikm.csv "$corpus/lo-en-ikm.resaved.csv"

# Workbooks written as Excel writes them (POI), run as a single Java source file with POI on the classpath
cd "$root"
./mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "$(cat "$work/cp.txt")" src/test/java/id/canting/imports/CorpusWorkbooks.java "$corpus"

ls -l "$corpus" | grep -v '^total'
du -cb "$corpus" | tail -1
