// The Cloud Functions of the system, registered with the Functions Framework.
import * as functions from '@google-cloud/functions-framework';
import { createAssessEventHandler, createAssessNowHandler } from './assess/assess-handlers';
import { answerBodyParseErrors } from './http/body-parse-errors';
import { parseJsonText } from './http/json-body';
import { createIngestHandler } from './ingest/ingest-handler';
import { assessDeps, assessmentConfig, assessNowDeps, ingestDeps, serverConfig } from './runtime';

// A wrong SHUANGPEI_ASSESSMENT_CONFIG stops the instance from starting (so a deploy fails and the previous
// revision keeps serving) instead of ranking townships by weights nobody chose.
assessmentConfig();

// Every body is read by us, at most SHUANGPEI_MAX_BYTES on the wire and inflated, before the framework's
// parsers (1024 MB) or any authentication see it; bodies we refuse get our Chinese answers. Must run before
// the framework builds its server.
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
answerBodyParseErrors(parseJsonText, {
  maxBytes: () => {
    try {
      return serverConfig().maxBytes;
    } catch {
      return DEFAULT_MAX_BYTES; // the function answers the configuration error itself
    }
  },
});

functions.http('ingest', createIngestHandler(ingestDeps));
functions.cloudEvent('assess', createAssessEventHandler(assessDeps));
functions.http('assessNow', createAssessNowHandler(assessNowDeps));
