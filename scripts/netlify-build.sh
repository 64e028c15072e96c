#!/usr/bin/env bash
# Netlify's build image has no .NET 10 SDK: install the one global.json names into the build
# cache (dotnet-install.sh skips the download when that version is already there), then build
# the site for the URL given as the first argument.
set -euo pipefail
base_url="${1:?usage: scripts/netlify-build.sh BASE_URL}"
cache="${NETLIFY_CACHE_DIR:-/opt/build/cache}"
export DOTNET_ROOT="$cache/dotnet"
export NUGET_PACKAGES="$cache/nuget"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

curl -sSfL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$DOTNET_ROOT" --no-path
"$DOTNET_ROOT/dotnet" --version
"$DOTNET_ROOT/dotnet" run --project src/DocsSite -c Release -- build --output output --base-url "$base_url"
