-- The run's report: one JSON document, written to REPORT_PATH/run_ts=<yyyyMMddTHHmmssZ>/ (no ':',
-- Hadoop paths reject it). Checks are sorted by name so the document is stable.
SELECT
  date_format(r.run_ts, 'yyyyMMdd\'T\'HHmmss\'Z\'') AS run_ts,
  to_json(named_struct(
    'run_ts', date_format(r.run_ts, 'yyyyMMdd\'T\'HHmmss\'Z\''),
    'status', CASE WHEN count_if(NOT c.passed) = 0 THEN 'PASSED' ELSE 'FAILED' END,
    'thresholds', named_struct('min_rows', r.min_rows, 'max_null_ratio', r.max_null_ratio),
    'metrics', named_struct('row_count', first(m.row_count), 'duplicate_key_count', first(m.duplicate_event_ids)),
    'checks', array_sort(collect_list(named_struct(
      'name', c.name, 'passed', c.passed, 'observed', c.observed, 'threshold', c.threshold))),
    'failed_checks', array_sort(collect_list(CASE WHEN NOT c.passed THEN c.name END))
  )) AS value
FROM checks AS c
CROSS JOIN metrics AS m
CROSS JOIN job_run AS r
GROUP BY r.run_ts, r.min_rows, r.max_null_ratio
