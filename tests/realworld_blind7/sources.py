"""Provenance of every document of the eighth blind set: where it was cut from (verbatim line ranges).

kind "git": a mirror under /work/.mirror (fetched with the session's fetch tool), read with `git show COMMIT:PATH`.
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line; None = whole file.
"""
M = "/work/.mirror"
L = "not stated"


def G(repo, commit):
    return dict(kind="git", repo=repo, mirror=f"{M}/{repo.replace('/', '+')}/repo", commit=commit, licence=L)


DANNY = G("DannyHsuC10/Mechanics", "0f984a95c52dff3bd1c24981a192d13a89150097")
ASTRO = G("astrobytes-edu/astr596-modeling-universe", "148e73ee55d56b6ff3b31d8362ae24b718e0b9e8")
MAXENT = G("shuiruge/MaxEnt.jl", "d37b1b2ad0035d2728794effd2327c0ce5511116")
SBM = G("shuiruge/BoltzmannMachine", "17a97ffe46c243ab3f8d74a07b2ad01fc99f1ec3")
HOADM = G("hoadm-net/DL", "d513e253a03c3f028f4ffc11ef9940244135bccb")
HGS = G("hguangshuai/lingying", "328a176ec80d2e47c9a82e5025c44cbdfccde07c")
JACKEY = G("jackey8616/jackey8616.github.io", "905f4142ec200112cedb8428e1c54e19c5639606")  # branch "blog" (Hexo sources)
GAURAV = G("Gaurav14cs17/ml-researcher-foundations", "e0e262ee2b56631342bbbefede0f20e04b3c0ede")
AMANE = G("amane-uehara/kanade-k-1228.github.io", "930b1af5b1ad3513b30e44349c10ed63a58bf8f7")
N1036 = G("1036225283/doc", "a07aba4c253a18a81484f9237307f06a2d2831c5")
FREELW = G("freelw/recognizing_handwritten_digits", "cecce8c5574a96b6b4ad27255406bc4eec8dd508")
NAITO = G("Naito0718/GitScript", "eb0b21a0dd081965a4553bfb91374e095ed418c6")
YUSUKE = G("YusukeHashimotoLab/AI-Knowledge-Notes", "64575598bd6f9d1498c9e0dfb9905edf4c5710a5")
BILLY = G("billy4479/latex", "898d22afe64fbffaa91da4d46474fa9a3c830a7d")
MKEN = G("mkenne15/PY2104", "1f6dd4b091f29d4d8c7bea625c4b8656cd25d84b")
YIKANG = G("YikangGui/YikangGui.github.io", "309a6bf28310e6791087e7eedec08b9316bec4bd")
SHI = G("SHI200005/SHI200005.github.io", "07fd3258198633a0e3823f6df8cc2a9802ce3b6c")

DSM = "Mechanics_Advanced/Statistical_Mechanics/"
JP = "source/_posts/AI/logistic-regression-and-its-math.md"
GEF = "03_probability_statistics/02_multivariate/02_exponential_family/README.md"
FE = "c++/equations/readme.md"
SHISM = "_posts/2022-09-10-Statistical-Mechanics.md"

DOCS = [
    ("01_danny_boltzmann_factor.md", DANNY, DSM + "Boltzmann_factor.md", [(7, 42)], 1),
    ("02_danny_maxent_lagrange.md", DANNY, DSM + "Maximum_Entropy_Principle.md", [(32, 68)], 1),
    ("03_danny_ensembles.md", DANNY, DSM + "Ensembles.md", [(29, 50)], 1),
    ("04_astro_maxent_boltzmann_myst.md", ASTRO, "drafts/module-2a-complete.md", [(652, 695)], 1),
    ("05_maxentjl_learning_rule_tm.md", MAXENT, "docs/main.tm", [(106, 189)], 1),
    ("07_sbm_ebm_learning_rule_tm.md", SBM, "docs/main.tm", [(288, 435)], 1),
    ("08_sbm_bm_activity_rule_tm.md", SBM, "docs/main.tm", [(437, 472)], 2),
    ("09_sbm_entropy_maxent_tm.md", SBM, "docs/main.tm", [(150, 284)], 1),
    ("10_hoadm_softmax_shift.md", HOADM, "lab04/concepts/02_softmax.md", [(8, 28)], 2),
    ("11_hoadm_ce_from_logits.md", HOADM, "lab04/concepts/03_cross_entropy.md", [(8, 33)], 2),
    ("12_hoadm_softmax_ce_grad.md", HOADM, "lab04/concepts/04_softmax_ce_gradients.md", [(8, 16)], 2),
    ("13_hgs_logistic_derivation.md", HGS, "ML_fundamental/logistic_regression_derivation.md", [(6, 34)], 2),
    ("14_hgs_sigmoid_tanh.md", HGS, "ML_fundamental/activation_functions.md", [(13, 80)], 2),
    ("15_hgs_softmax_jacobian.md", HGS, "ML_fundamental/activation_functions.md", [(199, 228)], 2),
    ("16_hgs_bce_gradient.md", HGS, "ML_fundamental/loss_functions.md", [(123, 151)], 2),
    ("17_jackey_logodds_sigmoid.md", JACKEY, JP, [(124, 155)], 2),
    ("18_jackey_loss_expansion.md", JACKEY, JP, [(327, 349)], 2),
    ("19_jackey_dJ_dw1.md", JACKEY, JP, [(351, 400)], 2),
    ("20_jackey_dJ_dw2_db.md", JACKEY, JP, [(402, 434)], 2),
    ("21_gaurav_expfam_moments.md", GAURAV, GEF, [(51, 74)], 2),
    ("22_gaurav_expfam_examples.md", GAURAV, GEF, [(78, 133)], 2),
    ("23_gaurav_expfam_mle.md", GAURAV, GEF, [(137, 157)], 2),
    ("24_gaurav_bce_ce_grad.md", GAURAV, "06_deep_learning/06_loss_functions/README.md", [(44, 78)], 2),
    ("25_amane_boltzmann_stirling.md", AMANE, "Lab/Physics/StatisticalMechanics/index.md", [(77, 191)], 1),
    ("26_n1036_softmax_loss.md", N1036, "ml/reinforcement-learning/softmax.md", None, 2),
    ("27_freelw_ce_backward.md", FREELW, FE, [(1, 98)], 2),
    ("28_freelw_softmax_backward.md", FREELW, FE, [(100, 198)], 2),
    ("29_naito_partition_beta.md", NAITO, "Progress_Phy/STAMECH/ST_C_1_1.md", [(18, 49)], 1),
    ("30_shi_canonical_thermo.md", SHI, SHISM, [(88, 94)], 1),
    ("31_shi_localized_Z1.md", SHI, SHISM, [(175, 187)], 1),
    ("32_shi_maxent_ml.md", SHI, "_posts/2025-02-17-Machine-Learning.md", [(196, 202)], 1),
    ("33_yusuke_canonical_oscillator.md", YUSUKE, "knowledge/en/FM/classical-statistical-mechanics/chapter-2.md", [(27, 57)], 1),
    ("34_yusuke_grand_canonical.md", YUSUKE, "knowledge/en/FM/classical-statistical-mechanics/chapter-3.md", [(27, 57)], 1),
    ("35_yusuke_langmuir.md", YUSUKE, "knowledge/en/FM/classical-statistical-mechanics/chapter-3.md", [(170, 186)], 2),
    ("36_yusuke_entropy_kl.md", YUSUKE, "knowledge/en/ML/ml-mathematics-introduction/chapter4-information-theory.md", [(32, 46), (185, 199)], 2),
    ("37_amane_maxwell_speeds.md", AMANE, "Lab/Physics/StatisticalMechanics/index.md", [(207, 276)], 2),
    ("38_billy_entropy_continuous_typ.md", BILLY, "quantum-physics.typ", [(338, 371)], 1),
    ("39_billy_maxent_expfam_typ.md", BILLY, "quantum-physics.typ", [(373, 412)], 1),
    ("40_billy_energy_entropy_typ.md", BILLY, "quantum-physics.typ", [(476, 503)], 1),
    ("41_billy_paramagnet_typ.md", BILLY, "quantum-physics.typ", [(505, 558)], 2),
    ("42_mkenne_partition_examples.md", MKEN, "Lecture_11.md", [(101, 143)], 1),
    ("43_mkenne_cv_entropy_free_energy.md", MKEN, "Lecture_11.md", [(145, 202)], 1),
    ("44_mkenne_potentials_two_level.md", MKEN, "Lecture_12.md", [(1, 38)], 2),
    ("45_mkenne_factorisation_paramagnet.md", MKEN, "Lecture_12.md", [(50, 110)], 2),
    ("46_yikang_pg_definitions.md", YIKANG, "_posts/2022-05-23-policy-gradient.md", [(1, 40)], 3),
    ("47_yikang_reinforce.md", YIKANG, "_posts/2022-05-23-policy-gradient.md", [(56, 80)], 3),
]
