"""Provenance of every document of the eleventh blind set (blind11): where it was cut from (verbatim line ranges).

kind "git": a mirror under /work/.mirror (fetched with the session's fetch tool), read with `git show COMMIT:PATH`.
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line; None = whole file.
Labels in lab/dNN.py give SOURCE line numbers; build_key.py maps them to document lines.
"""
M = "/work/.mirror"
L = "not stated"


def G(repo, commit):
    return dict(kind="git", repo=repo, mirror=f"{M}/{repo.replace('/', '+')}/repo", commit=commit, licence=L)


GD = G("gouherdanish/gouherdanish.github.io", "c2eca11c677006183498dec486149e068f71ae75")
SL = G("SungchulLee/statistics_book_writing", "5d724427f9b2d099003f6b333548b9b50b7eed52")
OS = G("OpenSRDK/probability-rs", "aa93b80dd3b9e4ec0bdd80e1598f93aa0851fd1c")
XW = G("xin-w8023/mini-torch", "10a0c8b887f240e0e6216db1968a60806d7a6f1d")
HW = G("Henry54130/Personal_Web", "b01d18afb70d04d3f7cdfc9f4de246951c47aa9a")
FG = G("fanggong/vibe_blog", "0dd927724723a8e20c6ee6eb8ecb852cef65221f")
SY = G("ShisatoYano/SupervisedClassificationSample", "5dd842e8eb0fba4d0c694d6ba4de01148c9bbdb5")
TS = G("tsyw/MachineLearningNotes", "20e2365f810ac538bd0f7596078a83c0b576fcdc")
CS = G("cs231n/cs231n.github.io", "3d84654b14608fbccdff2393485631aaacfc9dab")
KS = G("kaslusimoes/MSc-Thesis", "f7e2cd73bac000b290cf119742be072a46258a5b")
EJ = G("ejklike/ejklike.github.io", "17680b2e09501d13398703de6f3b8ad7a81d2087")
DL = G("d2l-ai/d2l-en", "23d7a5aecceee57d1292c56e90cce307f183bb0a")

DOCS = [
    ("01_gouherdanish_logistic_grad.md", GD, "_posts/2024-08-22-logistic-regression.md", [(86, 156)], 2),
    ("02_gouherdanish_cross_entropy_kl.md", GD, "_posts/2024-08-16-properties-of-cross-entropy.md", [(102, 147)], 3),
    ("03_gouherdanish_entropy_props.md", GD, "_posts/2024-08-14-properties-of-entropy.md", [(86, 159)], 3),
    ("04_sungchullee_softmax_ce_grad.md", SL, "docs/ch20/optimization/cross_entropy.md", [(1, 82)], 2),
    ("05_sungchullee_logreg_grad_hessian.md", SL, "docs/ch19/estimation_inference/mle.md", [(1, 57)], 2),
    ("06_opensrdk_beta_logpdf.md", OS, "src/continuous/beta/README.md", None, 2),
    ("07_opensrdk_normal_logpdf.md", OS, "src/continuous/elliptical/normal/README.md", [(1, 53)], 2),
    ("08_opensrdk_cauchy_logpdf.md", OS, "src/continuous/elliptical/cauchy/README.md", [(1, 56)], 2),
    ("09_opensrdk_poisson_logpmf.md", OS, "src/discrete/poisson/README.md", None, 2),
    ("10_xin_softmax_derivative.md", XW, "mathematics/softmax.md", [(1, 50)], 2),
    ("11_henry_sigmoid_derivative.md", HW, "content/Science/Artificial-intelligence/sigmoid_微分.md", [(6, 58)], 2),
    ("12_fanggong_expfam_bern_gauss_cat.md", FG, "content/blog/exponential_family.md", [(10, 122)], 2),
    ("13_shisato_logreg_likelihood.md", SY, "NumericalExpression.md", None, 2),
]
DOCS += [
    ("14_tsyw_partition_mle_rbm_grad.md", TS, "22.PartitionFunction.md", [(1, 121)], 1),
    ("15_tsyw_rbm_conditional_marginal.md", TS, "19.RBM.md", [(18, 64)], 2),
    ("16_tsyw_expfam_gauss_maxent.md", TS, "6.Exponentialfamily.md", [(4, 121)], 2),
    ("17_tsyw_em_elbo.md", TS, "8.EM.md", [(4, 69)], 3),
]
EJC = dict(EJ, commit="e2a19dcfe8fccb8e92aafb91ab0fa527a52c405c")
DOCS += [
    ("18_cs231n_softmax_classifier.md", CS, "linear-classify.md", [(264, 298), (325, 335)], 2),
    ("19_cs231n_softmax_gradient.md", CS, "neural-networks-case-study.md", [(86, 145)], 2),
    ("20_kaslusimoes_meanfield_boltzmann.md", KS, "source/31_meanfield.md", [(9, 41)], 1),
    ("21_kaslusimoes_canonical_maxent.md", KS, "source/24_entropy.md", [(36, 93)], 1),
    ("22_ejklike_em_lower_bound.md", EJC, "_posts/2016-10-06-em-algorithm.md", [(9, 86)], 3),
    ("23_d2l_softmax_ce_derivative.md", DL, "chapter_linear-classification/softmax-regression.md", [(203, 203), (280, 360)], 2),
    ("24_d2l_ce_loglik.md", DL, "chapter_appendix-mathematics-for-deep-learning/information-theory.md", [(616, 653)], 2),
]
BS = G("bss9395/bss9395.github.io", "a7e75ef211192110d72593866bd8443df7bf690e")
BSP = "_zh/Mathematics/Probabilistic_Statistics/Important_Discrete_Probability_Distribution.md"
DOCS += [
    ("25_bss9395_binomial_mgf.md", BS, BSP, [(62, 77), (92, 106)], 2),
    ("26_bss9395_negbinomial_poisson_mgf.md", BS, BSP, [(133, 151), (166, 182)], 2),
]
DOCS += [
    ("27_gouherdanish_stable_log_softmax.md", GD, "_posts/2024-10-28-softmax.md", [(111, 121), (152, 170)], 2),
    ("28_cs231n_sigmoid_backprop.md", CS, "optimization-2.md", [(119, 165)], 2),
    ("29_d2l_mle_coin.md", DL, "chapter_appendix-mathematics-for-deep-learning/maximum-likelihood.md", [(9, 41), (84, 123)], 2),
]
DOCS += [
    ("30_kaslusimoes_curie_weiss.md", KS, "source/33_mfantiferromagnetic.md", [(13, 46)], 1),
]
MX = G("mxxhcm/mxxhcm.github.io", "108191f74aa0435e0f8c1a053c2a774ff17fb92b")
AB = G("aburkov/Iskra", "39b57abf3eda87d826802e7c09f5b03721daa939")
DOCS += [
    ("31_mxxhcm_entropy_kl_numbers.md", MX, "source/_posts/entropy-cross-entropy-kl-divergence.md", [(36, 53), (98, 131)], 3),
    ("32_mxxhcm_score_zero_fisher.md", MX, "source/_posts/fisher-information.md", [(10, 46)], 1),
    ("33_aburkov_log_derivative_trick.md", AB, "wiki/log_derivative_trick.md", [(5, 66)], 3),
    ("34_aburkov_kl_unbiased_estimator.md", AB, "wiki/KL-unbiased-estimator.md", [(1, 57)], 1),
]
DOCS += [
    ("35_fanggong_coin_mle_map.md", FG, "content/blog/mle_map.md", [(32, 70)], 2),
    ("36_d2l_info_theory_identities.md", DL, "chapter_appendix-mathematics-for-deep-learning/information-theory.md", [(30, 41), (181, 200), (240, 262), (304, 318)], 3),
    ("37_sungchullee_sigmoid_logit.md", SL, "docs/ch19/logistic_regression/logit.md", [(10, 80)], 2),
]
DOCS += [
    ("38_aburkov_policy_gradient.md", AB, "wiki/policy-gradient.md", [(13, 99)], 3),
    ("39_kaslusimoes_maxent_family_identities.md", KS, "source/25_entropicdynamics.md", [(11, 29)], 1),
    ("40_cs231n_vae_elbo.md", CS, "generative-models.md", [(85, 142)], 1),
]
UT = G("utopeadia/utopeadia.github.io", "01452fc9dbc2da9cbc5a0563054ed0820adaf379")
JV = G("Jarvis73/jarvis73.github.io", "cc88f4e16b2b20e8ddff3f8f04c308d51e4916c7")
TK = G("Tonkic/tonkic-obsidian-vault", "b504b4bf53621d1bdc6e70660e9a7eb6e4b2b1b1")
DOCS += [
    ("41_utopeadia_kl_sign.md", UT, "source/_posts/KL散度.md", [(19, 72)], 3),
    ("42_jarvis73_gaussian_kl.md", JV, "_posts/Math/2022-09-05-Normal-Distribution.md", [(57, 84)], 2),
    ("43_tonkic_sigmoid_note.md", TK, "计算机/人工智能/名词解释/sigmoid.md", None, 2),
]
ZZ = G("zzhenglab/comp-prob-solv", "6cbc81fb0ea5b0e29275cadb87cbd502f053f4d0")
JC = G("JustinCheung168/ml-notes", "ef451b01728cd5893acb691c14210896fad147b8")
CD = G("Caramdir/ml-notes", "e190ea782d0b6f42ce55b88f094a70146d96b3ef")
DOCS += [
    ("44_zzhenglab_two_state_boltzmann.md", ZZ, "book/lecture-10-stat-thermo.md", [(44, 76), (130, 140), (164, 170), (194, 206)], 2),
    ("45_justincheung_softmax_to_sigmoid.md", JC, "Algorithms/Models/Supervised/General/Logistic Regression.md", [(1, 3), (13, 21)], 2),
    ("46_caramdir_logreg_gradient.md", CD, "Supervised learning/Classification/logistic regression.md", [(16, 56)], 2),
    ("47_caramdir_cross_entropy_mle.md", CD, "Mathematical background/cross-entropy.md", None, 2),
    ("48_caramdir_logistic_derivative.md", CD, "Mathematical background/logistic function.md", None, 2),
]
PK = G("pindi-krishna/ML-and-DL-Notes", "a6e57bd68569f8b6c9f32b7c471e6e650896aa84")
MB = G("mathe-e-botond/ds-math-notes", "7f4424d96f3266826216a2466e13a20691fc52ce")
DOCS += [
    ("49_pindi_glm_exponential_family.md", PK, "Machine-Learning/Supervised-ML/GLM.md", [(1, 85)], 2),
    ("50_mathe_logistic_multinomial.md", MB, "05-linear-classifiers.md", [(55, 122)], 2),
]
RD = G("Riddhiman2005/Statistical-Physics-Notes", "cf3cf798ad96db4a00831067b25442d48ff67610")
DOCS += [
    ("51_riddhiman_ensembles_tex.md", RD, "Notes.tex", [(239, 314), (374, 387)], 1),
]
WJ = G("wujlin/interactive_statpysics", "2b670c1494172e83650bd7ee550d081543d63794")
WJD = "statphys_urban_learning/kb/derivations/"
DOCS += [
    ("52_wujlin_mean_energy_lnZ.md", WJ, WJD + "平均能量与 ln Z 的导数关系.md", [(10, 58), (67, 70)], 1),
    ("53_wujlin_free_energy_from_gibbs.md", WJ, WJD + "从正则分布到自由能 F=-kT ln Z.md", [(10, 59)], 1),
    ("54_wujlin_two_level_schottky.md", WJ, WJD + "两能级系统的配分函数与 Schottky anomaly（热容单峰）.md", [(13, 162)], 2),
    ("55_wujlin_logit_boltzmann_lse.md", WJ, "statphys_urban_learning/kb/urban-mapping/Logit Softmax 与 Boltzmann 以及 log-sum-exp 自由能.md", [(10, 62)], 2),
]
FC = G("FlowerCA77/FlowerCA77.github.io_backend", "7d597487d4564359f9423503ec92b416e5dd9875")
DOCS += [
    ("56_flowerca77_canonical_ensemble.md", FC, "content/post/physics/adv_sm/ch3.md", [(28, 118)], 1),
]
BH = G("BeiHai0/Surviving-LZU-Physics", "771796019367081c9bedfdea257ce72796c9c734")
DOCS += [
    ("57_beihai0_metropolis_detailed_balance.md", BH, "物理学/力3作业/小论文/notes.md", [(47, 197)], 1),
]
LL = G("LaoLiulaoliu/mlmath", "1f438d04156a8a67425aa14740378a640865977f")
LL["mirror"] = "/work/.mirror/LaoLiulaoliu+mlmath/repo"
WT = G("WAT36/pages", "30cb3aeebf0dac736094e574b07fbbf9c260c8ed")
DOCS += [
    ("58_laoliu_softmax_ce_derivative.md", LL, "softmax.md", [(11, 126)], 2),
    ("59_wat36_mean_cross_entropy_gradient.md", WT, "content/docs/programming/machine_learning/cee_ans.md", [(11, 17), (35, 172)], 2),
]
SQ = G("sophQFT/ml-math-learning-notes", "0005e6301cb2004f3e5f0d7c867a5cf2c03baf89")
DOCS += [
    ("60_sophqft_spilled_energy_llm_tex.md", SQ, "slides/paper-reading/spilled-energy-llm/spilled_energy_llm.tex", [(320, 346), (369, 471)], 2),
]
CJ = G("CaoJiahao2/deep-learning-notes", "fbc83b26db7b39207f4a11f575c2f68769d4a952")
DOCS += [
    ("61_caojiahao2_probability_info_identities.md", CJ, "docs/fundamentals/math-foundations.md", [(107, 178)], 3),
]
HX = G("huaxuan0720/Machine-Learning-and-Deep-Learning-Notes", "fc0229500620df35c55f065f7e126d2b88af121c")
DOCS += [
    ("62_huaxuan0720_logistic_loglik_gradient.md", HX, "Note3-Logic-Regression.md", [(24, 113)], 2),
]
