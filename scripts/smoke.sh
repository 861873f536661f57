#!/usr/bin/env bash
# Checks a Rapport stack end to end over its HTTP API: a chat turn, a photo question, the memory
# round trip and erasure (docs/deploy.md#smoke-test). Exit status 0 only when every check passed.
#
#   scripts/smoke.sh <stack-name> [--region <region>] [--memory-deadline <seconds>]
#       reads the stack's outputs, signs in a throwaway user of its Cognito pool, always deletes it
#   scripts/smoke.sh <stack-name> --token <jwt> [--region <region>]
#       a stack with an external issuer (no UserPoolId output): a customer token from that issuer
#   scripts/smoke.sh --local [--api http://127.0.0.1:3000]
#       the local stack (./mvnw -Plocal), with a token minted by POST /local/token
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/smoke/target/rapport-smoke.jar"

usage() {
  sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
  exit "${1:-2}"
}

fail() {
  echo "smoke: $*" >&2
  exit 2
}

STACK="" REGION="" API="" TOKEN="${RAPPORT_SMOKE_TOKEN:-}" LOCAL=false
SMOKE_ARGS=()
while (($#)); do
  case "$1" in
    --local) LOCAL=true ;;
    --region) REGION="${2:?--region needs a value}"; shift ;;
    --api) API="${2:?--api needs a value}"; shift ;;
    --token) TOKEN="${2:?--token needs a value}"; shift ;;
    --memory-deadline | --request-timeout) SMOKE_ARGS+=("$1" "${2:?$1 needs a value}"); shift ;;
    -h | --help) usage 0 ;;
    -*) echo "smoke: unknown option $1" >&2; usage ;;
    *) [[ -z "$STACK" ]] || fail "one stack name only"; STACK="$1" ;;
  esac
  shift
done
if $LOCAL; then
  [[ -z "$STACK" ]] || fail "--local takes no stack name"
elif [[ -z "$STACK" ]]; then
  usage
fi

# The smoke jar runs on Java 21 or newer, which need not be the default java: JAVA_HOME, the PATH,
# then the usual install places (like the build's toolchain discovery).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
    /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
    "$HOME"/.sdkman/candidates/java/*/bin/java "$HOME"/.jdks/*/bin/java; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    major="$(java_major "$candidate")"
    if [[ -n "$major" ]] && ((major >= 21)); then
      echo "$candidate"
      return
    fi
  done
  fail "no JDK 21 or newer found; set JAVA_HOME to one"
}

run_smoke() {
  local api="$1" token="$2" java
  java="$(find_java)"
  if [[ ! -f "$JAR" ]]; then
    echo "smoke: building $JAR" >&2
    (cd "$ROOT" && ./mvnw -q -B -pl smoke -am package -DskipTests)
  fi
  # The token goes through the environment, not the command line, so ps does not show it.
  RAPPORT_SMOKE_TOKEN="$token" "$java" -jar "$JAR" --api "$api" ${SMOKE_ARGS[@]+"${SMOKE_ARGS[@]}"}
}

if $LOCAL; then
  API="${API:-http://127.0.0.1:3000}"
  API="${API%/}"
  minted="$(curl -fsS -X POST "$API/local/token" -H 'Content-Type: application/json' \
    -d "{\"sub\":\"smoke-$(date +%s)-$RANDOM\"}")" || fail "no token from $API/local/token; is ./mvnw -Plocal running?"
  TOKEN="$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$minted")"
  [[ -n "$TOKEN" ]] || fail "POST $API/local/token answered without a token"
  run_smoke "$API" "$TOKEN"
  exit
fi

command -v aws >/dev/null || fail "the AWS CLI is needed (aws)"
AWS=(aws)
[[ -z "$REGION" ]] || AWS+=(--region "$REGION")

outputs="$("${AWS[@]}" cloudformation describe-stacks --stack-name "$STACK" \
  --query 'Stacks[0].Outputs[].[OutputKey,OutputValue]' --output text)" || fail "could not read the outputs of stack $STACK"
POOL="" CLIENT=""
while read -r key value; do
  case "$key" in
    ApiUrl) API="${API:-$value}" ;;
    UserPoolId) POOL="$value" ;;
    UserPoolClientId) CLIENT="$value" ;;
  esac
done <<<"$outputs"
[[ -n "$API" ]] || fail "stack $STACK has no ApiUrl output"

if [[ -n "$TOKEN" ]]; then
  run_smoke "$API" "$TOKEN"
  exit
fi
[[ -n "$POOL" && -n "$CLIENT" ]] ||
  fail "stack $STACK uses an external issuer (no UserPoolId output): pass --token <jwt> of a throwaway customer"

# A throwaway user: no invitation is sent (SUPPRESS), and it is deleted however the run ends.
USERNAME="rapport-smoke-$(date +%s)-$RANDOM@example.com"
PASSWORD="Sm0ke-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)-aZ9"
# shellcheck disable=SC2317 # run by the EXIT trap
delete_user() {
  "${AWS[@]}" cognito-idp admin-delete-user --user-pool-id "$POOL" --username "$USERNAME" >/dev/null 2>&1 ||
    echo "smoke: could not delete test user $USERNAME from $POOL; delete it by hand" >&2
}
"${AWS[@]}" cognito-idp admin-create-user --user-pool-id "$POOL" --username "$USERNAME" \
  --user-attributes Name=email,Value="$USERNAME" Name=email_verified,Value=true \
  --message-action SUPPRESS >/dev/null
trap delete_user EXIT
trap 'exit 130' INT TERM
"${AWS[@]}" cognito-idp admin-set-user-password --user-pool-id "$POOL" --username "$USERNAME" \
  --password "$PASSWORD" --permanent
# The access token: the HTTP API's JWT authorizer checks its client_id against the pool client
# (the audience), since a Cognito access token has no aud claim.
TOKEN="$("${AWS[@]}" cognito-idp admin-initiate-auth --user-pool-id "$POOL" --client-id "$CLIENT" \
  --auth-flow ADMIN_USER_PASSWORD_AUTH --auth-parameters USERNAME="$USERNAME",PASSWORD="$PASSWORD" \
  --query 'AuthenticationResult.AccessToken' --output text)"
[[ -n "$TOKEN" && "$TOKEN" != "None" ]] || fail "no access token for $USERNAME"

set +e
run_smoke "$API" "$TOKEN"
status=$?
set -e
exit "$status"
