"""Scripts the benchmarks run in child processes (each prints what the parent measures)."""
