<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApprovalCommands</name>
    <message>
        <source>%1 for %2 min</source>
        <translation>%1 for %2 min</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号.</source>
        <translation>The resident&apos;s 宛名番号.</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>Why; the supervisor reads it, the audit log keeps it.</source>
        <translation>Why; the supervisor reads it, the audit log keeps it.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>List the approval requests, newest first (supervisors)</source>
        <translation>List the approval requests, newest first (supervisors)</translation>
    </message>
    <message>
        <source>Only requests in this state: pending, approved or denied.</source>
        <translation>Only requests in this state: pending, approved or denied.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>--state must be pending, approved or denied, not &apos;%1&apos;</source>
        <translation>--state must be pending, approved or denied, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No request.</source>
        <translation>No request.</translation>
    </message>
    <message>
        <source>Ask a supervisor to lift a support measure&apos;s block for one resident for a while</source>
        <translation>Ask a supervisor to lift a support measure&apos;s block for one resident for a while</translation>
    </message>
    <message>
        <source>What to allow: address (showing it), print or copies.</source>
        <translation>What to allow: address (showing it), print or copies.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>How long from the approval, 1 to %1 (default %2).</source>
        <translation>How long from the approval, 1 to %1 (default %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--minutes must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--minutes must be a whole number from 1 to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Request #%1 waits for a supervisor&apos;s approval.</source>
        <translation>Request #%1 waits for a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>Request a correction of a resident&apos;s register record (仮登録; a supervisor approves)</source>
        <translation>Request a correction of a resident&apos;s register record (仮登録; a supervisor approves)</translation>
    </message>
    <message>
        <source>A field and its corrected value (repeatable); fields: %1.</source>
        <translation>A field and its corrected value (repeatable); fields: %1.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &apos;%1&apos;</source>
        <translation>--set takes FIELD=VALUE, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--set names %1 twice</source>
        <translation>--set names %1 twice</translation>
    </message>
    <message>
        <source>Correction #%1 is registered provisionally (仮登録); the register changes when a supervisor approves it.</source>
        <translation>Correction #%1 is registered provisionally (仮登録); the register changes when a supervisor approves it.</translation>
    </message>
    <message>
        <source>Approve someone else&apos;s pending request; it takes effect at once (supervisors)</source>
        <translation>Approve someone else&apos;s pending request; it takes effect at once (supervisors)</translation>
    </message>
    <message>
        <source>Deny someone else&apos;s pending request, with a comment (supervisors)</source>
        <translation>Deny someone else&apos;s pending request, with a comment (supervisors)</translation>
    </message>
    <message>
        <source>The request&apos;s number (approval list).</source>
        <translation>The request&apos;s number (approval list).</translation>
    </message>
    <message>
        <source>A note for the requester; the audit log keeps it.</source>
        <translation>A note for the requester; the audit log keeps it.</translation>
    </message>
    <message>
        <source>Why not (required); the audit log keeps it.</source>
        <translation>Why not (required); the audit log keeps it.</translation>
    </message>
    <message>
        <source>give the request&apos;s number, e.g. `%1 12`</source>
        <translation>give the request&apos;s number, e.g. `%1 12`</translation>
    </message>
    <message>
        <source>Request #%1 is approved and in effect.</source>
        <translation>Request #%1 is approved and in effect.</translation>
    </message>
    <message>
        <source>Request #%1 is denied. Visit %2 went out already: follow it up with %3.</source>
        <translation>Request #%1 is denied. Visit %2 went out already: follow it up with %3.</translation>
    </message>
    <message>
        <source>Request #%1 is denied.</source>
        <translation>Request #%1 is denied.</translation>
    </message>
    <message>
        <source>Only requests of this kind: override, unlock, correction or reconcile.</source>
        <translation>Only requests of this kind: override, unlock, correction or reconcile.</translation>
    </message>
    <message>
        <source>--kind must be override, unlock, correction or reconcile, not &apos;%1&apos;</source>
        <translation>--kind must be override, unlock, correction or reconcile, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Request #%1 is denied: the held applications of visit %2 are cancelled.</source>
        <translation>Request #%1 is denied: the held applications of visit %2 are cancelled.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>reading the register record of %1</source>
        <translation>reading the register record of %1</translation>
    </message>
    <message>
        <source>a correction needs at least one field to change (FIELD=VALUE)</source>
        <translation>a correction needs at least one field to change (FIELD=VALUE)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (a correction may change: %2)</source>
        <translation>unknown field &apos;%1&apos; (a correction may change: %2)</translation>
    </message>
    <message>
        <source>nothing to correct: the register already has these values</source>
        <translation>nothing to correct: the register already has these values</translation>
    </message>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>no resident with 宛名番号 %1</translation>
    </message>
    <message>
        <source>the register record of %1 changed since the correction was requested (version %2 then, %3 now); check it and request the correction again</source>
        <translation>the register record of %1 changed since the correction was requested (version %2 then, %3 now); check it and request the correction again</translation>
    </message>
    <message>
        <source>correcting the register record of %1</source>
        <translation>correcting the register record of %1</translation>
    </message>
    <message>
        <source>the request names a field a correction may not change: %1</source>
        <translation>the request names a field a correction may not change: %1</translation>
    </message>
    <message>
        <source>the request changes nothing</source>
        <translation>the request changes nothing</translation>
    </message>
    <message>
        <source>storing the request about %1</source>
        <translation>storing the request about %1</translation>
    </message>
    <message>
        <source>storing the request about %1 gave no id</source>
        <translation>storing the request about %1 gave no id</translation>
    </message>
    <message>
        <source>reading request #%1</source>
        <translation>reading request #%1</translation>
    </message>
    <message>
        <source>listing the requests</source>
        <translation>listing the requests</translation>
    </message>
    <message>
        <source>deciding request #%1</source>
        <translation>deciding request #%1</translation>
    </message>
    <message>
        <source>finding the resident %1</source>
        <translation>finding the resident %1</translation>
    </message>
    <message>
        <source>a request needs a reason</source>
        <translation>a request needs a reason</translation>
    </message>
    <message>
        <source>the scope must be address, print or copies, not &apos;%1&apos;</source>
        <translation>the scope must be address, print or copies, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an unlock lasts from 1 to %1 minutes, not %2</source>
        <translation>an unlock lasts from 1 to %1 minutes, not %2</translation>
    </message>
    <message>
        <source>denying a request needs a comment for the requester</source>
        <translation>denying a request needs a comment for the requester</translation>
    </message>
    <message>
        <source>no approval request #%1</source>
        <translation>no approval request #%1</translation>
    </message>
    <message>
        <source>request #%1 is already %2 (by %3)</source>
        <translation>request #%1 is already %2 (by %3)</translation>
    </message>
    <message>
        <source>request #%1 was made by %2: another supervisor must decide it (four eyes)</source>
        <translation>request #%1 was made by %2: another supervisor must decide it (four eyes)</translation>
    </message>
    <message>
        <source>request #%1 was decided meanwhile by another supervisor</source>
        <translation>request #%1 was decided meanwhile by another supervisor</translation>
    </message>
    <message>
        <source>request #%1 does not name a valid unlock</source>
        <translation>request #%1 does not name a valid unlock</translation>
    </message>
    <message>
        <source>unlocking the support measure of %1</source>
        <translation>unlocking the support measure of %1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>reconcile request #%1 names no visit</source>
        <translation>reconcile request #%1 names no visit</translation>
    </message>
    <message>
        <source>releasing the held applications of visit %1</source>
        <translation>releasing the held applications of visit %1</translation>
    </message>
    <message>
        <source>reading the household of %1</source>
        <translation>reading the household of %1</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Check the audit chain and name the first broken entry</source>
        <translation>Check the audit chain and name the first broken entry</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, last hash %2.</source>
        <translation>The audit chain is intact: %1 entries, last hash %2.</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1.</source>
        <translation>The audit chain is broken: %1.</translation>
    </message>
    <message>
        <source>List audit entries, or run a review query (late night, holidays, …)</source>
        <translation>List audit entries, or run a review query (late night, holidays, …)</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>Only this operator&apos;s entries.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only entries about this resident.</source>
        <translation>Only entries about this resident.</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>Only this action (search, profile-view, reveal, print, …).</source>
        <translation>Only this action (search, profile-view, reveal, print, …).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>From this date (Japan time) or ISO 8601 time, inclusive.</source>
        <translation>From this date (Japan time) or ISO 8601 time, inclusive.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Up to this date (inclusive) or ISO 8601 time (exclusive).</source>
        <translation>Up to this date (inclusive) or ISO 8601 time (exclusive).</translation>
    </message>
    <message>
        <source>A review query: late-night, holiday, mass-search or failed-logins.</source>
        <translation>A review query: late-night, holiday, mass-search or failed-logins.</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVIEW</translation>
    </message>
    <message>
        <source>mass-search: more than N searches in one hour (default 100).</source>
        <translation>mass-search: more than N searches in one hour (default 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--review must be one of late-night, holiday, mass-search, failed-logins, not &quot;%1&quot;</source>
        <translation>--review must be one of late-night, holiday, mass-search, failed-logins, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--threshold must be a whole number of 0 or more</source>
        <translation>--threshold must be a whole number of 0 or more</translation>
    </message>
    <message>
        <source>--%1 must be a date (2026-04-01) or an ISO 8601 time, not &quot;%2&quot;</source>
        <translation>--%1 must be a date (2026-04-01) or an ISO 8601 time, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>finding the resident</source>
        <translation>finding the resident</translation>
    </message>
    <message>
        <source>no resident has 宛名番号 %1</source>
        <translation>no resident has 宛名番号 %1</translation>
    </message>
    <message>
        <source>%1	%2	%3 searches</source>
        <translation>%1	%2	%3 searches</translation>
    </message>
    <message>
        <source>No operator made more than %1 searches in one hour.</source>
        <translation>No operator made more than %1 searches in one hour.</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>No audit entries match.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>recording an audit entry</source>
        <translation>recording an audit entry</translation>
    </message>
    <message>
        <source>reading the audit chain</source>
        <translation>reading the audit chain</translation>
    </message>
    <message>
        <source>entry %1 is missing: the chain goes on at entry %2 (a row was deleted)</source>
        <translation>entry %1 is missing: the chain goes on at entry %2 (a row was deleted)</translation>
    </message>
    <message>
        <source>entry %1 was changed: its content does not give its hash</source>
        <translation>entry %1 was changed: its content does not give its hash</translation>
    </message>
    <message>
        <source>entry %1 is out of order: it was written after entry %2</source>
        <translation>entry %1 is out of order: it was written after entry %2</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry before it was changed or removed</source>
        <translation>entry %1 does not follow entry %2: an entry before it was changed or removed</translation>
    </message>
    <message>
        <source>querying the audit log</source>
        <translation>querying the audit log</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>“%1” names no day</source>
        <translation>“%1” names no day</translation>
    </message>
</context>
<context>
    <name>BenchChecklistCommand</name>
    <message>
        <source>Time the checklist for a 6-member household per life event, and the catalog load</source>
        <translation>Time the checklist for a 6-member household per life event, and the catalog load</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Timed checklists per life event (default 2000).</source>
        <translation>Timed checklists per life event (default 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--runs must be a whole number from 1 to 1000000, not &apos;%1&apos;</source>
        <translation>--runs must be a whole number from 1 to 1000000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>catalog %1 (%2): load and validation p50 %3 ms, max %4 ms (%5 loads)</source>
        <translation>catalog %1 (%2): load and validation p50 %3 ms, max %4 ms (%5 loads)</translation>
    </message>
    <message>
        <source>event        runs  applies  not applicable   p50 ms   p95 ms   p99 ms   max ms  check p50 ms</source>
        <translation>event        runs  applies  not applicable   p50 ms   p95 ms   p99 ms   max ms  check p50 ms</translation>
    </message>
</context>
<context>
    <name>BenchDelivery</name>
    <message>
        <source>Measure one relay&apos;s deliveries per second and the time to submit a visit</source>
        <translation>Measure one relay&apos;s deliveries per second and the time to submit a visit</translation>
    </message>
    <message>
        <source>Applications the relay delivers (default 2000).</source>
        <translation>Applications the relay delivers (default 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Demo visits submitted and timed (default 100).</source>
        <translation>Demo visits submitted and timed (default 100).</translation>
    </message>
    <message>
        <source>A running sandbox&apos;s base URL; default: start madoguchi-sandbox for the run.</source>
        <translation>A running sandbox&apos;s base URL; default: start madoguchi-sandbox for the run.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>usage: bench delivery --db DEMO_DATABASE [--applications N] [--visits N]</source>
        <translation>usage: bench delivery --db DEMO_DATABASE [--applications N] [--visits N]</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>relay: %1 of %2 delivered in %3 s: %4 applications/s</source>
        <translation>relay: %1 of %2 delivered in %3 s: %4 applications/s</translation>
    </message>
    <message>
        <source>submit: %1 visits (%2 applications): p50 %3 ms, p95 %4 ms; %5 visits of 10+ applications: p50 %6 ms</source>
        <translation>submit: %1 visits (%2 applications): p50 %3 ms, p95 %4 ms; %5 visits of 10+ applications: p50 %6 ms</translation>
    </message>
    <message>
        <source>the largest household&apos;s 転入 cannot be completed: %1</source>
        <translation>the largest household&apos;s 転入 cannot be completed: %1</translation>
    </message>
    <message>
        <source>submit, 転入 of the largest household (%1 members, %2 applications), %3 runs: p50 %4 ms, max %5 ms</source>
        <translation>submit, 転入 of the largest household (%1 members, %2 applications), %3 runs: p50 %4 ms, max %5 ms</translation>
    </message>
</context>
<context>
    <name>BenchQueueCommand</name>
    <message>
        <source>Simulate a March peak day at the counters: waits per class under our calling policy, strict priority and FIFO</source>
        <translation>Simulate a March peak day at the counters: waits per class under our calling policy, strict priority and FIFO</translation>
    </message>
    <message>
        <source>Open counters (default %1).</source>
        <translation>Open counters (default %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the arrivals (default %1).</source>
        <translation>Seed of the arrivals (default %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--counters must be a whole number from 1 to 200, not &apos;%1&apos;</source>
        <translation>--counters must be a whole number from 1 to 200, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 9007199254740991, not &apos;%1&apos;</source>
        <translation>--seed must be a whole number from 0 to 9007199254740991, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>March peak day %1, %2–%3, %4 counters, seed %5: %6 tickets (expected %7)</source>
        <translation>March peak day %1, %2–%3, %4 counters, seed %5: %6 tickets (expected %7)</translation>
    </message>
    <message>
        <source>our policy: score = minutes waited × weight (ordinary 1, elderly %1, pregnant %2, appointment %3 from its booked time)</source>
        <translation>our policy: score = minutes waited × weight (ordinary 1, elderly %1, pregnant %2, appointment %3 from its booked time)</translation>
    </message>
    <message>
        <source>discipline       class        count  avg min  p95 min  max min</source>
        <translation>discipline       class        count  avg min  p95 min  max min</translation>
    </message>
    <message>
        <source>%1 called by closing %2, left at closing %3 (served after), last call %4, counters done %5</source>
        <translation>%1 called by closing %2, left at closing %3 (served after), last call %4, counters done %5</translation>
    </message>
    <message>
        <source>fairness: longest ordinary wait under our policy %1 min / longest wait under FIFO %2 min = %3 (target ≤ %4: %5)</source>
        <translation>fairness: longest ordinary wait under our policy %1 min / longest wait under FIFO %2 min = %3 (target ≤ %4: %5)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NOT met</translation>
    </message>
</context>
<context>
    <name>BenchSearchCommand</name>
    <message>
        <source>drawing the bench queries</source>
        <translation>drawing the bench queries</translation>
    </message>
    <message>
        <source>running the naive search</source>
        <translation>running the naive search</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Time the search on a fixed mix of queries against a naive baseline</source>
        <translation>Time the search on a fixed mix of queries against a naive baseline</translation>
    </message>
    <message>
        <source>Queries per class for the search (default 200).</source>
        <translation>Queries per class for the search (default 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Of those, how many per class also run through the naive baseline (default 5).</source>
        <translation>Of those, how many per class also run through the naive baseline (default 5).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The seed that draws the queries (default 1).</source>
        <translation>The seed that draws the queries (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>Baseline: %1 %2</source>
        <translation>Baseline: %1 %2</translation>
    </message>
    <message>
        <source>class              queries   p50 ms   p95 ms   p99 ms | baseline p50 ms   speed-up</source>
        <translation>class              queries   p50 ms   p95 ms   p99 ms | baseline p50 ms   speed-up</translation>
    </message>
    <message>
        <source>peak RSS: %1 MiB, engine: %2</source>
        <translation>peak RSS: %1 MiB, engine: %2</translation>
    </message>
</context>
<context>
    <name>BenchSync</name>
    <message>
        <source>the hall holds %1 residents; it cannot make %2 changes</source>
        <translation>the hall holds %1 residents; it cannot make %2 changes</translation>
    </message>
    <message>
        <source>%1 has no mynumber_card column</source>
        <translation>%1 has no mynumber_card column</translation>
    </message>
    <message>
        <source>counting the hall&apos;s persons</source>
        <translation>counting the hall&apos;s persons</translation>
    </message>
    <message>
        <source>Measure a branch&apos;s bootstrap and incremental sync against a scratch hall</source>
        <translation>Measure a branch&apos;s bootstrap and incremental sync against a scratch hall</translation>
    </message>
    <message>
        <source>A scratch hall database (postgresql:// URL); seeded with the demo city when empty.</source>
        <translation>A scratch hall database (postgresql:// URL); seeded with the demo city when empty.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Residents of the demo city seeded into an empty hall (default 1000000).</source>
        <translation>Residents of the demo city seeded into an empty hall (default 1000000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Changes made at the hall before the incremental pull (default 1000).</source>
        <translation>Changes made at the hall before the incremental pull (default 1000).</translation>
    </message>
    <message>
        <source>Folder for the replica and the change files (default: a temporary folder).</source>
        <translation>Folder for the replica and the change files (default: a temporary folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--hall URL is required (a scratch database: the bench changes it)</source>
        <translation>--hall URL is required (a scratch database: the bench changes it)</translation>
    </message>
    <message>
        <source>--residents must be 1 … 10000000 and --changes at least 1</source>
        <translation>--residents must be 1 … 10000000 and --changes at least 1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>seeding the hall: %1 of %2</source>
        <translation>seeding the hall: %1 of %2</translation>
    </message>
    <message>
        <source>cannot name the replica&apos;s branch</source>
        <translation>cannot name the replica&apos;s branch</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hall: %1 persons%2</source>
        <translation>hall: %1 persons%2</translation>
    </message>
    <message>
        <source> (seeded in %1 s)</source>
        <translation> (seeded in %1 s)</translation>
    </message>
    <message>
        <source>bootstrap: %1 s, %2 rows, %3 persons, replica %4 MB (target ≤ %5 s: %6)</source>
        <translation>bootstrap: %1 s, %2 rows, %3 persons, replica %4 MB (target ≤ %5 s: %6)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NOT met</translation>
    </message>
    <message>
        <source>incremental: %1 changes in %2 s (target ≤ %3 s for 1000: %4)</source>
        <translation>incremental: %1 changes in %2 s (target ≤ %3 s for 1000: %4)</translation>
    </message>
</context>
<context>
    <name>BenchTickets</name>
    <message>
        <source>the database has no active queue purpose to issue tickets for</source>
        <translation>the database has no active queue purpose to issue tickets for</translation>
    </message>
    <message>
        <source>counter %1 exists and is not active</source>
        <translation>counter %1 exists and is not active</translation>
    </message>
    <message>
        <source>bench desk %1</source>
        <translation>bench desk %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Load-test the queue: kiosks issuing and desks calling at once, latency per operation</source>
        <translation>Load-test the queue: kiosks issuing and desks calling at once, latency per operation</translation>
    </message>
    <message>
        <source>Desks calling at once (default 50).</source>
        <translation>Desks calling at once (default 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Kiosks issuing at once (default 4).</source>
        <translation>Kiosks issuing at once (default 4).</translation>
    </message>
    <message>
        <source>Length of the run (default 20).</source>
        <translation>Length of the run (default 20).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>A desk&apos;s pause after each step, in milliseconds (default 100).</source>
        <translation>A desk&apos;s pause after each step, in milliseconds (default 100).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Tickets issued per second over all kiosks (default desks × 300 / think-ms).</source>
        <translation>Tickets issued per second over all kiosks (default desks × 300 / think-ms).</translation>
    </message>
    <message>
        <source>usage: bench tickets --db LOCATION [--desks N] [--kiosks N] [--seconds S] [--think-ms MS] [--rate N]</source>
        <translation>usage: bench tickets --db LOCATION [--desks N] [--kiosks N] [--seconds S] [--think-ms MS] [--rate N]</translation>
    </message>
    <message>
        <source>bench tickets on %1: %2 desks, %3 kiosks, %4 s, think %5 ms, %6 tickets/s</source>
        <translation>bench tickets on %1: %2 desks, %3 kiosks, %4 s, think %5 ms, %6 tickets/s</translation>
    </message>
    <message>
        <source>operation   count   p50 ms   p95 ms   p99 ms   max ms</source>
        <translation>operation   count   p50 ms   p95 ms   p99 ms   max ms</translation>
    </message>
    <message>
        <source>tickets issued %1, called %2, finished %3; calls with nobody waiting %4; errors %5</source>
        <translation>tickets issued %1, called %2, finished %3; calls with nobody waiting %4; errors %5</translation>
    </message>
    <message>
        <source>claims lost to another desk: %1; tickets called twice: %2</source>
        <translation>claims lost to another desk: %1; tickets called twice: %2</translation>
    </message>
    <message>
        <source>not counted on SQLite</source>
        <translation>not counted on SQLite</translation>
    </message>
    <message>
        <source>target p99 ≤ %1 ms: %2 (worst: %3 %4 ms)</source>
        <translation>target p99 ≤ %1 ms: %2 (worst: %3 %4 ms)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NOT met</translation>
    </message>
    <message>
        <source>%1 operations failed; the first: %2</source>
        <translation>%1 operations failed; the first: %2</translation>
    </message>
    <message>
        <source>before the run, not a queue operation (a desk readying its calls as it opens):</source>
        <translation>before the run, not a queue operation (a desk readying its calls as it opens):</translation>
    </message>
</context>
<context>
    <name>BranchPush</name>
    <message>
        <source>reading the branch code of %1</source>
        <translation>reading the branch code of %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch code (a capital letter, then up to 7 capital letters and digits, e.g. K01)</source>
        <translation>&quot;%1&quot; is not a branch code (a capital letter, then up to 7 capital letters and digits, e.g. K01)</translation>
    </message>
    <message>
        <source>the branch</source>
        <translation>the branch</translation>
    </message>
    <message>
        <source>the replica has no branch code (meta %1): its visit references could be the hall&apos;s own; set the code before the branch takes visits</source>
        <translation>the replica has no branch code (meta %1): its visit references could be the hall&apos;s own; set the code before the branch takes visits</translation>
    </message>
    <message>
        <source>the replica is branch %1, not %2; nothing was pushed</source>
        <translation>the replica is branch %1, not %2; nothing was pushed</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>the hall</translation>
    </message>
    <message>
        <source>the database given as the hall is itself branch %1&apos;s replica; nothing was pushed</source>
        <translation>the database given as the hall is itself branch %1&apos;s replica; nothing was pushed</translation>
    </message>
    <message>
        <source>listing the visits still to push</source>
        <translation>listing the visits still to push</translation>
    </message>
    <message>
        <source>push stopped before its first visit (failAfterVisits)</source>
        <translation>push stopped before its first visit (failAfterVisits)</translation>
    </message>
    <message>
        <source>%1 (%2 visits pushed before it; the push can be run again)</source>
        <translation>%1 (%2 visits pushed before it; the push can be run again)</translation>
    </message>
    <message>
        <source>push stopped after %1 visits (failAfterVisits)</source>
        <translation>push stopped after %1 visits (failAfterVisits)</translation>
    </message>
    <message>
        <source>visit %1 is at the hall but could not be marked at the branch (the next push marks it): %2</source>
        <translation>visit %1 is at the hall but could not be marked at the branch (the next push marks it): %2</translation>
    </message>
    <message>
        <source>reading %1 at the branch</source>
        <translation>reading %1 at the branch</translation>
    </message>
    <message>
        <source>reading the branch&apos;s audit entries</source>
        <translation>reading the branch&apos;s audit entries</translation>
    </message>
    <message>
        <source>the branch&apos;s audit entry %1 is missing (the chain goes on at %2); nothing of the chain from there is pushed — check it with `madoguchi-cli audit verify`</source>
        <translation>the branch&apos;s audit entry %1 is missing (the chain goes on at %2); nothing of the chain from there is pushed — check it with `madoguchi-cli audit verify`</translation>
    </message>
    <message>
        <source>the branch&apos;s audit entry %1 was changed or does not follow entry %2; nothing of the chain from there is pushed — check it with `madoguchi-cli audit verify`</source>
        <translation>the branch&apos;s audit entry %1 was changed or does not follow entry %2; nothing of the chain from there is pushed — check it with `madoguchi-cli audit verify`</translation>
    </message>
    <message>
        <source>appending branch %1&apos;s audit entries at the hall</source>
        <translation>appending branch %1&apos;s audit entries at the hall</translation>
    </message>
    <message>
        <source>finding the resident of visit %1 at the hall</source>
        <translation>finding the resident of visit %1 at the hall</translation>
    </message>
    <message numerus="yes">
        <source>branch %1 made this visit offline; the hall&apos;s register changed since the branch read it (%n record(s)): check the applications still fit before they are sent</source>
        <translation>
            <numerusform>branch %1 made this visit offline; the hall&apos;s register changed since the branch read it (%n record(s)): check the applications still fit before they are sent</numerusform>
            <numerusform>branch %1 made this visit offline; the hall&apos;s register changed since the branch read it (%n record(s)): check the applications still fit before they are sent</numerusform>
        </translation>
    </message>
    <message>
        <source>reading visit %1 at the branch</source>
        <translation>reading visit %1 at the branch</translation>
    </message>
    <message>
        <source>visit %1 is not at the branch</source>
        <translation>visit %1 is not at the branch</translation>
    </message>
    <message>
        <source>writing visit %1 at the hall</source>
        <translation>writing visit %1 at the hall</translation>
    </message>
    <message>
        <source>visit %1: the hall already has another visit with this reference (does another branch use the code %2?); it stays at the branch, not pushed</source>
        <translation>visit %1: the hall already has another visit with this reference (does another branch use the code %2?); it stays at the branch, not pushed</translation>
    </message>
    <message>
        <source>visit %1: the hall&apos;s register has no resident with 宛名番号 %2 (removed at the hall since the branch&apos;s last pull?); it stays at the branch, not pushed</source>
        <translation>visit %1: the hall&apos;s register has no resident with 宛名番号 %2 (removed at the hall since the branch&apos;s last pull?); it stays at the branch, not pushed</translation>
    </message>
    <message>
        <source>marking visit %1 pushed at the branch</source>
        <translation>marking visit %1 pushed at the branch</translation>
    </message>
    <message>
        <source>pushed to the hall at %1; the hall&apos;s relays deliver it</source>
        <translation>pushed to the hall at %1; the hall&apos;s relays deliver it</translation>
    </message>
</context>
<context>
    <name>BranchSync</name>
    <message>
        <source>%1 is not a branch replica: it has no branch code (madoguchi-cli sync --branch CODE sets one at the first sync)</source>
        <translation>%1 is not a branch replica: it has no branch code (madoguchi-cli sync --branch CODE sets one at the first sync)</translation>
    </message>
    <message>
        <source>the replica&apos;s key: %1</source>
        <translation>the replica&apos;s key: %1</translation>
    </message>
    <message>
        <source>pushing to the hall: %1</source>
        <translation>pushing to the hall: %1</translation>
    </message>
    <message>
        <source>(The push before it completed: %1 visits, %2 audit entries.)</source>
        <translation>(The push before it completed: %1 visits, %2 audit entries.)</translation>
    </message>
    <message>
        <source>pulling the register: %1</source>
        <translation>pulling the register: %1</translation>
    </message>
    <message>
        <source>copying the staff verifiers: %1</source>
        <translation>copying the staff verifiers: %1</translation>
    </message>
    <message>
        <source>sealing the replica: %1</source>
        <translation>sealing the replica: %1</translation>
    </message>
    <message>
        <source>%1 cannot be a branch replica: a replica is an SQLite file on the branch PC</source>
        <translation>%1 cannot be a branch replica: a replica is an SQLite file on the branch PC</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>preparing the rows for %1</source>
        <translation>preparing the rows for %1</translation>
    </message>
    <message>
        <source>writing %1: %2</source>
        <translation>writing %1: %2</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>writing %1</translation>
    </message>
    <message>
        <source>preparing %1: %2</source>
        <translation>preparing %1: %2</translation>
    </message>
</context>
<context>
    <name>CallPolicy</name>
    <message>
        <source>ordinary</source>
        <translation>ordinary</translation>
    </message>
    <message>
        <source>elderly or disabled</source>
        <translation>elderly or disabled</translation>
    </message>
    <message>
        <source>pregnant or with a small child</source>
        <translation>pregnant or with a small child</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>%1 min since its %2 booking</source>
        <translation>%1 min since its %2 booking</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1: %2 ×%3, waited %4 → %5</source>
        <translation>%1: %2 ×%3, waited %4 → %5</translation>
    </message>
    <message>
        <source>%1: %2%3, waited %4</source>
        <translation>%1: %2%3, waited %4</translation>
    </message>
    <message>
        <source> (priority first)</source>
        <translation> (priority first)</translation>
    </message>
    <message>
        <source>%1: issued first, waited %2</source>
        <translation>%1: issued first, waited %2</translation>
    </message>
    <message>
        <source>; no one else waits</source>
        <translation>; no one else waits</translation>
    </message>
    <message>
        <source>; the next, %1 (%2 ×%3, %4) → %5</source>
        <translation>; the next, %1 (%2 ×%3, %4) → %5</translation>
    </message>
    <message>
        <source>; a tie, so the earlier ticket</source>
        <translation>; a tie, so the earlier ticket</translation>
    </message>
    <message>
        <source>; the next, %1 (%2, %3)</source>
        <translation>; the next, %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the catalog has no procedure &quot;%1&quot;</source>
        <translation>the catalog has no procedure &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the same procedure and member as %1</source>
        <translation>the same procedure and member as %1</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also in %2)</source>
        <translation>duplicate id &quot;%1&quot; (also in %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path of the rules context (context-schema.json)</source>
        <translation>&quot;%1&quot; is not a path of the rules context (context-schema.json)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 has no &quot;paths&quot;</source>
        <translation>%1 has no &quot;paths&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: value exists only in a field&apos;s validation rule</source>
        <translation>&quot;%1&quot;: value exists only in a field&apos;s validation rule</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: member is null in a household procedure (read household.… instead)</source>
        <translation>&quot;%1&quot;: member is null in a household procedure (read household.… instead)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no question of the procedure&apos;s life events has the id &quot;%2&quot; (events.json)</source>
        <translation>&quot;%1&quot;: no question of the procedure&apos;s life events has the id &quot;%2&quot; (events.json)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no city parameter &quot;%2&quot; (parameters.json)</source>
        <translation>&quot;%1&quot;: there is no city parameter &quot;%2&quot; (parameters.json)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is asked per member; only a member procedure can read it</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is asked per member; only a member procedure can read it</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no form field has the ask_once key &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: no form field has the ask_once key &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a select field needs at least one option</source>
        <translation>a select field needs at least one option</translation>
    </message>
    <message>
        <source>duplicate option value &quot;%1&quot;</source>
        <translation>duplicate option value &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a select field has options</source>
        <translation>only a select field has options</translation>
    </message>
    <message>
        <source>a validation_message without a validation rule</source>
        <translation>a validation_message without a validation rule</translation>
    </message>
    <message>
        <source>a rule cannot be null (leave the key out)</source>
        <translation>a rule cannot be null (leave the key out)</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also at %2)</source>
        <translation>duplicate id &quot;%1&quot; (also at %2)</translation>
    </message>
    <message>
        <source>event.type and event.date are given with every event, not asked</source>
        <translation>event.type and event.date are given with every event, not asked</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is a %2 question at %3; one id has one type in every event</source>
        <translation>the question &quot;%1&quot; is a %2 question at %3; one id has one type in every event</translation>
    </message>
    <message>
        <source>event.%1 holds a value of type %2 in the rules context; a %3 question gives %4</source>
        <translation>event.%1 holds a value of type %2 in the rules context; a %3 question gives %4</translation>
    </message>
    <message>
        <source>a parameter&apos;s value cannot be null</source>
        <translation>a parameter&apos;s value cannot be null</translation>
    </message>
    <message>
        <source>procedure %1 version %2 is also defined in %3</source>
        <translation>procedure %1 version %2 is also defined in %3</translation>
    </message>
    <message>
        <source>procedure %1 version %2 (%3 to %4) and version %5 in %6 (%7 to %8) are both in force on %9: versions of a procedure must not overlap</source>
        <translation>procedure %1 version %2 (%3 to %4) and version %5 in %6 (%7 to %8) are both in force on %9: versions of a procedure must not overlap</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is used by another field of this form</source>
        <translation>ask_once &quot;%1&quot; is used by another field of this form</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is a %2 field in %3; here it is a %4 field (one question has one type)</source>
        <translation>ask_once &quot;%1&quot; is a %2 field in %3; here it is a %4 field (one question has one type)</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is asked per member in %2; here it is asked per household (give every field with this key the same per_member)</source>
        <translation>ask_once &quot;%1&quot; is asked per member in %2; here it is asked per household (give every field with this key the same per_member)</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is asked per household in %2; here it is asked per member (give every field with this key the same per_member)</source>
        <translation>ask_once &quot;%1&quot; is asked per household in %2; here it is asked per member (give every field with this key the same per_member)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <source>no such folder: a catalog keeps one file per procedure in procedures/</source>
        <translation>no such folder: a catalog keeps one file per procedure in procedures/</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (allowed: %2)</source>
        <translation>unknown key &quot;%1&quot; (allowed: %2)</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>missing required key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>expected a non-empty string, got %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: lower-case letters, digits, _, - and .</source>
        <translation>&quot;%1&quot; is not a name: lower-case letters, digits, _, - and .</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier: lower-case letters, digits and _, starting with a letter, parts joined by dots</source>
        <translation>&quot;%1&quot; is not an identifier: lower-case letters, digits and _, starting with a letter, parts joined by dots</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier: lower-case letters, digits and _, starting with a letter</source>
        <translation>&quot;%1&quot; is not an identifier: lower-case letters, digits and _, starting with a letter</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>expected one of %1, got %2</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1, got %2</source>
        <translation>expected a whole number of at least %1, got %2</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>expected a date YYYY-MM-DD, got %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>expected an array, got %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation>expected an object, got an array</translation>
    </message>
    <message>
        <source>the deadline counts from %1, which is not a date YYYY-MM-DD: %2</source>
        <translation>the deadline counts from %1, which is not a date YYYY-MM-DD: %2</translation>
    </message>
    <message>
        <source>a } without its { at character %1 (write }} for a brace)</source>
        <translation>a } without its { at character %1 (write }} for a brace)</translation>
    </message>
    <message>
        <source>a { without its } at character %1 (write {{ for a brace)</source>
        <translation>a { without its } at character %1 (write {{ for a brace)</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder: write {path} or {path:n}</source>
        <translation>&quot;{%1}&quot; is not a placeholder: write {path} or {path:n}</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: unknown format &quot;%2&quot; (the only one is n)</source>
        <translation>&quot;{%1}&quot;: unknown format &quot;%2&quot; (the only one is n)</translation>
    </message>
    <message>
        <source>a deadline counts from a date; %1 is of type %2</source>
        <translation>a deadline counts from a date; %1 is of type %2</translation>
    </message>
    <message>
        <source>a deadline has exactly one of &quot;days&quot;, &quot;months&quot;, &quot;years&quot;</source>
        <translation>a deadline has exactly one of &quot;days&quot;, &quot;months&quot;, &quot;years&quot;</translation>
    </message>
    <message>
        <source>expected a path of the rules context, got %1</source>
        <translation>expected a path of the rules context, got %1</translation>
    </message>
    <message>
        <source>expected a path or a list of paths</source>
        <translation>expected a path or a list of paths</translation>
    </message>
    <message>
        <source>the last case has no &quot;when&quot;: it is the one given when no other fits</source>
        <translation>the last case has no &quot;when&quot;: it is the one given when no other fits</translation>
    </message>
    <message>
        <source>only the last case can go without &quot;when&quot;: the cases after this one would never be used</source>
        <translation>only the last case can go without &quot;when&quot;: the cases after this one would never be used</translation>
    </message>
    <message>
        <source>expected at least one reason</source>
        <translation>expected at least one reason</translation>
    </message>
    <message>
        <source>expected a life event id, got %1</source>
        <translation>expected a life event id, got %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>a procedure belongs to at least one life event</source>
        <translation>a procedure belongs to at least one life event</translation>
    </message>
    <message>
        <source>unknown life event &quot;%1&quot; (events.json has: %2)</source>
        <translation>unknown life event &quot;%1&quot; (events.json has: %2)</translation>
    </message>
    <message>
        <source>never shown: without applies_when the procedure always applies</source>
        <translation>never shown: without applies_when the procedure always applies</translation>
    </message>
    <message>
        <source>missing required key &quot;not_applicable_reason&quot; (a procedure with applies_when says why it does not apply)</source>
        <translation>missing required key &quot;not_applicable_reason&quot; (a procedure with applies_when says why it does not apply)</translation>
    </message>
    <message>
        <source>valid_to %1 is before valid_from %2</source>
        <translation>valid_to %1 is before valid_from %2</translation>
    </message>
    <message>
        <source>unknown system &quot;%1&quot; (systems.json has: %2)</source>
        <translation>unknown system &quot;%1&quot; (systems.json has: %2)</translation>
    </message>
    <message>
        <source>per_member is for the forms of member procedures</source>
        <translation>per_member is for the forms of member procedures</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no certificate type &quot;%2&quot; (certificates.json)</source>
        <translation>&quot;%1&quot;: there is no certificate type &quot;%2&quot; (certificates.json)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the certificate type &quot;%2&quot; has no claim &quot;%3&quot; (certificates.json)</source>
        <translation>&quot;%1&quot;: the certificate type &quot;%2&quot; has no claim &quot;%3&quot; (certificates.json)</translation>
    </message>
    <message>
        <source>expected at least one claim</source>
        <translation>expected at least one claim</translation>
    </message>
    <message>
        <source>expected an Ed25519 public key: 32 bytes in base64url without padding (43 characters)</source>
        <translation>expected an Ed25519 public key: 32 bytes in base64url without padding (43 characters)</translation>
    </message>
    <message>
        <source>valid_to is before valid_from</source>
        <translation>valid_to is before valid_from</translation>
    </message>
    <message>
        <source>kid &quot;%1&quot; is given twice</source>
        <translation>kid &quot;%1&quot; is given twice</translation>
    </message>
    <message>
        <source>expected at least one key</source>
        <translation>expected at least one key</translation>
    </message>
    <message>
        <source>credential type &quot;%1&quot; is given to another certificate type too (one credential type names one certificate)</source>
        <translation>credential type &quot;%1&quot; is given to another certificate type too (one credential type names one certificate)</translation>
    </message>
    <message>
        <source>there is no certificate type &quot;%1&quot; (certificates.json)</source>
        <translation>there is no certificate type &quot;%1&quot; (certificates.json)</translation>
    </message>
    <message>
        <source>issuer &quot;%1&quot; is listed twice</source>
        <translation>issuer &quot;%1&quot; is listed twice</translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>give at most one DIR</source>
        <translation>give at most one DIR</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>the catalog %1 (%2) has %n problem(s)</source>
        <translation>
            <numerusform>the catalog %1 (%2) has %n problem(s)</numerusform>
            <numerusform>the catalog %1 (%2) has %n problem(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a catalog folder and its cases; report every problem</source>
        <translation>Check a catalog folder and its cases; report every problem</translation>
    </message>
    <message>
        <source>The catalog folder (default: MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog).</source>
        <translation>The catalog folder (default: MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s)</source>
        <translation>
            <numerusform>%1 (%2): %n problem(s)</numerusform>
            <numerusform>%1 (%2): %n problem(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a catalog&apos;s example cases and show every difference</source>
        <translation>Run a catalog&apos;s example cases and show every difference</translation>
    </message>
    <message>
        <source>%1 has no cases (cases/*.json)</source>
        <translation>%1 has no cases (cases/*.json)</translation>
    </message>
    <message>
        <source>  cannot run: %1</source>
        <translation>  cannot run: %1</translation>
    </message>
    <message>
        <source>  expected but not in the checklist: %1 for %2 — why: %3</source>
        <translation>  expected but not in the checklist: %1 for %2 — why: %3</translation>
    </message>
    <message>
        <source>  in the checklist but not expected: %1 for %2 — reason: %3</source>
        <translation>  in the checklist but not expected: %1 for %2 — reason: %3</translation>
    </message>
    <message>
        <source>  wrong deadline: %1 for %2: expected %3, got %4</source>
        <translation>  wrong deadline: %1 for %2: expected %3, got %4</translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed</source>
        <translation>%1 cases: %2 passed, %3 failed</translation>
    </message>
    <message>
        <source>%1 (%2) is valid: %3 systems, %4 life events, %5 parameters, %6 procedures (%7 versions), %8 cases, %9 certificate types, %10 trusted issuers; loaded and checked in %11 ms</source>
        <translation>%1 (%2) is valid: %3 systems, %4 life events, %5 parameters, %6 procedures (%7 versions), %8 cases, %9 certificate types, %10 trusted issuers; loaded and checked in %11 ms</translation>
    </message>
</context>
<context>
    <name>CatalogComparison</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>has %1, not at the hall</source>
        <translation>has %1, not at the hall</translation>
    </message>
    <message>
        <source>its systems, life events or parameters differ</source>
        <translation>its systems, life events or parameters differ</translation>
    </message>
    <message>
        <source>catalog differs from the hall&apos;s: %1; update this PC&apos;s catalog</source>
        <translation>catalog differs from the hall&apos;s: %1; update this PC&apos;s catalog</translation>
    </message>
    <message>
        <source>The hall has %1; this PC&apos;s catalog does not: its checklists leave it out.</source>
        <translation>The hall has %1; this PC&apos;s catalog does not: its checklists leave it out.</translation>
    </message>
    <message>
        <source>This PC&apos;s catalog has %1; the hall&apos;s does not.</source>
        <translation>This PC&apos;s catalog has %1; the hall&apos;s does not.</translation>
    </message>
    <message>
        <source>The procedures are the same, but a system, a life event or a parameter value differs from the hall&apos;s.</source>
        <translation>The procedures are the same, but a system, a life event or a parameter value differs from the hall&apos;s.</translation>
    </message>
</context>
<context>
    <name>CatalogPublish</name>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>Publish the hall&apos;s catalog so that branches can compare theirs</source>
        <translation>Publish the hall&apos;s catalog so that branches can compare theirs</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>%1 is the replica of branch %2: publish at the hall, whose catalog the branches compare theirs with</source>
        <translation>%1 is the replica of branch %2: publish at the hall, whose catalog the branches compare theirs with</translation>
    </message>
    <message>
        <source>published the catalog %1 at %2: %3 procedure versions, fingerprint %4; branches compare theirs with it at their next sync</source>
        <translation>published the catalog %1 at %2: %3 procedure versions, fingerprint %4; branches compare theirs with it at their next sync</translation>
    </message>
    <message>
        <source>Show the catalog a hall published (on a replica: as of its last pull)</source>
        <translation>Show the catalog a hall published (on a replica: as of its last pull)</translation>
    </message>
    <message>
        <source>%1: the hall had published no catalog at the last pull</source>
        <translation>%1: the hall had published no catalog at the last pull</translation>
    </message>
    <message>
        <source>%1 has published no catalog (madoguchi-cli catalog publish --db …)</source>
        <translation>%1 has published no catalog (madoguchi-cli catalog publish --db …)</translation>
    </message>
    <message>
        <source>%1: catalog %2 published at %3, %4 procedure versions:</source>
        <translation>%1: catalog %2 published at %3, %4 procedure versions:</translation>
    </message>
</context>
<context>
    <name>CertCommands</name>
    <message>
        <source>expected a date and time with a zone (2026-11-18T10:00:00Z, 2026-11-18T19:00:00+09:00) or a day (2026-11-18, R8.11.18)</source>
        <translation>expected a date and time with a zone (2026-11-18T10:00:00Z, 2026-11-18T19:00:00+09:00) or a day (2026-11-18, R8.11.18)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Sign a certificate as a demo issuer or with a given key (for tests and demos)</source>
        <translation>Sign a certificate as a demo issuer or with a given key (for tests and demos)</translation>
    </message>
    <message>
        <source>A demo issuer of resources/demo/issuers.json: demo-hospital, demo-school, demo-prefecture, demo-city, or untrusted-clinic (not in trust.json, for tests).</source>
        <translation>A demo issuer of resources/demo/issuers.json: demo-hospital, demo-school, demo-prefecture, demo-city, or untrusted-clinic (not in trust.json, for tests).</translation>
    </message>
    <message>
        <source>Sign with this Ed25519 seed (64 hex digits, from &apos;cert keygen&apos;) instead of a demo issuer; needs --issuer-id and --kid.</source>
        <translation>Sign with this Ed25519 seed (64 hex digits, from &apos;cert keygen&apos;) instead of a demo issuer; needs --issuer-id and --kid.</translation>
    </message>
    <message>
        <source>The issuer&apos;s id with --key-seed (a URL).</source>
        <translation>The issuer&apos;s id with --key-seed (a URL).</translation>
    </message>
    <message>
        <source>The issuer&apos;s name with --key-seed.</source>
        <translation>The issuer&apos;s name with --key-seed.</translation>
    </message>
    <message>
        <source>The key&apos;s id with --key-seed (URL#name).</source>
        <translation>The key&apos;s id with --key-seed (URL#name).</translation>
    </message>
    <message>
        <source>The certificate type of the catalog&apos;s certificates.json (shussei_shoumei …).</source>
        <translation>The certificate type of the catalog&apos;s certificates.json (shussei_shoumei …).</translation>
    </message>
    <message>
        <source>The subject&apos;s name (kanji or kana).</source>
        <translation>The subject&apos;s name (kanji or kana).</translation>
    </message>
    <message>
        <source>The subject&apos;s birth date (YYYY-MM-DD or 和暦).</source>
        <translation>The subject&apos;s birth date (YYYY-MM-DD or 和暦).</translation>
    </message>
    <message>
        <source>A claim ID=VALUE, typed as the catalog declares it (numbers, true/false, dates YYYY-MM-DD or 和暦); repeatable.</source>
        <translation>A claim ID=VALUE, typed as the catalog declares it (numbers, true/false, dates YYYY-MM-DD or 和暦); repeatable.</translation>
    </message>
    <message>
        <source>Claims from a JSON object {&quot;id&quot;: value}; --claim overrides them.</source>
        <translation>Claims from a JSON object {&quot;id&quot;: value}; --claim overrides them.</translation>
    </message>
    <message>
        <source>When it is issued (ISO 8601 with a zone, or a day); default: now.</source>
        <translation>When it is issued (ISO 8601 with a zone, or a day); default: now.</translation>
    </message>
    <message>
        <source>When it expires; default: never.</source>
        <translation>When it expires; default: never.</translation>
    </message>
    <message>
        <source>Valid for N days from --valid-from.</source>
        <translation>Valid for N days from --valid-from.</translation>
    </message>
    <message>
        <source>The credential&apos;s id; default: a new urn:uuid.</source>
        <translation>The credential&apos;s id; default: a new urn:uuid.</translation>
    </message>
    <message>
        <source>Write the JWS to FILE instead of stdout.</source>
        <translation>Write the JWS to FILE instead of stdout.</translation>
    </message>
    <message>
        <source>give either --issuer NAME (a demo issuer) or --key-seed HEX with --issuer-id and --kid</source>
        <translation>give either --issuer NAME (a demo issuer) or --key-seed HEX with --issuer-id and --kid</translation>
    </message>
    <message>
        <source>--key-seed needs --issuer-id ID and --kid KID</source>
        <translation>--key-seed needs --issuer-id ID and --kid KID</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 is not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object {&quot;claim id&quot;: value}</source>
        <translation>%1: expected a JSON object {&quot;claim id&quot;: value}</translation>
    </message>
    <message>
        <source>--claim %1: expected ID=VALUE</source>
        <translation>--claim %1: expected ID=VALUE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>give --valid-until or --days, not both</source>
        <translation>give --valid-until or --days, not both</translation>
    </message>
    <message>
        <source>--days: expected a whole number of days, 1 or more</source>
        <translation>--days: expected a whole number of days, 1 or more</translation>
    </message>
    <message>
        <source>--valid-until is before --valid-from</source>
        <translation>--valid-until is before --valid-from</translation>
    </message>
    <message>
        <source>--type: the catalog has no certificate type &quot;%1&quot; (one of %2)</source>
        <translation>--type: the catalog has no certificate type &quot;%1&quot; (one of %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Verify a signed certificate as the desk does: signature, issuer, validity, subject, claims</source>
        <translation>Verify a signed certificate as the desk does: signature, issuer, validity, subject, claims</translation>
    </message>
    <message>
        <source>The compact JWS; &apos;-&apos; or nothing: standard input (after the password line of --as).</source>
        <translation>The compact JWS; &apos;-&apos; or nothing: standard input (after the password line of --as).</translation>
    </message>
    <message>
        <source>Verify as of this moment (ISO 8601 with a zone, or a day); default: now.</source>
        <translation>Verify as of this moment (ISO 8601 with a zone, or a day); default: now.</translation>
    </message>
    <message>
        <source>Without --db: a person it may be about (kanji or kana); repeatable, one --subject-birth-date each. Nothing is recorded in the audit log then. With neither these nor --db the subject is not checked.</source>
        <translation>Without --db: a person it may be about (kanji or kana); repeatable, one --subject-birth-date each. Nothing is recorded in the audit log then. With neither these nor --db the subject is not checked.</translation>
    </message>
    <message>
        <source>Without --db: that person&apos;s birth date (YYYY-MM-DD or 和暦).</source>
        <translation>Without --db: that person&apos;s birth date (YYYY-MM-DD or 和暦).</translation>
    </message>
    <message>
        <source>With --db: the resident (宛名番号) whose household the certificate must be about; the verification is recorded in the audit log (certificate-verify).</source>
        <translation>With --db: the resident (宛名番号) whose household the certificate must be about; the verification is recorded in the audit log (certificate-verify).</translation>
    </message>
    <message>
        <source>--db and --resident go together</source>
        <translation>--db and --resident go together</translation>
    </message>
    <message>
        <source>--subject-name and --subject-birth-date are for use without --db; with --db the resident&apos;s household is the subject</source>
        <translation>--subject-name and --subject-birth-date are for use without --db; with --db the resident&apos;s household is the subject</translation>
    </message>
    <message>
        <source>give one --subject-birth-date for each --subject-name</source>
        <translation>give one --subject-birth-date for each --subject-name</translation>
    </message>
    <message>
        <source>%1 is empty: expected a compact JWS</source>
        <translation>%1 is empty: expected a compact JWS</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>not checked (give --subject-name and --subject-birth-date, or --db and --resident)</source>
        <translation>not checked (give --subject-name and --subject-birth-date, or --db and --resident)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>recorded (certificate-verify)</source>
        <translation>recorded (certificate-verify)</translation>
    </message>
    <message>
        <source>not recorded (no --db)</source>
        <translation>not recorded (no --db)</translation>
    </message>
    <message>
        <source>Make an Ed25519 signing key: its seed and the public JWK for trust.json</source>
        <translation>Make an Ed25519 signing key: its seed and the public JWK for trust.json</translation>
    </message>
    <message>
        <source>Print the public JWK of this seed (64 hex digits) instead of making a new one.</source>
        <translation>Print the public JWK of this seed (64 hex digits) instead of making a new one.</translation>
    </message>
    <message>
        <source>seed (secret: keep it where only the signing service reads it):</source>
        <translation>seed (secret: keep it where only the signing service reads it):</translation>
    </message>
    <message>
        <source>public JWK (for the issuer&apos;s &quot;keys&quot; in trust.json):</source>
        <translation>public JWK (for the issuer&apos;s &quot;keys&quot; in trust.json):</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>the value is empty</source>
        <translation>the value is empty</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>expected a number, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false (yes/no, 1/0, はい/いいえ), got &quot;%1&quot;</source>
        <translation>expected true or false (yes/no, 1/0, はい/いいえ), got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a claim of %2 (its claims: %3)</source>
        <translation>%1 is not a claim of %2 (its claims: %3)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message>
        <source>the required claim %1 (%2) is not given</source>
        <translation>the required claim %1 (%2) is not given</translation>
    </message>
    <message>
        <source>expected an Ed25519 seed: 64 hexadecimal digits (32 bytes)</source>
        <translation>expected an Ed25519 seed: 64 hexadecimal digits (32 bytes)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: /issuers/%2 needs name, id, kid and a seed of 64 hexadecimal digits</source>
        <translation>%1: /issuers/%2 needs name, id, kid and a seed of 64 hexadecimal digits</translation>
    </message>
    <message>
        <source>there is no demo issuer &quot;%1&quot; (one of %2)</source>
        <translation>there is no demo issuer &quot;%1&quot; (one of %2)</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>VALID: %1</source>
        <translation>VALID: %1</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>INVALID: %1</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(not read)</translation>
    </message>
    <message>
        <source>issuer:</source>
        <translation>issuer:</translation>
    </message>
    <message>
        <source>key:</source>
        <translation>key:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>id:</translation>
    </message>
    <message>
        <source>valid:</source>
        <translation>valid:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>subject:</source>
        <translation>subject:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>member:</source>
        <translation>member:</translation>
    </message>
    <message>
        <source>claims:</source>
        <translation>claims:</translation>
    </message>
    <message>
        <source>sha256:</source>
        <translation>sha256:</translation>
    </message>
    <message>
        <source>audit:</source>
        <translation>audit:</translation>
    </message>
</context>
<context>
    <name>CheckDigits</name>
    <message>
        <source>nothing given</source>
        <translation>nothing given</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a digit</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; is not a digit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits</source>
        <translation>&apos;%1&apos; has no digits</translation>
    </message>
    <message>
        <source>My Number (個人番号)</source>
        <translation>My Number (個人番号)</translation>
    </message>
    <message>
        <source>address number (宛名番号)</source>
        <translation>address number (宛名番号)</translation>
    </message>
    <message>
        <source>household number (世帯番号)</source>
        <translation>household number (世帯番号)</translation>
    </message>
    <message>
        <source>local government code (全国地方公共団体コード)</source>
        <translation>local government code (全国地方公共団体コード)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 digits, this has %4</source>
        <translation>&apos;%1&apos;: %2 has %3 digits, this has %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a prefecture code (01–47)</source>
        <translation>&apos;%1&apos;: %2 is not a prefecture code (01–47)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: wrong check digit: expected %3, got %4 (%2)</source>
        <translation>&apos;%1&apos;: wrong check digit: expected %3, got %4 (%2)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>%1: %2 (household)</source>
        <translation>%1: %2 (household)</translation>
    </message>
    <message>
        <source>%1: %2 (member %3)</source>
        <translation>%1: %2 (member %3)</translation>
    </message>
    <message>
        <source>the catalog has no life event &quot;%1&quot;</source>
        <translation>the catalog has no life event &quot;%1&quot;</translation>
    </message>
    <message>
        <source>event.date is not a date: %1</source>
        <translation>event.date is not a date: %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>expected a date YYYY-MM-DD, got %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>expected a number, got %1</translation>
    </message>
    <message>
        <source>expected the id of a member, got %1</source>
        <translation>expected the id of a member, got %1</translation>
    </message>
    <message>
        <source>expected a list of member ids, got %1</source>
        <translation>expected a list of member ids, got %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>expected one of %1, got %2</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>missing (a required question of %1)</source>
        <translation>missing (a required question of %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of %2</source>
        <translation>&quot;%1&quot; is not a question of %2</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 is not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>The checklist of a life event from a rules context file</source>
        <translation>The checklist of a life event from a rules context file</translation>
    </message>
    <message>
        <source>The rules context, a JSON file (docs/rules-context.md).</source>
        <translation>The rules context, a JSON file (docs/rules-context.md).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also print every applicable procedure&apos;s form filled from the context, and the merged interview of what is left to ask (docs/forms.md).</source>
        <translation>Also print every applicable procedure&apos;s form filled from the context, and the merged interview of what is left to ask (docs/forms.md).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>give either --context FILE (a rules context in JSON) or --db LOCATION with --resident, --event and --event-date</source>
        <translation>give either --context FILE (a rules context in JSON) or --db LOCATION with --resident, --event and --event-date</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the register</source>
        <translation>the register</translation>
    </message>
    <message>
        <source>Applies (%1):</source>
        <translation>Applies (%1):</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>      Bring: %1</source>
        <translation>      Bring: %1</translation>
    </message>
    <message>
        <source>Does not apply (%1):</source>
        <translation>Does not apply (%1):</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]
Madoguchi %2, the counter system&apos;s command line.

Commands:
</source>
        <translation>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]
Madoguchi %2, the counter system&apos;s command line.

Commands:
</translation>
    </message>
    <message>
        <source>
Global options:
  --help       show help (after a command: that command&apos;s help)
  --version    print the version
  --json       print results as JSON (commands that produce results)

Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Global options:
  --help       show help (after a command: that command&apos;s help)
  --version    print the version
  --json       print results as JSON (commands that produce results)

Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; for the list</source>
        <translation>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; for the list</translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Show this command&apos;s help.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
</context>
<context>
    <name>CommandSession</name>
    <message>
        <source>Act as this member of staff; the password is read from the terminal, or one line of stdin (never from the arguments). Without it the command runs as the console.</source>
        <translation>Act as this member of staff; the password is read from the terminal, or one line of stdin (never from the arguments). Without it the command runs as the console.</translation>
    </message>
    <message>
        <source>STAFF_ID</source>
        <translation>STAFF_ID</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--as %1: no password was given on the terminal or stdin</source>
        <translation>--as %1: no password was given on the terminal or stdin</translation>
    </message>
</context>
<context>
    <name>ConnectorSet</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (at byte %2: %3)</source>
        <translation>%1: not a JSON object (at byte %2: %3)</translation>
    </message>
    <message>
        <source>unknown key; expected &quot;systems&quot; and &quot;default&quot;</source>
        <translation>unknown key; expected &quot;systems&quot; and &quot;default&quot;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>a file drop needs a directory</source>
        <translation>a file drop needs a directory</translation>
    </message>
    <message>
        <source>expected &quot;http&quot; or &quot;file&quot;, not &quot;%1&quot;</source>
        <translation>expected &quot;http&quot; or &quot;file&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;bearer&quot; or &quot;none&quot;</source>
        <translation>expected &quot;bearer&quot; or &quot;none&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a system id</source>
        <translation>&apos;%1&apos; is not a system id</translation>
    </message>
    <message>
        <source>%1: no connector for the system &apos;%2&apos; and no default</source>
        <translation>%1: no connector for the system &apos;%2&apos; and no default</translation>
    </message>
    <message>
        <source>%1: the URL for the system &apos;%2&apos; is not valid</source>
        <translation>%1: the URL for the system &apos;%2&apos; is not valid</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>unknown event type &quot;%1&quot; (one of %2)</source>
        <translation>unknown event type &quot;%1&quot; (one of %2)</translation>
    </message>
    <message>
        <source>宛名番号 %1 is a removed resident (除票: %2); only the deceased of a shibou event may be</source>
        <translation>宛名番号 %1 is a removed resident (除票: %2); only the deceased of a shibou event may be</translation>
    </message>
    <message>
        <source>the household %1 of 宛名番号 %2 has no 世帯主 among its residents</source>
        <translation>the household %1 of 宛名番号 %2 has no 世帯主 among its residents</translation>
    </message>
    <message>
        <source>the context of 宛名番号 %1</source>
        <translation>the context of 宛名番号 %1</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>missing (required)</translation>
    </message>
    <message>
        <source>&quot;params&quot; are the catalog&apos;s city parameters; an input cannot set them</source>
        <translation>&quot;params&quot; are the catalog&apos;s city parameters; an input cannot set them</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is derived by the engine; an input cannot set it</source>
        <translation>&quot;%1&quot; is derived by the engine; an input cannot set it</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no member has the id %1</source>
        <translation>no member has the id %1</translation>
    </message>
    <message>
        <source>expected at least one member</source>
        <translation>expected at least one member</translation>
    </message>
    <message>
        <source>expected an object (a member), got %1</source>
        <translation>expected an object (a member), got %1</translation>
    </message>
    <message>
        <source>duplicate member id %1 (also /household/members/%2/id)</source>
        <translation>duplicate member id %1 (also /household/members/%2/id)</translation>
    </message>
    <message>
        <source>missing (required for shussei: the newborn&apos;s member id)</source>
        <translation>missing (required for shussei: the newborn&apos;s member id)</translation>
    </message>
    <message>
        <source>missing (required for shibou: the deceased&apos;s member id)</source>
        <translation>missing (required for shibou: the deceased&apos;s member id)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>expected an object, got %1</translation>
    </message>
    <message>
        <source>no member %1 (members: %2)</source>
        <translation>no member %1 (members: %2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected PATH=VALUE where PATH is event.FIELD, answers.KEY or a member id and its field (%1.koumuin)</source>
        <translation>expected PATH=VALUE where PATH is event.FIELD, answers.KEY or a member id and its field (%1.koumuin)</translation>
    </message>
    <message>
        <source>an answers key is one key, without dots: &quot;%1&quot;</source>
        <translation>an answers key is one key, without dots: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>event.%1 is the event itself and cannot be answered</source>
        <translation>event.%1 is the event itself and cannot be answered</translation>
    </message>
    <message>
        <source>%1 cannot be answered</source>
        <translation>%1 cannot be answered</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot;: %2</source>
        <translation>answer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD or 和暦 such as R8.11.15): %1</source>
        <translation>expected a date (YYYY-MM-DD or 和暦 such as R8.11.15): %1</translation>
    </message>
    <message>
        <source>expected an exact day, got &quot;%1&quot; (%2)</source>
        <translation>expected an exact day, got &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>expected a date YYYY-MM-DD, got %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>expected a non-empty string, got %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected one of 0, 1, 2, 9 (ISO 5218), got %1</source>
        <translation>expected one of 0, 1, 2, 9 (ISO 5218), got %1</translation>
    </message>
    <message>
        <source>expected one of %1; got %2</source>
        <translation>expected one of %1; got %2</translation>
    </message>
    <message>
        <source>expected a prefecture code &quot;01&quot; to &quot;47&quot;, got %1</source>
        <translation>expected a prefecture code &quot;01&quot; to &quot;47&quot;, got %1</translation>
    </message>
    <message>
        <source>expected a member id (letters, digits, _ or -), got %1</source>
        <translation>expected a member id (letters, digits, _ or -), got %1</translation>
    </message>
    <message>
        <source>expected an array of member ids such as [&quot;m2&quot;], got %1</source>
        <translation>expected an array of member ids such as [&quot;m2&quot;], got %1</translation>
    </message>
    <message>
        <source>expected an array of members, got %1</source>
        <translation>expected an array of members, got %1</translation>
    </message>
</context>
<context>
    <name>ContextCommand</name>
    <message>
        <source>Build a rules context from the register, or check a context file</source>
        <translation>Build a rules context from the register, or check a context file</translation>
    </message>
    <message>
        <source>Check a hand-written context file instead of the register.</source>
        <translation>Check a hand-written context file instead of the register.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the derived form: with ages, school stages, counts …</source>
        <translation>Print the derived form: with ages, school stages, counts …</translation>
    </message>
    <message>
        <source>give either --db LOCATION with --resident, --event and --event-date, or --file FILE</source>
        <translation>give either --db LOCATION with --resident, --event and --event-date, or --file FILE</translation>
    </message>
    <message>
        <source>--%1 goes with --db, not --file</source>
        <translation>--%1 goes with --db, not --file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>expected exactly one JSON value</source>
        <translation>expected exactly one JSON value</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号; the subject of shussei and shibou.</source>
        <translation>The resident&apos;s 宛名番号; the subject of shussei and shibou.</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>The life event: tennyu, tenshutsu, tenkyo, shussei, shibou, konin.</source>
        <translation>The life event: tennyu, tenshutsu, tenkyo, shussei, shibou, konin.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The event&apos;s date: YYYY-MM-DD or 和暦 (R8.11.20).</source>
        <translation>The event&apos;s date: YYYY-MM-DD or 和暦 (R8.11.20).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The day of the visit (default: today).</source>
        <translation>The day of the visit (default: today).</translation>
    </message>
    <message>
        <source>An answer PATH=VALUE (event.FIELD, answers.KEY, m2.koumuin …); repeatable.</source>
        <translation>An answer PATH=VALUE (event.FIELD, answers.KEY, m2.koumuin …); repeatable.</translation>
    </message>
    <message>
        <source>PATH=VALUE</source>
        <translation>PATH=VALUE</translation>
    </message>
    <message>
        <source>--%1 is required with --db</source>
        <translation>--%1 is required with --db</translation>
    </message>
    <message>
        <source>--event: unknown event &quot;%1&quot; (one of %2)</source>
        <translation>--event: unknown event &quot;%1&quot; (one of %2)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>the quoted field that starts here is never closed</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>a quote inside a field that does not start with a quote</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database file %1 does not exist</source>
        <translation>the database file %1 does not exist</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>cannot create the folder %1 for the database</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>setting the client encoding</source>
        <translation>setting the client encoding</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>the PostgreSQL URL is not valid: check the host, the port (1–65535) and that special characters in the user name and password are percent-encoded</source>
        <translation>the PostgreSQL URL is not valid: check the host, the port (1–65535) and that special characters in the user name and password are percent-encoded</translation>
    </message>
    <message>
        <source>the PostgreSQL URL %1 must name one database, as in postgresql://user@host:5432/madoguchi</source>
        <translation>the PostgreSQL URL %1 must name one database, as in postgresql://user@host:5432/madoguchi</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; in the PostgreSQL URL %2 (known: %3)</source>
        <translation>unknown option &apos;%1&apos; in the PostgreSQL URL %2 (known: %3)</translation>
    </message>
    <message>
        <source>no database given: name an SQLite file or a postgresql:// URL</source>
        <translation>no database given: name an SQLite file or a postgresql:// URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file path nor a postgresql:// URL</source>
        <translation>&apos;%1&apos; is neither a file path nor a postgresql:// URL</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <source>&amp;Choose Another Database…</source>
        <translation>&amp;Choose Another Database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>DatabaseOption</name>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.</source>
        <translation>The database: an SQLite file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
</context>
<context>
    <name>DatabasePassword</name>
    <message>
        <source>the password came from the keychain secret &apos;%1&apos;; if the role&apos;s password was changed, store the new one with &apos;madoguchi-cli secret set %1&apos;</source>
        <translation>the password came from the keychain secret &apos;%1&apos;; if the role&apos;s password was changed, store the new one with &apos;madoguchi-cli secret set %1&apos;</translation>
    </message>
    <message>
        <source>no password was sent: the keychain secret &apos;%1&apos; could not be read (%2)</source>
        <translation>no password was sent: the keychain secret &apos;%1&apos; could not be read (%2)</translation>
    </message>
    <message>
        <source>no password was sent: the secret &apos;%1&apos; is not in the OS keychain; if the server requires a password, set it with &apos;madoguchi-cli secret set %1&apos;</source>
        <translation>no password was sent: the secret &apos;%1&apos; is not in the OS keychain; if the server requires a password, set it with &apos;madoguchi-cli secret set %1&apos;</translation>
    </message>
</context>
<context>
    <name>DatabaseSecretStore</name>
    <message>
        <source>the secret &apos;%1&apos; is read from the OS keychain on the main thread only, and it has not been read there yet</source>
        <translation>the secret &apos;%1&apos; is read from the OS keychain on the main thread only, and it has not been read there yet</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>give the folder to export to</source>
        <translation>give the folder to export to</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>the folder %1 is not writable</translation>
    </message>
    <message>
        <source>reading the tickets of %1</source>
        <translation>reading the tickets of %1</translation>
    </message>
    <message>
        <source>counting the applications of %1</source>
        <translation>counting the applications of %1</translation>
    </message>
    <message>
        <source>reading the deliveries of %1</source>
        <translation>reading the deliveries of %1</translation>
    </message>
    <message>
        <source>reading the visits of %1</source>
        <translation>reading the visits of %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the export needs a valid day</source>
        <translation>the export needs a valid day</translation>
    </message>
</context>
<context>
    <name>DayReads</name>
    <message>
        <source>starting a consistent reading</source>
        <translation>starting a consistent reading</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>Show a database&apos;s engine and schema version</source>
        <translation>Show a database&apos;s engine and schema version</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Engine:          %1</source>
        <translation>Engine:          %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this Madoguchi: %2)</source>
        <translation>Schema version:  %1 (this Madoguchi: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending; run &apos;madoguchi-cli db migrate&apos;.</source>
        <translation>
            <numerusform>%n migration(s) pending; run &apos;madoguchi-cli db migrate&apos;.</numerusform>
            <numerusform>%n migration(s) pending; run &apos;madoguchi-cli db migrate&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a database or bring its schema up to date</source>
        <translation>Create a database or bring its schema up to date</translation>
    </message>
    <message>
        <source>%1 is at schema version %2.</source>
        <translation>%1 is at schema version %2.</translation>
    </message>
    <message>
        <source>Rebuild the search index from the register</source>
        <translation>Rebuild the search index from the register</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 residents</source>
        <translation>Indexing: %1 of %2 residents</translation>
    </message>
    <message>
        <source>The search index of %1 is rebuilt (%2 s).</source>
        <translation>The search index of %1 is rebuilt (%2 s).</translation>
    </message>
    <message>
        <source>Check that an SQLite database file is not damaged</source>
        <translation>Check that an SQLite database file is not damaged</translation>
    </message>
    <message>
        <source>Also check every index against its table (integrity_check; slower).</source>
        <translation>Also check every index against its table (integrity_check; slower).</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: the server checks its own pages (use pg_amcheck)</source>
        <translation>%1 is a PostgreSQL database: the server checks its own pages (use pg_amcheck)</translation>
    </message>
    <message>
        <source>%1: no damage found (%2, %3 ms).</source>
        <translation>%1: no damage found (%2, %3 ms).</translation>
    </message>
</context>
<context>
    <name>DeferredIndexes</name>
    <message>
        <source>deferring or rebuilding indexes</source>
        <translation>deferring or rebuilding indexes</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>waiting to retry</translation>
    </message>
    <message>
        <source>refused by the system</source>
        <translation>refused by the system</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>handled by hand</source>
        <translation>handled by hand</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>held for review</translation>
    </message>
</context>
<context>
    <name>DemoAnswers</name>
    <message>
        <source>questions still open: %1</source>
        <translation>questions still open: %1</translation>
    </message>
</context>
<context>
    <name>DemoBirth</name>
    <message>
        <source>the household of 宛名番号 %1 is under a support measure (支援措置): its address, which the codes carry, is withheld (%2)</source>
        <translation>the household of 宛名番号 %1 is under a support measure (支援措置): its address, which the codes carry, is withheld (%2)</translation>
    </message>
    <message>
        <source>no resident under one year old on %1 lives in the household of 宛名番号 %2 (世帯 %3): there is no birth to notify; give a newborn or its mother, or leave out --resident to let the command choose</source>
        <translation>no resident under one year old on %1 lives in the household of 宛名番号 %2 (世帯 %3): there is no birth to notify; give a newborn or its mother, or leave out --resident to let the command choose</translation>
    </message>
    <message>
        <source>the household of 宛名番号 %1 (世帯 %2) has no woman who can be the mother of %3 (%4 of the head, born %5): the mother must live in the household</source>
        <translation>the household of 宛名番号 %1 (世帯 %2) has no woman who can be the mother of %3 (%4 of the head, born %5): the mother must live in the household</translation>
    </message>
    <message>
        <source>reading the demo city&apos;s meta rows</source>
        <translation>reading the demo city&apos;s meta rows</translation>
    </message>
    <message>
        <source>this is not a demo city (made by &apos;madoguchi-cli demo seed&apos;): demo outside signs codes with the demo&apos;s public keys and makes them for the demo city only</source>
        <translation>this is not a demo city (made by &apos;madoguchi-cli demo seed&apos;): demo outside signs codes with the demo&apos;s public keys and makes them for the demo city only</translation>
    </message>
    <message>
        <source>looking for the newest baby</source>
        <translation>looking for the newest baby</translation>
    </message>
    <message>
        <source>no resident of the demo city was born in the year up to %1 with a woman who can be the mother in the household: seed a larger city, or give --resident ATENA_NO</source>
        <translation>no resident of the demo city was born in the year up to %1 with a woman who can be the mother in the household: seed a larger city, or give --resident ATENA_NO</translation>
    </message>
    <message>
        <source>the catalog has no certificate type shussei_shoumei (出生証明書)</source>
        <translation>the catalog has no certificate type shussei_shoumei (出生証明書)</translation>
    </message>
    <message>
        <source>the 出生証明書 made for %1 would not be accepted at the desk: %2</source>
        <translation>the 出生証明書 made for %1 would not be accepted at the desk: %2</translation>
    </message>
    <message>
        <source>the pre-entry made for %1 would not be accepted at the desk: %2</source>
        <translation>the pre-entry made for %1 would not be accepted at the desk: %2</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>counting the rows of %1</source>
        <translation>counting the rows of %1</translation>
    </message>
    <message>
        <source>the number of residents must be between 1 and %1, not %2</source>
        <translation>the number of residents must be between 1 and %1, not %2</translation>
    </message>
    <message>
        <source>the reference date must be a valid date between 1990 and 2200</source>
        <translation>the reference date must be a valid date between 1990 and 2200</translation>
    </message>
    <message>
        <source>at least one household must be written per transaction</source>
        <translation>at least one household must be written per transaction</translation>
    </message>
    <message>
        <source>the database already holds %1 residents; demo seed fills only an empty register</source>
        <translation>the database already holds %1 residents; demo seed fills only an empty register</translation>
    </message>
    <message>
        <source>the database already holds %1 households; demo seed fills only an empty register</source>
        <translation>the database already holds %1 households; demo seed fills only an empty register</translation>
    </message>
    <message>
        <source>compacting the demo city</source>
        <translation>compacting the demo city</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>cannot read the demo data file %1: %2</source>
        <translation>cannot read the demo data file %1: %2</translation>
    </message>
    <message>
        <source>expected %1 to %2 tab-separated columns, found %3</source>
        <translation>expected %1 to %2 tab-separated columns, found %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>the demo data file %1 has no rows</source>
        <translation>the demo data file %1 has no rows</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not written in katakana</source>
        <translation>&apos;%1&apos; is not written in katakana</translation>
    </message>
    <message>
        <source>the weight &apos;%1&apos; is not a positive number</source>
        <translation>the weight &apos;%1&apos; is not a positive number</translation>
    </message>
    <message>
        <source>the sex &apos;%1&apos; is neither 1 nor 2</source>
        <translation>the sex &apos;%1&apos; is neither 1 nor 2</translation>
    </message>
    <message>
        <source>the generation &apos;%1&apos; is not 1 to %2</source>
        <translation>the generation &apos;%1&apos; is not 1 to %2</translation>
    </message>
    <message>
        <source>a town needs a 3-digit code, a 7-digit postal code and 0–9 丁目</source>
        <translation>a town needs a 3-digit code, a 7-digit postal code and 0–9 丁目</translation>
    </message>
    <message>
        <source>the apartment share &apos;%1&apos; is not a percentage</source>
        <translation>the apartment share &apos;%1&apos; is not a percentage</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (prefix, suffix or standalone)</source>
        <translation>unknown kind &apos;%1&apos; (prefix, suffix or standalone)</translation>
    </message>
    <message>
        <source>the writing &apos;%1&apos; is neither han nor alpha</source>
        <translation>the writing &apos;%1&apos; is neither han nor alpha</translation>
    </message>
    <message>
        <source>the marriage rule &apos;%1&apos; is neither keep nor share</source>
        <translation>the marriage rule &apos;%1&apos; is neither keep nor share</translation>
    </message>
    <message>
        <source>the status entry &apos;%1&apos; is not status:weight</source>
        <translation>the status entry &apos;%1&apos; is not status:weight</translation>
    </message>
    <message>
        <source>the nationality &apos;%1&apos; is not in nationalities.tsv</source>
        <translation>the nationality &apos;%1&apos; is not in nationalities.tsv</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is not family, male or female</source>
        <translation>the part &apos;%1&apos; is not family, male or female</translation>
    </message>
    <message>
        <source>given_names.tsv lacks names for a sex and generation</source>
        <translation>given_names.tsv lacks names for a sex and generation</translation>
    </message>
    <message>
        <source>foreign_names.tsv lacks names for %1</source>
        <translation>foreign_names.tsv lacks names for %1</translation>
    </message>
    <message>
        <source>buildings.tsv needs prefixes, suffixes and standalone names</source>
        <translation>buildings.tsv needs prefixes, suffixes and standalone names</translation>
    </message>
</context>
<context>
    <name>DemoOutsideCommand</name>
    <message>
        <source>Write a pre-entry code and a signed 出生証明書 for a 出生 visit in the demo city</source>
        <translation>Write a pre-entry code and a signed 出生証明書 for a 出生 visit in the demo city</translation>
    </message>
    <message>
        <source>The folder to write the codes into (created if missing).</source>
        <translation>The folder to write the codes into (created if missing).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The 宛名番号 of a newborn or its mother (default: the newest baby of the city).</source>
        <translation>The 宛名番号 of a newborn or its mother (default: the newest baby of the city).</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>--out DIR is required: the folder to write the codes into</source>
        <translation>--out DIR is required: the folder to write the codes into</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was written</source>
        <translation>cannot create the folder %1; nothing was written</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>cannot write %1: %2; nothing was written</translation>
    </message>
    <message>
        <source>出生 (birth): codes for a visit in the demo city, in %1</source>
        <translation>出生 (birth): codes for a visit in the demo city, in %1</translation>
    </message>
    <message>
        <source>事前入力: the pre-entry made on the smartphone (JSON)</source>
        <translation>事前入力: the pre-entry made on the smartphone (JSON)</translation>
    </message>
    <message>
        <source>its MDP1: code, %1 characters</source>
        <translation>its MDP1: code, %1 characters</translation>
    </message>
    <message>
        <source>its QR code, version %1 (%2 × %2)</source>
        <translation>its QR code, version %1 (%2 × %2)</translation>
    </message>
    <message>
        <source>出生証明書 signed by %1, %2 characters</source>
        <translation>出生証明書 signed by %1, %2 characters</translation>
    </message>
    <message>
        <source>not written: the certificate fits no QR code (%1)</source>
        <translation>not written: the certificate fits no QR code (%1)</translation>
    </message>
    <message>
        <source>世帯 (household) %1: %2</source>
        <translation>世帯 (household) %1: %2</translation>
    </message>
    <message>
        <source>  母 (mother): %1 (%2), 宛名番号 %3, %4 (%5)</source>
        <translation>  母 (mother): %1 (%2), 宛名番号 %3, %4 (%5)</translation>
    </message>
    <message>
        <source>  子 (child):  %1 (%2), 宛名番号 %3, 出生日 %4</source>
        <translation>  子 (child):  %1 (%2), 宛名番号 %3, 出生日 %4</translation>
    </message>
    <message>
        <source>窓口で (at the desk, logged in as demo-clerk; docs/desk.md, &quot;Information from outside city hall&quot;):</source>
        <translation>窓口で (at the desk, logged in as demo-clerk; docs/desk.md, &quot;Information from outside city hall&quot;):</translation>
    </message>
    <message>
        <source>  1. F2 検索: find the mother by her kana, %1, or her 宛名番号 %2; Enter.</source>
        <translation>  1. F2 検索: find the mother by her kana, %1, or her 宛名番号 %2; Enter.</translation>
    </message>
    <message>
        <source>  2. F10: paste the code of %1 (or scan %2). Check each 事前入力 value with the resident; Enter takes the 出生 event, its date and the answers.</source>
        <translation>  2. F10: paste the code of %1 (or scan %2). Check each 事前入力 value with the resident; Enter takes the 出生 event, its date and the answers.</translation>
    </message>
    <message>
        <source>  3. F10 again: paste %1 (or Load from a file…). It is verified; the resident agrees to its use (Enter), and the 出生届 takes the time, place, weight, single birth and certifier from it.</source>
        <translation>  3. F10 again: paste %1 (or Load from a file…). It is verified; the resident agrees to its use (Enter), and the 出生届 takes the time, place, weight, single birth and certifier from it.</translation>
    </message>
    <message>
        <source>  4. F11 書類: the 出生証明書 is recorded as received digitally; record the other documents.</source>
        <translation>  4. F11 書類: the 出生証明書 is recorded as received digitally; record the other documents.</translation>
    </message>
    <message>
        <source>  5. Ctrl+Enter on to 聞き取り, 確認・印刷 and 一括申請: the forms show what came from outside, and the 受付案内票 lists the data used and the consent.</source>
        <translation>  5. Ctrl+Enter on to 聞き取り, 確認・印刷 and 一括申請: the forms show what came from outside, and the 受付案内票 lists the data used and the consent.</translation>
    </message>
</context>
<context>
    <name>DemoSeedCommand</name>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>--residents must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--residents must be a whole number from 1 to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--as-of must be a date written YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Fill an empty database with the fictitious demo city</source>
        <translation>Fill an empty database with the fictitious demo city</translation>
    </message>
    <message>
        <source>How many residents, 1 to 10,000,000 (default 10,000).</source>
        <translation>How many residents, 1 to 10,000,000 (default 10,000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed: the same seed, count and date give the same city (default 1).</source>
        <translation>The seed: the same seed, count and date give the same city (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The reference date ages are counted from (default today).</source>
        <translation>The reference date ages are counted from (default today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Seeding the demo city: %1 of %2 residents (%3%)</source>
        <translation>Seeding the demo city: %1 of %2 residents (%3%)</translation>
    </message>
    <message>
        <source>Seeded the demo city %1%2 (city code %3) into %4</source>
        <translation>Seeded the demo city %1%2 (city code %3) into %4</translation>
    </message>
    <message>
        <source>  residents:          %1</source>
        <translation>  residents:          %1</translation>
    </message>
    <message>
        <source>  households:         %1</source>
        <translation>  households:         %1</translation>
    </message>
    <message>
        <source>  foreign residents:  %1</source>
        <translation>  foreign residents:  %1</translation>
    </message>
    <message>
        <source>  support measures:   %1</source>
        <translation>  support measures:   %1</translation>
    </message>
    <message>
        <source>  former names:       %1</source>
        <translation>  former names:       %1</translation>
    </message>
    <message>
        <source>  past addresses:     %1</source>
        <translation>  past addresses:     %1</translation>
    </message>
    <message>
        <source>  seed %1, reference date %2</source>
        <translation>  seed %1, reference date %2</translation>
    </message>
    <message>
        <source>  %1 seconds, database file %2 MB</source>
        <translation>  %1 seconds, database file %2 MB</translation>
    </message>
    <message>
        <source>  %1 seconds</source>
        <translation>  %1 seconds</translation>
    </message>
    <message>
        <source>Demo accounts (shown only this once; only their hashes are stored):</source>
        <translation>Demo accounts (shown only this once; only their hashes are stored):</translation>
    </message>
    <message>
        <source>  %1  %2  %3  password: %4</source>
        <translation>  %1  %2  %3  password: %4</translation>
    </message>
    <message>
        <source>To set a new password: madoguchi-cli staff passwd --db %1 --id demo-clerk</source>
        <translation>To set a new password: madoguchi-cli staff passwd --db %1 --id demo-clerk</translation>
    </message>
</context>
<context>
    <name>DemoVisits</name>
    <message>
        <source>counting the residents</source>
        <translation>counting the residents</translation>
    </message>
    <message>
        <source>the register has no residents</source>
        <translation>the register has no residents</translation>
    </message>
    <message>
        <source>drawing a resident</source>
        <translation>drawing a resident</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>preparing the demo data statements</source>
        <translation>preparing the demo data statements</translation>
    </message>
    <message>
        <source>writing the demo meta rows</source>
        <translation>writing the demo meta rows</translation>
    </message>
    <message>
        <source>moving the id sequence of %1</source>
        <translation>moving the id sequence of %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>%1 (from the setting database/location)</source>
        <translation>%1 (from the setting database/location)</translation>
    </message>
    <message>
        <source>madoguchi: cannot open the database: %1
</source>
        <translation>madoguchi: cannot open the database: %1
</translation>
    </message>
    <message>
        <source>madoguchi: %1
Run &apos;madoguchi --help&apos; for the options.
</source>
        <translation>madoguchi: %1
Run &apos;madoguchi --help&apos; for the options.
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--staff %1: no password on standard input (one line is expected)</source>
        <translation>--staff %1: no password on standard input (one line is expected)</translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <source>madoguchi: --console: %1; the supervisor console is for a role that may approve (a supervisor)
</source>
        <translation>madoguchi: --console: %1; the supervisor console is for a role that may approve (a supervisor)
</translation>
    </message>
</context>
<context>
    <name>DeskBench</name>
    <message>
        <source>the Find box was not ready within a minute of the login</source>
        <translation>the Find box was not ready within a minute of the login</translation>
    </message>
    <message>
        <source>no search result within a minute (query %1, %2)</source>
        <translation>no search result within a minute (query %1, %2)</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.
Default: %1</source>
        <translation>The database: an SQLite file or a postgresql:// URL.
Default: %1</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>The interface language: ja (Japanese, the default) or en (English). Default: the setting ui/language.</source>
        <translation>The interface language: ja (Japanese, the default) or en (English). Default: the setting ui/language.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FILE.png</translation>
    </message>
    <message>
        <source>Madoguchi %1: the one-stop counter desk for city halls.</source>
        <translation>Madoguchi %1: the one-stop counter desk for city halls.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// URL</source>
        <translation>--db needs a file path or a postgresql:// URL</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use ja or en</source>
        <translation>unknown language &apos;%1&apos;: use ja or en</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot needs a file name</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Draw the desk offscreen at 1280×800, save it as a PNG file and exit. Needs no display. Without --staff it shows the login dialog; with --staff, the main window after logging in.</source>
        <translation>Draw the desk offscreen at 1280×800, save it as a PNG file and exit. Needs no display. Without --staff it shows the login dialog; with --staff, the main window after logging in.</translation>
    </message>
    <message>
        <source>Log in as this staff id with the password read from standard input (one line; asked with echo off at a terminal) instead of the login dialog. Passwords are never taken from arguments.</source>
        <translation>Log in as this staff id with the password read from standard input (one line; asked with echo off at a terminal) instead of the login dialog. Passwords are never taken from arguments.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lock the desk after this many seconds without keyboard or mouse input (0: never). Default: the setting session/idleLockMinutes, else 5 minutes.</source>
        <translation>Lock the desk after this many seconds without keyboard or mouse input (0: never). Default: the setting session/idleLockMinutes, else 5 minutes.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--staff needs a staff id</source>
        <translation>--staff needs a staff id</translation>
    </message>
    <message>
        <source>--idle-lock needs a whole number of seconds, not &apos;%1&apos;</source>
        <translation>--idle-lock needs a whole number of seconds, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>madoguchi: there is no display to open the window on (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset).
The desk is a graphical program. On a machine without a screen:
  xvfb-run -a madoguchi [OPTIONS]         run it on a virtual X display
  madoguchi --screenshot out.png [OPTIONS] draw the desk into a PNG and exit
  QT_QPA_PLATFORM=offscreen madoguchi     run it with no visible window (tests)
Over SSH, connect with &apos;ssh -X&apos; so that DISPLAY is set.
</source>
        <translation>madoguchi: there is no display to open the window on (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset).
The desk is a graphical program. On a machine without a screen:
  xvfb-run -a madoguchi [OPTIONS]         run it on a virtual X display
  madoguchi --screenshot out.png [OPTIONS] draw the desk into a PNG and exit
  QT_QPA_PLATFORM=offscreen madoguchi     run it with no visible window (tests)
Over SSH, connect with &apos;ssh -X&apos; so that DISPLAY is set.
</translation>
    </message>
    <message>
        <source>Walk a 転入 visit of a demo household through every step offscreen (login, find, resident, event, checklist, interview, review, submit), save one 1280×800 PNG per step into this folder and exit. Needs --staff; the visit is really submitted.</source>
        <translation>Walk a 転入 visit of a demo household through every step offscreen (login, find, resident, event, checklist, interview, review, submit), save one 1280×800 PNG per step into this folder and exit. Needs --staff; the visit is really submitted.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Measure the desk offscreen and print one JSON object: the time from the start of the process to a usable Find box, the search times of queries typed into it, the peak memory. Needs --staff.</source>
        <translation>Measure the desk offscreen and print one JSON object: the time from the start of the process to a usable Find box, the search times of queries typed into it, the peak memory. Needs --staff.</translation>
    </message>
    <message>
        <source>How many searches --bench-desk types (default 200).</source>
        <translation>How many searches --bench-desk types (default 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>
Settings are kept in %1.

Without a display (a server, a container, a CI job):
  xvfb-run -a madoguchi …          run the desk on a virtual display
  madoguchi --screenshot out.png   draw the login dialog into a PNG
  echo PASSWORD | madoguchi --staff ID --screenshot out.png
                                   draw the main window into a PNG
  echo PASSWORD | madoguchi --staff ID --screenshots DIR
                                   a whole visit, one PNG per step
</source>
        <translation>
Settings are kept in %1.

Without a display (a server, a container, a CI job):
  xvfb-run -a madoguchi …          run the desk on a virtual display
  madoguchi --screenshot out.png   draw the login dialog into a PNG
  echo PASSWORD | madoguchi --staff ID --screenshot out.png
                                   draw the main window into a PNG
  echo PASSWORD | madoguchi --staff ID --screenshots DIR
                                   a whole visit, one PNG per step
</translation>
    </message>
    <message>
        <source>--screenshots needs a folder</source>
        <translation>--screenshots needs a folder</translation>
    </message>
    <message>
        <source>--screenshot, --screenshots and --bench-desk go one at a time</source>
        <translation>--screenshot, --screenshots and --bench-desk go one at a time</translation>
    </message>
    <message>
        <source>--%1 needs --staff ID (the password on standard input): the visit is made by a member of staff</source>
        <translation>--%1 needs --staff ID (the password on standard input): the visit is made by a member of staff</translation>
    </message>
    <message>
        <source>--bench-queries needs a positive whole number, not &apos;%1&apos;</source>
        <translation>--bench-queries needs a positive whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--bench-queries goes with --bench-desk</source>
        <translation>--bench-queries goes with --bench-desk</translation>
    </message>
    <message>
        <source>Open the waiting room&apos;s display board (the numbers being called and the waiting per purpose, in Japanese and English) instead of the desk. No login: it shows no personal data. With --screenshot, draw it into the PNG.</source>
        <translation>Open the waiting room&apos;s display board (the numbers being called and the waiting per purpose, in Japanese and English) instead of the desk. No login: it shows no personal data. With --screenshot, draw it into the PNG.</translation>
    </message>
    <message>
        <source>Open the ticket kiosk (one button per purpose; it issues and prints numbered tickets) instead of the desk. No login: it shows no personal data. With --screenshot, draw it into the PNG.</source>
        <translation>Open the ticket kiosk (one button per purpose; it issues and prints numbered tickets) instead of the desk. No login: it shows no personal data. With --screenshot, draw it into the PNG.</translation>
    </message>
    <message>
        <source>--board and --kiosk go one at a time</source>
        <translation>--board and --kiosk go one at a time</translation>
    </message>
    <message>
        <source>--%1 needs no login and goes without --staff, --screenshots and --bench-desk</source>
        <translation>--%1 needs no login and goes without --staff, --screenshots and --bench-desk</translation>
    </message>
    <message>
        <source>Open the supervisor console (the live room, submissions, approvals, the audit log) instead of the desk. Needs --staff of a role that may approve (a supervisor).</source>
        <translation>Open the supervisor console (the live room, submissions, approvals, the audit log) instead of the desk. Needs --staff of a role that may approve (a supervisor).</translation>
    </message>
    <message>
        <source>--console goes without --board, --kiosk, --screenshot, --screenshots and --bench-desk</source>
        <translation>--console goes without --board, --kiosk, --screenshot, --screenshots and --bench-desk</translation>
    </message>
    <message>
        <source>--console needs --staff ID (the password on standard input): the console is a supervisor&apos;s</source>
        <translation>--console needs --staff ID (the password on standard input): the console is a supervisor&apos;s</translation>
    </message>
</context>
<context>
    <name>DeskRelay</name>
    <message>
        <source>no relay in the desk: a hall database is served by relay services</source>
        <translation>no relay in the desk: a hall database is served by relay services</translation>
    </message>
    <message>
        <source>no relay in the desk: set MADOGUCHI_CONNECTORS or MADOGUCHI_BACKEND_URL (docs/delivery.md)</source>
        <translation>no relay in the desk: set MADOGUCHI_CONNECTORS or MADOGUCHI_BACKEND_URL (docs/delivery.md)</translation>
    </message>
    <message>
        <source>no relay in the desk: a branch replica&apos;s visits are delivered by the hall after sync</source>
        <translation>no relay in the desk: a branch replica&apos;s visits are delivered by the hall after sync</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>No control characters (tabs, line breaks and the like).</source>
        <translation>No control characters (tabs, line breaks and the like).</translation>
    </message>
    <message>
        <source>The hall is a postgresql://user@host:port/dbname URL.</source>
        <translation>The hall is a postgresql://user@host:port/dbname URL.</translation>
    </message>
    <message>
        <source>No password in the URL: put it in the keychain (madoguchi-cli secret set).</source>
        <translation>No password in the URL: put it in the keychain (madoguchi-cli secret set).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the register as a resident extract (CSV)</source>
        <translation>Write the register as a resident extract (CSV)</translation>
    </message>
    <message>
        <source>utf-8 (default) or cp932.</source>
        <translation>utf-8 (default) or cp932.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>name exactly one FILE to write</source>
        <translation>name exactly one FILE to write</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or cp932, not &apos;%1&apos;</source>
        <translation>--encoding must be utf-8 or cp932, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exported %1 residents</source>
        <translation>Exported %1 residents</translation>
    </message>
    <message>
        <source>Exported %1 residents to %2 (%3)</source>
        <translation>Exported %1 residents to %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FileDropConnector</name>
    <message>
        <source>the application id &apos;%1&apos; cannot be a file name</source>
        <translation>the application id &apos;%1&apos; cannot be a file name</translation>
    </message>
    <message>
        <source>the drop folder %1 does not exist</source>
        <translation>the drop folder %1 does not exist</translation>
    </message>
    <message>
        <source>writing %1: %2</source>
        <translation>writing %1: %2</translation>
    </message>
</context>
<context>
    <name>FlagFreshness</name>
    <message>
        <source>reading how fresh the replica is</source>
        <translation>reading how fresh the replica is</translation>
    </message>
    <message>
        <source>this branch replica has never been synced with the hall, so its support measures (支援措置) are unknown</source>
        <translation>this branch replica has never been synced with the hall, so its support measures (支援措置) are unknown</translation>
    </message>
    <message>
        <source>this branch replica&apos;s support measures (支援措置) are %1 hours old (the limit is %2): one added at the hall since would not be known</source>
        <translation>this branch replica&apos;s support measures (支援措置) are %1 hours old (the limit is %2): one added at the hall since would not be known</translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>the printer did not start a new page</source>
        <translation>the printer did not start a new page</translation>
    </message>
    <message>
        <source>cannot print: the printer or PDF file cannot be painted on</source>
        <translation>cannot print: the printer or PDF file cannot be painted on</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>there is no form %1 to print</source>
        <translation>there is no form %1 to print</translation>
    </message>
    <message>
        <source>the printer did not finish</source>
        <translation>the printer did not finish</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>events.json: question %1 of %2: visible_when: %3</source>
        <translation>events.json: question %1 of %2: visible_when: %3</translation>
    </message>
    <message>
        <source>no member %1 (members: %2)</source>
        <translation>no member %1 (members: %2)</translation>
    </message>
    <message>
        <source>no question of %1 has the key &quot;%2&quot;</source>
        <translation>no question of %1 has the key &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no question of %1 has the key &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>no question of %1 has the key &quot;%2&quot;; did you mean &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>asked per member: expected an object {member id: answer}, got %1</source>
        <translation>asked per member: expected an object {member id: answer}, got %1</translation>
    </message>
    <message>
        <source>%1 is the event itself and cannot be answered</source>
        <translation>%1 is the event itself and cannot be answered</translation>
    </message>
    <message>
        <source>events.json: question %1 of %2: validation: %3</source>
        <translation>events.json: question %1 of %2: validation: %3</translation>
    </message>
    <message>
        <source>the catalog has no life event &quot;%1&quot;</source>
        <translation>the catalog has no life event &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2 (household)</source>
        <translation>%1: %2 (household)</translation>
    </message>
    <message>
        <source>%1: %2 (member %3)</source>
        <translation>%1: %2 (member %3)</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>expected a date YYYY-MM-DD, got %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>expected true or false, got %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>expected a number, got %1</translation>
    </message>
    <message>
        <source>expected the id of a member (%1), got %2</source>
        <translation>expected the id of a member (%1), got %2</translation>
    </message>
    <message>
        <source>expected a list of member ids (%1), got %2</source>
        <translation>expected a list of member ids (%1), got %2</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>expected one of %1, got %2</translation>
    </message>
    <message>
        <source>expected a My Number (12 digits), got %1</source>
        <translation>expected a My Number (12 digits), got %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>%1 is added without a reason</source>
        <translation>%1 is added without a reason</translation>
    </message>
    <message>
        <source>%1: no such procedure in force on %2</source>
        <translation>%1: no such procedure in force on %2</translation>
    </message>
    <message>
        <source>%1: name a member of the household (procedure/m2) for a member procedure, and none for a household one</source>
        <translation>%1: name a member of the household (procedure/m2) for a member procedure, and none for a household one</translation>
    </message>
    <message>
        <source>%1 is already in the checklist</source>
        <translation>%1 is already in the checklist</translation>
    </message>
</context>
<context>
    <name>FormsText</name>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>event answer</source>
        <translation>event answer</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>to ask</source>
        <translation>to ask</translation>
    </message>
    <message>
        <source>Forms (%1):</source>
        <translation>Forms (%1):</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>Interview (%1):</source>
        <translation>Interview (%1):</translation>
    </message>
    <message numerus="yes">
        <source>fills %n field(s)</source>
        <translation>
            <numerusform>fills %n field(s)</numerusform>
            <numerusform>fills %n field(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <translation>  refused: %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
</context>
<context>
    <name>HallCatalog</name>
    <message>
        <source>removing %1 from the replica</source>
        <translation>removing %1 from the replica</translation>
    </message>
    <message>
        <source>publishing the catalog: %1</source>
        <translation>publishing the catalog: %1</translation>
    </message>
    <message>
        <source>reading the published catalog</source>
        <translation>reading the published catalog</translation>
    </message>
</context>
<context>
    <name>HttpConnector</name>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 did not answer: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a receipt number</source>
        <translation>HTTP %1 without a receipt number</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>cannot write the report %1: %2</translation>
    </message>
    <message>
        <source>Import a resident extract (CSV, UTF-8 or CP932) into the register</source>
        <translation>Import a resident extract (CSV, UTF-8 or CP932) into the register</translation>
    </message>
    <message>
        <source>utf-8 or cp932 (default: detected from the file).</source>
        <translation>utf-8 or cp932 (default: detected from the file).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>Also write the rejected rows (line, column, reason) to this CSV file.</source>
        <translation>Also write the rejected rows (line, column, reason) to this CSV file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The extract (docs/import-format.md).</source>
        <translation>The extract (docs/import-format.md).</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>name exactly one FILE to import</source>
        <translation>name exactly one FILE to import</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or cp932, not &apos;%1&apos;</source>
        <translation>--encoding must be utf-8 or cp932, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Checking the file: %1%</source>
        <translation>Checking the file: %1%</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importing: %1%</translation>
    </message>
    <message>
        <source>line %1%2: %3</source>
        <translation>line %1%2: %3</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 updated, %4 removed, %5 unchanged, %6 rejected (%7)</source>
        <translation>%1 rows read: %2 imported, %3 updated, %4 removed, %5 unchanged, %6 rejected (%7)</translation>
    </message>
</context>
<context>
    <name>JapaneseDate</name>
    <message>
        <source>&apos;%1&apos;: unexpected &apos;%2&apos;</source>
        <translation>&apos;%1&apos;: unexpected &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: separate the numbers with . / - or 年月日</source>
        <translation>&apos;%1&apos;: separate the numbers with . / - or 年月日</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date form Madoguchi reads; write for example 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, 昭和40年頃 or 不詳</source>
        <translation>&apos;%1&apos; is not a date form Madoguchi reads; write for example 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, 昭和40年頃 or 不詳</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only a whole year can be approximate (頃)</source>
        <translation>&apos;%1&apos;: only a whole year can be approximate (頃)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the number %2 has too many digits</source>
        <translation>&apos;%1&apos;: the number %2 has too many digits</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a year without an era needs four digits (1975); or give the era (S50, 昭和50年)</source>
        <translation>&apos;%1&apos;: a year without an era needs four digits (1975); or give the era (S50, 昭和50年)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a month</source>
        <translation>&apos;%1&apos;: %2 is not a month</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a day</source>
        <translation>&apos;%1&apos;: %2 is not a day</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the era digit %2 does not exist (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和)</source>
        <translation>&apos;%1&apos;: the era digit %2 does not exist (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: six digits do not say the era; write S500401, 3500401 or 19750401</source>
        <translation>&apos;%1&apos;: six digits do not say the era; write S500401, 3500401 or 19750401</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: mixed separators %2 and %3; use one of . / - throughout</source>
        <translation>&apos;%1&apos;: mixed separators %2 and %3; use one of . / - throughout</translation>
    </message>
    <message>
        <source>no date given; write for example 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, or 不詳</source>
        <translation>no date given; write for example 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, or 不詳</translation>
    </message>
    <message>
        <source>date unknown (年月日不詳)</source>
        <translation>date unknown (年月日不詳)</translation>
    </message>
    <message>
        <source>approximate year (頃)</source>
        <translation>approximate year (頃)</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>year only</translation>
    </message>
    <message>
        <source>year and month only</source>
        <translation>year and month only</translation>
    </message>
    <message>
        <source>early in the month (上旬, days 1–10)</source>
        <translation>early in the month (上旬, days 1–10)</translation>
    </message>
    <message>
        <source>middle of the month (中旬, days 11–20)</source>
        <translation>middle of the month (中旬, days 11–20)</translation>
    </message>
    <message>
        <source>late in the month (下旬, day 21 to the end)</source>
        <translation>late in the month (下旬, day 21 to the end)</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>exact day</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stored date</source>
        <translation>&apos;%1&apos; is not a stored date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stored date: %2</source>
        <translation>&apos;%1&apos; is not a stored date: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stored date (the stored form is &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; is not a stored date (the stored form is &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 does not exist: an era starts with year 1 (元年)</source>
        <translation>%1 does not exist: an era starts with year 1 (元年)</translation>
    </message>
    <message>
        <source>%1: the year is out of range (the last supported year is %2)</source>
        <translation>%1: the year is out of range (the last supported year is %2)</translation>
    </message>
    <message>
        <source>%1 is before 1873-01-01: earlier dates are in the old lunisolar calendar, which is not supported</source>
        <translation>%1 is before 1873-01-01: earlier dates are in the old lunisolar calendar, which is not supported</translation>
    </message>
    <message>
        <source>%1: there is no month %2</source>
        <translation>%1: there is no month %2</translation>
    </message>
    <message>
        <source>%1: there is no day %2</source>
        <translation>%1: there is no day %2</translation>
    </message>
    <message>
        <source>%1: %2 has only %3 days</source>
        <translation>%1: %2 has only %3 days</translation>
    </message>
    <message>
        <source>%1 is before %2 began (%3)</source>
        <translation>%1 is before %2 began (%3)</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 ended in %3 (%4)</source>
        <translation>%1 does not exist: %2 ended in %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is after %2 ended (%3)</source>
        <translation>%1 is after %2 ended (%3)</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>not a valid date</translation>
    </message>
</context>
<context>
    <name>JsonLogic</name>
    <message>
        <source>%1: &quot;missing_some&quot; needs a list of keys, not %2</source>
        <translation>%1: &quot;missing_some&quot; needs a list of keys, not %2</translation>
    </message>
    <message>
        <source>%1: evaluation stopped after %2 steps, the limit for one rule</source>
        <translation>%1: evaluation stopped after %2 steps, the limit for one rule</translation>
    </message>
    <message>
        <source>%1: the result would be longer than %2 elements or characters</source>
        <translation>%1: the result would be longer than %2 elements or characters</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: unknown operation &quot;%2&quot;</source>
        <translation>%1: unknown operation &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: an object in a rule is an operation and has exactly one key; this one has %2</source>
        <translation>%1: an object in a rule is an operation and has exactly one key; this one has %2</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments for &quot;%2&quot;: %3 given, %4 expected</source>
        <translation>%1: wrong number of arguments for &quot;%2&quot;: %3 given, %4 expected</translation>
    </message>
    <message>
        <source>%1: the rule nests deeper than %2 levels</source>
        <translation>%1: the rule nests deeper than %2 levels</translation>
    </message>
    <message>
        <source>%1: expected a date YYYY-MM-DD, got %2</source>
        <translation>%1: expected a date YYYY-MM-DD, got %2</translation>
    </message>
    <message>
        <source>%1: expected a whole number of days, got %2</source>
        <translation>%1: expected a whole number of days, got %2</translation>
    </message>
    <message>
        <source>%1: the day %2 is before the birth date %3</source>
        <translation>%1: the day %2 is before the birth date %3</translation>
    </message>
    <message>
        <source>%1: add_days(%2, %3) is outside the years 1 to 9999</source>
        <translation>%1: add_days(%2, %3) is outside the years 1 to 9999</translation>
    </message>
</context>
<context>
    <name>KanjiVariants</name>
    <message>
        <source>%1: the built-in kanji variant table is missing from this build</source>
        <translation>%1: the built-in kanji variant table is missing from this build</translation>
    </message>
    <message>
        <source>%1: cannot read the kanji variant file: %2</source>
        <translation>%1: cannot read the kanji variant file: %2</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>the line is not valid UTF-8</translation>
    </message>
    <message>
        <source>expected VARIANT&lt;TAB&gt;STANDARD&lt;TAB&gt;NOTE, found “%1”</source>
        <translation>expected VARIANT&lt;TAB&gt;STANDARD&lt;TAB&gt;NOTE, found “%1”</translation>
    </message>
    <message>
        <source>the variant “%1” must be exactly one kanji</source>
        <translation>the variant “%1” must be exactly one kanji</translation>
    </message>
    <message>
        <source>the standard “%1” must be exactly one kanji</source>
        <translation>the standard “%1” must be exactly one kanji</translation>
    </message>
    <message>
        <source>“%1” (%2) is not a kanji</source>
        <translation>“%1” (%2) is not a kanji</translation>
    </message>
    <message>
        <source>“%1” (%2) is a compatibility ideograph that NFKC already folds to “%3” (%4); write “%3” instead</source>
        <translation>“%1” (%2) is a compatibility ideograph that NFKC already folds to “%3” (%4); write “%3” instead</translation>
    </message>
    <message>
        <source>“%1” is already listed on line %2</source>
        <translation>“%1” is already listed on line %2</translation>
    </message>
    <message>
        <source>“%1” is listed as its own standard</source>
        <translation>“%1” is listed as its own standard</translation>
    </message>
    <message>
        <source>“%1” → “%2” closes a cycle: %3</source>
        <translation>“%1” → “%2” closes a cycle: %3</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>is a keyring (for example gnome-keyring) running and unlocked in this session&apos;s D-Bus? Madoguchi does not store secrets without one</source>
        <translation>is a keyring (for example gnome-keyring) running and unlocked in this session&apos;s D-Bus? Madoguchi does not store secrets without one</translation>
    </message>
    <message>
        <source>the keyring refused access; unlock it and try again</source>
        <translation>the keyring refused access; unlock it and try again</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>storing the secret &apos;%1&apos; in the OS keychain</source>
        <translation>storing the secret &apos;%1&apos; in the OS keychain</translation>
    </message>
    <message>
        <source>reading the secret &apos;%1&apos; from the OS keychain</source>
        <translation>reading the secret &apos;%1&apos; from the OS keychain</translation>
    </message>
    <message>
        <source>deleting the secret &apos;%1&apos; from the OS keychain</source>
        <translation>deleting the secret &apos;%1&apos; from the OS keychain</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>no default printer is set up for this kiosk</source>
        <translation>no default printer is set up for this kiosk</translation>
    </message>
    <message>
        <source>the printer %1 cannot print</source>
        <translation>the printer %1 cannot print</translation>
    </message>
    <message>
        <source>the printer %1 did not finish the ticket</source>
        <translation>the printer %1 did not finish the ticket</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>cannot read the migration %1: %2</source>
        <translation>cannot read the migration %1: %2</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this Madoguchi %3 understands (up to %4); install a newer Madoguchi rather than risk the data</source>
        <translation>the database %1 has schema version %2, newer than this Madoguchi %3 understands (up to %4); install a newer Madoguchi rather than risk the data</translation>
    </message>
    <message>
        <source>creating the schema_version table</source>
        <translation>creating the schema_version table</translation>
    </message>
    <message>
        <source>waiting for other counters&apos; migrations</source>
        <translation>waiting for other counters&apos; migrations</translation>
    </message>
    <message>
        <source>writing the backup %1 before migrating</source>
        <translation>writing the backup %1 before migrating</translation>
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation>migration %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>updating the outbox</source>
        <translation>updating the outbox</translation>
    </message>
    <message>
        <source>queueing application %1</source>
        <translation>queueing application %1</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>reading the outbox</translation>
    </message>
</context>
<context>
    <name>OutboxAdministration</name>
    <message>
        <source>a reason is required</source>
        <translation>a reason is required</translation>
    </message>
    <message>
        <source>no application %1 in the outbox</source>
        <translation>no application %1 in the outbox</translation>
    </message>
    <message>
        <source>application %1 is %2; only one that is %3 can be changed so</source>
        <translation>application %1 is %2; only one that is %3 can be changed so</translation>
    </message>
    <message>
        <source>changing application %1</source>
        <translation>changing application %1</translation>
    </message>
    <message>
        <source>application %1 changed meanwhile (a relay took it); look again</source>
        <translation>application %1 changed meanwhile (a relay took it); look again</translation>
    </message>
</context>
<context>
    <name>OutboxCommands</name>
    <message>
        <source>List the applications in the outbox and where each one is</source>
        <translation>List the applications in the outbox and where each one is</translation>
    </message>
    <message>
        <source>Only this visit&apos;s applications.</source>
        <translation>Only this visit&apos;s applications.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>unknown --state &apos;%1&apos;</source>
        <translation>unknown --state &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give exactly one of --visit REF and --state STATE</source>
        <translation>give exactly one of --visit REF and --state STATE</translation>
    </message>
    <message>
        <source>Queue a rejected or waiting application again (supervisors)</source>
        <translation>Queue a rejected or waiting application again (supervisors)</translation>
    </message>
    <message>
        <source>Cancel an application that was not delivered (supervisors)</source>
        <translation>Cancel an application that was not delivered (supervisors)</translation>
    </message>
    <message>
        <source>Mark an application as settled by hand (supervisors)</source>
        <translation>Mark an application as settled by hand (supervisors)</translation>
    </message>
    <message>
        <source>The application&apos;s id (its UUID).</source>
        <translation>The application&apos;s id (its UUID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Why; recorded in the audit log.</source>
        <translation>Why; recorded in the audit log.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>Application %1 is now %2.</source>
        <translation>Application %1 is now %2.</translation>
    </message>
    <message>
        <source>Only applications in this state: queued, sending, delivered, retry-wait, rejected, cancelled, handled or held (held for review: a branch&apos;s application whose register records changed at the hall).</source>
        <translation>Only applications in this state: queued, sending, delivered, retry-wait, rejected, cancelled, handled or held (held for review: a branch&apos;s application whose register records changed at the hall).</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>search the register</source>
        <translation>search the register</translation>
    </message>
    <message>
        <source>open a resident&apos;s profile</source>
        <translation>open a resident&apos;s profile</translation>
    </message>
    <message>
        <source>reveal an individual number (個人番号)</source>
        <translation>reveal an individual number (個人番号)</translation>
    </message>
    <message>
        <source>submit applications</source>
        <translation>submit applications</translation>
    </message>
    <message>
        <source>approve submissions</source>
        <translation>approve submissions</translation>
    </message>
    <message>
        <source>retry deliveries</source>
        <translation>retry deliveries</translation>
    </message>
    <message>
        <source>cancel deliveries</source>
        <translation>cancel deliveries</translation>
    </message>
    <message>
        <source>unlock a support measure (支援措置)</source>
        <translation>unlock a support measure (支援措置)</translation>
    </message>
    <message>
        <source>manage the procedure catalog</source>
        <translation>manage the procedure catalog</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>manage staff accounts</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>staff &apos;%1&apos; (%2) may not %3</source>
        <translation>staff &apos;%1&apos; (%2) may not %3</translation>
    </message>
    <message>
        <source>%1 (and the refusal could not be recorded: %2)</source>
        <translation>%1 (and the refusal could not be recorded: %2)</translation>
    </message>
</context>
<context>
    <name>PreEntry</name>
    <message>
        <source>character %1 at position %2 is not one of the 45 characters of Base45 (0-9, A-Z, space and $ % * + - . / :)</source>
        <translation>character %1 at position %2 is not one of the 45 characters of Base45 (0-9, A-Z, space and $ % * + - . / :)</translation>
    </message>
    <message>
        <source>the Base45 text has %1 characters, so its last group has only one (the code is cut short or has a character too many)</source>
        <translation>the Base45 text has %1 characters, so its last group has only one (the code is cut short or has a character too many)</translation>
    </message>
    <message>
        <source>the Base45 group &quot;%1&quot; at position %2 is worth %3, more than 65535</source>
        <translation>the Base45 group &quot;%1&quot; at position %2 is worth %3, more than 65535</translation>
    </message>
    <message>
        <source>the last Base45 group &quot;%1&quot; at position %2 is worth %3, more than 255</source>
        <translation>the last Base45 group &quot;%1&quot; at position %2 is worth %3, more than 255</translation>
    </message>
    <message>
        <source>the pre-entry code cannot be read: %1</source>
        <translation>the pre-entry code cannot be read: %1</translation>
    </message>
    <message>
        <source>the pre-entry&apos;s JSON has %1 bytes, more than the %2 a code may hold</source>
        <translation>the pre-entry&apos;s JSON has %1 bytes, more than the %2 a code may hold</translation>
    </message>
    <message>
        <source>the code would have %1 characters, more than the %2 a pre-entry code may have (a QR code of version 25 at error correction M): its JSON is %3 bytes, %4 compressed. Leave out answers the clerk can ask at the counter</source>
        <translation>the code would have %1 characters, more than the %2 a pre-entry code may have (a QR code of version 25 at error correction M): its JSON is %3 bytes, %4 compressed. Leave out answers the clerk can ask at the counter</translation>
    </message>
    <message>
        <source>the pre-entry code is empty</source>
        <translation>the pre-entry code is empty</translation>
    </message>
    <message>
        <source>not a pre-entry code: the 5th character should be &apos;:&apos; but is &apos;%1&apos;. A scanner set to another keyboard layout than the computer&apos;s types symbols wrong; set both to the same layout</source>
        <translation>not a pre-entry code: the 5th character should be &apos;:&apos; but is &apos;%1&apos;. A scanner set to another keyboard layout than the computer&apos;s types symbols wrong; set both to the same layout</translation>
    </message>
    <message>
        <source>not a pre-entry code: it must begin with %1 (it begins with &quot;%2&quot;)</source>
        <translation>not a pre-entry code: it must begin with %1 (it begins with &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>a pre-entry code of format version %1 (%2); this desk reads version %3 (%4): update Madoguchi</source>
        <translation>a pre-entry code of format version %1 (%2); this desk reads version %3 (%4): update Madoguchi</translation>
    </message>
    <message>
        <source>the code has %1 characters; a pre-entry code has at most %2</source>
        <translation>the code has %1 characters; a pre-entry code has at most %2</translation>
    </message>
    <message>
        <source>its data is not UTF-8 text</source>
        <translation>its data is not UTF-8 text</translation>
    </message>
    <message>
        <source>its data is not JSON (at byte %1: %2)</source>
        <translation>its data is not JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>its data is JSON but not an object</source>
        <translation>its data is JSON but not an object</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected: %2)</source>
        <translation>unknown field &quot;%1&quot; (expected: %2)</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>expected a date YYYY-MM-DD, got %1</translation>
    </message>
    <message>
        <source>expected a text that is not empty, got %1</source>
        <translation>expected a text that is not empty, got %1</translation>
    </message>
    <message>
        <source>expected a person {&quot;name&quot;: …, &quot;birth_date&quot;: …}, got %1</source>
        <translation>expected a person {&quot;name&quot;: …, &quot;birth_date&quot;: …}, got %1</translation>
    </message>
    <message>
        <source>missing: a person is found at the desk by name and birth date together</source>
        <translation>missing: a person is found at the desk by name and birth date together</translation>
    </message>
    <message>
        <source>expected a list [{&quot;person&quot;: …, &quot;value&quot;: …}, …], got %1</source>
        <translation>expected a list [{&quot;person&quot;: …, &quot;value&quot;: …}, …], got %1</translation>
    </message>
    <message>
        <source>expected {&quot;person&quot;: …, &quot;value&quot;: …}, got %1</source>
        <translation>expected {&quot;person&quot;: …, &quot;value&quot;: …}, got %1</translation>
    </message>
    <message>
        <source>missing: the answer for this person</source>
        <translation>missing: the answer for this person</translation>
    </message>
    <message>
        <source>the value has the 12 digits of a 個人番号 (My Number); a pre-entry code must never carry one (a QR code is easily photographed): leave it out, the clerk asks for it at the counter</source>
        <translation>the value has the 12 digits of a 個人番号 (My Number); a pre-entry code must never carry one (a QR code is easily photographed): leave it out, the clerk asks for it at the counter</translation>
    </message>
    <message>
        <source>a list holds person references {&quot;person&quot;: {…}} only, got %1</source>
        <translation>a list holds person references {&quot;person&quot;: {…}} only, got %1</translation>
    </message>
    <message>
        <source>expected a text, number, true/false, null, a person reference {&quot;person&quot;: {…}}, a list of them or {&quot;by_person&quot;: […]}, got %1</source>
        <translation>expected a text, number, true/false, null, a person reference {&quot;person&quot;: {…}}, a list of them or {&quot;by_person&quot;: […]}, got %1</translation>
    </message>
    <message>
        <source>expected a text, number, true/false, null, a person reference {&quot;person&quot;: {…}} or a list of them, got %1</source>
        <translation>expected a text, number, true/false, null, a person reference {&quot;person&quot;: {…}} or a list of them, got %1</translation>
    </message>
    <message>
        <source>expected an object {key: answer}, got %1</source>
        <translation>expected an object {key: answer}, got %1</translation>
    </message>
    <message>
        <source>a pre-entry code must never carry a 個人番号 (My Number): a QR code is easily photographed. Leave it out; the clerk asks for it at the counter</source>
        <translation>a pre-entry code must never carry a 個人番号 (My Number): a QR code is easily photographed. Leave it out; the clerk asks for it at the counter</translation>
    </message>
    <message>
        <source>an empty key</source>
        <translation>an empty key</translation>
    </message>
    <message>
        <source>expected a date and time with its offset, as 2026-11-20T09:00:00+09:00, got %1</source>
        <translation>expected a date and time with its offset, as 2026-11-20T09:00:00+09:00, got %1</translation>
    </message>
    <message>
        <source>expected a whole number from 1, got %1</source>
        <translation>expected a whole number from 1, got %1</translation>
    </message>
    <message>
        <source>version %1 is newer than this desk reads (%2): update Madoguchi, or make the code in version %2</source>
        <translation>version %1 is newer than this desk reads (%2): update Madoguchi, or make the code in version %2</translation>
    </message>
    <message>
        <source>expected {&quot;type&quot;: …, &quot;date&quot;: …, &quot;answers&quot;: {…}}, got %1</source>
        <translation>expected {&quot;type&quot;: …, &quot;date&quot;: …, &quot;answers&quot;: {…}}, got %1</translation>
    </message>
    <message>
        <source>missing: every pre-entry names its life event and the event&apos;s date</source>
        <translation>missing: every pre-entry names its life event and the event&apos;s date</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got %2</source>
        <translation>expected &quot;%1&quot;, got %2</translation>
    </message>
    <message>
        <source>the top level: %1</source>
        <translation>the top level: %1</translation>
    </message>
    <message>
        <source>missing: the life event</source>
        <translation>missing: the life event</translation>
    </message>
    <message>
        <source>%1: the catalog asks a 個人番号 (My Number) there; a pre-entry code must never carry one (a QR code is easily photographed). The resident should make the code again without it</source>
        <translation>%1: the catalog asks a 個人番号 (My Number) there; a pre-entry code must never carry one (a QR code is easily photographed). The resident should make the code again without it</translation>
    </message>
    <message>
        <source>%1 is not in the household (no one member has this name and birth date)</source>
        <translation>%1 is not in the household (no one member has this name and birth date)</translation>
    </message>
    <message>
        <source>expected a person {&quot;person&quot;: {&quot;name&quot;, &quot;birth_date&quot;}}, got %1</source>
        <translation>expected a person {&quot;person&quot;: {&quot;name&quot;, &quot;birth_date&quot;}}, got %1</translation>
    </message>
    <message>
        <source>expected a list of persons [{&quot;person&quot;: {…}}, …], got %1</source>
        <translation>expected a list of persons [{&quot;person&quot;: {…}}, …], got %1</translation>
    </message>
    <message>
        <source>a person is not an answer to a question of type %1</source>
        <translation>a person is not an answer to a question of type %1</translation>
    </message>
    <message>
        <source>a list of persons is not an answer to a question of type %1</source>
        <translation>a list of persons is not an answer to a question of type %1</translation>
    </message>
    <message>
        <source>the event&apos;s %1 is given as event.%1, not as an answer</source>
        <translation>the event&apos;s %1 is given as event.%1, not as an answer</translation>
    </message>
    <message>
        <source>%1 has no question &quot;%2&quot;</source>
        <translation>%1 has no question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has no question &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1 has no question &quot;%2&quot;; did you mean &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>a question about the life event goes in event.answers (as &quot;%1&quot;)</source>
        <translation>a question about the life event goes in event.answers (as &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>no form asks the key &quot;%1&quot;</source>
        <translation>no form asks the key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no form asks the key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>no form asks the key &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>no form of %1 asks &quot;%2&quot;</source>
        <translation>no form of %1 asks &quot;%2&quot;</translation>
    </message>
    <message>
        <source>asked once per person: expected {&quot;by_person&quot;: [{&quot;person&quot;: {…}, &quot;value&quot;: …}, …]}</source>
        <translation>asked once per person: expected {&quot;by_person&quot;: [{&quot;person&quot;: {…}, &quot;value&quot;: …}, …]}</translation>
    </message>
    <message>
        <source>asked once for the household: expected the answer itself, not by_person</source>
        <translation>asked once for the household: expected the answer itself, not by_person</translation>
    </message>
    <message>
        <source>%1 is given more than once; the last answer is used</source>
        <translation>%1 is given more than once; the last answer is used</translation>
    </message>
    <message>
        <source>event.type: the catalog has no life event &quot;%1&quot; (it has %2)</source>
        <translation>event.type: the catalog has no life event &quot;%1&quot; (it has %2)</translation>
    </message>
    <message>
        <source>a QR code of nothing</source>
        <translation>a QR code of nothing</translation>
    </message>
    <message>
        <source>%1 characters do not fit a QR code at error correction M (at most 3391 in alphanumeric mode, version 40)</source>
        <translation>%1 characters do not fit a QR code at error correction M (at most 3391 in alphanumeric mode, version 40)</translation>
    </message>
    <message>
        <source>libqrencode failed: %1</source>
        <translation>libqrencode failed: %1</translation>
    </message>
    <message>
        <source>zlib could not compress: %1</source>
        <translation>zlib could not compress: %1</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib could not start</translation>
    </message>
    <message>
        <source>%1 byte(s) follow the end of the compressed data (something was added to the code)</source>
        <translation>%1 byte(s) follow the end of the compressed data (something was added to the code)</translation>
    </message>
    <message>
        <source>the data decompresses to more than %1 bytes; a pre-entry is never that large</source>
        <translation>the data decompresses to more than %1 bytes; a pre-entry is never that large</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (zlib: %1): a character of the code was changed, left out or added</source>
        <translation>the compressed data is corrupt (zlib: %1): a character of the code was changed, left out or added</translation>
    </message>
    <message>
        <source>the compressed data ends too early: the code is cut short</source>
        <translation>the compressed data ends too early: the code is cut short</translation>
    </message>
    <message>
        <source>zlib could not decompress: %1</source>
        <translation>zlib could not decompress: %1</translation>
    </message>
</context>
<context>
    <name>PreentryCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 is not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (docs/preentry.md)</source>
        <translation>%1: expected a JSON object (docs/preentry.md)</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>give %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Make the MDP1: code of a smartphone pre-entry (JSON, docs/preentry.md)</source>
        <translation>Make the MDP1: code of a smartphone pre-entry (JSON, docs/preentry.md)</translation>
    </message>
    <message>
        <source>The pre-entry, JSON of format v1; - for standard input.</source>
        <translation>The pre-entry, JSON of format v1; - for standard input.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also write the code&apos;s QR code as SVG.</source>
        <translation>Also write the code&apos;s QR code as SVG.</translation>
    </message>
    <message>
        <source>OUT.svg</source>
        <translation>OUT.svg</translation>
    </message>
    <message>
        <source>Also print the QR code in the terminal (before the code), to scan it off the screen.</source>
        <translation>Also print the QR code in the terminal (before the code), to scan it off the screen.</translation>
    </message>
    <message>
        <source>the pre-entry&apos;s JSON file (or -)</source>
        <translation>the pre-entry&apos;s JSON file (or -)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 characters (at most %2), QR code version %3 (%4 × %4 modules, error correction M, alphanumeric mode)</source>
        <translation>%1 characters (at most %2), QR code version %3 (%4 × %4 modules, error correction M, alphanumeric mode)</translation>
    </message>
    <message>
        <source>Print the pre-entry (JSON) an MDP1: code holds</source>
        <translation>Print the pre-entry (JSON) an MDP1: code holds</translation>
    </message>
    <message>
        <source>The code (quote it: it may hold spaces); - for standard input, as a scanner or a pipe gives it.</source>
        <translation>The code (quote it: it may hold spaces); - for standard input, as a scanner or a pipe gives it.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>%1 arguments: a code may hold spaces, so quote it (&apos;MDP1:…&apos;) or give it on standard input with -</source>
        <translation>%1 arguments: a code may hold spaces, so quote it (&apos;MDP1:…&apos;) or give it on standard input with -</translation>
    </message>
    <message>
        <source>the code (or -)</source>
        <translation>the code (or -)</translation>
    </message>
    <message>
        <source>Check a pre-entry&apos;s keys and values against the catalog</source>
        <translation>Check a pre-entry&apos;s keys and values against the catalog</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>life event: %1 (%2), %3</source>
        <translation>life event: %1 (%2), %3</translation>
    </message>
    <message>
        <source>used: %1</source>
        <translation>used: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>persons, matched at the desk by name and birth date:</source>
        <translation>persons, matched at the desk by name and birth date:</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>not used: %1</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Show a resident&apos;s profile: person, household, entitlements, history</source>
        <translation>Show a resident&apos;s profile: person, household, entitlements, history</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号 (11 digits with its check digit).</source>
        <translation>The resident&apos;s 宛名番号 (11 digits with its check digit).</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>--atena ATENA_NO is required</source>
        <translation>--atena ATENA_NO is required</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>blocked: no copies, do not disclose the address</source>
        <translation>blocked: no copies, do not disclose the address</translation>
    </message>
    <message>
        <source>alert: check before issuing copies or disclosing the address</source>
        <translation>alert: check before issuing copies or disclosing the address</translation>
    </message>
    <message>
        <source>National Health Insurance (国保)</source>
        <translation>National Health Insurance (国保)</translation>
    </message>
    <message>
        <source>employee health insurance (社保)</source>
        <translation>employee health insurance (社保)</translation>
    </message>
    <message>
        <source>late-stage elderly medical care (後期高齢者医療)</source>
        <translation>late-stage elderly medical care (後期高齢者医療)</translation>
    </message>
    <message>
        <source>public assistance (生活保護)</source>
        <translation>public assistance (生活保護)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>certified (%1)</source>
        <translation>certified (%1)</translation>
    </message>
    <message>
        <source>insured</source>
        <translation>insured</translation>
    </message>
    <message>
        <source>category %1 insured</source>
        <translation>category %1 insured</translation>
    </message>
    <message>
        <source>pension recipient</source>
        <translation>pension recipient</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Entitlements:</source>
        <translation>Entitlements:</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(no record)</translation>
    </message>
    <message>
        <source>Health insurance: %1 (since %2)</source>
        <translation>Health insurance: %1 (since %2)</translation>
    </message>
    <message>
        <source>Long-term care: %1</source>
        <translation>Long-term care: %1</translation>
    </message>
    <message>
        <source>Pension: %1</source>
        <translation>Pension: %1</translation>
    </message>
    <message>
        <source>Child allowance recipient: %1</source>
        <translation>Child allowance recipient: %1</translation>
    </message>
    <message>
        <source>My Number card: %1 (expires %2)</source>
        <translation>My Number card: %1 (expires %2)</translation>
    </message>
    <message>
        <source>Disability certificate: %1, child medical: %2, single-parent medical: %3, seal registered: %4</source>
        <translation>Disability certificate: %1, child medical: %2, single-parent medical: %3, seal registered: %4</translation>
    </message>
    <message>
        <source>Household members (standard order):</source>
        <translation>Household members (standard order):</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>[removed]</translation>
    </message>
    <message>
        <source>← this resident</source>
        <translation>← this resident</translation>
    </message>
    <message>
        <source>Support measures:</source>
        <translation>Support measures:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>ends within a month</source>
        <translation>ends within a month</translation>
    </message>
    <message>
        <source>Former names:</source>
        <translation>Former names:</translation>
    </message>
    <message>
        <source>Former addresses:</source>
        <translation>Former addresses:</translation>
    </message>
    <message>
        <source>Alphabet name: %1</source>
        <translation>Alphabet name: %1</translation>
    </message>
    <message>
        <source>Common name (通称): %1 (%2)</source>
        <translation>Common name (通称): %1 (%2)</translation>
    </message>
    <message>
        <source>Former surname (旧氏): %1 (%2)</source>
        <translation>Former surname (旧氏): %1 (%2)</translation>
    </message>
    <message>
        <source>[removed] %1 %2</source>
        <translation>[removed] %1 %2</translation>
    </message>
    <message>
        <source>Atena no.: %1  Setai no.: %2</source>
        <translation>Atena no.: %1  Setai no.: %2</translation>
    </message>
    <message>
        <source>Born: %1  Sex: %2</source>
        <translation>Born: %1  Sex: %2</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relationship: %1</translation>
    </message>
    <message>
        <source>Address: 〒%1 %2 %3</source>
        <translation>Address: 〒%1 %2 %3</translation>
    </message>
    <message>
        <source>Nationality: %1  Status: %2 (until %3)</source>
        <translation>Nationality: %1  Status: %2 (until %3)</translation>
    </message>
    <message>
        <source>My Number: %1</source>
        <translation>My Number: %1</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <source>Why the profile is opened; recorded in the audit log (required with --reveal-my-number).</source>
        <translation>Why the profile is opened; recorded in the audit log (required with --reveal-my-number).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Show the individual number (個人番号) instead of asterisks: needs --as with a role that may reveal it, and --purpose; recorded in the audit log.</source>
        <translation>Show the individual number (個人番号) instead of asterisks: needs --as with a role that may reveal it, and --purpose; recorded in the audit log.</translation>
    </message>
    <message>
        <source>--reveal-my-number needs --purpose TEXT: why it is shown</source>
        <translation>--reveal-my-number needs --purpose TEXT: why it is shown</translation>
    </message>
    <message>
        <source>Address: withheld (%1)</source>
        <translation>Address: withheld (%1)</translation>
    </message>
</context>
<context>
    <name>ProtectedColumns</name>
    <message>
        <source>the key of branch %1&apos;s replica was not read from this computer&apos;s keychain when the replica was opened, so 個人番号, 支援措置 details and entitlement details stay withheld</source>
        <translation>the key of branch %1&apos;s replica was not read from this computer&apos;s keychain when the replica was opened, so 個人番号, 支援措置 details and entitlement details stay withheld</translation>
    </message>
    <message>
        <source>%1 of row %2 holds a sealed replica value in a database that is not a replica; it is withheld</source>
        <translation>%1 of row %2 holds a sealed replica value in a database that is not a replica; it is withheld</translation>
    </message>
    <message>
        <source>this database is not a replica and keeps no blind index</source>
        <translation>this database is not a replica and keeps no blind index</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>%1 (宛名番号 %2)</source>
        <translation>%1 (宛名番号 %2)</translation>
    </message>
    <message>
        <source>世帯 %1</source>
        <translation>世帯 %1</translation>
    </message>
    <message>
        <source>register record</source>
        <translation>register record</translation>
    </message>
    <message>
        <source>household</source>
        <translation>household</translation>
    </message>
    <message>
        <source>entitlements</source>
        <translation>entitlements</translation>
    </message>
    <message>
        <source>支援措置</source>
        <translation>支援措置</translation>
    </message>
    <message>
        <source>removed at the hall</source>
        <translation>removed at the hall</translation>
    </message>
    <message>
        <source>added at the hall</source>
        <translation>added at the hall</translation>
    </message>
    <message>
        <source>changed at the hall</source>
        <translation>changed at the hall</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 (%5 → %6): %7</source>
        <translation>%1: %2 %3 %4 (%5 → %6): %7</translation>
    </message>
    <message>
        <source>address changed (not shown: a 支援措置 covers this resident)</source>
        <translation>address changed (not shown: a 支援措置 covers this resident)</translation>
    </message>
    <message>
        <source>the branch&apos;s copy changed after the visit read v%1: what it read is no longer known</source>
        <translation>the branch&apos;s copy changed after the visit read v%1: what it read is no longer known</translation>
    </message>
    <message>
        <source>details not described here changed (e.g. protected values)</source>
        <translation>details not described here changed (e.g. protected values)</translation>
    </message>
    <message>
        <source>no longer in the hall&apos;s register</source>
        <translation>no longer in the hall&apos;s register</translation>
    </message>
    <message>
        <source>joined the household at the hall</source>
        <translation>joined the household at the hall</translation>
    </message>
    <message>
        <source>the hall no longer has this resident&apos;s entitlements</source>
        <translation>the hall no longer has this resident&apos;s entitlements</translation>
    </message>
    <message>
        <source>the 支援措置 is no longer in the hall&apos;s register</source>
        <translation>the 支援措置 is no longer in the hall&apos;s register</translation>
    </message>
    <message>
        <source>a 支援措置 (level %1) was added at the hall</source>
        <translation>a 支援措置 (level %1) was added at the hall</translation>
    </message>
    <message>
        <source>reading the register records a visit relied on in %1</source>
        <translation>reading the register records a visit relied on in %1</translation>
    </message>
</context>
<context>
    <name>RegisterAccess</name>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>no resident with 宛名番号 %1</translation>
    </message>
    <message>
        <source>revealing an individual number (個人番号) needs a purpose</source>
        <translation>revealing an individual number (個人番号) needs a purpose</translation>
    </message>
    <message>
        <source>reading the individual number of %1</source>
        <translation>reading the individual number of %1</translation>
    </message>
    <message>
        <source>unlocking a support measure (支援措置) needs a reason</source>
        <translation>unlocking a support measure (支援措置) needs a reason</translation>
    </message>
    <message>
        <source>an unlock lasts from 1 to %1 minutes, not %2</source>
        <translation>an unlock lasts from 1 to %1 minutes, not %2</translation>
    </message>
    <message>
        <source>unlocking the support measure of %1</source>
        <translation>unlocking the support measure of %1</translation>
    </message>
    <message>
        <source>checking whether %1 may be printed</source>
        <translation>checking whether %1 may be printed</translation>
    </message>
    <message>
        <source>reading the support measures that end soon</source>
        <translation>reading the support measures that end soon</translation>
    </message>
</context>
<context>
    <name>RegisterPull</name>
    <message>
        <source>setting up the replica for a copy</source>
        <translation>setting up the replica for a copy</translation>
    </message>
    <message>
        <source>emptying the replica&apos;s %1</source>
        <translation>emptying the replica&apos;s %1</translation>
    </message>
    <message>
        <source>counting %1 at the hall</source>
        <translation>counting %1 at the hall</translation>
    </message>
    <message>
        <source>counting %1 in the replica</source>
        <translation>counting %1 in the replica</translation>
    </message>
    <message numerus="yes">
        <source>the pull was stopped after %n committed batches (as asked)</source>
        <translation>
            <numerusform>the pull was stopped after %n committed batches (as asked)</numerusform>
            <numerusform>the pull was stopped after %n committed batches (as asked)</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the replica&apos;s sync state</source>
        <translation>reading the replica&apos;s sync state</translation>
    </message>
    <message>
        <source>the replica&apos;s bootstrap state &apos;%1&apos; (meta %2) is not understood; delete the replica file to bootstrap it again</source>
        <translation>the replica&apos;s bootstrap state &apos;%1&apos; (meta %2) is not understood; delete the replica file to bootstrap it again</translation>
    </message>
    <message>
        <source>reading the hall&apos;s last change</source>
        <translation>reading the hall&apos;s last change</translation>
    </message>
    <message>
        <source>deleting from the replica&apos;s %1 what the hall no longer has</source>
        <translation>deleting from the replica&apos;s %1 what the hall no longer has</translation>
    </message>
    <message>
        <source>reading the replica&apos;s %1</source>
        <translation>reading the replica&apos;s %1</translation>
    </message>
    <message>
        <source>counting the hall&apos;s changes</source>
        <translation>counting the hall&apos;s changes</translation>
    </message>
    <message>
        <source>reading the hall&apos;s register changes</source>
        <translation>reading the hall&apos;s register changes</translation>
    </message>
    <message>
        <source>the hall&apos;s change %1 names an unknown kind of record &apos;%2&apos;: is the hall newer than this desk?</source>
        <translation>the hall&apos;s change %1 names an unknown kind of record &apos;%2&apos;: is the hall newer than this desk?</translation>
    </message>
    <message>
        <source>reading %1 at the hall</source>
        <translation>reading %1 at the hall</translation>
    </message>
    <message>
        <source>the replica has no table %1: is it a Madoguchi database?</source>
        <translation>the replica has no table %1: is it a Madoguchi database?</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>reading the members of households</source>
        <translation>reading the members of households</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>preparing the copy of %1</translation>
    </message>
    <message>
        <source>writing %1 %2 into the replica</source>
        <translation>writing %1 %2 into the replica</translation>
    </message>
    <message>
        <source>pulling the register from %1: %2</source>
        <translation>pulling the register from %1: %2</translation>
    </message>
    <message>
        <source>the hall&apos;s schema is version %1 and the replica&apos;s %2: both must be opened by the same version of Madoguchi</source>
        <translation>the hall&apos;s schema is version %1 and the replica&apos;s %2: both must be opened by the same version of Madoguchi</translation>
    </message>
    <message>
        <source>counting the replica&apos;s persons</source>
        <translation>counting the replica&apos;s persons</translation>
    </message>
    <message>
        <source>the pull was stopped (the desk is closing); the next sync goes on from here</source>
        <translation>the pull was stopped (the desk is closing); the next sync goes on from here</translation>
    </message>
</context>
<context>
    <name>RegisterSamples</name>
    <message>
        <source>the catalog has no 転入 (tennyu) life event</source>
        <translation>the catalog has no 転入 (tennyu) life event</translation>
    </message>
    <message>
        <source>looking for a household to show</source>
        <translation>looking for a household to show</translation>
    </message>
    <message>
        <source>no resident found for the tour: the register has no Japanese household head with 4 or 5 members (seed a demo city with &apos;madoguchi-cli demo seed&apos;)</source>
        <translation>no resident found for the tour: the register has no Japanese household head with 4 or 5 members (seed a demo city with &apos;madoguchi-cli demo seed&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>no resident found for the tour: none of %n household head(s) makes a 転入 visit a demo clerk can complete (%1)</source>
        <translation>
            <numerusform>no resident found for the tour: none of %n household head(s) makes a 転入 visit a demo clerk can complete (%1)</numerusform>
            <numerusform>no resident found for the tour: none of %n household head(s) makes a 転入 visit a demo clerk can complete (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the residents</source>
        <translation>counting the residents</translation>
    </message>
    <message>
        <source>the register has no residents to search for</source>
        <translation>the register has no residents to search for</translation>
    </message>
    <message>
        <source>drawing a resident to search for</source>
        <translation>drawing a resident to search for</translation>
    </message>
</context>
<context>
    <name>RegisterSummary</name>
    <message>
        <source>reading the city from the meta table</source>
        <translation>reading the city from the meta table</translation>
    </message>
    <message>
        <source>counting the residents</source>
        <translation>counting the residents</translation>
    </message>
    <message>
        <source>counting the households</source>
        <translation>counting the households</translation>
    </message>
</context>
<context>
    <name>RegisterWriteLock</name>
    <message>
        <source>waiting for other register writes</source>
        <translation>waiting for other register writes</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>no connectors are configured: give --connectors FILE, or set MADOGUCHI_CONNECTORS (a file) or MADOGUCHI_BACKEND_URL (one sandbox for every system); see docs/delivery.md</source>
        <translation>no connectors are configured: give --connectors FILE, or set MADOGUCHI_CONNECTORS (a file) or MADOGUCHI_BACKEND_URL (one sandbox for every system); see docs/delivery.md</translation>
    </message>
    <message>
        <source>Deliver the outbox to the back-end systems (a service, or --once)</source>
        <translation>Deliver the outbox to the back-end systems (a service, or --once)</translation>
    </message>
    <message>
        <source>Deliver what is due now, then exit (instead of running until stopped).</source>
        <translation>Deliver what is due now, then exit (instead of running until stopped).</translation>
    </message>
    <message>
        <source>The connectors file (docs/delivery.md); default: $MADOGUCHI_CONNECTORS, else $MADOGUCHI_BACKEND_URL.</source>
        <translation>The connectors file (docs/delivery.md); default: $MADOGUCHI_CONNECTORS, else $MADOGUCHI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Applications claimed at once, 1 to 1000 (default 32).</source>
        <translation>Applications claimed at once, 1 to 1000 (default 32).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long a claimed application stays this relay&apos;s, 1 to 3600 (default 120).</source>
        <translation>How long a claimed application stays this relay&apos;s, 1 to 3600 (default 120).</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>--batch must be from 1 to 1000</source>
        <translation>--batch must be from 1 to 1000</translation>
    </message>
    <message>
        <source>--lease-seconds must be from 1 to 3600</source>
        <translation>--lease-seconds must be from 1 to 3600</translation>
    </message>
    <message>
        <source>relay %1: running</source>
        <translation>relay %1: running</translation>
    </message>
    <message>
        <source>%1 delivered, %2 waiting to be retried, %3 rejected</source>
        <translation>%1 delivered, %2 waiting to be retried, %3 rejected</translation>
    </message>
    <message>
        <source>The wait after a first failed send, 1 to 3600000 ms (default 2000).</source>
        <translation>The wait after a first failed send, 1 to 3600000 ms (default 2000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>The longest wait between sends of one application, 1 to 86400000 ms (default 3600000: one hour).</source>
        <translation>The longest wait between sends of one application, 1 to 86400000 ms (default 3600000: one hour).</translation>
    </message>
    <message>
        <source>--backoff-first-ms must be from 1 to 3600000</source>
        <translation>--backoff-first-ms must be from 1 to 3600000</translation>
    </message>
    <message>
        <source>--backoff-cap-ms must be from --backoff-first-ms to 86400000</source>
        <translation>--backoff-cap-ms must be from --backoff-first-ms to 86400000</translation>
    </message>
</context>
<context>
    <name>ReplicaCipher</name>
    <message>
        <source>libsodium could not be initialised, so the replica cannot be opened</source>
        <translation>libsodium could not be initialised, so the replica cannot be opened</translation>
    </message>
    <message>
        <source>the replica key is %1 bytes long; a replica key is %2 bytes</source>
        <translation>the replica key is %1 bytes long; a replica key is %2 bytes</translation>
    </message>
    <message>
        <source>%1 of row %2 is stored unsealed in the replica; it is refused rather than shown</source>
        <translation>%1 of row %2 is stored unsealed in the replica; it is refused rather than shown</translation>
    </message>
    <message>
        <source>%1 of row %2 is not a well-formed sealed value; the replica file may be damaged</source>
        <translation>%1 of row %2 is not a well-formed sealed value; the replica file may be damaged</translation>
    </message>
    <message>
        <source>%1 of row %2 does not open with this computer&apos;s replica key: it was sealed with another key, altered, or moved from another place in the file</source>
        <translation>%1 of row %2 does not open with this computer&apos;s replica key: it was sealed with another key, altered, or moved from another place in the file</translation>
    </message>
</context>
<context>
    <name>ReplicaKeys</name>
    <message>
        <source>reading %1 from the replica</source>
        <translation>reading %1 from the replica</translation>
    </message>
    <message>
        <source>this database is not a branch replica (its meta has no %1), so it has no replica key</source>
        <translation>this database is not a branch replica (its meta has no %1), so it has no replica key</translation>
    </message>
    <message>
        <source>the keychain secret &apos;%1&apos; is not a replica key (%2 bytes in base64 text)</source>
        <translation>the keychain secret &apos;%1&apos; is not a replica key (%2 bytes in base64 text)</translation>
    </message>
    <message>
        <source>the key in this computer&apos;s keychain (secret &apos;%1&apos;) does not open this replica: it was sealed with another key. 個人番号, 支援措置 details and entitlement details stay withheld; restore the replica&apos;s own key with &apos;madoguchi-cli secret set %1&apos;, or remove the replica and sync a fresh one</source>
        <translation>the key in this computer&apos;s keychain (secret &apos;%1&apos;) does not open this replica: it was sealed with another key. 個人番号, 支援措置 details and entitlement details stay withheld; restore the replica&apos;s own key with &apos;madoguchi-cli secret set %1&apos;, or remove the replica and sync a fresh one</translation>
    </message>
    <message>
        <source>the replica&apos;s key is not in this computer&apos;s keychain (secret &apos;%1&apos;), so 個人番号, 支援措置 details and entitlement details stay withheld; restore the key with &apos;madoguchi-cli secret set %1&apos; (base64 text from standard input), or remove the replica and sync a fresh one</source>
        <translation>the replica&apos;s key is not in this computer&apos;s keychain (secret &apos;%1&apos;), so 個人番号, 支援措置 details and entitlement details stay withheld; restore the key with &apos;madoguchi-cli secret set %1&apos; (base64 text from standard input), or remove the replica and sync a fresh one</translation>
    </message>
    <message>
        <source>the replica&apos;s key (secret &apos;%1&apos;) could not be read from the keychain, so 個人番号, 支援措置 details and entitlement details stay withheld: %2</source>
        <translation>the replica&apos;s key (secret &apos;%1&apos;) could not be read from the keychain, so 個人番号, 支援措置 details and entitlement details stay withheld: %2</translation>
    </message>
    <message>
        <source>the replica&apos;s key (secret &apos;%1&apos;) could not be read from the keychain: %2</source>
        <translation>the replica&apos;s key (secret &apos;%1&apos;) could not be read from the keychain: %2</translation>
    </message>
    <message>
        <source>the replica&apos;s new key could not be stored in the keychain (secret &apos;%1&apos;), so nothing is sealed and the sync stops: %2</source>
        <translation>the replica&apos;s new key could not be stored in the keychain (secret &apos;%1&apos;), so nothing is sealed and the sync stops: %2</translation>
    </message>
    <message>
        <source>the keychain did not keep the replica&apos;s new key (secret &apos;%1&apos;), so nothing is sealed and the sync stops</source>
        <translation>the keychain did not keep the replica&apos;s new key (secret &apos;%1&apos;), so nothing is sealed and the sync stops</translation>
    </message>
</context>
<context>
    <name>ReplicaSealing</name>
    <message>
        <source>sealing the protected values of %1</source>
        <translation>sealing the protected values of %1</translation>
    </message>
    <message>
        <source>turning on secure_delete</source>
        <translation>turning on secure_delete</translation>
    </message>
    <message>
        <source>truncating the replica&apos;s write-ahead log</source>
        <translation>truncating the replica&apos;s write-ahead log</translation>
    </message>
    <message>
        <source>the replica&apos;s write-ahead log could not be truncated because another connection is reading it; values sealed just now may still be readable in %1-wal until the desk and the sync are closed</source>
        <translation>the replica&apos;s write-ahead log could not be truncated because another connection is reading it; values sealed just now may still be readable in %1-wal until the desk and the sync are closed</translation>
    </message>
</context>
<context>
    <name>RequiredSecret</name>
    <message>
        <source>the secret &apos;%1&apos; is not in the OS keychain; set it with &apos;madoguchi-cli secret set %1&apos; (the value is read from standard input)</source>
        <translation>the secret &apos;%1&apos; is not in the OS keychain; set it with &apos;madoguchi-cli secret set %1&apos; (the value is read from standard input)</translation>
    </message>
</context>
<context>
    <name>ResidentAccess</name>
    <message>
        <source>reading who used the resident&apos;s data</source>
        <translation>reading who used the resident&apos;s data</translation>
    </message>
    <message>
        <source>no resident has 宛名番号 %1</source>
        <translation>no resident has 宛名番号 %1</translation>
    </message>
</context>
<context>
    <name>ResidentAuditCommands</name>
    <message>
        <source>found the record in a search</source>
        <translation>found the record in a search</translation>
    </message>
    <message>
        <source>opened the record</source>
        <translation>opened the record</translation>
    </message>
    <message>
        <source>displayed the 個人番号</source>
        <translation>displayed the 個人番号</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>submitted applications</source>
        <translation>submitted applications</translation>
    </message>
    <message>
        <source>decided a request</source>
        <translation>decided a request</translation>
    </message>
    <message>
        <source>lifted a 支援措置 block for a while</source>
        <translation>lifted a 支援措置 block for a while</translation>
    </message>
    <message>
        <source>verified a certificate</source>
        <translation>verified a certificate</translation>
    </message>
    <message>
        <source>read this access record</source>
        <translation>read this access record</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>retried or stopped a delivery</source>
        <translation>retried or stopped a delivery</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation>registered as %1</translation>
    </message>
    <message>
        <source>refused by the system</source>
        <translation>refused by the system</translation>
    </message>
    <message>
        <source>cancelled, not sent</source>
        <translation>cancelled, not sent</translation>
    </message>
    <message>
        <source>handled by hand</source>
        <translation>handled by hand</translation>
    </message>
    <message>
        <source>held for a supervisor&apos;s review</source>
        <translation>held for a supervisor&apos;s review</translation>
    </message>
    <message>
        <source>on its way (%1)</source>
        <translation>on its way (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Who looked at your data: %n entries</source>
        <translation>
            <numerusform>Who looked at your data: %n entry</numerusform>
            <numerusform>Who looked at your data: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>  nobody in this period</source>
        <translation>  nobody in this period</translation>
    </message>
    <message>
        <source>      purpose: %1</source>
        <translation>      purpose: %1</translation>
    </message>
    <message>
        <source>      detail: %1</source>
        <translation>      detail: %1</translation>
    </message>
    <message>
        <source>  Visit %1, %2: %3 of %4, at %5 by %6</source>
        <translation>  Visit %1, %2: %3 of %4, at %5 by %6</translation>
    </message>
    <message>
        <source>    you were the resident at the counter</source>
        <translation>    you were the resident at the counter</translation>
    </message>
    <message>
        <source>    a visit of your household (宛名番号 %1 at the counter)</source>
        <translation>    a visit of your household (宛名番号 %1 at the counter)</translation>
    </message>
    <message>
        <source> (%1, about you)</source>
        <translation> (%1, about you)</translation>
    </message>
    <message>
        <source>      sent: %1</source>
        <translation>      sent: %1</translation>
    </message>
    <message>
        <source>    data from outside the register: %1, filled %2</source>
        <translation>    data from outside the register: %1, filled %2</translation>
    </message>
    <message>
        <source>    consent to use %1: %2, for %3 → %4 (recorded by %5, %6)</source>
        <translation>    consent to use %1: %2, for %3 → %4 (recorded by %5, %6)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>Who looked at a resident&apos;s data and where it went (supervisor, auditor)</source>
        <translation>Who looked at a resident&apos;s data and where it went (supervisor, auditor)</translation>
    </message>
    <message>
        <source>From this day (Japan time; 2026-04-01, R8.4.1) or ISO 8601 time, inclusive.</source>
        <translation>From this day (Japan time; 2026-04-01, R8.4.1) or ISO 8601 time, inclusive.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Up to this day (inclusive) or ISO 8601 time (exclusive).</source>
        <translation>Up to this day (inclusive) or ISO 8601 time (exclusive).</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号.</source>
        <translation>The resident&apos;s 宛名番号.</translation>
    </message>
    <message>
        <source>usage: audit resident --db LOCATION ATENA_NO [--from DATE] [--to DATE]</source>
        <translation>usage: audit resident --db LOCATION ATENA_NO [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 must be a day (2026-04-01, R8.4.1) or an ISO 8601 time, not &quot;%2&quot;</source>
        <translation>--%1 must be a day (2026-04-01, R8.4.1) or an ISO 8601 time, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to must be after --from</translation>
    </message>
    <message>
        <source>Use of the data of %1 (%2), 宛名番号 %3</source>
        <translation>Use of the data of %1 (%2), 宛名番号 %3</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (Japan time)</source>
        <translation>Period: %1 to %2 (Japan time)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Period: everything recorded</source>
        <translation>Period: everything recorded</translation>
    </message>
    <message numerus="yes">
        <source>Where your data went: %n visits</source>
        <translation>
            <numerusform>Where your data went: %n visit</numerusform>
            <numerusform>Where your data went: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>  no visit in this period used your data</source>
        <translation>  no visit in this period used your data</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <source>reading the register for the export</source>
        <translation>reading the register for the export</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>atena_no %1: a character of this resident cannot be written in %2; export in UTF-8</source>
        <translation>atena_no %1: a character of this resident cannot be written in %2; export in UTF-8</translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>reading the last id of %1</source>
        <translation>reading the last id of %1</translation>
    </message>
    <message>
        <source>reserving ids for %1</source>
        <translation>reserving ids for %1</translation>
    </message>
    <message>
        <source>atena_no %1 already appears on line %2</source>
        <translation>atena_no %1 already appears on line %2</translation>
    </message>
    <message>
        <source>the same value is on line %1</source>
        <translation>the same value is on line %1</translation>
    </message>
    <message>
        <source>differs from line %1 of the same setai_no (one household, one address)</source>
        <translation>differs from line %1 of the same setai_no (one household, one address)</translation>
    </message>
    <message>
        <source>the head&apos;s row (line %1) was rejected</source>
        <translation>the head&apos;s row (line %1) was rejected</translation>
    </message>
    <message>
        <source>the head is removed on line %1</source>
        <translation>the head is removed on line %1</translation>
    </message>
    <message>
        <source>atena_no %1 (line %2) is not a 世帯主</source>
        <translation>atena_no %1 (line %2) is not a 世帯主</translation>
    </message>
    <message>
        <source>the head (line %1) is the 世帯主 of another setai_no</source>
        <translation>the head (line %1) is the 世帯主 of another setai_no</translation>
    </message>
    <message>
        <source>no 世帯主 %1 of setai_no %2 in the file or the register</source>
        <translation>no 世帯主 %1 of setai_no %2 in the file or the register</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>reading the register</translation>
    </message>
    <message>
        <source>line %1: the header names the column %2 twice</source>
        <translation>line %1: the header names the column %2 twice</translation>
    </message>
    <message>
        <source>line %1: the header lacks the column(s) %2; is this a resident extract (docs/import-format.md)?</source>
        <translation>line %1: the header lacks the column(s) %2; is this a resident extract (docs/import-format.md)?</translation>
    </message>
    <message>
        <source>%1 is empty: a resident extract starts with its header row</source>
        <translation>%1 is empty: a resident extract starts with its header row</translation>
    </message>
    <message>
        <source>%1 was refused, nothing was imported: %2</source>
        <translation>%1 was refused, nothing was imported: %2</translation>
    </message>
    <message>
        <source>the import stopped at line %1: %2 (rows up to line %3 are committed)</source>
        <translation>the import stopped at line %1: %2 (rows up to line %3 are committed)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos; (allowed: %2)</source>
        <translation>unknown code &apos;%1&apos; (allowed: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>&apos;%1&apos; is not 0 or 1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not A, U, D or empty</source>
        <translation>&apos;%1&apos; is not A, U, D or empty</translation>
    </message>
    <message>
        <source>unknown 続柄 &apos;%1&apos;</source>
        <translation>unknown 続柄 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a 世帯主 must name itself as head_atena_no</source>
        <translation>a 世帯主 must name itself as head_atena_no</translation>
    </message>
    <message>
        <source>names the row itself as head, but its 続柄 is not 世帯主</source>
        <translation>names the row itself as head, but its 続柄 is not 世帯主</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1 (male), 2 (female) or 9</source>
        <translation>&apos;%1&apos; is not 1 (male), 2 (female) or 9</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not katakana (found &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; is not katakana (found &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of %2 digits</source>
        <translation>&apos;%1&apos; is not a number of %2 digits</translation>
    </message>
    <message>
        <source>writing the register</source>
        <translation>writing the register</translation>
    </message>
    <message>
        <source>D: atena_no %1 is not in the register</source>
        <translation>D: atena_no %1 is not in the register</translation>
    </message>
    <message>
        <source>A: atena_no %1 is already registered</source>
        <translation>A: atena_no %1 is already registered</translation>
    </message>
    <message>
        <source>U: atena_no %1 is not in the register</source>
        <translation>U: atena_no %1 is not in the register</translation>
    </message>
    <message>
        <source>this 個人番号 is registered for atena_no %1</source>
        <translation>this 個人番号 is registered for atena_no %1</translation>
    </message>
    <message>
        <source>this 住民票コード is registered for atena_no %1</source>
        <translation>this 住民票コード is registered for atena_no %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>this build of Qt cannot decode %1</source>
        <translation>this build of Qt cannot decode %1</translation>
    </message>
    <message>
        <source>the file is not valid %1 text (bytes %2 to %3); name the right one with --encoding</source>
        <translation>the file is not valid %1 text (bytes %2 to %3); name the right one with --encoding</translation>
    </message>
    <message>
        <source>the import stopped at line %1: %2 (nothing was imported)</source>
        <translation>the import stopped at line %1: %2 (nothing was imported)</translation>
    </message>
</context>
<context>
    <name>ResidentProfile</name>
    <message>
        <source>persons.birth_date of 宛名番号 %1 cannot be read (%2): %3</source>
        <translation>persons.birth_date of 宛名番号 %1 cannot be read (%2): %3</translation>
    </message>
    <message>
        <source>reading the household</source>
        <translation>reading the household</translation>
    </message>
    <message>
        <source>household %1 is missing</source>
        <translation>household %1 is missing</translation>
    </message>
    <message>
        <source>reading the household&apos;s support measures</source>
        <translation>reading the household&apos;s support measures</translation>
    </message>
    <message>
        <source>reading the household&apos;s members</source>
        <translation>reading the household&apos;s members</translation>
    </message>
    <message>
        <source>reading the entitlements</source>
        <translation>reading the entitlements</translation>
    </message>
    <message>
        <source>reading the support measures</source>
        <translation>reading the support measures</translation>
    </message>
    <message>
        <source>reading the former names</source>
        <translation>reading the former names</translation>
    </message>
    <message>
        <source>reading the former addresses</source>
        <translation>reading the former addresses</translation>
    </message>
    <message>
        <source>reading the resident %1</source>
        <translation>reading the resident %1</translation>
    </message>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>no resident with 宛名番号 %1</translation>
    </message>
</context>
<context>
    <name>ResidentSearch</name>
    <message>
        <source>reading the search results</source>
        <translation>reading the search results</translation>
    </message>
    <message>
        <source>recording the My Number access</source>
        <translation>recording the My Number access</translation>
    </message>
    <message>
        <source>searching the register</source>
        <translation>searching the register</translation>
    </message>
</context>
<context>
    <name>ResidentView</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>National Health Insurance (国保)</source>
        <translation>National Health Insurance (国保)</translation>
    </message>
    <message>
        <source>employee health insurance (社保)</source>
        <translation>employee health insurance (社保)</translation>
    </message>
    <message>
        <source>late-stage elderly (後期高齢者医療)</source>
        <translation>late-stage elderly (後期高齢者医療)</translation>
    </message>
    <message>
        <source>public assistance (生活保護)</source>
        <translation>public assistance (生活保護)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>insured</source>
        <translation>insured</translation>
    </message>
    <message>
        <source>certified as needing care</source>
        <translation>certified as needing care</translation>
    </message>
    <message>
        <source>category %1 insured</source>
        <translation>category %1 insured</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
</context>
<context>
    <name>RoomCommands</name>
    <message>
        <source>The room on %1 at %2 (Japan time): %3 waiting (average %4, longest %5), %6 served, %7 no-shows</source>
        <translation>The room on %1 at %2 (Japan time): %3 waiting (average %4, longest %5), %6 served, %7 no-shows</translation>
    </message>
    <message>
        <source>purpose  waiting  avg wait  longest  level    served  avg handling  name</source>
        <translation>purpose  waiting  avg wait  longest  level    served  avg handling  name</translation>
    </message>
    <message>
        <source>counter  activity  ticket  staff           since  served  per hour  avg handling  name</source>
        <translation>counter  activity  ticket  staff           since  served  per hour  avg handling  name</translation>
    </message>
    <message>
        <source>handling by procedure  visits  avg handling</source>
        <translation>handling by procedure  visits  avg handling</translation>
    </message>
    <message>
        <source>hour   arrivals  served  avg wait  longest</source>
        <translation>hour   arrivals  served  avg wait  longest</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today).</source>
        <translation>The day, YYYY-MM-DD (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--date wants YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date wants YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The live room: waiting per purpose, the counters, handling times, the hours</source>
        <translation>The live room: waiting per purpose, the counters, handling times, the hours</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>Write a day&apos;s tickets and visits as CSV files for Excel (supervisors)</source>
        <translation>Write a day&apos;s tickets and visits as CSV files for Excel (supervisors)</translation>
    </message>
    <message>
        <source>The folder the two files go to; it must exist.</source>
        <translation>The folder the two files go to; it must exist.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>%1 tickets to %2</source>
        <translation>%1 tickets to %2</translation>
    </message>
    <message>
        <source>%1 visits to %2</source>
        <translation>%1 visits to %2</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>idle, nobody called</source>
        <translation>idle, nobody called</translation>
    </message>
    <message>
        <source>calling, resident on the way</source>
        <translation>calling, resident on the way</translation>
    </message>
    <message>
        <source>serving a resident</source>
        <translation>serving a resident</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>RoomStats</name>
    <message>
        <source>reading the queue purposes</source>
        <translation>reading the queue purposes</translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation>reading the counters</translation>
    </message>
    <message>
        <source>reading the tickets of %1</source>
        <translation>reading the tickets of %1</translation>
    </message>
    <message>
        <source>reading the calls of %1</source>
        <translation>reading the calls of %1</translation>
    </message>
    <message>
        <source>reading the visits of %1</source>
        <translation>reading the visits of %1</translation>
    </message>
    <message>
        <source>the room needs a valid day</source>
        <translation>the room needs a valid day</translation>
    </message>
    <message>
        <source>the room needs a valid time</source>
        <translation>the room needs a valid time</translation>
    </message>
</context>
<context>
    <name>RulesEvalCommand</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: cannot read %2: %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 is not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1 must be exactly one JSON value, not %2</source>
        <translation>%1 must be exactly one JSON value, not %2</translation>
    </message>
    <message>
        <source>Apply a JsonLogic rule to data</source>
        <translation>Apply a JsonLogic rule to data</translation>
    </message>
    <message>
        <source>The rule: JSON text, or @FILE to read it from a file (docs/rules.md).</source>
        <translation>The rule: JSON text, or @FILE to read it from a file (docs/rules.md).</translation>
    </message>
    <message>
        <source>The data: JSON text, or @FILE.</source>
        <translation>The data: JSON text, or @FILE.</translation>
    </message>
    <message>
        <source>give a RULE and its DATA, each JSON text or @FILE</source>
        <translation>give a RULE and its DATA, each JSON text or @FILE</translation>
    </message>
    <message>
        <source>warning: %1 (evaluated all the same; validation refuses the rule)</source>
        <translation>warning: %1 (evaluated all the same; validation refuses the rule)</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>cannot listen on 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>A stand-in back-end system that receives Madoguchi&apos;s applications over HTTP (docs/backend-api.md).</source>
        <translation>A stand-in back-end system that receives Madoguchi&apos;s applications over HTTP (docs/backend-api.md).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:PORT; 0 picks a free port (default).</source>
        <translation>Listen on 127.0.0.1:PORT; 0 picks a free port (default).</translation>
    </message>
    <message>
        <source>Keep the received applications in this SQLite file (created if missing); without it they are kept in memory.</source>
        <translation>Keep the received applications in this SQLite file (created if missing); without it they are kept in memory.</translation>
    </message>
    <message>
        <source>Answer this share (0..1) of POSTs with 503 without storing them.</source>
        <translation>Answer this share (0..1) of POSTs with 503 without storing them.</translation>
    </message>
    <message>
        <source>Store and commit this share (0..1) of new applications, then close the connection without an answer.</source>
        <translation>Store and commit this share (0..1) of new applications, then close the connection without an answer.</translation>
    </message>
    <message>
        <source>Wait this many milliseconds before handling each POST.</source>
        <translation>Wait this many milliseconds before handling each POST.</translation>
    </message>
    <message>
        <source>Answer 422 to applications for this procedure id (repeatable).</source>
        <translation>Answer 422 to applications for this procedure id (repeatable).</translation>
    </message>
    <message>
        <source>Seed of the fault choices, for repeatable runs.</source>
        <translation>Seed of the fault choices, for repeatable runs.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535, got &apos;%1&apos;</source>
        <translation>--port: expected a number from 0 to 65535, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db: expected a file name</source>
        <translation>--db: expected a file name</translation>
    </message>
    <message>
        <source>--fail-rate: expected a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--fail-rate: expected a number from 0 to 1, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--drop-after-commit: expected a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--drop-after-commit: expected a number from 0 to 1, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--latency-ms: expected a number from 0 to 600000, got &apos;%1&apos;</source>
        <translation>--latency-ms: expected a number from 0 to 600000, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reject: expected a procedure id</source>
        <translation>--reject: expected a procedure id</translation>
    </message>
    <message>
        <source>--token: expected a non-empty token</source>
        <translation>--token: expected a non-empty token</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative whole number, got &apos;%1&apos;</source>
        <translation>--seed: expected a non-negative whole number, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Accept only this bearer token (default: no token is asked for).</source>
        <translation>Accept only this bearer token (default: no token is asked for).</translation>
    </message>
    <message>
        <source>cannot read the PEM certificate %1 or its RSA key %2</source>
        <translation>cannot read the PEM certificate %1 or its RSA key %2</translation>
    </message>
    <message>
        <source>Serve https with this certificate (PEM; with --tls-key).</source>
        <translation>Serve https with this certificate (PEM; with --tls-key).</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM).</source>
        <translation>The private key of --tls-cert (PEM).</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert and --tls-key go together</translation>
    </message>
</context>
<context>
    <name>SandboxApi</name>
    <message>
        <source>use GET on %1</source>
        <translation>use GET on %1</translation>
    </message>
    <message>
        <source>use POST on %1</source>
        <translation>use POST on %1</translation>
    </message>
    <message>
        <source>no such resource: %1</source>
        <translation>no such resource: %1</translation>
    </message>
    <message>
        <source>missing bearer token: send &apos;Authorization: Bearer TOKEN&apos;</source>
        <translation>missing bearer token: send &apos;Authorization: Bearer TOKEN&apos;</translation>
    </message>
    <message>
        <source>the bearer token is not valid for this system</source>
        <translation>the bearer token is not valid for this system</translation>
    </message>
    <message>
        <source>the system is unavailable (injected failure); try again later</source>
        <translation>the system is unavailable (injected failure); try again later</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a system id: expected 1 to 64 of A-Z a-z 0-9 . _ -</source>
        <translation>&apos;%1&apos; is not a system id: expected 1 to 64 of A-Z a-z 0-9 . _ -</translation>
    </message>
    <message>
        <source>missing header Idempotency-Key: expected the application id</source>
        <translation>missing header Idempotency-Key: expected the application id</translation>
    </message>
    <message>
        <source>header Idempotency-Key is longer than 200 characters</source>
        <translation>header Idempotency-Key is longer than 200 characters</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>the body is not valid JSON: %1 at byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object (the envelope)</source>
        <translation>the body must be a JSON object (the envelope)</translation>
    </message>
    <message>
        <source>field application_id: expected a non-empty string</source>
        <translation>field application_id: expected a non-empty string</translation>
    </message>
    <message>
        <source>field application_id &apos;%1&apos; differs from the Idempotency-Key &apos;%2&apos;</source>
        <translation>field application_id &apos;%1&apos; differs from the Idempotency-Key &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field system: expected a string</source>
        <translation>field system: expected a string</translation>
    </message>
    <message>
        <source>field system &apos;%1&apos; differs from the system of the URL &apos;%2&apos;</source>
        <translation>field system &apos;%1&apos; differs from the system of the URL &apos;%2&apos;</translation>
    </message>
    <message>
        <source>field procedure.id: expected a non-empty string</source>
        <translation>field procedure.id: expected a non-empty string</translation>
    </message>
    <message>
        <source>Idempotency-Key %1 was already used for system %2</source>
        <translation>Idempotency-Key %1 was already used for system %2</translation>
    </message>
    <message>
        <source>procedure %1 is not accepted by this system</source>
        <translation>procedure %1 is not accepted by this system</translation>
    </message>
    <message>
        <source>the sandbox&apos;s database failed: %1</source>
        <translation>the sandbox&apos;s database failed: %1</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>cannot set up the database %1: %2</source>
        <translation>cannot set up the database %1: %2</translation>
    </message>
    <message>
        <source>cannot create the tables in %1: %2</source>
        <translation>cannot create the tables in %1: %2</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>cannot write the screenshot %1: %2</source>
        <translation>cannot write the screenshot %1: %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <source>the catalog could not be loaded: no life event to show</source>
        <translation>the catalog could not be loaded: no life event to show</translation>
    </message>
    <message>
        <source>the resident %1 could not be opened</source>
        <translation>the resident %1 could not be opened</translation>
    </message>
    <message>
        <source>the life event step could not be reached</source>
        <translation>the life event step could not be reached</translation>
    </message>
    <message>
        <source>the life event 転入 is not offered</source>
        <translation>the life event 転入 is not offered</translation>
    </message>
    <message>
        <source>the 転入 was refused: %1</source>
        <translation>the 転入 was refused: %1</translation>
    </message>
    <message>
        <source>the interview step could not be reached</source>
        <translation>the interview step could not be reached</translation>
    </message>
    <message>
        <source>the interview cannot be completed: %1</source>
        <translation>the interview cannot be completed: %1</translation>
    </message>
    <message>
        <source>the interview cannot be completed: still open %1 (forms %2)</source>
        <translation>the interview cannot be completed: still open %1 (forms %2)</translation>
    </message>
    <message>
        <source>the review step could not be reached</source>
        <translation>the review step could not be reached</translation>
    </message>
    <message>
        <source>the submit step could not be reached</source>
        <translation>the submit step could not be reached</translation>
    </message>
    <message>
        <source>the visit could not be submitted%1</source>
        <translation>the visit could not be submitted%1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 for the screenshots</source>
        <translation>cannot make the folder %1 for the screenshots</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>cannot write into the folder %1: %2</source>
        <translation>cannot write into the folder %1: %2</translation>
    </message>
    <message>
        <source>the tickets for the console could not be made: %1</source>
        <translation>the tickets for the console could not be made: %1</translation>
    </message>
    <message>
        <source>asked at the move-in to record the former surname</source>
        <translation>asked at the move-in to record the former surname</translation>
    </message>
    <message>
        <source>no 出生 to show the codes from outside city hall: %1</source>
        <translation>no 出生 to show the codes from outside city hall: %1</translation>
    </message>
    <message>
        <source>the demo&apos;s pre-entry was not taken: %1</source>
        <translation>the demo&apos;s pre-entry was not taken: %1</translation>
    </message>
    <message>
        <source>the pre-entry did not lead to the checklist: %1</source>
        <translation>the pre-entry did not lead to the checklist: %1</translation>
    </message>
    <message>
        <source>the demo&apos;s 出生証明書 was not accepted: %1</source>
        <translation>the demo&apos;s 出生証明書 was not accepted: %1</translation>
    </message>
    <message>
        <source>the documents of the visit could not be shown: %1</source>
        <translation>the documents of the visit could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>[SUPPORT MEASURE: blocks]</source>
        <translation>[SUPPORT MEASURE: blocks]</translation>
    </message>
    <message>
        <source>[SUPPORT MEASURE: warns]</source>
        <translation>[SUPPORT MEASURE: warns]</translation>
    </message>
    <message>
        <source>Find residents by name, kana, birth date, address or number</source>
        <translation>Find residents by name, kana, birth date, address or number</translation>
    </message>
    <message>
        <source>At most N results, 1 to 1000 (default 20).</source>
        <translation>At most N results, 1 to 1000 (default 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>What the resident says: kana, kanji, a birth date, an address fragment or a number.</source>
        <translation>What the resident says: kana, kanji, a birth date, an address fragment or a number.</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION is required (an SQLite file or a postgresql:// URL)</translation>
    </message>
    <message>
        <source>nothing to search for: give a QUERY</source>
        <translation>nothing to search for: give a QUERY</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit must be a whole number from 1 to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No resident found for &apos;%1&apos;.</source>
        <translation>No resident found for &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>head: %1</translation>
    </message>
    <message>
        <source>(address withheld: support measure)</source>
        <translation>(address withheld: support measure)</translation>
    </message>
    <message>
        <source>The office recorded in the audit log for the console (default 本庁); a staff member&apos;s office comes from the account.</source>
        <translation>The office recorded in the audit log for the console (default 本庁); a staff member&apos;s office comes from the account.</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>updating the search index</translation>
    </message>
    <message>
        <source>counting the residents</source>
        <translation>counting the residents</translation>
    </message>
    <message>
        <source>reading the names of the residents</source>
        <translation>reading the names of the residents</translation>
    </message>
    <message>
        <source>reading the former names</source>
        <translation>reading the former names</translation>
    </message>
    <message>
        <source>reading the addresses of the households</source>
        <translation>reading the addresses of the households</translation>
    </message>
    <message>
        <source>indexing the former addresses</source>
        <translation>indexing the former addresses</translation>
    </message>
    <message>
        <source>writing the search keys: %1</source>
        <translation>writing the search keys: %1</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>Value of %1: </source>
        <translation>Value of %1: </translation>
    </message>
    <message>
        <source>Repeat the value: </source>
        <translation>Repeat the value: </translation>
    </message>
    <message>
        <source>the two values differ</source>
        <translation>the two values differ</translation>
    </message>
    <message>
        <source>no value was entered</source>
        <translation>no value was entered</translation>
    </message>
    <message>
        <source>no value on standard input (one line is expected)</source>
        <translation>no value on standard input (one line is expected)</translation>
    </message>
    <message>
        <source>the value is empty; to remove a secret use &apos;secret delete %1&apos;</source>
        <translation>the value is empty; to remove a secret use &apos;secret delete %1&apos;</translation>
    </message>
    <message>
        <source>Store a secret in the OS keychain (the value is read from the terminal or stdin)</source>
        <translation>Store a secret in the OS keychain (the value is read from the terminal or stdin)</translation>
    </message>
    <message>
        <source>Delete a secret from the OS keychain</source>
        <translation>Delete a secret from the OS keychain</translation>
    </message>
    <message>
        <source>Tell whether a secret is in the OS keychain (never prints it)</source>
        <translation>Tell whether a secret is in the OS keychain (never prints it)</translation>
    </message>
    <message>
        <source>The secret: postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token.</source>
        <translation>The secret: postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token.</translation>
    </message>
    <message>
        <source>the secret&apos;s NAME is missing, e.g. postgresql/USER@HOST:PORT/DBNAME</source>
        <translation>the secret&apos;s NAME is missing, e.g. postgresql/USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>unexpected argument after the name (secrets are never taken from arguments)</source>
        <translation>unexpected argument after the name (secrets are never taken from arguments)</translation>
    </message>
    <message>
        <source>The secret %1 is stored in the OS keychain.</source>
        <translation>The secret %1 is stored in the OS keychain.</translation>
    </message>
    <message>
        <source>The secret %1 is not in the OS keychain any more.</source>
        <translation>The secret %1 is not in the OS keychain any more.</translation>
    </message>
    <message>
        <source>the secret %1 is not in the OS keychain; set it with &apos;madoguchi-cli secret set %1&apos;</source>
        <translation>the secret %1 is not in the OS keychain; set it with &apos;madoguchi-cli secret set %1&apos;</translation>
    </message>
    <message>
        <source>The secret %1 is set.</source>
        <translation>The secret %1 is set.</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <source>the secret name is empty; expected postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token</source>
        <translation>the secret name is empty; expected postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is %2 characters long; at most %3 are allowed</source>
        <translation>the secret name &apos;%1&apos; is %2 characters long; at most %3 are allowed</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; holds a control character (U+%2) at position %3</source>
        <translation>the secret name &apos;%1&apos; holds a control character (U+%2) at position %3</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; starts or ends with white space</source>
        <translation>the secret name &apos;%1&apos; starts or ends with white space</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is not of the form postgresql/USER@HOST:PORT/DBNAME (the port is a number from 1 to 65535)</source>
        <translation>the secret name &apos;%1&apos; is not of the form postgresql/USER@HOST:PORT/DBNAME (the port is a number from 1 to 65535)</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is not of the form backend/SYSTEM_ID/token (the id holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>the secret name &apos;%1&apos; is not of the form backend/SYSTEM_ID/token (the id holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is of no kind Madoguchi reads; expected postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token</source>
        <translation>the secret name &apos;%1&apos; is of no kind Madoguchi reads; expected postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token</translation>
    </message>
    <message>
        <source>an SQLite database (%1) has no password secret</source>
        <translation>an SQLite database (%1) has no password secret</translation>
    </message>
    <message>
        <source>the PostgreSQL URL %1 names no user, so no keychain secret belongs to it; write the user, as in postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>the PostgreSQL URL %1 names no user, so no keychain secret belongs to it; write the user, as in postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a back-end system id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; is not a back-end system id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is not of the form replica/BRANCH_CODE/key (the code holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>the secret name &apos;%1&apos; is not of the form replica/BRANCH_CODE/key (the code holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a branch code: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; is not a branch code: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>SecretSnapshot</name>
    <message>
        <source>the secret &apos;%1&apos; may be written on the main thread only (the keychain is not reached from a sync&apos;s thread)</source>
        <translation>the secret &apos;%1&apos; may be written on the main thread only (the keychain is not reached from a sync&apos;s thread)</translation>
    </message>
</context>
<context>
    <name>SlipDocument</name>
    <message>
        <source>the printer did not start a new page</source>
        <translation>the printer did not start a new page</translation>
    </message>
    <message>
        <source>the printer did not finish</source>
        <translation>the printer did not finish</translation>
    </message>
</context>
<context>
    <name>SqlitePolicy</name>
    <message>
        <source>the file system does not allow WAL journaling (journal mode is &apos;%1&apos;); put the database on a local disk</source>
        <translation>the file system does not allow WAL journaling (journal mode is &apos;%1&apos;); put the database on a local disk</translation>
    </message>
    <message>
        <source>foreign keys could not be switched on</source>
        <translation>foreign keys could not be switched on</translation>
    </message>
    <message>
        <source>checking the database file</source>
        <translation>checking the database file</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>the database file is damaged (%1); restore it from a backup</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>wrong staff id or password</source>
        <translation>wrong staff id or password</translation>
    </message>
    <message>
        <source>logging in as &apos;%1&apos;</source>
        <translation>logging in as &apos;%1&apos;</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; is locked after too many wrong passwords until %2</source>
        <translation>staff account &apos;%1&apos; is locked after too many wrong passwords until %2</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; is disabled</source>
        <translation>staff account &apos;%1&apos; is disabled</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; has no known role</source>
        <translation>staff account &apos;%1&apos; has no known role</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>the password is empty</translation>
    </message>
    <message>
        <source>the password is too short: %1 characters, at least %2 are needed</source>
        <translation>the password is too short: %1 characters, at least %2 are needed</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium could not be initialised</translation>
    </message>
    <message>
        <source>the password could not be hashed: not enough memory for argon2id</source>
        <translation>the password could not be hashed: not enough memory for argon2id</translation>
    </message>
    <message>
        <source>the staff id is empty</source>
        <translation>the staff id is empty</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos;: %2</source>
        <translation>staff account &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>adding staff account &apos;%1&apos;</source>
        <translation>adding staff account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; already exists</source>
        <translation>staff account &apos;%1&apos; already exists</translation>
    </message>
    <message>
        <source>there is no staff account &apos;%1&apos;</source>
        <translation>there is no staff account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>changing the password of staff account &apos;%1&apos;</source>
        <translation>changing the password of staff account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>disabling staff account &apos;%1&apos;</source>
        <translation>disabling staff account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unlocking staff account &apos;%1&apos;</source>
        <translation>unlocking staff account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listing the staff accounts</source>
        <translation>listing the staff accounts</translation>
    </message>
    <message>
        <source>logging in as &apos;%1&apos; cannot be recorded in the audit log: %2</source>
        <translation>logging in as &apos;%1&apos; cannot be recorded in the audit log: %2</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>no password was entered</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>the two passwords differ</translation>
    </message>
    <message>
        <source>no password on standard input (one line is expected)</source>
        <translation>no password on standard input (one line is expected)</translation>
    </message>
    <message>
        <source>Add a staff account (the password is read from the terminal or stdin)</source>
        <translation>Add a staff account (the password is read from the terminal or stdin)</translation>
    </message>
    <message>
        <source>Change a staff account&apos;s password</source>
        <translation>Change a staff account&apos;s password</translation>
    </message>
    <message>
        <source>Disable a staff account</source>
        <translation>Disable a staff account</translation>
    </message>
    <message>
        <source>Unlock a staff account locked after wrong passwords</source>
        <translation>Unlock a staff account locked after wrong passwords</translation>
    </message>
    <message>
        <source>List the staff accounts</source>
        <translation>List the staff accounts</translation>
    </message>
    <message>
        <source>The staff id.</source>
        <translation>The staff id.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The role: clerk, supervisor, admin or auditor.</source>
        <translation>The role: clerk, supervisor, admin or auditor.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The office the account belongs to.</source>
        <translation>The office the account belongs to.</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (passwords are never taken from arguments)</source>
        <translation>unexpected argument &apos;%1&apos; (passwords are never taken from arguments)</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION is required</translation>
    </message>
    <message>
        <source>--id ID is required</source>
        <translation>--id ID is required</translation>
    </message>
    <message>
        <source>--role ROLE is required</source>
        <translation>--role ROLE is required</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; the roles are clerk, supervisor, admin and auditor</source>
        <translation>unknown role &apos;%1&apos;; the roles are clerk, supervisor, admin and auditor</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>There are no staff accounts.</source>
        <translation>There are no staff accounts.</translation>
    </message>
    <message>
        <source>Staff account %1 added (%2).</source>
        <translation>Staff account %1 added (%2).</translation>
    </message>
    <message>
        <source>The password of staff account %1 is changed.</source>
        <translation>The password of staff account %1 is changed.</translation>
    </message>
    <message>
        <source>Staff account %1 is disabled.</source>
        <translation>Staff account %1 is disabled.</translation>
    </message>
    <message>
        <source>Staff account %1 is unlocked.</source>
        <translation>Staff account %1 is unlocked.</translation>
    </message>
</context>
<context>
    <name>StaffPull</name>
    <message>
        <source>copying the verifiers of the staff of %1: %2</source>
        <translation>copying the verifiers of the staff of %1: %2</translation>
    </message>
    <message>
        <source>reading the hall&apos;s staff and logins</source>
        <translation>reading the hall&apos;s staff and logins</translation>
    </message>
    <message>
        <source>the branch&apos;s office is not set: whose staff may log in offline?</source>
        <translation>the branch&apos;s office is not set: whose staff may log in offline?</translation>
    </message>
    <message>
        <source>the window must be at least one day, not %1</source>
        <translation>the window must be at least one day, not %1</translation>
    </message>
    <message>
        <source>preparing the staff copy</source>
        <translation>preparing the staff copy</translation>
    </message>
    <message>
        <source>copying account &apos;%1&apos;</source>
        <translation>copying account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading the replica&apos;s staff</source>
        <translation>reading the replica&apos;s staff</translation>
    </message>
    <message>
        <source>removing account &apos;%1&apos; from the replica</source>
        <translation>removing account &apos;%1&apos; from the replica</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>unknown database error</source>
        <translation>unknown database error</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>the transaction was already finished</source>
        <translation>the transaction was already finished</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>committing</translation>
    </message>
</context>
<context>
    <name>SupportCommands</name>
    <message>
        <source>Lift a support measure&apos;s block for one resident for a while (supervisors)</source>
        <translation>Lift a support measure&apos;s block for one resident for a while (supervisors)</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号.</source>
        <translation>The resident&apos;s 宛名番号.</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>What to allow: address (showing it), print or copies.</source>
        <translation>What to allow: address (showing it), print or copies.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Why (for example: the resident in person, identity checked).</source>
        <translation>Why (for example: the resident in person, identity checked).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>How long, 1 to %1 (default %2).</source>
        <translation>How long, 1 to %1 (default %2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>--scope must be address, print or copies, not &apos;%1&apos;</source>
        <translation>--scope must be address, print or copies, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--minutes must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--minutes must be a whole number from 1 to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 is allowed until %3; it locks again by itself.</source>
        <translation>%1: %2 is allowed until %3; it locks again by itself.</translation>
    </message>
    <message>
        <source>List the support measures that end soon (default: within 31 days)</source>
        <translation>List the support measures that end soon (default: within 31 days)</translation>
    </message>
    <message>
        <source>Within N days, 0 to 366 (default 31).</source>
        <translation>Within N days, 0 to 366 (default 31).</translation>
    </message>
    <message>
        <source>--days must be a whole number from 0 to 366, not &apos;%1&apos;</source>
        <translation>--days must be a whole number from 0 to 366, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1  %2  %3  ends %4 (%5 days)%6</source>
        <translation>%1  %2  %3  ends %4 (%5 days)%6</translation>
    </message>
    <message>
        <source>  provisional</source>
        <translation>  provisional</translation>
    </message>
    <message>
        <source>No support measure ends within %1 days.</source>
        <translation>No support measure ends within %1 days.</translation>
    </message>
</context>
<context>
    <name>SupportGuard</name>
    <message>
        <source>showing the address</source>
        <translation>showing the address</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <source>issuing copies</source>
        <translation>issuing copies</translation>
    </message>
    <message>
        <source>the support measures (支援措置) could not be read, so the action is blocked: %1</source>
        <translation>the support measures (支援措置) could not be read, so the action is blocked: %1</translation>
    </message>
    <message>
        <source>reading the support measures</source>
        <translation>reading the support measures</translation>
    </message>
    <message>
        <source>宛名番号 %1: a support measure (支援措置) asks for care before %2</source>
        <translation>宛名番号 %1: a support measure (支援措置) asks for care before %2</translation>
    </message>
    <message>
        <source>宛名番号 %1: a support measure (支援措置) blocks %2; unlocked by a supervisor until %3</source>
        <translation>宛名番号 %1: a support measure (支援措置) blocks %2; unlocked by a supervisor until %3</translation>
    </message>
    <message>
        <source>宛名番号 %1: a support measure (支援措置) blocks %2; a supervisor can unlock it for a limited time</source>
        <translation>宛名番号 %1: a support measure (支援措置) blocks %2; a supervisor can unlock it for a limited time</translation>
    </message>
    <message>
        <source>reading the members of a household</source>
        <translation>reading the members of a household</translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation>no person with id %1</translation>
    </message>
    <message>
        <source>reading the unlocks</source>
        <translation>reading the unlocks</translation>
    </message>
    <message>
        <source>%1; %2 unlocked by a supervisor until %3</source>
        <translation>%1; %2 unlocked by a supervisor until %3</translation>
    </message>
    <message>
        <source>%1; a supervisor can unlock the resident for a limited time, or sync the branch</source>
        <translation>%1; a supervisor can unlock the resident for a limited time, or sync the branch</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 is the replica of branch %2, not %3</source>
        <translation>%1 is the replica of branch %2, not %3</translation>
    </message>
    <message>
        <source>the first sync of a replica needs --branch CODE (for example K01)</source>
        <translation>the first sync of a replica needs --branch CODE (for example K01)</translation>
    </message>
    <message>
        <source>Sync a branch replica with the hall: push its visits, pull the register</source>
        <translation>Sync a branch replica with the hall: push its visits, pull the register</translation>
    </message>
    <message>
        <source>The hall&apos;s database: a postgresql:// URL (the password in the keychain).</source>
        <translation>The hall&apos;s database: a postgresql:// URL (the password in the keychain).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The branch&apos;s code, at the first sync (letters and digits, e.g. K01).</source>
        <translation>The branch&apos;s code, at the first sync (letters and digits, e.g. K01).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The branch&apos;s office as staff accounts name it: its staff may log in offline.</source>
        <translation>The branch&apos;s office as staff accounts name it: its staff may log in offline.</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <source>Staff who logged in at the office within this many days may log in offline (default 14).</source>
        <translation>Staff who logged in at the office within this many days may log in offline (default 14).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>--branch must be a capital letter and up to 7 more capital letters or digits (K01), not &quot;%1&quot;</source>
        <translation>--branch must be a capital letter and up to 7 more capital letters or digits (K01), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--offline-days must be a number from 0 to 365, not &quot;%1&quot;</source>
        <translation>--offline-days must be a number from 0 to 365, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db is the branch&apos;s replica: an SQLite file, not a server</source>
        <translation>--db is the branch&apos;s replica: an SQLite file, not a server</translation>
    </message>
    <message>
        <source>the hall cannot be reached; the branch keeps working on its replica: %1</source>
        <translation>the hall cannot be reached; the branch keeps working on its replica: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pushed %1 visits (%2 applications, %3 audit entries; %4 already at the hall)</source>
        <translation>pushed %1 visits (%2 applications, %3 audit entries; %4 already at the hall)</translation>
    </message>
    <message>
        <source>%1 of the visits are held for a supervisor&apos;s review: the hall&apos;s register changed since the branch read it (madoguchi-cli approval list --kind reconcile)</source>
        <translation>%1 of the visits are held for a supervisor&apos;s review: the hall&apos;s register changed since the branch read it (madoguchi-cli approval list --kind reconcile)</translation>
    </message>
    <message>
        <source>bootstrapped the register: %1 persons, up to change %2</source>
        <translation>bootstrapped the register: %1 persons, up to change %2</translation>
    </message>
    <message>
        <source>pulled %1 changes (%2 → %3); %4 persons</source>
        <translation>pulled %1 changes (%2 → %3); %4 persons</translation>
    </message>
    <message>
        <source>%1 staff may log in offline; %2 ms</source>
        <translation>%1 staff may log in offline; %2 ms</translation>
    </message>
    <message>
        <source>this PC&apos;s catalog %1 (%2) could not be compared with the hall&apos;s: %3</source>
        <translation>this PC&apos;s catalog %1 (%2) could not be compared with the hall&apos;s: %3</translation>
    </message>
    <message>
        <source>it has problems (madoguchi-cli catalog validate)</source>
        <translation>it has problems (madoguchi-cli catalog validate)</translation>
    </message>
    <message>
        <source>the hall has published no catalog: this PC&apos;s catalog could not be compared (madoguchi-cli catalog publish at the hall)</source>
        <translation>the hall has published no catalog: this PC&apos;s catalog could not be compared (madoguchi-cli catalog publish at the hall)</translation>
    </message>
    <message>
        <source>catalog: the same as the hall&apos;s</source>
        <translation>catalog: the same as the hall&apos;s</translation>
    </message>
    <message>
        <source>This PC&apos;s catalog, compared with the one the hall published (default: MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog).</source>
        <translation>This PC&apos;s catalog, compared with the one the hall published (default: MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Rows copied per transaction in a first sync (default 20000); smaller pages commit more often on a slow link.</source>
        <translation>Rows copied per transaction in a first sync (default 20000); smaller pages commit more often on a slow link.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--page-rows must be a number from 1 to 1000000, not &quot;%1&quot;</source>
        <translation>--page-rows must be a number from 1 to 1000000, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>reading the replica&apos;s sync state</source>
        <translation>reading the replica&apos;s sync state</translation>
    </message>
    <message>
        <source>storing %1 in the replica</source>
        <translation>storing %1 in the replica</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>the hall cannot be reached; the desk keeps working on its replica: %1</source>
        <translation>the hall cannot be reached; the desk keeps working on its replica: %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>40 minutes or more</source>
        <translation>40 minutes or more</translation>
    </message>
    <message>
        <source>20 minutes or more</source>
        <translation>20 minutes or more</translation>
    </message>
</context>
<context>
    <name>TextCommands</name>
    <message>
        <source>Check the check digit of 個人番号, 宛名番号, 世帯番号 or 団体コード</source>
        <translation>Check the check digit of 個人番号, 宛名番号, 世帯番号 or 団体コード</translation>
    </message>
    <message>
        <source>mynumber, atena, setai or lgcode</source>
        <translation>mynumber, atena, setai or lgcode</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Identifiers; full-width digits, spaces and hyphens are allowed</source>
        <translation>Identifiers; full-width digits, spaces and hyphens are allowed</translation>
    </message>
    <message>
        <source>VALUE…</source>
        <translation>VALUE…</translation>
    </message>
    <message>
        <source>give a KIND and at least one VALUE</source>
        <translation>give a KIND and at least one VALUE</translation>
    </message>
    <message>
        <source>unknown KIND &apos;%1&apos;: use mynumber, atena, setai or lgcode</source>
        <translation>unknown KIND &apos;%1&apos;: use mynumber, atena, setai or lgcode</translation>
    </message>
    <message>
        <source>%1	valid	%2</source>
        <translation>%1	valid	%2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>Read dates (和暦, 西暦, 不詳) and show how they are stored</source>
        <translation>Read dates (和暦, 西暦, 不詳) and show how they are stored</translation>
    </message>
    <message>
        <source>Dates as a clerk types them: 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, 昭和40年頃, 不詳 …</source>
        <translation>Dates as a clerk types them: 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, 昭和40年頃, 不詳 …</translation>
    </message>
    <message>
        <source>INPUT…</source>
        <translation>INPUT…</translation>
    </message>
    <message>
        <source>give at least one date</source>
        <translation>give at least one date</translation>
    </message>
</context>
<context>
    <name>TextFoldCommand</name>
    <message>
        <source>Print the search key of each string</source>
        <translation>Print the search key of each string</translation>
    </message>
    <message>
        <source>Also fold the kanji variants of a city&apos;s table FILE (docs/text-folding.md).</source>
        <translation>Also fold the kanji variants of a city&apos;s table FILE (docs/text-folding.md).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A name, kana or any text to fold.</source>
        <translation>A name, kana or any text to fold.</translation>
    </message>
    <message>
        <source>give at least one STRING to fold</source>
        <translation>give at least one STRING to fold</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>Issue a waiting ticket for a purpose: its number and the people ahead</source>
        <translation>Issue a waiting ticket for a purpose: its number and the people ahead</translation>
    </message>
    <message>
        <source>The queue purpose (A, B … as `counter list` and the purposes show).</source>
        <translation>The queue purpose (A, B … as `counter list` and the purposes show).</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>PURPOSE</translation>
    </message>
    <message>
        <source>ordinary (default), elderly (elderly or disabled), pregnant or appointment.</source>
        <translation>ordinary (default), elderly (elderly or disabled), pregnant or appointment.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASS</translation>
    </message>
    <message>
        <source>The booked time today, HH:MM (with --priority appointment).</source>
        <translation>The booked time today, HH:MM (with --priority appointment).</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>unknown --priority &apos;%1&apos;</source>
        <translation>unknown --priority &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--appointment-at wants HH:MM, not &apos;%1&apos;</source>
        <translation>--appointment-at wants HH:MM, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--appointment-at goes with --priority appointment, and only with it</source>
        <translation>--appointment-at goes with --priority appointment, and only with it</translation>
    </message>
    <message>
        <source>%1  %2  people ahead: %3</source>
        <translation>%1  %2  people ahead: %3</translation>
    </message>
    <message>
        <source>Call the next waiting ticket to a counter, and say why that one</source>
        <translation>Call the next waiting ticket to a counter, and say why that one</translation>
    </message>
    <message>
        <source>The counter that calls.</source>
        <translation>The counter that calls.</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>Nobody is waiting for counter %1.</translation>
    </message>
    <message>
        <source>%1 to counter %2 (%3)</source>
        <translation>%1 to counter %2 (%3)</translation>
    </message>
    <message>
        <source>Start serving a called ticket</source>
        <translation>Start serving a called ticket</translation>
    </message>
    <message>
        <source>Finish a ticket</source>
        <translation>Finish a ticket</translation>
    </message>
    <message>
        <source>Mark a called ticket as not shown</source>
        <translation>Mark a called ticket as not shown</translation>
    </message>
    <message>
        <source>Put a ticket on hold</source>
        <translation>Put a ticket on hold</translation>
    </message>
    <message>
        <source>Return a ticket on hold to the waiting, in its place</source>
        <translation>Return a ticket on hold to the waiting, in its place</translation>
    </message>
    <message>
        <source>Send a ticket to another purpose&apos;s queue, keeping its place</source>
        <translation>Send a ticket to another purpose&apos;s queue, keeping its place</translation>
    </message>
    <message>
        <source>Today&apos;s ticket number (A-012).</source>
        <translation>Today&apos;s ticket number (A-012).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>The purpose it goes to.</source>
        <translation>The purpose it goes to.</translation>
    </message>
    <message>
        <source>there is no ticket %1 today</source>
        <translation>there is no ticket %1 today</translation>
    </message>
    <message>
        <source>%1 is now %2 (its place is kept).</source>
        <translation>%1 is now %2 (its place is kept).</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>List today&apos;s tickets and their states</source>
        <translation>List today&apos;s tickets and their states</translation>
    </message>
    <message>
        <source>Add a counter and the purposes it serves</source>
        <translation>Add a counter and the purposes it serves</translation>
    </message>
    <message>
        <source>The counter&apos;s id (1, 2 …).</source>
        <translation>The counter&apos;s id (1, 2 …).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Its name (1番窓口).</source>
        <translation>Its name (1番窓口).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The purposes it serves: A,B …</source>
        <translation>The purposes it serves: A,B …</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Its office (本庁, a branch).</source>
        <translation>Its office (本庁, a branch).</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <source>Counter %1 added.</source>
        <translation>Counter %1 added.</translation>
    </message>
    <message>
        <source>List the counters and the purposes they serve</source>
        <translation>List the counters and the purposes they serve</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>writing the history of ticket %1</source>
        <translation>writing the history of ticket %1</translation>
    </message>
    <message>
        <source>reading the queue purposes</source>
        <translation>reading the queue purposes</translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation>reading the counters</translation>
    </message>
    <message>
        <source>a counter needs an id and a name</source>
        <translation>a counter needs an id and a name</translation>
    </message>
    <message>
        <source>counter %1 serves no purpose; give at least one</source>
        <translation>counter %1 serves no purpose; give at least one</translation>
    </message>
    <message>
        <source>counter %1: there is no queue purpose &apos;%2&apos;</source>
        <translation>counter %1: there is no queue purpose &apos;%2&apos;</translation>
    </message>
    <message>
        <source>counter %1 exists already</source>
        <translation>counter %1 exists already</translation>
    </message>
    <message>
        <source>adding counter %1</source>
        <translation>adding counter %1</translation>
    </message>
    <message>
        <source>numbering a ticket of %1</source>
        <translation>numbering a ticket of %1</translation>
    </message>
    <message>
        <source>numbering a ticket of %1 gave no number</source>
        <translation>numbering a ticket of %1 gave no number</translation>
    </message>
    <message>
        <source>issuing ticket %1</source>
        <translation>issuing ticket %1</translation>
    </message>
    <message>
        <source>issuing ticket %1 gave no id</source>
        <translation>issuing ticket %1 gave no id</translation>
    </message>
    <message>
        <source>an appointment ticket needs the booked time</source>
        <translation>an appointment ticket needs the booked time</translation>
    </message>
    <message>
        <source>there is no active queue purpose &apos;%1&apos;</source>
        <translation>there is no active queue purpose &apos;%1&apos;</translation>
    </message>
    <message>
        <source>counting the people ahead of %1</source>
        <translation>counting the people ahead of %1</translation>
    </message>
    <message>
        <source>there is no active counter &apos;%1&apos;</source>
        <translation>there is no active counter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reading the tickets waiting for counter %1</source>
        <translation>reading the tickets waiting for counter %1</translation>
    </message>
    <message>
        <source>calling ticket %1 at counter %2</source>
        <translation>calling ticket %1 at counter %2</translation>
    </message>
    <message>
        <source>ticket %1 vanished after it was called</source>
        <translation>ticket %1 vanished after it was called</translation>
    </message>
    <message>
        <source>counter %1 could not call a ticket: other desks kept calling the same tickets first; try again</source>
        <translation>counter %1 could not call a ticket: other desks kept calling the same tickets first; try again</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>there is no ticket %1</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be %3</source>
        <translation>%1 is %2; it cannot be %3</translation>
    </message>
    <message>
        <source>changing ticket %1</source>
        <translation>changing ticket %1</translation>
    </message>
    <message>
        <source>%1 was changed at another desk meanwhile; look again</source>
        <translation>%1 was changed at another desk meanwhile; look again</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>marked as not shown</source>
        <translation>marked as not shown</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>put on hold</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
    <message>
        <source>no visit reference to link</source>
        <translation>no visit reference to link</translation>
    </message>
    <message>
        <source>linked to a visit</source>
        <translation>linked to a visit</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>visit %1</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be redirected</source>
        <translation>%1 is %2; it cannot be redirected</translation>
    </message>
    <message>
        <source>%1 is already a ticket of %2</source>
        <translation>%1 is already a ticket of %2</translation>
    </message>
    <message>
        <source>redirected from %1</source>
        <translation>redirected from %1</translation>
    </message>
    <message>
        <source>redirecting ticket %1</source>
        <translation>redirecting ticket %1</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>redirected to %1</translation>
    </message>
    <message>
        <source>reading ticket %1</source>
        <translation>reading ticket %1</translation>
    </message>
    <message>
        <source>reading the tickets of %1</source>
        <translation>reading the tickets of %1</translation>
    </message>
    <message>
        <source>reading the history of ticket %1</source>
        <translation>reading the history of ticket %1</translation>
    </message>
    <message>
        <source>counting the waiting tickets</source>
        <translation>counting the waiting tickets</translation>
    </message>
    <message>
        <source>calling the next ticket at counter %1</source>
        <translation>calling the next ticket at counter %1</translation>
    </message>
    <message>
        <source>reading counter %1</source>
        <translation>reading counter %1</translation>
    </message>
    <message>
        <source>readying the calls of counter %1</source>
        <translation>readying the calls of counter %1</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>Show a visit&apos;s applications, live, and its guidance slip</source>
        <translation>Show a visit&apos;s applications, live, and its guidance slip</translation>
    </message>
    <message>
        <source>The visit reference (V20261126-000001).</source>
        <translation>The visit reference (V20261126-000001).</translation>
    </message>
    <message>
        <source>usage: visit show --db LOCATION REF</source>
        <translation>usage: visit show --db LOCATION REF</translation>
    </message>
    <message>
        <source>Visit %1: %2 %3 (%4), 宛名番号 %5</source>
        <translation>Visit %1: %2 %3 (%4), 宛名番号 %5</translation>
    </message>
    <message>
        <source>registered in %1 as %2</source>
        <translation>registered in %1 as %2</translation>
    </message>
    <message>
        <source>waiting to be sent again at %1: %2</source>
        <translation>waiting to be sent again at %1: %2</translation>
    </message>
    <message>
        <source>refused by %1: %2</source>
        <translation>refused by %1: %2</translation>
    </message>
    <message>
        <source>received, %1</source>
        <translation>received, %1</translation>
    </message>
    <message>
        <source>  deadline %1</source>
        <translation>  deadline %1</translation>
    </message>
    <message>
        <source>Submit realistic demo visits through the real checklist and submit path</source>
        <translation>Submit realistic demo visits through the real checklist and submit path</translation>
    </message>
    <message>
        <source>How many visits, 1 to 100000.</source>
        <translation>How many visits, 1 to 100000.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the draws (default 1).</source>
        <translation>Seed of the draws (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The day of the visits (default: today).</source>
        <translation>The day of the visits (default: today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>usage: demo submit --db LOCATION --visits N (1 to 100000)</source>
        <translation>usage: demo submit --db LOCATION --visits N (1 to 100000)</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed must be a whole number</translation>
    </message>
    <message>
        <source>--today must be a date</source>
        <translation>--today must be a date</translation>
    </message>
    <message>
        <source>this is not a demo database: give --as STAFF_ID (a clerk) to submit visits</source>
        <translation>this is not a demo database: give --as STAFF_ID (a clerk) to submit visits</translation>
    </message>
    <message>
        <source>%1 visits submitted (%2 applications), %3 skipped; %4 … %5</source>
        <translation>%1 visits submitted (%2 applications), %3 skipped; %4 … %5</translation>
    </message>
    <message>
        <source>last skipped: %1</source>
        <translation>last skipped: %1</translation>
    </message>
    <message>
        <source>, to bring</source>
        <translation>, to bring</translation>
    </message>
    <message>
        <source>, to bring by %1</source>
        <translation>, to bring by %1</translation>
    </message>
    <message>
        <source>  data used: %1%2, filled %3</source>
        <translation>  data used: %1%2, filled %3</translation>
    </message>
    <message>
        <source>  consent to %1: %2 for %3 → %4 (%5)</source>
        <translation>  consent to %1: %2 for %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>VisitInProgress</name>
    <message>
        <source>choose a resident first</source>
        <translation>choose a resident first</translation>
    </message>
    <message>
        <source>the life event</source>
        <translation>the life event</translation>
    </message>
    <message>
        <source>choose the life event first</source>
        <translation>choose the life event first</translation>
    </message>
    <message>
        <source>%1: say why it is left out</source>
        <translation>%1: say why it is left out</translation>
    </message>
</context>
<context>
    <name>VisitRecords</name>
    <message>
        <source>the scan %1 of document %2: %3</source>
        <translation>the scan %1 of document %2: %3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it is %1 MB; the limit is %2 MB</source>
        <translation>it is %1 MB; the limit is %2 MB</translation>
    </message>
    <message>
        <source>its content is not a PDF, PNG or JPEG</source>
        <translation>its content is not a PDF, PNG or JPEG</translation>
    </message>
    <message>
        <source>it is said to be %1 but its content is %2</source>
        <translation>it is said to be %1 but its content is %2</translation>
    </message>
    <message>
        <source>its SHA-256 does not match its content</source>
        <translation>its SHA-256 does not match its content</translation>
    </message>
    <message>
        <source>visit %1: document %2 belongs to %3, which is not one of the visit&apos;s applications</source>
        <translation>visit %1: document %2 belongs to %3, which is not one of the visit&apos;s applications</translation>
    </message>
    <message>
        <source>visit %1: document %2 has a negative position</source>
        <translation>visit %1: document %2 has a negative position</translation>
    </message>
    <message>
        <source>visit %1: document %2 is recorded twice</source>
        <translation>visit %1: document %2 is recorded twice</translation>
    </message>
    <message>
        <source>visit %1: document %2 is recorded as scanned but has no scan</source>
        <translation>visit %1: document %2 is recorded as scanned but has no scan</translation>
    </message>
    <message>
        <source>visit %1: the consent to %2 has no time</source>
        <translation>visit %1: the consent to %2 has no time</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>the file %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>the file %1 is empty: scan the document again</source>
        <translation>the file %1 is empty: scan the document again</translation>
    </message>
    <message>
        <source>the file %1 is %2 MB; a scan may be at most %3 MB (scan in black and white or at a lower resolution)</source>
        <translation>the file %1 is %2 MB; a scan may be at most %3 MB (scan in black and white or at a lower resolution)</translation>
    </message>
    <message>
        <source>cannot read the file %1: %2</source>
        <translation>cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>the file %1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>the file %1 is not a PDF, PNG or JPEG (it begins with %2), whatever its name says: attach the scanner&apos;s PDF or image</source>
        <translation>the file %1 is not a PDF, PNG or JPEG (it begins with %2), whatever its name says: attach the scanner&apos;s PDF or image</translation>
    </message>
    <message>
        <source>writing the records of visit %1</source>
        <translation>writing the records of visit %1</translation>
    </message>
    <message>
        <source>reading the records of visit %1</source>
        <translation>reading the records of visit %1</translation>
    </message>
    <message>
        <source>visit %1: document %2 has the unknown status &quot;%3&quot;</source>
        <translation>visit %1: document %2 has the unknown status &quot;%3&quot;</translation>
    </message>
    <message>
        <source>reading a scan of visit %1</source>
        <translation>reading a scan of visit %1</translation>
    </message>
    <message>
        <source>visit %1 has no scan for document #%2 of %3</source>
        <translation>visit %1 has no scan for document #%2 of %3</translation>
    </message>
</context>
<context>
    <name>VisitReference</name>
    <message>
        <source>numbering the visit</source>
        <translation>numbering the visit</translation>
    </message>
    <message>
        <source>numbering the visit gave no number</source>
        <translation>numbering the visit gave no number</translation>
    </message>
    <message>
        <source>reading the branch code</source>
        <translation>reading the branch code</translation>
    </message>
    <message>
        <source>the branch code &quot;%1&quot; in this database is not valid (a capital letter, then up to 7 capital letters and digits); visits cannot be numbered until it is corrected</source>
        <translation>the branch code &quot;%1&quot; in this database is not valid (a capital letter, then up to 7 capital letters and digits); visits cannot be numbered until it is corrected</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>reading visit %1</source>
        <translation>reading visit %1</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>there is no visit %1</translation>
    </message>
    <message>
        <source>reading the delivery of visit %1</source>
        <translation>reading the delivery of visit %1</translation>
    </message>
</context>
<context>
    <name>VisitSubmission</name>
    <message>
        <source>reading the city code</source>
        <translation>reading the city code</translation>
    </message>
    <message>
        <source>the register</source>
        <translation>the register</translation>
    </message>
    <message>
        <source>%1 is left out without a reason</source>
        <translation>%1 is left out without a reason</translation>
    </message>
    <message>
        <source>the forms are not complete; answer or leave out with a reason: %1</source>
        <translation>the forms are not complete; answer or leave out with a reason: %1</translation>
    </message>
    <message>
        <source>nothing to submit: no procedure applies or all are left out</source>
        <translation>nothing to submit: no procedure applies or all are left out</translation>
    </message>
    <message>
        <source>finding the resident</source>
        <translation>finding the resident</translation>
    </message>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>no resident with 宛名番号 %1</translation>
    </message>
    <message>
        <source>writing visit %1</source>
        <translation>writing visit %1</translation>
    </message>
    <message>
        <source>checking visit reference %1</source>
        <translation>checking visit reference %1</translation>
    </message>
    <message>
        <source>visit reference %1 is already used by another visit</source>
        <translation>visit reference %1 is already used by another visit</translation>
    </message>
    <message>
        <source>reading the register versions</source>
        <translation>reading the register versions</translation>
    </message>
    <message>
        <source>the certificate %1 no longer passes verification: %2</source>
        <translation>the certificate %1 no longer passes verification: %2</translation>
    </message>
    <message>
        <source>the resident&apos;s consent to use the certificate %1 is not recorded</source>
        <translation>the resident&apos;s consent to use the certificate %1 is not recorded</translation>
    </message>
    <message>
        <source>two certificates of the type %1 about the same person: keep one</source>
        <translation>two certificates of the type %1 about the same person: keep one</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApprovalsPanel</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Deny…</translation>
    </message>
    <message>
        <source>Show requests that are</source>
        <translation>Show requests that are</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Show requests of the kind</source>
        <translation>Show requests of the kind</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Result of the last decision</source>
        <translation>Result of the last decision</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Approval requests</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Checklist override</source>
        <translation>Checklist override</translation>
    </message>
    <message>
        <source>支援措置 unlock</source>
        <translation>支援措置 unlock</translation>
    </message>
    <message>
        <source>Register correction (仮登録)</source>
        <translation>Register correction (仮登録)</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>left out %1</source>
        <translation>left out %1</translation>
    </message>
    <message>
        <source>added %1 for %2</source>
        <translation>added %1 for %2</translation>
    </message>
    <message>
        <source>left out %1 for %2</source>
        <translation>left out %1 for %2</translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation>%1, %2 min</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>Choose a request first.</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 for %2 (%3)</translation>
    </message>
    <message>
        <source>Approve %1? A comment (optional, recorded):</source>
        <translation>Approve %1? A comment (optional, recorded):</translation>
    </message>
    <message>
        <source>Deny %1? Why (required, recorded):</source>
        <translation>Deny %1? Why (required, recorded):</translation>
    </message>
    <message>
        <source>A denial needs a comment: nothing was decided.</source>
        <translation>A denial needs a comment: nothing was decided.</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>Approved: %1.</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>Denied: %1.</translation>
    </message>
    <message>
        <source>Branch visit: register changed at the hall</source>
        <translation>Branch visit: register changed at the hall</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AuditPanel</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>staff id, e.g. k.sato</source>
        <translation>staff id, e.g. k.sato</translation>
    </message>
    <message>
        <source>Resident (宛名番号)</source>
        <translation>Resident (宛名番号)</translation>
    </message>
    <message>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Any action</translation>
    </message>
    <message>
        <source>2026-04-01 or R8.4.1</source>
        <translation>2026-04-01 or R8.4.1</translation>
    </message>
    <message>
        <source>From (date, inclusive)</source>
        <translation>From (date, inclusive)</translation>
    </message>
    <message>
        <source>To (date, inclusive)</source>
        <translation>To (date, inclusive)</translation>
    </message>
    <message>
        <source>Review query</source>
        <translation>Review query</translation>
    </message>
    <message>
        <source>No review: every entry</source>
        <translation>No review: every entry</translation>
    </message>
    <message>
        <source>Late night (22:00–06:00)</source>
        <translation>Late night (22:00–06:00)</translation>
    </message>
    <message>
        <source>Holidays and closed days</source>
        <translation>Holidays and closed days</translation>
    </message>
    <message>
        <source>Mass searches</source>
        <translation>Mass searches</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Failed logins</translation>
    </message>
    <message>
        <source>Mass searches: more than this many in one hour</source>
        <translation>Mass searches: more than this many in one hour</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Search the audit log</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verify the audit chain</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Result of the last query</source>
        <translation>Result of the last query</translation>
    </message>
    <message>
        <source>Verify report</source>
        <translation>Verify report</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>R&amp;esident:</source>
        <translation>R&amp;esident:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>T&amp;hreshold:</translation>
    </message>
    <message>
        <source>No resident has 宛名番号 %1.</source>
        <translation>No resident has 宛名番号 %1.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>“To” is before “From”.</source>
        <translation>“To” is before “From”.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time (Japan)</source>
        <translation>Time (Japan)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Resident (person id)</source>
        <translation>Resident (person id)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source> (purpose: %1)</source>
        <translation> (purpose: %1)</translation>
    </message>
    <message>
        <source> [個人番号 shown]</source>
        <translation> [個人番号 shown]</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>No audit entries match.</translation>
    </message>
    <message numerus="yes">
        <source>Audit entries found: %n.</source>
        <translation>
            <numerusform>Audit entries found: %n.</numerusform>
            <numerusform>Audit entries found: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour (Japan)</source>
        <translation>Hour (Japan)</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Searches</translation>
    </message>
    <message>
        <source>No operator made more than %1 searches in one hour.</source>
        <translation>No operator made more than %1 searches in one hour.</translation>
    </message>
    <message numerus="yes">
        <source>%n operator-hour(s) with more than %1 searches.</source>
        <translation>
            <numerusform>%n operator-hour(s) with more than %1 searches.</numerusform>
            <numerusform>%n operator-hour(s) with more than %1 searches.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, last hash %2.</source>
        <translation>The audit chain is intact: %1 entries, last hash %2.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1 (%2): %3</source>
        <translation>The audit chain is broken at entry %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BranchDesk</name>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <source>A sync with the hall is already running.</source>
        <translation>A sync with the hall is already running.</translation>
    </message>
    <message>
        <source>No hall is set for this branch: enter its URL in the settings.</source>
        <translation>No hall is set for this branch: enter its URL in the settings.</translation>
    </message>
    <message>
        <source>Syncing with the hall…</source>
        <translation>Syncing with the hall…</translation>
    </message>
    <message>
        <source>Syncing with the hall: %1, %2 of %3</source>
        <translation>Syncing with the hall: %1, %2 of %3</translation>
    </message>
    <message>
        <source>Syncing with the hall: %1, %2</source>
        <translation>Syncing with the hall: %1, %2</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BranchStatus</name>
    <message>
        <source>Branch sync status</source>
        <translation>Branch sync status</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch: the replica&apos;s sync state cannot be read</source>
        <translation>Branch: the replica&apos;s sync state cannot be read</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <source>no hall set (Branch → Sync Now opens the settings)</source>
        <translation>no hall set (Branch → Sync Now opens the settings)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>OFFLINE since %1</source>
        <translation>OFFLINE since %1</translation>
    </message>
    <message>
        <source>SYNC FAILED at %1</source>
        <translation>SYNC FAILED at %1</translation>
    </message>
    <message>
        <source>never synced: no data from the hall yet</source>
        <translation>never synced: no data from the hall yet</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <source>data from %1 (%2)</source>
        <translation>data from %1 (%2)</translation>
    </message>
    <message>
        <source>支援措置 data too old: every resident needs a supervisor&apos;s unlock until the next sync</source>
        <translation>支援措置 data too old: every resident needs a supervisor&apos;s unlock until the next sync</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>Hall: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>none set</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Last pull: %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>Last push: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BranchSyncer</name>
    <message>
        <source>the hall &quot;%1&quot; is not a postgresql:// URL (File → Settings…)</source>
        <translation>the hall &quot;%1&quot; is not a postgresql:// URL (File → Settings…)</translation>
    </message>
    <message numerus="yes">
        <source>bootstrapped the register (%n persons)</source>
        <translation>
            <numerusform>bootstrapped the register (%n persons)</numerusform>
            <numerusform>bootstrapped the register (%n persons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pulled %n changes</source>
        <translation>
            <numerusform>pulled %n changes</numerusform>
            <numerusform>pulled %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced with the hall: pushed %n visits, </source>
        <translation>
            <numerusform>Synced with the hall: pushed %n visits, </numerusform>
            <numerusform>Synced with the hall: pushed %n visits, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n held for a supervisor&apos;s review</source>
        <translation>
            <numerusform>; %n held for a supervisor&apos;s review</numerusform>
            <numerusform>; %n held for a supervisor&apos;s review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CatalogPanel</name>
    <message>
        <source>Life event / procedure</source>
        <translation>Life event / procedure</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message numerus="yes">
        <source>Procedure catalog: %1 — %n procedure(s) in force</source>
        <translation>
            <numerusform>Procedure catalog: %1 — %n procedure(s) in force</numerusform>
            <numerusform>Procedure catalog: %1 — %n procedure(s) in force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Procedure catalog: %1 — not used, %n problem(s)</source>
        <translation>
            <numerusform>Procedure catalog: %1 — not used, %n problem(s)</numerusform>
            <numerusform>Procedure catalog: %1 — not used, %n problem(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificateDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>✓ Verified: %1 issued by %2 for %3 (born %4), valid from %5 until %6.</source>
        <translation>✓ Verified: %1 issued by %2 for %3 (born %4), valid from %5 until %6.</translation>
    </message>
    <message>
        <source>✗ Not accepted: %1 (%2).</source>
        <translation>✗ Not accepted: %1 (%2).</translation>
    </message>
    <message>
        <source>What the certificate says</source>
        <translation>What the certificate says</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Ask the resident: may the city keep this certificate with the visit? No form of this visit uses it.</source>
        <translation>Ask the resident: may the city keep this certificate with the visit? No form of this visit uses it.</translation>
    </message>
    <message>
        <source>Ask the resident: may the city use this certificate for %1 and send it to %2?</source>
        <translation>Ask the resident: may the city use this certificate for %1 and send it to %2?</translation>
    </message>
    <message>
        <source>&amp;Agrees</source>
        <translation>&amp;Agrees</translation>
    </message>
    <message>
        <source>Does &amp;not agree</source>
        <translation>Does &amp;not agree</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ChecklistPanel</name>
    <message>
        <source>Show procedures that do &amp;not apply</source>
        <translation>Show procedures that do &amp;not apply</translation>
    </message>
    <message>
        <source>Leave &amp;out…</source>
        <translation>Leave &amp;out…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>Checklist summary</translation>
    </message>
    <message>
        <source>Procedures of the visit</source>
        <translation>Procedures of the visit</translation>
    </message>
    <message>
        <source>Delete or Space leaves the selected procedure out, keeps it again, adds it or removes an addition</source>
        <translation>Delete or Space leaves the selected procedure out, keeps it again, adds it or removes an addition</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Documents / status</source>
        <translation>Documents / status</translation>
    </message>
    <message>
        <source>The selected procedure</source>
        <translation>The selected procedure</translation>
    </message>
    <message>
        <source>Show procedures that do not apply</source>
        <translation>Show procedures that do not apply</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>a member: id, name, relationship</comment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day(s) left</numerusform>
            <numerusform>%n day(s) left</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day(s) overdue</numerusform>
            <numerusform>%n day(s) overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>left out: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>questions open</source>
        <translation>questions open</translation>
    </message>
    <message>
        <source>not in force on the day of the event</source>
        <translation>not in force on the day of the event</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) for %1</source>
        <translation>
            <numerusform>%n procedure(s) for %1</numerusform>
            <numerusform>%n procedure(s) for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person(s)</numerusform>
            <numerusform>%n person(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a procedure to see its reason, deadline and documents in full.</source>
        <translation>Select a procedure to see its reason, deadline and documents in full.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Keep the selected procedure</source>
        <translation>Keep the selected procedure</translation>
    </message>
    <message>
        <source>Leave the selected procedure out</source>
        <translation>Leave the selected procedure out</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected addition</source>
        <translation>Remove the selected addition</translation>
    </message>
    <message>
        <source>Add the selected procedure</source>
        <translation>Add the selected procedure</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>the household</translation>
    </message>
    <message>
        <source>Reason for leaving out</source>
        <translation>Reason for leaving out</translation>
    </message>
    <message>
        <source>Why is %1 left out for %2? The reason is recorded with the visit.</source>
        <translation>Why is %1 left out for %2? The reason is recorded with the visit.</translation>
    </message>
    <message>
        <source>Reason for adding</source>
        <translation>Reason for adding</translation>
    </message>
    <message>
        <source>Why is %1 added for %2? The reason is recorded with the visit.</source>
        <translation>Why is %1 added for %2? The reason is recorded with the visit.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CorrectionRequestDialog</name>
    <message>
        <source>male (1)</source>
        <translation>male (1)</translation>
    </message>
    <message>
        <source>female (2)</source>
        <translation>female (2)</translation>
    </message>
    <message>
        <source>not applicable (9)</source>
        <translation>not applicable (9)</translation>
    </message>
    <message>
        <source>unknown (0)</source>
        <translation>unknown (0)</translation>
    </message>
    <message>
        <source>Request a correction — %1</source>
        <translation>Request a correction — %1</translation>
    </message>
    <message>
        <source>Correct the register record of %1 (宛名番号 %2). Type only the new values; an empty field stays as it is. The register changes when a supervisor approves the request.</source>
        <translation>Correct the register record of %1 (宛名番号 %2). Type only the new values; an empty field stays as it is. The register changes when a supervisor approves the request.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>On the register</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>昭和60年6月12日, S60.6.12, 1985-06-12 …</source>
        <translation>昭和60年6月12日, S60.6.12, 1985-06-12 …</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Required: what is wrong, and what shows the right value</source>
        <translation>Required: what is wrong, and what shows the right value</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Why the request was not sent</source>
        <translation>Why the request was not sent</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <source>Name (氏名)</source>
        <translation>Name (氏名)</translation>
    </message>
    <message>
        <source>Name in kana (フリガナ)</source>
        <translation>Name in kana (フリガナ)</translation>
    </message>
    <message>
        <source>Date of birth (生年月日)</source>
        <translation>Date of birth (生年月日)</translation>
    </message>
    <message>
        <source>Sex (性別)</source>
        <translation>Sex (性別)</translation>
    </message>
    <message>
        <source>Former surname (旧氏)</source>
        <translation>Former surname (旧氏)</translation>
    </message>
    <message>
        <source>Former surname in kana (旧氏フリガナ)</source>
        <translation>Former surname in kana (旧氏フリガナ)</translation>
    </message>
    <message>
        <source>Alias (通称)</source>
        <translation>Alias (通称)</translation>
    </message>
    <message>
        <source>Alias in kana (通称フリガナ)</source>
        <translation>Alias in kana (通称フリガナ)</translation>
    </message>
    <message>
        <source>Name in the alphabet (ローマ字)</source>
        <translation>Name in the alphabet (ローマ字)</translation>
    </message>
    <message>
        <source>%1 on the register</source>
        <translation>%1 on the register</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DatabaseStatusBar</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>City hall</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Schema version %1</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DeskSession</name>
    <message>
        <source>Log Out</source>
        <translation>Log Out</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <source>Log out %1? Anything not yet saved at this desk is discarded.</source>
        <translation>Log out %1? Anything not yet saved at this desk is discarded.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DeskTicket</name>
    <message>
        <source>Serving %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>Called %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>Nobody is waiting for counter %1.</translation>
    </message>
    <message>
        <source>Called %1 to counter %2 — %3</source>
        <translation>Called %1 to counter %2 — %3</translation>
    </message>
    <message>
        <source>%1 did not come.</source>
        <translation>%1 did not come.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentsDialog</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>presented (paper checked)</source>
        <translation>presented (paper checked)</translation>
    </message>
    <message>
        <source>scanned and attached</source>
        <translation>scanned and attached</translation>
    </message>
    <message>
        <source>digital certificate</source>
        <translation>digital certificate</translation>
    </message>
    <message>
        <source>missing: to bring</source>
        <translation>missing: to bring</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Record each document: 1 presented on paper, 2 scanned (attach the file), 3 digital certificate (F10 reads one), 4 missing — the slip then says what to bring and by when. 0 clears.</source>
        <translation>Record each document: 1 presented on paper, 2 scanned (attach the file), 3 digital certificate (F10 reads one), 4 missing — the slip then says what to bring and by when. 0 clears.</translation>
    </message>
    <message>
        <source>Documents of the visit</source>
        <translation>Documents of the visit</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>Attach a scanned document</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <source>Only paper will do for this document.</source>
        <translation>Only paper will do for this document.</translation>
    </message>
    <message>
        <source>No certificate of this kind about this person was read with the resident&apos;s consent: read it with F10 first.</source>
        <translation>No certificate of this kind about this person was read with the resident&apos;s consent: read it with F10 first.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::EventPanel</name>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Show the &amp;checklist</source>
        <translation>Show the &amp;checklist</translation>
    </message>
    <message>
        <source>Show the checklist for this life event</source>
        <translation>Show the checklist for this life event</translation>
    </message>
    <message>
        <source>What brings the resident? Choose the life event, its date and answer its questions.</source>
        <translation>What brings the resident? Choose the life event, its date and answer its questions.</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source>Choose the life event first.</source>
        <translation>Choose the life event first.</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Give the date.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FieldEditor</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. R8.11.15, 令和8年11月15日 or 2026-11-15</source>
        <translation>e.g. R8.11.15, 令和8年11月15日 or 2026-11-15</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>12 digits, or ↓ whose number (from the register)</source>
        <translation>12 digits, or ↓ whose number (from the register)</translation>
    </message>
    <message>
        <source>%1 — not an exact day</source>
        <translation>%1 — not an exact day</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 of %2 digits</translation>
    </message>
    <message>
        <source>check digit OK</source>
        <translation>check digit OK</translation>
    </message>
    <message>
        <source>↓ lists the household&apos;s names</source>
        <translation>↓ lists the household&apos;s names</translation>
    </message>
    <message>
        <source>or its postal code (5300001), then the rest</source>
        <translation>or its postal code (5300001), then the rest</translation>
    </message>
    <message>
        <source>%1: no town has this postal code</source>
        <translation>%1: no town has this postal code</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FindPanel</name>
    <message>
        <source>Name, kana, birth date (S50.4.1), address or number — search as you type</source>
        <translation>Name, kana, birth date (S50.4.1), address or number — search as you type</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>Find a resident</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>Residents found</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::HomePage</name>
    <message>
        <source>Demo database: every person in it is made up.</source>
        <translation>Demo database: every person in it is made up.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>No city is set in this database yet</source>
        <translation>No city is set in this database yet</translation>
    </message>
    <message>
        <source>Local government code %1</source>
        <translation>Local government code %1</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>The register could not be read: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::InterviewPanel</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Nothing left to ask.</source>
        <translation>Nothing left to ask.</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LoginDialog</name>
    <message>
        <source>Madoguchi — Log In</source>
        <translation>Madoguchi — Log In</translation>
    </message>
    <message>
        <source>Log in with your staff id and password.</source>
        <translation>Log in with your staff id and password.</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Staff id:</source>
        <translation>Staff id:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Madoguchi — Locked</source>
        <translation>Madoguchi — Locked</translation>
    </message>
    <message>
        <source>The desk was locked while nobody used it. Enter the password of %1 to go on where you left off. Someone else can log in only after logging out.</source>
        <translation>The desk was locked while nobody used it. Enter the password of %1 to go on where you left off. Someone else can log in only after logging out.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Log Out…</source>
        <translation>Log Out…</translation>
    </message>
    <message>
        <source>Enter your staff id.</source>
        <translation>Enter your staff id.</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. An administrator creates the first one with:
madoguchi-cli staff add --db %1 --id ID --role admin</source>
        <translation>This database has no staff accounts yet. An administrator creates the first one with:
madoguchi-cli staff add --db %1 --id ID --role admin</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MainWindow</name>
    <message>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <source>Madoguchi — %1</source>
        <translation>Madoguchi — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Madoguchi</source>
        <translation>&amp;About Madoguchi</translation>
    </message>
    <message>
        <source>This database opens the next time Madoguchi starts.</source>
        <translation>This database opens the next time Madoguchi starts.</translation>
    </message>
    <message>
        <source>This database is not remembered: its URL contains a password.</source>
        <translation>This database is not remembered: its URL contains a password.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Madoguchi will use %1 the next time it starts.</source>
        <translation>Madoguchi will use %1 the next time it starts.</translation>
    </message>
    <message>
        <source>About Madoguchi</source>
        <translation>About Madoguchi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The one-stop counter for city halls: find the resident, see every procedure a life event needs, fill each form from the register and submit them all at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The one-stop counter for city halls: find the resident, see every procedure a life event needs, fill each form from the register and submit them all at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Log &amp;Out…</source>
        <translation>Log &amp;Out…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>&amp;Console…</source>
        <translation>&amp;Console…</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Enter the path of an SQLite file, or the URL of the city hall&apos;s PostgreSQL database, such as postgresql://user@host:5432/madoguchi. A file that does not exist yet is created.</source>
        <translation>Enter the path of an SQLite file, or the URL of the city hall&apos;s PostgreSQL database, such as postgresql://user@host:5432/madoguchi. A file that does not exist yet is created.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>Open Database File</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::OutsideData</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Find the resident first (F2): a code is read for the resident at the counter.</source>
        <translation>Find the resident first (F2): a code is read for the resident at the counter.</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The resident prepared %1 on %2 on a smartphone. Check each value with the resident; Enter uses them for this visit (nothing is sent before you submit).</source>
        <translation>The resident prepared %1 on %2 on a smartphone. Check each value with the resident; Enter uses them for this visit (nothing is sent before you submit).</translation>
    </message>
    <message>
        <source>Pre-entry used: %1 answers from the resident&apos;s smartphone.</source>
        <translation>Pre-entry used: %1 answers from the resident&apos;s smartphone.</translation>
    </message>
    <message>
        <source>Choose the life event first (F4): a certificate is matched against the household of the event.</source>
        <translation>Choose the life event first (F4): a certificate is matched against the household of the event.</translation>
    </message>
    <message>
        <source>Certificate used with the resident&apos;s consent: %1 values filled.</source>
        <translation>Certificate used with the resident&apos;s consent: %1 values filled.</translation>
    </message>
    <message>
        <source>The resident did not agree: nothing from the certificate is used.</source>
        <translation>The resident did not agree: nothing from the certificate is used.</translation>
    </message>
    <message>
        <source>Choose the life event first (F4): the documents come with the checklist.</source>
        <translation>Choose the life event first (F4): the documents come with the checklist.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PreEntryDialog</name>
    <message>
        <source>Smartphone pre-entry</source>
        <translation>Smartphone pre-entry</translation>
    </message>
    <message>
        <source>What the pre-entry brings</source>
        <translation>What the pre-entry brings</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>pre-entry</source>
        <translation>pre-entry</translation>
    </message>
    <message>
        <source>What the pre-entry gave that is not used</source>
        <translation>What the pre-entry gave that is not used</translation>
    </message>
    <message>
        <source>Not used (ask at the counter instead):</source>
        <translation>Not used (ask at the counter instead):</translation>
    </message>
    <message>
        <source>&amp;Use these answers</source>
        <translation>&amp;Use these answers</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ResidentView</name>
    <message>
        <source>&amp;Reveal…</source>
        <translation>&amp;Reveal…</translation>
    </message>
    <message>
        <source>Reveal the individual number (個人番号)</source>
        <translation>Reveal the individual number (個人番号)</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Support measure</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Why is the individual number (個人番号) shown? It is recorded in the audit log.</source>
        <translation>Why is the individual number (個人番号) shown? It is recorded in the audit log.</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>The resident cannot be shown</source>
        <translation>The resident cannot be shown</translation>
    </message>
    <message>
        <source>Support measure (支援措置): %1</source>
        <translation>Support measure (支援措置): %1</translation>
    </message>
    <message>
        <source>Support measure (支援措置): check before issuing copies or telling the address</source>
        <translation>Support measure (支援措置): check before issuing copies or telling the address</translation>
    </message>
    <message>
        <source>(withheld: support measure)</source>
        <translation>(withheld: support measure)</translation>
    </message>
    <message>
        <source>宛名番号 %1 · 世帯番号 %2 · %3
Born %4%5 · Relationship %6
Address %7</source>
        <translation>宛名番号 %1 · 世帯番号 %2 · %3
Born %4%5 · Relationship %6
Address %7</translation>
    </message>
    <message>
        <source>removed (除票)</source>
        <translation>removed (除票)</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <source> (%1 y)</source>
        <translation> (%1 y)</translation>
    </message>
    <message>
        <source>Individual number (個人番号): %1</source>
        <translation>Individual number (個人番号): %1</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>warns</translation>
    </message>
    <message>
        <source>Insurance %1 · Long-term care %2 · Pension %3 · Child allowance %4 · My Number card %5</source>
        <translation>Insurance %1 · Long-term care %2 · Pension %3 · Child allowance %4 · My Number card %5</translation>
    </message>
    <message>
        <source>Former name %1 (until %2)</source>
        <translation>Former name %1 (until %2)</translation>
    </message>
    <message>
        <source>Former addresses: withheld (support measure)</source>
        <translation>Former addresses: withheld (support measure)</translation>
    </message>
    <message>
        <source>Former address %1 (%2 – %3)</source>
        <translation>Former address %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>No former names or addresses on file.</source>
        <translation>No former names or addresses on file.</translation>
    </message>
    <message>
        <source>Request unlock…</source>
        <translation>Request unlock…</translation>
    </message>
    <message>
        <source>Request correction…</source>
        <translation>Request correction…</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Request sent</translation>
    </message>
    <message>
        <source>Sent to a supervisor for approval (request #%1)</source>
        <translation>Sent to a supervisor for approval (request #%1)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReviewPanel</name>
    <message>
        <source>Print preview of the forms</source>
        <translation>Print preview of the forms</translation>
    </message>
    <message>
        <source>Forms of the visit</source>
        <translation>Forms of the visit</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the forms as PDF</source>
        <translation>Save the forms as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — questions open</source>
        <translation>%1 — questions open</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) ready for the resident to check and sign.</source>
        <translation>
            <numerusform>%n form(s) ready for the resident to check and sign.</numerusform>
            <numerusform>%n form(s) ready for the resident to check and sign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still have open questions: answer them in the Interview step (F6).</source>
        <translation>
            <numerusform>%n form(s) still have open questions: answer them in the Interview step (F6).</numerusform>
            <numerusform>%n form(s) still have open questions: answer them in the Interview step (F6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nothing was printed: %1</translation>
    </message>
    <message>
        <source>Print the forms of visit %1</source>
        <translation>Print the forms of visit %1</translation>
    </message>
    <message>
        <source>The forms could not be printed: %1</source>
        <translation>The forms could not be printed: %1</translation>
    </message>
    <message>
        <source>The forms of visit %1 went to the printer.</source>
        <translation>The forms of visit %1 went to the printer.</translation>
    </message>
    <message>
        <source>There are no forms to save yet.</source>
        <translation>There are no forms to save yet.</translation>
    </message>
    <message>
        <source>The visit&apos;s reference could not be taken.</source>
        <translation>The visit&apos;s reference could not be taken.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::RoomCharts</name>
    <message>
        <source>Tickets by hour</source>
        <translation>Tickets by hour</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Arrivals and served by hour</source>
        <translation>Arrivals and served by hour</translation>
    </message>
    <message>
        <source>Wait by hour</source>
        <translation>Wait by hour</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Hour (called)</source>
        <translation>Hour (called)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Average and longest wait by hour</source>
        <translation>Average and longest wait by hour</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::RoomPanel</name>
    <message>
        <source>The room now</source>
        <translation>The room now</translation>
    </message>
    <message>
        <source>Waits: ▲ 20 minutes or more (amber), ▲▲ 40 minutes or more (red). Live: updated twice a second.</source>
        <translation>Waits: ▲ 20 minutes or more (amber), ▲▲ 40 minutes or more (red). Live: updated twice a second.</translation>
    </message>
    <message>
        <source>Waiting by purpose</source>
        <translation>Waiting by purpose</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Average handling</source>
        <translation>Average handling</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Handling time per procedure type</source>
        <translation>Handling time per procedure type</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>The room cannot be read: %1</source>
        <translation>The room cannot be read: %1</translation>
    </message>
    <message>
        <source>Waiting %1 · served today %2 · no-shows %3 · average wait %4 · longest wait %5 · as of %6</source>
        <translation>Waiting %1 · served today %2 · no-shows %3 · average wait %4 · longest wait %5 · as of %6</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ScanDialog</name>
    <message>
        <source>Load from a &amp;file…</source>
        <translation>Load from a &amp;file…</translation>
    </message>
    <message>
        <source>Read a code</source>
        <translation>Read a code</translation>
    </message>
    <message>
        <source>Scan the QR code with the scanner, or paste it: a smartphone pre-entry (事前入力) or a signed certificate from a hospital, school or another city. Enter reads it.</source>
        <translation>Scan the QR code with the scanner, or paste it: a smartphone pre-entry (事前入力) or a signed certificate from a hospital, school or another city. Enter reads it.</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Scanned code</translation>
    </message>
    <message>
        <source>Waiting for the scanner…</source>
        <translation>Waiting for the scanner…</translation>
    </message>
    <message>
        <source>Load a certificate or pre-entry code from a file</source>
        <translation>Load a certificate or pre-entry code from a file</translation>
    </message>
    <message>
        <source>Why the code was not read</source>
        <translation>Why the code was not read</translation>
    </message>
    <message>
        <source>Load a code</source>
        <translation>Load a code</translation>
    </message>
    <message>
        <source>Codes (*.jws *.jwt *.txt);;All files (*)</source>
        <translation>Codes (*.jws *.jwt *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a code (at most %3); attach a scanned document from Documents (F11) instead</source>
        <translation>%1: %2 bytes is not a code (at most %3); attach a scanned document from Documents (F11) instead</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SearchResultsModel</name>
    <message>
        <source>Support measure (支援措置): copies and the address are blocked</source>
        <translation>Support measure (支援措置): copies and the address are blocked</translation>
    </message>
    <message>
        <source>Support measure (支援措置): check before issuing copies or telling the address</source>
        <translation>Support measure (支援措置): check before issuing copies or telling the address</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 y</translation>
    </message>
    <message>
        <source>(withheld: support measure)</source>
        <translation>(withheld: support measure)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>[SUPPORT MEASURE]</source>
        <translation>[SUPPORT MEASURE]</translation>
    </message>
    <message>
        <source>[CAUTION: SUPPORT MEASURE]</source>
        <translation>[CAUTION: SUPPORT MEASURE]</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SessionStatus</name>
    <message>
        <source>no office</source>
        <translation>no office</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>Logged in as %1 at %2 since %3</source>
        <translation>Logged in as %1 at %2 since %3</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SettingsDialog</name>
    <message>
        <source>Madoguchi — Settings</source>
        <translation>Madoguchi — Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>The language and the text size take effect the next time Madoguchi starts.</source>
        <translation>The language and the text size take effect the next time Madoguchi starts.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>A file path or a postgresql:// URL. File → Open Database… opens another one. Passwords are never kept here: they live in the system keychain (madoguchi-cli secret set; see docs/security.md).</source>
        <translation>A file path or a postgresql:// URL. File → Open Database… opens another one. Passwords are never kept here: they live in the system keychain (madoguchi-cli secret set; see docs/security.md).</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>The office of the staff account</source>
        <translation>The office of the staff account</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>Idle lock in minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>This counter</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>O&amp;ffice:</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>&amp;Idle lock:</source>
        <translation>&amp;Idle lock:</translation>
    </message>
    <message>
        <source>The office and the terminal name go into each login and the audit log. The idle lock locks the desk after that many minutes without input (0: never). These take effect the next time Madoguchi starts; the printer at the next print.</source>
        <translation>The office and the terminal name go into each login and the audit log. The idle lock locks the desk after that many minutes without input (0: never). These take effect the next time Madoguchi starts; the printer at the next print.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (not available)</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>The counter id whose tickets F12 calls (madoguchi-cli counter list)</source>
        <translation>The counter id whose tickets F12 calls (madoguchi-cli counter list)</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <source>The hall&apos;s database</source>
        <translation>The hall&apos;s database</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/dbname (empty: the last one synced)</source>
        <translation>postgresql://user@host:port/dbname (empty: the last one synced)</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Sync interval in minutes</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>Only on demand</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Branch office</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>&amp;Hall:</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source>Only for a branch&apos;s replica. The password is never kept here: the keychain holds it (madoguchi-cli secret set). Branch → Sync Now syncs at once.</source>
        <translation>Only for a branch&apos;s replica. The password is never kept here: the keychain holds it (madoguchi-cli secret set). Branch → Sync Now syncs at once.</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>Hall: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StepBar</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Review and print</source>
        <translation>Review and print</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Type a name (kanji or kana), a date of birth, a 宛名番号 or an address; Enter opens the resident.</source>
        <translation>Type a name (kanji or kana), a date of birth, a 宛名番号 or an address; Enter opens the resident.</translation>
    </message>
    <message>
        <source>Check who is at the counter, then Ctrl+Enter for the life event.</source>
        <translation>Check who is at the counter, then Ctrl+Enter for the life event.</translation>
    </message>
    <message>
        <source>↑↓ choose the event, Enter to its date, Ctrl+Enter shows the checklist.</source>
        <translation>↑↓ choose the event, Enter to its date, Ctrl+Enter shows the checklist.</translation>
    </message>
    <message>
        <source>Delete or Space on a procedure: leave it out, keep it again, or add one that does not apply (Alt+N shows them) — always with a reason.</source>
        <translation>Delete or Space on a procedure: leave it out, keep it again, or add one that does not apply (Alt+N shows them) — always with a reason.</translation>
    </message>
    <message>
        <source>Each question once; Enter answers and moves on. F9 fills the 個人番号 from the register.</source>
        <translation>Each question once; Enter answers and moves on. F9 fills the 個人番号 from the register.</translation>
    </message>
    <message>
        <source>Ctrl+P prints every form for the resident to sign; Ctrl+Shift+S saves them as one PDF.</source>
        <translation>Ctrl+P prints every form for the resident to sign; Ctrl+Shift+S saves them as one PDF.</translation>
    </message>
    <message>
        <source>Ctrl+P prints the receipt and guidance slip; Ctrl+N the next resident.</source>
        <translation>Ctrl+P prints the receipt and guidance slip; Ctrl+N the next resident.</translation>
    </message>
    <message>
        <source>Ctrl+Enter submits every application at once.</source>
        <translation>Ctrl+Enter submits every application at once.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SubmissionsPanel</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>Mark handled…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <source>Retry all failed…</source>
        <translation>Retry all failed…</translation>
    </message>
    <message>
        <source>Show applications that are</source>
        <translation>Show applications that are</translation>
    </message>
    <message>
        <source>Problems: refused or waiting to retry</source>
        <translation>Problems: refused or waiting to retry</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Applications per state</source>
        <translation>Applications per state</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <source>Applications in the outbox</source>
        <translation>Applications in the outbox</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>The selected application and the back-end&apos;s reply</source>
        <translation>The selected application and the back-end&apos;s reply</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source> (%1 long)</source>
        <translation> (%1 long)</translation>
    </message>
    <message>
        <source>%1 — long</source>
        <translation>%1 — long</translation>
    </message>
    <message>
        <source>Waiting to retry for %1 attempts or more, or for more than %2 minutes</source>
        <translation>Waiting to retry for %1 attempts or more, or for more than %2 minutes</translation>
    </message>
    <message>
        <source>Application %1 of visit %2</source>
        <translation>Application %1 of visit %2</translation>
    </message>
    <message>
        <source>Procedure %1 (version %2), system %3</source>
        <translation>Procedure %1 (version %2), system %3</translation>
    </message>
    <message numerus="yes">
        <source>State: %1, %n attempt(s)</source>
        <translation>
            <numerusform>State: %1, %n attempt(s)</numerusform>
            <numerusform>State: %1, %n attempt(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Long-retrying: consider cancelling it or settling it by hand.</source>
        <translation>Long-retrying: consider cancelling it or settling it by hand.</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <source>The back-end&apos;s reply:</source>
        <translation>The back-end&apos;s reply:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>Choose an application first.</translation>
    </message>
    <message>
        <source>%1 of visit %2</source>
        <translation>%1 of visit %2</translation>
    </message>
    <message>
        <source>Why will %1 not be sent? (recorded in the audit log)</source>
        <translation>Why will %1 not be sent? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>How was %1 settled by hand? (recorded in the audit log)</source>
        <translation>How was %1 settled by hand? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>%1 is queued again and goes out now.</source>
        <translation>%1 is queued again and goes out now.</translation>
    </message>
    <message>
        <source>%1 is cancelled: it will not be sent.</source>
        <translation>%1 is cancelled: it will not be sent.</translation>
    </message>
    <message>
        <source>%1 is marked as handled by hand.</source>
        <translation>%1 is marked as handled by hand.</translation>
    </message>
    <message>
        <source>No application was refused: nothing to retry.</source>
        <translation>No application was refused: nothing to retry.</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n refused application(s) again? Those waiting to retry are left as they are.</source>
        <translation>
            <numerusform>Send all %n refused application(s) again? Those waiting to retry are left as they are.</numerusform>
            <numerusform>Send all %n refused application(s) again? Those waiting to retry are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why can the %n refused application(s) be sent again?</source>
        <translation>
            <numerusform>Why can the %n refused application(s) be sent again?</numerusform>
            <numerusform>Why can the %n refused application(s) be sent again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused application(s) queued again.</source>
        <translation>
            <numerusform>%n refused application(s) queued again.</numerusform>
            <numerusform>%n refused application(s) queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 refused applications queued again. %3</source>
        <translation>%1 of %2 refused applications queued again. %3</translation>
    </message>
    <message>
        <source>Visit %1 opened.</source>
        <translation>Visit %1 opened.</translation>
    </message>
    <message>
        <source>the register changed at the hall since the branch read it; a supervisor decides in Approvals</source>
        <translation>the register changed at the hall since the branch read it; a supervisor decides in Approvals</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SubmitPanel</name>
    <message>
        <source>&amp;Submit everything</source>
        <translation>&amp;Submit everything</translation>
    </message>
    <message>
        <source>&amp;Print the slip…</source>
        <translation>&amp;Print the slip…</translation>
    </message>
    <message>
        <source>Save the slip as PDF…</source>
        <translation>Save the slip as PDF…</translation>
    </message>
    <message>
        <source>&amp;Next resident</source>
        <translation>&amp;Next resident</translation>
    </message>
    <message>
        <source>Applications and their delivery</source>
        <translation>Applications and their delivery</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipt or reason</source>
        <translation>Receipt or reason</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Choose the life event first (F4).</source>
        <translation>Choose the life event first (F4).</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>questions open</source>
        <translation>questions open</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still have open questions (F6 Interview).</source>
        <translation>
            <numerusform>%n form(s) still have open questions (F6 Interview).</numerusform>
            <numerusform>%n form(s) still have open questions (F6 Interview).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to submit: every procedure is left out.</source>
        <translation>Nothing to submit: every procedure is left out.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to %1 system(s). Submit sends them all at once.</source>
        <translation>
            <numerusform>%n application(s) to %1 system(s). Submit sends them all at once.</numerusform>
            <numerusform>%n application(s) to %1 system(s). Submit sends them all at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>waiting to retry (attempt %1)</source>
        <translation>waiting to retry (attempt %1)</translation>
    </message>
    <message>
        <source>cancelled by a supervisor</source>
        <translation>cancelled by a supervisor</translation>
    </message>
    <message>
        <source>handled by hand</source>
        <translation>handled by hand</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 submitted: %2 of %n registered in their systems.</source>
        <translation>
            <numerusform>Visit %1 submitted: %2 of %n registered in their systems.</numerusform>
            <numerusform>Visit %1 submitted: %2 of %n registered in their systems.</numerusform>
        </translation>
    </message>
    <message>
        <source>refused by the system: a supervisor will decide</source>
        <translation>refused by the system: a supervisor will decide</translation>
    </message>
    <message>
        <source>held for review: the register changed at the hall</source>
        <translation>held for review: the register changed at the hall</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SupervisorConsole</name>
    <message>
        <source>Supervisor console — %1</source>
        <translation>Supervisor console — %1</translation>
    </message>
    <message>
        <source>Supervisor console</source>
        <translation>Supervisor console</translation>
    </message>
    <message>
        <source>&amp;1 Room</source>
        <translation>&amp;1 Room</translation>
    </message>
    <message>
        <source>&amp;2 Submissions</source>
        <translation>&amp;2 Submissions</translation>
    </message>
    <message>
        <source>&amp;3 Approvals</source>
        <translation>&amp;3 Approvals</translation>
    </message>
    <message>
        <source>&amp;4 Audit log</source>
        <translation>&amp;4 Audit log</translation>
    </message>
    <message>
        <source>The live room: waiting, counters, charts (Ctrl+1)</source>
        <translation>The live room: waiting, counters, charts (Ctrl+1)</translation>
    </message>
    <message>
        <source>The outbox: failed and retrying submissions (Ctrl+2)</source>
        <translation>The outbox: failed and retrying submissions (Ctrl+2)</translation>
    </message>
    <message>
        <source>Overrides, unlocks and corrections to decide (Ctrl+3)</source>
        <translation>Overrides, unlocks and corrections to decide (Ctrl+3)</translation>
    </message>
    <message>
        <source>The audit log and its review queries (Ctrl+4)</source>
        <translation>The audit log and its review queries (Ctrl+4)</translation>
    </message>
    <message>
        <source>Export the day&apos;s tickets and visits to</source>
        <translation>Export the day&apos;s tickets and visits to</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the current tab again (Ctrl+R)</source>
        <translation>Read the current tab again (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Export the Day&apos;s CSV…</source>
        <translation>&amp;Export the Day&apos;s CSV…</translation>
    </message>
    <message>
        <source>Write today&apos;s tickets and visits as CSV files (Ctrl+E)</source>
        <translation>Write today&apos;s tickets and visits as CSV files (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Next Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Previous Tab</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <source>The day&apos;s CSV could not be written: %1</source>
        <translation>The day&apos;s CSV could not be written: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported %1 tickets to %2 and %3 visits to %4.</source>
        <translation>Exported %1 tickets to %2 and %3 visits to %4.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::UnlockRequestDialog</name>
    <message>
        <source>Request an unlock — %1</source>
        <translation>Request an unlock — %1</translation>
    </message>
    <message>
        <source>A support measure (支援措置) blocks this for %1 (宛名番号 %2). A supervisor decides the request; the time runs from the approval.</source>
        <translation>A support measure (支援措置) blocks this for %1 (宛名番号 %2). A supervisor decides the request; the time runs from the approval.</translation>
    </message>
    <message>
        <source>What to unlock</source>
        <translation>What to unlock</translation>
    </message>
    <message>
        <source>Showing the address</source>
        <translation>Showing the address</translation>
    </message>
    <message>
        <source>Printing forms that carry the address</source>
        <translation>Printing forms that carry the address</translation>
    </message>
    <message>
        <source>Issuing copies (住民票の写し, 戸籍の附票)</source>
        <translation>Issuing copies (住民票の写し, 戸籍の附票)</translation>
    </message>
    <message>
        <source>Minutes the block is lifted</source>
        <translation>Minutes the block is lifted</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reason for the unlock</source>
        <translation>Reason for the unlock</translation>
    </message>
    <message>
        <source>Required: why, and how the person was identified</source>
        <translation>Required: why, and how the person was identified</translation>
    </message>
    <message>
        <source>Why the request was not sent</source>
        <translation>Why the request was not sent</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <source>&amp;Unlock:</source>
        <translation>&amp;Unlock:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VisitPage</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Back (Esc)</translation>
    </message>
    <message>
        <source>no visit in progress</source>
        <translation>no visit in progress</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: the life events are not available.</source>
        <translation>The catalog could not be loaded: the life events are not available.</translation>
    </message>
    <message>
        <source>Resident chosen: 宛名番号 %1</source>
        <translation>Resident chosen: 宛名番号 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure(s)</numerusform>
            <numerusform>%n procedure(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Next: %1 (Ctrl+Enter)</source>
        <translation>Next: %1 (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still need answers.</source>
        <translation>
            <numerusform>%n form(s) still need answers.</numerusform>
            <numerusform>%n form(s) still need answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>The visit of this resident is not submitted. Start a new one and lose it?</source>
        <translation>The visit of this resident is not submitted. Start a new one and lose it?</translation>
    </message>
    <message>
        <source>filling the forms of the visit (%1)</source>
        <translation>filling the forms of the visit (%1)</translation>
    </message>
    <message>
        <source>No 個人番号 is on file for %1.</source>
        <translation>No 個人番号 is on file for %1.</translation>
    </message>
    <message>
        <source>No open 個人番号 question has a number on file.</source>
        <translation>No open 個人番号 question has a number on file.</translation>
    </message>
    <message numerus="yes">
        <source>%n 個人番号 filled from the register (recorded in the audit log).</source>
        <translation>
            <numerusform>%n 個人番号 filled from the register (recorded in the audit log).</numerusform>
            <numerusform>%n 個人番号 filled from the register (recorded in the audit log).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Not yet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 submitted: %n application(s).</source>
        <translation>
            <numerusform>Visit %1 submitted: %n application(s).</numerusform>
            <numerusform>Visit %1 submitted: %n application(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the slip of visit %1</source>
        <translation>Print the slip of visit %1</translation>
    </message>
    <message>
        <source>The slip of visit %1 went to the printer.</source>
        <translation>The slip of visit %1 went to the printer.</translation>
    </message>
    <message>
        <source>Submit the visit first.</source>
        <translation>Submit the visit first.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Print the slip (Ctrl+Enter)</source>
        <translation>Print the slip (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ticket being served</source>
        <translation>Ticket being served</translation>
    </message>
    <message>
        <source>Set this desk&apos;s counter (File → Settings…) to call tickets.</source>
        <translation>Set this desk&apos;s counter (File → Settings…) to call tickets.</translation>
    </message>
    <message>
        <source>%1 is still being served: submit the visit first.</source>
        <translation>%1 is still being served: submit the visit first.</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VisitStatusDialog</name>
    <message>
        <source>Visit %1</source>
        <translation>Visit %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Resident (宛名番号)</source>
        <translation>Resident (宛名番号)</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Applications of the visit</source>
        <translation>Applications of the visit</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
</TS>
