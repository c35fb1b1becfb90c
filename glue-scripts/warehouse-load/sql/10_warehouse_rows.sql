-- The warehouse table's column order (keys first); a row without customer_id or as_of_date could
-- never be matched in the warehouse, so it is not loaded. Redshift VARCHAR is bytes, not
-- characters: country and domain are ASCII by construction upstream.
SELECT
  customer_id, as_of_date, signup_cohort, activity_bucket, tenure_days, days_since_update,
  email_domain, has_phone, country
FROM features
WHERE customer_id IS NOT NULL AND as_of_date IS NOT NULL
