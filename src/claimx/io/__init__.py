"""Reading and writing: what comes in and what goes out.

- :mod:`~claimx.io.inputs`: documents from files, folders, standard input and
  Python values (:class:`~claimx.io.inputs.TextDoc`);
- :mod:`~claimx.io.outputs`: records as JSON lines, a JSON array or CSV,
  written atomically;
- :mod:`~claimx.io.sqlite`: records in an SQLite database (tables of
  documents, claims and speakers, a full-text index).
Reading claimx's own output back is :func:`claimx.across.sourcing.read_outputs`.
"""
