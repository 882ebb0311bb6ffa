from eq7.cli import console

console()
