from h8 import *
DOC = "32_shi_maxent_ml.md"; TIER = 1
TOPIC = "Chinese/English Jekyll notes: maximum-entropy correction of a potential from measured averages (the stated solution does not solve the stated Lagrangian)"
NOTES = "L = -int p ln p - alpha(int p - 1) - sum_i lambda_i(<A_i>_p - <A_i>_exp)"
STEPS = [
    S(3, "not-an-identity", "stationary distribution (definition)"),
    S(5, "not-an-identity", "constraint (measured averages)"),
    S(5, "not-an-identity", "Lagrangian (definition)"),
    S(5, "invalid", "stationarity of L as written: -ln p - 1 - alpha - sum lambda_i A_i = 0, so p = exp(-sum lambda_i A_i)/Z: no E_0 term and the sign of lambda is "
      "flipped: two states, A = (0, 1), lambda = 1, beta E_0 = 0: p_2 = e^{-1}/(1 + e^{-1}) = 0.269, the row gives e/(1 + e) = 0.731",
      cx=lambda: (np.exp(-1) / (1 + np.exp(-1)), np.exp(1) / (1 + np.exp(1)))),
    S(7, "not-an-identity", "delta A (definition)"),
    S(7, "not-an-identity", "initial multiplier (assignment)"),
    S(7, "not-an-identity", "update rule (assignment)"),
]
CLAIMS = []
