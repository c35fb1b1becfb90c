-- Duplicate event_ids keep the earliest occurred_at (ties: the smallest payload, NULL last), so a
-- rerun writes identical partitions. event_date is the UTC day the event_date partition is named
-- after; processed_at is the run's time.
SELECT
  event_id, event_type, customer_id, occurred_at, payload,
  r.run_ts AS processed_at,
  to_date(occurred_at) AS event_date
FROM (
  SELECT
    *,
    row_number() OVER (PARTITION BY event_id ORDER BY occurred_at ASC, payload ASC NULLS LAST) AS first_seen
  FROM events
)
CROSS JOIN job_run AS r
WHERE first_seen = 1
