"""The spaCy model: loading it with claimx's components, and making its parse faster.

- :mod:`~claimx.nlp.load`: :func:`~claimx.nlp.load.load_nlp`, the pipeline of
  every entry point (parser, claimx's paragraph breaks, the trained tagger and
  ranker, the ``claimx`` component);
- :mod:`~claimx.nlp.attributes`: spaCy's attribute ruler and lemmatizer, run
  once per distinct word;
- :mod:`~claimx.nlp.entity_decoder`: spaCy's greedy entity recogniser decoded
  with whole-document array operations (the same entities);
- :mod:`~claimx.nlp.blas`: spaCy's layers multiplied through numpy's BLAS.
"""
