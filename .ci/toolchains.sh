#!/usr/bin/env bash
# Installs the system toolchains that the verification tests need (see ../shared/sdks/README.md):
# Go 1.23 and sjson from bookworm-backports, the tidwall modules, Ruby with connection_pool, OpenJDK 17 with the
# jars the Telnyx Java SDK links against, Debian's python3 libraries for pyright, and curl.
# Idempotent: a second run installs nothing.
set -euo pipefail
src=/etc/apt/sources.list.d/bookworm-backports.sources
if [ ! -f "$src" ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
  URI=$(awk '$1=="URIs:" && $2 ~ /\/debian\/?$/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$URI" > "$src"
fi
want=(ruby ruby-connection-pool golang-github-tidwall-gjson-dev golang-github-tidwall-match-dev
  golang-github-tidwall-pretty-dev openjdk-17-jdk-headless libjackson2-core-java libjackson2-databind-java
  libjackson2-annotations-java liberror-prone-java libhttpclient5-java libhttpcore5-java python3-httpx
  python3-pydantic python3-anyio python3-distro python3-sniffio python3-typing-extensions curl)
backports=(golang-1.23-go golang-github-tidwall-sjson-dev)
missing=()
for p in "${want[@]}" "${backports[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want[@]}" >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-backports "${backports[@]}" >/dev/null
fi
# gofmt for the syntax tests: Go 1.23's, put on PATH through a link when no other gofmt is there.
if ! command -v gofmt >/dev/null && [ -x /usr/lib/go-1.23/bin/gofmt ]; then
  ln -sf /usr/lib/go-1.23/bin/gofmt /usr/local/bin/gofmt
  ln -sf /usr/lib/go-1.23/bin/go /usr/local/bin/go
fi
