-- One row per check. No rows at all: only min_rows can fail (no ratio to judge, no duplicates).
WITH m AS (
  SELECT * FROM metrics CROSS JOIN job_run
),
nulls AS (
  SELECT
    stack(7,
      'customer_id', customer_id_nulls, 'event_date', event_date_nulls, 'event_id', event_id_nulls,
      'event_type', event_type_nulls, 'occurred_at', occurred_at_nulls, 'payload', payload_nulls,
      'processed_at', processed_at_nulls) AS (column_name, null_count),
    row_count,
    max_null_ratio
  FROM m
)
SELECT 'min_rows' AS name, row_count >= min_rows AS passed,
       CAST(row_count AS DOUBLE) AS observed, CAST(min_rows AS DOUBLE) AS threshold
FROM m
UNION ALL
SELECT concat('null_ratio:', column_name), null_count / row_count <= max_null_ratio,
       round(null_count / row_count, 6), max_null_ratio
FROM nulls
WHERE row_count > 0
UNION ALL
SELECT 'duplicate_keys:event_id', duplicate_event_ids = 0, CAST(duplicate_event_ids AS DOUBLE), 0.0
FROM m
