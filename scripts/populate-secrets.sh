#!/usr/bin/env bash
# Generates and stores the values of the secrets no service fills by itself: Redis AUTH and the
# application secrets (JWT signing secret, API key, encryption key). Values are generated on this
# machine with openssl, passed to the AWS CLI through a private temp file (never argv, never
# Terraform), and stored as a new secret version. Run once after the first apply; run again to rotate
# (consumers pick the new version up on their next read / task start).
# Usage: scripts/populate-secrets.sh <env> [region]      e.g. scripts/populate-secrets.sh dev us-east-2
set -euo pipefail
env="${1:?usage: scripts/populate-secrets.sh <env> [region]}"
region="${2:-us-east-2}"
command -v aws >/dev/null || { echo "the AWS CLI is required" >&2; exit 127; }
command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 127; }
umask 077
file="$(mktemp)"
trap 'rm -f "$file"' EXIT

random() { openssl rand -base64 48 | tr -d '/+=\n' | cut -c1-"$1"; }

put() {  # <secret name>
  aws secretsmanager put-secret-value --region "$region" --secret-id "$1" --secret-string "file://$file" >/dev/null
  echo "stored a new version of $1"
}

printf '{"password":"%s"}' "$(random 32)" > "$file"
put "$env/platform/redis"
printf '{"jwt_secret":"%s","api_key":"%s","encryption_key":"%s"}' "$(random 64)" "$(random 40)" "$(openssl rand -hex 32)" > "$file"
put "$env/platform/app"
