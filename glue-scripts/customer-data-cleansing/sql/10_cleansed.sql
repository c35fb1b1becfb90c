-- One row per customer: trimmed strings (blank -> NULL), a plausible lower-case email, phone
-- digits (7-15, E.164), an ISO 3166-1 alpha-2 country, typed dates. Rows without customer_id
-- are dropped; of several rows of one customer the latest updated_at wins. ingest_date is the
-- run's UTC date: the job replaces only that partition (bookmarked on updated_at, so a run
-- sees the rows changed since the last successful one).
-- Regexes are Java's (\\s is ASCII whitespace only, as in Spark on Glue).
WITH trimmed AS (
  SELECT
    customer_id,
    nullif(regexp_replace(first_name, '^\\s+|\\s+$', ''), '') AS first_name,
    nullif(regexp_replace(last_name, '^\\s+|\\s+$', ''), '') AS last_name,
    lower(nullif(regexp_replace(email, '^\\s+|\\s+$', ''), '')) AS email,
    regexp_replace(phone, '[^0-9]', '') AS phone_digits,
    upper(nullif(regexp_replace(country, '^\\s+|\\s+$', ''), '')) AS country,
    CAST(nullif(regexp_replace(date_of_birth, '^\\s+|\\s+$', ''), '') AS DATE) AS date_of_birth,
    CAST(created_at AS TIMESTAMP) AS created_at,
    CAST(updated_at AS TIMESTAMP) AS updated_at
  FROM customers
  WHERE customer_id IS NOT NULL
),
normalised AS (
  SELECT
    customer_id,
    first_name,
    last_name,
    CASE WHEN length(email) <= 254
          AND email RLIKE '^[a-z0-9_%+\'-]+(\\.[a-z0-9_%+\'-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}$'
         THEN email END AS email,
    CASE WHEN length(phone_digits) BETWEEN 7 AND 15 THEN phone_digits END AS phone,
    -- Two-letter codes that are common but not ISO 3166-1 alpha-2.
    CASE WHEN country = 'UK' THEN 'GB' WHEN country = 'EL' THEN 'GR'
         WHEN country RLIKE '^[A-Z]{2}$' THEN country END AS country,
    date_of_birth,
    created_at,
    updated_at,
    row_number() OVER (
      PARTITION BY customer_id
      -- Ties on updated_at: the most complete row, then a fixed order, so reruns agree.
      ORDER BY updated_at DESC NULLS LAST, created_at DESC NULLS LAST, email ASC NULLS LAST, phone_digits ASC NULLS LAST
    ) AS latest_first
  FROM trimmed
)
SELECT
  customer_id, first_name, last_name, email, phone, country, date_of_birth, created_at, updated_at,
  r.as_of_date AS ingest_date
FROM normalised
CROSS JOIN job_run AS r
WHERE latest_first = 1
