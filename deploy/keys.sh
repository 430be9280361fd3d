#!/usr/bin/env bash
# Local token-signing key pair (RSA 2048), generated per machine, never committed.
#
#   deploy/keys.sh          generate .run/keys/private.pem (PKCS#8) and public.pem (SPKI) if absent
#   deploy/keys.sh body     print the public key's base64 body (no BEGIN/END lines, no newlines):
#                           the value for QUARKUS_OIDC_PUBLIC_KEY / quarkus.oidc.public-key
#
# Until Keycloak is wired in, the services verify bearer tokens with quarkus.oidc.public-key; the demo and
# the system tests mint tokens with private.pem (SME_KEYS_DIR=<repo>/.run/keys).
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_tag=keys
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$DEPLOY_DIR/lib/common.sh"

PRIVATE="$KEYS_DIR/private.pem"
PUBLIC="$KEYS_DIR/public.pem"

ensure_keys() {
  command -v openssl >/dev/null || die "openssl is not installed (Debian: apt-get install openssl)"
  mkdir -p "$KEYS_DIR"
  chmod 700 "$KEYS_DIR"
  if [[ -s "$PRIVATE" ]] && openssl pkey -in "$PRIVATE" -noout 2>/dev/null; then
    if [[ ! -s "$PUBLIC" ]]; then
      openssl pkey -in "$PRIVATE" -pubout -out "$PUBLIC.tmp" 2>/dev/null && mv "$PUBLIC.tmp" "$PUBLIC"
      log "derived ${PUBLIC#"$REPO_ROOT/"} from the existing private key"
    fi
    return 0
  fi
  local tmp
  tmp=$(mktemp -d "$KEYS_DIR/.gen.XXXXXX")
  (
    umask 077
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/private.pem" 2>/dev/null
    # genpkey writes PKCS#8 ("BEGIN PRIVATE KEY"); make sure of it on any OpenSSL version
    openssl pkcs8 -topk8 -nocrypt -in "$tmp/private.pem" -out "$tmp/private.pk8" 2>/dev/null
    mv "$tmp/private.pk8" "$tmp/private.pem"
    openssl pkey -in "$tmp/private.pem" -pubout -out "$tmp/public.pem" 2>/dev/null
  ) || { rm -rf "$tmp"; die "openssl key generation failed"; }
  chmod 600 "$tmp/private.pem"; chmod 644 "$tmp/public.pem"
  mv "$tmp/public.pem" "$PUBLIC"
  mv "$tmp/private.pem" "$PRIVATE"
  rm -rf "$tmp"
  log "generated RSA 2048 key pair in ${KEYS_DIR#"$REPO_ROOT/"} (private.pem PKCS#8, public.pem)"
}

public_body() { grep -v -- '-----' "$PUBLIC" | tr -d '\r\n'; }

case "${1:-ensure}" in
  ensure) ensure_keys ;;
  body) ensure_keys >/dev/null; public_body; echo ;;
  *) echo "usage: $0 [ensure|body]" >&2; exit 64 ;;
esac
