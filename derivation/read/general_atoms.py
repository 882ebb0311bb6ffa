"""The general reader's letters and what hangs on them: styles, subscripts, primes, applications
f(a, b; c | d), named operators (Var, Cov, KL) and expectations with or without brackets."""
from __future__ import annotations

from .general_tokens import DECOS, GREEK, MARK_PRIMES, MARKS_AS_PRIMES, NAMED, STYLES, TEXTS
from .read_error import ReadError


class AtomsMixin:
    """Methods of general.Parser that read a letter and what is attached to it."""

    def letter(self):
        """A letter with its decoration: (name, deco)."""
        t = self.next()
        if t[0] == "ch" and t[1].isalpha():
            return t[1], ""
        if t[0] == "cmd":
            name = t[1]
            if name in GREEK:
                return name, ""
            if name in DECOS or name in STYLES or name in TEXTS:
                deco = DECOS.get(name, "")
                if self.at("ch", "{"):
                    self.next()
                    if name in TEXTS or (name in ("mathrm",) and self._word_ahead()):
                        word = self.word()
                        self.expect("ch", "}")
                        return word, "text"
                    inner, inner_deco = self.letter()
                    while self.at("ch", "_") or self.at("ch", "^"):
                        break
                    self.expect("ch", "}")
                    return inner, deco or inner_deco
                if name in ("rm", "it", "bf") and self.at("ch") and self.peek()[1].isalpha():
                    word = ""  # {\rm data}: an old-style switch, the word runs to the next non-letter
                    while self.at("ch") and self.peek()[1].isalpha():
                        word += self.next()[1]
                    return word, "text" if len(word) > 1 else ""
                inner, inner_deco = self.letter()
                return inner, deco or inner_deco
            if name in ("top", "intercal", "transpose"):  # x^\top: a transpose (derivation/meaning/explicit.py),
                return "top", ""   # never the letter T: a document where T is also a number still reads it
            if name == "ell":
                return "l", ""
            if name in ("emptyset", "perp", "parallel"):   # T_\perp, T_\parallel: names in a script
                return name, ""
        raise ReadError(f"unknown command \\{t[1]}" if t[0] == "cmd" else f"unexpected `{t[1]}`", t[2],
                        "a letter, a number or a command of the notation")

    def _word_ahead(self):
        j, n = self.k, 0
        while j < len(self.toks) and self.toks[j][0] == "ch" and self.toks[j][1].isalpha():
            j += 1
            n += 1
        return n > 1 and j < len(self.toks) and self.toks[j][1] == "}"

    def word(self):
        out = []
        depth = 0
        while not (self.at("ch", "}") and depth == 0) and not self.at("end"):
            t = self.next()
            depth += t[1] == "{"
            depth -= t[1] == "}"
            out.append(t[1] if t[0] != "cmd" else "\\" + t[1])
        return "".join(out).strip()

    def atom(self, scripts=True):
        run = self._capital_run()
        name, deco = (run, "text") if run else self.letter()
        if deco == "text":
            named = NAMED.get(name)
            if named in ("var", "cov"):
                return self.named(named)
            if (name.lower() in ("kl",) or name in ("D_{KL}",)) and (self.at("ch", "(") or self.at("ch", "[")
                                                                         or self.at("ch", "_")):
                return self.named("kl")
            if name == "d" and self.at("ch", "}") is False:
                pass
        if deco == "" and name in NAMED and NAMED[name] == "kl" and self.at("ch", "("):
            return self.named("kl")
        if deco == "bb" and name == "E":
            return self.expectation()
        if deco == "bb" and name == "V":
            return self.named("var")
        if name in ("D",) and deco in ("", "text") and self.at("ch", "_") and self._kl_sub():
            return self.named("kl", skip_sub=True)
        sub = sup = None
        primes = 0
        if not scripts:
            return ("sym", name, deco, None, 0, None)
        while True:
            if self.at("ch", "_") and sub is None:
                self.next()
                sub = self.script_arg(allow_relations=True)
            elif self.at("ch", "'"):
                self.next()
                primes += 1
            elif self.at("ch", "^") and self._prime_sup():
                self.next()
                if self.at("cmd", "prime"):
                    self.next()
                else:  # ^{'} or ^{\prime}, possibly ^{''}
                    self.next()
                    while not self.at("ch", "}") and not self.at("end"):
                        primes += self.next()[1] in ("'", "prime")
                    self.expect("ch", "}")
                    continue
                primes += 1
            elif self.at("ch", "^") and name != "e" and self._mark_sup() and primes < MARK_PRIMES:
                primes += self._mark_sup(take=True)   # x^{+}, theta^{*}: a letter of its own (meaning_values.marks)
            elif self.at("ch", "^") and sub is None and name in ("p", "P", "q", "Q") and self._word_sup():
                sub = ("sym", self._word_sup(take=True), "text", None, 0, None)   # p^{DATA}: p_{data}, a label
            elif self.at("ch", "^") and sup is None and self._paren_sup() and not (name == "e" and deco == ""):
                # x^{(i)} is a data point's label; e^{(c + Wv)} is an exponential (its exponent was dropped)
                self.next()
                sup = self.script_arg()
            else:
                break
        sym = ("sym", name, deco, sub, primes, sup)
        if name == "E" and deco == "" and sub is not None and (self.at("ch", "[") or self.at("cmd", "{")):
            return self.expectation(sub=sub, head_taken=True)
        if self.at("ch", "(") and name not in ("e",):
            app = self.application(sym)
            if self.at("ch", "[") and (len(name) == 1 and name.islower() and name not in "pqe" and deco == ""
                                       or len(name) > 1 and deco == "text" and name.isupper()):   # NN_theta(x)[y]
                self.next()   # f_theta(x)[y]: the logit of label y (derivation/meaning/explicit.py)
                label = self.expr()
                self.expect("ch", "]")
                return ("index", app, label)
            return app
        if self.at("ch", "[") and name in ("H", "KL", "D") and deco in ("", "cal"):
            return self.application(sym, "[", "]")
        if self.at("ch", "[") and deco == "text" and len(name) > 1 and name.isalpha() and name.isupper() \
                and sub is None and sup is None and not primes:
            return self.application(sym, "[", "]")   # \text{ELBO}[q]: a named functional of q, never ELBO times q
        return sym

    def _capital_run(self):
        """LL(\\theta), NLL_\\theta(x), ELBO(q): capital letters typed together before an argument are one name
        (an arbitrary function, or one the row defines), never a product of the vocabulary's letters (L times
        the NLL L(theta)). Lower-case runs stay letters (ab(x) may be a times b(x)); the run is taken only
        when the letters touch and an argument or a subscript and an argument follow."""
        if self.k > 0 and self.toks[self.k - 1][0] == "ch" and self.toks[self.k - 1][1] in ("_", "^"):
            return None   # \sum_XQ(X): an unbraced script is one character (X), Q(X) follows it
        j, name = self.k, ""
        while j < len(self.toks) and self.toks[j][0] == "ch" and len(self.toks[j][1]) == 1 \
                and self.toks[j][1].isalpha() and self.toks[j][1].isupper() and self.toks[j][1].isascii() \
                and (j == self.k or self.toks[j][2] == self.toks[j - 1][2] + 1):
            name += self.toks[j][1]
            j += 1
        if len(name) < 2 or j >= len(self.toks):
            return None
        after = self.toks[j]
        if not (after[0] == "ch" and (after[1] in "(_" or after[1] == "[" and name == "KL")
                and after[2] == self.toks[j - 1][2] + 1):
            return None   # KL[q || p]: the divergence's brackets
        self.k = j
        return name

    def _word_sup(self, take=False):
        """The word of p^{DATA}, p^{data}, p^{\\text{data}}, p^{\\mathrm{model}} (a label, as a subscript would be),
        or None; `take` consumes it. Only data and model words: p^{(0)}, p^2 and p^{T} are something else."""
        j, toks = self.k + 1, self.toks
        if j < len(toks) and toks[j][0] == "ch" and toks[j][1] == "{":
            j += 1
        if j < len(toks) and toks[j][0] == "cmd" and toks[j][1] in ("text", "mathrm", "textrm", "rm"):
            j += 1
            if j < len(toks) and toks[j][1] == "{":
                j += 1
        word = ""
        while j < len(toks) and toks[j][0] == "ch" and toks[j][1].isalpha():
            word += toks[j][1]
            j += 1
        closes = 0
        while j < len(toks) and toks[j][0] == "ch" and toks[j][1] == "}" and closes < 2:
            j += 1
            closes += 1
        opened = sum(1 for t in toks[self.k + 1:j] if t[1] == "{")
        if word.lower() not in ("data", "model", "emp", "empirical") or closes != opened:
            return None
        if take:
            self.k = j
        return word.lower()

    def _kl_sub(self):
        j = self.k + 1
        words = "".join(t[1] for t in self.toks[j:j + 8] if t[0] in ("ch", "cmd"))
        return "KL" in words[:12]

    def _prime_sup(self):
        a, b = self.peek(1), self.peek(2)
        return (a[0] == "cmd" and a[1] == "prime") or (a[1] == "{" and (b[1] == "'" or b[1] == "prime"))

    def _mark_sup(self, take=False):
        """x^+, x^{-}, theta^*, theta^{\\ast}: the mark's count of primes (MARKS_AS_PRIMES), or 0."""
        a, b, c = self.peek(1), self.peek(2), self.peek(3)
        braced = a[1] == "{"
        t = b if braced else a
        mark = {"ast": "*", "star": "*", "sharp": "\\sharp"}.get(t[1], t[1]) if t[0] == "cmd" \
            else t[1] if t[0] == "ch" else None
        if mark not in MARKS_AS_PRIMES or (braced and c[1] != "}"):
            return 0
        if take:
            for _ in range(4 if braced else 2):
                self.next()
        return MARKS_AS_PRIMES[mark]

    def _paren_sup(self):
        a, b = self.peek(1), self.peek(2)
        return a[1] == "{" and b[1] == "(" or a[1] == "("

    def application(self, sym, open_="(", close=")"):
        self.next()
        args, cond, semi = [], [], []
        target, one_bar = args, False
        if self.at("ch", close):
            self.next()
            return ("app", sym, [], [])
        while True:
            a = self.expr()
            if self.at("ch", "="):  # p(h_j = 1 | v): a unit's value (derivation/meaning/explicit.py)
                self.next()
                a = ("eqsub", a, self.expr())
            if self.at("cmd", "|") or self.at("cmd", "Vert") or (self.at("ch", "|") and self.at("ch", "|", 1)):
                self.k += 1 if self.peek()[0] == "cmd" else 2
                target.append(a)
                return self._kl_rest(sym, target, close)
            target.append(a)
            if self.at("ch", ",") or self.at("ch", ";"):
                if self.at("ch", ";"):
                    target = semi
                self.next()
                continue
            if self.at("ch", "|") or self.at("cmd", "mid") or self.at("cmd", "vert"):
                self.next()
                one_bar = target is args and len(args) == 1   # KL(q | p): one bar right after the first argument
                target = cond
                continue
            break
        self.expect("ch", close)
        self._one_bar = one_bar and not semi   # read by named() right after this call returns
        return ("app", sym, args, cond + semi)

    def _kl_rest(self, sym, first, close):
        b = self.expr()
        self.expect("ch", close)
        return ("kl", first[0], b)

    def named(self, kind, skip_sub=False):
        sub = None
        if skip_sub and self.at("ch", "_"):
            self.next()
            self.script_arg()
        if kind in ("var", "cov") and self.at("ch", "_"):
            self.next()
            sub = self.script_arg(allow_relations=True)
        if kind == "kl" and self.at("ch", "_"):
            self.next()
            self.script_arg()
        opener = self.peek()
        if opener[1] not in ("(", "["):
            self.fail(f"{kind} without its argument", "( or [")
        close = ")" if opener[1] == "(" else "]"
        app = self.application(("sym", kind, "", None, 0, None), opener[1], close)
        if kind == "kl":
            if app[0] == "kl":
                return app
            if app[0] == "app" and len(app[2]) == 2 and not app[3]:   # D_KL(q, p), KL(Q, P): the same divergence
                return ("kl", app[2][0], app[2][1])
            if app[0] == "app" and len(app[2]) == 1 and len(app[3]) == 1 and self._one_bar:
                return ("kl", app[2][0], app[3][0])   # KL(q(z) | p(z | x)): one bar between the two distributions
            self.fail("KL needs two distributions separated by \\|", "KL(q \\| p)")
        return (kind, sub, app[2] + app[3])

    def expectation(self, sub=None, head_taken=False):
        if not head_taken and self.at("ch", "_"):
            self.next()
            sub = self.script_arg(allow_relations=True)
        if self.at("ch", "[") or self.at("ch", "("):
            close = "]" if self.peek()[1] == "[" else ")"
            self.next()
            body = self.expr()
            if self.at("cmd", "mid") or self.at("ch", "|") or self.at("cmd", "vert"):
                self.next()
                given = self.expr()
                if self.at("ch", "="):   # E[X | Y = y]: given an event, not a variable
                    self.fail("a conditional expectation given an event (Y = y): not read yet", "E[X \\mid Y]")
                self.expect("ch", close)
                return ("expect_given", sub, body, given)
            self.expect("ch", close)
            return ("expect", sub, body)
        if self.at("cmd", "{"):
            self.next()
            body = self.expr()
            self.expect("cmd", "}")
            return ("expect", sub, body)
        return ("expect", sub, self.product())
