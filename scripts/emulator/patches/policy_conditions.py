"""Policy conditions evaluated the way AWS evaluates them, in a request context of an HTTPS endpoint.

moto 5.2.1 enforces bucket policies on object requests, but (moto/iam/access_control.py,
policy_conditions.py):
- it knows one condition operator, StringEquals; any other (Bool, StringNotEquals, StringLike, ...) is
  treated as "holds";
- a statement whose condition does not hold is answered DENIED instead of "does not apply", even for
  an Allow or a Deny;
- its request context is empty (no aws:SecureTransport).
So the platform's TLS-only statement ``Deny s3:* if Bool aws:SecureTransport = false`` denies every
object write on the emulator, and the provider cannot upload the Glue scripts.

This patch evaluates Bool, String(Not)Equals(IgnoreCase), String(Not)Like and Arn(Not)Equals/Like,
with ...IfExists and AWS's missing-key rule (a missing key fails a positive operator and satisfies a
negated one), and makes a statement whose condition does not hold neutral. The request context always
carries ``aws:SecureTransport = true``: on AWS the provider and the SDKs only ever use HTTPS; the
emulator speaks plain HTTP only because moto serves loopback without a certificate. Treating its
requests as secure is what makes the TLS-only Deny behave as on AWS (it never matches the provider's
requests), while a Deny on ``aws:SecureTransport = true`` still denies — the test proves both.
Operators outside that list keep moto's behaviour (ignored).
"""
import fnmatch
from typing import Any

from moto.iam import access_control, policy_conditions
from moto.iam.access_control import IAMPolicyStatement, PermissionResult

# What every request to the emulator looks like to a policy: it arrived over TLS.
REQUEST_CONTEXT = {"aws:SecureTransport": "true"}


def _values(expected: Any) -> list[str]:
    return [str(v) for v in (expected if isinstance(expected, list) else [expected])]


def _equals(expected: Any, actual: str) -> bool:
    return actual in _values(expected)


def _equals_ignore_case(expected: Any, actual: str) -> bool:
    return actual.lower() in [v.lower() for v in _values(expected)]


def _like(expected: Any, actual: str) -> bool:
    return any(fnmatch.fnmatchcase(actual, pattern) for pattern in _values(expected))


POSITIVE = {
    "StringEquals": _equals,
    "StringEqualsIgnoreCase": _equals_ignore_case,
    "StringLike": _like,
    "ArnEquals": _like,
    "ArnLike": _like,
    "Bool": _equals_ignore_case,
}
NEGATED = {
    "StringNotEquals": "StringEquals",
    "StringNotEqualsIgnoreCase": "StringEqualsIgnoreCase",
    "StringNotLike": "StringLike",
    "ArnNotEquals": "ArnEquals",
    "ArnNotLike": "ArnLike",
}


def condition_holds(operator: str, key: str, expected: Any, context: dict[str, str]) -> bool:
    if_exists = operator.endswith("IfExists")
    base = operator[: -len("IfExists")] if if_exists else operator
    negated = base in NEGATED
    test = POSITIVE.get(NEGATED.get(base, base))
    if test is None:
        return True  # moto's behaviour for operators it does not know
    if key not in context:
        return if_exists or negated
    matched = test(expected, str(context[key]))
    return not matched if negated else matched


def conditions_hold(conditions: dict[str, dict[str, Any]], context: dict[str, str]) -> bool:
    return all(condition_holds(operator, key, expected, context)
               for operator, pairs in conditions.items() for key, expected in pairs.items())


def apply() -> None:
    original = IAMPolicyStatement.is_action_permitted
    if not hasattr(IAMPolicyStatement, "_check_conditions") or "StringEquals" not in policy_conditions.CONDITION_OPERATIONS:
        raise RuntimeError(f"moto changed its policy evaluation; revisit {__file__}")

    def is_action_permitted(self: IAMPolicyStatement, action: str, resource: str = "*", principal: str | None = None,
                            incoming_condition_values: dict[str, str] | None = None) -> PermissionResult:
        context = {**REQUEST_CONTEXT, **(incoming_condition_values or {})}
        conditions = self._statement.get("Condition")
        if conditions and not conditions_hold(conditions, context):
            return PermissionResult.NEUTRAL  # a statement whose condition does not hold does not apply
        return original(self, action, resource, principal, context)

    def check_conditions(self: IAMPolicyStatement, incoming_condition_values: dict[str, str] | None) -> bool:
        return conditions_hold(self._statement.get("Condition") or {}, {**REQUEST_CONTEXT, **(incoming_condition_values or {})})

    IAMPolicyStatement.is_action_permitted = is_action_permitted
    IAMPolicyStatement._check_conditions = check_conditions
    assert access_control.IAMPolicyStatement is IAMPolicyStatement
