"""Extraction: from a parsed document to its claims, in the order of the data flow.

- :mod:`~claimx.extraction.prefilter`: which paragraphs to parse at all;
- :mod:`~claimx.extraction.quotes`: quotation marks paired on raw characters;
- :mod:`~claimx.extraction.rules`: one module per family of patterns, each a
  document -> candidates;
- :mod:`~claimx.extraction.speakers`: speaker phrases, canonical names, kinds,
  pronouns and surnames resolved;
- :mod:`~claimx.extraction.sources`: name, title, affiliation and type of each
  source, across the article;
- :mod:`~claimx.extraction.claims`: candidates -> claim records;
- :mod:`~claimx.extraction.scope`: the default scope, claims a journalist would
  sign off on;
- :mod:`~claimx.extraction.component`: the spaCy components (``claimx``,
  ``claimx_paragraphs``) that run all of it, with the learned layer
  (:mod:`claimx.learned`) between rules and records.
"""
