"""Briefing: news articles in, evidence-linked briefs out, published as a site and PDFs."""

__version__ = "0.1.0"
