"""A state letter written with an index, x_i or x^{(i)}: a data point (meaning.Meaning's mixin), never a unit of
a state averaged over, and one letter for the data points throughout."""
from __future__ import annotations

from . import notation as nt
from .meaning_operators import DATA_INDEX
from .roles import sub_text


class PointsMeaning:
    def data_point(self, n, env):
        from .point_numbers import point_number   # y_i beside x_i, only ever a number: point_numbers.py
        value = point_number(self, n, env)
        if value is not None:
            return value
        idx = n[5] if n[5] is not None else n[3]
        if idx[0] == "sym" and ("data", idx[1]) not in env and ((n[1], n[2], n[4]) in env or "_bound" in env):
            # x_i under \sum_x or E_{x ~ p}[x_i x_j], <s_i s_j>: the i-th unit of the state averaged over,
            # or a data point? Read as a data point it is a constant that comes out of the average, and
            # E[x_i x_j] = E[x_i] E[x_j] was proved (issue 18: never guess half of a reading)
            self.fail(f"{n[1]}_{sub_text(idx) or '?'} inside a sum or an expectation over the states: a unit of "
                      "the state or a data point cannot be told",
                      "an energy written out over units (E(s) = -\\sum_{ij} J_{ij} s_i s_j), or x^{(i)} outside")
        if idx[0] == "sym" and (idx[1] in DATA_INDEX or ("data", idx[1]) in env):
            # a free data index is a point of its own: x_j and x_k are two data points, not one
            from .built import data_index
            letter = (n[1], n[2], n[4])
            if self.data_letters - {letter}:
                # x_i in one place and y_i in another are two data sets, not one (issue 18: a letter dropped)
                self.fail(f"two letters for the data points ({', '.join(sorted(l[0] for l in self.data_letters | {letter}))})",
                          "one letter for the data points, e.g. x_i throughout")
            self.data_letters.add(letter)
            return nt.DataPoint(env.get(("data", idx[1])) or data_index(idx[1]))
        self.fail(f"a state written {n[1]} with index {sub_text(idx) or '?'}", "x^{(i)} or x_i for a data point")

    def energy_without_state(self, n, env):
        """A bare E or U outside any average: the mean energy in statistical mechanics, else refused."""
        from .thermo_energy import mean_energy
        return mean_energy(self, n, env)
