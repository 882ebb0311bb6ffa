#!/bin/bash
# usage: excl_check.sh owner/name ... : prints EXCLUDED if owner or repo occurs in any exclusion file
for r in "$@"; do
  o=${r%%/*}
  if grep -rqi -- "$o" /work/used_repos.txt /work/heldout6/SOURCES.md /work/heldout6/excluded_repos.txt /work/main/tests/realworld_blind*/SOURCES.md /work/main/tests/realworld_blind*/README.md /work/main/tests/realworld_blind*/key.json /work/shared/realworld-dev/key.json /work/shared/realworld-dev/README.md 2>/dev/null; then echo "EXCLUDED? $r"; else echo "ok $r"; fi
done
