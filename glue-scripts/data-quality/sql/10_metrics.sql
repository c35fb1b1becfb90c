-- One scan: row count, NULLs per column, duplicate event_ids (non-NULL values minus distinct ones).
SELECT
  count(*) AS row_count,
  count_if(event_id IS NULL) AS event_id_nulls,
  count_if(event_type IS NULL) AS event_type_nulls,
  count_if(customer_id IS NULL) AS customer_id_nulls,
  count_if(occurred_at IS NULL) AS occurred_at_nulls,
  count_if(payload IS NULL) AS payload_nulls,
  count_if(processed_at IS NULL) AS processed_at_nulls,
  count_if(event_date IS NULL) AS event_date_nulls,
  count(event_id) - count(DISTINCT event_id) AS duplicate_event_ids
FROM events
