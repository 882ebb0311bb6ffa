#!/bin/bash
# usage: scan.sh owner+name : lists md/tex/ipynb files of the mirror's HEAD with EBM keyword counts
g=/work/.mirror/$1/repo
git -C $g log -1 --format='%H %cd'
git -C $g ls-tree -r --name-only HEAD | grep -iE '\.(md|markdown|tex|ipynb|mdx|rst)$' | while read f; do
  n=$(git -C $g show "HEAD:$f" 2>/dev/null | grep -ciE 'partition|boltzmann|softmax|ELBO|\\log Z|\\ln Z|energy|KL|entropy|sigmoid|exponential family|指数族|配分|熵|gradient|\\beta')
  [ "$n" -gt 3 ] && echo "$n $f"
done | sort -nr | head -${2:-25}
