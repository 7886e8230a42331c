#!/usr/bin/env bash
# Deploys the system to Google Cloud: APIs, Firestore (rules and indexes), two service accounts and their
# roles, the ID-hash secret, the Pub/Sub topic, the three functions, the daily Cloud Scheduler job and a
# log-based metric for failed days. Idempotent: run it again after every release.
#   usage: scripts/deploy-gcp.sh [--dry-run] [deploy.env]
# `--dry-run` prints every command instead of running it; a line starting with `? ` is a look-up whose
# answer picks the next command (DEPLOY_DRY_RUN_ASSUME=present prints the branch for an existing project).
set -euo pipefail
cd "$(dirname "$0")/.."

DRY_RUN=0
if [ "${1:-}" = "--dry-run" ]; then DRY_RUN=1; shift; fi
ENV_FILE="${1:-deploy.env}"
[ -f "$ENV_FILE" ] || { echo "missing $ENV_FILE: copy deploy.env.example and fill it in" >&2; exit 2; }
# shellcheck disable=SC1090
source "$ENV_FILE"
: "${PROJECT:?}" "${REGION:?}" "${COUNTY:?}" "${SCHEDULE:?}" "${TOKEN_AUDIENCE:?}" "${SERVICE_ACCOUNT_NAME:?}"
TRIGGER_ACCOUNT_NAME="${TRIGGER_ACCOUNT_NAME:-shuangpei-trigger}"
SA="${SERVICE_ACCOUNT_NAME}@${PROJECT}.iam.gserviceaccount.com"
TRIGGER_SA="${TRIGGER_ACCOUNT_NAME}@${PROJECT}.iam.gserviceaccount.com"
TOPIC=shuangpei-assess
SECRET=shuangpei-id-hash-secret
RUNTIME=nodejs22
# Where the functions' environment file is written (removed afterwards unless given).
WORK_DIR="${DEPLOY_WORK_DIR:-}"
if [ -z "$WORK_DIR" ]; then WORK_DIR=$(mktemp -d); trap 'rm -rf "$WORK_DIR"' EXIT; fi

run() { if [ "$DRY_RUN" = 1 ]; then printf '%q ' "$@"; echo; else "$@"; fi; }
# A look-up: true when the resource exists. In a dry run it is printed and answers DEPLOY_DRY_RUN_ASSUME.
exists() {
  if [ "$DRY_RUN" = 1 ]; then printf '? '; printf '%q ' "$@"; echo; [ "${DEPLOY_DRY_RUN_ASSUME:-absent}" = present ];
  else "$@" >/dev/null 2>&1; fi
}
# Like run, without the policy gcloud prints after a binding.
quietly() { if [ "$DRY_RUN" = 1 ]; then run "$@"; else "$@" >/dev/null; fi; }
bind_project() { quietly gcloud projects add-iam-policy-binding "$PROJECT" --member="$1" --role="$2" --condition=None --quiet; }

echo "== 1. build"
run npm ci --no-audit --no-fund
run npm run build   # functions/dist: the bundle, package.json (nodejs22) and the lockfile the tests ran with

echo "== 2. assessment settings"
# Checked here so a wrong ASSESSMENT_CONFIG stops the deploy with its message, before anything changes.
SHUANGPEI_ASSESSMENT_CONFIG="${ASSESSMENT_CONFIG:-}" node --import tsx --input-type=module -e '
const { loadAssessmentConfig } = await import("./functions/src/config/env-config.ts");
try { console.log("weights", JSON.stringify(loadAssessmentConfig().weights)); }
catch (error) { console.error(error.message); process.exit(2); }'

echo "== 3. APIs"
run gcloud services enable --project "$PROJECT" cloudfunctions.googleapis.com run.googleapis.com \
  cloudbuild.googleapis.com artifactregistry.googleapis.com pubsub.googleapis.com eventarc.googleapis.com \
  cloudscheduler.googleapis.com firestore.googleapis.com firebaserules.googleapis.com \
  secretmanager.googleapis.com sheets.googleapis.com iam.googleapis.com logging.googleapis.com

echo "== 4. Firestore: database, rules, indexes"
exists gcloud firestore databases describe --project "$PROJECT" --database='(default)' ||
  run gcloud firestore databases create --project "$PROJECT" --location="$REGION" --type=firestore-native
# Rules and firestore.indexes.json through the Firebase Rules and Firestore Admin APIs (firebase-tools' way),
# with the operator's token and the project as quota project (x-goog-user-project).
if [ "$DRY_RUN" = 1 ]; then
  run gcloud auth print-access-token --project "$PROJECT"
  node --import tsx scripts/deploy/publish-firestore.ts --project "$PROJECT" --dry-run
else
  ACCESS_TOKEN=$(gcloud auth print-access-token --project "$PROJECT") \
    node --import tsx scripts/deploy/publish-firestore.ts --project "$PROJECT"
fi

echo "== 5. service accounts, secret, topic"
exists gcloud iam service-accounts describe "$SA" --project "$PROJECT" ||
  run gcloud iam service-accounts create "$SERVICE_ACCOUNT_NAME" --project "$PROJECT" --display-name="双培双带 functions"
exists gcloud iam service-accounts describe "$TRIGGER_SA" --project "$PROJECT" ||
  run gcloud iam service-accounts create "$TRIGGER_ACCOUNT_NAME" --project "$PROJECT" --display-name="双培双带 daily trigger"
# The functions read and write Firestore.
bind_project "serviceAccount:$SA" roles/datastore.user
exists gcloud secrets describe "$SECRET" --project "$PROJECT" || {
  if [ "$DRY_RUN" = 1 ]; then run gcloud secrets create "$SECRET" --project "$PROJECT" --data-file=-;
  else openssl rand -hex 32 | tr -d '\n' | gcloud secrets create "$SECRET" --project "$PROJECT" --data-file=-; fi
}
# The functions read the ID-hash secret (and no other).
quietly gcloud secrets add-iam-policy-binding "$SECRET" --project "$PROJECT" --member="serviceAccount:$SA" \
  --role=roles/secretmanager.secretAccessor --quiet
exists gcloud pubsub topics describe "$TOPIC" --project "$PROJECT" || run gcloud pubsub topics create "$TOPIC" --project "$PROJECT"
# assessNow queues a run on the topic instead of running it while the spreadsheet waits.
quietly gcloud pubsub topics add-iam-policy-binding "$TOPIC" --project "$PROJECT" --member="serviceAccount:$SA" \
  --role=roles/pubsub.publisher --quiet
# Pub/Sub signs the push to the trigger's account with tokens made by its service agent (needed on projects
# whose agent predates April 2021; harmless on newer ones).
NUMBER_CMD=(gcloud projects describe "$PROJECT" --format='value(projectNumber)')
if [ "$DRY_RUN" = 1 ]; then exists "${NUMBER_CMD[@]}" || true; PROJECT_NUMBER=PROJECT_NUMBER; else PROJECT_NUMBER=$("${NUMBER_CMD[@]}"); fi
bind_project "serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com" roles/iam.serviceAccountTokenCreator

echo "== 6. functions"
# One YAML file (JSON is YAML) for every variable: e-mail addresses, comma lists and JSON need no escaping.
ENV_YAML="$WORK_DIR/functions-env.yaml"
node -e 'const [file, ...pairs] = process.argv.slice(1); const env = {};
for (let i = 0; i < pairs.length; i += 2) if (pairs[i + 1]) env[pairs[i]] = pairs[i + 1];
require("fs").writeFileSync(file, JSON.stringify(env, null, 2) + "\n");' "$ENV_YAML" \
  SHUANGPEI_TOKEN_AUDIENCE "$TOKEN_AUDIENCE" SHUANGPEI_SUMMARIES sheets SHUANGPEI_SERVICE_ACCOUNT "$SA" \
  SHUANGPEI_ASSESS_TOPIC "projects/$PROJECT/topics/$TOPIC" SHUANGPEI_ASSESSMENT_CONFIG "${ASSESSMENT_CONFIG:-}"
COMMON=(--project "$PROJECT" --region "$REGION" --gen2 --runtime="$RUNTIME" --source=functions/dist
  --service-account="$SA" --set-secrets="SHUANGPEI_ID_HASH_SECRET=${SECRET}:latest" --env-vars-file="$ENV_YAML")
# ingest and assessNow check the caller's Google ID token themselves (an Apps Script token is not a Cloud Run
# invoker token), so they accept unauthenticated HTTP at the platform level.
run gcloud functions deploy ingest "${COMMON[@]}" --entry-point=ingest --trigger-http --allow-unauthenticated --memory=512Mi --timeout=120s
run gcloud functions deploy assessNow "${COMMON[@]}" --entry-point=assessNow --trigger-http --allow-unauthenticated --memory=512Mi --timeout=60s
# assess: retried until it succeeds (a rerun of the same county and day replaces that day's snapshot).
run gcloud functions deploy assess "${COMMON[@]}" --entry-point=assess --trigger-topic="$TOPIC" --retry \
  --trigger-service-account="$TRIGGER_SA" --memory=1Gi --timeout=540s
# The trigger's account may invoke assess (its Cloud Run service), and nothing else.
quietly gcloud run services add-iam-policy-binding assess --project "$PROJECT" --region "$REGION" \
  --member="serviceAccount:$TRIGGER_SA" --role=roles/run.invoker --quiet

echo "== 7. daily assessment"
JOB="shuangpei-assess-daily"
BODY=$(node -e 'process.stdout.write(JSON.stringify({county: process.argv[1]}))' "$COUNTY")
if exists gcloud scheduler jobs describe "$JOB" --project "$PROJECT" --location "$REGION"; then
  run gcloud scheduler jobs update pubsub "$JOB" --project "$PROJECT" --location "$REGION" --schedule="$SCHEDULE" \
    --time-zone=Asia/Shanghai --topic="$TOPIC" --message-body="$BODY"
else
  run gcloud scheduler jobs create pubsub "$JOB" --project "$PROJECT" --location "$REGION" --schedule="$SCHEDULE" \
    --time-zone=Asia/Shanghai --topic="$TOPIC" --message-body="$BODY"
fi
# A day whose assessment keeps failing logs `"alert":"assess-failing"`; this metric counts those lines, so an
# alerting policy on it (console → Monitoring → Alerting) can mail someone.
METRIC=shuangpei-assess-failing
FILTER='resource.type="cloud_run_revision" AND jsonPayload.alert="assess-failing"'
if exists gcloud logging metrics describe "$METRIC" --project "$PROJECT"; then
  run gcloud logging metrics update "$METRIC" --project "$PROJECT" --log-filter="$FILTER"
else
  run gcloud logging metrics create "$METRIC" --project "$PROJECT" --log-filter="$FILTER" \
    --description="双培双带: the daily assessment failed and is being retried"
fi

echo "== done"
echo "Functions base URL: https://${REGION}-${PROJECT}.cloudfunctions.net (set it in each spreadsheet: 双培双带 → 设置同步参数)"
echo "Share the county spreadsheet and every township spreadsheet with ${SA} as Editor, so the summaries can be written."
