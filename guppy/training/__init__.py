"""Training: the loop, the time budget, data parallelism, run directories, the loss plot."""
