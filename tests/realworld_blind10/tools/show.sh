#!/bin/bash
# usage: show.sh owner+name path [from] [to]
g=/work/.mirror/$1/repo
git -C $g show "HEAD:$2" | cat -n | sed -n "${3:-1},${4:-400}p"
