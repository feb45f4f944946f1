"""Running claimx over documents: one, a batch, a folder, a cluster.

- :mod:`~claimx.run.documents`: a batch of documents through the pipeline,
  long ones in parts, one record each (offsets into the original text);
- :mod:`~claimx.run.batch`: folders and streams: output routing, resume,
  progress, worker processes (``claimx extract``, ``extract_many``);
- :mod:`~claimx.run.dask_engine`: the same batches on a Dask cluster.
"""
