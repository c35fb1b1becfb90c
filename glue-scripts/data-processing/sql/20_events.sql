-- Trimmed fields (blank -> NULL) and occurred_at as a UTC timestamp from epoch seconds (10 digits),
-- epoch milliseconds (13 digits) or ISO-8601 (yyyy-MM-dd[(T| )HH:mm:ss[.fraction][Z|+-HH:mm]];
-- no offset means UTC, the session zone). The regex runs before the cast, which alone would also
-- accept a bare time or year. An event without event_id, event_type or a valid occurred_at is
-- dropped; customer_id may be NULL (anonymous events).
WITH trimmed AS (
  SELECT
    nullif(regexp_replace(event_id, '^\\s+|\\s+$', ''), '') AS event_id,
    nullif(regexp_replace(event_type, '^\\s+|\\s+$', ''), '') AS event_type,
    nullif(regexp_replace(customer_id, '^\\s+|\\s+$', ''), '') AS customer_id,
    regexp_replace(occurred_at, '^\\s+|\\s+$', '') AS occurred_text,
    payload
  FROM parsed
),
timed AS (
  SELECT
    event_id,
    event_type,
    customer_id,
    CASE
      WHEN occurred_text RLIKE '^[0-9]{13}$' THEN timestamp_millis(CAST(occurred_text AS BIGINT))
      WHEN occurred_text RLIKE '^[0-9]{10}$' THEN timestamp_seconds(CAST(occurred_text AS BIGINT))
      WHEN occurred_text RLIKE '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})?)?$'
        THEN CAST(occurred_text AS TIMESTAMP)
    END AS occurred_at,
    payload
  FROM trimmed
)
SELECT event_id, event_type, customer_id, occurred_at, payload
FROM timed
WHERE event_id IS NOT NULL AND event_type IS NOT NULL AND occurred_at IS NOT NULL
