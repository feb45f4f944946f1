"""The learned layer: what a model trained on PolNeAR adds to the rules.

Read top to bottom, as the data flows through it:

- :mod:`~claimx.learned.features`: per-token features from the parse and the
  rules' candidates;
- :mod:`~claimx.learned.tagger`: a small tagger (a spaCy component) that marks
  every token as source, cue, content or nothing;
- :mod:`~claimx.learned.merge`: the tags against the rules' candidates: which
  claims stay and which are added;
- :mod:`~claimx.learned.ranker`: more candidates (proposals, other contents)
  and a ranker that keeps the best of each group;
- :mod:`~claimx.learned.nets`: the ranker's networks, thinc models, and their
  training;
- :mod:`~claimx.learned.calibration`: the ranker's score turned into the
  probability that a claim is right;
- :mod:`~claimx.learned.model`: where the trained model ships and how it is
  added to a pipeline;
- :mod:`~claimx.learned.train`: training from PolNeAR (``claimx train``), with
  the tagger's training data.
"""
