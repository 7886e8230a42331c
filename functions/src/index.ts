// The Cloud Functions of the system, registered with the Functions Framework.
import * as functions from '@google-cloud/functions-framework';
import { createAssessEventHandler, createAssessNowHandler } from './assess/assess-handlers';
import { createIngestHandler } from './ingest/ingest-handler';
import { assessDeps, assessNowDeps, ingestDeps } from './runtime';

functions.http('ingest', createIngestHandler(ingestDeps));
functions.cloudEvent('assess', createAssessEventHandler(assessDeps));
functions.http('assessNow', createAssessNowHandler(assessNowDeps));
