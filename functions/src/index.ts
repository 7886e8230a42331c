// The Cloud Functions of the system, registered with the Functions Framework.
import * as functions from '@google-cloud/functions-framework';
import { createAssessEventHandler, createAssessNowHandler } from './assess/assess-handlers';
import { answerBodyParseErrors } from './http/body-parse-errors';
import { parseJsonText } from './http/json-body';
import { createIngestHandler } from './ingest/ingest-handler';
import { assessDeps, assessmentConfig, assessNowDeps, ingestDeps } from './runtime';

// A wrong SHUANGPEI_ASSESSMENT_CONFIG stops the instance from starting (so a deploy fails and the previous
// revision keeps serving) instead of ranking townships by weights nobody chose.
assessmentConfig();

// Bodies the framework's own parser refuses (malformed `application/json`) get the same Chinese answers as
// the bodies we parse ourselves; must run before the framework builds its server.
answerBodyParseErrors(parseJsonText);

functions.http('ingest', createIngestHandler(ingestDeps));
functions.cloudEvent('assess', createAssessEventHandler(assessDeps));
functions.http('assessNow', createAssessNowHandler(assessNowDeps));
