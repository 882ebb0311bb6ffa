"""The docs (docs/): the reference builds from the docstrings and covers every public name; the guide's
example prints what the guide says it prints."""
from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def reference_builder():
    spec = importlib.util.spec_from_file_location("build_reference", DOCS / "build_reference.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def reference(reference_builder, tmp_path_factory):
    out = tmp_path_factory.mktemp("docs") / "reference.md"
    assert reference_builder.main([str(out)]) == 0   # 1 when a public name has no docstring
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("package", ["derivation", "toy_models"])
def test_every_public_name_is_in_the_reference_with_its_docstring(reference, package):
    mod = importlib.import_module(package)
    assert mod.__all__
    for name in mod.__all__:
        doc = inspect.getdoc(getattr(mod, name))
        assert re.search(rf"^### `{package}\.{name}\b", reference, re.M), name
        assert doc.splitlines()[0] in reference, name


def test_no_public_name_lacks_a_docstring_of_its_own(reference_builder):
    assert reference_builder.missing() == []


def test_a_dataclass_signature_is_not_a_docstring(reference_builder):
    from dataclasses import dataclass

    @dataclass
    class Bare:
        x: int
    assert reference_builder.own_doc(Bare) == ""


def test_the_models_interface_is_documented(reference_builder):
    import toy_models
    for name in ("Categorical", "Ising", "Potts", "RBM", "NeuralEnergy"):
        cls = getattr(toy_models, name)
        assert reference_builder.own_doc(cls), name
        for method in ("energy", "free_energy", "check_data", "sizes"):
            assert reference_builder.own_doc(getattr(cls, method)), f"{name}.{method}"


def test_every_command_is_in_the_reference(reference):
    from eq7.cli import SUBCOMMANDS
    for name in SUBCOMMANDS:
        assert f"### `eq7 {name}`" in reference
        section = reference.split(f"### `eq7 {name}`", 1)[1].split("\n### ", 1)[0]
        assert f"usage: eq7 {name}" in section and "exit status" in section.lower()


def test_the_committed_reference_names_every_public_name_and_command():
    """(Not byte for byte: a docstring edited on another branch must not fail a merge; rebuild it with
    python docs/build_reference.py.)"""
    import derivation
    import toy_models
    from eq7.cli import SUBCOMMANDS
    committed = (DOCS / "reference.md").read_text(encoding="utf-8")
    for package in (derivation, toy_models):
        for name in package.__all__:
            assert f"### `{package.__name__}.{name}" in committed, f"{name}: run python docs/build_reference.py"
    for name in SUBCOMMANDS:
        assert f"### `eq7 {name}`" in committed


def test_the_guides_counterexample_is_what_check_step_prints():
    from derivation import check_step
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(from derivation import check_step.*?)```", guide, re.S).group(1)
    shown = re.search(r"```text\n(.*?)```", guide, re.S).group(1)
    scope: dict = {}
    exec(code.replace("print(v)", ""), scope)
    assert str(scope["v"]).strip() == shown.strip()
    assert str(check_step(r"\mathrm{KL}(q_\phi \| p_\theta)",
                          r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] - H(q_\phi)")).strip() == shown.strip()


GENERATED = {"companion.md"}   # pages docs/build_site.py writes for the site (the strict build checks them)


def test_the_docs_link_to_files_that_exist():
    for page in ("index.md", "guide.md"):
        text = (DOCS / page).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert target in GENERATED or (DOCS / target).exists(), f"{page} links to {target}"
