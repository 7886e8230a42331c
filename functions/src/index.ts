// The Cloud Functions of the system, registered with the Functions Framework.
import * as functions from '@google-cloud/functions-framework';
import { createIngestHandler } from './ingest/ingest-handler';
import { ingestDeps } from './runtime';

functions.http('ingest', createIngestHandler(ingestDeps));
