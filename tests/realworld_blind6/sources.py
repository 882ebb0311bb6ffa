"""Provenance of every document: where it was cut from (verbatim line ranges).

kind "git": a mirror under /work/.mirror (fetched with the session's fetch tool), read with `git show COMMIT:PATH`.
kind "ipynb": as git, but the document is one markdown cell of a Jupyter notebook (DOCS entry's 6th field = cell
index); the ranges are lines of that cell's source.
kind "stored": a file version read with the read_file tool (repository not mirrorable) and kept verbatim,
JSON-escaped, in manual/*.json (field "text"), with its repository, path and commit.
kind "page": a stored public web page (search tool, corpus "pages"); the stored excerpt is kept verbatim in
manual/*.json with its address.
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line.
"""
M = "/work/.mirror"
L = "not stated"
TRUNG = dict(kind="git", repo="trunghng/trunghng.github.io", mirror=f"{M}/trunghng+trunghng.github.io/repo",
             commit="ac4b7c289c1a4bb24e67359feb05c877c345b834", licence=L)
CHEN = dict(kind="git", repo="chentoast/blog", mirror=f"{M}/chentoast+blog/repo",
            commit="846b3f0bbd39e542fca24893facae60e7e03f717", licence=L)
YOLO = dict(kind="git", repo="YoloNomy/YoloNomy.github.io", mirror=f"{M}/YoloNomy+YoloNomy.github.io/repo",
            commit="7d38805c3fd999a39e08908704fe73f1ddf57379", licence=L)
RBRE = dict(kind="git", repo="RBrearton/notes", mirror=f"{M}/RBrearton+notes/repo",
            commit="cbe351c023fdf17805f2d1d11c14f2a09b0bfe7b", licence=L)
ANISH = dict(kind="git", repo="anishhdiwan/notes", mirror=f"{M}/anishhdiwan+notes/repo",
             commit="f09a9efb3b758bae2751e55a08ef88f956bcc8a4", licence=L)
HF = dict(kind="git", repo="HishanFarfan/StatMechWiki", mirror=f"{M}/HishanFarfan+StatMechWiki/repo",
          commit="fe1fed0131376424bb7e141ee1a2fd334f9a5f97", licence=L)
EUGEN = dict(kind="git", repo="EugenHotaj/eugenhotaj.github.io", mirror=f"{M}/EugenHotaj+eugenhotaj.github.io/repo",
             commit="982ee9e58e876ad880533b33c370fb69fed69d1c", licence=L)
MNN = dict(kind="git", repo="w32zhong/mnn", mirror=f"{M}/w32zhong+mnn/repo",
           commit="8a27ff12d8a6fb66dadd6089ed32ccaa148f70da", licence=L)
TELHC = dict(kind="git", repo="telhc/Pretty-Vault", mirror=f"{M}/telhc+Pretty-Vault/repo",
             commit="83b8db80b52326f092aa7b7e266beb8f19351ffa", licence=L)
EWER = dict(kind="git", repo="ewerlopes/ewerlopes.github.io", mirror=f"{M}/ewerlopes+ewerlopes.github.io/repo",
            commit="1401d991cb2aaf50930cf206b1dfde40ee9de418", licence=L)
MARC = dict(kind="git", repo="MarcToussaint/AI-lectures", mirror=f"{M}/MarcToussaint+AI-lectures/repo",
            commit="8eb175e2c95b28587cbe55566bd6cc81e1fb4ca5", licence=L)
LCBC = dict(kind="ipynb", repo="lcbc-epfl/mdmc-public", mirror=f"{M}/lcbc-epfl+mdmc-public/repo",
            commit="68c58ef61897d7afbc18337bbb8a9fee6cc2f3bb", licence=L)
CRISNA71 = dict(kind="stored", repo="crisnapatel/statistical-mechanics", manual="manual/crisna_71.json",
                path="docs/ch07/7.1-canonical-ensemble.md", commit="8917f6086c455a60895283a195c6c78e4b95260d", licence=L)
CRISNA72 = dict(kind="stored", repo="crisnapatel/statistical-mechanics", manual="manual/crisna_72.json",
                path="docs/ch07/7.2-energy-fluctuations.md", commit="8917f6086c455a60895283a195c6c78e4b95260d", licence=L)
ASAI = dict(kind="page", manual="manual/page_asai_explinear.json", licence="not stated")
SU = dict(kind="git", repo="KelvinDev945/ml_blogs", mirror=f"{M}/KelvinDev945+ml_blogs/repo",
          commit="3eef00c1279c27196a69394c0162734a435512c1", licence=L)
TEF = "content/posts/machine-learning/exponential-family-glim.md"
CEF = "_posts/2019-2-01-ExponentialFamilies.md"
YC = "_thermo/statistical/canonical.md"
EP = "_posts/2023-03-10-small-proofs.markdown"
MM = "half-bayesianism/content/posts/2026/2026-30-06-moment-matching.md"

DOCS = [
    ("01_trunghng_bernoulli_binomial.md", TRUNG, TEF, [(36, 63)], 2),
    ("02_trunghng_poisson_gaussian.md", TRUNG, TEF, [(65, 87)], 2),
    ("03_trunghng_multinomial_softmax.md", TRUNG, TEF, [(89, 124)], 2),
    ("04_trunghng_cumulant_moments.md", TRUNG, TEF, [(168, 183)], 2),
    ("05_chentoast_bernoulli_gaussian.md", CHEN, CEF, [(27, 62)], 2),
    ("06_chentoast_logpartition_moments.md", CHEN, CEF, [(89, 119)], 2),
    ("07_chentoast_kl_elbo.md", CHEN, "_posts/2019-02-04-VariationalInference1.md", [(40, 72)], 2),
    ("08_yolonomy_mean_energy_entropy.md", YOLO, YC, [(176, 228)], 1),
    ("09_yolonomy_beta_is_inverse_T.md", YOLO, YC, [(230, 266)], 1),
    ("10_yolonomy_stirling_entropy.md", YOLO, YC, [(73, 128)], 1),
    ("11_rbrearton_classical_oscillator.md", RBRE, "documentation_src/docs/b6_ps1.md", [(1, 65)], 2),
    ("12_rbrearton_quantum_oscillator.md", RBRE, "documentation_src/docs/b6_ps1.md", [(71, 144)], 2),
    ("13_anish_ebm_score.md", ANISH, "_posts/2023-12-07-energy-based-models-SM.md", [(51, 65)], 3),
    ("14_hf_mean_energy_fluctuations.md", HF, "content/ensamble-canonico.md", [(106, 147)], 1),
    ("15_hf_two_level_oscillator.md", HF, "content/ensamble-canonico.md", [(190, 206), (226, 232)], 2),
    ("16_hf_gibbs_entropy.md", HF, "content/entropia-de-gibbs.md", [(31, 53)], 1),
    ("17_hf_partition_examples.md", HF, "content/funcion-de-particion.md", [(92, 116)], 2),
    ("18_eugen_elbo.md", EUGEN, EP, [(23, 47)], 2),
    ("19_eugen_kl_two_proofs.md", EUGEN, EP, [(114, 154)], 2),
    ("20_eugen_sigmoid_softmax_posterior.md", EUGEN, EP, [(183, 227)], 2),
    ("21_eugen_reinforce.md", EUGEN, EP, [(231, 250)], 3),
    ("22_mnn_logsoftmax_docstring.md", MNN, "docs/mnn.layer.LogSoftmaxLayer.md", [(29, 83)], 2),
    ("23_mnn_softmax_docstring.md", MNN, "docs/mnn.layer.SoftmaxLayer.md", [(29, 77)], 2),
    ("24_mnn_crossentropy_docstring.md", MNN, "docs/mnn.layer.CrossEntropyLossLayer.md", [(27, 57)], 2),
    ("25_telhc_softmax_derivative.md", TELHC, "sample/Notes/Softmax.md", None, 2),
    ("26_ewer_logpartition_gradient.md", EWER, MM, [(46, 90)], 2),
    ("27_ewer_moment_matching.md", EWER, MM, [(102, 144)], 2),
    ("28_marc_energy_boltzmann_tex.md", MARC, "notes/energy.tex", [(16, 70)], 1),
    ("29_marc_entropy_kl_tex.md", MARC, "notes/entropy.tex", [(33, 87)], 2),
    ("30_chentoast_meanfield_elbo.md", CHEN, "_posts/2019-02-04-VariationalInference1.md", [(92, 108)], 2),
    ("31_yolonomy_generating_function.md", YOLO, "_thermo/statistical/generating_function.md", [(26, 28), (55, 137)], 1),
    ("32_marc_gaussians_tex.md", MARC, "notes/gaussians.tex", [(20, 41), (127, 137)], 2),
    ("33_marc_gaussian_products_tex.md", MARC, "notes/gaussians.tex", [(96, 118)], 2),
    ("34_ewer_kl_cross_entropy.md", EWER, "half-bayesianism/content/posts/2023/2023-10-24-kulback-leibler/index.md", [(24, 80)], 2),
    ("35_ewer_kl_elbo_decomposition.md", EWER, "half-bayesianism/content/posts/2023/2023-10-24-kulback-leibler/index.md", [(128, 172)], 2),
    ("36_lcbc_thermo_from_Z_cell.md", LCBC, "mdmc/Ex2/Ex2_Theory.ipynb", [(22, 56)], 1, 5),
    ("37_lcbc_density_matrix_cell.md", LCBC, "mdmc/Ex2/Ex2_Theory.ipynb", [(23, 59)], 1, 2),
    ("38_crisna_energy_fluctuations.md", CRISNA72, None, [(60, 90)], 1),
    ("39_crisna_free_energy_consistency.md", CRISNA71, None, [(120, 146)], 1),
    ("40_asai_loglinear_page.md", ASAI, None, None, 2),
    ("41_su_logsumexp_bounds.md", SU, "blogs_raw/logsumexp运算的几个不等式.md", [(18, 65)], 2),
    ("42_su_gaussian_basics.md", SU, "blogs_raw/两个多元正态分布的kl散度巴氏距离和w距离.md", [(26, 60)], 2),
    ("43_su_kl_two_gaussians.md", SU, "blogs_raw/两个多元正态分布的kl散度巴氏距离和w距离.md", [(100, 134)], 2),
    ("44_su_score_matching.md", SU, "blogs_raw/生成扩散模型漫谈十八得分匹配-条件得分匹配.md", [(21, 53)], 3),
    ("45_mnn_log_layer_docstring.md", MNN, "docs/mnn.layer.LogLayer.md", [(27, 49)], 2),
]
