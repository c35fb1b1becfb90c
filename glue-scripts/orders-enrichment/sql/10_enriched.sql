-- Every order once, with its customer's email and country when MySQL knows the customer
-- (customer_known false: an order of a deleted or not yet replicated customer). MySQL may hold
-- several rows per customer_id (no unique key guaranteed): the latest updated_at wins, so the
-- join never multiplies orders. Orders without order_id are not orders.
WITH latest_customers AS (
  SELECT customer_id, email, country
  FROM (
    SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY updated_at DESC NULLS LAST, email ASC NULLS LAST) AS latest_first
    FROM customers
    WHERE customer_id IS NOT NULL
  )
  WHERE latest_first = 1
)
SELECT
  o.order_id, o.customer_id, o.order_total, o.currency, o.ordered_at,
  to_date(o.ordered_at) AS order_date,
  c.email AS customer_email,
  c.country AS customer_country,
  c.customer_id IS NOT NULL AS customer_known
FROM orders AS o
LEFT JOIN latest_customers AS c ON o.customer_id = c.customer_id
WHERE o.order_id IS NOT NULL
