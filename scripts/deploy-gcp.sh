#!/usr/bin/env bash
# Deploys the system to Google Cloud: APIs, Firestore (rules and indexes), the service account, the ID-hash
# secret, the three functions, the Pub/Sub topic and the Cloud Scheduler job. Idempotent: run it again after
# every release. `--dry-run` prints the commands instead of running them.
#   usage: scripts/deploy-gcp.sh [--dry-run] [deploy.env]
set -euo pipefail
cd "$(dirname "$0")/.."

DRY_RUN=0
if [ "${1:-}" = "--dry-run" ]; then DRY_RUN=1; shift; fi
ENV_FILE="${1:-deploy.env}"
[ -f "$ENV_FILE" ] || { echo "missing $ENV_FILE: copy deploy.env.example and fill it in" >&2; exit 2; }
# shellcheck disable=SC1090
source "$ENV_FILE"
: "${PROJECT:?}" "${REGION:?}" "${COUNTY:?}" "${SCHEDULE:?}" "${TOKEN_AUDIENCE:?}" "${SERVICE_ACCOUNT_NAME:?}"
SA="${SERVICE_ACCOUNT_NAME}@${PROJECT}.iam.gserviceaccount.com"
TOPIC=shuangpei-assess
SECRET=shuangpei-id-hash-secret
LEDGER_GROUPS="talents members pairs mentoringLogs trainingRequests trainings bases"

run() { if [ "$DRY_RUN" = 1 ]; then printf '%q ' "$@"; echo; else "$@"; fi; }
exists() { [ "$DRY_RUN" = 0 ] && "$@" >/dev/null 2>&1; }

echo "== build"
run npm ci --no-audit --no-fund
run npm run build

echo "== assessment settings"
# Checked here so a wrong ASSESSMENT_CONFIG stops the deploy with its message, before anything changes.
SHUANGPEI_ASSESSMENT_CONFIG="${ASSESSMENT_CONFIG:-}" node --import tsx --input-type=module -e '
const { loadAssessmentConfig } = await import("./functions/src/config/env-config.ts");
try { console.log("weights", JSON.stringify(loadAssessmentConfig().weights)); }
catch (error) { console.error(error.message); process.exit(2); }'

echo "== APIs"
run gcloud services enable --project "$PROJECT" cloudfunctions.googleapis.com run.googleapis.com \
  cloudbuild.googleapis.com artifactregistry.googleapis.com pubsub.googleapis.com cloudscheduler.googleapis.com \
  firestore.googleapis.com firebaserules.googleapis.com secretmanager.googleapis.com sheets.googleapis.com

echo "== Firestore"
exists gcloud firestore databases describe --project "$PROJECT" --database='(default)' ||
  run gcloud firestore databases create --project "$PROJECT" --location="$REGION" --type=firestore-native
# The assessment reads each ledger with one collection-group query on `county`.
for group in $LEDGER_GROUPS; do
  run gcloud firestore indexes fields update county --project "$PROJECT" --collection-group="$group" \
    --index=order=ascending,query-scope=collection-group --quiet
  # Raw cells and records are never queried: no index, cheaper writes, no index of ID numbers.
  for field in cells record errors warnings; do
    run gcloud firestore indexes fields update "$field" --project "$PROJECT" --collection-group="$group" --disable-indexes --quiet
  done
done
# Security rules: every client is denied but a county leader reading assessments (see firestore.rules).
TOKEN_CMD=(gcloud auth print-access-token)
RULES_JSON=$(node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({source:{files:[{name:"firestore.rules",content:fs.readFileSync("firestore.rules","utf8")}]}}))')
if [ "$DRY_RUN" = 1 ]; then
  echo "curl -X POST https://firebaserules.googleapis.com/v1/projects/$PROJECT/rulesets (firestore.rules) && PATCH releases/cloud.firestore"
else
  RULESET=$(curl -sf -X POST -H "Authorization: Bearer $("${TOKEN_CMD[@]}")" -H 'Content-Type: application/json' \
    "https://firebaserules.googleapis.com/v1/projects/$PROJECT/rulesets" -d "$RULES_JSON" | node -pe 'JSON.parse(require("fs").readFileSync(0)).name')
  curl -sf -X PATCH -H "Authorization: Bearer $("${TOKEN_CMD[@]}")" -H 'Content-Type: application/json' \
    "https://firebaserules.googleapis.com/v1/projects/$PROJECT/releases/cloud.firestore" \
    -d "{\"release\":{\"name\":\"projects/$PROJECT/releases/cloud.firestore\",\"rulesetName\":\"$RULESET\"}}" >/dev/null ||
    curl -sf -X POST -H "Authorization: Bearer $("${TOKEN_CMD[@]}")" -H 'Content-Type: application/json' \
      "https://firebaserules.googleapis.com/v1/projects/$PROJECT/releases" \
      -d "{\"name\":\"projects/$PROJECT/releases/cloud.firestore\",\"rulesetName\":\"$RULESET\"}" >/dev/null
fi

echo "== service account and secret"
exists gcloud iam service-accounts describe "$SA" --project "$PROJECT" ||
  run gcloud iam service-accounts create "$SERVICE_ACCOUNT_NAME" --project "$PROJECT" --display-name="双培双带 functions"
run gcloud projects add-iam-policy-binding "$PROJECT" --member="serviceAccount:$SA" --role=roles/datastore.user --condition=None --quiet
exists gcloud secrets describe "$SECRET" --project "$PROJECT" || {
  if [ "$DRY_RUN" = 1 ]; then echo "openssl rand -hex 32 | gcloud secrets create $SECRET --data-file=-";
  else openssl rand -hex 32 | tr -d '\n' | gcloud secrets create "$SECRET" --project "$PROJECT" --data-file=-; fi
}
run gcloud secrets add-iam-policy-binding "$SECRET" --project "$PROJECT" --member="serviceAccount:$SA" \
  --role=roles/secretmanager.secretAccessor --quiet

echo "== functions"
# `^@^` makes @ the separator, so a comma-separated audience list and the assessment JSON survive.
ENV_VARS="^@^SHUANGPEI_TOKEN_AUDIENCE=${TOKEN_AUDIENCE}@SHUANGPEI_SUMMARIES=sheets@SHUANGPEI_SERVICE_ACCOUNT=${SA}"
# Unset or empty: the defaults (--set-env-vars replaces every variable, so removing it here removes it there).
if [ -n "${ASSESSMENT_CONFIG:-}" ]; then ENV_VARS+="@SHUANGPEI_ASSESSMENT_CONFIG=${ASSESSMENT_CONFIG}"; fi
COMMON=(--project "$PROJECT" --region "$REGION" --gen2 --runtime=nodejs20 --source=functions/dist
  --service-account="$SA" --set-secrets="SHUANGPEI_ID_HASH_SECRET=${SECRET}:latest" --set-env-vars="$ENV_VARS")
# ingest and assessNow check the caller's Google ID token themselves (an Apps Script token is not a Cloud Run
# invoker token), so they accept unauthenticated HTTP at the platform level.
run gcloud functions deploy ingest "${COMMON[@]}" --entry-point=ingest --trigger-http --allow-unauthenticated --memory=512Mi --timeout=120s
run gcloud functions deploy assessNow "${COMMON[@]}" --entry-point=assessNow --trigger-http --allow-unauthenticated --memory=1Gi --timeout=540s
exists gcloud pubsub topics describe "$TOPIC" --project "$PROJECT" || run gcloud pubsub topics create "$TOPIC" --project "$PROJECT"
run gcloud functions deploy assess "${COMMON[@]}" --entry-point=assess --trigger-topic="$TOPIC" --memory=1Gi --timeout=540s

echo "== daily assessment"
JOB="shuangpei-assess-daily"
BODY=$(node -e 'process.stdout.write(JSON.stringify({county: process.argv[1]}))' "$COUNTY")
if exists gcloud scheduler jobs describe "$JOB" --project "$PROJECT" --location "$REGION"; then
  run gcloud scheduler jobs update pubsub "$JOB" --project "$PROJECT" --location "$REGION" --schedule="$SCHEDULE" \
    --time-zone=Asia/Shanghai --topic="$TOPIC" --message-body="$BODY"
else
  run gcloud scheduler jobs create pubsub "$JOB" --project "$PROJECT" --location "$REGION" --schedule="$SCHEDULE" \
    --time-zone=Asia/Shanghai --topic="$TOPIC" --message-body="$BODY"
fi

echo "== done"
echo "Functions base URL: https://${REGION}-${PROJECT}.cloudfunctions.net (set it in each spreadsheet: 双培双带 → 设置同步参数)"
echo "Share the county spreadsheet and every township spreadsheet with ${SA} as Editor, so the summaries can be written."
