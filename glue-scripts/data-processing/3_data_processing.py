"""Glue job "data-processing": job.json and sql/ define it; glue_common (--extra-py-files) runs it."""
import sys
from glue_common import run_job
if __name__ == "__main__":
    run_job("data-processing", sys.argv)
