// Placeholder entry point; replaced by the benchmark scenarios.
return 0;
