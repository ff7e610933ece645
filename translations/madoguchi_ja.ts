<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>ApprovalCommands</name>
    <message>
        <source>%1 for %2 min</source>
        <translation>%1（%2 分間）</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号.</source>
        <translation>住民の宛名番号。</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>Why; the supervisor reads it, the audit log keeps it.</source>
        <translation>理由。監督者が確認し、監査ログに記録されます。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>List the approval requests, newest first (supervisors)</source>
        <translation>承認依頼を新しい順に一覧表示する（監督者）</translation>
    </message>
    <message>
        <source>Only requests in this state: pending, approved or denied.</source>
        <translation>この状態の承認依頼だけ: pending（承認待ち）、approved（承認済み）、denied（却下）。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>--state must be pending, approved or denied, not &apos;%1&apos;</source>
        <translation>--state には pending、approved、denied のいずれかを指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>No request.</source>
        <translation>承認依頼はありません。</translation>
    </message>
    <message>
        <source>Ask a supervisor to lift a support measure&apos;s block for one resident for a while</source>
        <translation>一人の住民の支援措置による制限の一時的な解除を監督者に依頼する</translation>
    </message>
    <message>
        <source>What to allow: address (showing it), print or copies.</source>
        <translation>許可する処理: address（住所の表示）、print（印刷）、copies（写しの交付）。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>How long from the approval, 1 to %1 (default %2).</source>
        <translation>承認から解除する分数、1〜%1（既定 %2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--minutes must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--minutes は 1〜%1 の整数です（&apos;%2&apos; ではなく）</translation>
    </message>
    <message>
        <source>Request #%1 waits for a supervisor&apos;s approval.</source>
        <translation>承認依頼 #%1 は監督者の承認待ちです。</translation>
    </message>
    <message>
        <source>Request a correction of a resident&apos;s register record (仮登録; a supervisor approves)</source>
        <translation>住民記録の訂正を依頼する（仮登録。監督者が承認）</translation>
    </message>
    <message>
        <source>A field and its corrected value (repeatable); fields: %1.</source>
        <translation>訂正する項目と訂正後の値（複数指定可）。項目: %1。</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>項目=値</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &apos;%1&apos;</source>
        <translation>--set には 項目=値 の形で指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--set names %1 twice</source>
        <translation>--set で %1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>Correction #%1 is registered provisionally (仮登録); the register changes when a supervisor approves it.</source>
        <translation>訂正の依頼 #%1 を仮登録しました。監督者が承認すると住民記録が変更されます。</translation>
    </message>
    <message>
        <source>Approve someone else&apos;s pending request; it takes effect at once (supervisors)</source>
        <translation>他の職員の承認待ちの依頼を承認し、直ちに反映する（監督者）</translation>
    </message>
    <message>
        <source>Deny someone else&apos;s pending request, with a comment (supervisors)</source>
        <translation>他の職員の承認待ちの依頼を、コメントを付けて却下する（監督者）</translation>
    </message>
    <message>
        <source>The request&apos;s number (approval list).</source>
        <translation>承認依頼の番号（approval list で確認）。</translation>
    </message>
    <message>
        <source>A note for the requester; the audit log keeps it.</source>
        <translation>依頼者へのコメント。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Why not (required); the audit log keeps it.</source>
        <translation>却下の理由（必須）。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>give the request&apos;s number, e.g. `%1 12`</source>
        <translation>承認依頼の番号を指定してください（例: `%1 12`）</translation>
    </message>
    <message>
        <source>Request #%1 is approved and in effect.</source>
        <translation>承認依頼 #%1 を承認しました。すでに反映されています。</translation>
    </message>
    <message>
        <source>Request #%1 is denied. Visit %2 went out already: follow it up with %3.</source>
        <translation>承認依頼 #%1 を却下しました。来庁 %2 の申請はすでに送信済みです。%3 と対応を確認してください。</translation>
    </message>
    <message>
        <source>Request #%1 is denied.</source>
        <translation>承認依頼 #%1 を却下しました。</translation>
    </message>
    <message>
        <source>Only requests of this kind: override, unlock, correction or reconcile.</source>
        <translation>この種類の承認依頼だけ: override（手続き一覧の変更）、unlock（支援措置の制限解除）、correction（住民記録の訂正）、reconcile（支所の来庁の照合）。</translation>
    </message>
    <message>
        <source>--kind must be override, unlock, correction or reconcile, not &apos;%1&apos;</source>
        <translation>--kind には override、unlock、correction、reconcile のいずれかを指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>Request #%1 is denied: the held applications of visit %2 are cancelled.</source>
        <translation>承認依頼 #%1 を却下しました。来庁 %2 の保留（確認待ち）の申請を取り消しました。</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>reading the register record of %1</source>
        <translation>%1 の住民記録の読み込み</translation>
    </message>
    <message>
        <source>a correction needs at least one field to change (FIELD=VALUE)</source>
        <translation>訂正には変更する項目が 1 つ以上必要です（項目=値）</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (a correction may change: %2)</source>
        <translation>不明な項目「%1」です（訂正できる項目: %2）</translation>
    </message>
    <message>
        <source>nothing to correct: the register already has these values</source>
        <translation>訂正する内容がありません: 住民記録はすでにこの値です</translation>
    </message>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>宛名番号 %1 の住民はいません</translation>
    </message>
    <message>
        <source>the register record of %1 changed since the correction was requested (version %2 then, %3 now); check it and request the correction again</source>
        <translation>%1 の住民記録は訂正の依頼後に変更されています（依頼時のバージョン %2、現在 %3）。内容を確認して、訂正を依頼し直してください</translation>
    </message>
    <message>
        <source>correcting the register record of %1</source>
        <translation>%1 の住民記録の訂正</translation>
    </message>
    <message>
        <source>the request names a field a correction may not change: %1</source>
        <translation>依頼に訂正できない項目が含まれています: %1</translation>
    </message>
    <message>
        <source>the request changes nothing</source>
        <translation>依頼に変更内容がありません</translation>
    </message>
    <message>
        <source>storing the request about %1</source>
        <translation>%1 に関する承認依頼の保存</translation>
    </message>
    <message>
        <source>storing the request about %1 gave no id</source>
        <translation>%1 に関する承認依頼の保存で ID が得られませんでした</translation>
    </message>
    <message>
        <source>reading request #%1</source>
        <translation>承認依頼 #%1 の読み込み</translation>
    </message>
    <message>
        <source>listing the requests</source>
        <translation>承認依頼の一覧の読み込み</translation>
    </message>
    <message>
        <source>deciding request #%1</source>
        <translation>承認依頼 #%1 の決裁</translation>
    </message>
    <message>
        <source>finding the resident %1</source>
        <translation>住民 %1 の検索</translation>
    </message>
    <message>
        <source>a request needs a reason</source>
        <translation>承認依頼には理由が必要です</translation>
    </message>
    <message>
        <source>the scope must be address, print or copies, not &apos;%1&apos;</source>
        <translation>範囲には address、print、copies のいずれかを指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>an unlock lasts from 1 to %1 minutes, not %2</source>
        <translation>解除できる時間は1〜%1分です（%2分ではなく）</translation>
    </message>
    <message>
        <source>denying a request needs a comment for the requester</source>
        <translation>却下には依頼者へのコメントが必要です</translation>
    </message>
    <message>
        <source>no approval request #%1</source>
        <translation>承認依頼 #%1 はありません</translation>
    </message>
    <message>
        <source>request #%1 is already %2 (by %3)</source>
        <translation>承認依頼 #%1 はすでに %2 です（決裁者: %3）</translation>
    </message>
    <message>
        <source>request #%1 was made by %2: another supervisor must decide it (four eyes)</source>
        <translation>承認依頼 #%1 は %2 が依頼したものです: 別の監督者が決裁してください（二者確認）</translation>
    </message>
    <message>
        <source>request #%1 was decided meanwhile by another supervisor</source>
        <translation>承認依頼 #%1 はその間に別の監督者が決裁しました</translation>
    </message>
    <message>
        <source>request #%1 does not name a valid unlock</source>
        <translation>承認依頼 #%1 は有効な制限解除を示していません</translation>
    </message>
    <message>
        <source>unlocking the support measure of %1</source>
        <translation>%1 の支援措置の制限解除</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（理由なし）</translation>
    </message>
    <message>
        <source>reconcile request #%1 names no visit</source>
        <translation>照合の承認依頼 #%1 に来庁が指定されていません</translation>
    </message>
    <message>
        <source>releasing the held applications of visit %1</source>
        <translation>来庁 %1 の保留（確認待ち）の申請の解除</translation>
    </message>
    <message>
        <source>reading the household of %1</source>
        <translation>%1 の世帯の読み込み</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Check the audit chain and name the first broken entry</source>
        <translation>監査ログの連鎖を検証し、最初に壊れている記録を示します</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION を指定してください</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, last hash %2.</source>
        <translation>監査ログの連鎖は正常です: %1 件、最後のハッシュ %2。</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1.</source>
        <translation>監査ログの連鎖が壊れています: %1。</translation>
    </message>
    <message>
        <source>List audit entries, or run a review query (late night, holidays, …)</source>
        <translation>監査ログを一覧表示するか、点検用の照会（深夜・休日など）を実行します</translation>
    </message>
    <message>
        <source>Only this operator&apos;s entries.</source>
        <translation>この操作者の記録だけ。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only entries about this resident.</source>
        <translation>この住民に関する記録だけ。</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>Only this action (search, profile-view, reveal, print, …).</source>
        <translation>この操作だけ（search、profile-view、reveal、print など）。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>From this date (Japan time) or ISO 8601 time, inclusive.</source>
        <translation>この日（日本時間）または ISO 8601 の時刻から（その時点を含む）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Up to this date (inclusive) or ISO 8601 time (exclusive).</source>
        <translation>この日まで（その日を含む）、または ISO 8601 の時刻まで（その時刻を含まない）。</translation>
    </message>
    <message>
        <source>A review query: late-night, holiday, mass-search or failed-logins.</source>
        <translation>点検用の照会: late-night、holiday、mass-search、failed-logins のいずれか。</translation>
    </message>
    <message>
        <source>REVIEW</source>
        <translation>REVIEW</translation>
    </message>
    <message>
        <source>mass-search: more than N searches in one hour (default 100).</source>
        <translation>mass-search: 1 時間に N 回を超える検索（既定 100）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--review must be one of late-night, holiday, mass-search, failed-logins, not &quot;%1&quot;</source>
        <translation>--review には late-night、holiday、mass-search、failed-logins のいずれかを指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--threshold must be a whole number of 0 or more</source>
        <translation>--threshold には 0 以上の整数を指定してください</translation>
    </message>
    <message>
        <source>--%1 must be a date (2026-04-01) or an ISO 8601 time, not &quot;%2&quot;</source>
        <translation>--%1 には日付（2026-04-01）または ISO 8601 の時刻を指定してください（指定値:「%2」）</translation>
    </message>
    <message>
        <source>finding the resident</source>
        <translation>住民を検索中</translation>
    </message>
    <message>
        <source>no resident has 宛名番号 %1</source>
        <translation>宛名番号 %1 の住民はいません</translation>
    </message>
    <message>
        <source>%1	%2	%3 searches</source>
        <translation>%1	%2	%3 回検索</translation>
    </message>
    <message>
        <source>No operator made more than %1 searches in one hour.</source>
        <translation>1 時間に %1 回を超えて検索した操作者はいません。</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>該当する監査記録はありません。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>recording an audit entry</source>
        <translation>監査記録を書き込み中</translation>
    </message>
    <message>
        <source>reading the audit chain</source>
        <translation>監査ログの連鎖を読み込み中</translation>
    </message>
    <message>
        <source>entry %1 is missing: the chain goes on at entry %2 (a row was deleted)</source>
        <translation>記録 %1 がありません: 連鎖は記録 %2 に続いています（行が削除されています）</translation>
    </message>
    <message>
        <source>entry %1 was changed: its content does not give its hash</source>
        <translation>記録 %1 が変更されています: 内容からそのハッシュが得られません</translation>
    </message>
    <message>
        <source>entry %1 is out of order: it was written after entry %2</source>
        <translation>記録 %1 の順序が違います: 記録 %2 の後に書かれたものです</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: an entry before it was changed or removed</source>
        <translation>記録 %1 が記録 %2 に続いていません: それより前の記録が変更または削除されています</translation>
    </message>
    <message>
        <source>querying the audit log</source>
        <translation>監査ログを照会中</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>“%1” names no day</source>
        <translation>「%1」は日付を表していません</translation>
    </message>
</context>
<context>
    <name>BenchChecklistCommand</name>
    <message>
        <source>Time the checklist for a 6-member household per life event, and the catalog load</source>
        <translation>6人世帯のチェックリスト作成時間をライフイベントごとに計測し、カタログの読み込み時間もあわせて計測します</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Timed checklists per life event (default 2000).</source>
        <translation>ライフイベントごとに計測するチェックリストの回数（既定 2000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--runs must be a whole number from 1 to 1000000, not &apos;%1&apos;</source>
        <translation>--runs には 1～1000000 の整数を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>catalog %1 (%2): load and validation p50 %3 ms, max %4 ms (%5 loads)</source>
        <translation>カタログ %1（%2）: 読み込みと検証 p50 %3 ms、最大 %4 ms（%5 回）</translation>
    </message>
    <message>
        <source>event        runs  applies  not applicable   p50 ms   p95 ms   p99 ms   max ms  check p50 ms</source>
        <translation>イベント      回数     該当          非該当   p50 ms   p95 ms   p99 ms   max ms  検査 p50 ms</translation>
    </message>
</context>
<context>
    <name>BenchDelivery</name>
    <message>
        <source>Measure one relay&apos;s deliveries per second and the time to submit a visit</source>
        <translation>送信処理 1 つの毎秒送信件数と、来庁の申請確定にかかる時間を測る</translation>
    </message>
    <message>
        <source>Applications the relay delivers (default 2000).</source>
        <translation>送信処理が送る申請の件数（既定 2000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Demo visits submitted and timed (default 100).</source>
        <translation>申請を確定して時間を測るデモ来庁の件数（既定 100）。</translation>
    </message>
    <message>
        <source>A running sandbox&apos;s base URL; default: start madoguchi-sandbox for the run.</source>
        <translation>動いているサンドボックスのベース URL。既定: 計測のために madoguchi-sandbox を起動する。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>usage: bench delivery --db DEMO_DATABASE [--applications N] [--visits N]</source>
        <translation>使い方: bench delivery --db デモデータベース [--applications N] [--visits N]</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>relay: %1 of %2 delivered in %3 s: %4 applications/s</source>
        <translation>送信処理: %2 件中 %1 件を %3 秒で送信: 毎秒 %4 件</translation>
    </message>
    <message>
        <source>submit: %1 visits (%2 applications): p50 %3 ms, p95 %4 ms; %5 visits of 10+ applications: p50 %6 ms</source>
        <translation>申請確定: %1 来庁（%2 申請）: p50 %3 ms、p95 %4 ms。申請 10 件以上の来庁 %5 件: p50 %6 ms</translation>
    </message>
    <message>
        <source>the largest household&apos;s 転入 cannot be completed: %1</source>
        <translation>最大世帯の転入を完成できません: %1</translation>
    </message>
    <message>
        <source>submit, 転入 of the largest household (%1 members, %2 applications), %3 runs: p50 %4 ms, max %5 ms</source>
        <translation>申請確定、最大世帯（%1 人、%2 申請）の転入、%3 回: p50 %4 ms、最大 %5 ms</translation>
    </message>
</context>
<context>
    <name>BenchQueueCommand</name>
    <message>
        <source>Simulate a March peak day at the counters: waits per class under our calling policy, strict priority and FIFO</source>
        <translation>3月の繁忙日の窓口を模擬し、本システムの呼出方式・厳格優先・先着順（FIFO）それぞれで区分別の待ち時間を比較する</translation>
    </message>
    <message>
        <source>Open counters (default %1).</source>
        <translation>開設する窓口の数（既定 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the arrivals (default %1).</source>
        <translation>来庁者の到着を決めるシード（既定 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--counters must be a whole number from 1 to 200, not &apos;%1&apos;</source>
        <translation>--counters には 1～200 の整数を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 9007199254740991, not &apos;%1&apos;</source>
        <translation>--seed には 0～9007199254740991 の整数を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>March peak day %1, %2–%3, %4 counters, seed %5: %6 tickets (expected %7)</source>
        <translation>3月の繁忙日 %1、%2～%3、窓口 %4 か所、シード %5: 整理券 %6 枚（想定 %7 枚）</translation>
    </message>
    <message>
        <source>our policy: score = minutes waited × weight (ordinary 1, elderly %1, pregnant %2, appointment %3 from its booked time)</source>
        <translation>本方式: スコア = 待ち時間（分）× 重み（ordinary 1、elderly %1、pregnant %2、appointment %3 は予約時刻から起算）</translation>
    </message>
    <message>
        <source>discipline       class        count  avg min  p95 min  max min</source>
        <translation>方式             区分          件数 平均(分)  P95(分) 最大(分)</translation>
    </message>
    <message>
        <source>%1 called by closing %2, left at closing %3 (served after), last call %4, counters done %5</source>
        <translation>%1閉庁までに呼出 %2 件、閉庁時の残り %3 件（閉庁後に対応）、最終呼出 %4、全窓口の対応終了 %5</translation>
    </message>
    <message>
        <source>fairness: longest ordinary wait under our policy %1 min / longest wait under FIFO %2 min = %3 (target ≤ %4: %5)</source>
        <translation>公平性: 本方式での一般（ordinary）の最長待ち時間 %1 分 / FIFO での最長待ち時間 %2 分 = %3（目標 ≤ %4: %5）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>未達成</translation>
    </message>
</context>
<context>
    <name>BenchSearchCommand</name>
    <message>
        <source>drawing the bench queries</source>
        <translation>ベンチマーク用の検索語を抽出中</translation>
    </message>
    <message>
        <source>running the naive search</source>
        <translation>素朴な検索（比較基準）を実行中</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください（指定値: &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>Time the search on a fixed mix of queries against a naive baseline</source>
        <translation>決まった検索語の組み合わせで検索を計測し、素朴な検索と比較する</translation>
    </message>
    <message>
        <source>Queries per class for the search (default 200).</source>
        <translation>検索の種類ごとの検索語の数（既定 200）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Of those, how many per class also run through the naive baseline (default 5).</source>
        <translation>そのうち種類ごとに素朴な検索でも実行する数（既定 5）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The seed that draws the queries (default 1).</source>
        <translation>検索語を抽出する乱数の種（既定 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION を指定してください（SQLite ファイルまたは postgresql:// の URL）</translation>
    </message>
    <message>
        <source>Baseline: %1 %2</source>
        <translation>比較基準: %1 %2</translation>
    </message>
    <message>
        <source>class              queries   p50 ms   p95 ms   p99 ms | baseline p50 ms   speed-up</source>
        <translation>種類               件数      p50 ms   p95 ms   p99 ms | 基準 p50 ms        倍率</translation>
    </message>
    <message>
        <source>peak RSS: %1 MiB, engine: %2</source>
        <translation>最大常駐メモリ: %1 MiB、データベース: %2</translation>
    </message>
</context>
<context>
    <name>BenchSync</name>
    <message>
        <source>the hall holds %1 residents; it cannot make %2 changes</source>
        <translation>本庁の住民は %1 人のため、%2 件の変更は作成できません</translation>
    </message>
    <message>
        <source>%1 has no mynumber_card column</source>
        <translation>%1 に mynumber_card 列がありません</translation>
    </message>
    <message>
        <source>counting the hall&apos;s persons</source>
        <translation>本庁の住民数の集計</translation>
    </message>
    <message>
        <source>Measure a branch&apos;s bootstrap and incremental sync against a scratch hall</source>
        <translation>使い捨ての本庁データベースを使って、支所の初回取り込みと差分同期の時間を計測する</translation>
    </message>
    <message>
        <source>A scratch hall database (postgresql:// URL); seeded with the demo city when empty.</source>
        <translation>使い捨ての本庁データベース（postgresql:// の URL）。空の場合はデモ市を作成します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Residents of the demo city seeded into an empty hall (default 1000000).</source>
        <translation>空の本庁に作成するデモ市の住民数（既定 1000000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Changes made at the hall before the incremental pull (default 1000).</source>
        <translation>差分取り込みの前に本庁で行う変更の件数（既定 1000）。</translation>
    </message>
    <message>
        <source>Folder for the replica and the change files (default: a temporary folder).</source>
        <translation>複製データベースと変更ファイルを置くフォルダー（既定: 一時フォルダー）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--hall URL is required (a scratch database: the bench changes it)</source>
        <translation>--hall URL は必須です（計測でデータを変更するため、使い捨てのデータベースを指定してください）</translation>
    </message>
    <message>
        <source>--residents must be 1 … 10000000 and --changes at least 1</source>
        <translation>--residents は 1～10000000、--changes は 1 以上にしてください</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>seeding the hall: %1 of %2</source>
        <translation>本庁にデモ市を作成中: %2 人中 %1 人</translation>
    </message>
    <message>
        <source>cannot name the replica&apos;s branch</source>
        <translation>複製データベースの支所コードを設定できません</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 件中 %2 件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hall: %1 persons%2</source>
        <translation>本庁: 住民 %1 人%2</translation>
    </message>
    <message>
        <source> (seeded in %1 s)</source>
        <translation> （作成に %1 秒）</translation>
    </message>
    <message>
        <source>bootstrap: %1 s, %2 rows, %3 persons, replica %4 MB (target ≤ %5 s: %6)</source>
        <translation>初回取り込み: %1 秒、%2 行、住民 %3 人、複製データベース %4 MB（目標 ≤ %5 秒: %6）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>incremental: %1 changes in %2 s (target ≤ %3 s for 1000: %4)</source>
        <translation>差分: 変更 %1 件を %2 秒（目標 1000 件で ≤ %3 秒: %4）</translation>
    </message>
</context>
<context>
    <name>BenchTickets</name>
    <message>
        <source>the database has no active queue purpose to issue tickets for</source>
        <translation>このデータベースには整理券を発行できる有効な用件がありません</translation>
    </message>
    <message>
        <source>counter %1 exists and is not active</source>
        <translation>窓口 %1 は登録されていますが、有効ではありません</translation>
    </message>
    <message>
        <source>bench desk %1</source>
        <translation>負荷試験用窓口 %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください（指定値: &apos;%4&apos;）</translation>
    </message>
    <message>
        <source>Load-test the queue: kiosks issuing and desks calling at once, latency per operation</source>
        <translation>整理券の負荷試験：発券機の発券と窓口の呼出を同時に行い、操作ごとの応答時間を測ります</translation>
    </message>
    <message>
        <source>Desks calling at once (default 50).</source>
        <translation>同時に呼び出す窓口の数（既定 50）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Kiosks issuing at once (default 4).</source>
        <translation>同時に発券する発券機の数（既定 4）。</translation>
    </message>
    <message>
        <source>Length of the run (default 20).</source>
        <translation>実行時間（秒、既定 20）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>A desk&apos;s pause after each step, in milliseconds (default 100).</source>
        <translation>窓口が各操作の後に置く間隔（ミリ秒、既定 100）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Tickets issued per second over all kiosks (default desks × 300 / think-ms).</source>
        <translation>全発券機で 1 秒あたりに発行する整理券の数（既定 窓口数 × 300 / think-ms）。</translation>
    </message>
    <message>
        <source>usage: bench tickets --db LOCATION [--desks N] [--kiosks N] [--seconds S] [--think-ms MS] [--rate N]</source>
        <translation>使い方: bench tickets --db LOCATION [--desks N] [--kiosks N] [--seconds S] [--think-ms MS] [--rate N]</translation>
    </message>
    <message>
        <source>bench tickets on %1: %2 desks, %3 kiosks, %4 s, think %5 ms, %6 tickets/s</source>
        <translation>bench tickets（%1）: 窓口 %2、発券機 %3、%4 秒、間隔 %5 ミリ秒、毎秒 %6 枚</translation>
    </message>
    <message>
        <source>operation   count   p50 ms   p95 ms   p99 ms   max ms</source>
        <translation>操作        件数    p50 ms   p95 ms   p99 ms   max ms</translation>
    </message>
    <message>
        <source>tickets issued %1, called %2, finished %3; calls with nobody waiting %4; errors %5</source>
        <translation>発券 %1、呼出 %2、完了 %3、待ち人なしの呼出 %4、エラー %5</translation>
    </message>
    <message>
        <source>claims lost to another desk: %1; tickets called twice: %2</source>
        <translation>他の窓口に先を越された呼出: %1、二重に呼ばれた整理券: %2</translation>
    </message>
    <message>
        <source>not counted on SQLite</source>
        <translation>SQLite では数えません</translation>
    </message>
    <message>
        <source>target p99 ≤ %1 ms: %2 (worst: %3 %4 ms)</source>
        <translation>目標 p99 ≤ %1 ms: %2（最も遅い操作: %3 %4 ms）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>%1 operations failed; the first: %2</source>
        <translation>%1 件の操作が失敗しました。最初の失敗: %2</translation>
    </message>
    <message>
        <source>before the run, not a queue operation (a desk readying its calls as it opens):</source>
        <translation>計測前の準備（窓口を開くときの呼出し準備。待ち行列の操作ではない）:</translation>
    </message>
</context>
<context>
    <name>BranchPush</name>
    <message>
        <source>reading the branch code of %1</source>
        <translation>%1 の支所コードの読み込み</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch code (a capital letter, then up to 7 capital letters and digits, e.g. K01)</source>
        <translation>「%1」は支所コードではありません（英大文字 1 文字に続けて英大文字・数字を 7 文字まで。例: K01）</translation>
    </message>
    <message>
        <source>the branch</source>
        <translation>支所</translation>
    </message>
    <message>
        <source>the replica has no branch code (meta %1): its visit references could be the hall&apos;s own; set the code before the branch takes visits</source>
        <translation>複製データベースに支所コードがありません（meta %1）: 受付番号が本庁のものと重複するおそれがあります。支所で来庁を受け付ける前にコードを設定してください</translation>
    </message>
    <message>
        <source>the replica is branch %1, not %2; nothing was pushed</source>
        <translation>複製データベースは支所 %1 のもので、%2 ではありません。何も送信していません</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>本庁</translation>
    </message>
    <message>
        <source>the database given as the hall is itself branch %1&apos;s replica; nothing was pushed</source>
        <translation>本庁として指定したデータベースは、支所 %1 の複製データベースです。何も送信していません</translation>
    </message>
    <message>
        <source>listing the visits still to push</source>
        <translation>本庁へ送る来庁の一覧の読み込み</translation>
    </message>
    <message>
        <source>push stopped before its first visit (failAfterVisits)</source>
        <translation>最初の来庁を送る前に送信を停止しました（failAfterVisits）</translation>
    </message>
    <message>
        <source>%1 (%2 visits pushed before it; the push can be run again)</source>
        <translation>%1（それまでに来庁 %2 件を送信済み。送信はやり直せます）</translation>
    </message>
    <message>
        <source>push stopped after %1 visits (failAfterVisits)</source>
        <translation>来庁 %1 件を送った後で送信を停止しました（failAfterVisits）</translation>
    </message>
    <message>
        <source>visit %1 is at the hall but could not be marked at the branch (the next push marks it): %2</source>
        <translation>来庁 %1 は本庁に送信済みですが、支所で送信済みとして記録できませんでした（次回の送信で記録します）: %2</translation>
    </message>
    <message>
        <source>reading %1 at the branch</source>
        <translation>支所の %1 の読み込み</translation>
    </message>
    <message>
        <source>reading the branch&apos;s audit entries</source>
        <translation>支所の監査記録の読み込み</translation>
    </message>
    <message>
        <source>the branch&apos;s audit entry %1 is missing (the chain goes on at %2); nothing of the chain from there is pushed — check it with `madoguchi-cli audit verify`</source>
        <translation>支所の監査記録 %1 がありません（連鎖は %2 に続いています）。そこから先の連鎖は送信していません — `madoguchi-cli audit verify` で確認してください</translation>
    </message>
    <message>
        <source>the branch&apos;s audit entry %1 was changed or does not follow entry %2; nothing of the chain from there is pushed — check it with `madoguchi-cli audit verify`</source>
        <translation>支所の監査記録 %1 は変更されているか、記録 %2 に続いていません。そこから先の連鎖は送信していません — `madoguchi-cli audit verify` で確認してください</translation>
    </message>
    <message>
        <source>appending branch %1&apos;s audit entries at the hall</source>
        <translation>支所 %1 の監査記録の本庁への追加</translation>
    </message>
    <message>
        <source>finding the resident of visit %1 at the hall</source>
        <translation>本庁での来庁 %1 の住民の検索</translation>
    </message>
    <message numerus="yes">
        <source>branch %1 made this visit offline; the hall&apos;s register changed since the branch read it (%n record(s)): check the applications still fit before they are sent</source>
        <translation>
            <numerusform>支所 %1 がオフラインで受け付けた来庁です。支所が読み込んだ後に本庁の住民記録が変更されています（%n 件）: 送信する前に、申請の内容がまだ合っているか確認してください</numerusform>
        </translation>
    </message>
    <message>
        <source>reading visit %1 at the branch</source>
        <translation>支所の来庁 %1 の読み込み</translation>
    </message>
    <message>
        <source>visit %1 is not at the branch</source>
        <translation>来庁 %1 は支所にありません</translation>
    </message>
    <message>
        <source>writing visit %1 at the hall</source>
        <translation>本庁への来庁 %1 の書き込み</translation>
    </message>
    <message>
        <source>visit %1: the hall already has another visit with this reference (does another branch use the code %2?); it stays at the branch, not pushed</source>
        <translation>来庁 %1: 本庁にはすでに同じ受付番号の別の来庁があります（別の支所がコード %2 を使っていませんか？）。送信せずに支所に残します</translation>
    </message>
    <message>
        <source>visit %1: the hall&apos;s register has no resident with 宛名番号 %2 (removed at the hall since the branch&apos;s last pull?); it stays at the branch, not pushed</source>
        <translation>来庁 %1: 本庁の住民記録に宛名番号 %2 の住民がいません（支所の前回の取り込み以降に本庁で削除された可能性があります）。送信せずに支所に残します</translation>
    </message>
    <message>
        <source>marking visit %1 pushed at the branch</source>
        <translation>支所での来庁 %1 の送信済みの記録</translation>
    </message>
    <message>
        <source>pushed to the hall at %1; the hall&apos;s relays deliver it</source>
        <translation>%1 に本庁へ送信しました。本庁の送信処理が業務システムへ送ります</translation>
    </message>
</context>
<context>
    <name>BranchSync</name>
    <message>
        <source>%1 is not a branch replica: it has no branch code (madoguchi-cli sync --branch CODE sets one at the first sync)</source>
        <translation>%1 は支所の複製データベースではありません: 支所コードがありません（初回の同期で madoguchi-cli sync --branch コード により設定します）</translation>
    </message>
    <message>
        <source>the replica&apos;s key: %1</source>
        <translation>複製データベースの暗号鍵: %1</translation>
    </message>
    <message>
        <source>pushing to the hall: %1</source>
        <translation>本庁への送信: %1</translation>
    </message>
    <message>
        <source>(The push before it completed: %1 visits, %2 audit entries.)</source>
        <translation>（その前の送信は完了しています: 来庁 %1 件、監査記録 %2 件。）</translation>
    </message>
    <message>
        <source>pulling the register: %1</source>
        <translation>住民記録の取り込み: %1</translation>
    </message>
    <message>
        <source>copying the staff verifiers: %1</source>
        <translation>職員の認証情報のコピー: %1</translation>
    </message>
    <message>
        <source>sealing the replica: %1</source>
        <translation>複製データベースの暗号化: %1</translation>
    </message>
    <message>
        <source>%1 cannot be a branch replica: a replica is an SQLite file on the branch PC</source>
        <translation>%1 は支所の複製データベースにできません: 複製データベースは支所の PC 上の SQLite ファイルです</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>preparing the rows for %1</source>
        <translation>%1 への書き込みを準備中</translation>
    </message>
    <message>
        <source>writing %1: %2</source>
        <translation>%1 の書き込み: %2</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 の書き込み</translation>
    </message>
    <message>
        <source>preparing %1: %2</source>
        <translation>%1 を準備中: %2</translation>
    </message>
</context>
<context>
    <name>CallPolicy</name>
    <message>
        <source>ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>elderly or disabled</source>
        <translation>高齢者・障害者</translation>
    </message>
    <message>
        <source>pregnant or with a small child</source>
        <translation>妊婦・乳幼児連れ</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>%1 min since its %2 booking</source>
        <translation>予約時刻 %2 から %1 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1: %2 ×%3, waited %4 → %5</source>
        <translation>%1: %2 ×%3、待ち %4 → %5</translation>
    </message>
    <message>
        <source>%1: %2%3, waited %4</source>
        <translation>%1: %2%3、待ち %4</translation>
    </message>
    <message>
        <source> (priority first)</source>
        <translation>（優先）</translation>
    </message>
    <message>
        <source>%1: issued first, waited %2</source>
        <translation>%1: 最も早く発券、待ち %2</translation>
    </message>
    <message>
        <source>; no one else waits</source>
        <translation>。ほかに待っている方はいません</translation>
    </message>
    <message>
        <source>; the next, %1 (%2 ×%3, %4) → %5</source>
        <translation>。次点は %1（%2 ×%3、%4）→ %5</translation>
    </message>
    <message>
        <source>; a tie, so the earlier ticket</source>
        <translation>。同点のため先に発券した方</translation>
    </message>
    <message>
        <source>; the next, %1 (%2, %3)</source>
        <translation>。次点は %1（%2、%3）</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the catalog has no procedure &quot;%1&quot;</source>
        <translation>カタログに手続き「%1」がありません</translation>
    </message>
    <message>
        <source>the same procedure and member as %1</source>
        <translation>%1 と同じ手続き・世帯員です</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also in %2)</source>
        <translation>ID「%1」が重複しています（%2 にもあります）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path of the rules context (context-schema.json)</source>
        <translation>「%1」はルールコンテキストのパスではありません（context-schema.json）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 has no &quot;paths&quot;</source>
        <translation>%1 に「paths」がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: value exists only in a field&apos;s validation rule</source>
        <translation>「%1」: value は項目の検証ルールの中でしか使えません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: member is null in a household procedure (read household.… instead)</source>
        <translation>「%1」: 世帯単位の手続きでは member は null です（代わりに household.… を参照してください）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no question of the procedure&apos;s life events has the id &quot;%2&quot; (events.json)</source>
        <translation>「%1」: この手続きのライフイベントに ID「%2」の質問がありません（events.json）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no city parameter &quot;%2&quot; (parameters.json)</source>
        <translation>「%1」: 市区町村パラメーター「%2」はありません（parameters.json）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is asked per member; only a member procedure can read it</source>
        <translation>「%1」: 「%2」は世帯員ごとの質問です。参照できるのは世帯員ごとの手続きだけです</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no form field has the ask_once key &quot;%2&quot;</source>
        <translation>「%1」: ask_once キー「%2」を持つ申請書の項目がありません</translation>
    </message>
    <message>
        <source>a select field needs at least one option</source>
        <translation>選択項目には選択肢が一つ以上必要です</translation>
    </message>
    <message>
        <source>duplicate option value &quot;%1&quot;</source>
        <translation>選択肢の値「%1」が重複しています</translation>
    </message>
    <message>
        <source>only a select field has options</source>
        <translation>選択肢を指定できるのは選択項目だけです</translation>
    </message>
    <message>
        <source>a validation_message without a validation rule</source>
        <translation>validation_message に対応する検証ルールがありません</translation>
    </message>
    <message>
        <source>a rule cannot be null (leave the key out)</source>
        <translation>ルールに null は指定できません（キーごと省略してください）</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also at %2)</source>
        <translation>ID「%1」が重複しています（%2 にもあります）</translation>
    </message>
    <message>
        <source>event.type and event.date are given with every event, not asked</source>
        <translation>event.type と event.date はすべてのイベントで与えられる値のため、質問にはできません</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is a %2 question at %3; one id has one type in every event</source>
        <translation>質問「%1」は %3 では %2 型です。同じ ID の質問はすべてのイベントで同じ型にしてください</translation>
    </message>
    <message>
        <source>event.%1 holds a value of type %2 in the rules context; a %3 question gives %4</source>
        <translation>ルールコンテキストの event.%1 は %2 型の値ですが、%3 型の質問では %4 になります</translation>
    </message>
    <message>
        <source>a parameter&apos;s value cannot be null</source>
        <translation>パラメーターの値に null は指定できません</translation>
    </message>
    <message>
        <source>procedure %1 version %2 is also defined in %3</source>
        <translation>手続き %1 のバージョン %2 は %3 にも定義されています</translation>
    </message>
    <message>
        <source>procedure %1 version %2 (%3 to %4) and version %5 in %6 (%7 to %8) are both in force on %9: versions of a procedure must not overlap</source>
        <translation>手続き %1 のバージョン %2（%3～%4）と %6 のバージョン %5（%7～%8）が、%9 時点でともに有効です。手続きのバージョンの有効期間は重ならないようにしてください</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is used by another field of this form</source>
        <translation>ask_once「%1」はこの申請書の別の項目で使われています</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is a %2 field in %3; here it is a %4 field (one question has one type)</source>
        <translation>ask_once「%1」は %3 では %2 型の項目ですが、ここでは %4 型です（一つの質問の型は一つです）</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is asked per member in %2; here it is asked per household (give every field with this key the same per_member)</source>
        <translation>ask_once「%1」は %2 では世帯員ごとに聞きますが、ここでは世帯ごとに聞いています（このキーを持つ項目はすべて同じ per_member にしてください）</translation>
    </message>
    <message>
        <source>ask_once &quot;%1&quot; is asked per household in %2; here it is asked per member (give every field with this key the same per_member)</source>
        <translation>ask_once「%1」は %2 では世帯ごとに聞きますが、ここでは世帯員ごとに聞いています（このキーを持つ項目はすべて同じ per_member にしてください）</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>フォルダーがありません</translation>
    </message>
    <message>
        <source>no such folder: a catalog keeps one file per procedure in procedures/</source>
        <translation>フォルダーがありません。カタログでは手続きごとに一つのファイルを procedures/ に置きます</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>オブジェクトを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (allowed: %2)</source>
        <translation>不明なキー「%1」です（使用できるキー: %2）</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>必須のキー「%1」がありません</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>空でない文字列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: lower-case letters, digits, _, - and .</source>
        <translation>「%1」は名前として使えません（英小文字、数字、_、-、. のみ）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier: lower-case letters, digits and _, starting with a letter, parts joined by dots</source>
        <translation>「%1」は識別子として使えません（英小文字、数字、_ で英字から始め、各部分をドットでつなぎます）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier: lower-case letters, digits and _, starting with a letter</source>
        <translation>「%1」は識別子として使えません（英小文字、数字、_ で英字から始めます）</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>%1 のいずれかを指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1, got %2</source>
        <translation>%1 以上の整数を指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>YYYY-MM-DD 形式の日付を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>配列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 文字目</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>expected an object, got an array</source>
        <translation>オブジェクトを指定してください（値: 配列）</translation>
    </message>
    <message>
        <source>the deadline counts from %1, which is not a date YYYY-MM-DD: %2</source>
        <translation>期限の起算日 %1 が YYYY-MM-DD 形式の日付ではありません: %2</translation>
    </message>
    <message>
        <source>a } without its { at character %1 (write }} for a brace)</source>
        <translation>%1 文字目の } に対応する { がありません（波かっこそのものは }} と書きます）</translation>
    </message>
    <message>
        <source>a { without its } at character %1 (write {{ for a brace)</source>
        <translation>%1 文字目の { に対応する } がありません（波かっこそのものは {{ と書きます）</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder: write {path} or {path:n}</source>
        <translation>「{%1}」は差し込み項目ではありません。{path} または {path:n} と書いてください</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: unknown format &quot;%2&quot; (the only one is n)</source>
        <translation>「{%1}」: 不明な書式「%2」です（使用できるのは n のみ）</translation>
    </message>
    <message>
        <source>a deadline counts from a date; %1 is of type %2</source>
        <translation>期限は日付から起算します。%1 は %2 型です</translation>
    </message>
    <message>
        <source>a deadline has exactly one of &quot;days&quot;, &quot;months&quot;, &quot;years&quot;</source>
        <translation>期限には「days」「months」「years」のいずれか一つだけを指定してください</translation>
    </message>
    <message>
        <source>expected a path of the rules context, got %1</source>
        <translation>ルールコンテキストのパスを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a path or a list of paths</source>
        <translation>パスまたはパスのリストを指定してください</translation>
    </message>
    <message>
        <source>the last case has no &quot;when&quot;: it is the one given when no other fits</source>
        <translation>最後の場合分けには「when」を書きません（ほかのどれにも当てはまらないときに使われます）</translation>
    </message>
    <message>
        <source>only the last case can go without &quot;when&quot;: the cases after this one would never be used</source>
        <translation>「when」を省略できるのは最後の場合分けだけです（省略すると、これより後の場合分けが使われなくなります）</translation>
    </message>
    <message>
        <source>expected at least one reason</source>
        <translation>理由を一つ以上指定してください</translation>
    </message>
    <message>
        <source>expected a life event id, got %1</source>
        <translation>ライフイベントの ID を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>「%1」が二回指定されています</translation>
    </message>
    <message>
        <source>a procedure belongs to at least one life event</source>
        <translation>手続きは一つ以上のライフイベントに属する必要があります</translation>
    </message>
    <message>
        <source>unknown life event &quot;%1&quot; (events.json has: %2)</source>
        <translation>不明なライフイベント「%1」です（events.json にあるもの: %2）</translation>
    </message>
    <message>
        <source>never shown: without applies_when the procedure always applies</source>
        <translation>表示されません。applies_when のない手続きは常に該当します</translation>
    </message>
    <message>
        <source>missing required key &quot;not_applicable_reason&quot; (a procedure with applies_when says why it does not apply)</source>
        <translation>必須のキー「not_applicable_reason」がありません（applies_when のある手続きには、該当しない理由を記載します）</translation>
    </message>
    <message>
        <source>valid_to %1 is before valid_from %2</source>
        <translation>valid_to %1 が valid_from %2 より前です</translation>
    </message>
    <message>
        <source>unknown system &quot;%1&quot; (systems.json has: %2)</source>
        <translation>不明なシステム「%1」です（systems.json にあるもの: %2）</translation>
    </message>
    <message>
        <source>per_member is for the forms of member procedures</source>
        <translation>per_member は世帯員ごとの手続きの申請書でのみ使えます</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no certificate type &quot;%2&quot; (certificates.json)</source>
        <translation>「%1」: 証明書の種類「%2」はありません（certificates.json）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the certificate type &quot;%2&quot; has no claim &quot;%3&quot; (certificates.json)</source>
        <translation>「%1」: 証明書の種類「%2」に記載事項「%3」はありません（certificates.json）</translation>
    </message>
    <message>
        <source>expected at least one claim</source>
        <translation>記載事項が1つ以上必要です</translation>
    </message>
    <message>
        <source>expected an Ed25519 public key: 32 bytes in base64url without padding (43 characters)</source>
        <translation>Ed25519 公開鍵を指定してください: パディングなしの base64url で 32 バイト（43 文字）</translation>
    </message>
    <message>
        <source>valid_to is before valid_from</source>
        <translation>valid_to が valid_from より前です</translation>
    </message>
    <message>
        <source>kid &quot;%1&quot; is given twice</source>
        <translation>kid「%1」が二回指定されています</translation>
    </message>
    <message>
        <source>expected at least one key</source>
        <translation>鍵が1つ以上必要です</translation>
    </message>
    <message>
        <source>credential type &quot;%1&quot; is given to another certificate type too (one credential type names one certificate)</source>
        <translation>credential_type「%1」が別の証明書の種類にも指定されています（1 つの credential_type が表す証明書の種類は 1 つだけです）</translation>
    </message>
    <message>
        <source>there is no certificate type &quot;%1&quot; (certificates.json)</source>
        <translation>証明書の種類「%1」はありません（certificates.json）</translation>
    </message>
    <message>
        <source>issuer &quot;%1&quot; is listed twice</source>
        <translation>発行者「%1」が二回指定されています</translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>give at most one DIR</source>
        <translation>DIR は一つまで指定できます</translation>
    </message>
    <message>
        <source>household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>the catalog %1 (%2) has %n problem(s)</source>
        <translation>
            <numerusform>カタログ %1（%2）に問題が %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a catalog folder and its cases; report every problem</source>
        <translation>カタログのフォルダーと事例を検査し、問題をすべて報告します</translation>
    </message>
    <message>
        <source>The catalog folder (default: MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog).</source>
        <translation>カタログのフォルダー（既定: MADOGUCHI_CATALOG、設定 catalog/directory の値、いずれもなければ組み込みのカタログ）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s)</source>
        <translation>
            <numerusform>%1（%2）: 問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a catalog&apos;s example cases and show every difference</source>
        <translation>カタログの事例を実行し、相違点をすべて表示します</translation>
    </message>
    <message>
        <source>%1 has no cases (cases/*.json)</source>
        <translation>%1 に事例がありません（cases/*.json）</translation>
    </message>
    <message>
        <source>  cannot run: %1</source>
        <translation>  実行できません: %1</translation>
    </message>
    <message>
        <source>  expected but not in the checklist: %1 for %2 — why: %3</source>
        <translation>  期待されているがチェックリストにない: %2 の %1 — 理由: %3</translation>
    </message>
    <message>
        <source>  in the checklist but not expected: %1 for %2 — reason: %3</source>
        <translation>  チェックリストにあるが期待されていない: %2 の %1 — 理由: %3</translation>
    </message>
    <message>
        <source>  wrong deadline: %1 for %2: expected %3, got %4</source>
        <translation>  期限の相違: %2 の %1: 期待値 %3、結果 %4</translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed</source>
        <translation>事例 %1 件: 成功 %2、失敗 %3</translation>
    </message>
    <message>
        <source>%1 (%2) is valid: %3 systems, %4 life events, %5 parameters, %6 procedures (%7 versions), %8 cases, %9 certificate types, %10 trusted issuers; loaded and checked in %11 ms</source>
        <translation>%1（%2）は有効です: 業務システム %3 件、ライフイベント %4 件、パラメーター %5 件、手続き %6 件（バージョン %7 件）、事例 %8 件、証明書の種類 %9 件、信頼する発行者 %10 件。読み込みと検査に %11 ミリ秒</translation>
    </message>
</context>
<context>
    <name>CatalogComparison</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>has %1, not at the hall</source>
        <translation>本庁にない %1 があります</translation>
    </message>
    <message>
        <source>its systems, life events or parameters differ</source>
        <translation>業務システム、ライフイベントまたはパラメーターが異なります</translation>
    </message>
    <message>
        <source>catalog differs from the hall&apos;s: %1; update this PC&apos;s catalog</source>
        <translation>手続きカタログが本庁と異なります: %1。この PC のカタログを更新してください</translation>
    </message>
    <message>
        <source>The hall has %1; this PC&apos;s catalog does not: its checklists leave it out.</source>
        <translation>本庁には %1 がありますが、この PC のカタログにはありません。手続き一覧から漏れます。</translation>
    </message>
    <message>
        <source>This PC&apos;s catalog has %1; the hall&apos;s does not.</source>
        <translation>この PC のカタログには %1 がありますが、本庁のカタログにはありません。</translation>
    </message>
    <message>
        <source>The procedures are the same, but a system, a life event or a parameter value differs from the hall&apos;s.</source>
        <translation>手続きは同じですが、業務システム、ライフイベントまたはパラメーターの値が本庁と異なります。</translation>
    </message>
</context>
<context>
    <name>CatalogPublish</name>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db 場所 は必須です</translation>
    </message>
    <message>
        <source>Publish the hall&apos;s catalog so that branches can compare theirs</source>
        <translation>支所が自分のカタログと比べられるように、本庁の手続きカタログを公開する</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>%1 is the replica of branch %2: publish at the hall, whose catalog the branches compare theirs with</source>
        <translation>%1 は支所 %2 の複製データベースです。公開は本庁で行ってください（支所は本庁のカタログと比べます）</translation>
    </message>
    <message>
        <source>published the catalog %1 at %2: %3 procedure versions, fingerprint %4; branches compare theirs with it at their next sync</source>
        <translation>カタログ %1 を %2 に公開しました: 手続きの版 %3 件、指紋 %4。各支所は次の同期で自分のカタログと比べます</translation>
    </message>
    <message>
        <source>Show the catalog a hall published (on a replica: as of its last pull)</source>
        <translation>本庁が公開した手続きカタログを表示する（複製データベースでは最後の取り込み時点のもの）</translation>
    </message>
    <message>
        <source>%1: the hall had published no catalog at the last pull</source>
        <translation>%1: 最後の取り込みの時点で、本庁はカタログを公開していませんでした</translation>
    </message>
    <message>
        <source>%1 has published no catalog (madoguchi-cli catalog publish --db …)</source>
        <translation>%1 はカタログを公開していません（madoguchi-cli catalog publish --db …）</translation>
    </message>
    <message>
        <source>%1: catalog %2 published at %3, %4 procedure versions:</source>
        <translation>%1: カタログ %2（%3 に公開、手続きの版 %4 件）:</translation>
    </message>
</context>
<context>
    <name>CertCommands</name>
    <message>
        <source>expected a date and time with a zone (2026-11-18T10:00:00Z, 2026-11-18T19:00:00+09:00) or a day (2026-11-18, R8.11.18)</source>
        <translation>タイムゾーン付きの日時（2026-11-18T10:00:00Z、2026-11-18T19:00:00+09:00）または日付（2026-11-18、R8.11.18）を指定してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Sign a certificate as a demo issuer or with a given key (for tests and demos)</source>
        <translation>デモ用の発行者として、または指定した鍵で証明書に署名します（テスト・デモ用）</translation>
    </message>
    <message>
        <source>A demo issuer of resources/demo/issuers.json: demo-hospital, demo-school, demo-prefecture, demo-city, or untrusted-clinic (not in trust.json, for tests).</source>
        <translation>resources/demo/issuers.json のデモ用発行者: demo-hospital、demo-school、demo-prefecture、demo-city、または untrusted-clinic（trust.json になし、テスト用）。</translation>
    </message>
    <message>
        <source>Sign with this Ed25519 seed (64 hex digits, from &apos;cert keygen&apos;) instead of a demo issuer; needs --issuer-id and --kid.</source>
        <translation>デモ用の発行者の代わりに、この Ed25519 シード（16 進数 64 桁、「cert keygen」で作成）で署名します。--issuer-id と --kid が必要です。</translation>
    </message>
    <message>
        <source>The issuer&apos;s id with --key-seed (a URL).</source>
        <translation>--key-seed 使用時の発行者の ID（URL）。</translation>
    </message>
    <message>
        <source>The issuer&apos;s name with --key-seed.</source>
        <translation>--key-seed 使用時の発行者の名称。</translation>
    </message>
    <message>
        <source>The key&apos;s id with --key-seed (URL#name).</source>
        <translation>--key-seed 使用時の鍵の ID（URL#name）。</translation>
    </message>
    <message>
        <source>The certificate type of the catalog&apos;s certificates.json (shussei_shoumei …).</source>
        <translation>カタログの certificates.json にある証明書の種類（shussei_shoumei など）。</translation>
    </message>
    <message>
        <source>The subject&apos;s name (kanji or kana).</source>
        <translation>対象者の氏名（漢字またはかな）。</translation>
    </message>
    <message>
        <source>The subject&apos;s birth date (YYYY-MM-DD or 和暦).</source>
        <translation>対象者の生年月日（YYYY-MM-DD または和暦）。</translation>
    </message>
    <message>
        <source>A claim ID=VALUE, typed as the catalog declares it (numbers, true/false, dates YYYY-MM-DD or 和暦); repeatable.</source>
        <translation>記載事項 ID=VALUE。カタログで宣言された型で解釈します（数値、true/false、日付は YYYY-MM-DD または和暦）。複数指定できます。</translation>
    </message>
    <message>
        <source>Claims from a JSON object {&quot;id&quot;: value}; --claim overrides them.</source>
        <translation>JSON オブジェクト {&quot;id&quot;: value} で与える記載事項。--claim の指定が優先されます。</translation>
    </message>
    <message>
        <source>When it is issued (ISO 8601 with a zone, or a day); default: now.</source>
        <translation>発行日時（タイムゾーン付きの ISO 8601、または日付）。既定: 現在。</translation>
    </message>
    <message>
        <source>When it expires; default: never.</source>
        <translation>有効期限。既定: 無期限。</translation>
    </message>
    <message>
        <source>Valid for N days from --valid-from.</source>
        <translation>--valid-from から N 日間有効。</translation>
    </message>
    <message>
        <source>The credential&apos;s id; default: a new urn:uuid.</source>
        <translation>証明書の ID。既定: 新しい urn:uuid。</translation>
    </message>
    <message>
        <source>Write the JWS to FILE instead of stdout.</source>
        <translation>JWS を標準出力ではなく FILE に書き出します。</translation>
    </message>
    <message>
        <source>give either --issuer NAME (a demo issuer) or --key-seed HEX with --issuer-id and --kid</source>
        <translation>--issuer NAME（デモ用の発行者）か、--key-seed HEX と --issuer-id・--kid のどちらかを指定してください</translation>
    </message>
    <message>
        <source>--key-seed needs --issuer-id ID and --kid KID</source>
        <translation>--key-seed には --issuer-id ID と --kid KID が必要です</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 はオフセット %2 で正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object {&quot;claim id&quot;: value}</source>
        <translation>%1: JSON オブジェクト {&quot;claim id&quot;: value} を指定してください</translation>
    </message>
    <message>
        <source>--claim %1: expected ID=VALUE</source>
        <translation>--claim %1: ID=VALUE の形式で指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数「%1」があります</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>give --valid-until or --days, not both</source>
        <translation>--valid-until と --days はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>--days: expected a whole number of days, 1 or more</source>
        <translation>--days: 1 以上の整数で日数を指定してください</translation>
    </message>
    <message>
        <source>--valid-until is before --valid-from</source>
        <translation>--valid-until が --valid-from より前です</translation>
    </message>
    <message>
        <source>--type: the catalog has no certificate type &quot;%1&quot; (one of %2)</source>
        <translation>--type: カタログに証明書の種類「%1」はありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Verify a signed certificate as the desk does: signature, issuer, validity, subject, claims</source>
        <translation>署名付きの証明書を窓口と同じ方法で検証します: 署名、発行者、有効期間、対象者、記載事項</translation>
    </message>
    <message>
        <source>The compact JWS; &apos;-&apos; or nothing: standard input (after the password line of --as).</source>
        <translation>コンパクト形式の JWS。「-」または省略時は標準入力（--as のパスワード行の後）から読みます。</translation>
    </message>
    <message>
        <source>Verify as of this moment (ISO 8601 with a zone, or a day); default: now.</source>
        <translation>この時点を基準に検証します（タイムゾーン付きの ISO 8601、または日付）。既定: 現在。</translation>
    </message>
    <message>
        <source>Without --db: a person it may be about (kanji or kana); repeatable, one --subject-birth-date each. Nothing is recorded in the audit log then. With neither these nor --db the subject is not checked.</source>
        <translation>--db なしの場合: 証明書の対象者となりうる人（漢字またはかな）。複数指定でき、それぞれに --subject-birth-date を 1 つ指定します。この場合、監査ログには何も記録されません。これらも --db も指定しないと、対象者は照合されません。</translation>
    </message>
    <message>
        <source>Without --db: that person&apos;s birth date (YYYY-MM-DD or 和暦).</source>
        <translation>--db なしの場合: その人の生年月日（YYYY-MM-DD または和暦）。</translation>
    </message>
    <message>
        <source>With --db: the resident (宛名番号) whose household the certificate must be about; the verification is recorded in the audit log (certificate-verify).</source>
        <translation>--db 指定時: 住民（宛名番号）。証明書はこの住民の世帯の人についてのものである必要があります。検証は監査ログに記録されます（certificate-verify）。</translation>
    </message>
    <message>
        <source>--db and --resident go together</source>
        <translation>--db と --resident は一緒に指定してください</translation>
    </message>
    <message>
        <source>--subject-name and --subject-birth-date are for use without --db; with --db the resident&apos;s household is the subject</source>
        <translation>--subject-name と --subject-birth-date は --db なしで使います。--db を指定した場合は住民の世帯が対象者になります</translation>
    </message>
    <message>
        <source>give one --subject-birth-date for each --subject-name</source>
        <translation>--subject-name ごとに --subject-birth-date を 1 つ指定してください</translation>
    </message>
    <message>
        <source>%1 is empty: expected a compact JWS</source>
        <translation>%1 が空です: コンパクト形式の JWS が必要です</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>not checked (give --subject-name and --subject-birth-date, or --db and --resident)</source>
        <translation>未照合（--subject-name と --subject-birth-date、または --db と --resident を指定してください）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>recorded (certificate-verify)</source>
        <translation>記録済み（certificate-verify）</translation>
    </message>
    <message>
        <source>not recorded (no --db)</source>
        <translation>記録なし（--db 指定なし）</translation>
    </message>
    <message>
        <source>Make an Ed25519 signing key: its seed and the public JWK for trust.json</source>
        <translation>Ed25519 の署名鍵を作成します: シードと、trust.json 用の公開 JWK</translation>
    </message>
    <message>
        <source>Print the public JWK of this seed (64 hex digits) instead of making a new one.</source>
        <translation>新しく作成せず、このシード（16 進数 64 桁）の公開 JWK を表示します。</translation>
    </message>
    <message>
        <source>seed (secret: keep it where only the signing service reads it):</source>
        <translation>シード（秘密情報: 署名サービスだけが読める場所に保管してください）:</translation>
    </message>
    <message>
        <source>public JWK (for the issuer&apos;s &quot;keys&quot; in trust.json):</source>
        <translation>公開 JWK（trust.json の発行者の &quot;keys&quot; 用）:</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>the value is empty</source>
        <translation>値が空です</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>数値を指定してください（値:「%1」）</translation>
    </message>
    <message>
        <source>expected true or false (yes/no, 1/0, はい/いいえ), got &quot;%1&quot;</source>
        <translation>true または false（yes/no、1/0、はい/いいえ）を指定してください（値:「%1」）</translation>
    </message>
    <message>
        <source>%1 is not a claim of %2 (its claims: %3)</source>
        <translation>%1 は %2 の記載事項ではありません（記載事項: %3）</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 を指定してください（値: %2）</translation>
    </message>
    <message>
        <source>the required claim %1 (%2) is not given</source>
        <translation>必須の記載事項 %1（%2）が指定されていません</translation>
    </message>
    <message>
        <source>expected an Ed25519 seed: 64 hexadecimal digits (32 bytes)</source>
        <translation>Ed25519 のシードを指定してください: 16 進数 64 桁（32 バイト）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: /issuers/%2 needs name, id, kid and a seed of 64 hexadecimal digits</source>
        <translation>%1: /issuers/%2 には name、id、kid と 16 進数 64 桁の seed が必要です</translation>
    </message>
    <message>
        <source>there is no demo issuer &quot;%1&quot; (one of %2)</source>
        <translation>デモ用の発行者「%1」はありません（%2 のいずれか）</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>unknown type</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>VALID: %1</source>
        <translation>有効: %1</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（読み取れず）</translation>
    </message>
    <message>
        <source>issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>key:</source>
        <translation>鍵:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>subject:</source>
        <translation>対象者:</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1（%2 生まれ）</translation>
    </message>
    <message>
        <source>member:</source>
        <translation>世帯員:</translation>
    </message>
    <message>
        <source>claims:</source>
        <translation>記載事項:</translation>
    </message>
    <message>
        <source>sha256:</source>
        <translation>sha256:</translation>
    </message>
    <message>
        <source>audit:</source>
        <translation>監査ログ:</translation>
    </message>
</context>
<context>
    <name>CheckDigits</name>
    <message>
        <source>nothing given</source>
        <translation>何も入力されていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a digit</source>
        <translation>「%1」: 「%2」は数字ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits</source>
        <translation>「%1」に数字が含まれていません</translation>
    </message>
    <message>
        <source>My Number (個人番号)</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>address number (宛名番号)</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>household number (世帯番号)</source>
        <translation>世帯番号</translation>
    </message>
    <message>
        <source>local government code (全国地方公共団体コード)</source>
        <translation>全国地方公共団体コード</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 digits, this has %4</source>
        <translation>「%1」: %2は%3桁ですが、入力は%4桁です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a prefecture code (01–47)</source>
        <translation>「%1」: %2は都道府県コード（01～47）ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: wrong check digit: expected %3, got %4 (%2)</source>
        <translation>「%1」: %2のチェックデジットが誤っています（正: %3、入力: %4）</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>%1: %2 (household)</source>
        <translation>%1: %2（世帯）</translation>
    </message>
    <message>
        <source>%1: %2 (member %3)</source>
        <translation>%1: %2（世帯員 %3）</translation>
    </message>
    <message>
        <source>the catalog has no life event &quot;%1&quot;</source>
        <translation>カタログにライフイベント「%1」がありません</translation>
    </message>
    <message>
        <source>event.date is not a date: %1</source>
        <translation>event.date が日付ではありません: %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>YYYY-MM-DD 形式の日付を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>数値を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected the id of a member, got %1</source>
        <translation>世帯員の ID を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a list of member ids, got %1</source>
        <translation>世帯員 ID のリストを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>%1 のいずれかを指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>文字列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>missing (a required question of %1)</source>
        <translation>ありません（%1 の必須の質問）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of %2</source>
        <translation>「%1」は %2 の質問ではありません</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 はオフセット %2 で正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>The checklist of a life event from a rules context file</source>
        <translation>ルールコンテキストのファイルからライフイベントのチェックリストを作成します</translation>
    </message>
    <message>
        <source>The rules context, a JSON file (docs/rules-context.md).</source>
        <translation>ルールコンテキスト（JSON ファイル、docs/rules-context.md）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Also print every applicable procedure&apos;s form filled from the context, and the merged interview of what is left to ask (docs/forms.md).</source>
        <translation>該当する各手続きの申請書をコンテキストから記入した結果と、まだ聞き取る事項をまとめた聞き取り項目もあわせて出力します（docs/forms.md）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>give either --context FILE (a rules context in JSON) or --db LOCATION with --resident, --event and --event-date</source>
        <translation>--context FILE（JSON のルールコンテキスト）か、--db LOCATION と --resident、--event、--event-date のどちらかを指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数「%1」があります</translation>
    </message>
    <message>
        <source>the register</source>
        <translation>住民記録</translation>
    </message>
    <message>
        <source>Applies (%1):</source>
        <translation>該当（%1）:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>      Bring: %1</source>
        <translation>      持参するもの: %1</translation>
    </message>
    <message>
        <source>Does not apply (%1):</source>
        <translation>非該当（%1）:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]
Madoguchi %2, the counter system&apos;s command line.

Commands:
</source>
        <translation>使い方: %1 コマンド [オプション] [引数]
Madoguchi %2 — 窓口システムのコマンドラインツール

コマンド:
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
共通オプション:
  --help       ヘルプを表示（コマンドの後に付けると、そのコマンドのヘルプ）
  --version    バージョンを表示
  --json       結果を JSON 形式で出力（結果を返すコマンドのみ）

終了コード: 0 成功、1 処理の失敗、2 使い方の誤り
コマンドごとのオプションは「%1 コマンド --help」で確認できます。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; for the list</source>
        <translation>「%1」というコマンドはありません。一覧は「%2 --help」で確認できます</translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>このコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON 形式で出力します。</translation>
    </message>
</context>
<context>
    <name>CommandSession</name>
    <message>
        <source>Act as this member of staff; the password is read from the terminal, or one line of stdin (never from the arguments). Without it the command runs as the console.</source>
        <translation>この職員として実行します。パスワードは端末から、または標準入力の1行から読みます（引数からは決して読みません）。指定しないとコンソールとして実行します。</translation>
    </message>
    <message>
        <source>STAFF_ID</source>
        <translation>職員ID</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>--as %1: no password was given on the terminal or stdin</source>
        <translation>--as %1: 端末にも標準入力にもパスワードがありません</translation>
    </message>
</context>
<context>
    <name>ConnectorSet</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (at byte %2: %3)</source>
        <translation>%1: JSON オブジェクトではありません（%2 バイト目: %3）</translation>
    </message>
    <message>
        <source>unknown key; expected &quot;systems&quot; and &quot;default&quot;</source>
        <translation>不明なキーです。&quot;systems&quot; と &quot;default&quot; が使えます</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>a file drop needs a directory</source>
        <translation>ファイル連携には directory が必要です</translation>
    </message>
    <message>
        <source>expected &quot;http&quot; or &quot;file&quot;, not &quot;%1&quot;</source>
        <translation>&quot;http&quot; または &quot;file&quot; を指定してください（&quot;%1&quot; ではなく）</translation>
    </message>
    <message>
        <source>expected &quot;bearer&quot; or &quot;none&quot;</source>
        <translation>&quot;bearer&quot; または &quot;none&quot; を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a system id</source>
        <translation>&apos;%1&apos; はシステム ID ではありません</translation>
    </message>
    <message>
        <source>%1: no connector for the system &apos;%2&apos; and no default</source>
        <translation>%1: システム &apos;%2&apos; の接続先も既定の接続先もありません</translation>
    </message>
    <message>
        <source>%1: the URL for the system &apos;%2&apos; is not valid</source>
        <translation>%1: システム &apos;%2&apos; の URL が正しくありません</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>unknown event type &quot;%1&quot; (one of %2)</source>
        <translation>不明なイベントの種類「%1」です（%2 のいずれか）</translation>
    </message>
    <message>
        <source>宛名番号 %1 is a removed resident (除票: %2); only the deceased of a shibou event may be</source>
        <translation>宛名番号 %1 は消除された住民です（除票: %2）。消除された住民を指定できるのは shibou（死亡）の死亡者だけです</translation>
    </message>
    <message>
        <source>the household %1 of 宛名番号 %2 has no 世帯主 among its residents</source>
        <translation>宛名番号 %2 の世帯 %1 の住民に世帯主がいません</translation>
    </message>
    <message>
        <source>the context of 宛名番号 %1</source>
        <translation>宛名番号 %1 のコンテキスト</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>ありません（必須）</translation>
    </message>
    <message>
        <source>&quot;params&quot; are the catalog&apos;s city parameters; an input cannot set them</source>
        <translation>「params」はカタログの市区町村パラメーターです。入力では設定できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is derived by the engine; an input cannot set it</source>
        <translation>「%1」はエンジンが導出する値です。入力では設定できません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>不明なキー「%1」です。「%2」ではありませんか？</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー「%1」です</translation>
    </message>
    <message>
        <source>no member has the id %1</source>
        <translation>ID が %1 の世帯員はいません</translation>
    </message>
    <message>
        <source>expected at least one member</source>
        <translation>世帯員を一人以上指定してください</translation>
    </message>
    <message>
        <source>expected an object (a member), got %1</source>
        <translation>世帯員のオブジェクトを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>duplicate member id %1 (also /household/members/%2/id)</source>
        <translation>世帯員 ID %1 が重複しています（/household/members/%2/id にもあります）</translation>
    </message>
    <message>
        <source>missing (required for shussei: the newborn&apos;s member id)</source>
        <translation>ありません（shussei では必須: 出生した子の世帯員 ID）</translation>
    </message>
    <message>
        <source>missing (required for shibou: the deceased&apos;s member id)</source>
        <translation>ありません（shibou では必須: 死亡者の世帯員 ID）</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 が二回指定されています</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>オブジェクトを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>no member %1 (members: %2)</source>
        <translation>世帯員 %1 はいません（世帯員: %2）</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>不明な項目「%1」です。「%2」ではありませんか？</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>不明な項目「%1」です</translation>
    </message>
    <message>
        <source>expected PATH=VALUE where PATH is event.FIELD, answers.KEY or a member id and its field (%1.koumuin)</source>
        <translation>PATH=VALUE の形式で指定してください（PATH は event.FIELD、answers.KEY、または世帯員 ID と項目（%1.koumuin））</translation>
    </message>
    <message>
        <source>an answers key is one key, without dots: &quot;%1&quot;</source>
        <translation>answers のキーはドットを含まない一つのキーです:「%1」</translation>
    </message>
    <message>
        <source>event.%1 is the event itself and cannot be answered</source>
        <translation>event.%1 はイベント自体の情報のため、回答できません</translation>
    </message>
    <message>
        <source>%1 cannot be answered</source>
        <translation>%1 は回答できません</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot;: %2</source>
        <translation>回答「%1」: %2</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD or 和暦 such as R8.11.15): %1</source>
        <translation>日付（YYYY-MM-DD または R8.11.15 のような和暦）を指定してください: %1</translation>
    </message>
    <message>
        <source>expected an exact day, got &quot;%1&quot; (%2)</source>
        <translation>年月日が確定した日付を指定してください（値:「%1」、%2）</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>YYYY-MM-DD 形式の日付を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>文字列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %1</source>
        <translation>空でない文字列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected one of 0, 1, 2, 9 (ISO 5218), got %1</source>
        <translation>0、1、2、9（ISO 5218）のいずれかを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected one of %1; got %2</source>
        <translation>%1 のいずれかを指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected a prefecture code &quot;01&quot; to &quot;47&quot;, got %1</source>
        <translation>都道府県コード「01」～「47」を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a member id (letters, digits, _ or -), got %1</source>
        <translation>世帯員 ID（英字、数字、_、-）を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected an array of member ids such as [&quot;m2&quot;], got %1</source>
        <translation>[&quot;m2&quot;] のような世帯員 ID の配列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected an array of members, got %1</source>
        <translation>世帯員の配列を指定してください（値: %1）</translation>
    </message>
</context>
<context>
    <name>ContextCommand</name>
    <message>
        <source>Build a rules context from the register, or check a context file</source>
        <translation>住民記録からルールコンテキストを作成するか、コンテキストファイルを検査します</translation>
    </message>
    <message>
        <source>Check a hand-written context file instead of the register.</source>
        <translation>住民記録の代わりに、手作業で作成したコンテキストファイルを検査します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the derived form: with ages, school stages, counts …</source>
        <translation>導出後の形式（年齢、就学段階、人数 など）で出力します。</translation>
    </message>
    <message>
        <source>give either --db LOCATION with --resident, --event and --event-date, or --file FILE</source>
        <translation>--db LOCATION と --resident、--event、--event-date か、--file FILE のどちらかを指定してください</translation>
    </message>
    <message>
        <source>--%1 goes with --db, not --file</source>
        <translation>--%1 は --file ではなく --db と組み合わせて指定します</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: オフセット %2 で正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>expected exactly one JSON value</source>
        <translation>JSON 値はちょうど1つにしてください</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号; the subject of shussei and shibou.</source>
        <translation>住民の宛名番号。shussei と shibou では届出の対象者です。</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>ATENA_NO</translation>
    </message>
    <message>
        <source>The life event: tennyu, tenshutsu, tenkyo, shussei, shibou, konin.</source>
        <translation>ライフイベント: tennyu、tenshutsu、tenkyo、shussei、shibou、konin。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The event&apos;s date: YYYY-MM-DD or 和暦 (R8.11.20).</source>
        <translation>イベントの日付: YYYY-MM-DD または和暦（R8.11.20）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The day of the visit (default: today).</source>
        <translation>来庁日（既定: 今日）。</translation>
    </message>
    <message>
        <source>An answer PATH=VALUE (event.FIELD, answers.KEY, m2.koumuin …); repeatable.</source>
        <translation>回答 PATH=VALUE（event.FIELD、answers.KEY、m2.koumuin など）。複数回指定できます。</translation>
    </message>
    <message>
        <source>PATH=VALUE</source>
        <translation>PATH=VALUE</translation>
    </message>
    <message>
        <source>--%1 is required with --db</source>
        <translation>--db を指定する場合は --%1 も指定してください</translation>
    </message>
    <message>
        <source>--event: unknown event &quot;%1&quot; (one of %2)</source>
        <translation>--event: 不明なイベント「%1」です（%2 のいずれか）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行 %2 文字目: %3</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>ここから始まる引用符付きの項目が閉じられていません</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (write &quot;&quot; for a quote inside a quoted field)</source>
        <translation>項目の閉じ引用符の後に文字があります（引用符付きの項目内の引用符は &quot;&quot; と書きます）</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>引用符で始まらない項目の中に引用符があります</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database file %1 does not exist</source>
        <translation>データベースファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>データベース用のフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 はフォルダーです。データベースファイルを指定してください</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません（Debian パッケージ libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>%1 に接続できませんでした</translation>
    </message>
    <message>
        <source>setting the client encoding</source>
        <translation>クライアントの文字コードを設定できませんでした</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>the PostgreSQL URL is not valid: check the host, the port (1–65535) and that special characters in the user name and password are percent-encoded</source>
        <translation>PostgreSQL の URL が正しくありません。ホスト名とポート番号（1～65535）を確認し、ユーザー名とパスワードに含まれる記号はパーセントエンコードしてください</translation>
    </message>
    <message>
        <source>the PostgreSQL URL %1 must name one database, as in postgresql://user@host:5432/madoguchi</source>
        <translation>PostgreSQL の URL %1 にはデータベース名を一つ指定してください（例: postgresql://user@host:5432/madoguchi）</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; in the PostgreSQL URL %2 (known: %3)</source>
        <translation>PostgreSQL の URL %2 に不明なオプション「%1」があります（使用できるオプション: %3）</translation>
    </message>
    <message>
        <source>no database given: name an SQLite file or a postgresql:// URL</source>
        <translation>データベースが指定されていません。SQLite ファイルまたは postgresql:// で始まる URL を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file path nor a postgresql:// URL</source>
        <translation>「%1」はファイルのパスでも postgresql:// の URL でもありません</translation>
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
        <translation>データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>&amp;Choose Another Database…</source>
        <translation>別のデータベースを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DatabaseOption</name>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.</source>
        <translation>データベース（SQLite ファイルまたは postgresql:// の URL）。</translation>
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
        <translation>パスワードはキーチェーンのシークレット &apos;%1&apos; から読みました。ロールのパスワードを変更した場合は &apos;madoguchi-cli secret set %1&apos; で新しいものを保存してください</translation>
    </message>
    <message>
        <source>no password was sent: the keychain secret &apos;%1&apos; could not be read (%2)</source>
        <translation>パスワードを送っていません: キーチェーンのシークレット &apos;%1&apos; を読めませんでした（%2）</translation>
    </message>
    <message>
        <source>no password was sent: the secret &apos;%1&apos; is not in the OS keychain; if the server requires a password, set it with &apos;madoguchi-cli secret set %1&apos;</source>
        <translation>パスワードを送っていません: シークレット &apos;%1&apos; が OS のキーチェーンにありません。サーバーがパスワードを求める場合は &apos;madoguchi-cli secret set %1&apos; で設定してください</translation>
    </message>
</context>
<context>
    <name>DatabaseSecretStore</name>
    <message>
        <source>the secret &apos;%1&apos; is read from the OS keychain on the main thread only, and it has not been read there yet</source>
        <translation>シークレット &apos;%1&apos; は OS のキーチェーンからメインスレッドでのみ読みますが、まだ読まれていません</translation>
    </message>
</context>
<context>
    <name>DayExport</name>
    <message>
        <source>give the folder to export to</source>
        <translation>書き出し先のフォルダーを指定してください</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 がありません</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>フォルダー %1 に書き込めません</translation>
    </message>
    <message>
        <source>reading the tickets of %1</source>
        <translation>%1 の整理券の読み込み</translation>
    </message>
    <message>
        <source>counting the applications of %1</source>
        <translation>%1 の申請の集計</translation>
    </message>
    <message>
        <source>reading the deliveries of %1</source>
        <translation>%1 の送信状況の読み込み</translation>
    </message>
    <message>
        <source>reading the visits of %1</source>
        <translation>%1 の来庁の読み込み</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the export needs a valid day</source>
        <translation>書き出しには有効な日付が必要です</translation>
    </message>
</context>
<context>
    <name>DayReads</name>
    <message>
        <source>starting a consistent reading</source>
        <translation>整合性のある読み取りの開始</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION（データベースの場所）を指定してください</translation>
    </message>
    <message>
        <source>Show a database&apos;s engine and schema version</source>
        <translation>データベースの種類とスキーマのバージョンを表示します</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>データベース:    %1</translation>
    </message>
    <message>
        <source>Engine:          %1</source>
        <translation>種類:            %1</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this Madoguchi: %2)</source>
        <translation>スキーマ:        %1（この Madoguchi: %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) pending; run &apos;madoguchi-cli db migrate&apos;.</source>
        <translation>
            <numerusform>未適用のマイグレーションが %n 件あります。「madoguchi-cli db migrate」を実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a database or bring its schema up to date</source>
        <translation>データベースを作成するか、スキーマを最新の状態に更新します</translation>
    </message>
    <message>
        <source>%1 is at schema version %2.</source>
        <translation>%1 のスキーマのバージョンは %2 です。</translation>
    </message>
    <message>
        <source>Rebuild the search index from the register</source>
        <translation>住民記録から検索索引を再作成します</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 residents</source>
        <translation>索引を作成中: %2 人中 %1 人</translation>
    </message>
    <message>
        <source>The search index of %1 is rebuilt (%2 s).</source>
        <translation>%1 の検索索引を再作成しました（%2 秒）。</translation>
    </message>
    <message>
        <source>Check that an SQLite database file is not damaged</source>
        <translation>SQLite データベースファイルの破損を検査する</translation>
    </message>
    <message>
        <source>Also check every index against its table (integrity_check; slower).</source>
        <translation>すべての索引を表と照合して検査する（integrity_check、時間がかかります）。</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database: the server checks its own pages (use pg_amcheck)</source>
        <translation>%1 は PostgreSQL データベースです。ページの検査はサーバーが行います（pg_amcheck を使用してください）</translation>
    </message>
    <message>
        <source>%1: no damage found (%2, %3 ms).</source>
        <translation>%1: 破損は見つかりませんでした（%2、%3 ミリ秒）。</translation>
    </message>
</context>
<context>
    <name>DeferredIndexes</name>
    <message>
        <source>deferring or rebuilding indexes</source>
        <translation>索引の一時削除または再作成ができませんでした</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <source>queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>再送待ち</translation>
    </message>
    <message>
        <source>refused by the system</source>
        <translation>業務システムが却下</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>送信取消</translation>
    </message>
    <message>
        <source>handled by hand</source>
        <translation>手作業で処理済み</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>保留（確認待ち）</translation>
    </message>
</context>
<context>
    <name>DemoAnswers</name>
    <message>
        <source>questions still open: %1</source>
        <translation>未回答の質問: %1</translation>
    </message>
</context>
<context>
    <name>DemoBirth</name>
    <message>
        <source>the household of 宛名番号 %1 is under a support measure (支援措置): its address, which the codes carry, is withheld (%2)</source>
        <translation>宛名番号 %1 の世帯には支援措置があります。コードに載せる住所は開示されません（%2）</translation>
    </message>
    <message>
        <source>no resident under one year old on %1 lives in the household of 宛名番号 %2 (世帯 %3): there is no birth to notify; give a newborn or its mother, or leave out --resident to let the command choose</source>
        <translation>%1 時点で1歳未満の住民が宛名番号 %2 の世帯（世帯 %3）にいません。届け出る出生がありません。新生児かその母を指定するか、--resident を省いてコマンドに選ばせてください</translation>
    </message>
    <message>
        <source>the household of 宛名番号 %1 (世帯 %2) has no woman who can be the mother of %3 (%4 of the head, born %5): the mother must live in the household</source>
        <translation>宛名番号 %1 の世帯（世帯 %2）に %3（世帯主の%4、%5 生まれ）の母となりうる女性がいません。母は同じ世帯に住んでいる必要があります</translation>
    </message>
    <message>
        <source>reading the demo city&apos;s meta rows</source>
        <translation>デモ市のメタ情報の読み込み</translation>
    </message>
    <message>
        <source>this is not a demo city (made by &apos;madoguchi-cli demo seed&apos;): demo outside signs codes with the demo&apos;s public keys and makes them for the demo city only</source>
        <translation>デモ市（madoguchi-cli demo seed で作成）ではありません。demo outside はデモの公開された鍵でコードに署名するため、デモ市に対してのみ作成します</translation>
    </message>
    <message>
        <source>looking for the newest baby</source>
        <translation>最も新しく生まれた子の検索</translation>
    </message>
    <message>
        <source>no resident of the demo city was born in the year up to %1 with a woman who can be the mother in the household: seed a larger city, or give --resident ATENA_NO</source>
        <translation>%1 までの1年間に生まれ、母となりうる女性が同じ世帯にいる住民がデモ市にいません。より大きな市を作成するか、--resident ATENA_NO を指定してください</translation>
    </message>
    <message>
        <source>the catalog has no certificate type shussei_shoumei (出生証明書)</source>
        <translation>カタログに証明書の種類 shussei_shoumei（出生証明書）がありません</translation>
    </message>
    <message>
        <source>the 出生証明書 made for %1 would not be accepted at the desk: %2</source>
        <translation>%1 のために作成した出生証明書は窓口で受け付けられません: %2</translation>
    </message>
    <message>
        <source>the pre-entry made for %1 would not be accepted at the desk: %2</source>
        <translation>%1 のために作成した事前入力は窓口で受け付けられません: %2</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <source>counting the rows of %1</source>
        <translation>%1 の行数を数えています</translation>
    </message>
    <message>
        <source>the number of residents must be between 1 and %1, not %2</source>
        <translation>住民数は 1～%1 の範囲で指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>the reference date must be a valid date between 1990 and 2200</source>
        <translation>基準日は 1990 年から 2200 年までの正しい日付で指定してください</translation>
    </message>
    <message>
        <source>at least one household must be written per transaction</source>
        <translation>1 回のトランザクションで少なくとも 1 世帯を書き込む必要があります</translation>
    </message>
    <message>
        <source>the database already holds %1 residents; demo seed fills only an empty register</source>
        <translation>データベースには既に %1 人の住民が登録されています。demo seed は空の住民台帳にのみデータを作成します</translation>
    </message>
    <message>
        <source>the database already holds %1 households; demo seed fills only an empty register</source>
        <translation>データベースには既に %1 世帯が登録されています。demo seed は空の住民台帳にのみデータを作成します</translation>
    </message>
    <message>
        <source>compacting the demo city</source>
        <translation>デモ市のデータベースの圧縮</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>cannot read the demo data file %1: %2</source>
        <translation>デモデータファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>expected %1 to %2 tab-separated columns, found %3</source>
        <translation>タブ区切りで %1～%2 列が必要ですが、%3 列あります</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <source>the demo data file %1 has no rows</source>
        <translation>デモデータファイル %1 にデータがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not written in katakana</source>
        <translation>「%1」はカタカナで書かれていません</translation>
    </message>
    <message>
        <source>the weight &apos;%1&apos; is not a positive number</source>
        <translation>重み「%1」は正の数ではありません</translation>
    </message>
    <message>
        <source>the sex &apos;%1&apos; is neither 1 nor 2</source>
        <translation>性別「%1」は 1 でも 2 でもありません</translation>
    </message>
    <message>
        <source>the generation &apos;%1&apos; is not 1 to %2</source>
        <translation>世代「%1」は 1～%2 の範囲外です</translation>
    </message>
    <message>
        <source>a town needs a 3-digit code, a 7-digit postal code and 0–9 丁目</source>
        <translation>町名には3桁のコード、7桁の郵便番号、0～9 の丁目数が必要です</translation>
    </message>
    <message>
        <source>the apartment share &apos;%1&apos; is not a percentage</source>
        <translation>集合住宅の割合「%1」はパーセント値ではありません</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (prefix, suffix or standalone)</source>
        <translation>「%1」は不明な種類です（prefix、suffix、standalone のいずれか）</translation>
    </message>
    <message>
        <source>the writing &apos;%1&apos; is neither han nor alpha</source>
        <translation>表記「%1」は han でも alpha でもありません</translation>
    </message>
    <message>
        <source>the marriage rule &apos;%1&apos; is neither keep nor share</source>
        <translation>婚姻時の氏の規則「%1」は keep でも share でもありません</translation>
    </message>
    <message>
        <source>the status entry &apos;%1&apos; is not status:weight</source>
        <translation>在留資格の項目「%1」が「在留資格:重み」の形式になっていません</translation>
    </message>
    <message>
        <source>the nationality &apos;%1&apos; is not in nationalities.tsv</source>
        <translation>国籍「%1」は nationalities.tsv にありません</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is not family, male or female</source>
        <translation>区分「%1」は family、male、female のいずれでもありません</translation>
    </message>
    <message>
        <source>given_names.tsv lacks names for a sex and generation</source>
        <translation>given_names.tsv に、ある性別・世代の名前がありません</translation>
    </message>
    <message>
        <source>foreign_names.tsv lacks names for %1</source>
        <translation>foreign_names.tsv に %1 の名前がありません</translation>
    </message>
    <message>
        <source>buildings.tsv needs prefixes, suffixes and standalone names</source>
        <translation>buildings.tsv には接頭語（prefix）、接尾語（suffix）、単独の名称（standalone）がすべて必要です</translation>
    </message>
</context>
<context>
    <name>DemoOutsideCommand</name>
    <message>
        <source>Write a pre-entry code and a signed 出生証明書 for a 出生 visit in the demo city</source>
        <translation>デモ市での出生の来庁のために、事前入力のコードと署名付きの出生証明書を書き出します</translation>
    </message>
    <message>
        <source>The folder to write the codes into (created if missing).</source>
        <translation>コードを書き出すフォルダー（なければ作成します）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>The 宛名番号 of a newborn or its mother (default: the newest baby of the city).</source>
        <translation>新生児またはその母の宛名番号（既定: 市で最も新しく生まれた子）。</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数「%1」があります</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION を指定してください（SQLite のファイルまたは postgresql:// の URL）</translation>
    </message>
    <message>
        <source>--out DIR is required: the folder to write the codes into</source>
        <translation>--out DIR を指定してください: コードを書き出すフォルダーです</translation>
    </message>
    <message>
        <source>cannot create the folder %1; nothing was written</source>
        <translation>フォルダー %1 を作成できません。何も書き出していません</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>%1 を書き込めません: %2。何も書き出していません</translation>
    </message>
    <message>
        <source>出生 (birth): codes for a visit in the demo city, in %1</source>
        <translation>出生: デモ市での来庁のためのコード（%1）</translation>
    </message>
    <message>
        <source>事前入力: the pre-entry made on the smartphone (JSON)</source>
        <translation>事前入力: スマートフォンで作成した事前入力（JSON）</translation>
    </message>
    <message>
        <source>its MDP1: code, %1 characters</source>
        <translation>その MDP1: コード（%1 文字）</translation>
    </message>
    <message>
        <source>its QR code, version %1 (%2 × %2)</source>
        <translation>その QR コード（バージョン %1、%2 × %2）</translation>
    </message>
    <message>
        <source>出生証明書 signed by %1, %2 characters</source>
        <translation>%1 が署名した出生証明書（%2 文字）</translation>
    </message>
    <message>
        <source>not written: the certificate fits no QR code (%1)</source>
        <translation>書き出していません: 証明書が QR コードに収まりません（%1）</translation>
    </message>
    <message>
        <source>世帯 (household) %1: %2</source>
        <translation>世帯 %1: %2</translation>
    </message>
    <message>
        <source>  母 (mother): %1 (%2), 宛名番号 %3, %4 (%5)</source>
        <translation>  母: %1（%2）、宛名番号 %3、%4（%5）</translation>
    </message>
    <message>
        <source>  子 (child):  %1 (%2), 宛名番号 %3, 出生日 %4</source>
        <translation>  子: %1（%2）、宛名番号 %3、出生日 %4</translation>
    </message>
    <message>
        <source>窓口で (at the desk, logged in as demo-clerk; docs/desk.md, &quot;Information from outside city hall&quot;):</source>
        <translation>窓口で（demo-clerk でログイン。docs/desk.md の「Information from outside city hall」）:</translation>
    </message>
    <message>
        <source>  1. F2 検索: find the mother by her kana, %1, or her 宛名番号 %2; Enter.</source>
        <translation>  1. F2 検索: 母をかな（%1）または宛名番号 %2 で検索し、Enter。</translation>
    </message>
    <message>
        <source>  2. F10: paste the code of %1 (or scan %2). Check each 事前入力 value with the resident; Enter takes the 出生 event, its date and the answers.</source>
        <translation>  2. F10: %1 のコードを貼り付ける（または %2 を読み取る）。事前入力の各値を住民と確認し、Enter で出生のライフイベント、その日付と回答を取り込みます。</translation>
    </message>
    <message>
        <source>  3. F10 again: paste %1 (or Load from a file…). It is verified; the resident agrees to its use (Enter), and the 出生届 takes the time, place, weight, single birth and certifier from it.</source>
        <translation>  3. もう一度 F10: %1 を貼り付ける（または「ファイルから読み込む…」）。検証され、住民が利用に同意すると（Enter）、出生届に出生の時刻・場所・体重・単胎の別・証明者が入ります。</translation>
    </message>
    <message>
        <source>  4. F11 書類: the 出生証明書 is recorded as received digitally; record the other documents.</source>
        <translation>  4. F11 書類: 出生証明書はデジタルで受領済みと記録されています。ほかの書類を記録します。</translation>
    </message>
    <message>
        <source>  5. Ctrl+Enter on to 聞き取り, 確認・印刷 and 一括申請: the forms show what came from outside, and the 受付案内票 lists the data used and the consent.</source>
        <translation>  5. Ctrl+Enter で聞き取り・確認・印刷・一括申請へ: 申請書には外部から得た値が示され、受付案内票には利用した情報と同意が記載されます。</translation>
    </message>
</context>
<context>
    <name>DemoSeedCommand</name>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION を指定してください（SQLite ファイルまたは postgresql:// の URL）</translation>
    </message>
    <message>
        <source>--residents must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--residents には 1～%1 の整数を指定してください（指定値:「%2」）</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>--seed には 0～18446744073709551615 の整数を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--as-of には YYYY-MM-DD 形式の日付を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>Fill an empty database with the fictitious demo city</source>
        <translation>空のデータベースに架空のデモ市のデータを作成する</translation>
    </message>
    <message>
        <source>How many residents, 1 to 10,000,000 (default 10,000).</source>
        <translation>住民数（1～10,000,000、既定値 10,000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed: the same seed, count and date give the same city (default 1).</source>
        <translation>シード値。シード値・住民数・基準日が同じなら同じ市が作成されます（既定値 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The reference date ages are counted from (default today).</source>
        <translation>年齢計算の基準日（既定値は今日）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Seeding the demo city: %1 of %2 residents (%3%)</source>
        <translation>デモ市を作成中: %2 人中 %1 人（%3%）</translation>
    </message>
    <message>
        <source>Seeded the demo city %1%2 (city code %3) into %4</source>
        <translation>デモ市 %1%2（団体コード %3）を %4 に作成しました</translation>
    </message>
    <message>
        <source>  residents:          %1</source>
        <translation>  住民数:          %1</translation>
    </message>
    <message>
        <source>  households:         %1</source>
        <translation>  世帯数:          %1</translation>
    </message>
    <message>
        <source>  foreign residents:  %1</source>
        <translation>  外国人住民:      %1</translation>
    </message>
    <message>
        <source>  support measures:   %1</source>
        <translation>  支援措置:        %1</translation>
    </message>
    <message>
        <source>  former names:       %1</source>
        <translation>  旧氏名:          %1</translation>
    </message>
    <message>
        <source>  past addresses:     %1</source>
        <translation>  旧住所:          %1</translation>
    </message>
    <message>
        <source>  seed %1, reference date %2</source>
        <translation>  シード値 %1、基準日 %2</translation>
    </message>
    <message>
        <source>  %1 seconds, database file %2 MB</source>
        <translation>  %1 秒、データベースファイル %2 MB</translation>
    </message>
    <message>
        <source>  %1 seconds</source>
        <translation>  %1 秒</translation>
    </message>
    <message>
        <source>Demo accounts (shown only this once; only their hashes are stored):</source>
        <translation>デモ用アカウント（表示はこの一度だけです。保存されるのはハッシュのみです）:</translation>
    </message>
    <message>
        <source>  %1  %2  %3  password: %4</source>
        <translation>  %1  %2  %3  パスワード: %4</translation>
    </message>
    <message>
        <source>To set a new password: madoguchi-cli staff passwd --db %1 --id demo-clerk</source>
        <translation>パスワードを設定し直すには: madoguchi-cli staff passwd --db %1 --id demo-clerk</translation>
    </message>
</context>
<context>
    <name>DemoVisits</name>
    <message>
        <source>counting the residents</source>
        <translation>住民の数の確認</translation>
    </message>
    <message>
        <source>the register has no residents</source>
        <translation>住民が登録されていません</translation>
    </message>
    <message>
        <source>drawing a resident</source>
        <translation>住民の抽選</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>preparing the demo data statements</source>
        <translation>デモデータ用の SQL 文を準備しています</translation>
    </message>
    <message>
        <source>writing the demo meta rows</source>
        <translation>デモのメタ情報を書き込んでいます</translation>
    </message>
    <message>
        <source>moving the id sequence of %1</source>
        <translation>%1 の ID 連番を更新しています</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>%1 (from the setting database/location)</source>
        <translation>%1（設定 database/location の値）</translation>
    </message>
    <message>
        <source>madoguchi: cannot open the database: %1
</source>
        <translation>madoguchi: データベースを開けません: %1
</translation>
    </message>
    <message>
        <source>madoguchi: %1
Run &apos;madoguchi --help&apos; for the options.
</source>
        <translation>madoguchi: %1
オプションは「madoguchi --help」で確認できます。
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>--staff %1: no password on standard input (one line is expected)</source>
        <translation>--staff %1: 標準入力にパスワードがありません（1行必要です）</translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>madoguchi: --console: %1; the supervisor console is for a role that may approve (a supervisor)
</source>
        <translation>madoguchi: --console: %1。監督者コンソールは承認の権限がある役割（監督者）専用です
</translation>
    </message>
</context>
<context>
    <name>DeskBench</name>
    <message>
        <source>the Find box was not ready within a minute of the login</source>
        <translation>ログイン後 1 分以内に検索欄が使える状態になりませんでした</translation>
    </message>
    <message>
        <source>no search result within a minute (query %1, %2)</source>
        <translation>1 分以内に検索結果が出ませんでした（検索 %1、%2）</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.
Default: %1</source>
        <translation>データベース（SQLite ファイルまたは postgresql:// の URL）。
既定値: %1</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>The interface language: ja (Japanese, the default) or en (English). Default: the setting ui/language.</source>
        <translation>画面の言語: ja（日本語、既定）または en（英語）。既定値は設定 ui/language の値です。</translation>
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
        <translation>Madoguchi %1 — 市区町村のワンストップ窓口システム</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数「%1」があります</translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// URL</source>
        <translation>--db にはファイルのパスまたは postgresql:// の URL を指定してください</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use ja or en</source>
        <translation>「%1」は対応していない言語です。ja または en を指定してください</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot にはファイル名を指定してください</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Draw the desk offscreen at 1280×800, save it as a PNG file and exit. Needs no display. Without --staff it shows the login dialog; with --staff, the main window after logging in.</source>
        <translation>窓口画面を 1280×800 で画面外に描画して PNG ファイルに保存し、終了します。ディスプレイは不要です。--staff がなければログイン画面を、あればログイン後のメインウィンドウを描きます。</translation>
    </message>
    <message>
        <source>Log in as this staff id with the password read from standard input (one line; asked with echo off at a terminal) instead of the login dialog. Passwords are never taken from arguments.</source>
        <translation>ログイン画面の代わりに、この職員IDと標準入力から読んだパスワード（1行。端末では非表示で入力）でログインします。パスワードを引数から読むことはありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lock the desk after this many seconds without keyboard or mouse input (0: never). Default: the setting session/idleLockMinutes, else 5 minutes.</source>
        <translation>キーボードやマウスの操作がこの秒数なければ画面をロックします（0: ロックしない）。既定: 設定 session/idleLockMinutes、なければ5分。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--staff needs a staff id</source>
        <translation>--staff には職員IDが必要です</translation>
    </message>
    <message>
        <source>--idle-lock needs a whole number of seconds, not &apos;%1&apos;</source>
        <translation>--idle-lock には秒数（整数）を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>madoguchi: there is no display to open the window on (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset).
The desk is a graphical program. On a machine without a screen:
  xvfb-run -a madoguchi [OPTIONS]         run it on a virtual X display
  madoguchi --screenshot out.png [OPTIONS] draw the desk into a PNG and exit
  QT_QPA_PLATFORM=offscreen madoguchi     run it with no visible window (tests)
Over SSH, connect with &apos;ssh -X&apos; so that DISPLAY is set.
</source>
        <translation>madoguchi: ウィンドウを開くディスプレイがありません（DISPLAY、WAYLAND_DISPLAY、QT_QPA_PLATFORM がいずれも未設定です）。
窓口は画面を使うプログラムです。画面のないマシンでは:
  xvfb-run -a madoguchi [OPTIONS]         仮想 X ディスプレイで起動
  madoguchi --screenshot out.png [OPTIONS] 窓口を PNG に描画して終了
  QT_QPA_PLATFORM=offscreen madoguchi     ウィンドウを表示せずに起動（テスト用）
SSH 経由なら &apos;ssh -X&apos; で接続して DISPLAY を設定してください。
</translation>
    </message>
    <message>
        <source>Walk a 転入 visit of a demo household through every step offscreen (login, find, resident, event, checklist, interview, review, submit), save one 1280×800 PNG per step into this folder and exit. Needs --staff; the visit is really submitted.</source>
        <translation>デモ世帯の転入の来庁を画面外ですべてのステップ（ログイン、検索、住民、ライフイベント、手続き一覧、聞き取り、確認・印刷、一括申請）で進め、ステップごとに 1280×800 の PNG を 1 枚ずつこのフォルダーに保存して終了します。--staff が必要です。来庁は実際に申請されます。</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Measure the desk offscreen and print one JSON object: the time from the start of the process to a usable Find box, the search times of queries typed into it, the peak memory. Needs --staff.</source>
        <translation>窓口を画面外で計測し、JSON オブジェクトを 1 つ出力します。内容は、プロセスの起動から検索欄が使えるようになるまでの時間、検索欄に入力した検索の所要時間、最大メモリ使用量です。--staff が必要です。</translation>
    </message>
    <message>
        <source>How many searches --bench-desk types (default 200).</source>
        <translation>--bench-desk で入力する検索の回数（既定 200）。</translation>
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
設定は %1 に保存されます。

ディスプレイのない環境（サーバー、コンテナー、CI）では:
  xvfb-run -a madoguchi …          仮想ディスプレイで窓口を起動
  madoguchi --screenshot out.png   ログイン画面を PNG に描画
  echo PASSWORD | madoguchi --staff ID --screenshot out.png
                                   メインウィンドウを PNG に描画
  echo PASSWORD | madoguchi --staff ID --screenshots DIR
                                   来庁の全ステップを 1 ステップ 1 枚の PNG に描画
</translation>
    </message>
    <message>
        <source>--screenshots needs a folder</source>
        <translation>--screenshots にはフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--screenshot, --screenshots and --bench-desk go one at a time</source>
        <translation>--screenshot、--screenshots、--bench-desk は同時に指定できません</translation>
    </message>
    <message>
        <source>--%1 needs --staff ID (the password on standard input): the visit is made by a member of staff</source>
        <translation>--%1 には --staff ID（パスワードは標準入力）が必要です: 来庁の処理は職員が行います</translation>
    </message>
    <message>
        <source>--bench-queries needs a positive whole number, not &apos;%1&apos;</source>
        <translation>--bench-queries には正の整数を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--bench-queries goes with --bench-desk</source>
        <translation>--bench-queries は --bench-desk と一緒に指定してください</translation>
    </message>
    <message>
        <source>Open the waiting room&apos;s display board (the numbers being called and the waiting per purpose, in Japanese and English) instead of the desk. No login: it shows no personal data. With --screenshot, draw it into the PNG.</source>
        <translation>窓口画面の代わりに待合表示板（呼出中の番号と用件ごとの待ち人数、日本語と英語）を開きます。個人情報を表示しないためログインは不要です。--screenshot と併用すると PNG に描画します。</translation>
    </message>
    <message>
        <source>Open the ticket kiosk (one button per purpose; it issues and prints numbered tickets) instead of the desk. No login: it shows no personal data. With --screenshot, draw it into the PNG.</source>
        <translation>窓口画面の代わりに発券機（用件ごとのボタンで整理券を発行・印刷）を開きます。個人情報を表示しないためログインは不要です。--screenshot と併用すると PNG に描画します。</translation>
    </message>
    <message>
        <source>--board and --kiosk go one at a time</source>
        <translation>--board と --kiosk は同時に指定できません</translation>
    </message>
    <message>
        <source>--%1 needs no login and goes without --staff, --screenshots and --bench-desk</source>
        <translation>--%1 はログイン不要のため、--staff、--screenshots、--bench-desk とは併用できません</translation>
    </message>
    <message>
        <source>Open the supervisor console (the live room, submissions, approvals, the audit log) instead of the desk. Needs --staff of a role that may approve (a supervisor).</source>
        <translation>窓口画面の代わりに監督者コンソール（待合状況、送信状況、承認、監査ログ）を開きます。承認の権限がある役割（監督者）の --staff が必要です。</translation>
    </message>
    <message>
        <source>--console goes without --board, --kiosk, --screenshot, --screenshots and --bench-desk</source>
        <translation>--console は --board、--kiosk、--screenshot、--screenshots、--bench-desk と同時に指定できません</translation>
    </message>
    <message>
        <source>--console needs --staff ID (the password on standard input): the console is a supervisor&apos;s</source>
        <translation>--console には --staff ID（パスワードは標準入力）が必要です: コンソールは監督者用です</translation>
    </message>
</context>
<context>
    <name>DeskRelay</name>
    <message>
        <source>no relay in the desk: a hall database is served by relay services</source>
        <translation>窓口内の送信処理はありません: 本庁のデータベースは送信サービスが処理します</translation>
    </message>
    <message>
        <source>no relay in the desk: set MADOGUCHI_CONNECTORS or MADOGUCHI_BACKEND_URL (docs/delivery.md)</source>
        <translation>窓口内の送信処理はありません: MADOGUCHI_CONNECTORS または MADOGUCHI_BACKEND_URL を設定してください（docs/delivery.md）</translation>
    </message>
    <message>
        <source>no relay in the desk: a branch replica&apos;s visits are delivered by the hall after sync</source>
        <translation>窓口内の送信処理はありません: 支所の複製データベースの来庁は、同期の後に本庁が送信します</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No control characters (tabs, line breaks and the like).</source>
        <translation>制御文字（タブや改行など）は使えません。</translation>
    </message>
    <message>
        <source>The hall is a postgresql://user@host:port/dbname URL.</source>
        <translation>本庁は postgresql://user@host:port/dbname 形式の URL で指定します。</translation>
    </message>
    <message>
        <source>No password in the URL: put it in the keychain (madoguchi-cli secret set).</source>
        <translation>URL にパスワードを含めないでください: キーチェーンに保存してください（madoguchi-cli secret set）。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the register as a resident extract (CSV)</source>
        <translation>住民記録を住民データ抽出ファイル（CSV）に書き出す</translation>
    </message>
    <message>
        <source>utf-8 (default) or cp932.</source>
        <translation>utf-8（既定）または cp932。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>書き出す CSV ファイル。</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION を指定してください（SQLite ファイルまたは postgresql:// の URL）</translation>
    </message>
    <message>
        <source>name exactly one FILE to write</source>
        <translation>書き出すファイル（FILE）を一つだけ指定してください</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or cp932, not &apos;%1&apos;</source>
        <translation>--encoding には utf-8 または cp932 を指定してください（&apos;%1&apos; は使えません）</translation>
    </message>
    <message>
        <source>Exported %1 residents</source>
        <translation>%1 人を書き出しました</translation>
    </message>
    <message>
        <source>Exported %1 residents to %2 (%3)</source>
        <translation>%1 人を %2 に書き出しました（%3）</translation>
    </message>
</context>
<context>
    <name>FileDropConnector</name>
    <message>
        <source>the application id &apos;%1&apos; cannot be a file name</source>
        <translation>申請 ID &apos;%1&apos; はファイル名に使えません</translation>
    </message>
    <message>
        <source>the drop folder %1 does not exist</source>
        <translation>連携フォルダー %1 がありません</translation>
    </message>
    <message>
        <source>writing %1: %2</source>
        <translation>%1 の書き込み: %2</translation>
    </message>
</context>
<context>
    <name>FlagFreshness</name>
    <message>
        <source>reading how fresh the replica is</source>
        <translation>複製データベースの鮮度の読み込み</translation>
    </message>
    <message>
        <source>this branch replica has never been synced with the hall, so its support measures (支援措置) are unknown</source>
        <translation>この支所の複製データベースは本庁と一度も同期していないため、支援措置の有無がわかりません</translation>
    </message>
    <message>
        <source>this branch replica&apos;s support measures (支援措置) are %1 hours old (the limit is %2): one added at the hall since would not be known</source>
        <translation>この支所の複製データベースの支援措置は %1 時間前のものです（上限 %2 時間）: その後に本庁で追加された支援措置は反映されていません</translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>the printer did not start a new page</source>
        <translation>プリンターで新しいページを開始できませんでした</translation>
    </message>
    <message>
        <source>cannot print: the printer or PDF file cannot be painted on</source>
        <translation>印刷できません: プリンターまたは PDF ファイルに出力できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>there is no form %1 to print</source>
        <translation>印刷する申請書 %1 がありません</translation>
    </message>
    <message>
        <source>the printer did not finish</source>
        <translation>プリンターの処理が完了しませんでした</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>events.json: question %1 of %2: visible_when: %3</source>
        <translation>events.json: %2 の質問 %1: visible_when: %3</translation>
    </message>
    <message>
        <source>no member %1 (members: %2)</source>
        <translation>世帯員 %1 はいません（世帯員: %2）</translation>
    </message>
    <message>
        <source>no question of %1 has the key &quot;%2&quot;</source>
        <translation>%1 にキー「%2」の質問はありません</translation>
    </message>
    <message>
        <source>no question of %1 has the key &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1 にキー「%2」の質問はありません。「%3」ではありませんか？</translation>
    </message>
    <message>
        <source>asked per member: expected an object {member id: answer}, got %1</source>
        <translation>世帯員ごとの質問です。{世帯員 ID: 回答} のオブジェクトを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>%1 is the event itself and cannot be answered</source>
        <translation>%1 はイベント自体の情報のため、回答できません</translation>
    </message>
    <message>
        <source>events.json: question %1 of %2: validation: %3</source>
        <translation>events.json: %2 の質問 %1: validation: %3</translation>
    </message>
    <message>
        <source>the catalog has no life event &quot;%1&quot;</source>
        <translation>カタログにライフイベント「%1」がありません</translation>
    </message>
    <message>
        <source>%1: %2 (household)</source>
        <translation>%1: %2（世帯）</translation>
    </message>
    <message>
        <source>%1: %2 (member %3)</source>
        <translation>%1: %2（世帯員 %3）</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>YYYY-MM-DD 形式の日付を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true または false を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>数値を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected the id of a member (%1), got %2</source>
        <translation>世帯員の ID（%1）を指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected a list of member ids (%1), got %2</source>
        <translation>世帯員 ID のリスト（%1）を指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>%1 のいずれかを指定してください（値: %2）</translation>
    </message>
    <message>
        <source>expected a My Number (12 digits), got %1</source>
        <translation>個人番号（12桁）を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>文字列を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>%1 is added without a reason</source>
        <translation>%1 の追加には理由が必要です</translation>
    </message>
    <message>
        <source>%1: no such procedure in force on %2</source>
        <translation>%1: %2 時点で施行されている手続きではありません</translation>
    </message>
    <message>
        <source>%1: name a member of the household (procedure/m2) for a member procedure, and none for a household one</source>
        <translation>%1: 世帯員ごとの手続きには世帯員を指定し（手続き/m2 の形式）、世帯単位の手続きには指定しないでください</translation>
    </message>
    <message>
        <source>%1 is already in the checklist</source>
        <translation>%1 はすでに手続き一覧にあります</translation>
    </message>
</context>
<context>
    <name>FormsText</name>
    <message>
        <source>register</source>
        <translation>住民記録</translation>
    </message>
    <message>
        <source>event answer</source>
        <translation>届出時の回答</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>職員入力</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>to ask</source>
        <translation>要聞き取り</translation>
    </message>
    <message>
        <source>Forms (%1):</source>
        <translation>申請書（%1）:</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>記入完了</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>記入未完了</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>Interview (%1):</source>
        <translation>聞き取り（%1）:</translation>
    </message>
    <message numerus="yes">
        <source>fills %n field(s)</source>
        <translation>
            <numerusform>%n 項目に記入</numerusform>
        </translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <translation>  受付不可: %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>証明書</translation>
    </message>
</context>
<context>
    <name>HallCatalog</name>
    <message>
        <source>removing %1 from the replica</source>
        <translation>複製データベースから %1 を削除しています</translation>
    </message>
    <message>
        <source>publishing the catalog: %1</source>
        <translation>カタログの公開: %1</translation>
    </message>
    <message>
        <source>reading the published catalog</source>
        <translation>公開されたカタログの読み込み</translation>
    </message>
</context>
<context>
    <name>HttpConnector</name>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 から応答がありません: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a receipt number</source>
        <translation>HTTP %1 ですが受付番号がありません</translation>
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
        <translation>報告ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Import a resident extract (CSV, UTF-8 or CP932) into the register</source>
        <translation>住民データ抽出ファイル（CSV、UTF-8 または CP932）を住民記録に取り込む</translation>
    </message>
    <message>
        <source>utf-8 or cp932 (default: detected from the file).</source>
        <translation>utf-8 または cp932（既定: ファイルから判定）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Also write the rejected rows (line, column, reason) to this CSV file.</source>
        <translation>取り込めなかった行（行、列、理由）をこの CSV ファイルにも書き出す。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The extract (docs/import-format.md).</source>
        <translation>抽出ファイル（docs/import-format.md）。</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION を指定してください（SQLite ファイルまたは postgresql:// の URL）</translation>
    </message>
    <message>
        <source>name exactly one FILE to import</source>
        <translation>取り込むファイル（FILE）を一つだけ指定してください</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or cp932, not &apos;%1&apos;</source>
        <translation>--encoding には utf-8 または cp932 を指定してください（&apos;%1&apos; は使えません）</translation>
    </message>
    <message>
        <source>Checking the file: %1%</source>
        <translation>ファイルを検査中: %1%</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>取り込み中: %1%</translation>
    </message>
    <message>
        <source>line %1%2: %3</source>
        <translation>%1 行目%2: %3</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 updated, %4 removed, %5 unchanged, %6 rejected (%7)</source>
        <translation>%1 行を読み込み: 追加 %2、更新 %3、消除 %4、変更なし %5、不可 %6（%7）</translation>
    </message>
</context>
<context>
    <name>JapaneseDate</name>
    <message>
        <source>&apos;%1&apos;: unexpected &apos;%2&apos;</source>
        <translation>「%1」: 予期しない「%2」があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>「%1」: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: separate the numbers with . / - or 年月日</source>
        <translation>「%1」: 数字は . / - または 年月日 で区切ってください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date form Madoguchi reads; write for example 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, 昭和40年頃 or 不詳</source>
        <translation>「%1」は日付として読み取れません。入力例: 昭和50年4月1日、S50.4.1、3500401、1975-04-01、昭和40年頃、不詳</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only a whole year can be approximate (頃)</source>
        <translation>「%1」: 「頃」を付けられるのは年だけです</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the number %2 has too many digits</source>
        <translation>「%1」: 数値 %2 の桁数が多すぎます</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a year without an era needs four digits (1975); or give the era (S50, 昭和50年)</source>
        <translation>「%1」: 元号を付けない年は4桁で入力してください（1975）。または元号を付けてください（S50、昭和50年）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a month</source>
        <translation>「%1」: %2 は月として正しくありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a day</source>
        <translation>「%1」: %2 は日として正しくありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the era digit %2 does not exist (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和)</source>
        <translation>「%1」: 元号コード %2 はありません（1 明治、2 大正、3 昭和、4 平成、5 令和）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: six digits do not say the era; write S500401, 3500401 or 19750401</source>
        <translation>「%1」: 6桁では元号が分かりません。S500401、3500401、19750401 のように入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: mixed separators %2 and %3; use one of . / - throughout</source>
        <translation>「%1」: 区切り文字 %2 と %3 が混在しています。. / - のいずれか一つに統一してください</translation>
    </message>
    <message>
        <source>no date given; write for example 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, or 不詳</source>
        <translation>日付が入力されていません。入力例: 昭和50年4月1日、S50.4.1、3500401、1975-04-01、不詳</translation>
    </message>
    <message>
        <source>date unknown (年月日不詳)</source>
        <translation>年月日不詳</translation>
    </message>
    <message>
        <source>approximate year (頃)</source>
        <translation>年の概数（頃）</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>年のみ</translation>
    </message>
    <message>
        <source>year and month only</source>
        <translation>年月のみ</translation>
    </message>
    <message>
        <source>early in the month (上旬, days 1–10)</source>
        <translation>上旬（1日～10日）</translation>
    </message>
    <message>
        <source>middle of the month (中旬, days 11–20)</source>
        <translation>中旬（11日～20日）</translation>
    </message>
    <message>
        <source>late in the month (下旬, day 21 to the end)</source>
        <translation>下旬（21日～月末）</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>年月日確定</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stored date</source>
        <translation>「%1」は保存形式の日付ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stored date: %2</source>
        <translation>「%1」は保存形式の日付ではありません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stored date (the stored form is &apos;%2&apos;)</source>
        <translation>「%1」は保存形式の日付ではありません（保存形式は「%2」）</translation>
    </message>
    <message>
        <source>%1 does not exist: an era starts with year 1 (元年)</source>
        <translation>%1 は存在しません。元号の年は1年（元年）から始まります</translation>
    </message>
    <message>
        <source>%1: the year is out of range (the last supported year is %2)</source>
        <translation>%1: 年が範囲外です（対応している最後の年は %2 です）</translation>
    </message>
    <message>
        <source>%1 is before 1873-01-01: earlier dates are in the old lunisolar calendar, which is not supported</source>
        <translation>%1 は1873年1月1日より前の日付です。それ以前は旧暦（太陰太陽暦）のため対応していません</translation>
    </message>
    <message>
        <source>%1: there is no month %2</source>
        <translation>%1: %2月はありません</translation>
    </message>
    <message>
        <source>%1: there is no day %2</source>
        <translation>%1: %2日はありません</translation>
    </message>
    <message>
        <source>%1: %2 has only %3 days</source>
        <translation>%1: %2は%3日までです</translation>
    </message>
    <message>
        <source>%1 is before %2 began (%3)</source>
        <translation>%1 は%2の始まり（%3）より前です</translation>
    </message>
    <message>
        <source>%1 does not exist: %2 ended in %3 (%4)</source>
        <translation>%1 は存在しません。%2は%3で終わっています（%4）</translation>
    </message>
    <message>
        <source>%1 is after %2 ended (%3)</source>
        <translation>%1 は%2の終わり（%3）より後です</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>正しい日付ではありません</translation>
    </message>
</context>
<context>
    <name>JsonLogic</name>
    <message>
        <source>%1: &quot;missing_some&quot; needs a list of keys, not %2</source>
        <translation>%1: 「missing_some」にはキーのリストが必要です（%2 ではなく）</translation>
    </message>
    <message>
        <source>%1: evaluation stopped after %2 steps, the limit for one rule</source>
        <translation>%1: 1つのルールの上限である %2 ステップで評価を打ち切りました</translation>
    </message>
    <message>
        <source>%1: the result would be longer than %2 elements or characters</source>
        <translation>%1: 結果が %2 要素または %2 文字を超えます</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1: unknown operation &quot;%2&quot;</source>
        <translation>%1: 不明な演算「%2」</translation>
    </message>
    <message>
        <source>%1: an object in a rule is an operation and has exactly one key; this one has %2</source>
        <translation>%1: ルール中のオブジェクトは演算で、キーはちょうど1つです（このオブジェクトには %2 個あります）</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments for &quot;%2&quot;: %3 given, %4 expected</source>
        <translation>%1: 「%2」の引数の数が違います（%3 個、期待値は %4）</translation>
    </message>
    <message>
        <source>%1: the rule nests deeper than %2 levels</source>
        <translation>%1: ルールの入れ子が %2 段を超えています</translation>
    </message>
    <message>
        <source>%1: expected a date YYYY-MM-DD, got %2</source>
        <translation>%1: 日付 YYYY-MM-DD を期待しましたが、%2 でした</translation>
    </message>
    <message>
        <source>%1: expected a whole number of days, got %2</source>
        <translation>%1: 整数の日数を期待しましたが、%2 でした</translation>
    </message>
    <message>
        <source>%1: the day %2 is before the birth date %3</source>
        <translation>%1: %2 は生年月日 %3 より前です</translation>
    </message>
    <message>
        <source>%1: add_days(%2, %3) is outside the years 1 to 9999</source>
        <translation>%1: add_days(%2, %3) は 1～9999 年の範囲外です</translation>
    </message>
</context>
<context>
    <name>KanjiVariants</name>
    <message>
        <source>%1: the built-in kanji variant table is missing from this build</source>
        <translation>%1: このビルドには組み込みの異体字テーブルが含まれていません</translation>
    </message>
    <message>
        <source>%1: cannot read the kanji variant file: %2</source>
        <translation>%1: 異体字ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>この行は正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>expected VARIANT&lt;TAB&gt;STANDARD&lt;TAB&gt;NOTE, found “%1”</source>
        <translation>「異体字&lt;TAB&gt;標準字&lt;TAB&gt;備考」の形式で記載してください（記載内容:「%1」）</translation>
    </message>
    <message>
        <source>the variant “%1” must be exactly one kanji</source>
        <translation>異体字「%1」は漢字1文字で指定してください</translation>
    </message>
    <message>
        <source>the standard “%1” must be exactly one kanji</source>
        <translation>標準字「%1」は漢字1文字で指定してください</translation>
    </message>
    <message>
        <source>“%1” (%2) is not a kanji</source>
        <translation>「%1」（%2）は漢字ではありません</translation>
    </message>
    <message>
        <source>“%1” (%2) is a compatibility ideograph that NFKC already folds to “%3” (%4); write “%3” instead</source>
        <translation>「%1」（%2）は互換漢字で、NFKC 正規化により「%3」（%4）に変換されます。「%3」と記載してください</translation>
    </message>
    <message>
        <source>“%1” is already listed on line %2</source>
        <translation>「%1」は %2 行目に記載済みです</translation>
    </message>
    <message>
        <source>“%1” is listed as its own standard</source>
        <translation>「%1」が自身の標準字として記載されています</translation>
    </message>
    <message>
        <source>“%1” → “%2” closes a cycle: %3</source>
        <translation>「%1」→「%2」で循環が生じます: %3</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>is a keyring (for example gnome-keyring) running and unlocked in this session&apos;s D-Bus? Madoguchi does not store secrets without one</source>
        <translation>このセッションの D-Bus でキーリング（gnome-keyring など）が起動し、ロックが解除されているか確認してください。Madoguchi はキーリングがない環境では機密情報を保存しません</translation>
    </message>
    <message>
        <source>the keyring refused access; unlock it and try again</source>
        <translation>キーリングへのアクセスが拒否されました。ロックを解除してから再度実行してください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>storing the secret &apos;%1&apos; in the OS keychain</source>
        <translation>機密情報「%1」を OS のキーチェーンに保存できませんでした</translation>
    </message>
    <message>
        <source>reading the secret &apos;%1&apos; from the OS keychain</source>
        <translation>機密情報「%1」を OS のキーチェーンから読み込めませんでした</translation>
    </message>
    <message>
        <source>deleting the secret &apos;%1&apos; from the OS keychain</source>
        <translation>機密情報「%1」を OS のキーチェーンから削除できませんでした</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>no default printer is set up for this kiosk</source>
        <translation>この発券機には既定のプリンターが設定されていません</translation>
    </message>
    <message>
        <source>the printer %1 cannot print</source>
        <translation>プリンター %1 で印刷できません</translation>
    </message>
    <message>
        <source>the printer %1 did not finish the ticket</source>
        <translation>プリンター %1 が整理券の印刷を完了しませんでした</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>cannot read the migration %1: %2</source>
        <translation>マイグレーション %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this Madoguchi %3 understands (up to %4); install a newer Madoguchi rather than risk the data</source>
        <translation>データベース %1 のスキーマのバージョンは %2 で、この Madoguchi %3 が対応するバージョン（%4 まで）より新しくなっています。データを損なわないよう、新しい Madoguchi をインストールしてください</translation>
    </message>
    <message>
        <source>creating the schema_version table</source>
        <translation>schema_version テーブルを作成できませんでした</translation>
    </message>
    <message>
        <source>waiting for other counters&apos; migrations</source>
        <translation>他の窓口端末によるマイグレーションの完了を待てませんでした</translation>
    </message>
    <message>
        <source>writing the backup %1 before migrating</source>
        <translation>マイグレーション前のバックアップ %1 を書き込めませんでした</translation>
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation>マイグレーション %1（%2）</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>updating the outbox</source>
        <translation>送信待ちの更新</translation>
    </message>
    <message>
        <source>queueing application %1</source>
        <translation>申請 %1 の送信待ちへの登録</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>送信待ちの読み取り</translation>
    </message>
</context>
<context>
    <name>OutboxAdministration</name>
    <message>
        <source>a reason is required</source>
        <translation>理由の入力が必要です</translation>
    </message>
    <message>
        <source>no application %1 in the outbox</source>
        <translation>送信待ちに申請 %1 はありません</translation>
    </message>
    <message>
        <source>application %1 is %2; only one that is %3 can be changed so</source>
        <translation>申請 %1 は %2 です。この操作ができるのは %3 の申請だけです</translation>
    </message>
    <message>
        <source>changing application %1</source>
        <translation>申請 %1 の変更</translation>
    </message>
    <message>
        <source>application %1 changed meanwhile (a relay took it); look again</source>
        <translation>申請 %1 はその間に変わりました（送信処理が取得しました）。もう一度確認してください</translation>
    </message>
</context>
<context>
    <name>OutboxCommands</name>
    <message>
        <source>List the applications in the outbox and where each one is</source>
        <translation>送信待ちの申請とそれぞれの状態を一覧する</translation>
    </message>
    <message>
        <source>Only this visit&apos;s applications.</source>
        <translation>この来庁の申請だけ。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION は必須です</translation>
    </message>
    <message>
        <source>unknown --state &apos;%1&apos;</source>
        <translation>不明な --state &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give exactly one of --visit REF and --state STATE</source>
        <translation>--visit REF と --state STATE のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>Queue a rejected or waiting application again (supervisors)</source>
        <translation>却下・再送待ちの申請を送信待ちに戻す（監督者）</translation>
    </message>
    <message>
        <source>Cancel an application that was not delivered (supervisors)</source>
        <translation>送信されていない申請を取り消す（監督者）</translation>
    </message>
    <message>
        <source>Mark an application as settled by hand (supervisors)</source>
        <translation>申請を手作業で処理済みにする（監督者）</translation>
    </message>
    <message>
        <source>The application&apos;s id (its UUID).</source>
        <translation>申請の ID（UUID）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Why; recorded in the audit log.</source>
        <translation>理由。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>Application %1 is now %2.</source>
        <translation>申請 %1 は %2 になりました。</translation>
    </message>
    <message>
        <source>Only applications in this state: queued, sending, delivered, retry-wait, rejected, cancelled, handled or held (held for review: a branch&apos;s application whose register records changed at the hall).</source>
        <translation>この状態の申請だけ: queued（送信待ち）、sending（送信中）、delivered（送信済み）、retry-wait（再送待ち）、rejected（却下）、cancelled（取消）、handled（手作業で処理済み）、held（保留（確認待ち）: 本庁で住民記録が変更された支所の申請）。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>search the register</source>
        <translation>住民を検索する</translation>
    </message>
    <message>
        <source>open a resident&apos;s profile</source>
        <translation>住民の詳細を開く</translation>
    </message>
    <message>
        <source>reveal an individual number (個人番号)</source>
        <translation>個人番号を表示する</translation>
    </message>
    <message>
        <source>submit applications</source>
        <translation>申請を送信する</translation>
    </message>
    <message>
        <source>approve submissions</source>
        <translation>申請を承認する</translation>
    </message>
    <message>
        <source>retry deliveries</source>
        <translation>送信を再試行する</translation>
    </message>
    <message>
        <source>cancel deliveries</source>
        <translation>送信を取り消す</translation>
    </message>
    <message>
        <source>unlock a support measure (支援措置)</source>
        <translation>支援措置の制限を解除する</translation>
    </message>
    <message>
        <source>manage the procedure catalog</source>
        <translation>手続カタログを管理する</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>職員アカウントを管理する</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>監査ログを閲覧する</translation>
    </message>
    <message>
        <source>staff &apos;%1&apos; (%2) may not %3</source>
        <translation>職員 &apos;%1&apos;（%2）には「%3」権限がありません</translation>
    </message>
    <message>
        <source>%1 (and the refusal could not be recorded: %2)</source>
        <translation>%1（拒否を記録することもできませんでした: %2）</translation>
    </message>
</context>
<context>
    <name>PreEntry</name>
    <message>
        <source>character %1 at position %2 is not one of the 45 characters of Base45 (0-9, A-Z, space and $ % * + - . / :)</source>
        <translation>%2 文字目の文字 %1 は Base45 の 45 文字（0-9、A-Z、スペースと $ % * + - . / :）ではありません</translation>
    </message>
    <message>
        <source>the Base45 text has %1 characters, so its last group has only one (the code is cut short or has a character too many)</source>
        <translation>Base45 のテキストが %1 文字のため、最後のグループが 1 文字しかありません（コードが途中で切れているか、1 文字多すぎます）</translation>
    </message>
    <message>
        <source>the Base45 group &quot;%1&quot; at position %2 is worth %3, more than 65535</source>
        <translation>%2 文字目の Base45 グループ「%1」の値は %3 で、65535 を超えています</translation>
    </message>
    <message>
        <source>the last Base45 group &quot;%1&quot; at position %2 is worth %3, more than 255</source>
        <translation>%2 文字目の最後の Base45 グループ「%1」の値は %3 で、255 を超えています</translation>
    </message>
    <message>
        <source>the pre-entry code cannot be read: %1</source>
        <translation>事前入力コードを読み取れません: %1</translation>
    </message>
    <message>
        <source>the pre-entry&apos;s JSON has %1 bytes, more than the %2 a code may hold</source>
        <translation>事前入力の JSON が %1 バイトあり、1 つのコードに収まる %2 バイトを超えています</translation>
    </message>
    <message>
        <source>the code would have %1 characters, more than the %2 a pre-entry code may have (a QR code of version 25 at error correction M): its JSON is %3 bytes, %4 compressed. Leave out answers the clerk can ask at the counter</source>
        <translation>コードが %1 文字になり、事前入力コードの上限 %2 文字（誤り訂正レベル M、バージョン 25 の QR コード）を超えます: JSON は %3 バイト、圧縮後 %4 バイトです。窓口で職員が聞き取れる回答は省いてください</translation>
    </message>
    <message>
        <source>the pre-entry code is empty</source>
        <translation>事前入力コードが空です</translation>
    </message>
    <message>
        <source>not a pre-entry code: the 5th character should be &apos;:&apos; but is &apos;%1&apos;. A scanner set to another keyboard layout than the computer&apos;s types symbols wrong; set both to the same layout</source>
        <translation>事前入力コードではありません: 5 文字目は「:」のはずですが「%1」です。スキャナーのキーボード配列がコンピューターと異なると、記号が正しく入力されません。両方を同じ配列に設定してください</translation>
    </message>
    <message>
        <source>not a pre-entry code: it must begin with %1 (it begins with &quot;%2&quot;)</source>
        <translation>事前入力コードではありません: %1 で始まる必要があります（先頭は「%2」）</translation>
    </message>
    <message>
        <source>a pre-entry code of format version %1 (%2); this desk reads version %3 (%4): update Madoguchi</source>
        <translation>形式バージョン %1（%2）の事前入力コードです。この窓口で読めるのはバージョン %3（%4）です: Madoguchi を更新してください</translation>
    </message>
    <message>
        <source>the code has %1 characters; a pre-entry code has at most %2</source>
        <translation>コードが %1 文字あります。事前入力コードは最大 %2 文字です</translation>
    </message>
    <message>
        <source>its data is not UTF-8 text</source>
        <translation>データが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>its data is not JSON (at byte %1: %2)</source>
        <translation>データが JSON ではありません（%1 バイト目: %2）</translation>
    </message>
    <message>
        <source>its data is JSON but not an object</source>
        <translation>データは JSON ですが、オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected: %2)</source>
        <translation>不明な項目「%1」です（使用できる項目: %2）</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>YYYY-MM-DD 形式の日付を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a text that is not empty, got %1</source>
        <translation>空でないテキストを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a person {&quot;name&quot;: …, &quot;birth_date&quot;: …}, got %1</source>
        <translation>人物 {&quot;name&quot;: …, &quot;birth_date&quot;: …} を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>missing: a person is found at the desk by name and birth date together</source>
        <translation>未指定: 窓口では氏名と生年月日の組み合わせで本人を特定します</translation>
    </message>
    <message>
        <source>expected a list [{&quot;person&quot;: …, &quot;value&quot;: …}, …], got %1</source>
        <translation>リスト [{&quot;person&quot;: …, &quot;value&quot;: …}, …] を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected {&quot;person&quot;: …, &quot;value&quot;: …}, got %1</source>
        <translation>{&quot;person&quot;: …, &quot;value&quot;: …} を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>missing: the answer for this person</source>
        <translation>この人の回答がありません</translation>
    </message>
    <message>
        <source>the value has the 12 digits of a 個人番号 (My Number); a pre-entry code must never carry one (a QR code is easily photographed): leave it out, the clerk asks for it at the counter</source>
        <translation>値が個人番号と同じ12桁の数字です。事前入力のコードには個人番号を決して含めないでください（QR コードは簡単に撮影されます）。この値は除いてください。個人番号は窓口で職員が聞き取ります</translation>
    </message>
    <message>
        <source>a list holds person references {&quot;person&quot;: {…}} only, got %1</source>
        <translation>リストに入れられるのは人の参照 {&quot;person&quot;: {…}} だけです（値: %1）</translation>
    </message>
    <message>
        <source>expected a text, number, true/false, null, a person reference {&quot;person&quot;: {…}}, a list of them or {&quot;by_person&quot;: […]}, got %1</source>
        <translation>文字列、数値、true/false、null、人の参照 {&quot;person&quot;: {…}}、それらのリスト、または {&quot;by_person&quot;: […]} を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a text, number, true/false, null, a person reference {&quot;person&quot;: {…}} or a list of them, got %1</source>
        <translation>文字列、数値、true/false、null、人の参照 {&quot;person&quot;: {…}}、またはそれらのリストを指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected an object {key: answer}, got %1</source>
        <translation>オブジェクト {キー: 回答} を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>a pre-entry code must never carry a 個人番号 (My Number): a QR code is easily photographed. Leave it out; the clerk asks for it at the counter</source>
        <translation>事前入力のコードには個人番号を決して含めないでください（QR コードは簡単に撮影されます）。個人番号は除いてください。窓口で職員が聞き取ります</translation>
    </message>
    <message>
        <source>an empty key</source>
        <translation>空のキーがあります</translation>
    </message>
    <message>
        <source>expected a date and time with its offset, as 2026-11-20T09:00:00+09:00, got %1</source>
        <translation>時差付きの日時を 2026-11-20T09:00:00+09:00 の形式で指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a whole number from 1, got %1</source>
        <translation>1 以上の整数を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>version %1 is newer than this desk reads (%2): update Madoguchi, or make the code in version %2</source>
        <translation>バージョン %1 はこの窓口で読めるバージョン（%2）より新しいものです。Madoguchi を更新するか、バージョン %2 でコードを作成してください</translation>
    </message>
    <message>
        <source>expected {&quot;type&quot;: …, &quot;date&quot;: …, &quot;answers&quot;: {…}}, got %1</source>
        <translation>{&quot;type&quot;: …, &quot;date&quot;: …, &quot;answers&quot;: {…}} を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>missing: every pre-entry names its life event and the event&apos;s date</source>
        <translation>ライフイベントとその日付がありません（事前入力には必ず両方を記載します）</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got %2</source>
        <translation>「%1」を指定してください（値: %2）</translation>
    </message>
    <message>
        <source>the top level: %1</source>
        <translation>最上位: %1</translation>
    </message>
    <message>
        <source>missing: the life event</source>
        <translation>ライフイベントがありません</translation>
    </message>
    <message>
        <source>%1: the catalog asks a 個人番号 (My Number) there; a pre-entry code must never carry one (a QR code is easily photographed). The resident should make the code again without it</source>
        <translation>%1: カタログではここで個人番号を聞きますが、事前入力のコードには個人番号を決して含めません（QR コードは簡単に撮影されます）。住民の方に個人番号を除いてコードを作り直してもらってください</translation>
    </message>
    <message>
        <source>%1 is not in the household (no one member has this name and birth date)</source>
        <translation>%1 は世帯にいません（この氏名と生年月日の世帯員がいません）</translation>
    </message>
    <message>
        <source>expected a person {&quot;person&quot;: {&quot;name&quot;, &quot;birth_date&quot;}}, got %1</source>
        <translation>人 {&quot;person&quot;: {&quot;name&quot;, &quot;birth_date&quot;}} を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>expected a list of persons [{&quot;person&quot;: {…}}, …], got %1</source>
        <translation>人のリスト [{&quot;person&quot;: {…}}, …] を指定してください（値: %1）</translation>
    </message>
    <message>
        <source>a person is not an answer to a question of type %1</source>
        <translation>%1 型の質問には人を回答にできません</translation>
    </message>
    <message>
        <source>a list of persons is not an answer to a question of type %1</source>
        <translation>%1 型の質問には人のリストを回答にできません</translation>
    </message>
    <message>
        <source>the event&apos;s %1 is given as event.%1, not as an answer</source>
        <translation>イベントの %1 は回答ではなく event.%1 として指定します</translation>
    </message>
    <message>
        <source>%1 has no question &quot;%2&quot;</source>
        <translation>%1 に質問「%2」はありません</translation>
    </message>
    <message>
        <source>%1 has no question &quot;%2&quot;; did you mean &quot;%3&quot;?</source>
        <translation>%1 に質問「%2」はありません。「%3」ではありませんか？</translation>
    </message>
    <message>
        <source>a question about the life event goes in event.answers (as &quot;%1&quot;)</source>
        <translation>ライフイベントに関する質問は event.answers に（「%1」として）指定します</translation>
    </message>
    <message>
        <source>no form asks the key &quot;%1&quot;</source>
        <translation>キー「%1」を聞く申請書はありません</translation>
    </message>
    <message>
        <source>no form asks the key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>キー「%1」を聞く申請書はありません。「%2」ではありませんか？</translation>
    </message>
    <message>
        <source>no form of %1 asks &quot;%2&quot;</source>
        <translation>%1 の申請書に「%2」を聞くものはありません</translation>
    </message>
    <message>
        <source>asked once per person: expected {&quot;by_person&quot;: [{&quot;person&quot;: {…}, &quot;value&quot;: …}, …]}</source>
        <translation>人ごとに聞く質問です: {&quot;by_person&quot;: [{&quot;person&quot;: {…}, &quot;value&quot;: …}, …]} を指定してください</translation>
    </message>
    <message>
        <source>asked once for the household: expected the answer itself, not by_person</source>
        <translation>世帯で一度だけ聞く質問です: by_person ではなく回答そのものを指定してください</translation>
    </message>
    <message>
        <source>%1 is given more than once; the last answer is used</source>
        <translation>%1 が複数回指定されています。最後の回答を使います</translation>
    </message>
    <message>
        <source>event.type: the catalog has no life event &quot;%1&quot; (it has %2)</source>
        <translation>event.type: カタログにライフイベント「%1」はありません（あるのは %2）</translation>
    </message>
    <message>
        <source>a QR code of nothing</source>
        <translation>QR コードにする内容が空です</translation>
    </message>
    <message>
        <source>%1 characters do not fit a QR code at error correction M (at most 3391 in alphanumeric mode, version 40)</source>
        <translation>%1 文字は誤り訂正レベル M の QR コードに収まりません（英数字モード、バージョン 40 で最大 3391 文字）</translation>
    </message>
    <message>
        <source>libqrencode failed: %1</source>
        <translation>libqrencode が失敗しました: %1</translation>
    </message>
    <message>
        <source>zlib could not compress: %1</source>
        <translation>zlib で圧縮できません: %1</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib を開始できません</translation>
    </message>
    <message>
        <source>%1 byte(s) follow the end of the compressed data (something was added to the code)</source>
        <translation>圧縮データの終わりの後に %1 バイトあります（コードに何かが付け加えられています）</translation>
    </message>
    <message>
        <source>the data decompresses to more than %1 bytes; a pre-entry is never that large</source>
        <translation>データを展開すると %1 バイトを超えます。事前入力がこれほど大きくなることはありません</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (zlib: %1): a character of the code was changed, left out or added</source>
        <translation>圧縮データが壊れています（zlib: %1）: コードの文字が変わったか、抜けたか、追加されています</translation>
    </message>
    <message>
        <source>the compressed data ends too early: the code is cut short</source>
        <translation>圧縮データが途中で終わっています: コードが途中で切れています</translation>
    </message>
    <message>
        <source>zlib could not decompress: %1</source>
        <translation>zlib で展開できません: %1</translation>
    </message>
</context>
<context>
    <name>PreentryCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 はオフセット %2 で正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (docs/preentry.md)</source>
        <translation>%1: JSON オブジェクトを指定してください（docs/preentry.md）</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>%1 を指定してください</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数「%1」があります</translation>
    </message>
    <message>
        <source>Make the MDP1: code of a smartphone pre-entry (JSON, docs/preentry.md)</source>
        <translation>スマートフォンの事前入力（JSON、docs/preentry.md）から MDP1: コードを作成します</translation>
    </message>
    <message>
        <source>The pre-entry, JSON of format v1; - for standard input.</source>
        <translation>事前入力（形式 v1 の JSON）。- で標準入力から読みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Also write the code&apos;s QR code as SVG.</source>
        <translation>コードの QR コードを SVG としても書き出します。</translation>
    </message>
    <message>
        <source>OUT.svg</source>
        <translation>OUT.svg</translation>
    </message>
    <message>
        <source>Also print the QR code in the terminal (before the code), to scan it off the screen.</source>
        <translation>画面から読み取れるよう、QR コードを端末にも表示します（コードの前に）。</translation>
    </message>
    <message>
        <source>the pre-entry&apos;s JSON file (or -)</source>
        <translation>事前入力の JSON ファイル（または -）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 characters (at most %2), QR code version %3 (%4 × %4 modules, error correction M, alphanumeric mode)</source>
        <translation>%1 文字（最大 %2）、QR コード バージョン %3（%4 × %4 モジュール、誤り訂正レベル M、英数字モード）</translation>
    </message>
    <message>
        <source>Print the pre-entry (JSON) an MDP1: code holds</source>
        <translation>MDP1: コードに含まれる事前入力（JSON）を表示します</translation>
    </message>
    <message>
        <source>The code (quote it: it may hold spaces); - for standard input, as a scanner or a pipe gives it.</source>
        <translation>コード（空白を含むことがあるため引用符で囲んでください）。- でスキャナーやパイプから渡される標準入力を読みます。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>%1 arguments: a code may hold spaces, so quote it (&apos;MDP1:…&apos;) or give it on standard input with -</source>
        <translation>引数が %1 個あります: コードには空白が含まれることがあるため、引用符で囲む（&apos;MDP1:…&apos;）か、- を指定して標準入力から渡してください</translation>
    </message>
    <message>
        <source>the code (or -)</source>
        <translation>コード（または -）</translation>
    </message>
    <message>
        <source>Check a pre-entry&apos;s keys and values against the catalog</source>
        <translation>事前入力のキーと値をカタログと照合して確認します</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>life event: %1 (%2), %3</source>
        <translation>ライフイベント: %1（%2）、%3</translation>
    </message>
    <message>
        <source>used: %1</source>
        <translation>使用: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>persons, matched at the desk by name and birth date:</source>
        <translation>人（窓口で氏名と生年月日により照合）:</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>未使用: %1</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Show a resident&apos;s profile: person, household, entitlements, history</source>
        <translation>住民のプロフィールを表示する（本人・世帯・資格・履歴）</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号 (11 digits with its check digit).</source>
        <translation>住民の宛名番号（チェックデジットを含む11桁）。</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db 場所 を指定してください（SQLite ファイルまたは postgresql:// URL）</translation>
    </message>
    <message>
        <source>--atena ATENA_NO is required</source>
        <translation>--atena 宛名番号 を指定してください</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1（%2歳）</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用不能</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>blocked: no copies, do not disclose the address</source>
        <translation>交付制限：写しの交付不可・住所の開示不可</translation>
    </message>
    <message>
        <source>alert: check before issuing copies or disclosing the address</source>
        <translation>注意：写しの交付・住所の開示の前に確認</translation>
    </message>
    <message>
        <source>National Health Insurance (国保)</source>
        <translation>国民健康保険</translation>
    </message>
    <message>
        <source>employee health insurance (社保)</source>
        <translation>社会保険</translation>
    </message>
    <message>
        <source>late-stage elderly medical care (後期高齢者医療)</source>
        <translation>後期高齢者医療</translation>
    </message>
    <message>
        <source>public assistance (生活保護)</source>
        <translation>生活保護</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>certified (%1)</source>
        <translation>認定済み（%1）</translation>
    </message>
    <message>
        <source>insured</source>
        <translation>被保険者</translation>
    </message>
    <message>
        <source>category %1 insured</source>
        <translation>第%1号被保険者</translation>
    </message>
    <message>
        <source>pension recipient</source>
        <translation>年金受給者</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Entitlements:</source>
        <translation>資格：</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>Health insurance: %1 (since %2)</source>
        <translation>医療保険：%1（%2から）</translation>
    </message>
    <message>
        <source>Long-term care: %1</source>
        <translation>介護保険：%1</translation>
    </message>
    <message>
        <source>Pension: %1</source>
        <translation>年金：%1</translation>
    </message>
    <message>
        <source>Child allowance recipient: %1</source>
        <translation>児童手当受給：%1</translation>
    </message>
    <message>
        <source>My Number card: %1 (expires %2)</source>
        <translation>マイナンバーカード：%1（有効期限 %2）</translation>
    </message>
    <message>
        <source>Disability certificate: %1, child medical: %2, single-parent medical: %3, seal registered: %4</source>
        <translation>障害者手帳：%1、子ども医療証：%2、ひとり親医療証：%3、印鑑登録：%4</translation>
    </message>
    <message>
        <source>Household members (standard order):</source>
        <translation>世帯員（標準順）：</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>［除票］</translation>
    </message>
    <message>
        <source>← this resident</source>
        <translation>← 本人</translation>
    </message>
    <message>
        <source>Support measures:</source>
        <translation>支援措置：</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>仮</translation>
    </message>
    <message>
        <source>ends within a month</source>
        <translation>1か月以内に終了</translation>
    </message>
    <message>
        <source>Former names:</source>
        <translation>旧氏名：</translation>
    </message>
    <message>
        <source>Former addresses:</source>
        <translation>旧住所：</translation>
    </message>
    <message>
        <source>Alphabet name: %1</source>
        <translation>アルファベット氏名：%1</translation>
    </message>
    <message>
        <source>Common name (通称): %1 (%2)</source>
        <translation>通称：%1（%2）</translation>
    </message>
    <message>
        <source>Former surname (旧氏): %1 (%2)</source>
        <translation>旧氏：%1（%2）</translation>
    </message>
    <message>
        <source>[removed] %1 %2</source>
        <translation>［除票］%1 %2</translation>
    </message>
    <message>
        <source>Atena no.: %1  Setai no.: %2</source>
        <translation>宛名番号：%1  世帯番号：%2</translation>
    </message>
    <message>
        <source>Born: %1  Sex: %2</source>
        <translation>生年月日：%1  性別：%2</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>続柄：%1</translation>
    </message>
    <message>
        <source>Address: 〒%1 %2 %3</source>
        <translation>住所：〒%1 %2 %3</translation>
    </message>
    <message>
        <source>Nationality: %1  Status: %2 (until %3)</source>
        <translation>国籍・地域：%1  在留資格：%2（%3まで）</translation>
    </message>
    <message>
        <source>My Number: %1</source>
        <translation>個人番号：%1</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>Why the profile is opened; recorded in the audit log (required with --reveal-my-number).</source>
        <translation>詳細を開く目的。監査ログに記録されます（--reveal-my-number では必須）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Show the individual number (個人番号) instead of asterisks: needs --as with a role that may reveal it, and --purpose; recorded in the audit log.</source>
        <translation>個人番号を伏せ字でなく表示します。表示権限のある職員の --as と --purpose が必要で、監査ログに記録されます。</translation>
    </message>
    <message>
        <source>--reveal-my-number needs --purpose TEXT: why it is shown</source>
        <translation>--reveal-my-number には --purpose（表示する目的）が必要です</translation>
    </message>
    <message>
        <source>Address: withheld (%1)</source>
        <translation>住所: 非表示（%1）</translation>
    </message>
</context>
<context>
    <name>ProtectedColumns</name>
    <message>
        <source>the key of branch %1&apos;s replica was not read from this computer&apos;s keychain when the replica was opened, so 個人番号, 支援措置 details and entitlement details stay withheld</source>
        <translation>支所 %1 の複製データベースを開いたときに、このコンピューターのキーチェーンから暗号鍵を読み込まなかったため、個人番号、支援措置の詳細、資格の詳細は非表示のままです</translation>
    </message>
    <message>
        <source>%1 of row %2 holds a sealed replica value in a database that is not a replica; it is withheld</source>
        <translation>行 %2 の %1 には、複製データベースではないデータベースなのに暗号化済みの複製データベースの値が入っています。非表示にします</translation>
    </message>
    <message>
        <source>this database is not a replica and keeps no blind index</source>
        <translation>このデータベースは複製データベースではないため、ブラインドインデックスを持ちません</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>%1 (宛名番号 %2)</source>
        <translation>%1（宛名番号 %2）</translation>
    </message>
    <message>
        <source>世帯 %1</source>
        <translation>世帯 %1</translation>
    </message>
    <message>
        <source>register record</source>
        <translation>住民記録</translation>
    </message>
    <message>
        <source>household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>entitlements</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>支援措置</source>
        <translation>支援措置</translation>
    </message>
    <message>
        <source>removed at the hall</source>
        <translation>本庁で削除</translation>
    </message>
    <message>
        <source>added at the hall</source>
        <translation>本庁で追加</translation>
    </message>
    <message>
        <source>changed at the hall</source>
        <translation>本庁で変更</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4 (%5 → %6): %7</source>
        <translation>%1: %2 の%3（%4、%5 → %6）: %7</translation>
    </message>
    <message>
        <source>address changed (not shown: a 支援措置 covers this resident)</source>
        <translation>住所の変更（支援措置の対象者のため非表示）</translation>
    </message>
    <message>
        <source>the branch&apos;s copy changed after the visit read v%1: what it read is no longer known</source>
        <translation>来庁が v%1 を読み込んだ後に支所のコピーが変更されたため、読み込んだ内容はわかりません</translation>
    </message>
    <message>
        <source>details not described here changed (e.g. protected values)</source>
        <translation>ここに示していない項目が変更されています（保護された値など）</translation>
    </message>
    <message>
        <source>no longer in the hall&apos;s register</source>
        <translation>本庁の住民記録にもうありません</translation>
    </message>
    <message>
        <source>joined the household at the hall</source>
        <translation>本庁で世帯に加わりました</translation>
    </message>
    <message>
        <source>the hall no longer has this resident&apos;s entitlements</source>
        <translation>本庁にこの住民の資格がもうありません</translation>
    </message>
    <message>
        <source>the 支援措置 is no longer in the hall&apos;s register</source>
        <translation>この支援措置は本庁の住民記録にもうありません</translation>
    </message>
    <message>
        <source>a 支援措置 (level %1) was added at the hall</source>
        <translation>本庁で支援措置（レベル %1）が追加されました</translation>
    </message>
    <message>
        <source>reading the register records a visit relied on in %1</source>
        <translation>%1 での、来庁が参照した住民記録の読み込み</translation>
    </message>
</context>
<context>
    <name>RegisterAccess</name>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>宛名番号 %1 の住民はいません</translation>
    </message>
    <message>
        <source>revealing an individual number (個人番号) needs a purpose</source>
        <translation>個人番号の表示には目的の入力が必要です</translation>
    </message>
    <message>
        <source>reading the individual number of %1</source>
        <translation>%1 の個人番号の読み取り</translation>
    </message>
    <message>
        <source>unlocking a support measure (支援措置) needs a reason</source>
        <translation>支援措置の解除には理由の入力が必要です</translation>
    </message>
    <message>
        <source>an unlock lasts from 1 to %1 minutes, not %2</source>
        <translation>解除できる時間は1〜%1分です（%2分ではなく）</translation>
    </message>
    <message>
        <source>unlocking the support measure of %1</source>
        <translation>%1 の支援措置の解除</translation>
    </message>
    <message>
        <source>checking whether %1 may be printed</source>
        <translation>%1 を印刷してよいかの確認</translation>
    </message>
    <message>
        <source>reading the support measures that end soon</source>
        <translation>期限が近い支援措置の読み取り</translation>
    </message>
</context>
<context>
    <name>RegisterPull</name>
    <message>
        <source>setting up the replica for a copy</source>
        <translation>コピーのための複製データベースの準備</translation>
    </message>
    <message>
        <source>emptying the replica&apos;s %1</source>
        <translation>複製データベースの %1 の消去</translation>
    </message>
    <message>
        <source>counting %1 at the hall</source>
        <translation>本庁の %1 の件数の集計</translation>
    </message>
    <message>
        <source>counting %1 in the replica</source>
        <translation>複製データベースの %1 の件数の集計</translation>
    </message>
    <message numerus="yes">
        <source>the pull was stopped after %n committed batches (as asked)</source>
        <translation>
            <numerusform>指定どおり、%n 回分のバッチを確定した後で取り込みを停止しました</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the replica&apos;s sync state</source>
        <translation>複製データベースの同期状態の読み込み</translation>
    </message>
    <message>
        <source>the replica&apos;s bootstrap state &apos;%1&apos; (meta %2) is not understood; delete the replica file to bootstrap it again</source>
        <translation>複製データベースの初回取り込みの状態「%1」（meta %2）を解釈できません。複製データベースのファイルを削除して、初回取り込みをやり直してください</translation>
    </message>
    <message>
        <source>reading the hall&apos;s last change</source>
        <translation>本庁の最新の変更の読み込み</translation>
    </message>
    <message>
        <source>deleting from the replica&apos;s %1 what the hall no longer has</source>
        <translation>本庁にもうない行の、複製データベースの %1 からの削除</translation>
    </message>
    <message>
        <source>reading the replica&apos;s %1</source>
        <translation>複製データベースの %1 の読み込み</translation>
    </message>
    <message>
        <source>counting the hall&apos;s changes</source>
        <translation>本庁の変更の件数の集計</translation>
    </message>
    <message>
        <source>reading the hall&apos;s register changes</source>
        <translation>本庁の住民記録の変更の読み込み</translation>
    </message>
    <message>
        <source>the hall&apos;s change %1 names an unknown kind of record &apos;%2&apos;: is the hall newer than this desk?</source>
        <translation>本庁の変更 %1 に不明な記録の種類「%2」があります。本庁がこの窓口より新しいバージョンではありませんか？</translation>
    </message>
    <message>
        <source>reading %1 at the hall</source>
        <translation>本庁の %1 の読み込み</translation>
    </message>
    <message>
        <source>the replica has no table %1: is it a Madoguchi database?</source>
        <translation>複製データベースに %1 テーブルがありません。Madoguchi のデータベースですか？</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 の読み込み</translation>
    </message>
    <message>
        <source>reading the members of households</source>
        <translation>世帯員の読み込み</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>%1 のコピーの準備</translation>
    </message>
    <message>
        <source>writing %1 %2 into the replica</source>
        <translation>複製データベースへの %1 %2 の書き込み</translation>
    </message>
    <message>
        <source>pulling the register from %1: %2</source>
        <translation>%1 からの住民記録の取り込み: %2</translation>
    </message>
    <message>
        <source>the hall&apos;s schema is version %1 and the replica&apos;s %2: both must be opened by the same version of Madoguchi</source>
        <translation>本庁のスキーマのバージョンは %1、複製データベースは %2 です。両方を同じバージョンの Madoguchi で開く必要があります</translation>
    </message>
    <message>
        <source>counting the replica&apos;s persons</source>
        <translation>複製データベースの住民数の集計</translation>
    </message>
    <message>
        <source>the pull was stopped (the desk is closing); the next sync goes on from here</source>
        <translation>取り込みを中断しました（窓口端末を終了するため）。次回の同期はここから続けます</translation>
    </message>
</context>
<context>
    <name>RegisterSamples</name>
    <message>
        <source>the catalog has no 転入 (tennyu) life event</source>
        <translation>カタログに転入（tennyu）のライフイベントがありません</translation>
    </message>
    <message>
        <source>looking for a household to show</source>
        <translation>表示する世帯の検索</translation>
    </message>
    <message>
        <source>no resident found for the tour: the register has no Japanese household head with 4 or 5 members (seed a demo city with &apos;madoguchi-cli demo seed&apos;)</source>
        <translation>画面巡回に使う住民が見つかりません: 住民記録に、世帯員 4～5 人の日本人の世帯主がいません（「madoguchi-cli demo seed」でデモ市を作成してください）</translation>
    </message>
    <message numerus="yes">
        <source>no resident found for the tour: none of %n household head(s) makes a 転入 visit a demo clerk can complete (%1)</source>
        <translation>
            <numerusform>画面巡回に使う住民が見つかりません: 世帯主 %n 人のいずれも、デモ職員が完了できる転入の来庁になりません（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>counting the residents</source>
        <translation>住民の数の確認</translation>
    </message>
    <message>
        <source>the register has no residents to search for</source>
        <translation>住民記録に検索対象の住民がいません</translation>
    </message>
    <message>
        <source>drawing a resident to search for</source>
        <translation>検索する住民の抽選</translation>
    </message>
</context>
<context>
    <name>RegisterSummary</name>
    <message>
        <source>reading the city from the meta table</source>
        <translation>meta テーブルから市区町村の情報を読み込めませんでした</translation>
    </message>
    <message>
        <source>counting the residents</source>
        <translation>住民数を集計できませんでした</translation>
    </message>
    <message>
        <source>counting the households</source>
        <translation>世帯数を集計できませんでした</translation>
    </message>
</context>
<context>
    <name>RegisterWriteLock</name>
    <message>
        <source>waiting for other register writes</source>
        <translation>他の住民記録の書き込みの完了待ち</translation>
    </message>
</context>
<context>
    <name>RelayCommand</name>
    <message>
        <source>no connectors are configured: give --connectors FILE, or set MADOGUCHI_CONNECTORS (a file) or MADOGUCHI_BACKEND_URL (one sandbox for every system); see docs/delivery.md</source>
        <translation>接続先が設定されていません: --connectors FILE を指定するか、MADOGUCHI_CONNECTORS（ファイル）または MADOGUCHI_BACKEND_URL（全システム共通のサンドボックス）を設定してください。docs/delivery.md を参照</translation>
    </message>
    <message>
        <source>Deliver the outbox to the back-end systems (a service, or --once)</source>
        <translation>送信待ちの申請を業務システムへ送る（常駐、または --once）</translation>
    </message>
    <message>
        <source>Deliver what is due now, then exit (instead of running until stopped).</source>
        <translation>今送れるものを送って終了する（停止されるまで動き続ける代わりに）。</translation>
    </message>
    <message>
        <source>The connectors file (docs/delivery.md); default: $MADOGUCHI_CONNECTORS, else $MADOGUCHI_BACKEND_URL.</source>
        <translation>接続先ファイル（docs/delivery.md）。既定: $MADOGUCHI_CONNECTORS、なければ $MADOGUCHI_BACKEND_URL。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Applications claimed at once, 1 to 1000 (default 32).</source>
        <translation>一度に取得する申請の数、1〜1000（既定 32）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How long a claimed application stays this relay&apos;s, 1 to 3600 (default 120).</source>
        <translation>取得した申請をこの送信処理が保持する秒数、1〜3600（既定 120）。</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION は必須です</translation>
    </message>
    <message>
        <source>--batch must be from 1 to 1000</source>
        <translation>--batch は 1〜1000 です</translation>
    </message>
    <message>
        <source>--lease-seconds must be from 1 to 3600</source>
        <translation>--lease-seconds は 1〜3600 です</translation>
    </message>
    <message>
        <source>relay %1: running</source>
        <translation>送信処理 %1: 実行中</translation>
    </message>
    <message>
        <source>%1 delivered, %2 waiting to be retried, %3 rejected</source>
        <translation>送信済み %1 件、再送待ち %2 件、却下 %3 件</translation>
    </message>
    <message>
        <source>The wait after a first failed send, 1 to 3600000 ms (default 2000).</source>
        <translation>最初の送信失敗の後の待ち時間、1〜3600000 ミリ秒（既定 2000）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>The longest wait between sends of one application, 1 to 86400000 ms (default 3600000: one hour).</source>
        <translation>1 件の申請の送信間隔の上限、1〜86400000 ミリ秒（既定 3600000: 1 時間）。</translation>
    </message>
    <message>
        <source>--backoff-first-ms must be from 1 to 3600000</source>
        <translation>--backoff-first-ms は 1〜3600000 です</translation>
    </message>
    <message>
        <source>--backoff-cap-ms must be from --backoff-first-ms to 86400000</source>
        <translation>--backoff-cap-ms は --backoff-first-ms 以上 86400000 以下です</translation>
    </message>
</context>
<context>
    <name>ReplicaCipher</name>
    <message>
        <source>libsodium could not be initialised, so the replica cannot be opened</source>
        <translation>libsodium を初期化できなかったため、複製データベースを開けません</translation>
    </message>
    <message>
        <source>the replica key is %1 bytes long; a replica key is %2 bytes</source>
        <translation>複製データベースの暗号鍵が %1 バイトです。複製データベースの暗号鍵は %2 バイトです</translation>
    </message>
    <message>
        <source>%1 of row %2 is stored unsealed in the replica; it is refused rather than shown</source>
        <translation>行 %2 の %1 が複製データベースに暗号化されずに保存されています。表示せずに拒否します</translation>
    </message>
    <message>
        <source>%1 of row %2 is not a well-formed sealed value; the replica file may be damaged</source>
        <translation>行 %2 の %1 は正しい形式の暗号化済みの値ではありません。複製データベースのファイルが壊れている可能性があります</translation>
    </message>
    <message>
        <source>%1 of row %2 does not open with this computer&apos;s replica key: it was sealed with another key, altered, or moved from another place in the file</source>
        <translation>行 %2 の %1 は、このコンピューターの複製データベースの暗号鍵で開けません: 別の暗号鍵で暗号化されたか、改ざんされたか、ファイル内の別の場所から移されたものです</translation>
    </message>
</context>
<context>
    <name>ReplicaKeys</name>
    <message>
        <source>reading %1 from the replica</source>
        <translation>複製データベースからの %1 の読み込み</translation>
    </message>
    <message>
        <source>this database is not a branch replica (its meta has no %1), so it has no replica key</source>
        <translation>このデータベースは支所の複製データベースではない（meta に %1 がない）ため、複製データベースの暗号鍵はありません</translation>
    </message>
    <message>
        <source>the keychain secret &apos;%1&apos; is not a replica key (%2 bytes in base64 text)</source>
        <translation>キーチェーンのシークレット「%1」は複製データベースの暗号鍵ではありません（base64 テキストで %2 バイト）</translation>
    </message>
    <message>
        <source>the key in this computer&apos;s keychain (secret &apos;%1&apos;) does not open this replica: it was sealed with another key. 個人番号, 支援措置 details and entitlement details stay withheld; restore the replica&apos;s own key with &apos;madoguchi-cli secret set %1&apos;, or remove the replica and sync a fresh one</source>
        <translation>このコンピューターのキーチェーンにある暗号鍵（シークレット「%1」）では、この複製データベースを開けません: 別の暗号鍵で暗号化されています。個人番号、支援措置の詳細、資格の詳細は非表示のままです。&apos;madoguchi-cli secret set %1&apos; でこの複製データベースの暗号鍵を復元するか、複製データベースを削除して新しく同期してください</translation>
    </message>
    <message>
        <source>the replica&apos;s key is not in this computer&apos;s keychain (secret &apos;%1&apos;), so 個人番号, 支援措置 details and entitlement details stay withheld; restore the key with &apos;madoguchi-cli secret set %1&apos; (base64 text from standard input), or remove the replica and sync a fresh one</source>
        <translation>複製データベースの暗号鍵がこのコンピューターのキーチェーンにない（シークレット「%1」）ため、個人番号、支援措置の詳細、資格の詳細は非表示のままです。&apos;madoguchi-cli secret set %1&apos; で暗号鍵を復元する（標準入力から base64 テキストで）か、複製データベースを削除して新しく同期してください</translation>
    </message>
    <message>
        <source>the replica&apos;s key (secret &apos;%1&apos;) could not be read from the keychain, so 個人番号, 支援措置 details and entitlement details stay withheld: %2</source>
        <translation>複製データベースの暗号鍵（シークレット「%1」）をキーチェーンから読み込めなかったため、個人番号、支援措置の詳細、資格の詳細は非表示のままです: %2</translation>
    </message>
    <message>
        <source>the replica&apos;s key (secret &apos;%1&apos;) could not be read from the keychain: %2</source>
        <translation>複製データベースの暗号鍵（シークレット「%1」）をキーチェーンから読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>the replica&apos;s new key could not be stored in the keychain (secret &apos;%1&apos;), so nothing is sealed and the sync stops: %2</source>
        <translation>複製データベースの新しい暗号鍵をキーチェーンに保存できなかった（シークレット「%1」）ため、何も暗号化せずに同期を中止します: %2</translation>
    </message>
    <message>
        <source>the keychain did not keep the replica&apos;s new key (secret &apos;%1&apos;), so nothing is sealed and the sync stops</source>
        <translation>キーチェーンに複製データベースの新しい暗号鍵（シークレット「%1」）が保存されていなかったため、何も暗号化せずに同期を中止します</translation>
    </message>
</context>
<context>
    <name>ReplicaSealing</name>
    <message>
        <source>sealing the protected values of %1</source>
        <translation>%1 の保護された値の暗号化</translation>
    </message>
    <message>
        <source>turning on secure_delete</source>
        <translation>secure_delete の有効化</translation>
    </message>
    <message>
        <source>truncating the replica&apos;s write-ahead log</source>
        <translation>複製データベースの先行書き込みログ（WAL）の切り詰め</translation>
    </message>
    <message>
        <source>the replica&apos;s write-ahead log could not be truncated because another connection is reading it; values sealed just now may still be readable in %1-wal until the desk and the sync are closed</source>
        <translation>別の接続が読み込み中のため、複製データベースの先行書き込みログ（WAL）を切り詰められませんでした。窓口と同期を終了するまで、暗号化したばかりの値が %1-wal から読み取れる可能性があります</translation>
    </message>
</context>
<context>
    <name>RequiredSecret</name>
    <message>
        <source>the secret &apos;%1&apos; is not in the OS keychain; set it with &apos;madoguchi-cli secret set %1&apos; (the value is read from standard input)</source>
        <translation>シークレット &apos;%1&apos; が OS のキーチェーンにありません。&apos;madoguchi-cli secret set %1&apos; で設定してください（値は標準入力から読みます）</translation>
    </message>
</context>
<context>
    <name>ResidentAccess</name>
    <message>
        <source>reading who used the resident&apos;s data</source>
        <translation>住民の情報の利用状況の読み込み</translation>
    </message>
    <message>
        <source>no resident has 宛名番号 %1</source>
        <translation>宛名番号 %1 の住民はいません</translation>
    </message>
</context>
<context>
    <name>ResidentAuditCommands</name>
    <message>
        <source>found the record in a search</source>
        <translation>検索で該当</translation>
    </message>
    <message>
        <source>opened the record</source>
        <translation>記録を閲覧</translation>
    </message>
    <message>
        <source>displayed the 個人番号</source>
        <translation>個人番号を表示</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>submitted applications</source>
        <translation>申請を確定</translation>
    </message>
    <message>
        <source>decided a request</source>
        <translation>承認依頼を決裁</translation>
    </message>
    <message>
        <source>lifted a 支援措置 block for a while</source>
        <translation>支援措置による制限を一時解除</translation>
    </message>
    <message>
        <source>verified a certificate</source>
        <translation>証明書を検証</translation>
    </message>
    <message>
        <source>read this access record</source>
        <translation>この利用状況の記録を閲覧</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>retried or stopped a delivery</source>
        <translation>送信の再試行または停止</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>registered as %1</source>
        <translation>登録済み（受付番号 %1）</translation>
    </message>
    <message>
        <source>refused by the system</source>
        <translation>業務システムが却下</translation>
    </message>
    <message>
        <source>cancelled, not sent</source>
        <translation>取消（未送信）</translation>
    </message>
    <message>
        <source>handled by hand</source>
        <translation>手作業で処理済み</translation>
    </message>
    <message>
        <source>held for a supervisor&apos;s review</source>
        <translation>保留（監督者の確認待ち）</translation>
    </message>
    <message>
        <source>on its way (%1)</source>
        <translation>送信中（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Who looked at your data: %n entries</source>
        <translation>
            <numerusform>ご本人の情報を見た記録: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  nobody in this period</source>
        <translation>  この期間に閲覧した者はいません</translation>
    </message>
    <message>
        <source>      purpose: %1</source>
        <translation>      目的: %1</translation>
    </message>
    <message>
        <source>      detail: %1</source>
        <translation>      詳細: %1</translation>
    </message>
    <message>
        <source>  Visit %1, %2: %3 of %4, at %5 by %6</source>
        <translation>  来庁 %1（%2）: %4 の %3、%5、担当 %6</translation>
    </message>
    <message>
        <source>    you were the resident at the counter</source>
        <translation>    窓口に来られたのはご本人です</translation>
    </message>
    <message>
        <source>    a visit of your household (宛名番号 %1 at the counter)</source>
        <translation>    ご世帯の方の来庁（窓口に来られた方の宛名番号 %1）</translation>
    </message>
    <message>
        <source> (%1, about you)</source>
        <translation>（%1、ご本人について）</translation>
    </message>
    <message>
        <source>      sent: %1</source>
        <translation>      送信した項目: %1</translation>
    </message>
    <message>
        <source>    data from outside the register: %1, filled %2</source>
        <translation>    住民記録以外からの情報: %1（記入した項目: %2）</translation>
    </message>
    <message>
        <source>    consent to use %1: %2, for %3 → %4 (recorded by %5, %6)</source>
        <translation>    %1 の利用の同意確認: %2（目的: %3 → %4、記録: %5、%6）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Who looked at a resident&apos;s data and where it went (supervisor, auditor)</source>
        <translation>住民の情報を誰が閲覧し、どこへ送ったかを表示します（監督者、監査者）</translation>
    </message>
    <message>
        <source>From this day (Japan time; 2026-04-01, R8.4.1) or ISO 8601 time, inclusive.</source>
        <translation>この日（日本時間。2026-04-01、R8.4.1 など）または ISO 8601 の時刻から（その時点を含む）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Up to this day (inclusive) or ISO 8601 time (exclusive).</source>
        <translation>この日まで（その日を含む）、または ISO 8601 の時刻まで（その時刻を含まない）。</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号.</source>
        <translation>住民の宛名番号。</translation>
    </message>
    <message>
        <source>usage: audit resident --db LOCATION ATENA_NO [--from DATE] [--to DATE]</source>
        <translation>使い方: audit resident --db LOCATION ATENA_NO [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>--%1 must be a day (2026-04-01, R8.4.1) or an ISO 8601 time, not &quot;%2&quot;</source>
        <translation>--%1 には日付（2026-04-01、R8.4.1）または ISO 8601 の時刻を指定してください（値:「%2」）</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to には --from より後の日時を指定してください</translation>
    </message>
    <message>
        <source>Use of the data of %1 (%2), 宛名番号 %3</source>
        <translation>%1（%2）、宛名番号 %3 の情報の利用状況</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (Japan time)</source>
        <translation>期間: %1 ～ %2（日本時間）</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>記録の最初</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Period: everything recorded</source>
        <translation>期間: 記録のすべて</translation>
    </message>
    <message numerus="yes">
        <source>Where your data went: %n visits</source>
        <translation>
            <numerusform>ご本人の情報の送り先: 来庁 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  no visit in this period used your data</source>
        <translation>  この期間にご本人の情報を利用した来庁はありません</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <source>reading the register for the export</source>
        <translation>書き出しのための住民記録の読み込み</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>atena_no %1: a character of this resident cannot be written in %2; export in UTF-8</source>
        <translation>宛名番号 %1: この住民の文字を %2 で書けません。UTF-8 で書き出してください</translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>reading the last id of %1</source>
        <translation>%1 の最後の ID の読み込み</translation>
    </message>
    <message>
        <source>reserving ids for %1</source>
        <translation>%1 の ID の確保</translation>
    </message>
    <message>
        <source>atena_no %1 already appears on line %2</source>
        <translation>宛名番号 %1 は %2 行目にもあります</translation>
    </message>
    <message>
        <source>the same value is on line %1</source>
        <translation>同じ値が %1 行目にあります</translation>
    </message>
    <message>
        <source>differs from line %1 of the same setai_no (one household, one address)</source>
        <translation>同じ世帯番号の %1 行目と異なります（一つの世帯に一つの住所）</translation>
    </message>
    <message>
        <source>the head&apos;s row (line %1) was rejected</source>
        <translation>世帯主の行（%1 行目）が取り込めませんでした</translation>
    </message>
    <message>
        <source>the head is removed on line %1</source>
        <translation>世帯主は %1 行目で消除されます</translation>
    </message>
    <message>
        <source>atena_no %1 (line %2) is not a 世帯主</source>
        <translation>宛名番号 %1（%2 行目）は世帯主ではありません</translation>
    </message>
    <message>
        <source>the head (line %1) is the 世帯主 of another setai_no</source>
        <translation>世帯主（%1 行目）は別の世帯番号の世帯主です</translation>
    </message>
    <message>
        <source>no 世帯主 %1 of setai_no %2 in the file or the register</source>
        <translation>世帯番号 %2 の世帯主 %1 がファイルにも住民記録にもありません</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>住民記録の読み込み</translation>
    </message>
    <message>
        <source>line %1: the header names the column %2 twice</source>
        <translation>%1 行目: 見出しに列 %2 が二回あります</translation>
    </message>
    <message>
        <source>line %1: the header lacks the column(s) %2; is this a resident extract (docs/import-format.md)?</source>
        <translation>%1 行目: 見出しに列 %2 がありません。住民データ抽出ファイル（docs/import-format.md）ですか？</translation>
    </message>
    <message>
        <source>%1 is empty: a resident extract starts with its header row</source>
        <translation>%1 は空です。住民データ抽出ファイルは見出し行で始まります</translation>
    </message>
    <message>
        <source>%1 was refused, nothing was imported: %2</source>
        <translation>%1 は受け付けられず、何も取り込んでいません: %2</translation>
    </message>
    <message>
        <source>the import stopped at line %1: %2 (rows up to line %3 are committed)</source>
        <translation>%1 行目で取り込みを中止しました: %2（%3 行目までは確定済み）</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos; (allowed: %2)</source>
        <translation>不明なコード &apos;%1&apos;（使える値: %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0 or 1</source>
        <translation>&apos;%1&apos; は 0 または 1 ではありません</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>項目数は %1 のはずですが %2 あります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not A, U, D or empty</source>
        <translation>&apos;%1&apos; は A、U、D、空欄のいずれでもありません</translation>
    </message>
    <message>
        <source>unknown 続柄 &apos;%1&apos;</source>
        <translation>不明な続柄 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a 世帯主 must name itself as head_atena_no</source>
        <translation>世帯主の head_atena_no は自身の宛名番号でなければなりません</translation>
    </message>
    <message>
        <source>names the row itself as head, but its 続柄 is not 世帯主</source>
        <translation>自身を世帯主としていますが、続柄が世帯主ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1 (male), 2 (female) or 9</source>
        <translation>&apos;%1&apos; は 1（男）、2（女）、9 のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not katakana (found &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; はカタカナではありません（&apos;%2&apos; があります）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of %2 digits</source>
        <translation>&apos;%1&apos; は %2 桁の数字ではありません</translation>
    </message>
    <message>
        <source>writing the register</source>
        <translation>住民記録の書き込み</translation>
    </message>
    <message>
        <source>D: atena_no %1 is not in the register</source>
        <translation>D: 宛名番号 %1 は住民記録にありません</translation>
    </message>
    <message>
        <source>A: atena_no %1 is already registered</source>
        <translation>A: 宛名番号 %1 は既に登録されています</translation>
    </message>
    <message>
        <source>U: atena_no %1 is not in the register</source>
        <translation>U: 宛名番号 %1 は住民記録にありません</translation>
    </message>
    <message>
        <source>this 個人番号 is registered for atena_no %1</source>
        <translation>この個人番号は宛名番号 %1 に登録されています</translation>
    </message>
    <message>
        <source>this 住民票コード is registered for atena_no %1</source>
        <translation>この住民票コードは宛名番号 %1 に登録されています</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>this build of Qt cannot decode %1</source>
        <translation>この Qt では %1 を読めません</translation>
    </message>
    <message>
        <source>the file is not valid %1 text (bytes %2 to %3); name the right one with --encoding</source>
        <translation>ファイルは正しい %1 のテキストではありません（%2〜%3 バイト目）。--encoding で正しい文字コードを指定してください</translation>
    </message>
    <message>
        <source>the import stopped at line %1: %2 (nothing was imported)</source>
        <translation>%1 行目で取り込みを中止しました: %2（何も取り込まれていません）</translation>
    </message>
</context>
<context>
    <name>ResidentProfile</name>
    <message>
        <source>persons.birth_date of 宛名番号 %1 cannot be read (%2): %3</source>
        <translation>宛名番号 %1 の persons.birth_date を読めません（%2）：%3</translation>
    </message>
    <message>
        <source>reading the household</source>
        <translation>世帯の読み込み</translation>
    </message>
    <message>
        <source>household %1 is missing</source>
        <translation>世帯 %1 がありません</translation>
    </message>
    <message>
        <source>reading the household&apos;s support measures</source>
        <translation>世帯の支援措置の読み込み</translation>
    </message>
    <message>
        <source>reading the household&apos;s members</source>
        <translation>世帯員の読み込み</translation>
    </message>
    <message>
        <source>reading the entitlements</source>
        <translation>資格の読み込み</translation>
    </message>
    <message>
        <source>reading the support measures</source>
        <translation>支援措置の読み込み</translation>
    </message>
    <message>
        <source>reading the former names</source>
        <translation>旧氏名の読み込み</translation>
    </message>
    <message>
        <source>reading the former addresses</source>
        <translation>旧住所の読み込み</translation>
    </message>
    <message>
        <source>reading the resident %1</source>
        <translation>住民 %1 の読み込み</translation>
    </message>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>宛名番号 %1 の住民はいません</translation>
    </message>
</context>
<context>
    <name>ResidentSearch</name>
    <message>
        <source>reading the search results</source>
        <translation>検索結果の読み込み</translation>
    </message>
    <message>
        <source>recording the My Number access</source>
        <translation>個人番号の利用記録の書き込み</translation>
    </message>
    <message>
        <source>searching the register</source>
        <translation>住民記録の検索</translation>
    </message>
</context>
<context>
    <name>ResidentView</name>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>National Health Insurance (国保)</source>
        <translation>国民健康保険</translation>
    </message>
    <message>
        <source>employee health insurance (社保)</source>
        <translation>被用者保険（社保）</translation>
    </message>
    <message>
        <source>late-stage elderly (後期高齢者医療)</source>
        <translation>後期高齢者医療</translation>
    </message>
    <message>
        <source>public assistance (生活保護)</source>
        <translation>生活保護</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>insured</source>
        <translation>被保険者</translation>
    </message>
    <message>
        <source>certified as needing care</source>
        <translation>要介護・要支援認定あり</translation>
    </message>
    <message>
        <source>category %1 insured</source>
        <translation>第%1号被保険者</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>受給者</translation>
    </message>
</context>
<context>
    <name>RoomCommands</name>
    <message>
        <source>The room on %1 at %2 (Japan time): %3 waiting (average %4, longest %5), %6 served, %7 no-shows</source>
        <translation>%1 %2（日本時間）の待合状況: 待ち %3 人（平均 %4、最長 %5）、対応済み %6 人、不在 %7 人</translation>
    </message>
    <message>
        <source>purpose  waiting  avg wait  longest  level    served  avg handling  name</source>
        <translation>用件     待ち     平均待ち  最長     レベル   対応済  平均対応時間  名称</translation>
    </message>
    <message>
        <source>counter  activity  ticket  staff           since  served  per hour  avg handling  name</source>
        <translation>窓口     状態      整理券  職員            開始   対応済  件/時間   平均対応時間  名称</translation>
    </message>
    <message>
        <source>handling by procedure  visits  avg handling</source>
        <translation>ライフイベント         来庁数  平均対応時間</translation>
    </message>
    <message>
        <source>hour   arrivals  served  avg wait  longest</source>
        <translation>時刻   発券数    対応済  平均待ち  最長</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today).</source>
        <translation>対象日（YYYY-MM-DD、既定: 今日）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--date wants YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date には YYYY-MM-DD 形式の日付を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数「%1」があります</translation>
    </message>
    <message>
        <source>The live room: waiting per purpose, the counters, handling times, the hours</source>
        <translation>現在の待合状況（用件ごとの待ち、窓口、対応時間、時間帯別）を表示する</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION を指定してください</translation>
    </message>
    <message>
        <source>Write a day&apos;s tickets and visits as CSV files for Excel (supervisors)</source>
        <translation>1 日分の整理券と来庁を Excel 用の CSV ファイルに書き出す（監督者）</translation>
    </message>
    <message>
        <source>The folder the two files go to; it must exist.</source>
        <translation>2 つのファイルの書き出し先フォルダー（既存のもの）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>%1 tickets to %2</source>
        <translation>整理券 %1 件を %2 に書き出しました</translation>
    </message>
    <message>
        <source>%1 visits to %2</source>
        <translation>来庁 %1 件を %2 に書き出しました</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>idle, nobody called</source>
        <translation>空き（呼出なし）</translation>
    </message>
    <message>
        <source>calling, resident on the way</source>
        <translation>呼出中（住民の到着待ち）</translation>
    </message>
    <message>
        <source>serving a resident</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休止中</translation>
    </message>
</context>
<context>
    <name>RoomStats</name>
    <message>
        <source>reading the queue purposes</source>
        <translation>用件の読み込み</translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation>窓口の読み込み</translation>
    </message>
    <message>
        <source>reading the tickets of %1</source>
        <translation>%1 の整理券の読み込み</translation>
    </message>
    <message>
        <source>reading the calls of %1</source>
        <translation>%1 の呼出の読み込み</translation>
    </message>
    <message>
        <source>reading the visits of %1</source>
        <translation>%1 の来庁の読み込み</translation>
    </message>
    <message>
        <source>the room needs a valid day</source>
        <translation>待合状況には有効な日付が必要です</translation>
    </message>
    <message>
        <source>the room needs a valid time</source>
        <translation>待合状況には有効な時刻が必要です</translation>
    </message>
</context>
<context>
    <name>RulesEvalCommand</name>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 を読めません: %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 はオフセット %2 で正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>%1 must be exactly one JSON value, not %2</source>
        <translation>%1 はちょうど1つの JSON 値でなければなりません（%2 ではなく）</translation>
    </message>
    <message>
        <source>Apply a JsonLogic rule to data</source>
        <translation>JsonLogic ルールをデータに適用する</translation>
    </message>
    <message>
        <source>The rule: JSON text, or @FILE to read it from a file (docs/rules.md).</source>
        <translation>ルール: JSON テキスト、またはファイルから読む @FILE（docs/rules.md）。</translation>
    </message>
    <message>
        <source>The data: JSON text, or @FILE.</source>
        <translation>データ: JSON テキスト、または @FILE。</translation>
    </message>
    <message>
        <source>give a RULE and its DATA, each JSON text or @FILE</source>
        <translation>RULE と DATA を、それぞれ JSON テキストか @FILE で指定してください</translation>
    </message>
    <message>
        <source>warning: %1 (evaluated all the same; validation refuses the rule)</source>
        <translation>警告: %1（評価は行いましたが、検証ではこのルールは不合格です）</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>127.0.0.1:%1 で待ち受けできません</translation>
    </message>
    <message>
        <source>A stand-in back-end system that receives Madoguchi&apos;s applications over HTTP (docs/backend-api.md).</source>
        <translation>窓口の申請を HTTP で受け取る、業務システムの代役（docs/backend-api.md）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示する。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>バージョンを表示する。</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:PORT; 0 picks a free port (default).</source>
        <translation>127.0.0.1:PORT で待ち受ける。0 なら空いているポート（既定）。</translation>
    </message>
    <message>
        <source>Keep the received applications in this SQLite file (created if missing); without it they are kept in memory.</source>
        <translation>受け取った申請をこの SQLite ファイルに保存する（なければ作成）。指定しなければメモリー上に保持。</translation>
    </message>
    <message>
        <source>Answer this share (0..1) of POSTs with 503 without storing them.</source>
        <translation>POST のこの割合（0〜1）に、保存せず 503 で応答する。</translation>
    </message>
    <message>
        <source>Store and commit this share (0..1) of new applications, then close the connection without an answer.</source>
        <translation>新しい申請のこの割合（0〜1）を保存・確定した後、応答せずに接続を切る。</translation>
    </message>
    <message>
        <source>Wait this many milliseconds before handling each POST.</source>
        <translation>各 POST を処理する前にこのミリ秒だけ待つ。</translation>
    </message>
    <message>
        <source>Answer 422 to applications for this procedure id (repeatable).</source>
        <translation>この手続 ID の申請に 422 で応答する（複数指定可）。</translation>
    </message>
    <message>
        <source>Seed of the fault choices, for repeatable runs.</source>
        <translation>障害の選び方のシード（再現のため）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>余分な引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535, got &apos;%1&apos;</source>
        <translation>--port: 0〜65535 の数を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>--db: expected a file name</source>
        <translation>--db: ファイル名を指定してください</translation>
    </message>
    <message>
        <source>--fail-rate: expected a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--fail-rate: 0〜1 の数を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>--drop-after-commit: expected a number from 0 to 1, got &apos;%1&apos;</source>
        <translation>--drop-after-commit: 0〜1 の数を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>--latency-ms: expected a number from 0 to 600000, got &apos;%1&apos;</source>
        <translation>--latency-ms: 0〜600000 の数を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>--reject: expected a procedure id</source>
        <translation>--reject: 手続 ID を指定してください</translation>
    </message>
    <message>
        <source>--token: expected a non-empty token</source>
        <translation>--token: 空でないトークンを指定してください</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative whole number, got &apos;%1&apos;</source>
        <translation>--seed: 0 以上の整数を指定してください（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>Accept only this bearer token (default: no token is asked for).</source>
        <translation>このベアラートークンだけを受け付ける（既定: トークンを求めない）。</translation>
    </message>
    <message>
        <source>cannot read the PEM certificate %1 or its RSA key %2</source>
        <translation>PEM 証明書 %1 またはその RSA 鍵 %2 を読めません</translation>
    </message>
    <message>
        <source>Serve https with this certificate (PEM; with --tls-key).</source>
        <translation>この証明書（PEM、--tls-key と共に）で https を提供する。</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM).</source>
        <translation>--tls-cert の秘密鍵（PEM）。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert と --tls-key は一緒に指定してください</translation>
    </message>
</context>
<context>
    <name>SandboxApi</name>
    <message>
        <source>use GET on %1</source>
        <translation>%1 には GET を使ってください</translation>
    </message>
    <message>
        <source>use POST on %1</source>
        <translation>%1 には POST を使ってください</translation>
    </message>
    <message>
        <source>no such resource: %1</source>
        <translation>そのリソースはありません: %1</translation>
    </message>
    <message>
        <source>missing bearer token: send &apos;Authorization: Bearer TOKEN&apos;</source>
        <translation>ベアラートークンがありません: &apos;Authorization: Bearer TOKEN&apos; を送ってください</translation>
    </message>
    <message>
        <source>the bearer token is not valid for this system</source>
        <translation>このシステムに対して有効なベアラートークンではありません</translation>
    </message>
    <message>
        <source>the system is unavailable (injected failure); try again later</source>
        <translation>システムを利用できません（擬似障害）。後でもう一度試してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a system id: expected 1 to 64 of A-Z a-z 0-9 . _ -</source>
        <translation>&apos;%1&apos; はシステム ID ではありません: A-Z a-z 0-9 . _ - の 1〜64 文字です</translation>
    </message>
    <message>
        <source>missing header Idempotency-Key: expected the application id</source>
        <translation>Idempotency-Key ヘッダーがありません: 申請 ID を送ってください</translation>
    </message>
    <message>
        <source>header Idempotency-Key is longer than 200 characters</source>
        <translation>Idempotency-Key ヘッダーが 200 文字を超えています</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>本文が正しい JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>the body must be a JSON object (the envelope)</source>
        <translation>本文は JSON オブジェクト（エンベロープ）でなければなりません</translation>
    </message>
    <message>
        <source>field application_id: expected a non-empty string</source>
        <translation>application_id: 空でない文字列が必要です</translation>
    </message>
    <message>
        <source>field application_id &apos;%1&apos; differs from the Idempotency-Key &apos;%2&apos;</source>
        <translation>application_id &apos;%1&apos; が Idempotency-Key &apos;%2&apos; と違います</translation>
    </message>
    <message>
        <source>field system: expected a string</source>
        <translation>system: 文字列が必要です</translation>
    </message>
    <message>
        <source>field system &apos;%1&apos; differs from the system of the URL &apos;%2&apos;</source>
        <translation>system &apos;%1&apos; が URL のシステム &apos;%2&apos; と違います</translation>
    </message>
    <message>
        <source>field procedure.id: expected a non-empty string</source>
        <translation>procedure.id: 空でない文字列が必要です</translation>
    </message>
    <message>
        <source>Idempotency-Key %1 was already used for system %2</source>
        <translation>Idempotency-Key %1 はシステム %2 ですでに使われています</translation>
    </message>
    <message>
        <source>procedure %1 is not accepted by this system</source>
        <translation>手続 %1 はこのシステムでは受け付けていません</translation>
    </message>
    <message>
        <source>the sandbox&apos;s database failed: %1</source>
        <translation>サンドボックスのデータベースでエラー: %1</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot set up the database %1: %2</source>
        <translation>データベース %1 を準備できません: %2</translation>
    </message>
    <message>
        <source>cannot create the tables in %1: %2</source>
        <translation>%1 にテーブルを作成できません: %2</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>cannot write the screenshot %1: %2</source>
        <translation>スクリーンショット %1 を書き込めません: %2</translation>
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
        <translation>カタログを読み込めませんでした: 表示するライフイベントがありません</translation>
    </message>
    <message>
        <source>the resident %1 could not be opened</source>
        <translation>住民 %1 を開けませんでした</translation>
    </message>
    <message>
        <source>the life event step could not be reached</source>
        <translation>ライフイベントのステップに進めませんでした</translation>
    </message>
    <message>
        <source>the life event 転入 is not offered</source>
        <translation>ライフイベント「転入」が選択肢にありません</translation>
    </message>
    <message>
        <source>the 転入 was refused: %1</source>
        <translation>転入を受け付けられませんでした: %1</translation>
    </message>
    <message>
        <source>the interview step could not be reached</source>
        <translation>聞き取りのステップに進めませんでした</translation>
    </message>
    <message>
        <source>the interview cannot be completed: %1</source>
        <translation>聞き取りを完了できません: %1</translation>
    </message>
    <message>
        <source>the interview cannot be completed: still open %1 (forms %2)</source>
        <translation>聞き取りを完了できません: 未回答 %1（申請書 %2）</translation>
    </message>
    <message>
        <source>the review step could not be reached</source>
        <translation>確認・印刷のステップに進めませんでした</translation>
    </message>
    <message>
        <source>the submit step could not be reached</source>
        <translation>一括申請のステップに進めませんでした</translation>
    </message>
    <message>
        <source>the visit could not be submitted%1</source>
        <translation>来庁を申請できませんでした%1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 for the screenshots</source>
        <translation>スクリーンショット用のフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>cannot write into the folder %1: %2</source>
        <translation>フォルダー %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the tickets for the console could not be made: %1</source>
        <translation>コンソール用の整理券を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>asked at the move-in to record the former surname</source>
        <translation>転入の際に旧氏の併記の申出があったため</translation>
    </message>
    <message>
        <source>no 出生 to show the codes from outside city hall: %1</source>
        <translation>外部からのコードを示す出生がありません: %1</translation>
    </message>
    <message>
        <source>the demo&apos;s pre-entry was not taken: %1</source>
        <translation>デモの事前入力を取り込めませんでした: %1</translation>
    </message>
    <message>
        <source>the pre-entry did not lead to the checklist: %1</source>
        <translation>事前入力から手続き一覧へ進めませんでした: %1</translation>
    </message>
    <message>
        <source>the demo&apos;s 出生証明書 was not accepted: %1</source>
        <translation>デモの出生証明書が受け付けられませんでした: %1</translation>
    </message>
    <message>
        <source>the documents of the visit could not be shown: %1</source>
        <translation>来庁の持参書類を表示できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>[SUPPORT MEASURE: blocks]</source>
        <translation>【支援措置・交付制限】</translation>
    </message>
    <message>
        <source>[SUPPORT MEASURE: warns]</source>
        <translation>【支援措置・要注意】</translation>
    </message>
    <message>
        <source>Find residents by name, kana, birth date, address or number</source>
        <translation>氏名・カナ・生年月日・住所・番号で住民を検索する</translation>
    </message>
    <message>
        <source>At most N results, 1 to 1000 (default 20).</source>
        <translation>最大 N 件、1〜1000（既定 20）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What the resident says: kana, kanji, a birth date, an address fragment or a number.</source>
        <translation>住民の申し出のとおり: カナ、漢字、生年月日、住所の一部、番号。</translation>
    </message>
    <message>
        <source>--db LOCATION is required (an SQLite file or a postgresql:// URL)</source>
        <translation>--db LOCATION を指定してください（SQLite ファイルまたは postgresql:// の URL）</translation>
    </message>
    <message>
        <source>nothing to search for: give a QUERY</source>
        <translation>検索語がありません: QUERY を指定してください</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit には 1 から %1 までの整数を指定してください（指定値: &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>No resident found for &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; に該当する住民はいません。</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1歳</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>世帯主: %1</translation>
    </message>
    <message>
        <source>(address withheld: support measure)</source>
        <translation>（住所非表示: 支援措置）</translation>
    </message>
    <message>
        <source>The office recorded in the audit log for the console (default 本庁); a staff member&apos;s office comes from the account.</source>
        <translation>コンソール実行時に監査ログへ記録する庁舎（既定は本庁）。職員の庁舎はアカウントから取ります。</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>検索索引の更新</translation>
    </message>
    <message>
        <source>counting the residents</source>
        <translation>住民数を集計できませんでした</translation>
    </message>
    <message>
        <source>reading the names of the residents</source>
        <translation>住民の氏名の読み込み</translation>
    </message>
    <message>
        <source>reading the former names</source>
        <translation>旧氏名の読み込み</translation>
    </message>
    <message>
        <source>reading the addresses of the households</source>
        <translation>世帯の住所の読み込み</translation>
    </message>
    <message>
        <source>indexing the former addresses</source>
        <translation>旧住所の索引を作成中</translation>
    </message>
    <message>
        <source>writing the search keys: %1</source>
        <translation>検索キーを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>Value of %1: </source>
        <translation>%1 の値: </translation>
    </message>
    <message>
        <source>Repeat the value: </source>
        <translation>もう一度入力: </translation>
    </message>
    <message>
        <source>the two values differ</source>
        <translation>2回の入力が一致しません</translation>
    </message>
    <message>
        <source>no value was entered</source>
        <translation>値が入力されていません</translation>
    </message>
    <message>
        <source>no value on standard input (one line is expected)</source>
        <translation>標準入力に値がありません（1行必要です）</translation>
    </message>
    <message>
        <source>the value is empty; to remove a secret use &apos;secret delete %1&apos;</source>
        <translation>値が空です。シークレットを削除するには &apos;secret delete %1&apos; を使ってください</translation>
    </message>
    <message>
        <source>Store a secret in the OS keychain (the value is read from the terminal or stdin)</source>
        <translation>シークレットを OS のキーチェーンに保存する（値は端末または標準入力から読む）</translation>
    </message>
    <message>
        <source>Delete a secret from the OS keychain</source>
        <translation>OS のキーチェーンからシークレットを削除する</translation>
    </message>
    <message>
        <source>Tell whether a secret is in the OS keychain (never prints it)</source>
        <translation>シークレットが OS のキーチェーンにあるかを示す（値は表示しない）</translation>
    </message>
    <message>
        <source>The secret: postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token.</source>
        <translation>シークレット名: postgresql/USER@HOST:PORT/DBNAME または backend/SYSTEM_ID/token。</translation>
    </message>
    <message>
        <source>the secret&apos;s NAME is missing, e.g. postgresql/USER@HOST:PORT/DBNAME</source>
        <translation>シークレット名 NAME がありません（例: postgresql/USER@HOST:PORT/DBNAME）</translation>
    </message>
    <message>
        <source>unexpected argument after the name (secrets are never taken from arguments)</source>
        <translation>名前の後に余分な引数があります（シークレットを引数から読むことはありません）</translation>
    </message>
    <message>
        <source>The secret %1 is stored in the OS keychain.</source>
        <translation>シークレット %1 を OS のキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The secret %1 is not in the OS keychain any more.</source>
        <translation>シークレット %1 は OS のキーチェーンから削除されました。</translation>
    </message>
    <message>
        <source>the secret %1 is not in the OS keychain; set it with &apos;madoguchi-cli secret set %1&apos;</source>
        <translation>シークレット %1 が OS のキーチェーンにありません。&apos;madoguchi-cli secret set %1&apos; で設定してください</translation>
    </message>
    <message>
        <source>The secret %1 is set.</source>
        <translation>シークレット %1 は設定されています。</translation>
    </message>
</context>
<context>
    <name>SecretNames</name>
    <message>
        <source>the secret name is empty; expected postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token</source>
        <translation>シークレット名が空です。postgresql/USER@HOST:PORT/DBNAME または backend/SYSTEM_ID/token の形で指定してください</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is %2 characters long; at most %3 are allowed</source>
        <translation>シークレット名 &apos;%1&apos; は %2 文字です。%3 文字までにしてください</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; holds a control character (U+%2) at position %3</source>
        <translation>シークレット名 &apos;%1&apos; の %3 文字目に制御文字（U+%2）があります</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; starts or ends with white space</source>
        <translation>シークレット名 &apos;%1&apos; の先頭か末尾に空白があります</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is not of the form postgresql/USER@HOST:PORT/DBNAME (the port is a number from 1 to 65535)</source>
        <translation>シークレット名 &apos;%1&apos; が postgresql/USER@HOST:PORT/DBNAME の形ではありません（ポートは 1〜65535 の数）</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is not of the form backend/SYSTEM_ID/token (the id holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>シークレット名 &apos;%1&apos; が backend/SYSTEM_ID/token の形ではありません（ID は英字・数字・&apos;.&apos;・&apos;_&apos;・&apos;-&apos;）</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is of no kind Madoguchi reads; expected postgresql/USER@HOST:PORT/DBNAME or backend/SYSTEM_ID/token</source>
        <translation>シークレット名 &apos;%1&apos; は窓口が読む種類ではありません。postgresql/USER@HOST:PORT/DBNAME または backend/SYSTEM_ID/token の形で指定してください</translation>
    </message>
    <message>
        <source>an SQLite database (%1) has no password secret</source>
        <translation>SQLite データベース（%1）にはパスワードのシークレットはありません</translation>
    </message>
    <message>
        <source>the PostgreSQL URL %1 names no user, so no keychain secret belongs to it; write the user, as in postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>PostgreSQL の URL %1 にはユーザーがないため、対応するキーチェーンのシークレットはありません。postgresql://USER@HOST:PORT/DBNAME のようにユーザーを書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a back-end system id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; は業務システムの ID ではありません。英字・数字・&apos;.&apos;・&apos;_&apos;・&apos;-&apos; を使ってください</translation>
    </message>
    <message>
        <source>the secret name &apos;%1&apos; is not of the form replica/BRANCH_CODE/key (the code holds letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>シークレット名「%1」は replica/BRANCH_CODE/key の形式ではありません（コードに使えるのは英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; です）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a branch code: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>「%1」は支所コードではありません: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使ってください</translation>
    </message>
</context>
<context>
    <name>SecretSnapshot</name>
    <message>
        <source>the secret &apos;%1&apos; may be written on the main thread only (the keychain is not reached from a sync&apos;s thread)</source>
        <translation>シークレット「%1」はメインスレッドでのみ書き込めます（同期のスレッドからはキーチェーンにアクセスしません）</translation>
    </message>
</context>
<context>
    <name>SlipDocument</name>
    <message>
        <source>the printer did not start a new page</source>
        <translation>プリンターで新しいページを開始できませんでした</translation>
    </message>
    <message>
        <source>the printer did not finish</source>
        <translation>プリンターの処理が完了しませんでした</translation>
    </message>
</context>
<context>
    <name>SqlitePolicy</name>
    <message>
        <source>the file system does not allow WAL journaling (journal mode is &apos;%1&apos;); put the database on a local disk</source>
        <translation>このファイルシステムでは WAL ジャーナルを使用できません（ジャーナルモード: %1）。データベースはローカルディスクに置いてください</translation>
    </message>
    <message>
        <source>foreign keys could not be switched on</source>
        <translation>外部キー制約を有効にできませんでした</translation>
    </message>
    <message>
        <source>checking the database file</source>
        <translation>データベースファイルを検査できませんでした</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); restore it from a backup</source>
        <translation>データベースファイルが破損しています（%1）。バックアップから復元してください</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>wrong staff id or password</source>
        <translation>職員 ID またはパスワードが違います</translation>
    </message>
    <message>
        <source>logging in as &apos;%1&apos;</source>
        <translation>「%1」でログイン中</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; is locked after too many wrong passwords until %2</source>
        <translation>職員アカウント「%1」はパスワードの誤りが多すぎたため %2 までロックされています</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; is disabled</source>
        <translation>職員アカウント「%1」は無効です</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; has no known role</source>
        <translation>職員アカウント「%1」の役割が不明です</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>パスワードが空です</translation>
    </message>
    <message>
        <source>the password is too short: %1 characters, at least %2 are needed</source>
        <translation>パスワードが短すぎます: %1 文字です（%2 文字以上が必要です）</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium を初期化できませんでした</translation>
    </message>
    <message>
        <source>the password could not be hashed: not enough memory for argon2id</source>
        <translation>パスワードをハッシュ化できませんでした: argon2id に必要なメモリーが足りません</translation>
    </message>
    <message>
        <source>the staff id is empty</source>
        <translation>職員 ID が空です</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos;: %2</source>
        <translation>職員アカウント「%1」: %2</translation>
    </message>
    <message>
        <source>adding staff account &apos;%1&apos;</source>
        <translation>職員アカウント「%1」を追加中</translation>
    </message>
    <message>
        <source>staff account &apos;%1&apos; already exists</source>
        <translation>職員アカウント「%1」はすでにあります</translation>
    </message>
    <message>
        <source>there is no staff account &apos;%1&apos;</source>
        <translation>職員アカウント「%1」はありません</translation>
    </message>
    <message>
        <source>changing the password of staff account &apos;%1&apos;</source>
        <translation>職員アカウント「%1」のパスワードを変更中</translation>
    </message>
    <message>
        <source>disabling staff account &apos;%1&apos;</source>
        <translation>職員アカウント「%1」を無効化中</translation>
    </message>
    <message>
        <source>unlocking staff account &apos;%1&apos;</source>
        <translation>職員アカウント「%1」のロックを解除中</translation>
    </message>
    <message>
        <source>listing the staff accounts</source>
        <translation>職員アカウントを一覧表示中</translation>
    </message>
    <message>
        <source>logging in as &apos;%1&apos; cannot be recorded in the audit log: %2</source>
        <translation>&apos;%1&apos; のログインを監査ログに記録できません: %2</translation>
    </message>
</context>
<context>
    <name>StaffCommands</name>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>もう一度パスワードを入力: </translation>
    </message>
    <message>
        <source>no password was entered</source>
        <translation>パスワードが入力されませんでした</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>2 回入力したパスワードが一致しません</translation>
    </message>
    <message>
        <source>no password on standard input (one line is expected)</source>
        <translation>標準入力にパスワードがありません（1 行を読み込みます）</translation>
    </message>
    <message>
        <source>Add a staff account (the password is read from the terminal or stdin)</source>
        <translation>職員アカウントを追加します（パスワードは端末または標準入力から読み込みます）</translation>
    </message>
    <message>
        <source>Change a staff account&apos;s password</source>
        <translation>職員アカウントのパスワードを変更します</translation>
    </message>
    <message>
        <source>Disable a staff account</source>
        <translation>職員アカウントを無効にします</translation>
    </message>
    <message>
        <source>Unlock a staff account locked after wrong passwords</source>
        <translation>パスワードの誤りでロックされた職員アカウントのロックを解除します</translation>
    </message>
    <message>
        <source>List the staff accounts</source>
        <translation>職員アカウントを一覧表示します</translation>
    </message>
    <message>
        <source>The staff id.</source>
        <translation>職員 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The role: clerk, supervisor, admin or auditor.</source>
        <translation>役割: clerk（窓口職員）、supervisor（監督者）、admin（管理者）、auditor（監査者）のいずれか。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The office the account belongs to.</source>
        <translation>アカウントが所属する庁舎・支所。</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (passwords are never taken from arguments)</source>
        <translation>余分な引数「%1」があります（パスワードを引数から受け取ることはありません）</translation>
    </message>
    <message>
        <source>--db LOCATION is required</source>
        <translation>--db LOCATION を指定してください</translation>
    </message>
    <message>
        <source>--id ID is required</source>
        <translation>--id ID を指定してください</translation>
    </message>
    <message>
        <source>--role ROLE is required</source>
        <translation>--role ROLE を指定してください</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; the roles are clerk, supervisor, admin and auditor</source>
        <translation>不明な役割「%1」です。役割は clerk、supervisor、admin、auditor のいずれかです</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 までロック中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>There are no staff accounts.</source>
        <translation>職員アカウントはありません。</translation>
    </message>
    <message>
        <source>Staff account %1 added (%2).</source>
        <translation>職員アカウント %1 を追加しました（%2）。</translation>
    </message>
    <message>
        <source>The password of staff account %1 is changed.</source>
        <translation>職員アカウント %1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>Staff account %1 is disabled.</source>
        <translation>職員アカウント %1 を無効にしました。</translation>
    </message>
    <message>
        <source>Staff account %1 is unlocked.</source>
        <translation>職員アカウント %1 のロックを解除しました。</translation>
    </message>
</context>
<context>
    <name>StaffPull</name>
    <message>
        <source>copying the verifiers of the staff of %1: %2</source>
        <translation>%1 の職員の認証情報のコピー: %2</translation>
    </message>
    <message>
        <source>reading the hall&apos;s staff and logins</source>
        <translation>本庁の職員とログイン記録の読み込み</translation>
    </message>
    <message>
        <source>the branch&apos;s office is not set: whose staff may log in offline?</source>
        <translation>支所の所属が設定されていません: オフラインでログインできる職員を決められません</translation>
    </message>
    <message>
        <source>the window must be at least one day, not %1</source>
        <translation>期間は 1 日以上にしてください（指定値: %1）</translation>
    </message>
    <message>
        <source>preparing the staff copy</source>
        <translation>職員のコピーの準備</translation>
    </message>
    <message>
        <source>copying account &apos;%1&apos;</source>
        <translation>アカウント「%1」のコピー</translation>
    </message>
    <message>
        <source>reading the replica&apos;s staff</source>
        <translation>複製データベースの職員の読み込み</translation>
    </message>
    <message>
        <source>removing account &apos;%1&apos; from the replica</source>
        <translation>複製データベースからのアカウント「%1」の削除</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>unknown database error</source>
        <translation>不明なデータベースエラー</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>トランザクションを開始できませんでした</translation>
    </message>
    <message>
        <source>the transaction was already finished</source>
        <translation>トランザクションは既に終了しています</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>コミットできませんでした</translation>
    </message>
</context>
<context>
    <name>SupportCommands</name>
    <message>
        <source>Lift a support measure&apos;s block for one resident for a while (supervisors)</source>
        <translation>一人の住民の支援措置による制限を一時的に解除する（監督者）</translation>
    </message>
    <message>
        <source>The resident&apos;s 宛名番号.</source>
        <translation>住民の宛名番号。</translation>
    </message>
    <message>
        <source>ATENA_NO</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>What to allow: address (showing it), print or copies.</source>
        <translation>許可する処理: address（住所の表示）、print（印刷）、copies（写しの交付）。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Why (for example: the resident in person, identity checked).</source>
        <translation>理由（例: 本人来庁、本人確認済み）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>How long, 1 to %1 (default %2).</source>
        <translation>解除する分数、1〜%1（既定 %2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>--scope must be address, print or copies, not &apos;%1&apos;</source>
        <translation>--scope は address、print、copies のいずれかです（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>--minutes must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--minutes は 1〜%1 の整数です（&apos;%2&apos; ではなく）</translation>
    </message>
    <message>
        <source>%1: %2 is allowed until %3; it locks again by itself.</source>
        <translation>%1: %2 を %3 まで許可しました。その後は自動的に制限に戻ります。</translation>
    </message>
    <message>
        <source>List the support measures that end soon (default: within 31 days)</source>
        <translation>期限が近い支援措置の一覧（既定: 31日以内）</translation>
    </message>
    <message>
        <source>Within N days, 0 to 366 (default 31).</source>
        <translation>N日以内、0〜366（既定 31）。</translation>
    </message>
    <message>
        <source>--days must be a whole number from 0 to 366, not &apos;%1&apos;</source>
        <translation>--days は 0〜366 の整数です（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <source>%1  %2  %3  ends %4 (%5 days)%6</source>
        <translation>%1  %2  %3  %4 まで（残り %5 日）%6</translation>
    </message>
    <message>
        <source>  provisional</source>
        <translation>  仮措置</translation>
    </message>
    <message>
        <source>No support measure ends within %1 days.</source>
        <translation>%1 日以内に期限を迎える支援措置はありません。</translation>
    </message>
</context>
<context>
    <name>SupportGuard</name>
    <message>
        <source>showing the address</source>
        <translation>住所の表示</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>issuing copies</source>
        <translation>写しの交付</translation>
    </message>
    <message>
        <source>the support measures (支援措置) could not be read, so the action is blocked: %1</source>
        <translation>支援措置を読み取れないため、この処理を止めました: %1</translation>
    </message>
    <message>
        <source>reading the support measures</source>
        <translation>支援措置の読み取り</translation>
    </message>
    <message>
        <source>宛名番号 %1: a support measure (支援措置) asks for care before %2</source>
        <translation>宛名番号 %1: 支援措置があります。%2の前に注意してください</translation>
    </message>
    <message>
        <source>宛名番号 %1: a support measure (支援措置) blocks %2; unlocked by a supervisor until %3</source>
        <translation>宛名番号 %1: 支援措置により%2は制限されています。監督者が %3 まで解除しています</translation>
    </message>
    <message>
        <source>宛名番号 %1: a support measure (支援措置) blocks %2; a supervisor can unlock it for a limited time</source>
        <translation>宛名番号 %1: 支援措置により%2は制限されています。監督者が一時的に解除できます</translation>
    </message>
    <message>
        <source>reading the members of a household</source>
        <translation>世帯員の読み取り</translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation>ID %1 の人がいません</translation>
    </message>
    <message>
        <source>reading the unlocks</source>
        <translation>制限解除の読み込み</translation>
    </message>
    <message>
        <source>%1; %2 unlocked by a supervisor until %3</source>
        <translation>%1。宛名番号 %2 は監督者が %3 まで解除しています</translation>
    </message>
    <message>
        <source>%1; a supervisor can unlock the resident for a limited time, or sync the branch</source>
        <translation>%1。監督者がこの住民の制限を一時的に解除するか、支所を同期してください</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 is the replica of branch %2, not %3</source>
        <translation>%1 は支所 %2 の複製データベースです（%3 ではありません）</translation>
    </message>
    <message>
        <source>the first sync of a replica needs --branch CODE (for example K01)</source>
        <translation>複製データベースの初回の同期には --branch コード が必要です（例: K01）</translation>
    </message>
    <message>
        <source>Sync a branch replica with the hall: push its visits, pull the register</source>
        <translation>支所の複製データベースを本庁と同期する（来庁を本庁へ送り、住民記録を取り込む）</translation>
    </message>
    <message>
        <source>The hall&apos;s database: a postgresql:// URL (the password in the keychain).</source>
        <translation>本庁のデータベース: postgresql:// の URL（パスワードはキーチェーンに保存）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The branch&apos;s code, at the first sync (letters and digits, e.g. K01).</source>
        <translation>支所コード。初回の同期で指定します（英字と数字。例: K01）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The branch&apos;s office as staff accounts name it: its staff may log in offline.</source>
        <translation>職員アカウントに登録されている支所の所属名。その所属の職員はオフラインでログインできます。</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Staff who logged in at the office within this many days may log in offline (default 14).</source>
        <translation>この日数以内にその所属でログインした職員は、オフラインでもログインできます（既定 14）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>--branch must be a capital letter and up to 7 more capital letters or digits (K01), not &quot;%1&quot;</source>
        <translation>--branch には英大文字 1 文字に続けて英大文字・数字を 7 文字までで指定してください（例: K01、指定値:「%1」）</translation>
    </message>
    <message>
        <source>--offline-days must be a number from 0 to 365, not &quot;%1&quot;</source>
        <translation>--offline-days には 0～365 の数を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--db is the branch&apos;s replica: an SQLite file, not a server</source>
        <translation>--db には支所の複製データベースを指定します: サーバーではなく SQLite ファイルです</translation>
    </message>
    <message>
        <source>the hall cannot be reached; the branch keeps working on its replica: %1</source>
        <translation>本庁に接続できません。支所は複製データベースで業務を続けます: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 件中 %2 件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pushed %1 visits (%2 applications, %3 audit entries; %4 already at the hall)</source>
        <translation>来庁 %1 件を本庁へ送信しました（申請 %2 件、監査記録 %3 件。%4 件は本庁に送信済み）</translation>
    </message>
    <message>
        <source>%1 of the visits are held for a supervisor&apos;s review: the hall&apos;s register changed since the branch read it (madoguchi-cli approval list --kind reconcile)</source>
        <translation>うち来庁 %1 件は保留（監督者の確認待ち）です: 支所が読み込んだ後に本庁の住民記録が変更されています（madoguchi-cli approval list --kind reconcile）</translation>
    </message>
    <message>
        <source>bootstrapped the register: %1 persons, up to change %2</source>
        <translation>初回取り込みで住民記録を取り込みました: 住民 %1 人、変更 %2 まで</translation>
    </message>
    <message>
        <source>pulled %1 changes (%2 → %3); %4 persons</source>
        <translation>変更 %1 件を取り込みました（取込位置 %2 → %3）。住民 %4 人</translation>
    </message>
    <message>
        <source>%1 staff may log in offline; %2 ms</source>
        <translation>オフラインでログインできる職員 %1 人。%2 ms</translation>
    </message>
    <message>
        <source>this PC&apos;s catalog %1 (%2) could not be compared with the hall&apos;s: %3</source>
        <translation>この PC のカタログ %1（%2）を本庁のものと比べられませんでした: %3</translation>
    </message>
    <message>
        <source>it has problems (madoguchi-cli catalog validate)</source>
        <translation>問題があります（madoguchi-cli catalog validate）</translation>
    </message>
    <message>
        <source>the hall has published no catalog: this PC&apos;s catalog could not be compared (madoguchi-cli catalog publish at the hall)</source>
        <translation>本庁がカタログを公開していないため、この PC のカタログと比べられませんでした（本庁で madoguchi-cli catalog publish を実行してください）</translation>
    </message>
    <message>
        <source>catalog: the same as the hall&apos;s</source>
        <translation>カタログ: 本庁と同じです</translation>
    </message>
    <message>
        <source>This PC&apos;s catalog, compared with the one the hall published (default: MADOGUCHI_CATALOG, the setting catalog/directory, else the built-in catalog).</source>
        <translation>本庁が公開したカタログと比べる、この PC の手続きカタログ（既定: MADOGUCHI_CATALOG、設定 catalog/directory、なければ組み込みのカタログ）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Rows copied per transaction in a first sync (default 20000); smaller pages commit more often on a slow link.</source>
        <translation>初回の同期で 1 回のトランザクションに写す行数（既定 20000）。遅い回線では小さくすると、こまめに確定します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--page-rows must be a number from 1 to 1000000, not &quot;%1&quot;</source>
        <translation>--page-rows には 1～1000000 の数を指定してください（指定値:「%1」）</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>reading the replica&apos;s sync state</source>
        <translation>複製データベースの同期状態の読み込み</translation>
    </message>
    <message>
        <source>storing %1 in the replica</source>
        <translation>複製データベースへの %1 の保存</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>the hall cannot be reached; the desk keeps working on its replica: %1</source>
        <translation>本庁に接続できません。窓口は複製データベースで業務を続けます: %1</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>40 minutes or more</source>
        <translation>40 分以上</translation>
    </message>
    <message>
        <source>20 minutes or more</source>
        <translation>20 分以上</translation>
    </message>
</context>
<context>
    <name>TextCommands</name>
    <message>
        <source>Check the check digit of 個人番号, 宛名番号, 世帯番号 or 団体コード</source>
        <translation>個人番号、宛名番号、世帯番号、団体コードのチェックデジットを検査します</translation>
    </message>
    <message>
        <source>mynumber, atena, setai or lgcode</source>
        <translation>mynumber（個人番号）、atena（宛名番号）、setai（世帯番号）、lgcode（団体コード）のいずれか</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Identifiers; full-width digits, spaces and hyphens are allowed</source>
        <translation>番号（全角数字、空白、ハイフンを含んでもかまいません）</translation>
    </message>
    <message>
        <source>VALUE…</source>
        <translation>VALUE…</translation>
    </message>
    <message>
        <source>give a KIND and at least one VALUE</source>
        <translation>KIND（種類）と、VALUE（番号）を一つ以上指定してください</translation>
    </message>
    <message>
        <source>unknown KIND &apos;%1&apos;: use mynumber, atena, setai or lgcode</source>
        <translation>KIND「%1」は不明です。mynumber、atena、setai、lgcode のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1	valid	%2</source>
        <translation>%1	正しい	%2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>誤り: %1</translation>
    </message>
    <message>
        <source>Read dates (和暦, 西暦, 不詳) and show how they are stored</source>
        <translation>日付（和暦・西暦・不詳）を読み取り、保存形式を表示します</translation>
    </message>
    <message>
        <source>Dates as a clerk types them: 昭和50年4月1日, S50.4.1, 3500401, 1975-04-01, 昭和40年頃, 不詳 …</source>
        <translation>窓口で入力する形の日付: 昭和50年4月1日、S50.4.1、3500401、1975-04-01、昭和40年頃、不詳 など</translation>
    </message>
    <message>
        <source>INPUT…</source>
        <translation>INPUT…</translation>
    </message>
    <message>
        <source>give at least one date</source>
        <translation>日付を一つ以上指定してください</translation>
    </message>
</context>
<context>
    <name>TextFoldCommand</name>
    <message>
        <source>Print the search key of each string</source>
        <translation>各文字列の検索キーを表示します</translation>
    </message>
    <message>
        <source>Also fold the kanji variants of a city&apos;s table FILE (docs/text-folding.md).</source>
        <translation>市区町村独自の異体字テーブル FILE による異体字の統合も行います（docs/text-folding.md）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A name, kana or any text to fold.</source>
        <translation>正規化する氏名、カナ、または任意の文字列。</translation>
    </message>
    <message>
        <source>give at least one STRING to fold</source>
        <translation>正規化する文字列（STRING）を一つ以上指定してください</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 は必須です</translation>
    </message>
    <message>
        <source>Issue a waiting ticket for a purpose: its number and the people ahead</source>
        <translation>用件の整理券を発券し、番号と待ち人数を表示する</translation>
    </message>
    <message>
        <source>The queue purpose (A, B … as `counter list` and the purposes show).</source>
        <translation>用件（A、B …。`counter list` や用件の一覧に表示される記号）。</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>ordinary (default), elderly (elderly or disabled), pregnant or appointment.</source>
        <translation>ordinary（一般、既定）、elderly（高齢者・障害者）、pregnant（妊婦・乳幼児連れ）、appointment（予約）のいずれか。</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>The booked time today, HH:MM (with --priority appointment).</source>
        <translation>本日の予約時刻（HH:MM。--priority appointment と併せて指定）。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>unknown --priority &apos;%1&apos;</source>
        <translation>不明な --priority「%1」です</translation>
    </message>
    <message>
        <source>--appointment-at wants HH:MM, not &apos;%1&apos;</source>
        <translation>--appointment-at には HH:MM 形式の時刻を指定してください（指定値:「%1」）</translation>
    </message>
    <message>
        <source>--appointment-at goes with --priority appointment, and only with it</source>
        <translation>--appointment-at は --priority appointment のときに必ず指定し、それ以外では指定できません</translation>
    </message>
    <message>
        <source>%1  %2  people ahead: %3</source>
        <translation>%1  %2  待ち人数: %3 人</translation>
    </message>
    <message>
        <source>Call the next waiting ticket to a counter, and say why that one</source>
        <translation>次の整理券を窓口に呼び出し、その整理券を選んだ理由を表示する</translation>
    </message>
    <message>
        <source>The counter that calls.</source>
        <translation>呼び出す窓口。</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>%1番窓口の待ちはありません。</translation>
    </message>
    <message>
        <source>%1 to counter %2 (%3)</source>
        <translation>%1 を %2番窓口に呼び出しました（%3）</translation>
    </message>
    <message>
        <source>Start serving a called ticket</source>
        <translation>呼び出した整理券の対応を開始する</translation>
    </message>
    <message>
        <source>Finish a ticket</source>
        <translation>整理券の対応を完了する</translation>
    </message>
    <message>
        <source>Mark a called ticket as not shown</source>
        <translation>呼び出した整理券を不在にする</translation>
    </message>
    <message>
        <source>Put a ticket on hold</source>
        <translation>整理券を保留にする</translation>
    </message>
    <message>
        <source>Return a ticket on hold to the waiting, in its place</source>
        <translation>保留中の整理券を元の順番のまま待ちに戻す</translation>
    </message>
    <message>
        <source>Send a ticket to another purpose&apos;s queue, keeping its place</source>
        <translation>整理券を順番を保ったまま別の用件の待ちに案内替えする</translation>
    </message>
    <message>
        <source>Today&apos;s ticket number (A-012).</source>
        <translation>本日の整理券番号（A-012）。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>The purpose it goes to.</source>
        <translation>案内替え先の用件。</translation>
    </message>
    <message>
        <source>there is no ticket %1 today</source>
        <translation>本日の整理券 %1 はありません</translation>
    </message>
    <message>
        <source>%1 is now %2 (its place is kept).</source>
        <translation>%1 は %2 になりました（順番はそのままです）。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 の状態が %2 になりました。</translation>
    </message>
    <message>
        <source>List today&apos;s tickets and their states</source>
        <translation>本日の整理券と状態を一覧表示する</translation>
    </message>
    <message>
        <source>Add a counter and the purposes it serves</source>
        <translation>窓口と担当する用件を追加する</translation>
    </message>
    <message>
        <source>The counter&apos;s id (1, 2 …).</source>
        <translation>窓口の ID（1、2 …）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Its name (1番窓口).</source>
        <translation>窓口の名称（1番窓口）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The purposes it serves: A,B …</source>
        <translation>担当する用件: A,B …</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Its office (本庁, a branch).</source>
        <translation>窓口のある庁舎（本庁、支所など）。</translation>
    </message>
    <message>
        <source>OFFICE</source>
        <translation>庁舎</translation>
    </message>
    <message>
        <source>Counter %1 added.</source>
        <translation>%1番窓口を追加しました。</translation>
    </message>
    <message>
        <source>List the counters and the purposes they serve</source>
        <translation>窓口と担当する用件を一覧表示する</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>writing the history of ticket %1</source>
        <translation>整理券 %1 の履歴の書き込み</translation>
    </message>
    <message>
        <source>reading the queue purposes</source>
        <translation>用件の読み込み</translation>
    </message>
    <message>
        <source>reading the counters</source>
        <translation>窓口の読み込み</translation>
    </message>
    <message>
        <source>a counter needs an id and a name</source>
        <translation>窓口には ID と名称が必要です</translation>
    </message>
    <message>
        <source>counter %1 serves no purpose; give at least one</source>
        <translation>%1番窓口に担当する用件がありません。1 つ以上指定してください</translation>
    </message>
    <message>
        <source>counter %1: there is no queue purpose &apos;%2&apos;</source>
        <translation>%1番窓口: 用件「%2」はありません</translation>
    </message>
    <message>
        <source>counter %1 exists already</source>
        <translation>%1番窓口はすでにあります</translation>
    </message>
    <message>
        <source>adding counter %1</source>
        <translation>%1番窓口の追加</translation>
    </message>
    <message>
        <source>numbering a ticket of %1</source>
        <translation>用件 %1 の整理券の採番</translation>
    </message>
    <message>
        <source>numbering a ticket of %1 gave no number</source>
        <translation>用件 %1 の整理券の採番で番号が得られませんでした</translation>
    </message>
    <message>
        <source>issuing ticket %1</source>
        <translation>整理券 %1 の発券</translation>
    </message>
    <message>
        <source>issuing ticket %1 gave no id</source>
        <translation>整理券 %1 の発券で ID が得られませんでした</translation>
    </message>
    <message>
        <source>an appointment ticket needs the booked time</source>
        <translation>予約の整理券には予約時刻が必要です</translation>
    </message>
    <message>
        <source>there is no active queue purpose &apos;%1&apos;</source>
        <translation>有効な用件「%1」はありません</translation>
    </message>
    <message>
        <source>counting the people ahead of %1</source>
        <translation>%1 の待ち人数の集計</translation>
    </message>
    <message>
        <source>there is no active counter &apos;%1&apos;</source>
        <translation>有効な窓口「%1」はありません</translation>
    </message>
    <message>
        <source>reading the tickets waiting for counter %1</source>
        <translation>%1番窓口の待ち整理券の読み込み</translation>
    </message>
    <message>
        <source>calling ticket %1 at counter %2</source>
        <translation>%2番窓口での整理券 %1 の呼出</translation>
    </message>
    <message>
        <source>ticket %1 vanished after it was called</source>
        <translation>整理券 %1 が呼出後に見つからなくなりました</translation>
    </message>
    <message>
        <source>counter %1 could not call a ticket: other desks kept calling the same tickets first; try again</source>
        <translation>%1番窓口で整理券を呼び出せませんでした: 他の窓口が同じ整理券を先に呼び出し続けました。もう一度実行してください</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>整理券 %1 はありません</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be %3</source>
        <translation>%1 は %2 の状態のため、%3ことはできません</translation>
    </message>
    <message>
        <source>changing ticket %1</source>
        <translation>整理券 %1 の変更</translation>
    </message>
    <message>
        <source>%1 was changed at another desk meanwhile; look again</source>
        <translation>%1 はその間に他の窓口で変更されました。もう一度確認してください</translation>
    </message>
    <message>
        <source>served</source>
        <translation>対応を開始する</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>marked as not shown</source>
        <translation>不在にする</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>保留にする</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>待ちに戻す</translation>
    </message>
    <message>
        <source>no visit reference to link</source>
        <translation>紐付ける受付番号がありません</translation>
    </message>
    <message>
        <source>linked to a visit</source>
        <translation>来庁と紐付ける</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>来庁 %1</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be redirected</source>
        <translation>%1 は %2 の状態のため、案内替えできません</translation>
    </message>
    <message>
        <source>%1 is already a ticket of %2</source>
        <translation>%1 はすでに用件 %2 の整理券です</translation>
    </message>
    <message>
        <source>redirected from %1</source>
        <translation>%1 から案内替え</translation>
    </message>
    <message>
        <source>redirecting ticket %1</source>
        <translation>整理券 %1 の案内替え</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>%1 へ案内替え</translation>
    </message>
    <message>
        <source>reading ticket %1</source>
        <translation>整理券 %1 の読み込み</translation>
    </message>
    <message>
        <source>reading the tickets of %1</source>
        <translation>%1 の整理券の読み込み</translation>
    </message>
    <message>
        <source>reading the history of ticket %1</source>
        <translation>整理券 %1 の履歴の読み込み</translation>
    </message>
    <message>
        <source>counting the waiting tickets</source>
        <translation>待ち整理券の集計</translation>
    </message>
    <message>
        <source>calling the next ticket at counter %1</source>
        <translation>%1番窓口での次の整理券の呼出</translation>
    </message>
    <message>
        <source>reading counter %1</source>
        <translation>%1番窓口の読み込み</translation>
    </message>
    <message>
        <source>readying the calls of counter %1</source>
        <translation>窓口 %1 の呼出しを準備しています</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>Show a visit&apos;s applications, live, and its guidance slip</source>
        <translation>来庁の申請の現在の状態と受付案内票を表示する</translation>
    </message>
    <message>
        <source>The visit reference (V20261126-000001).</source>
        <translation>来庁の受付番号（V20261126-000001）。</translation>
    </message>
    <message>
        <source>usage: visit show --db LOCATION REF</source>
        <translation>使い方: visit show --db LOCATION 受付番号</translation>
    </message>
    <message>
        <source>Visit %1: %2 %3 (%4), 宛名番号 %5</source>
        <translation>来庁 %1: %2 %3（%4）、宛名番号 %5</translation>
    </message>
    <message>
        <source>registered in %1 as %2</source>
        <translation>%1 に %2 として登録済み</translation>
    </message>
    <message>
        <source>waiting to be sent again at %1: %2</source>
        <translation>%1 に再送予定: %2</translation>
    </message>
    <message>
        <source>refused by %1: %2</source>
        <translation>%1 が却下: %2</translation>
    </message>
    <message>
        <source>received, %1</source>
        <translation>受付済み、%1</translation>
    </message>
    <message>
        <source>  deadline %1</source>
        <translation>  期限 %1</translation>
    </message>
    <message>
        <source>Submit realistic demo visits through the real checklist and submit path</source>
        <translation>実際のチェックリストと確定処理を通してデモ来庁の申請を確定する</translation>
    </message>
    <message>
        <source>How many visits, 1 to 100000.</source>
        <translation>来庁の件数、1〜100000。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the draws (default 1).</source>
        <translation>抽選のシード（既定 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The day of the visits (default: today).</source>
        <translation>来庁の日（既定: 今日）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>usage: demo submit --db LOCATION --visits N (1 to 100000)</source>
        <translation>使い方: demo submit --db LOCATION --visits N（1〜100000）</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed は整数です</translation>
    </message>
    <message>
        <source>--today must be a date</source>
        <translation>--today は日付です</translation>
    </message>
    <message>
        <source>this is not a demo database: give --as STAFF_ID (a clerk) to submit visits</source>
        <translation>デモ用データベースではありません: 申請を確定するには --as 職員ID（窓口職員）を指定してください</translation>
    </message>
    <message>
        <source>%1 visits submitted (%2 applications), %3 skipped; %4 … %5</source>
        <translation>%1 来庁を確定（%2 申請）、%3 件は見送り。%4 … %5</translation>
    </message>
    <message>
        <source>last skipped: %1</source>
        <translation>最後に見送った理由: %1</translation>
    </message>
    <message>
        <source>, to bring</source>
        <translation>、後日持参</translation>
    </message>
    <message>
        <source>, to bring by %1</source>
        <translation>、%1 までに持参</translation>
    </message>
    <message>
        <source>  data used: %1%2, filled %3</source>
        <translation>  利用した情報: %1%2（記入した項目: %3）</translation>
    </message>
    <message>
        <source>  consent to %1: %2 for %3 → %4 (%5)</source>
        <translation>  %1 の利用の同意確認: %2（目的: %3 → %4、記録: %5）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>VisitInProgress</name>
    <message>
        <source>choose a resident first</source>
        <translation>先に住民を選択してください</translation>
    </message>
    <message>
        <source>the life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>choose the life event first</source>
        <translation>先にライフイベントを選択してください</translation>
    </message>
    <message>
        <source>%1: say why it is left out</source>
        <translation>%1: 対象外にする理由を入力してください</translation>
    </message>
</context>
<context>
    <name>VisitRecords</name>
    <message>
        <source>the scan %1 of document %2: %3</source>
        <translation>書類 %2 のスキャン %1: %3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>it is %1 MB; the limit is %2 MB</source>
        <translation>%1 MB あります。上限は %2 MB です</translation>
    </message>
    <message>
        <source>its content is not a PDF, PNG or JPEG</source>
        <translation>内容が PDF、PNG、JPEG のいずれでもありません</translation>
    </message>
    <message>
        <source>it is said to be %1 but its content is %2</source>
        <translation>%1 とされていますが、内容は %2 です</translation>
    </message>
    <message>
        <source>its SHA-256 does not match its content</source>
        <translation>SHA-256 が内容と一致しません</translation>
    </message>
    <message>
        <source>visit %1: document %2 belongs to %3, which is not one of the visit&apos;s applications</source>
        <translation>来庁 %1: 書類 %2 の属する %3 は、この来庁の申請ではありません</translation>
    </message>
    <message>
        <source>visit %1: document %2 has a negative position</source>
        <translation>来庁 %1: 書類 %2 の位置が負の値です</translation>
    </message>
    <message>
        <source>visit %1: document %2 is recorded twice</source>
        <translation>来庁 %1: 書類 %2 が二重に記録されています</translation>
    </message>
    <message>
        <source>visit %1: document %2 is recorded as scanned but has no scan</source>
        <translation>来庁 %1: 書類 %2 はスキャン済みと記録されていますが、スキャンがありません</translation>
    </message>
    <message>
        <source>visit %1: the consent to %2 has no time</source>
        <translation>来庁 %1: %2 の利用の同意に日時が記録されていません</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>ファイル %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>the file %1 is empty: scan the document again</source>
        <translation>ファイル %1 は空です: 書類をスキャンし直してください</translation>
    </message>
    <message>
        <source>the file %1 is %2 MB; a scan may be at most %3 MB (scan in black and white or at a lower resolution)</source>
        <translation>ファイル %1 は %2 MB です。スキャンは %3 MB までです（白黒または低い解像度でスキャンしてください）</translation>
    </message>
    <message>
        <source>cannot read the file %1: %2</source>
        <translation>ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>ファイル %1 は %2 MB を超えています</translation>
    </message>
    <message>
        <source>the file %1 is not a PDF, PNG or JPEG (it begins with %2), whatever its name says: attach the scanner&apos;s PDF or image</source>
        <translation>ファイル %1 は、名前にかかわらず PDF、PNG、JPEG のいずれでもありません（先頭: %2）: スキャナーで作成した PDF または画像を添付してください</translation>
    </message>
    <message>
        <source>writing the records of visit %1</source>
        <translation>来庁 %1 の記録の書き込み</translation>
    </message>
    <message>
        <source>reading the records of visit %1</source>
        <translation>来庁 %1 の記録の読み込み</translation>
    </message>
    <message>
        <source>visit %1: document %2 has the unknown status &quot;%3&quot;</source>
        <translation>来庁 %1: 書類 %2 の状態「%3」は不明です</translation>
    </message>
    <message>
        <source>reading a scan of visit %1</source>
        <translation>来庁 %1 のスキャンの読み込み</translation>
    </message>
    <message>
        <source>visit %1 has no scan for document #%2 of %3</source>
        <translation>来庁 %1 には %3 の書類 #%2 のスキャンがありません</translation>
    </message>
</context>
<context>
    <name>VisitReference</name>
    <message>
        <source>numbering the visit</source>
        <translation>来庁の採番</translation>
    </message>
    <message>
        <source>numbering the visit gave no number</source>
        <translation>来庁の採番で番号が得られませんでした</translation>
    </message>
    <message>
        <source>reading the branch code</source>
        <translation>支所コードの読み込み</translation>
    </message>
    <message>
        <source>the branch code &quot;%1&quot; in this database is not valid (a capital letter, then up to 7 capital letters and digits); visits cannot be numbered until it is corrected</source>
        <translation>このデータベースの支所コード「%1」は正しくありません（英大文字 1 文字に続けて英大文字・数字を 7 文字まで）。訂正するまで来庁に受付番号を付けられません</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>reading visit %1</source>
        <translation>来庁 %1 の読み取り</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>来庁 %1 はありません</translation>
    </message>
    <message>
        <source>reading the delivery of visit %1</source>
        <translation>来庁 %1 の送信状況の読み取り</translation>
    </message>
</context>
<context>
    <name>VisitSubmission</name>
    <message>
        <source>reading the city code</source>
        <translation>市区町村コードの読み取り</translation>
    </message>
    <message>
        <source>the register</source>
        <translation>住民記録</translation>
    </message>
    <message>
        <source>%1 is left out without a reason</source>
        <translation>%1 を理由なしに除外しています</translation>
    </message>
    <message>
        <source>the forms are not complete; answer or leave out with a reason: %1</source>
        <translation>申請書が完成していません。回答するか、理由を付けて除外してください: %1</translation>
    </message>
    <message>
        <source>nothing to submit: no procedure applies or all are left out</source>
        <translation>確定する申請がありません: 該当する手続がないか、すべて除外されています</translation>
    </message>
    <message>
        <source>finding the resident</source>
        <translation>住民の検索</translation>
    </message>
    <message>
        <source>no resident with 宛名番号 %1</source>
        <translation>宛名番号 %1 の住民はいません</translation>
    </message>
    <message>
        <source>writing visit %1</source>
        <translation>来庁 %1 の書き込み</translation>
    </message>
    <message>
        <source>checking visit reference %1</source>
        <translation>受付番号 %1 の確認</translation>
    </message>
    <message>
        <source>visit reference %1 is already used by another visit</source>
        <translation>受付番号 %1 はすでに別の来庁で使われています</translation>
    </message>
    <message>
        <source>reading the register versions</source>
        <translation>住民記録のバージョンの読み込み</translation>
    </message>
    <message>
        <source>the certificate %1 no longer passes verification: %2</source>
        <translation>証明書 %1 は検証に通らなくなりました: %2</translation>
    </message>
    <message>
        <source>the resident&apos;s consent to use the certificate %1 is not recorded</source>
        <translation>証明書 %1 の利用について住民の同意が記録されていません</translation>
    </message>
    <message>
        <source>two certificates of the type %1 about the same person: keep one</source>
        <translation>同じ人の%1が2通あります。1通にしてください</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ApprovalsPanel</name>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>承認…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>Show requests that are</source>
        <translation>表示する承認依頼の状態</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Show requests of the kind</source>
        <translation>表示する承認依頼の種類</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Result of the last decision</source>
        <translation>直前の決裁の結果</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>承認依頼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Checklist override</source>
        <translation>手続き一覧の変更</translation>
    </message>
    <message>
        <source>支援措置 unlock</source>
        <translation>支援措置の制限解除</translation>
    </message>
    <message>
        <source>Register correction (仮登録)</source>
        <translation>住民記録の訂正（仮登録）</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>left out %1</source>
        <translation>%1 を対象外</translation>
    </message>
    <message>
        <source>added %1 for %2</source>
        <translation>%2 に %1 を追加</translation>
    </message>
    <message>
        <source>left out %1 for %2</source>
        <translation>%2 の %1 を対象外</translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation>%1、%2 分間</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>先に承認依頼を選択してください。</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1（宛名番号 %2、%3）</translation>
    </message>
    <message>
        <source>Approve %1? A comment (optional, recorded):</source>
        <translation>%1 を承認しますか？コメント（任意、記録されます）:</translation>
    </message>
    <message>
        <source>Deny %1? Why (required, recorded):</source>
        <translation>%1 を却下しますか？理由（必須、記録されます）:</translation>
    </message>
    <message>
        <source>A denial needs a comment: nothing was decided.</source>
        <translation>却下にはコメントが必要です。決裁していません。</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>承認しました: %1。</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>却下しました: %1。</translation>
    </message>
    <message>
        <source>Branch visit: register changed at the hall</source>
        <translation>支所の来庁の照合（本庁で住民記録が変更）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AuditPanel</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>連鎖を検証</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>staff id, e.g. k.sato</source>
        <translation>職員ID（例: k.sato）</translation>
    </message>
    <message>
        <source>Resident (宛名番号)</source>
        <translation>住民（宛名番号）</translation>
    </message>
    <message>
        <source>宛名番号</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>2026-04-01 or R8.4.1</source>
        <translation>2026-04-01 または R8.4.1</translation>
    </message>
    <message>
        <source>From (date, inclusive)</source>
        <translation>開始日（その日を含む）</translation>
    </message>
    <message>
        <source>To (date, inclusive)</source>
        <translation>終了日（その日を含む）</translation>
    </message>
    <message>
        <source>Review query</source>
        <translation>点検用の照会</translation>
    </message>
    <message>
        <source>No review: every entry</source>
        <translation>照会なし（すべての記録）</translation>
    </message>
    <message>
        <source>Late night (22:00–06:00)</source>
        <translation>深夜（22:00〜06:00）</translation>
    </message>
    <message>
        <source>Holidays and closed days</source>
        <translation>休日・閉庁日</translation>
    </message>
    <message>
        <source>Mass searches</source>
        <translation>大量検索</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>Mass searches: more than this many in one hour</source>
        <translation>大量検索: 1 時間にこの回数を超える検索</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>監査ログを検索</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>監査ログの連鎖を検証</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Result of the last query</source>
        <translation>直前の照会の結果</translation>
    </message>
    <message>
        <source>Verify report</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作者(&amp;O):</translation>
    </message>
    <message>
        <source>R&amp;esident:</source>
        <translation>住民(&amp;E):</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>点検(&amp;V):</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>しきい値(&amp;H):</translation>
    </message>
    <message>
        <source>No resident has 宛名番号 %1.</source>
        <translation>宛名番号 %1 の住民はいません。</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>終了日: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>開始日: %1</translation>
    </message>
    <message>
        <source>“To” is before “From”.</source>
        <translation>「終了日」が「開始日」より前です。</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>連番</translation>
    </message>
    <message>
        <source>Time (Japan)</source>
        <translation>日時（日本時間）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Resident (person id)</source>
        <translation>住民（内部 ID）</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source> (purpose: %1)</source>
        <translation> （目的: %1）</translation>
    </message>
    <message>
        <source> [個人番号 shown]</source>
        <translation> [個人番号を表示]</translation>
    </message>
    <message>
        <source>No audit entries match.</source>
        <translation>該当する監査記録はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Audit entries found: %n.</source>
        <translation>
            <numerusform>監査記録が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour (Japan)</source>
        <translation>時間帯（日本時間）</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>検索回数</translation>
    </message>
    <message>
        <source>No operator made more than %1 searches in one hour.</source>
        <translation>1 時間に %1 回を超えて検索した操作者はいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n operator-hour(s) with more than %1 searches.</source>
        <translation>
            <numerusform>%1 回を超えて検索した操作者・時間帯が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, last hash %2.</source>
        <translation>監査ログの連鎖は正常です: %1 件、最後のハッシュ %2。</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1 (%2): %3</source>
        <translation>監査ログの連鎖が記録 %1 で壊れています（%2）: %3</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BranchDesk</name>
    <message>
        <source>&amp;Branch</source>
        <translation>支所(&amp;B)</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>A sync with the hall is already running.</source>
        <translation>本庁との同期はすでに実行中です。</translation>
    </message>
    <message>
        <source>No hall is set for this branch: enter its URL in the settings.</source>
        <translation>この支所には本庁が設定されていません: 設定で本庁の URL を入力してください。</translation>
    </message>
    <message>
        <source>Syncing with the hall…</source>
        <translation>本庁と同期中…</translation>
    </message>
    <message>
        <source>Syncing with the hall: %1, %2 of %3</source>
        <translation>本庁と同期中: %1、%3 件中 %2 件</translation>
    </message>
    <message>
        <source>Syncing with the hall: %1, %2</source>
        <translation>本庁と同期中: %1、%2 件</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BranchStatus</name>
    <message>
        <source>Branch sync status</source>
        <translation>支所の同期状態</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch: the replica&apos;s sync state cannot be read</source>
        <translation>支所: 複製データベースの同期状態を読み込めません</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>支所 %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>no hall set (Branch → Sync Now opens the settings)</source>
        <translation>本庁が未設定（支所 → 今すぐ同期 で設定を開きます）</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>OFFLINE since %1</source>
        <translation>%1 からオフライン</translation>
    </message>
    <message>
        <source>SYNC FAILED at %1</source>
        <translation>同期に失敗（%1）</translation>
    </message>
    <message>
        <source>never synced: no data from the hall yet</source>
        <translation>未同期: 本庁のデータはまだありません</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message>
        <source>data from %1 (%2)</source>
        <translation>%1 時点のデータ（%2）</translation>
    </message>
    <message>
        <source>支援措置 data too old: every resident needs a supervisor&apos;s unlock until the next sync</source>
        <translation>支援措置のデータが古すぎます: 次回の同期まで、すべての住民に監督者による制限解除が必要です</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>本庁: %1</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>最終取り込み: %1</translation>
    </message>
    <message>
        <source>Last push: %1</source>
        <translation>最終送信: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::BranchSyncer</name>
    <message>
        <source>the hall &quot;%1&quot; is not a postgresql:// URL (File → Settings…)</source>
        <translation>本庁「%1」は postgresql:// の URL ではありません（ファイル → 設定…）</translation>
    </message>
    <message numerus="yes">
        <source>bootstrapped the register (%n persons)</source>
        <translation>
            <numerusform>初回取り込みで住民 %n 人を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pulled %n changes</source>
        <translation>
            <numerusform>変更 %n 件を取り込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced with the hall: pushed %n visits, </source>
        <translation>
            <numerusform>本庁と同期しました: 来庁 %n 件を送信、 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n held for a supervisor&apos;s review</source>
        <translation>
            <numerusform>。来庁 %n 件は保留（監督者の確認待ち）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CatalogPanel</name>
    <message>
        <source>Life event / procedure</source>
        <translation>ライフイベント／手続き</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>Procedure catalog: %1 — %n procedure(s) in force</source>
        <translation>
            <numerusform>手続きカタログ: %1 — 施行中の手続き %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Procedure catalog: %1 — not used, %n problem(s)</source>
        <translation>
            <numerusform>手続きカタログ: %1 — 問題が %n 件あるため使用していません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CertificateDialog</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>✓ Verified: %1 issued by %2 for %3 (born %4), valid from %5 until %6.</source>
        <translation>✓ 検証済み: %2 が %3（%4 生まれ）に発行した %1。有効期間 %5 ～ %6。</translation>
    </message>
    <message>
        <source>✗ Not accepted: %1 (%2).</source>
        <translation>✗ 受け付けられません: %1（%2）。</translation>
    </message>
    <message>
        <source>What the certificate says</source>
        <translation>証明書の記載事項</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Ask the resident: may the city keep this certificate with the visit? No form of this visit uses it.</source>
        <translation>住民に確認してください: この証明書を来庁の記録とともに市で保管してよいですか？ この来庁の申請書では使用しません。</translation>
    </message>
    <message>
        <source>Ask the resident: may the city use this certificate for %1 and send it to %2?</source>
        <translation>住民に確認してください: この証明書を %1 に利用し、%2 へ送信してよいですか？</translation>
    </message>
    <message>
        <source>&amp;Agrees</source>
        <translation>同意する(&amp;A)</translation>
    </message>
    <message>
        <source>Does &amp;not agree</source>
        <translation>同意しない(&amp;N)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ChecklistPanel</name>
    <message>
        <source>Show procedures that do &amp;not apply</source>
        <translation>非該当の手続きも表示(&amp;N)</translation>
    </message>
    <message>
        <source>Leave &amp;out…</source>
        <translation>対象外にする(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>手続き一覧の概要</translation>
    </message>
    <message>
        <source>Procedures of the visit</source>
        <translation>来庁の手続き</translation>
    </message>
    <message>
        <source>Delete or Space leaves the selected procedure out, keeps it again, adds it or removes an addition</source>
        <translation>Delete キーまたは Space キーで、選択した手続きを対象外にする・対象に戻す・追加する・追加を取り消す</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>担当課</translation>
    </message>
    <message>
        <source>Documents / status</source>
        <translation>必要書類／状態</translation>
    </message>
    <message>
        <source>The selected procedure</source>
        <translation>選択した手続き</translation>
    </message>
    <message>
        <source>Show procedures that do not apply</source>
        <translation>非該当の手続きも表示</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>a member: id, name, relationship</comment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>あと %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>本日期限</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>対象外: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>追加: %1</translation>
    </message>
    <message>
        <source>questions open</source>
        <translation>未回答の質問あり</translation>
    </message>
    <message>
        <source>not in force on the day of the event</source>
        <translation>事由発生日時点で未施行</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>非該当</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) for %1</source>
        <translation>
            <numerusform>%1分の手続き %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>対象外 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>追加 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a procedure to see its reason, deadline and documents in full.</source>
        <translation>手続きを選択すると、理由・期限・必要書類をすべて表示します。</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>担当課: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>必要書類: %1</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>対象に戻す(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the selected procedure</source>
        <translation>選択した手続きを対象に戻す</translation>
    </message>
    <message>
        <source>Leave the selected procedure out</source>
        <translation>選択した手続きを対象外にする</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>追加を取り消す(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected addition</source>
        <translation>選択した手続きの追加を取り消す</translation>
    </message>
    <message>
        <source>Add the selected procedure</source>
        <translation>選択した手続きを追加する</translation>
    </message>
    <message>
        <source>the household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>Reason for leaving out</source>
        <translation>対象外にする理由</translation>
    </message>
    <message>
        <source>Why is %1 left out for %2? The reason is recorded with the visit.</source>
        <translation>%2 の %1 を対象外にする理由を入力してください。理由は来庁の記録に残ります。</translation>
    </message>
    <message>
        <source>Reason for adding</source>
        <translation>追加する理由</translation>
    </message>
    <message>
        <source>Why is %1 added for %2? The reason is recorded with the visit.</source>
        <translation>%2 に %1 を追加する理由を入力してください。理由は来庁の記録に残ります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CorrectionRequestDialog</name>
    <message>
        <source>male (1)</source>
        <translation>男（1）</translation>
    </message>
    <message>
        <source>female (2)</source>
        <translation>女（2）</translation>
    </message>
    <message>
        <source>not applicable (9)</source>
        <translation>適用不能（9）</translation>
    </message>
    <message>
        <source>unknown (0)</source>
        <translation>不明（0）</translation>
    </message>
    <message>
        <source>Request a correction — %1</source>
        <translation>訂正の依頼 — %1</translation>
    </message>
    <message>
        <source>Correct the register record of %1 (宛名番号 %2). Type only the new values; an empty field stays as it is. The register changes when a supervisor approves the request.</source>
        <translation>%1（宛名番号 %2）の住民記録を訂正します。新しい値だけを入力してください。空欄の項目は変更されません。監督者が依頼を承認すると住民記録が変更されます。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>現在の登録内容</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>訂正後の値</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（変更なし）</translation>
    </message>
    <message>
        <source>昭和60年6月12日, S60.6.12, 1985-06-12 …</source>
        <translation>昭和60年6月12日、S60.6.12、1985-06-12 …</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>訂正の理由</translation>
    </message>
    <message>
        <source>Required: what is wrong, and what shows the right value</source>
        <translation>必須: 何が誤っているか、正しい値を示すものは何か</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Why the request was not sent</source>
        <translation>依頼を送信できなかった理由</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>承認を依頼</translation>
    </message>
    <message>
        <source>Name (氏名)</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name in kana (フリガナ)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Date of birth (生年月日)</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex (性別)</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Former surname (旧氏)</source>
        <translation>旧氏</translation>
    </message>
    <message>
        <source>Former surname in kana (旧氏フリガナ)</source>
        <translation>旧氏フリガナ</translation>
    </message>
    <message>
        <source>Alias (通称)</source>
        <translation>通称</translation>
    </message>
    <message>
        <source>Alias in kana (通称フリガナ)</source>
        <translation>通称フリガナ</translation>
    </message>
    <message>
        <source>Name in the alphabet (ローマ字)</source>
        <translation>ローマ字氏名</translation>
    </message>
    <message>
        <source>%1 on the register</source>
        <translation>%1（現在の登録内容）</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1（訂正後）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DatabaseStatusBar</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>スタンドアロン</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>庁舎</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>モード: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>スキーマ バージョン %1</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>支所 %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DeskSession</name>
    <message>
        <source>Log Out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>ロック中 — %1</translation>
    </message>
    <message>
        <source>Log out %1? Anything not yet saved at this desk is discarded.</source>
        <translation>%1 をログアウトしますか？ この窓口で保存していない内容は破棄されます。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DeskTicket</name>
    <message>
        <source>Serving %1</source>
        <translation>対応中 %1</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>呼出中 %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>%1番窓口の待ちはありません。</translation>
    </message>
    <message>
        <source>Called %1 to counter %2 — %3</source>
        <translation>%1 を %2番窓口に呼び出しました — %3</translation>
    </message>
    <message>
        <source>%1 did not come.</source>
        <translation>%1 は不在でした。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentsDialog</name>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>presented (paper checked)</source>
        <translation>提示（紙で確認済み）</translation>
    </message>
    <message>
        <source>scanned and attached</source>
        <translation>スキャンして添付</translation>
    </message>
    <message>
        <source>digital certificate</source>
        <translation>デジタル証明書</translation>
    </message>
    <message>
        <source>missing: to bring</source>
        <translation>不足: 後日持参</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>持参書類</translation>
    </message>
    <message>
        <source>Record each document: 1 presented on paper, 2 scanned (attach the file), 3 digital certificate (F10 reads one), 4 missing — the slip then says what to bring and by when. 0 clears.</source>
        <translation>書類ごとに記録してください: 1 紙で提示、2 スキャン（ファイルを添付）、3 デジタル証明書（F10 で読み取り）、4 不足 — 受付案内票に持参する書類と期限が記載されます。0 で記録を消去します。</translation>
    </message>
    <message>
        <source>Documents of the visit</source>
        <translation>来庁の持参書類</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Attach a scanned document</source>
        <translation>スキャンした書類を添付</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>スキャンした書類 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <source>Only paper will do for this document.</source>
        <translation>この書類は紙でのみ受け付けます。</translation>
    </message>
    <message>
        <source>No certificate of this kind about this person was read with the resident&apos;s consent: read it with F10 first.</source>
        <translation>この人についてのこの種類の証明書が、本人の同意のうえで読み取られていません。先に F10 で読み取ってください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::EventPanel</name>
    <message>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Show the &amp;checklist</source>
        <translation>手続き一覧を表示(&amp;C)</translation>
    </message>
    <message>
        <source>Show the checklist for this life event</source>
        <translation>このライフイベントの手続き一覧を表示</translation>
    </message>
    <message>
        <source>What brings the resident? Choose the life event, its date and answer its questions.</source>
        <translation>来庁の用件を確認し、ライフイベントとその日付を選んで、質問に回答してください。</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>Choose the life event first.</source>
        <translation>先にライフイベントを選択してください。</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FieldEditor</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>e.g. R8.11.15, 令和8年11月15日 or 2026-11-15</source>
        <translation>例: R8.11.15、令和8年11月15日、2026-11-15</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12桁</translation>
    </message>
    <message>
        <source>12 digits, or ↓ whose number (from the register)</source>
        <translation>12桁、または ↓ で対象者を選択（住民記録から取得）</translation>
    </message>
    <message>
        <source>%1 — not an exact day</source>
        <translation>%1 — 日付が特定されていません</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1／%2桁</translation>
    </message>
    <message>
        <source>check digit OK</source>
        <translation>チェックデジット OK</translation>
    </message>
    <message>
        <source>↓ lists the household&apos;s names</source>
        <translation>↓ で世帯員の氏名を一覧表示</translation>
    </message>
    <message>
        <source>or its postal code (5300001), then the rest</source>
        <translation>郵便番号（5300001）から入力し、続きを入力することもできます</translation>
    </message>
    <message>
        <source>%1: no town has this postal code</source>
        <translation>%1: この郵便番号の町域はありません</translation>
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
        <translation>氏名・かな・生年月日（S50.4.1）・住所・番号 — 入力するそばから検索します</translation>
    </message>
    <message>
        <source>Find a resident</source>
        <translation>住民を検索</translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation>見つかった住民</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>「%1」に該当する住民はいません。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::HomePage</name>
    <message>
        <source>Demo database: every person in it is made up.</source>
        <translation>デモ用データベースです。登録されている住民はすべて架空の人物です。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住民数</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>世帯数</translation>
    </message>
    <message>
        <source>No city is set in this database yet</source>
        <translation>このデータベースには市区町村が設定されていません</translation>
    </message>
    <message>
        <source>Local government code %1</source>
        <translation>全国地方公共団体コード %1</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>住民記録を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::InterviewPanel</name>
    <message>
        <source>Questions</source>
        <translation>聞き取り事項</translation>
    </message>
    <message>
        <source>Nothing left to ask.</source>
        <translation>聞き取る事項はもうありません。</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>記入済み</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
    </message>
    <message>
        <source>register</source>
        <translation>住民記録</translation>
    </message>
    <message>
        <source>event</source>
        <translation>届出時の回答</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>職員入力</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>証明書</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::LoginDialog</name>
    <message>
        <source>Madoguchi — Log In</source>
        <translation>窓口 — ログイン</translation>
    </message>
    <message>
        <source>Log in with your staff id and password.</source>
        <translation>職員IDとパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Staff id:</source>
        <translation>職員ID:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Madoguchi — Locked</source>
        <translation>窓口 — ロック中</translation>
    </message>
    <message>
        <source>The desk was locked while nobody used it. Enter the password of %1 to go on where you left off. Someone else can log in only after logging out.</source>
        <translation>操作がなかったため画面をロックしました。%1 のパスワードを入力すると、作業の続きから再開できます。別の職員は、ログアウトしてからログインしてください。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Log Out…</source>
        <translation>ログアウト…</translation>
    </message>
    <message>
        <source>Enter your staff id.</source>
        <translation>職員IDを入力してください。</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. An administrator creates the first one with:
madoguchi-cli staff add --db %1 --id ID --role admin</source>
        <translation>このデータベースには職員アカウントがまだありません。管理者が次のコマンドで最初のアカウントを作成します:
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Takes effect at the next start</source>
        <translation>次回の起動時から反映されます</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Madoguchi</source>
        <translation>Madoguchi について(&amp;A)</translation>
    </message>
    <message>
        <source>This database opens the next time Madoguchi starts.</source>
        <translation>次回の起動時にもこのデータベースを開きます。</translation>
    </message>
    <message>
        <source>This database is not remembered: its URL contains a password.</source>
        <translation>URL にパスワードが含まれているため、このデータベースは記憶しません。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Madoguchi will use %1 the next time it starts.</source>
        <translation>次回の起動時から%1で表示します。</translation>
    </message>
    <message>
        <source>About Madoguchi</source>
        <translation>Madoguchi について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;The one-stop counter for city halls: find the resident, see every procedure a life event needs, fill each form from the register and submit them all at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Madoguchi %1&lt;/h3&gt;&lt;p&gt;市区町村のワンストップ窓口システムです。住民を検索し、ライフイベントに伴う手続きをもれなく確認して、住民記録から各申請書を作成し、まとめて送信します。&lt;/p&gt;&lt;p&gt;Qt %2 を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;Out…</source>
        <translation>ログアウト(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>監督者(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Console…</source>
        <translation>監督者コンソール(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Enter the path of an SQLite file, or the URL of the city hall&apos;s PostgreSQL database, such as postgresql://user@host:5432/madoguchi. A file that does not exist yet is created.</source>
        <translation>SQLite ファイルのパス、または庁舎の PostgreSQL データベースの URL（例: postgresql://user@host:5432/madoguchi）を入力してください。存在しないファイルを指定した場合は新しく作成します。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>データベースファイルを開く</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite データベース (*.sqlite *.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::OutsideData</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Find the resident first (F2): a code is read for the resident at the counter.</source>
        <translation>先に住民を検索してください（F2）: コードは窓口に来ている住民について読み取ります。</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The resident prepared %1 on %2 on a smartphone. Check each value with the resident; Enter uses them for this visit (nothing is sent before you submit).</source>
        <translation>住民がスマートフォンで %1（%2）の事前入力をしました。各値を住民と確認してください。Enter でこの来庁に使用します（一括申請するまで何も送信されません）。</translation>
    </message>
    <message>
        <source>Pre-entry used: %1 answers from the resident&apos;s smartphone.</source>
        <translation>事前入力を使用しました: 住民のスマートフォンからの回答 %1 件。</translation>
    </message>
    <message>
        <source>Choose the life event first (F4): a certificate is matched against the household of the event.</source>
        <translation>先にライフイベントを選択してください（F4）: 証明書はライフイベントの世帯と照合します。</translation>
    </message>
    <message>
        <source>Certificate used with the resident&apos;s consent: %1 values filled.</source>
        <translation>住民の同意を得て証明書を使用しました: %1 項目を入力しました。</translation>
    </message>
    <message>
        <source>The resident did not agree: nothing from the certificate is used.</source>
        <translation>住民が同意しませんでした: 証明書の内容は使用しません。</translation>
    </message>
    <message>
        <source>Choose the life event first (F4): the documents come with the checklist.</source>
        <translation>先にライフイベントを選択してください（F4）: 持参書類は手続き一覧とともに決まります。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PreEntryDialog</name>
    <message>
        <source>Smartphone pre-entry</source>
        <translation>スマートフォンの事前入力</translation>
    </message>
    <message>
        <source>What the pre-entry brings</source>
        <translation>事前入力の内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>pre-entry</source>
        <translation>事前入力</translation>
    </message>
    <message>
        <source>What the pre-entry gave that is not used</source>
        <translation>事前入力のうち使用しない内容</translation>
    </message>
    <message>
        <source>Not used (ask at the counter instead):</source>
        <translation>使用しない内容（窓口で聞き取ってください）:</translation>
    </message>
    <message>
        <source>&amp;Use these answers</source>
        <translation>この回答を使う(&amp;U)</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ResidentView</name>
    <message>
        <source>&amp;Reveal…</source>
        <translation>表示(&amp;R)…</translation>
    </message>
    <message>
        <source>Reveal the individual number (個人番号)</source>
        <translation>個人番号を表示</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>支援措置</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Why is the individual number (個人番号) shown? It is recorded in the audit log.</source>
        <translation>個人番号を表示する目的を入力してください。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>The resident cannot be shown</source>
        <translation>この住民は表示できません</translation>
    </message>
    <message>
        <source>Support measure (支援措置): %1</source>
        <translation>支援措置: %1</translation>
    </message>
    <message>
        <source>Support measure (支援措置): check before issuing copies or telling the address</source>
        <translation>支援措置: 写しの交付や住所を伝える前に確認してください</translation>
    </message>
    <message>
        <source>(withheld: support measure)</source>
        <translation>（非表示: 支援措置）</translation>
    </message>
    <message>
        <source>宛名番号 %1 · 世帯番号 %2 · %3
Born %4%5 · Relationship %6
Address %7</source>
        <translation>宛名番号 %1 · 世帯番号 %2 · %3
生年月日 %4%5 · 続柄 %6
住所 %7</translation>
    </message>
    <message>
        <source>removed (除票)</source>
        <translation>除票</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source> (%1 y)</source>
        <translation>（%1 歳）</translation>
    </message>
    <message>
        <source>Individual number (個人番号): %1</source>
        <translation>個人番号: %1</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>交付制限</translation>
    </message>
    <message>
        <source>warns</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Insurance %1 · Long-term care %2 · Pension %3 · Child allowance %4 · My Number card %5</source>
        <translation>医療保険 %1 · 介護保険 %2 · 年金 %3 · 児童手当 %4 · マイナンバーカード %5</translation>
    </message>
    <message>
        <source>Former name %1 (until %2)</source>
        <translation>旧氏名 %1（%2 まで）</translation>
    </message>
    <message>
        <source>Former addresses: withheld (support measure)</source>
        <translation>旧住所: 非表示（支援措置）</translation>
    </message>
    <message>
        <source>Former address %1 (%2 – %3)</source>
        <translation>旧住所 %1（%2～%3）</translation>
    </message>
    <message>
        <source>No former names or addresses on file.</source>
        <translation>旧氏名・旧住所の登録はありません。</translation>
    </message>
    <message>
        <source>Request unlock…</source>
        <translation>制限解除を依頼…</translation>
    </message>
    <message>
        <source>Request correction…</source>
        <translation>訂正を依頼…</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>依頼を送信しました</translation>
    </message>
    <message>
        <source>Sent to a supervisor for approval (request #%1)</source>
        <translation>監督者に承認を依頼しました（承認依頼 #%1）</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReviewPanel</name>
    <message>
        <source>Print preview of the forms</source>
        <translation>申請書の印刷プレビュー</translation>
    </message>
    <message>
        <source>Forms of the visit</source>
        <translation>来庁の申請書</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the forms as PDF</source>
        <translation>申請書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — questions open</source>
        <translation>%1 — 未回答の質問あり</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) ready for the resident to check and sign.</source>
        <translation>
            <numerusform>申請書 %n 件の準備ができました。住民に内容を確認してもらい、署名を受けてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still have open questions: answer them in the Interview step (F6).</source>
        <translation>
            <numerusform>申請書 %n 件に未回答の質問があります。聞き取り（F6）で回答してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>印刷しませんでした: %1</translation>
    </message>
    <message>
        <source>Print the forms of visit %1</source>
        <translation>受付番号 %1 の申請書を印刷</translation>
    </message>
    <message>
        <source>The forms could not be printed: %1</source>
        <translation>申請書を印刷できませんでした: %1</translation>
    </message>
    <message>
        <source>The forms of visit %1 went to the printer.</source>
        <translation>受付番号 %1 の申請書をプリンターに送りました。</translation>
    </message>
    <message>
        <source>There are no forms to save yet.</source>
        <translation>保存する申請書がまだありません。</translation>
    </message>
    <message>
        <source>The visit&apos;s reference could not be taken.</source>
        <translation>受付番号を採番できませんでした。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::RoomCharts</name>
    <message>
        <source>Tickets by hour</source>
        <translation>時間帯別の整理券</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>発券</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>整理券数</translation>
    </message>
    <message>
        <source>Arrivals and served by hour</source>
        <translation>時間帯別の発券数と対応数</translation>
    </message>
    <message>
        <source>Wait by hour</source>
        <translation>時間帯別の待ち時間</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均待ち時間</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長待ち時間</translation>
    </message>
    <message>
        <source>Hour (called)</source>
        <translation>時間帯（呼出時刻）</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Average and longest wait by hour</source>
        <translation>時間帯別の平均・最長待ち時間</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::RoomPanel</name>
    <message>
        <source>The room now</source>
        <translation>現在の待合状況</translation>
    </message>
    <message>
        <source>Waits: ▲ 20 minutes or more (amber), ▲▲ 40 minutes or more (red). Live: updated twice a second.</source>
        <translation>待ち時間: ▲ 20 分以上（黄）、▲▲ 40 分以上（赤）。1 秒に 2 回自動更新します。</translation>
    </message>
    <message>
        <source>Waiting by purpose</source>
        <translation>用件ごとの待ち状況</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用件</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待ち人数</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均待ち時間</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長待ち時間</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>本日の対応数</translation>
    </message>
    <message>
        <source>Average handling</source>
        <translation>平均対応時間</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>整理券</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>1 時間あたり</translation>
    </message>
    <message>
        <source>Handling time per procedure type</source>
        <translation>手続きの種類ごとの対応時間</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来庁件数</translation>
    </message>
    <message>
        <source>The room cannot be read: %1</source>
        <translation>待合状況を読み込めません: %1</translation>
    </message>
    <message>
        <source>Waiting %1 · served today %2 · no-shows %3 · average wait %4 · longest wait %5 · as of %6</source>
        <translation>待ち %1 人 · 本日の対応 %2 人 · 不在 %3 人 · 平均待ち時間 %4 · 最長待ち時間 %5 · %6 現在</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ScanDialog</name>
    <message>
        <source>Load from a &amp;file…</source>
        <translation>ファイルから読み込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Read a code</source>
        <translation>コードの読み取り</translation>
    </message>
    <message>
        <source>Scan the QR code with the scanner, or paste it: a smartphone pre-entry (事前入力) or a signed certificate from a hospital, school or another city. Enter reads it.</source>
        <translation>スキャナーで QR コードを読み取るか、貼り付けてください: スマートフォンの事前入力、または病院・学校・他の市区町村が署名した証明書です。Enter で読み取ります。</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>読み取ったコード</translation>
    </message>
    <message>
        <source>Waiting for the scanner…</source>
        <translation>スキャナーを待っています…</translation>
    </message>
    <message>
        <source>Load a certificate or pre-entry code from a file</source>
        <translation>証明書または事前入力のコードをファイルから読み込む</translation>
    </message>
    <message>
        <source>Why the code was not read</source>
        <translation>コードを読み取れなかった理由</translation>
    </message>
    <message>
        <source>Load a code</source>
        <translation>コードを読み込む</translation>
    </message>
    <message>
        <source>Codes (*.jws *.jwt *.txt);;All files (*)</source>
        <translation>コード (*.jws *.jwt *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み込めません（%2）</translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a code (at most %3); attach a scanned document from Documents (F11) instead</source>
        <translation>%1: %2 バイトはコードではありません（最大 %3 バイト）。代わりに持参書類（F11）からスキャンした書類を添付してください</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SearchResultsModel</name>
    <message>
        <source>Support measure (支援措置): copies and the address are blocked</source>
        <translation>支援措置: 写しの交付と住所の開示は制限されています</translation>
    </message>
    <message>
        <source>Support measure (支援措置): check before issuing copies or telling the address</source>
        <translation>支援措置: 写しの交付や住所を伝える前に確認してください</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 歳</translation>
    </message>
    <message>
        <source>(withheld: support measure)</source>
        <translation>（非表示: 支援措置）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>世帯主</translation>
    </message>
    <message>
        <source>[SUPPORT MEASURE]</source>
        <translation>【支援措置】</translation>
    </message>
    <message>
        <source>[CAUTION: SUPPORT MEASURE]</source>
        <translation>【注意】</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SessionStatus</name>
    <message>
        <source>no office</source>
        <translation>庁舎なし</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <source>Logged in as %1 at %2 since %3</source>
        <translation>%1 として %2 で %3 からログイン中</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>窓口職員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査担当</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SettingsDialog</name>
    <message>
        <source>Madoguchi — Settings</source>
        <translation>Madoguchi — 設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字の大きさ(&amp;S):</translation>
    </message>
    <message>
        <source>The language and the text size take effect the next time Madoguchi starts.</source>
        <translation>言語と文字の大きさは、次回 Madoguchi を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>A file path or a postgresql:// URL. File → Open Database… opens another one. Passwords are never kept here: they live in the system keychain (madoguchi-cli secret set; see docs/security.md).</source>
        <translation>ファイルのパスまたは postgresql:// の URL です。別のデータベースは ファイル → データベースを開く… で開きます。パスワードはここには保存されず、システムのキーチェーンに保管されます（madoguchi-cli secret set、docs/security.md を参照）。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>The office of the staff account</source>
        <translation>職員アカウントの所属</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Idle lock in minutes</source>
        <translation>自動ロックまでの分数</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>この窓口</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>所属(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>端末(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>プリンター(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Idle lock:</source>
        <translation>自動ロック(&amp;I):</translation>
    </message>
    <message>
        <source>The office and the terminal name go into each login and the audit log. The idle lock locks the desk after that many minutes without input (0: never). These take effect the next time Madoguchi starts; the printer at the next print.</source>
        <translation>所属と端末名はログインごとに監査ログへ記録されます。自動ロックは、操作がないまま指定の分数が経つと窓口画面をロックします（0: しない）。これらは次回の起動時に、プリンターは次の印刷から反映されます。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（利用できません）</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>所属: %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>端末: %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>The counter id whose tickets F12 calls (madoguchi-cli counter list)</source>
        <translation>F12 で整理券を呼び出す窓口の ID（madoguchi-cli counter list で確認できます）</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>窓口(&amp;C):</translation>
    </message>
    <message>
        <source>The hall&apos;s database</source>
        <translation>本庁のデータベース</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/dbname (empty: the last one synced)</source>
        <translation>postgresql://user@host:port/dbname（空欄: 前回同期した本庁）</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>同期の間隔（分）</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>手動のみ</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>支所</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>本庁(&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>同期の間隔(&amp;Y):</translation>
    </message>
    <message>
        <source>Only for a branch&apos;s replica. The password is never kept here: the keychain holds it (madoguchi-cli secret set). Branch → Sync Now syncs at once.</source>
        <translation>支所の複製データベースでのみ使います。パスワードはここには保存されず、キーチェーンに保管されます（madoguchi-cli secret set）。支所 → 今すぐ同期 ですぐに同期します。</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>本庁: %1</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StepBar</name>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>手続き一覧</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <source>Review and print</source>
        <translation>確認・印刷</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>一括申請</translation>
    </message>
    <message>
        <source>Type a name (kanji or kana), a date of birth, a 宛名番号 or an address; Enter opens the resident.</source>
        <translation>氏名（漢字・かな）、生年月日、宛名番号、住所のいずれかを入力してください。Enter で住民を開きます。</translation>
    </message>
    <message>
        <source>Check who is at the counter, then Ctrl+Enter for the life event.</source>
        <translation>窓口に来ている方を確認し、Ctrl+Enter でライフイベントへ進みます。</translation>
    </message>
    <message>
        <source>↑↓ choose the event, Enter to its date, Ctrl+Enter shows the checklist.</source>
        <translation>↑↓ でライフイベントを選択、Enter で日付へ、Ctrl+Enter で手続き一覧を表示します。</translation>
    </message>
    <message>
        <source>Delete or Space on a procedure: leave it out, keep it again, or add one that does not apply (Alt+N shows them) — always with a reason.</source>
        <translation>手続きで Delete または Space: 対象外にする・元に戻す・非該当の手続きを追加する（Alt+N で非該当を表示）— いずれも理由を入力します。</translation>
    </message>
    <message>
        <source>Each question once; Enter answers and moves on. F9 fills the 個人番号 from the register.</source>
        <translation>質問は一度だけ聞き取ります。Enter で回答して次へ進みます。F9 で個人番号を住民記録から入力します。</translation>
    </message>
    <message>
        <source>Ctrl+P prints every form for the resident to sign; Ctrl+Shift+S saves them as one PDF.</source>
        <translation>Ctrl+P で署名用の申請書をすべて印刷、Ctrl+Shift+S で 1 つの PDF に保存します。</translation>
    </message>
    <message>
        <source>Ctrl+P prints the receipt and guidance slip; Ctrl+N the next resident.</source>
        <translation>Ctrl+P で受付案内票を印刷、Ctrl+N で次の住民へ進みます。</translation>
    </message>
    <message>
        <source>Ctrl+Enter submits every application at once.</source>
        <translation>Ctrl+Enter ですべての申請を一括で送信します。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SubmissionsPanel</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再送</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>送信取消…</translation>
    </message>
    <message>
        <source>Mark handled…</source>
        <translation>処理済みにする…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>来庁を開く</translation>
    </message>
    <message>
        <source>Retry all failed…</source>
        <translation>却下分を一括再送…</translation>
    </message>
    <message>
        <source>Show applications that are</source>
        <translation>表示する申請の状態</translation>
    </message>
    <message>
        <source>Problems: refused or waiting to retry</source>
        <translation>要対応: 却下・再送待ち</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Applications per state</source>
        <translation>状態別の申請数</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>直前の操作の結果</translation>
    </message>
    <message>
        <source>Applications in the outbox</source>
        <translation>送信待ちの申請</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>System</source>
        <translation>業務システム</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>次回の試行</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>The selected application and the back-end&apos;s reply</source>
        <translation>選択した申請と業務システムからの応答</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source> (%1 long)</source>
        <translation> （うち長期 %1）</translation>
    </message>
    <message>
        <source>%1 — long</source>
        <translation>%1 — 長期</translation>
    </message>
    <message>
        <source>Waiting to retry for %1 attempts or more, or for more than %2 minutes</source>
        <translation>再送待ちが %1 回以上、または %2 分を超えています</translation>
    </message>
    <message>
        <source>Application %1 of visit %2</source>
        <translation>受付番号 %2 の申請 %1</translation>
    </message>
    <message>
        <source>Procedure %1 (version %2), system %3</source>
        <translation>手続き %1（バージョン %2）、業務システム %3</translation>
    </message>
    <message numerus="yes">
        <source>State: %1, %n attempt(s)</source>
        <translation>
            <numerusform>状態: %1、試行 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Long-retrying: consider cancelling it or settling it by hand.</source>
        <translation>長期間再送待ちです: 送信の取消か、手作業での処理を検討してください。</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>受理番号: %1</translation>
    </message>
    <message>
        <source>The back-end&apos;s reply:</source>
        <translation>業務システムからの応答:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>先に申請を選択してください。</translation>
    </message>
    <message>
        <source>%1 of visit %2</source>
        <translation>受付番号 %2 の %1</translation>
    </message>
    <message>
        <source>Why will %1 not be sent? (recorded in the audit log)</source>
        <translation>%1 を送信しない理由を入力してください。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>How was %1 settled by hand? (recorded in the audit log)</source>
        <translation>%1 を手作業でどのように処理したかを入力してください。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>%1 is queued again and goes out now.</source>
        <translation>%1 を送信待ちに戻しました。すぐに送信されます。</translation>
    </message>
    <message>
        <source>%1 is cancelled: it will not be sent.</source>
        <translation>%1 を取り消しました。送信されません。</translation>
    </message>
    <message>
        <source>%1 is marked as handled by hand.</source>
        <translation>%1 を手作業で処理済みにしました。</translation>
    </message>
    <message>
        <source>No application was refused: nothing to retry.</source>
        <translation>却下された申請はありません。再送するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n refused application(s) again? Those waiting to retry are left as they are.</source>
        <translation>
            <numerusform>却下された申請 %n 件をすべて再送しますか？再送待ちの申請はそのままです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why can the %n refused application(s) be sent again?</source>
        <translation>
            <numerusform>却下された申請 %n 件を再送してよい理由を入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused application(s) queued again.</source>
        <translation>
            <numerusform>却下された申請 %n 件を送信待ちに戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 refused applications queued again. %3</source>
        <translation>却下された申請 %2 件のうち %1 件を送信待ちに戻しました。%3</translation>
    </message>
    <message>
        <source>Visit %1 opened.</source>
        <translation>来庁 %1 を開きました。</translation>
    </message>
    <message>
        <source>the register changed at the hall since the branch read it; a supervisor decides in Approvals</source>
        <translation>支所が読み込んだ後に本庁で住民記録が変更されました。監督者が「承認」で決裁します</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SubmitPanel</name>
    <message>
        <source>&amp;Submit everything</source>
        <translation>一括申請(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print the slip…</source>
        <translation>受付案内票を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the slip as PDF…</source>
        <translation>受付案内票を PDF で保存…</translation>
    </message>
    <message>
        <source>&amp;Next resident</source>
        <translation>次の住民へ(&amp;N)</translation>
    </message>
    <message>
        <source>Applications and their delivery</source>
        <translation>申請と送信状況</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>System</source>
        <translation>業務システム</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Receipt or reason</source>
        <translation>受理番号／理由</translation>
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
        <translation>先にライフイベントを選択してください（F4）。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>questions open</source>
        <translation>未回答の質問あり</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>対象外</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still have open questions (F6 Interview).</source>
        <translation>
            <numerusform>申請書 %n 件に未回答の質問があります（F6 聞き取り）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to submit: every procedure is left out.</source>
        <translation>申請するものがありません: すべての手続きが対象外です。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to %1 system(s). Submit sends them all at once.</source>
        <translation>
            <numerusform>%1 システムへの申請 %n 件。一括申請ですべて同時に送信します。</numerusform>
        </translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>waiting to retry (attempt %1)</source>
        <translation>再送待ち（試行 %1 回）</translation>
    </message>
    <message>
        <source>cancelled by a supervisor</source>
        <translation>監督者により取消</translation>
    </message>
    <message>
        <source>handled by hand</source>
        <translation>手作業で処理済み</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 submitted: %2 of %n registered in their systems.</source>
        <translation>
            <numerusform>受付番号 %1 を一括申請しました: %n 件中 %2 件が各システムに登録済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>refused by the system: a supervisor will decide</source>
        <translation>業務システムが受理しませんでした（監督者が判断します）</translation>
    </message>
    <message>
        <source>held for review: the register changed at the hall</source>
        <translation>保留（確認待ち）: 本庁で住民記録が変更されました</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SupervisorConsole</name>
    <message>
        <source>Supervisor console — %1</source>
        <translation>監督者コンソール — %1</translation>
    </message>
    <message>
        <source>Supervisor console</source>
        <translation>監督者コンソール</translation>
    </message>
    <message>
        <source>&amp;1 Room</source>
        <translation>&amp;1 待合状況</translation>
    </message>
    <message>
        <source>&amp;2 Submissions</source>
        <translation>&amp;2 送信状況</translation>
    </message>
    <message>
        <source>&amp;3 Approvals</source>
        <translation>&amp;3 承認</translation>
    </message>
    <message>
        <source>&amp;4 Audit log</source>
        <translation>&amp;4 監査ログ</translation>
    </message>
    <message>
        <source>The live room: waiting, counters, charts (Ctrl+1)</source>
        <translation>現在の待合状況: 待ち、窓口、グラフ（Ctrl+1）</translation>
    </message>
    <message>
        <source>The outbox: failed and retrying submissions (Ctrl+2)</source>
        <translation>送信待ち: 却下・再送待ちの申請（Ctrl+2）</translation>
    </message>
    <message>
        <source>Overrides, unlocks and corrections to decide (Ctrl+3)</source>
        <translation>決裁待ちの手続き一覧の変更・制限解除・訂正（Ctrl+3）</translation>
    </message>
    <message>
        <source>The audit log and its review queries (Ctrl+4)</source>
        <translation>監査ログと点検用の照会（Ctrl+4）</translation>
    </message>
    <message>
        <source>Export the day&apos;s tickets and visits to</source>
        <translation>当日の整理券と来庁の書き出し先</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>コンソール(&amp;C)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the current tab again (Ctrl+R)</source>
        <translation>現在のタブを読み込み直す（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Export the Day&apos;s CSV…</source>
        <translation>当日の CSV を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write today&apos;s tickets and visits as CSV files (Ctrl+E)</source>
        <translation>本日の整理券と来庁を CSV ファイルに書き出す（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>前のタブ(&amp;P)</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>更新しました。</translation>
    </message>
    <message>
        <source>The day&apos;s CSV could not be written: %1</source>
        <translation>当日の CSV を書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Exported %1 tickets to %2 and %3 visits to %4.</source>
        <translation>整理券 %1 件を %2 に、来庁 %3 件を %4 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::UnlockRequestDialog</name>
    <message>
        <source>Request an unlock — %1</source>
        <translation>制限解除の依頼 — %1</translation>
    </message>
    <message>
        <source>A support measure (支援措置) blocks this for %1 (宛名番号 %2). A supervisor decides the request; the time runs from the approval.</source>
        <translation>%1（宛名番号 %2）には支援措置があるため、この処理は制限されています。依頼は監督者が決裁し、解除時間は承認の時点から数えます。</translation>
    </message>
    <message>
        <source>What to unlock</source>
        <translation>解除する処理</translation>
    </message>
    <message>
        <source>Showing the address</source>
        <translation>住所の表示</translation>
    </message>
    <message>
        <source>Printing forms that carry the address</source>
        <translation>住所を記載した帳票の印刷</translation>
    </message>
    <message>
        <source>Issuing copies (住民票の写し, 戸籍の附票)</source>
        <translation>写しの交付（住民票の写し、戸籍の附票）</translation>
    </message>
    <message>
        <source>Minutes the block is lifted</source>
        <translation>制限を解除する分数</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Reason for the unlock</source>
        <translation>制限解除の理由</translation>
    </message>
    <message>
        <source>Required: why, and how the person was identified</source>
        <translation>必須: 理由と、本人確認の方法</translation>
    </message>
    <message>
        <source>Why the request was not sent</source>
        <translation>依頼を送信できなかった理由</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>承認を依頼</translation>
    </message>
    <message>
        <source>&amp;Unlock:</source>
        <translation>解除(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>時間(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VisitPage</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← 戻る（Esc）</translation>
    </message>
    <message>
        <source>no visit in progress</source>
        <translation>受付中の来庁はありません</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: the life events are not available.</source>
        <translation>手続きカタログを読み込めませんでした: ライフイベントを利用できません。</translation>
    </message>
    <message>
        <source>Resident chosen: 宛名番号 %1</source>
        <translation>選択した住民: 宛名番号 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>手続き %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未回答 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>一括申請（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Next: %1 (Ctrl+Enter)</source>
        <translation>次へ: %1（Ctrl+Enter）</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) still need answers.</source>
        <translation>
            <numerusform>未回答の申請書が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新しい受付</translation>
    </message>
    <message>
        <source>The visit of this resident is not submitted. Start a new one and lose it?</source>
        <translation>この住民の受付はまだ申請していません。破棄して新しい受付を始めますか？</translation>
    </message>
    <message>
        <source>filling the forms of the visit (%1)</source>
        <translation>来庁の申請書への記入（%1）</translation>
    </message>
    <message>
        <source>No 個人番号 is on file for %1.</source>
        <translation>%1 の個人番号は登録されていません。</translation>
    </message>
    <message>
        <source>No open 個人番号 question has a number on file.</source>
        <translation>住民記録に個人番号がある未回答の質問はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n 個人番号 filled from the register (recorded in the audit log).</source>
        <translation>
            <numerusform>個人番号 %n 件を住民記録から入力しました（監査ログに記録されます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>手続き一覧</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>まだ申請できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 submitted: %n application(s).</source>
        <translation>
            <numerusform>受付番号 %1 を一括申請しました: 申請 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the slip of visit %1</source>
        <translation>受付番号 %1 の受付案内票を印刷</translation>
    </message>
    <message>
        <source>The slip of visit %1 went to the printer.</source>
        <translation>受付番号 %1 の受付案内票をプリンターに送りました。</translation>
    </message>
    <message>
        <source>Submit the visit first.</source>
        <translation>先に一括申請してください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Print the slip (Ctrl+Enter)</source>
        <translation>受付案内票を印刷（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ticket being served</source>
        <translation>対応中の整理券</translation>
    </message>
    <message>
        <source>Set this desk&apos;s counter (File → Settings…) to call tickets.</source>
        <translation>整理券を呼び出すには、この端末の窓口を設定してください（ファイル → 設定…）。</translation>
    </message>
    <message>
        <source>%1 is still being served: submit the visit first.</source>
        <translation>%1 は対応中です。先に申請を完了してください。</translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VisitStatusDialog</name>
    <message>
        <source>Visit %1</source>
        <translation>来庁 %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Resident (宛名番号)</source>
        <translation>住民（宛名番号）</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>事由発生日</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>庁舎</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Applications of the visit</source>
        <translation>来庁の申請</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>System</source>
        <translation>業務システム</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>世帯員</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>次回の試行</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受理番号</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
</TS>
