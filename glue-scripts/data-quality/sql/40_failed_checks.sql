-- Any row fails the run (failOn), after the report is written: a conditional trigger waiting for
-- SUCCEEDED then does not fire, so bad data never reaches the next step.
SELECT name FROM checks WHERE NOT passed
