#!/bin/bash
# show.sh mirror commit path [a b] : numbered lines
git -C /work/.mirror/$1/repo show $2:"$3" | cat -n | sed -n "${4:-1},${5:-400}p"
