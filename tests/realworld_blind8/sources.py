"""Provenance of every document of the ninth blind set (blind9): where it was cut from (verbatim line ranges).

kind "git": a mirror under /work/.mirror (fetched with the session's fetch tool), read with `git show COMMIT:PATH`.
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line; None = whole file.
"""
M = "/work/.mirror"
L = "not stated"


def G(repo, commit):
    return dict(kind="git", repo=repo, mirror=f"{M}/{repo.replace('/', '+')}/repo", commit=commit, licence=L)


CBE = G("cersonsky-lab/cbe710-notes", "ca119b9a41c43397186a51e4befa2e4bbc5dfa50")
PSM = G("duchesnay/pystatsml", "e020a9ffe7c0e853ec6a1a14bd50f7156acce220")
DIN = G("cslr/dinrhiw2", "b7782713f9e7088d8d3c58360bf5e5ee11be2979")
DW = G("dw-dengwei/site", "cec793a271065600cc2d4cb4dcff4a8b22623332")
LH = G("windmissing/LiHang-TongJiXueXiFangFa", "bbde3a29617c442a8e2dc3326cd52be859f7aae2")
ICE = G("IceCreamWW/hexo", "9f813a942fa6ac3e983684937e3502977c487756")
WZ = G("weize07/weize07.github.io", "fa8e558e597427cfd7cc3cf0cc9ec20361c85861")
YB = G("yabsed/Real-Analysis", "7e3d16820eeb6f0d604ccf049e4fdab2b5a3a1c5")
IK = G("ikossaczky/ikossaczky.github.io", "a84836b2d0dfb47adca24e0d6d0060e455f7e29a")
HZ = G("harleyszhang/harleyszhang.github.io", "07034419d9d0305c6728cc518f6e4c89f0e6b24c")

JM = G("jimmy9065/Gitbook-CSE515", "0387b18609971fce858e585c93ced1338da8b485")
FR = G("Uni-Freiburg-Courseworks/fr-reinforcement-learning", "e1c3e17a8c131a3f0c60030707435fda05a7db59")
AN = G("An-314/Notes-of-Statistical-Mechanics", "e04c020116d3481126078129169762425a4a7068")
SY = G("saYmd-moe/note-for-statistical-mechanics", "3b023891beb225781267d4e718aac0da6e453452")

L4 = "lecture_files/Lecture4.md"
NLL = "ml_supervised/demo_ml_losses.md"
RBM = "docs/RBM_notes.tm"
DDPM = "_posts/2023-10-06-Diffusion Models - DDPM.md"
IKP = "_posts/2021-05-23-from-maximum-likelihood-to-minimal-cross-entropy.md"
HZP = "_posts/2023-01-14-dl-loss-function.md"

DOCS = [
    ("01_cbe_canonical_pj.md", CBE, L4, [(260, 283)], 1),
    ("02_cbe_mean_energy.md", CBE, L4, [(380, 400)], 1),
    ("03_cbe_F_from_thermo.md", CBE, L4, [(435, 468)], 1),
    ("04_cbe_ideal_gas.md", CBE, "lecture_files/Lecture6.md", [(59, 73), (385, 406), (430, 436)], 1),
    ("05_pystatsml_nll_expansion.md", PSM, NLL, [(1, 73)], 2),
    ("06_pystatsml_nll_gradient.md", PSM, NLL, [(76, 162)], 2),
    ("07_pystatsml_nll_hessian.md", PSM, NLL, [(166, 262)], 2),
    ("08_dinrhiw_rbm_conditionals_tm.md", DIN, RBM, [(109, 145)], 2),
    ("09_dinrhiw_free_energy_grad_tm.md", DIN, RBM, [(147, 173)], 1),
    ("10_dinrhiw_bbrbm_free_energy_tm.md", DIN, RBM, [(186, 209)], 2),
    ("11_dinrhiw_gbrbm_tm.md", DIN, RBM, [(229, 260)], 2),
    ("12_dengwei_score_matching.md", DW, "_posts/2023-12-15-Mathematics.md", [(17, 109)], 3),
    ("13_dengwei_ddpm_vlb.md", DW, DDPM, [(103, 126)], 3),
    ("14_dengwei_ddpm_mean.md", DW, DDPM, [(73, 94)], 3),
    ("15_lihang_iis_bound.md", LH, "Chapter6/10.md", [(1, 28)], 2),
    ("16_lihang_dual_mle.md", LH, "Chapter6/7.md", [(1, 42)], 2),
    ("17_icecream_em_bound.md", ICE, "source/_posts/EM.md", [(32, 48), (118, 140)], 3),
    ("18_icecream_gmm_alpha.md", ICE, "source/_posts/GMM.md", [(58, 100)], 2),
    ("19_icecream_gmm_mu.md", ICE, "source/_posts/GMM.md", [(104, 133)], 2),
    ("20_weize_lr_loglik.md", WZ, "statistical-learning/LR.md", [(44, 69)], 2),
    ("21_weize_em.md", WZ, "statistical-learning/EM_Kmeans.md", [(16, 30), (52, 66)], 3),
    ("22_yabsed_ism.md", YB, "신경망/sketch/week13_1.md", [(3, 40)], 3),
    ("23_yabsed_tweedie.md", YB, "신경망/sketch/week13_2.md", [(10, 55)], 3),
    ("24_ikossaczky_mle_ce.md", IK, IKP, [(12, 20), (33, 44)], 3),
    ("25_ikossaczky_gauss_mse.md", IK, IKP, [(70, 84)], 2),
    ("26_harley_entropy_kl_ce.md", HZ, HZP, [(71, 132)], 2),
    ("27_harley_ce_example.md", HZ, HZP, [(139, 149), (186, 200)], 2),
    ("28_icecream_gmm_sigma.md", ICE, "source/_posts/GMM.md", [(135, 168)], 2),
    ("29_weize_em_convergence.md", WZ, "statistical-learning/EM_Kmeans.md", [(67, 95)], 3),
    ("30_yabsed_dsm.md", YB, "신경망/sketch/week13_1.md", [(44, 69)], 3),
    ("31_jimmy_kl_variational.md", JM, "KLD.md", None, 1),
    ("32_jimmy_mean_field.md", JM, "GMFE.md", None, 3),
    ("33_jimmy_mf_example.md", JM, "Example.md", [(1, 37)], 3),
    ("34_freiburg_score_function_tm.md", FR, "ex10/exercise_10_answers.tm", [(6, 21)], 2),
    ("35_an314_boltzmann_stats_typ.md", AN, "chap3.typ", [(16, 62)], 1),
    ("36_an314_state_entropy_typ.md", AN, "chap3.typ", [(84, 133)], 1),
    ("37_an314_canonical_thermo_typ.md", AN, "chap5.typ", [(352, 411)], 1),
    ("38_an314_energy_fluct_typ.md", AN, "chap5.typ", [(462, 512)], 1),
    ("39_saymd_two_level_typ.md", SY, "contents/PartII/Chp06.typ", [(5, 25)], 2),
    ("40_saymd_canonical_typ.md", SY, "contents/PartII/Chp07.typ", [(136, 171)], 1),
    ("41_saymd_ideal_gas_typ.md", SY, "contents/PartII/Chp07.typ", [(173, 195)], 2),
    ("42_dengwei_ebm_gradient.md", DW, "_posts/2023-10-06-Diffusion Models - Score-based Generative Models.md", [(29, 45), (61, 76)], 1),
]
