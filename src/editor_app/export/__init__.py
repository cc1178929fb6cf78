"""Publish-ready bundles: writing, reading, verifying. No Qt, no store access."""
