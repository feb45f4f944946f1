"""Across documents: what claimx output says when many records are read together.

- :mod:`~claimx.across.sourcing`: counts statements by source type per
  document and per folder (``claimx sourcing``);
- :mod:`~claimx.across.speaker_index`: the same source under its variants,
  grouped by name and affiliation (``claimx speakers``);
- :mod:`~claimx.across.cluster`: the same claim made in several documents by
  compatible speakers (``claimx cluster``).

All read claimx output through :func:`claimx.io.results.read_results`.
"""
