-- customer-data-cleansing writes one ingest_date partition per run with that run's changes, so a
-- customer appears once per day it changed: keep its latest row (a full rebuild from history).
SELECT customer_id, email, phone, country, created_at, updated_at
FROM (
  SELECT
    *,
    row_number() OVER (
      PARTITION BY customer_id
      ORDER BY updated_at DESC NULLS LAST, ingest_date DESC NULLS LAST
    ) AS latest_first
  FROM customers
  WHERE customer_id IS NOT NULL
)
WHERE latest_first = 1
