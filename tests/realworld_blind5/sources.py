"""Provenance of every document: where it was cut from (verbatim line ranges).

kind "git": a mirror under /work/.mirror (fetched with the session's fetch tool), read with `git show COMMIT:PATH`.
kind "stored": a file version read with the read_file tool (repository too large to mirror) and kept verbatim,
JSON-escaped, in manual/*.json (field "text"), with its repository, path and commit.
kind "page": a stored public web page (search tool, corpus "pages"); the stored excerpt (from the page's start) is
kept verbatim in manual/*.json with its address.
Ranges are 1-based inclusive source lines; several ranges are joined by one blank line.
"""
M = "/work/.mirror"
STATPHYS = dict(kind="git", repo="clwelch03/StatPhys26", mirror=f"{M}/clwelch03+StatPhys26/repo",
                commit="826a68d", licence="not stated")
P16I = dict(kind="git", repo="p16i/p16i.github.io", mirror=f"{M}/p16i+p16i.github.io/repo", commit="c5dfac5",
            licence="not stated")
ADI = dict(kind="stored", repo="adi14041999/my_wiki", manual="manual/adi_ebm.json",
           path="docs/AI/deep_generative_models/energy_based_models.md",
           commit="f42e1be9e0b42794d8e5de4258edf1117b656bf3", licence="not stated")
CHICM = dict(kind="git", repo="chicm/softmax_gradient", mirror=f"{M}/chicm+softmax_gradient/repo/.git",
             commit="0b09aac", licence="not stated")
RUTH = dict(kind="git", repo="Ruthless338/blog", mirror=f"{M}/Ruthless338+blog/repo", commit="80481321",
            licence="not stated")
SHUHONG = dict(kind="git", repo="ShuhongDai/shuhongdai.github.io", mirror=f"{M}/ShuhongDai+shuhongdai.github.io/repo",
               commit="a16e9fe1", licence="not stated")
JJONES = dict(kind="git", repo="jjones2000/site", mirror=f"{M}/jjones2000+site/repo", commit="2485a0bd",
              licence="not stated")
MAWJ = dict(kind="git", repo="mawjdgus0812/EBM-tutorial", mirror=f"{M}/mawjdgus0812+EBM-tutorial/repo",
            commit="a5d9467c", licence="not stated")
ANALYTIQ = dict(kind="git", repo="analytiq-hub/sigagent.github.io",
                mirror=f"{M}/analytiq-hub+sigagent.github.io/repo", commit="8870f6f7", licence="not stated")
SUNGSOO = dict(kind="stored", repo="sungsoo-ahn/2025", manual="manual/sungsoo_sigmoid.json",
               path="_posts/2025-04-28-sigmoid-and-softmax.md", commit="0ed1bb6734ba672bf50f694e7469c85d8721e228",
               licence="not stated")
WEXLER = dict(kind="git", repo="wexlergroup/chem-4020-5020", mirror=f"{M}/wexlergroup+chem-4020-5020/repo",
              commit="52e78231", licence="not stated")
JELLY = dict(kind="git", repo="jellybean2004/my-digital-garden", mirror=f"{M}/jellybean2004+my-digital-garden/repo",
             commit="45589de4", licence="not stated")
BRUNO = dict(kind="git", repo="brunomaga/brunomaga.github.io", mirror=f"{M}/brunomaga+brunomaga.github.io/repo",
             commit="3692a736", licence="not stated")
WATCHER = dict(kind="git", repo="watcher041/lecture_note", mirror=f"{M}/watcher041+lecture_note/repo",
               commit="818a87ee", licence="not stated")
ADI2 = dict(kind="stored", repo="adi14041999/my_wiki", manual="manual/adi_score.json",
            path="docs/AI/deep_generative_models/score_based_models.md",
            commit="170b4011501a6cd2d3122e5a4f73d17e9f9f7f23", licence="not stated")
TIRTHA = dict(kind="git", repo="tirthasheshpatel/tirthasheshpatel.github.io",
              mirror=f"{M}/tirthasheshpatel+tirthasheshpatel.github.io/repo",
              commit="06a0c8532321b13265549305beb70400406b1518", licence="not stated")
JB = "src/site/notes/content/012/PX284 - SMETO/part 1 - statistical mechanics/"

DOCS = [
    ("01_statphys_gibbs_entropy.md", STATPHYS, "L5-ensemble-theory-II.md", [(19, 50)], 1),
    ("02_statphys_cumulant_recap.md", STATPHYS, "L5-ensemble-theory-II.md", [(56, 92)], 1),
    ("03_statphys_lnZ_moments.md", STATPHYS, "L5-ensemble-theory-II.md", [(95, 119)], 1),
    ("04_statphys_ising_domain_walls.md", STATPHYS, "Ising-lectures/Ising-1D-md.md", [(28, 73)], 2),
    ("05_p16i_expfam_bernoulli.md", P16I, "src/blog/2020/exponential-family.md", [(7, 49)], 2),
    ("06_p16i_expfam_gaussian.md", P16I, "src/blog/2020/exponential-family.md", [(51, 65)], 2),
    ("07_p16i_cumulant_moments.md", P16I, "src/blog/2020/exponential-family.md", [(68, 112)], 2),
    ("08_p16i_maxent_uniform.md", P16I, "src/blog/2020/maximum-entropy.md", [(30, 80)], 2),
    ("09_adi_ebm_normalization.md", ADI, None, [(9, 68)], 1),
    ("10_adi_ebm_cd_gradient.md", ADI, None, [(92, 138)], 1),
    ("11_chicm_softmax_ce_gradient.md", CHICM, "README.md", [(1, 58)], 2),
    ("12_ruthless_entropy_kl.md", RUTH, "source/_posts/KL_div.md", [(11, 50)], 2),
    ("13_ruthless_vae_elbo.md", RUTH, "source/_posts/VAE.md", [(25, 102)], 2),
    ("14_shuhong_maxent_boltzmann.md", SHUHONG, "_posts/_hiden_blogs/2024-11-27-Boltzmann.md", [(52, 141)], 1),
    ("15_shuhong_quantum_canonical.md", SHUHONG, "_posts/_hiden_blogs/2024-11-27-Boltzmann.md", [(243, 287)], 1),
    ("16_jjones_transfer_matrix.md", JJONES, "content/writings/transfer.md", [(28, 80)], 2),
    ("17_mawj_jem_logsumexp.md", MAWJ, "Energy-based-model/JEM/readme.md", [(7, 70)], 2),
    ("18_mawj_ebm_grad_oneline.md", MAWJ, "Energy-based-model/EBCLR/readme.md", [(193, 199)], 1),
    ("19_mawj_ebclr_marginal.md", MAWJ, "Energy-based-model/EBCLR/readme.md", [(203, 213)], 2),
    ("20_mawj_ebclr_marginal_grad.md", MAWJ, "Energy-based-model/EBCLR/readme.md", [(215, 227)], 1),
    ("21_analytiq_bernoulli_gaussian.md", ANALYTIQ, "_posts/2022-12-29-exponential-family.md", [(10, 61)], 2),
    ("22_analytiq_poisson.md", ANALYTIQ, "_posts/2022-12-29-exponential-family.md", [(65, 85)], 2),
    ("23_analytiq_gamma_beta.md", ANALYTIQ, "_posts/2022-12-29-exponential-family.md", [(87, 154)], 2),
    ("24_sungsoo_sigmoid_softmax.md", SUNGSOO, None, [(83, 149)], 2),
    ("25_wexler_internal_energy.md", WEXLER, "book/chapter-02/section-03.md", [(56, 139)], 1),
    ("26_wexler_cv_fluctuations.md", WEXLER, "book/chapter-02/section-03.md", [(194, 337)], 1),
    ("27_wexler_harmonic_oscillator.md", WEXLER, "book/chapter-02/section-06.md", [(165, 248)], 2),
    ("28_wexler_particle_in_cube.md", WEXLER, "book/chapter-02/section-05.md", [(113, 248)], 2),
    ("29_jelly_free_energy.md", JELLY, JB + "E - single-particle partition function/PX284 - E1c - helmholtz free energy.md", [(5, 20)], 1),
    ("30_jelly_two_level.md", JELLY, JB + "E - single-particle partition function/PX284 - E2 - two-level system (revisited).md", [(11, 40)], 2),
    ("31_jelly_paramagnet.md", JELLY, JB + "E - single-particle partition function/PX284 - E5c - spin-half paramagnet.md", [(13, 47)], 2),
    ("32_jelly_energy_fluctuations.md", JELLY, JB + "G - fluctuations/PX284 - G1 - energy deviation.md", [(5, 15)], 1),
    ("33_bruno_logpartition_moments.md", BRUNO, "_posts/2019-03-20-Exponential-Family-Distributions.md", [(61, 89)], 2),
    ("34_bruno_gaussian_bernoulli.md", BRUNO, "_posts/2019-03-20-Exponential-Family-Distributions.md", [(112, 192)], 2),
    ("35_bruno_elbo.md", BRUNO, "_posts/2019-07-01-Variational-Inference-GMM.md", [(67, 110)], 2),
    ("36_bruno_meanfield_elbo.md", BRUNO, "_posts/2019-07-01-Variational-Inference-GMM.md", [(159, 182)], 2),
    ("37_aise_rbm_loglik_gradient.md", dict(kind="page", manual="manual/page_aise_24302.json", licence="CC BY-SA 4.0 (Stack Exchange)"), None, None, 1),
    ("38_sse_rbm_loglik_question.md", dict(kind="page", manual="manual/page_sse_113395.json", licence="CC BY-SA 4.0 (Stack Exchange)"), None, None, 1),
    ("39_sse_fischer_igel_eq29.md", dict(kind="page", manual="manual/page_sse_48162.json", licence="CC BY-SA 4.0 (Stack Exchange)"), None, None, 2),
    ("40_watcher_canonical_jp.md", WATCHER, "src/chapter_6/section_3.md", [(287, 328)], 1),
    ("41_adi_score_matching.md", ADI2, None, [(5, 98)], 3),
    ("42_tirtha_rbm_factors_energy.md", TIRTHA, "content/deep-learning-rbm.md", [(141, 180)], 2),
    ("43_tirtha_rbm_conditionals.md", TIRTHA, "content/deep-learning-rbm.md", [(186, 248)], 2),
    ("44_tirtha_rbm_loglik_gradient.md", TIRTHA, "content/deep-learning-rbm.md", [(252, 289)], 2),
    ("45_tirtha_rbm_gradient_simplified.md", TIRTHA, "content/deep-learning-rbm.md", [(490, 538)], 2),
]
