-- One feature row per customer as of the run's UTC date. activity_bucket: active <= 30 days since
-- the last update, warm <= 90, cooling <= 365, dormant older, unknown without an update date.
-- signup_cohort is the UTC month of created_at ('unknown' keeps NULL out of
-- __HIVE_DEFAULT_PARTITION__).
WITH dated AS (
  SELECT
    l.*,
    r.as_of_date,
    datediff(r.as_of_date, to_date(l.updated_at)) AS days_since_update
  FROM latest AS l
  CROSS JOIN job_run AS r
)
SELECT
  customer_id,
  datediff(as_of_date, to_date(created_at)) AS tenure_days,
  days_since_update,
  CASE WHEN instr(email, '@') > 0 THEN lower(substring_index(email, '@', -1)) END AS email_domain,
  coalesce(length(phone) > 0, false) AS has_phone,
  country,
  CASE
    WHEN days_since_update IS NULL THEN 'unknown'
    WHEN days_since_update <= 30 THEN 'active'
    WHEN days_since_update <= 90 THEN 'warm'
    WHEN days_since_update <= 365 THEN 'cooling'
    ELSE 'dormant'
  END AS activity_bucket,
  as_of_date,
  coalesce(date_format(created_at, 'yyyy-MM'), 'unknown') AS signup_cohort
FROM dated
