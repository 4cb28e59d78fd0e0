#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the browser tests' screenshots (reports/screenshots/), so the
# pictures in the docs are the screens the tests last saw. Run `npm test` first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

FROM=reports/screenshots
TO=docs/screenshots
# docs name ← test screenshot
MAP=(
  "title:hygiene-title"
  "title-assumptions:workshop-title-assumptions"
  "briefing:hygiene-briefing"
  "campaign:hygiene-campaign-1280x720"
  "campaign-1920x1080:hygiene-campaign-1920x1080"
  "campaign-1024x640:hygiene-campaign-1024x640"
  "report:hygiene-report"
  "negotiation:negotiation-counter-offer"
  "debrief:debrief-horizon"
  "unreadable-save:saves-corrupt-save"
  "facilitator:workshop-facilitator"
  "hot-seat:workshop-kremlin"
  "review:review-quarter-3"
  "teams:teams-charts"
  "roles:roles-dialog"
  "projector:projector-live"
  "memo-print:memo-print"
)

missing=0
for pair in "${MAP[@]}"; do
  doc="${pair%%:*}"
  shot="${pair#*:}"
  if [ -f "$FROM/$shot.png" ]; then
    cp "$FROM/$shot.png" "$TO/$doc.png"
  else
    echo "missing: $FROM/$shot.png (run npm test first)" >&2
    missing=1
  fi
done
exit "$missing"
