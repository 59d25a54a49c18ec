#!/usr/bin/env bash
# Packages the Helm chart: copies the Grafana dashboards (grafana/dashboards/*.json, the one
# place they are edited) into helm/brink/dashboards/, then lints and packages the chart into
# target/helm/ with the helm on PATH. The copies are not committed (.gitignore).
#
#   scripts/helm-package.sh            # copy, lint, package
#   scripts/helm-package.sh --copy     # copy only
set -euo pipefail
cd "$(dirname "$0")/.."

chart=helm/brink
rm -f "$chart"/dashboards/*.json
shopt -s nullglob
dashboards=(grafana/dashboards/*.json)
if [ ${#dashboards[@]} -gt 0 ]; then
  cp "${dashboards[@]}" "$chart/dashboards/"
fi
echo "copied ${#dashboards[@]} dashboard(s) into $chart/dashboards/"

if [ "${1:-}" = "--copy" ]; then
  exit 0
fi
if ! command -v helm > /dev/null; then
  echo "helm is not on PATH: the dashboards are in place, package with 'helm package $chart'" >&2
  exit 1
fi
helm lint --strict "$chart"
helm lint --strict "$chart" -f "$chart/ci/all-features-values.yaml"
mkdir -p target/helm
helm package "$chart" -d target/helm
