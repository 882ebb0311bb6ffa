#!/bin/bash
# usage: excl_check.sh owner/name ... : prints EXCLUDED? if the owner name occurs in any exclusion file
FILES="/work/used_repos.txt /work/shared/realworld-dev/key.json /work/shared/realworld-dev/README.md"
for f in /work/main/tests/realworld_blind*/SOURCES.md /work/main/tests/realworld_blind*/README.md /work/main/tests/realworld_blind*/key.json /work/main/tests/realworld_blind*/sources.py \
         /work/heldout6*/* /work/heldout7*/* /work/heldout8*/* /work/heldout9*/* /work/heldout10*/* /work/heldout11h/*; do
  [ -f "$f" ] && FILES="$FILES $f"
done
for r in "$@"; do
  o=${r%%/*}
  if grep -qi -- "$o" $FILES 2>/dev/null; then echo "EXCLUDED? $r ($(grep -li -- "$o" $FILES | head -3 | tr '\n' ' '))"; else echo "ok $r"; fi
done
