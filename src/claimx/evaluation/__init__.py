"""Measuring claimx: scoring records against gold attributions, and PolNeAR.

- :mod:`~claimx.evaluation.score`: content, exact and attribution precision and
  recall, source fields and calibration (``claimx eval``);
- :mod:`~claimx.evaluation.polnear`: PolNeAR's brat files as gold JSONL
  (``claimx convert-polnear``); its texts stay on the user's machine.
"""
