"""Helpers for the tests and benchmarks: building the project, serving a site, driving a browser."""
