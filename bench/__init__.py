"""Benchmarks: each figure is printed as a ratio to a floor measured in the same run.

A benchmark is a module in this package that defines a :class:`bench.runner.Benchmark`;
:mod:`bench.registry` lists them. ``python -m bench [--quick]`` runs them all.
"""
