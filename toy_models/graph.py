"""The graph models' old address: they live in toy_models/models/graph.py (below the routes
that contract them); this module re-exports them so `from toy_models.graph import ...` works."""
from .models.graph import (GraphModel, GraphSpins, GraphStates, IsingGraph, PottsGraph,  # noqa: F401
                           check_edges, grid_edges, ising_graph, potts_graph, random_regular_edges)
