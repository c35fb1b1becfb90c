-- Every field as STRING on purpose: Spark's JSON parser keeps any non-string token (numbers,
-- nested objects) as its raw JSON text, so ids stay exact and payload stays JSON. A line that is
-- not a JSON object parses to NULL fields, which 20_events drops.
SELECT e.*
FROM (
  SELECT from_json(value, 'event_id STRING, event_type STRING, customer_id STRING, occurred_at STRING, payload STRING') AS e
  FROM raw_events
)
