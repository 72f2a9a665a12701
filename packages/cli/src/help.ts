/** `contactkit --help`. */
export const MAIN_HELP = `contactkit: inspect, validate, export and replay contact-center events
(mluvii webhooks and chatbot activities, Google CCAI Platform QM export, Expertflow CX CIM).

Usage: contactkit <command> [options]

Commands:
  inspect <file|dir|->...    detect vendor and family, validate, print the event type or the issues
  schema --out <dir>         write a JSON Schema per event type of every package, plus an index
  simulate --bot-callback <url>
                             run the local mluvii simulator and the emulator (web UI, --chat)
  replay <path>... --to <url>
                             POST captured events to a local endpoint, one per request

Options:
  -h, --help                 show help; "contactkit <command> --help" shows a command's options
  -v, --version              print the version

Colour is used only on a terminal and never when NO_COLOR is set.
Exit codes: 0 success, 1 failure, 2 usage error, 3 (inspect) valid event of an unknown type.
`;

/** `contactkit inspect --help`. */
export const INSPECT_HELP = `Usage: contactkit inspect <file|dir|->... [options]

Detects which contactkit family a captured payload belongs to (mluvii webhook, mluvii chatbot callback or
request, CCAI QM export, Expertflow CIM), validates it, and prints its event type and a short summary, or
every issue with its JSON path. "-" reads standard input; a directory means every *.json, *.ndjson and
*.jsonl file in it. A file of several lines that each hold a JSON value (NDJSON) is inspected line by line.

Options:
  --json                     print one JSON object per payload:
                             {"ok","vendor","family","type","known","issues":[{"path","message"}]}
  --strict                   contract-test mode: unknown event types, unknown keys and unknown enum
                             values are errors
  --format <auto|json|ndjson>
                             how to split the input (default auto: one JSON document, else NDJSON)
  -h, --help                 show this help

Exit codes (the worst over all payloads):
  0  every payload is a valid event of a known type
  1  a payload is invalid, not JSON, or not recognised (or a file cannot be read)
  3  a payload is valid but its event type is unknown to this version (a newer vendor event)

Examples:
  contactkit inspect webhook.json
  curl -s https://example.test/capture | contactkit inspect - --json
  contactkit inspect captured.ndjson --strict
`;

/** `contactkit schema --help`. */
export const SCHEMA_HELP = `Usage: contactkit schema --out <dir>

Writes the JSON Schema (draft 2020-12) of every event type of every contactkit package to
<dir>/<vendor>/<family>/<Type>.schema.json, and <dir>/index.json listing them. Existing files with the
same names are overwritten; nothing else in <dir> is touched.

Options:
  -o, --out <dir>            directory to write to (created when missing)
  -h, --help                 show this help

Example:
  contactkit schema --out ./schemas
`;

/** `contactkit simulate --help`. */
export const SIMULATE_HELP = `Usage: contactkit simulate --bot-callback <url> [options]

Runs the local mluvii simulator (@contactkit/mluvii-simulator) on 127.0.0.1 in the foreground until
Ctrl-C (SIGINT) or SIGTERM, with the emulator: a web UI on http://127.0.0.1:<port>/ where you chat
with your bot as the guest, act as the operator, inspect every activity, callback and webhook, inject
faults and export sessions as NDJSON (for inspect and replay). It prints its origin, the emulator's URL
and the client credentials your bot uses for the token endpoint (point your bot's mluvii origin
there), then one line per request and callback.

Options:
  --bot-callback <url>       your bot's callback URL, where the simulator POSTs activities (required)
  --webhook <url>            a URL to deliver session webhooks to (Basic credentials may be given as
                             https://user:pass@host/path)
  --port <n>                 port to listen on (default: a free port)
  --chatbot-id <id>          the chatbot id of the simulated bot (default 1)
  --open                     open the emulator in the desktop's browser
  --chat                     chat as the guest in this terminal instead (works over SSH and in tmux;
                             lines from a pipe are sent one by one; /help lists the commands)
  --fault <spec>             inject a fault from the start (repeatable):
                             <route>:<kind>[=<value>][,activity=A][,event=E][,times=N|every]
                             routes: chatbot-activity, token, webhooks-api (kinds status=<code>
                             [,retry-after=s], latency=<ms>, drop[=before-read|after-read|
                             after-processing]); bot-callback, webhook-delivery (kinds drop,
                             latency=<ms>, duplicate, out-of-order[,hold=ms])
  --token-lifetime <s>       lifetime of issued tokens in seconds (default 3600; short ones test
                             token renewal)
  --json                     print the origin and credentials as one JSON line
  -q, --quiet                do not print each request and callback as it happens
  -h, --help                 show this help

Control API: JSON under http://127.0.0.1:<port>/_emulator/api/ and server-sent events at
/_emulator/api/events; see docs/emulator.md.

Examples:
  contactkit simulate --bot-callback http://127.0.0.1:3000/mluvii/callback --open
  contactkit simulate --bot-callback http://127.0.0.1:3000/mluvii/callback --chat
  contactkit simulate --bot-callback http://127.0.0.1:3000/mluvii/callback \\
    --webhook http://hook:secret@127.0.0.1:3000/mluvii/webhooks --port 8123 \\
    --fault chatbot-activity:status=429,retry-after=1,activity=GetAvailableGroups
`;

/** `contactkit replay --help`. */
export const REPLAY_HELP = `Usage: contactkit replay <file|dir|ndjson>... --to <url> [options]

Sends captured events to a local endpoint, one POST per event (body as captured, Content-Type
application/json), in order, and reports the HTTP status of each and a summary. A directory is read
recursively (*.json, *.ndjson, *.jsonl, sorted by path); an NDJSON file sends one event per line.
Credentials are never printed.

Options:
  --to <url>                 endpoint to POST to; must be on this machine (localhost, 127.0.0.1, ::1)
                             unless --allow-remote is given
  --basic <user:pass>        send Authorization: Basic (or put user:pass@ in the --to URL)
  --token <token>            send Authorization: Bearer <token> (for a query token, put it in --to)
  --header <name:value>      add a request header (repeatable)
  --delay <ms>               wait between events (default 0)
  --timeout <ms>             per-request timeout (default 10000)
  --allow-remote             allow a --to host that is not this machine (captured events hold personal data)
  -h, --help                 show this help

Exit codes: 0 every event got a 2xx answer, 1 any did not (or could not be read or sent), 2 usage error.

Examples:
  contactkit replay captures/ --to http://127.0.0.1:3000/mluvii/webhooks --basic hook:secret
  contactkit replay session.ndjson --to http://localhost:8080/hook --token dev-token --header x-env:test
`;
