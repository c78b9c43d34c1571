"""The performance suite: `python -m benchmarks` prints a table and can write JSON."""
