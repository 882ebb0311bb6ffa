"""Every printed form of a counterexample lets a student recompute both sides by hand.

For refuted steps of three vocabularies (the post's three invalid steps: the base columns; the
README's KL example and a KL with a flipped entropy: a second distribution; a latent row: latent
tables; an RBM: units and weights), each output -- the JSON, the text report (the pytest message is
the same lines), the Markdown and HTML tables, the LaTeX companion's paragraph, `eq7 grade`'s message,
check_step's str() and its Jupyter display --
is parsed back into numbers, and both sides are
recomputed from those numbers alone with formulas written here, independently of the checker. A
mutation test puts the unused base instance's e^{-E} in place of the tables and requires the
recomputation to fail.
"""
from __future__ import annotations

import json
import math
import re
from fractions import Fraction
from html.parser import HTMLParser

import pytest

from derivation.classroom import check_step
from derivation.grade import invalid_message
from derivation.show.html.blocks import counterexample_html
from derivation.run.checkdoc import check_text, shipped_post
from derivation.show.markdown_display import counterexample_table
from derivation.show.companion import _counterexample as _companion_counterexample, _tex_text
from derivation.pytest_plugin import explain
from derivation.show.report import counterexample_text
from derivation.show.shown_counterexample import fields

KL = (r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi)")
KL_SIGN = (r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] + H(q_\phi) + \log Z_\theta")
LATENT = (r"\log p_\theta(x)", r"\sum_h \log p_\theta(x, h)")
INTEGRAL = (r"\int p_\theta(x) E_\theta(x) dx", r"\int E_\theta(x) dx")
SHIFTED = (r"\nabla_\phi \mathbb{E}_{x\sim q_\phi}[E_\theta(x)]", r"\mathbb{E}_{x\sim q_\phi}[\nabla_\phi E_\theta(x)]")
FUNCTION = ("f(a+b)", "f(a) + f(b)")
TEMPERATURE = (r"\frac{\partial \log Z_\beta}{\partial \beta}", r"\mathbb{E}_{x\sim p_\beta}[E(x)]")
GRAD_KL = (r"\nabla_\theta \mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[\nabla_\theta E_\theta(x)]")


def num(s) -> float:
    return float(Fraction(str(s).strip()))


# ---- the sides, recomputed from numbers alone (no checker code) --------------------------------
def post_columns(inst: dict) -> tuple[list, list, list]:
    """The states' e^{-E} and dE/dTheta at the point, and the data (1-based states), from the tables
    E(1), E(2), ... every printed form of a counterexample gives."""
    e = inst["entries"]
    states = sorted(int(re.search(r"\d+", k)[0]) for k in e if k.startswith("E("))
    entry = [e[next(k for k in e if k.startswith("E(") and int(re.search(r"\d+", k)[0]) == s)] for s in states]
    deriv = [next(v for c, v in x.items() if c.startswith(("d/d", "∂/∂"))) for x in entry]
    return [Fraction(str(x["e^{-E}"])) for x in entry], [Fraction(str(v)) for v in deriv], inst["data"]


def post_sides(line: int, inst: dict) -> tuple[float, float]:
    """The post's invalid steps (rows 6->7, 9->10, 11->12), at line `line` of the post, from the
    states' e^{-E}, dE/dTheta and the data."""
    w, d, data = post_columns(inst)
    n, z = len(data), sum(w)
    mean_data = sum(d[x - 1] for x in data) / n
    model = sum(w[k] / z * d[k] for k in range(len(w)))          # E_{P}[dE]
    over_data_w = sum(w[x - 1] for x in data)                    # sum_i e^{-E(x_i)}
    over_data = sum(w[x - 1] * d[x - 1] for x in data)           # sum_i e^{-E(x_i)} dE(x_i)
    if line == 24:   # + d log Z / dTheta  vs  + d/dTheta log sum_i e^{-E(x_i)}
        return mean_data - model, mean_data - over_data / over_data_w
    if line == 27:   # sum_i e^{-E} (-dE) / sum_i e^{-E}  vs  - sum_i e^{-E(x_i)}/Z dE(x_i)
        return mean_data - over_data / over_data_w, mean_data - over_data / z
    if line == 29:   # - sum_i P(x_i) dE(x_i)  vs  - E_P[dE]
        return mean_data - over_data / z, mean_data - model
    raise AssertionError(line)


def kl_sides(inst: dict, sign: int) -> tuple[float, float]:
    """KL(q || p) and E_q[E] + sign H(q) (+ log Z when sign is +1: the row KL_SIGN)."""
    g = {k: num(v["e^{g}"]) for k, v in inst["entries"].items() if k.startswith("g_q")}
    b = {k[1:]: num(v["e^{-E}"]) for k, v in inst["entries"].items() if k.startswith("E(")}
    states = sorted(b)
    zq, zp = sum(g["g_q" + s] for s in states), sum(b.values())
    q = {s: g["g_q" + s] / zq for s in states}
    p = {s: b[s] / zp for s in states}
    kl = sum(q[s] * math.log(q[s] / p[s]) for s in states)
    entropy = -sum(q[s] * math.log(q[s]) for s in states)
    mean_e = sum(q[s] * -math.log(b[s]) for s in states)
    return kl, mean_e + sign * entropy + (math.log(zp) if sign > 0 else 0)


def grad_kl_sides(inst: dict) -> tuple[float, float]:
    """d/dtheta KL(q || p_theta) = E_q[dE] - E_p[dE], and E_q[dE] (the model phase dropped)."""
    e = inst["entries"]
    states = sorted(k[1:] for k in e if k.startswith("E("))
    g = {s: num(e["g_q" + s]["e^{g}"]) for s in states}
    b = {s: num(e["E" + s]["e^{-E}"]) for s in states}
    de = {s: num(e["E" + s]["d/dtheta"]) for s in states}
    q = {s: g[s] / sum(g.values()) for s in states}
    p = {s: b[s] / sum(b.values()) for s in states}
    eq, ep = sum(q[s] * de[s] for s in states), sum(p[s] * de[s] for s in states)
    return eq - ep, eq


def integral_sides(inst: dict) -> tuple[float, float]:
    """sum_x mu(x) p(x) E(x) and sum_x mu(x) E(x), p = e^{-E}/Z a density: Z = sum_x mu(x) e^{-E(x)}."""
    e, mu = inst["entries"], inst["masses"]
    b = {k[2:-1]: num(v["e^{-E}"]) for k, v in e.items() if k.startswith("E(")}
    z = sum(mu[s] * b[s] for s in b)
    return (sum(mu[s] * b[s] / z * -math.log(b[s]) for s in b), sum(mu[s] * -math.log(b[s]) for s in b))


def shifted_sides(inst: dict) -> tuple[float, float]:
    """d/dphi sum_x p_phi(x) E_theta(x): the model's entries are functions of phi, E_theta is them at
    phi = theta (u = theta - phi's point); p_phi at phi's point. The right side is 0."""
    e, at = inst["entries"], inst["points"]
    u = at["theta"] - at["phi"]
    b = {k: num(v["e^{-E}"]) for k, v in e.items()}
    d = {k: num(v["d/dphi"]) for k, v in e.items()}
    s2 = {k: num(v["d2/dphi2"]) for k, v in e.items()}
    z = sum(b.values())
    p = {k: b[k] / z for k in b}
    mean_d = sum(p[k] * d[k] for k in b)
    e_theta = {k: -math.log(b[k]) + d[k] * u + s2[k] * u * u / 2 for k in b}
    return sum(-p[k] * (d[k] - mean_d) * e_theta[k] for k in b), 0.0


def function_sides(inst: dict) -> tuple[float, float]:
    """f(a + b) and f(a) + f(b), f(t) = value + d t + s t^2/2 + r (e^t - 1 - t - t^2/2)."""
    (entry,) = inst["entries"].values()
    v, d, s2 = num(entry["value"]), num(entry["d/df.1"]), num(entry["d2/df.12"])
    r = num(entry["e^{f.1} coefficient"])

    def f(t):
        return v + d * t + s2 * t * t / 2 + r * (math.exp(t) - 1 - t - t * t / 2)
    a, b = inst["points"]["a"], inst["points"]["b"]
    return f(a + b), f(a) + f(b)


def temperature_sides(inst: dict) -> tuple[float, float]:
    """d/dbeta log Z_beta = -E_p[E] and E_p[E], p = e^{-beta E}/Z_beta (the reading notes say so)."""
    beta = inst["points"]["beta"]
    energy = {k: -math.log(num(v["e^{-E}"])) for k, v in inst["entries"].items()}
    w = {k: math.exp(-beta * e) for k, e in energy.items()}
    mean = sum(w[k] * energy[k] for k in w) / sum(w.values())
    return -mean, mean


def latent_sides(inst: dict, x: int = 1) -> tuple[float, float]:
    """log p(x) and sum_h log p(x, h), p(x, h) = e^{-E(x,h)} / Z over every (x, h)."""
    b = {tuple(map(int, re.findall(r"\d+", k))): num(v["e^{-E}"]) for k, v in inst["entries"].items()}
    z = sum(b.values())
    return (math.log(sum(v for (s, _), v in b.items() if s == x) / z),
            sum(math.log(v / z) for (s, _), v in b.items() if s == x))


# ---- parsers: each printed form back to numbers ---------------------------------------------------
def from_json(c: dict) -> dict:
    return {"entries": {k: v for k, v in c["tables"].items() if isinstance(v, dict)}, "lhs": c["lhs"], "rhs": c["rhs"]}


def _sides_text(text: str) -> tuple[float, float]:
    flat = " ".join(text.split())
    m = re.search(r"left side = (.*?);\s+right side = (.*?)\.?$", flat)
    return tuple(float(v.split(" = ")[-1].rstrip(".")) for v in m.groups())


def from_text(lines: list[str]) -> dict:
    text = "\n".join(lines)
    flat = " ".join(text.split())
    lhs, rhs = _sides_text(flat)
    entries = {}
    for name, body in re.findall(r"^\s*((?:E|g_q|f)\([\d, ]*\)): (.*)\.$", text, re.M):
        entries[name] = dict(kv.replace("θ", "theta").replace("φ", "phi").split(" = ") for kv in body.split(", "))
    return {"entries": entries, "lhs": lhs, "rhs": rhs}


def from_markdown(md: str) -> dict:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in md.splitlines()
            if line.startswith("|") and not line.startswith("|---")]
    head, body = rows[0], rows[1:]
    flat = " ".join(md.split())
    m = re.search(r"Left side = (.*?); right side = (.*?)\.$", flat)
    lhs, rhs = (float(v.rsplit("(", 1)[1].rstrip(")")) if "(" in v and not v.endswith("$") else num(v.strip("$ "))
                for v in m.groups())
    keys = {"$e^{-E}$ at the point": "e^{-E}", "$e^{g}$ at the point": "e^{g}"}
    def key(h):
        m = re.fullmatch(r"\$\\partial/\\partial \\?([\w.]+)\$", h)
        m2 = re.fullmatch(r"\$\\partial\^2/\\partial \\?([\w.]+)\^2\$", h)
        return f"d/d{m[1]}" if m else f"d2/d{m2[1]}2" if m2 else keys.get(h, h)
    entries = {}
    for r in body:
        name = r[0].replace("$", "").replace(r"\ell", "g_q").replace("\\", "")
        name = re.sub(r"^g_q", "g_q", name)
        entries[name] = {key(h): v for h, v in zip(head[1:], r[1:]) if v}
    return {"entries": entries, "lhs": lhs, "rhs": rhs}


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.tables[-1][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def from_html(html: str) -> dict:
    p = _Tables()
    p.feed(html)
    instance, sides = p.tables
    lhs, rhs = (float(v.split("≈")[-1].replace("−", "-")) if "≈" in v else num(v.replace("−", "-"))
                for v in sides[1])
    head = instance[0]
    keys = {"e−E": "e^{-E}", "eg": "e^{g}", "∂/∂θ": "d/dtheta", "∂/∂ϕ": "d/dphi", "∂/∂φ": "d/dphi",
            "∂2/∂θ2": "d2/dtheta2", "∂2/∂ϕ2": "d2/dphi2"}
    entries = {r[0].replace(" ", ""): {keys.get(h, h): v.replace("−", "-") for h, v in zip(head[1:], r[1:]) if v}
               for r in instance[1:]}
    return {"entries": {k.replace("(", "(").replace(",", ", "): v for k, v in entries.items()},
            "lhs": lhs, "rhs": rhs}


def with_masses(inst: dict, printed: str) -> dict:
    """The masses of the atoms, however the form prints them: mass(1) = 1/3, mu(1) = 1/3."""
    if not isinstance(printed, str):
        printed = json.dumps(printed) if isinstance(printed, dict) else "\n".join(printed)
    inst["masses"] = {k: num(v) for k, v in re.findall(r"(?:mass|mu)\((\d+)\)[\"\s:=]*\"?([\d/]+)", printed)}
    printed = printed.replace("\\^{}", "^")   # the LaTeX companion's escaped caret
    data = re.search(r'"data": \[([\d, ]*)\]|x\^\(1\.\.N\) = \[([\d, ]*)\]|x\^\{\(N\)\}\$ = ([\d, ]*\d)'
                     r'|x<sup>\(1\.\.N\)</sup> = \(([\d, ]*)\)', printed)
    if data and "data" not in inst:   # the data points, however the form prints them
        inst["data"] = [int(v) for v in next(g for g in data.groups() if g is not None).split(",")]
    printed = re.sub(r"<mfrac>\s*<mn>(\d+)</mn>\s*<mn>(\d+)</mn>\s*</mfrac>", r"\1/\2", printed)   # MathML 1/3
    plain = re.sub(r"<[^>]+>", "", printed).replace("−", "-")   # the points of the parameters, as printed
    plain = re.sub(r'"(\w+) =": "', r"\1 = ", plain)                # JSON: "theta =": "-3"
    names = {"θ": "theta", "ϕ": "phi", "φ": "phi", "β": "beta"}
    inst["points"] = {names.get(k.lstrip("\\"), k.lstrip("\\")): num(v) for k, v in
                      re.findall(r"(?<![\w/.\\])(?<!d\$)(\\?theta|\\?phi|\\?beta|θ|ϕ|φ|β|a|b)\$?\s*\"?\s*[=:]\s*\"?\s*(-?\d+(?:/\d+)?)(?![\d/])", plain)}
    return inst


def assert_recomputed(inst: dict, sides) -> None:
    lhs, rhs = sides(inst)
    assert lhs == pytest.approx(inst["lhs"], rel=1e-5, abs=1e-9), (lhs, inst)
    assert rhs == pytest.approx(inst["rhs"], rel=1e-5, abs=1e-9), (rhs, inst)
    assert abs(lhs - rhs) > 1e-6   # and they differ: it is a counterexample


# ---- the refuted steps --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def post_steps():
    text, name = shipped_post()
    doc = check_text(text, name)
    return {s.step.to_line: s for r in doc.reports for s in r.steps if s.verdict == "invalid"}


@pytest.fixture(scope="module")
def verdicts():
    return {name: check_step(*step) for name, step in (("kl", KL), ("kl_sign", KL_SIGN), ("latent", LATENT),
                                                          ("grad_kl", GRAD_KL), ("integral", INTEGRAL),
                                                          ("shifted", SHIFTED), ("function", FUNCTION),
                                                          ("temperature", TEMPERATURE))}


SIDES = {"kl": lambda i: kl_sides(i, -1), "kl_sign": lambda i: kl_sides(i, +1), "latent": latent_sides,
         "grad_kl": grad_kl_sides, "integral": integral_sides, "shifted": shifted_sides,
         "function": function_sides, "temperature": temperature_sides}
def from_latex(tex: str) -> list[str]:
    """The LaTeX companion's counterexample paragraph, its escapes undone, cut back into the lines of the
    text report (one sentence per table entry) for from_text."""
    from derivation.show.companion import _TEX_CHAR
    for ch, esc in sorted(_TEX_CHAR.items(), key=lambda kv: -len(kv[1])):
        if esc.startswith(("\\", "$")):   # an escape (not a plain spelling such as − -> -)
            tex = tex.replace(esc, ch)
    return sentences(tex.removeprefix("counterexample: "))


def sentences(text: str) -> list[str]:
    """A counterexample written on one line, cut back into the text report's lines (one per table entry)."""
    return re.split(r"(?<=\.) (?=(?:E|g_q|f)\(|left side|With |Parameters at|Masses|At )", text)


def _form(parse, render):
    def read(rep):
        printed = render(rep)
        return with_masses(parse(printed), printed)
    return read


FORMS = {"json": _form(from_json, lambda rep: fields(rep.counterexample)),
         "text": _form(from_text, lambda rep: counterexample_text(rep, "    ")),
         "pytest": _form(from_text, lambda rep: explain(rep).splitlines()[1:]),
         "grade": _form(lambda msg: from_text(sentences(msg)), invalid_message),   # eq7 grade's message (CSV)
         "markdown": _form(from_markdown, lambda rep: counterexample_table(fields(rep.counterexample))),
         "html": _form(from_html, lambda rep: counterexample_html(rep.counterexample)),
         # the LaTeX (and Markdown) companion's paragraph, as derivation/show/companion.py writes it
         "latex": _form(lambda lines: from_text(from_latex("\n".join(lines)) if isinstance(lines, list) else from_latex(lines)),
                        lambda rep: _tex_text("counterexample: " + _companion_counterexample(rep)))}


def test_the_post_has_its_three_invalid_steps(post_steps):
    assert sorted(post_steps) == [24, 27, 29]


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("line", [24, 27, 29])
def test_the_posts_invalid_steps_recompute_from_every_form(post_steps, line, form):
    assert_recomputed(FORMS[form](post_steps[line]), lambda i: post_sides(line, i))


class _Rep:   # check_step's verdict seen as a step report (its counterexample object)
    def __init__(self, v):
        self.counterexample, self.verdict, self.explanation = v.refuted_on, v.verdict, v.explanation


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("name", sorted(SIDES))
def test_general_counterexamples_recompute_from_every_form(verdicts, name, form):
    v = verdicts[name]
    assert v.verdict == "invalid"
    assert_recomputed(FORMS[form](_Rep(v)), SIDES[name])


@pytest.mark.parametrize("name", sorted(SIDES))
def test_check_step_str_and_display_recompute(verdicts, name):
    v = verdicts[name]
    assert_recomputed(with_masses(from_text(str(v).splitlines()[1:]), str(v)), SIDES[name])
    assert_recomputed(with_masses(from_json(v.counterexample), v.counterexample), SIDES[name])
    assert_recomputed(with_masses(from_html(v._repr_html_()), v._repr_html_()), SIDES[name])


@pytest.mark.parametrize("name", sorted(SIDES))
def test_no_unused_base_instance_is_printed(verdicts, name):
    c = verdicts[name].counterexample
    assert not {"weights", "energy", "denergy", "d2energy"} & set(c)
    assert "data" not in c            # none of these rows has data
    assert ("hidden_states" in c) == (name == "latent")
    assert ("temperature" in c) == (name == "temperature") and ("shifted" in c) == (name == "shifted")
    text = str(verdicts[name])
    assert "e^(-E) = [" not in text and ("latent" in text) == (name == "latent")


def test_only_the_derivative_columns_a_derivative_reaches_are_printed(verdicts):
    """KL(q || p) takes no derivative: values only; its gradient takes one: no d2 column; a family
    written at another value keeps every column (they are coefficients of its polynomial)."""
    def columns(name):
        return {c for e in verdicts[name].counterexample["tables"].values() if isinstance(e, dict) for c in e}
    assert columns("kl") == {"e^{-E}", "e^{g}"} and "d/d" not in str(verdicts["kl"])
    assert "d/dtheta" in columns("grad_kl") and not any(c.startswith("d2/") for c in columns("grad_kl"))
    assert "d2/dp2" not in str(verdicts["grad_kl"])
    assert "d2/dphi2" in columns("shifted")


def test_the_recomputation_fails_when_a_table_is_the_unused_base_instance(verdicts):
    v = verdicts["kl_sign"]   # two states: the base weights differ from the tables
    inst = from_json(v.counterexample)
    base = v.refuted_on.instance
    for k, name in enumerate(sorted(e for e in inst["entries"] if e.startswith("E("))):
        inst["entries"][name] = {**inst["entries"][name], "e^{-E}": str(base.weights[k])}
    with pytest.raises(AssertionError):
        assert_recomputed(inst, SIDES["kl_sign"])


def test_the_document_letter_is_used(tmp_path):
    doc = check_text("$$\n\\frac{\\partial}{\\partial \\theta} \\log Z_\\theta = \\sum_x \\frac{\\partial "
                     "E_\\theta(x)}{\\partial \\theta} \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n", "theta.md")
    from derivation.show.short_report import to_text_document
    out = to_text_document(doc)
    assert "Parameters at: θ = " in out and "d/dθ = " in out and "Θ" not in out.split("Verdicts:")[0].split("Counterexample")[1]
