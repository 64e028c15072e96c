#!/bin/sh
# Checks that the C# corpus generator writes the same files, byte for byte, as the
# Python script it replaces, for a few sizes, broken-link counts and seeds.
#   compare-bench-corpus.sh PATH/TO/make-corpus.py
set -eu
script=${1:?usage: compare-bench-corpus.sh PATH/TO/make-corpus.py}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build "$here" -o "$work/bin" >/dev/null
for args in "1 0 1" "7 3 0" "20 20 5" "150 10 2" "300 30 7" "1000 0 1" "1000 64 42" "2500 250 123456789" "10000 100 4294967297"; do
  set -- $args
  python3 "$script" "$work/py" --pages "$1" --broken "$2" --seed "$3"
  dotnet "$work/bin/TestData.dll" bench-corpus "$work/cs" --pages "$1" --broken "$2" --seed "$3" >/dev/null
  diff -r "$work/py" "$work/cs" >/dev/null || { echo "DIFFERENT: pages=$1 broken=$2 seed=$3"; diff -r "$work/py" "$work/cs" | head; exit 1; }
  echo "same: pages=$1 broken=$2 seed=$3 ($(find "$work/cs" -type f | wc -l) files, $(($(wc -l < "$work/cs/expected-broken.tsv") - 1)) broken links)"
  rm -rf "$work/py" "$work/cs"
done
