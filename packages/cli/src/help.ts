/** `contactkit --help`. */
export const MAIN_HELP = `contactkit: inspect, validate, export, send, record and replay contact-center events
(mluvii webhooks and chatbot activities, Google CCAI Platform QM export, Expertflow CX CIM).

Usage: contactkit <command> [options]

Commands:
  inspect <file|dir|->...    detect vendor and family, validate, print the event type or the issues
  schema --out <dir>         write a JSON Schema per event type of every package, plus an index
  simulate --bot-callback <url>
                             run the local mluvii simulator and the emulator (web UI, --chat)
  replay <path>... --to <url>
                             POST captured events to a local endpoint, one per request
  trigger <EventType> --to <url>
                             send one realistic event of a type, the way the platform sends it
  listen --port <n>          receive, validate, print and record events (NDJSON), optionally forward them
  inbox <list|show|replay|purge>
                             list, show, replay or purge a Redis inbox's dead letters (@contactkit/redis)

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

A JSON array is not an event: give one event per line (NDJSON). When a payload is valid in two families
(a guest's Text callback and a bot's Text request look alike), a warning says so; --family decides.

Options:
  --json                     print one JSON object per payload:
                             {"ok","vendor","family","type","known","issues":[{"path","message"}]}
  --strict                   contract-test mode: unknown event types, unknown keys and unknown enum
                             values are errors
  --warnings                 tolerant mode, but report what --strict would reject (unknown keys, unknown
                             enum values) as warnings; with --json adds "warnings":[{"path","code","message"}]
  --family <name>            validate as this family only: webhooks, chatbot-callbacks, chatbot-requests,
                             qm-export or cim (e.g. a bot's outbound Text: --family chatbot-requests)
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
application/json), in order, and reports each answer — status and the first line of its body, so a
{"duplicate":true} or a 400's reason shows — and a summary. A directory is read recursively (*.json,
*.ndjson, *.jsonl, sorted by path); an NDJSON file sends one event per line. Records that are not JSON
are reported and not sent, unless --raw. Credentials are never printed.

Options:
  --to <url>                 endpoint to POST to; must be on this machine (localhost, 127.0.0.1, ::1)
                             unless --allow-remote is given
  --basic <user:pass>        send Authorization: Basic (or put user:pass@ in the --to URL)
  --token <token>            send Authorization: Bearer <token> (for a query token, put it in --to)
  --header <name:value>      add a request header (repeatable)
  --delay <ms>               wait between events (default 0)
  --timeout <ms>             per-request timeout (default 10000)
  --allow-remote             allow a --to host that is not this machine (captured events hold personal data)
  --raw                      send every record byte for byte, malformed ones included (to test how a
                             receiver answers bad bodies)
  -h, --help                 show this help

Exit codes: 0 every event got a 2xx answer, 1 any did not (or could not be read or sent), 2 usage error.

Examples:
  contactkit replay captures/ --to http://127.0.0.1:3000/mluvii/webhooks --basic hook:secret
  contactkit replay session.ndjson --to http://localhost:8080/hook --token dev-token --header x-env:test
`;

/** `contactkit trigger --help`. */
export const TRIGGER_HELP = `Usage: contactkit trigger <EventType> --to <url> [options]

Sends one realistic event of a type to your endpoint the way the platform sends it, built by the vendor
package's test factories (documented example, fresh ids, timestamps of now), and prints the status and
the first line of the answer. Types are those of: webhooks (mluvii webhooks, e.g. SessionEnded; no
Content-Type), chatbot-callbacks (what mluvii POSTs to a bot, e.g. Text, GetAvailableGroupsResponse),
qm-export (CCAI QM, e.g. disconnected, AgentState; in the {type, item} envelope) and cim (Expertflow, e.g.
TASK_ENQUEUED; as a controller body).

Options:
  --to <url>                 endpoint to POST to (http://user:pass@host/path sends Basic credentials)
  --family <name>            the family, when the type alone does not say
  --set <path=value>         change a field before sending (repeatable), e.g. --set data.started=null or
                             --set participants[0].state=connected; the value is JSON when it parses as
                             JSON, else text. The event must stay valid
  --user <user:pass>         send Basic credentials
  --token <token>            send a token where the platform puts one: mluvii webhooks ?token=, chatbot
                             callbacks ?access_token=, CCAI and Expertflow Authorization: Bearer
  --header <name:value>      add a request header (repeatable)
  --bare                     CCAI QM: send the bare item instead of the {type, item} envelope
  --print                    print the event's body instead of sending it (no --to needed)
  --timeout <ms>             how long to wait for the answer (default 10000)
  -h, --help                 show this help

Exit codes: 0 a 2xx answer, 1 any other answer, no answer or an invalid --set, 2 usage error.

Examples:
  contactkit trigger SessionEnded --to http://127.0.0.1:3000/mluvii/webhooks --user hook:secret
  contactkit trigger Text --to http://127.0.0.1:3000/mluvii/callback --token t0k --set text="I need help"
  contactkit trigger disconnected --print > chat-ended.json
`;

/** `contactkit listen --help`. */
export const LISTEN_HELP = `Usage: contactkit listen --port <n> [options]

Runs a local receiver until Ctrl-C: every POST is detected and validated like "contactkit inspect" does
and printed (time, path, event type, answer, issues), appended to an NDJSON capture that inspect and
replay read, and, with --forward, sent on unchanged (headers and body) to your endpoint, whose answer
goes back to the sender. Without --forward it answers 200, so a platform keeps delivering; GET gets 200.
It listens on 127.0.0.1: point a real platform at it through your own tunnel to record contract fixtures.

Options:
  -p, --port <n>             port to listen on (0 for any free port)
  --host <address>           interface to listen on (default 127.0.0.1)
  --family <name>            validate as this family only (webhooks, chatbot-callbacks, chatbot-requests,
                             qm-export, cim)
  -o, --out <file>           append each body to this NDJSON file (line breaks removed from JSON)
  --forward <url>            forward each request unchanged to this URL (its query string is added when
                             the URL has none) and answer with its answer
  --strict                   validate in contract-test mode
  --warnings                 report what --strict would reject as warnings
  --json                     print one JSON object per request
  -h, --help                 show this help

Examples:
  contactkit listen --port 8787 --out captures.ndjson
  contactkit listen --port 8787 --forward http://127.0.0.1:3000/mluvii/webhooks --out captures.ndjson
`;

/** `contactkit inbox --help`. */
export const INBOX_HELP = `Usage: contactkit inbox <list|show|replay|purge> [id] [options]

Works on the dead letters of a Redis inbox (@contactkit/redis createRedisInbox): events whose handlers
kept failing, kept with the last error. Install @contactkit/redis next to the CLI to use it.

Subcommands:
  list                       dead letters, oldest first: id, event type, attempts, when, error
  show <id>                  one dead letter; its body only with --show-payload
  replay <id> | --all        put dead letters back into the inbox (attempts 0): the workers process them
  purge <id> | --all         delete dead letters for good

Options:
  --redis-url <url>          Redis to connect to (default: $CONTACTKIT_REDIS_URL, else redis://127.0.0.1:6379)
  --name <name>              the inbox's name (default webhooks)
  --key-prefix <prefix>      the connection's key prefix (default contactkit:)
  --limit <n>                list at most n (default 100)
  --all                      replay or purge every dead letter
  --show-payload             show: print the event's body (it may hold personal data)
  --json                     print JSON (one object per line for list)
  -h, --help                 show this help

Exit codes: 0 done, 1 not found or Redis unreachable, 2 usage error.

Examples:
  contactkit inbox list --redis-url redis://127.0.0.1:6379
  contactkit inbox show 1733140800000-0 --show-payload
  contactkit inbox replay --all
`;
