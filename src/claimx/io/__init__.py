"""Reading and writing: what comes in and what goes out.

- :mod:`~claimx.io.inputs`: documents from files, folders, standard input and
  Python values (:class:`~claimx.io.inputs.TextDoc`);
- :mod:`~claimx.io.outputs`: records as JSON lines, a JSON array or CSV,
  written atomically;
- :mod:`~claimx.io.sqlite`: records in an SQLite database (tables of
  documents, claims and speakers, a full-text index);
- :mod:`~claimx.io.results`: claimx's own output read back, every format, as
  :class:`~claimx.records.DocumentResult` records
  (:func:`~claimx.io.results.read_results`).
"""
