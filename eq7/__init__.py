"""eq7: the console command that ties the symbolic and the numeric halves together."""
