"""Group the unread labelled steps of SCORE.md (valid / invalid / either judged unreadable, undecided or unjudged)
into notation classes, by the first matching pattern of the checker's message. Helper analysis only."""
import re, collections, sys
CLASSES = [
 ("document macros (\\NN \\Exp \\T \\comma \\Frac \\kld \\s \\t, eqsub, \\ket)", r"unknown command \\(NN|Exp|T|comma|Frac|kld|s|t|ket|bra)\b|`eqsub`|`index`"),
 ("slash derivatives \\partial y_i / \\partial x_k and bare \\nabla gradients", r"unknown command \\(partial|nabla) \(expected a letter"),
 ("vectors / matrices: ^T, \\nabla^T, \\det, matrix environments, \\odot", r"transpose|\\nabla\^T|unknown command \\(det|begin|odot)|vectors and matrices"),
 ("thermodynamic functions without their state (U, E, H, Z(N,V,T)) and f(...) function-or-product (k_B, omega, N)", r"without its state|of what is not a parameter|may be the function"),
 ("combinatorics: n!, \\choose, series with \\ldots, products over states, sums not from 1", r"factorial|\\choose|\\ldots|\\cdots|product over the states|does not start at|does not run to"),
 ("other distributions / data letters: q(z|x), p_t, p_i, Z_A, x_i in a sum, two data letters", r"q of|p of|distribution|partition function Z_|inside a sum|two letters for the data|state written x with index|an objective or a free energy|absolute value"),
 ("symbols the prose ties to the model (several readings disagree)", r"plausible readings|prose ties"),
 ("random variable X / state used as a number with no declared values", r"uses the state"),
 ("a side may be undefined (log pi, division by sigma): domain", r"gave both sides a value|leave its domain"),
 ("definitions shown, not judged (=: / \\equiv / := rows)", r"definition of a new symbol"),
 ("subscript placement: \\sum^K_{k=1}, 1_{i=j}, Z_\\mathrm{1D} without braces", r"unexpected `_`|expected `}`|unexpected `\d`"),
 ("vector-valued functions with a label index (h(x)[y], index(...))", r"label index"),
 ("operator identities (d/dbeta = -kT^2 d/dT) and upper-index derivatives (d/d theta^i)", r"ends too early \(expected an expression after the derivative|order that is not"),
 ("other standard commands (\\max, \\cup, \\not, \\kern, \\langle, \\choose) and en-dash minus", r"unknown command|unexpected `–`"),
]
rows = [l for l in open(sys.argv[1] if len(sys.argv) > 1 else "SCORE.md") if re.match(r"- \S+\.md line \d+: expect (valid|invalid|either), got (unreadable|undecided|unjudged)", l)]
cnt, ex = collections.Counter(), collections.defaultdict(list)
for l in rows:
    m = re.match(r"- (\S+)\.md line (\d+): expect (\w+), got (\w+)\s+—\s+(.*)", l)
    doc, line, exp, got, msg = m.groups()
    for name, pat in CLASSES:
        if re.search(pat, msg):
            break
    else:
        name = "other (" + msg[:80] + ")"
    cnt[name] += 1
    ex[name].append(f"{doc[:2]}:{line}")
print(f"{len(rows)} labelled valid / invalid / either steps not read (unreadable, undecided or unjudged)\n")
print("| notation class | steps | documents:lines (first 8) |\n|---|---|---|")
for name, n in cnt.most_common():
    print(f"| {name} | {n} | {', '.join(ex[name][:8])} |")
