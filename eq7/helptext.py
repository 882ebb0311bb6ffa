"""The words of `eq7 --help` and `eq7 COMMAND --help`: what each command does, its exit codes and
an example, in one place (eq7/cli.py sets them on each subcommand's parser after its options)."""

MAIN_EPILOG = """\
exit status (eq7 alone):
  0  the end-to-end claim of eq. (7) is proved and the numbers agree
     (the post's own invalid steps are findings the report explains, not a failure)
  1  the claim is not proved, or a number disagrees
  2  bad options

examples:
  eq7                          check the post, then verify eq. (7) on toy models
  eq7 check my_derivation.md   check a student's derivation row by row
  eq7 COMMAND --help           the options of one command
"""

HELP = {
    "check": (
        "Check every derivation of Markdown or LaTeX documents row by row: each step is proved, "
        "holds on random instances, invalid (with a counterexample small enough to recompute by "
        "hand), undecided within the budget, or unreadable. With no DOC: the blog post shipped "
        "with the package.",
        """\
exit status:
  0  every judged step is valid (proved or holds)
  1  some step is invalid
  2  nothing invalid, but something could not be read or decided (a row, a step over the
     budget, the document), or bad options
  With several documents: 1 if any has an invalid step, else 2 if any has 2, else 0.

examples:
  eq7 check notes.md                 one document: a headline, then what needs attention
  eq7 check notes.md --verbose       every row with its verdict and the rules of its proof
  eq7 check alice.md bob.tex         several documents, one report each
  eq7 check notes.md --json          JSON (schema_version, status, passed, steps, claim)
  eq7 check - < notes.md             a document on standard input
  eq7 check notes.md --html c.html   also write a reading companion page
"""),
    "verify": (
        "Verify eq. (7) on seeded random toy models: the NLL gradient as positive minus negative "
        "phase (exact log Z), against autograd of the exact NLL and central differences.",
        """\
exit status:
  0  every model passes
  1  some model fails (a gap above the tolerance)
  2  bad options (a model too large for the budget, a negative seed, ...)

examples:
  eq7 verify                            every model at its default size
  eq7 verify --model ising --size 12    one model
  eq7 verify --json                     JSON (schema_version, status, passed, models)
"""),
    "figures": (
        "Draw the classroom figures (phases, sampled negative phase, estimators, ...) as PNG files, "
        "for slides.",
        """\
exit status:
  0  every figure written
  2  bad options, or the folder cannot be written

example:
  eq7 figures --out figures/
"""),
    "estimators": (
        "Measure how the negative phase is estimated in practice against its exact value, on a toy "
        "model with two or more modes: bias, variance, MSE and time of each method per number of "
        "samples M, and the exact NLL reached after training with it.",
        """\
exit status:
  0  the table (or JSON) is printed
  2  bad options

examples:
  eq7 estimators
  eq7 estimators --model rbm --methods exact,cd-1,pcd-1 --samples 10,100 --plot est.png
"""),
    "companion": (
        "Write the reading companion: the derivation's rows rendered as mathematics with their "
        "verdicts, counterexamples and corrected rows, and eq. (7) in numbers on toy models, as one "
        "self-contained HTML page (no network needed to view it).",
        """\
exit status:
  0  the page is written (the verdicts are in it)
  2  it cannot be (a missing or unreadable document, a file that cannot be written)

examples:
  eq7 companion                       the blog post, to eq7-companion.html
  eq7 companion notes.md -o notes.html
"""),
    "web": (
        "Write a static site that checks a derivation in the browser with nothing installed: the "
        "checker under Pyodide in a Web Worker, with Pyodide (npm) and the wheels it needs (pip) "
        "fetched now into the same folder. The page asks no other host.",
        """\
exit status:
  0  the site is written
  2  it cannot be (npm or pip failed, the folder cannot be written, a bad --time-limit)

examples:
  eq7 web --out site                  then: python -m http.server -d site 8000
  eq7 web --out site --time-limit 30  stop and restart a check after 30 s
"""),
    "grade": (
        "Check every student document of a folder (and its subfolders) and print one row per file: "
        "the verdict, whether the end-to-end claim is proved, the step counts, the first invalid "
        "line and a message. Each file is checked in a worker process with its own time budget.",
        """\
exit status:
  0  the table is made (whatever the students' verdicts)
  2  the folder or the CSV file cannot be used, or bad options

examples:
  eq7 grade submissions/
  eq7 grade submissions/ --csv grades.csv --timeout 30
"""),
}
