// A child process that parses files for the import: parses each file (bytes, name, hash) it is sent and
// sends back the ParsedFile. Isolated so a hostile workbook can only kill this.
import { exitWithParent, type ParseReply, type ParseRequest } from '../ingest/parse-pool.js';
import { shippedContext } from '../domain/context.js';
import { parseSource, type ParsedFile } from './parse-source.js';

exitWithParent();
// One file at a time, in the order sent: the pool counts on it to know which file killed a worker.
let parsing = Promise.resolve();
// The worker is a door of its own: it reads the shipped catalogue once, as the parent does.
const context = shippedContext();
process.on('message', (request: ParseRequest) => {
  parsing = parsing.then(async () => {
    const parsed = await parseSource(request.source, context);
    // Sent in full before the next file starts, so a file that kills this cannot lose the reply before it.
    await new Promise<void>((resolve) =>
      process.send!({ id: request.id, parsed } satisfies ParseReply<ParsedFile>, undefined, {}, () => resolve()),
    );
  });
});
