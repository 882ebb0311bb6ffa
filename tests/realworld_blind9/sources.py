"""Provenance of every document of the tenth blind set (blind10): where it was cut from (verbatim line ranges).

kind "git": a mirror under /work/.mirror (fetched with the session's fetch tool), read with `git show COMMIT:PATH`.
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line; None = whole file.
Labels in lab/dNN.py give SOURCE line numbers; build_key.py maps them to document lines.
"""
M = "/work/.mirror"
L = "not stated"


def G(repo, commit):
    return dict(kind="git", repo=repo, mirror=f"{M}/{repo.replace('/', '+')}/repo", commit=commit, licence=L)


YG = G("Young1906/Young1906.github.io", "7174ec0c987f07b47874e48648f9c3d3324d4d20")
DBD = G("DarknessBeforeDawn/test-book", "5fab93321afd2484837d572fb791d7cbe1731c58")

GR = G("anmingyu11/Gor-rok", "70760e1258860eef376513cffe7eeab2286fa2ad")
GRKL = "Algs/Entropty/从香农熵到手推KL散度-纵览机器学习中的信息论/Note.md"
ST = G("Stevring/cs224n-2019-projects", "ee8209214d875969ce86b301090efa97d0cde91e")
JL = G("jli05/jli05.github.io", "0a0df6e6735eb28c84e6dc6acf1918b8804e6832")
CZ = G("CaoZhens/ML_Learning", "b0a6b99c0e8be0e92b5d27b89e992401be3c18e2")
FC = G("felix-clark/felix-clark.github.io", "ef2af8c2b2910ce1fc433dabc08e359678455d3f")
FCT = "src/tex/glm-math/main.tex"
MH = G("mmmhj2/mmmhj2.github.io", "fcbfe1ba74ddb67bf5b6074fc6d7760e8b577c69")
MHC = "_posts/statistical-physics/2024-05-30-canonical-ensemble.markdown"
YK = G("yk-liu/yk-liu.github.io", "c42930c97a930b12468f68d03c6dcfccb4992f40")
YKS = "posts/_source/20180425-Statistical-mechanics/20180425-Statistical-mechanics.md"
GX = G("Googolxx/googolxx.github.io", "773dfa084fc58a6d20a2396eae53c67f2e169a73")
GX3 = "content/posts/Diffusion-Based-Generative-Models-3.md"
TW = G("thinkwee/thinkwee.github.io", "f8f49a917d587136cde3b302d3fcf3dcdc4a64c6")
TWI = "source/_posts/inference-algorithm.md"
SK = G("Sakura-gh/ML-notes", "99501ae486ee49c77e6b3c3ceb41a73fac33e90d")
BY = G("Bynax/ml_algorithm", "b81ddd46911c8ecf219459c97642abdd6e3db7f4")
RL = G("Rufeng-Liu/Rufeng-Liu.github.io", "be66559a98ec4e5ee1e279636c262fdf714c77b4")
RLV = "_posts/2024-06-28-Variational-Inference.md"
ME6 = "docs/_posts/2017-08-06-Chapter6_Maximum_Entropy_Principle.md"

DOCS = [
    ("01_young_nce_A.md", YG, "content/posts/noise-contrastive-estimation.md", [(29, 151)], 3),
    ("02_young_elbo_cavi.md", YG, "content/posts/variational_inference.md", [(25, 103)], 1),
    ("03_young_kl_gauss.md", YG, "content/posts/closed-form-kl-gaussian.md", [(10, 79)], 2),
    ("04_young_em_proof.md", YG, "content/posts/em.md", [(45, 104)], 3),
    ("05_dbd_entropy_mi.md", DBD, ME6, [(39, 112)], 3),
    ("06_dbd_maxent_mle.md", DBD, ME6, [(283, 322)], 2),
    ("07_dbd_maxent_iis.md", DBD, ME6, [(326, 387)], 2),
    ("08_dbd_logistic.md", DBD, "docs/_posts/2017-08-02-Chapter2_logistic_regression.md", [(26, 65), (68, 84), (112, 134)], 2),
]
DOCS += [
    ("09_gorrok_softmax_ce_grad.md", GR, "Algs/Entropty/SoftMax/Softmax.md", [(59, 157)], 2),
    ("10_gorrok_entropy_defs.md", GR, GRKL, [(29, 36), (59, 120)], 3),
    ("11_gorrok_binary_ce.md", GR, GRKL, [(181, 203), (342, 364)], 2),
    ("12_gorrok_word2vec_softmax.md", GR, "Papers/Embedding/Word2VecParameterLearningExplained/Translation_body.md", [(26, 45), (75, 113)], 2),
    ("13_stevring_word2vec_grads.md", ST, "a2/a2_writing_part.md", [(1, 49)], 2),
    ("14_jli05_word2vec_negsampling.md", JL, "_posts/2015-06-01-Simplest-word2vec.markdown", [(9, 36)], 2),
    ("15_caozhens_expfam_forms.md", CZ, "notes/GLM_Tutorial_1.md", None, 2),
    ("16_caozhens_sigmoid_lr_model.md", CZ, "notes/LogisticRegression_Tutorial_1.md", [(10, 36)], 2),
    ("17_caozhens_lr_mle_grad.md", CZ, "notes/LogisticRegression_Tutorial_2.md", [(20, 57)], 2),
    ("18_caozhens_lr_loss_pm1.md", CZ, "notes/LogisticRegression_Tutorial_3.md", [(1, 30)], 2),
    ("19_felix_gauss_bern_pois_tex.md", FC, FCT, [(689, 776)], 2),
    ("20_felix_exp_binomial_tex.md", FC, FCT, [(778, 850)], 2),
    ("21_felix_gamma_nb_ig_tex.md", FC, FCT, [(851, 950)], 2),
    ("22_mmmhj2_free_energy_mean_energy.md", MH, MHC, [(85, 121)], 1),
    ("23_mmmhj2_canonical_entropy.md", MH, MHC, [(123, 159)], 1),
    ("24_mmmhj2_ideal_gas.md", MH, MHC, [(183, 232)], 2),
    ("25_mmmhj2_grand_canonical.md", MH, "_posts/statistical-physics/2024-06-10-marcocanonical-ensemble.markdown", [(34, 123)], 1),
    ("26_ykliu_closed_system_Z_psi.md", YK, YKS, [(416, 458)], 1),
    ("27_ykliu_mean_energy.md", YK, YKS, [(560, 591)], 1),
    ("28_googolxx_vae_elbo.md", GX, "content/posts/Variational-Autoencoder.md", [(57, 129)], 1),
    ("29_googolxx_score_matching_ibp.md", GX, GX3, [(86, 207)], 3),
    ("30_googolxx_dsm_equivalence.md", GX, GX3, [(374, 439)], 3),
    ("31_thinkwee_em_monotone.md", TW, TWI, [(263, 316)], 3),
    ("32_thinkwee_kl_elbo.md", TW, TWI, [(321, 382), (507, 526)], 1),
    ("33_thinkwee_mean_field.md", TW, TWI, [(533, 626)], 3),
    ("34_thinkwee_expfam_gauss.md", TW, TWI, [(629, 720)], 2),
    ("35_ykliu_Z_multiplicative.md", YK, YKS, [(461, 506)], 1),
    ("36_sakura_logistic_ce.md", SK, "ML-notes-md/7_Logistic Regression.md", [(25, 88)], 2),
    ("37_bynax_em_jensen.md", BY, "em_algorithm/readme.md", [(25, 71)], 3),
    ("38_rufeng_meanfield_expfam.md", RL, RLV, [(236, 336)], 3),
    ("39_rufeng_dp_mixture_bound.md", RL, RLV, [(338, 405)], 3),
    ("40_googolxx_ddpm_vlb.md", GX, "content/posts/Diffusion-Based-Generative-Models-1.md", [(149, 173)], 3),
]
