"""Governance tools opened from the Governance page: retention rules, batch erasure, re-permission."""
