from common import *
DOC = "07_opensrdk_normal_logpdf.md"; TIER = 2
TOPIC = "README of a Rust crate: univariate and multivariate Gaussian log-density and its derivatives; Sigma = L^T L but the x-derivative is written with (L L^T)^{-1} (\\bm, \\\\ at the start of a row)"
NOTES = "Sigma = L^T L (row 29); rows start with `\\\\ & =`"
L = np.array([[1.0, 1.0], [0.0, 1.0]]); D = np.array([1.0, 0.0])
STEPS = [
    S(6, "not-an-identity", "univariate log-density (model statement)"),
    S(12, "valid", "d/dx of -(x-mu)^2/(2 sigma^2)"),
    S(18, "valid", "d/dmu"),
    S(24, "valid", "d/dsigma of -log sigma - (x-mu)^2/(2 sigma^2) (log sigma^2 = 2 log sigma)"),
    S(29, "not-an-identity", "Sigma defined as L^T L"),
    S(32, "not-an-identity", "multivariate log-density (model statement)"),
    S(39, "valid", "gradient of the quadratic form (row spans 39-40)"),
    S(41, "invalid", "Sigma = L^T L (row 29), so Sigma^{-1} = (L^T L)^{-1}, not (L L^T)^{-1}: L = [[1,1],[0,1]], x - mu = (1,0): -Sigma^{-1}(x-mu) = (-2, 1) but -(L L^T)^{-1}(x-mu) = (-1, 1)",
      cx=lambda: (-np.linalg.solve(L.T @ L, D), -np.linalg.solve(L @ L.T, D))),
    S(49, "valid", "gradient in mu (row spans 49-50)"),
    S(51, "valid", "Sigma = L^T L substituted"),
]
CLAIMS = [(39, 41, "invalid", "d log p/dx = -(L L^T)^{-1}(x - mu)")]
