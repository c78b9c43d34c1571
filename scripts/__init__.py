"""Build and maintenance scripts; a package so tests and benchmarks can import the helpers."""
