<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Coretime</source>
        <translation>Coretime について</translation>
    </message>
    <message>
        <source>Coretime icon</source>
        <translation>Coretime のアイコン</translation>
    </message>
    <message>
        <source>Name and version</source>
        <translation>名前とバージョン</translation>
    </message>
    <message>
        <source>Meetings across time zones for freelancers and their clients.&lt;br&gt;Copyright © 2026 Coretime developers. MIT License.</source>
        <translation>フリーランサーとクライアントのための、タイムゾーンをまたぐ打ち合わせ調整。&lt;br&gt;Copyright © 2026 Coretime developers. MIT ライセンス。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <source>Daily check-in time</source>
        <translation>毎日の進捗報告の時刻</translation>
    </message>
    <message>
        <source>Daily check-in on your clock</source>
        <translation>あなたの時計での毎日の進捗報告</translation>
    </message>
    <message>
        <source>About the daily check-in</source>
        <translation>毎日の進捗報告について</translation>
    </message>
    <message>
        <source>Clock changes</source>
        <translation>時刻の切り替え</translation>
    </message>
    <message>
        <source>E&amp;xport reminder .ics…</source>
        <translation>リマインダーを .ics に書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Export daily reminder calendar file</source>
        <translation>毎日のリマインダーをカレンダーファイルに書き出す</translation>
    </message>
    <message>
        <source>Save a weekly reminder series on the client&apos;s working days, with an alarm, for your calendar</source>
        <translation>クライアントの営業日に通知付きで毎週繰り返すリマインダーを、あなたのカレンダー用に保存します</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>書き出しの結果</translation>
    </message>
    <message>
        <source>No daily check-in for {name}: {reason}.</source>
        <translation>{name} への毎日の進捗報告は計画できません：{reason}。</translation>
    </message>
    <message>
        <source>No check-in falls in the coming year.</source>
        <translation>今後1年間に進捗報告の日がありません。</translation>
    </message>
    <message>
        <source>Select a client to plan the daily update.</source>
        <translation>クライアントを選ぶと、毎日の進捗報告を計画します。</translation>
    </message>
    <message>
        <source>Send the daily update at {time} {name} time, {days}</source>
        <translation>毎日の進捗報告は {name} の時刻で {time} に（{days}）</translation>
    </message>
    <message>
        <source>That is {time} on your clock. Next: {when} your time ({their} theirs).</source>
        <translation>あなたの時計では {time} です。次回：あなたの時刻で {when}（先方の時刻で {their}）。</translation>
    </message>
    <message>
        <source>As their day starts, so it is waiting for them.</source>
        <translation>先方の始業時なので、一日の始めに読んでもらえます。</translation>
    </message>
    <message>
        <source>{duration} after their day starts, so it is waiting for them.</source>
        <translation>先方の始業から{duration}後なので、一日の始めに読んでもらえます。</translation>
    </message>
    <message numerus="yes">
        <source>Inside your own hours on %n of the next {total} reminders.</source>
        <translation>
            <numerusform>今後 {total} 回のうち %n 回はあなたの稼働時間内です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on {days}: their hours start too far from {time} then.</source>
        <translation>{days}は除外：その日は先方の始業が {time} から離れすぎています。</translation>
    </message>
    <message>
        <source>From {day}: {after} your time (was {before}) — {zones} changes its clocks.</source>
        <translation>{day}から：あなたの時刻で {after}（これまでは {before}）— {zones} の時刻が切り替わります。</translation>
    </message>
    <message>
        <source>When the clocks change, it moves on your clock:</source>
        <translation>時刻の切り替えで、あなたの時計での時刻が変わります：</translation>
    </message>
    <message>
        <source>Send the daily update to {name}</source>
        <translation>{name} に毎日の進捗報告を送る</translation>
    </message>
    <message>
        <source>The reminder file could not be saved: {error}</source>
        <translation>リマインダーのファイルを保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
</context>
<context>
    <name>ClientStatusDelegate</name>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>{now} · working now</source>
        <translation>{now} · 勤務中</translation>
    </message>
    <message>
        <source>{now} · working now, until {time}</source>
        <translation>{now} · 勤務中（{time} まで）</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>their day off</source>
        <translation>先方の休日</translation>
    </message>
    <message>
        <source>outside core time</source>
        <translation>コアタイム外</translation>
    </message>
    <message>
        <source>no core time within a year</source>
        <translation>1年以内にコアタイムなし</translation>
    </message>
    <message>
        <source>starts in {countdown} — {time} your time</source>
        <translation>{countdown}後に開始 — あなたの時刻で {time}</translation>
    </message>
</context>
<context>
    <name>ClientTabs</name>
    <message>
        <source>Client tasks</source>
        <translation>クライアントごとの作業</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>{title}を表示</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>Deadline day, on the client&apos;s clock</source>
        <translation>締め切りの日（先方の時計）</translation>
    </message>
    <message>
        <source>Deadline time, on the client&apos;s clock</source>
        <translation>締め切りの時刻（先方の時計）</translation>
    </message>
    <message>
        <source>End of &amp;their day</source>
        <translation>先方の終業時(&amp;T)</translation>
    </message>
    <message>
        <source>End of their day</source>
        <translation>先方の終業時</translation>
    </message>
    <message>
        <source>The end of the client&apos;s core hours that day</source>
        <translation>その日のクライアントのコアタイムの終わり</translation>
    </message>
    <message>
        <source> h earlier</source>
        <translation> 時間前</translation>
    </message>
    <message>
        <source>Deliver this many hours early</source>
        <translation>何時間前に納品するか</translation>
    </message>
    <message>
        <source>Confirmation language</source>
        <translation>確認文の言語</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>クライアントの言語</translation>
    </message>
    <message>
        <source>Deadline problem</source>
        <translation>締め切りの問題</translation>
    </message>
    <message>
        <source>Deadline on your clock</source>
        <translation>あなたの時計での締め切り</translation>
    </message>
    <message>
        <source>Deadline on the client&apos;s clock</source>
        <translation>先方の時計での締め切り</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Early-delivery target</source>
        <translation>早めの納品目標</translation>
    </message>
    <message>
        <source>About the target</source>
        <translation>目標について</translation>
    </message>
    <message>
        <source>Confirmation sentence</source>
        <translation>確認文</translation>
    </message>
    <message>
        <source>Cop&amp;y sentence</source>
        <translation>確認文をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy confirmation sentence</source>
        <translation>確認文をコピー</translation>
    </message>
    <message>
        <source>Copy the sentence exactly as shown</source>
        <translation>表示どおりの文をコピーします</translation>
    </message>
    <message>
        <source>&amp;Due (their clock):</source>
        <translation>締め切り（先方の時計）(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Buffer:</source>
        <translation>余裕(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The client&apos;s language ({code})</source>
        <translation>クライアントの言語（{code}）</translation>
    </message>
    <message>
        <source>No sentence in {language} yet; written in English.</source>
        <translation>{language} の確認文はまだないため、英語で書きました。</translation>
    </message>
    <message>
        <source>Select a client to convert their deadline.</source>
        <translation>クライアントを選ぶと、締め切りを換算します。</translation>
    </message>
    <message>
        <source>This deadline cannot be placed: {reason}.</source>
        <translation>この締め切りは扱えません：{reason}。</translation>
    </message>
    <message>
        <source>end of their day</source>
        <translation>先方の終業時</translation>
    </message>
    <message>
        <source>their time</source>
        <translation>先方の時刻</translation>
    </message>
    <message>
        <source>Deadline: {when} your time</source>
        <translation>締め切り：あなたの時刻で {when}</translation>
    </message>
    <message>
        <source>= {when} {their} ({zone})</source>
        <translation>= {when} {their}（{zone}）</translation>
    </message>
    <message>
        <source>{countdown} left</source>
        <translation>残り {countdown}</translation>
    </message>
    <message>
        <source>Overdue by {countdown}</source>
        <translation>{countdown} 超過</translation>
    </message>
    <message>
        <source>Their clocks skip that time that night; the deadline is when they jump.</source>
        <translation>その夜は時計がその時刻を飛ばします。締め切りは切り替わる瞬間です。</translation>
    </message>
    <message>
        <source>That time happens twice that night; this is the first.</source>
        <translation>その夜はその時刻が2回あります。1回目を締め切りとします。</translation>
    </message>
    <message>
        <source>Deliver now: none of their core time is left before the deadline.</source>
        <translation>今すぐ納品を：締め切りまでに先方のコアタイムが残っていません。</translation>
    </message>
    <message>
        <source>Deliver by {mine} your time = {theirs} their time</source>
        <translation>納品目標：あなたの時刻で {mine} = 先方の時刻で {theirs}</translation>
    </message>
    <message>
        <source>The buffer no longer fits: this is the latest moment in their core time before the deadline.</source>
        <translation>余裕を取れなくなりました：締め切り前の、先方のコアタイムで最も遅い時刻です。</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Add a block on {day}</source>
        <translation>{day}曜日に時間帯を追加</translation>
    </message>
    <message>
        <source>Copy Monday to Tue–Fri</source>
        <translation>月曜日を火〜金にコピー</translation>
    </message>
    <message>
        <source>Copy Monday&apos;s blocks to Tuesday to Friday</source>
        <translation>月曜日の時間帯を火曜日〜金曜日にコピー</translation>
    </message>
    <message>
        <source>Hours as text</source>
        <translation>テキストでの稼働時間</translation>
    </message>
    <message>
        <source>The same hours as text, e.g. &apos;mon-fri 09:00-12:00 13:00-17:00; sat 10:00-12:00&apos;</source>
        <translation>同じ稼働時間をテキストで。例:「mon-fri 09:00-12:00 13:00-17:00; sat 10:00-12:00」</translation>
    </message>
    <message>
        <source>Problem with the hours</source>
        <translation>稼働時間の問題</translation>
    </message>
    <message>
        <source>Or as text:</source>
        <translation>テキストで入力:</translation>
    </message>
    <message>
        <source>{detail}</source>
        <comment>hours cannot be read; {detail} is the reason, in English</comment>
        <translation>稼働時間を読み取れません（{detail}）</translation>
    </message>
    <message>
        <source>{day}: a block cannot start and end at the same time</source>
        <translation>{day}曜日: 開始と終了が同じ時刻の時間帯は使えません。</translation>
    </message>
    <message>
        <source>Hours are empty; add a block on at least one day.</source>
        <translation>稼働時間がありません。少なくとも1日に時間帯を追加してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export calendar file</source>
        <translation>カレンダーファイルを書き出す</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>カレンダー (*.ics)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>毎日の進捗報告</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>締め切り</translation>
    </message>
    <message>
        <source>Shown range</source>
        <translation>表示中の期間</translation>
    </message>
    <message>
        <source>Your changes could not be saved ({reason}); they are kept in this window only.</source>
        <translation>変更を保存できませんでした（{reason}）。変更はこのウィンドウの中にだけ残っています。</translation>
    </message>
    <message>
        <source>Copy proposal</source>
        <translation>提案文をコピー</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics を書き出す…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前の日</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>次の日</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>新しいクライアント…</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>クライアントを検索</translation>
    </message>
    <message>
        <source>My hours…</source>
        <translation>自分の稼働時間…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Coretime</source>
        <translation>Coretime について(&amp;A)</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>« Week</source>
        <translation>« 前週</translation>
    </message>
    <message>
        <source>‹ Day</source>
        <translation>‹ 前日</translation>
    </message>
    <message>
        <source>Day ›</source>
        <translation>翌日 ›</translation>
    </message>
    <message>
        <source>Week »</source>
        <translation>翌週 »</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>システムに合わせる（{language}）</translation>
    </message>
    <message>
        <source>Applies when Coretime starts again</source>
        <translation>Coretime の次回起動時に反映されます</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of Coretime&apos;s own labels (not of your proposals)</source>
        <translation>Coretime の画面の言語（提案文の言語ではありません）</translation>
    </message>
    <message>
        <source>The new interface language applies when you start Coretime again.</source>
        <translation>新しい表示言語は、Coretime を次に起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Proposal copied</source>
        <translation>提案文をコピーしました</translation>
    </message>
    <message>
        <source>Sentence copied</source>
        <translation>確認文をコピーしました</translation>
    </message>
    <message>
        <source>Remove client</source>
        <translation>クライアントの削除</translation>
    </message>
    <message>
        <source>Remove {name}? Their hours and notes will be deleted.</source>
        <translation>{name} を削除しますか？稼働時間とメモも削除されます。</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name}（自分）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>{date}の週</translation>
    </message>
    <message>
        <source>Select a client to write a proposal.</source>
        <translation>クライアントを選ぶと提案文を作成します。</translation>
    </message>
    <message>
        <source>No proposal text in {language} yet; written in English.</source>
        <translation>{language} の提案文はまだないため、英語で作成しました。</translation>
    </message>
    <message>
        <source>{name}&apos;s time zone is not known: ask for it first.</source>
        <translation>{name} のタイムゾーンが不明です。まず確認しましょう。</translation>
    </message>
    <message>
        <source>The calendar file could not be made: {error}</source>
        <translation>カレンダーファイルを作成できませんでした: {error}</translation>
    </message>
    <message>
        <source>Pick a slot on the timeline first</source>
        <translation>先にタイムラインで時間枠を選んでください</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: {error}</source>
        <translation>カレンダーファイルを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>お知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Find a client…</source>
        <translation>クライアントを検索…</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>クライアントを検索</translation>
    </message>
    <message>
        <source>People</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>You, then your clients. Select one client, or several for a meeting with a team.</source>
        <translation>自分、続いてクライアント。クライアントを1人、チームとの打ち合わせなら複数選びます。</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新しいクライアント</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Remove client</source>
        <translation>クライアントを削除</translation>
    </message>
    <message>
        <source>A sample client, to show how Coretime works. Edit or remove it.</source>
        <translation>Coretime の使い方を示すサンプルのクライアントです。編集または削除してください。</translation>
    </message>
    <message>
        <source>zone unknown</source>
        <translation>タイムゾーン不明</translation>
    </message>
    <message>
        <source>{name} (you) · {place}</source>
        <translation>{name}（自分）· {place}</translation>
    </message>
    <message>
        <source>{name} · {place} — sample</source>
        <translation>{name} · {place}（サンプル）</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>You</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>クライアントの編集</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新しいクライアント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>e.g. Acme Corp or Anna</source>
        <translation>例: Acme Corp、Anna</translation>
    </message>
    <message>
        <source>Proposal language</source>
        <translation>提案文の言語</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>country, e.g. US or JP, or with a region: DE-BY</source>
        <translation>国コード（例: US、JP）、地域付きなら DE-BY</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>名前の問題</translation>
    </message>
    <message>
        <source>Problem with the time zone</source>
        <translation>タイムゾーンの問題</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>言語の問題</translation>
    </message>
    <message>
        <source>Problem with the public holidays</source>
        <translation>祝日の問題</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>稼働時間(&amp;H):</translation>
    </message>
    <message>
        <source>Proposal &amp;language:</source>
        <translation>提案文の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>祝日(&amp;H):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Your own time zone is needed.</source>
        <translation>自分のタイムゾーンが必要です。</translation>
    </message>
    <message>
        <source>Give a name, such as the client&apos;s company or first name.</source>
        <translation>名前を入力してください（クライアントの会社名や名前など）。</translation>
    </message>
    <message>
        <source>{detail}</source>
        <comment>proposal language cannot be used; {detail} is the reason, in English</comment>
        <translation>この言語では提案文を作成できません（{detail}）</translation>
    </message>
    <message>
        <source>{detail}</source>
        <comment>public-holiday code cannot be used; {detail} is the reason, in English</comment>
        <translation>この祝日コードは使えません（{detail}）</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Meeting length</source>
        <translation>打ち合わせの長さ</translation>
    </message>
    <message>
        <source>Number of options</source>
        <translation>候補の数</translation>
    </message>
    <message>
        <source>Proposal language</source>
        <translation>提案文の言語</translation>
    </message>
    <message>
        <source>e.g. Anna</source>
        <translation>例: Anna</translation>
    </message>
    <message>
        <source>Greeting name</source>
        <translation>宛名</translation>
    </message>
    <message>
        <source>Show my time too</source>
        <translation>自分の時間も書く</translation>
    </message>
    <message>
        <source>Proposal preview</source>
        <translation>提案文のプレビュー</translation>
    </message>
    <message>
        <source>Select a client to write a proposal.</source>
        <translation>クライアントを選ぶと提案文を作成します。</translation>
    </message>
    <message>
        <source>About the proposal</source>
        <translation>提案文について</translation>
    </message>
    <message>
        <source>&amp;Copy proposal</source>
        <translation>提案文をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy proposal</source>
        <translation>提案文をコピー</translation>
    </message>
    <message>
        <source>Copy the text exactly as shown (Ctrl+Shift+C)</source>
        <translation>表示どおりの文面をコピーします（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>.ics を書き出す</translation>
    </message>
    <message>
        <source>Export calendar file</source>
        <translation>カレンダーファイルを書き出す</translation>
    </message>
    <message>
        <source>Save the chosen slot as a calendar file (Ctrl+E)</source>
        <translation>選んだ時間枠をカレンダーファイルに保存します（Ctrl+E）</translation>
    </message>
    <message>
        <source>The chosen slot…</source>
        <translation>選んだ時間枠…</translation>
    </message>
    <message>
        <source>A weekly series from it…</source>
        <translation>その時間枠から毎週の予定…</translation>
    </message>
    <message>
        <source>Tentative holds for every option…</source>
        <translation>すべての候補を仮押さえ…</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>長さ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>候補数(&amp;O):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>Gree&amp;t:</source>
        <translation>宛名(&amp;T):</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>クライアントの言語</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>meeting length</comment>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>meeting length</comment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours}時間</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>clock {sign}{amount}</source>
        <comment>a clock change on the timeline: clock +1 h</comment>
        <translation>時刻 {sign}{amount}</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <comment>a length of shared time, minutes in two digits: 2 h 30</comment>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>shared</source>
        <comment>the timeline row of time everyone shares</comment>
        <translation>共通</translation>
    </message>
    <message>
        <source>No shared time in this view — try the week view or the next week</source>
        <translation>この表示範囲に共通の時間はありません。週表示や次の週を試してください</translation>
    </message>
    <message>
        <source>Select a client to see the time you share</source>
        <translation>クライアントを選ぶと共通の時間が表示されます</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the line that marks the present moment</comment>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Your hours and your clients&apos; hours on one time axis. Arrow keys move the selected slot, Shift+arrows resize it, Enter accepts it.</source>
        <translation>自分とクライアントの稼働時間を1本の時間軸に表示します。矢印キーで選んだ時間枠を移動、Shift+矢印キーで長さを変更、Enter で確定します。</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day on the timeline as a QDate format: Mon 9 Mar</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>{weekday} {time} {clock}</source>
        <comment>hover text: Mon 23:00 you</comment>
        <translation>{clock}：{weekday} {time}</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Type a city, e.g. New York, Berlin, 東京, or EST, or Asia/Tokyo</source>
        <translation>都市名を入力（例: 東京、New York、Berlin）、または EST、Asia/Tokyo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>I don&apos;t know their time zone yet</source>
        <translation>タイムゾーンはまだ分からない</translation>
    </message>
    <message>
        <source>Time zone unknown</source>
        <translation>タイムゾーン不明</translation>
    </message>
    <message>
        <source>Chosen time zone</source>
        <translation>選んだタイムゾーン</translation>
    </message>
    <message>
        <source>No time zone matches &apos;{text}&apos;; type a city such as New York or 東京, or pick one from the list.</source>
        <translation>「{text}」に合うタイムゾーンがありません。東京や New York などの都市名を入力するか、一覧から選んでください。</translation>
    </message>
    <message>
        <source>Type a city, an abbreviation or an IANA name.</source>
        <translation>都市名、略称（EST など）、または IANA 名を入力してください。</translation>
    </message>
</context>
<context>
    <name>_BlockEdit</name>
    <message>
        <source>{day} from</source>
        <translation>{day}曜日の開始</translation>
    </message>
    <message>
        <source>{day} to</source>
        <translation>{day}曜日の終了</translation>
    </message>
    <message>
        <source>Remove this {day} block</source>
        <translation>{day}曜日のこの時間帯を削除</translation>
    </message>
    <message>
        <source>Remove this block</source>
        <translation>この時間帯を削除</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>翌日</translation>
    </message>
</context>
<context>
    <name>countdown</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}日{hours}時間</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}時間</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
</context>
<context>
    <name>wall_text</name>
    <message>
        <source>ddd d MMM</source>
        <comment>a day as a QDate format: Mon 9 Mar</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a day with its year as a QDate format: Mon 15 Mar 2027</comment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
</context>
</TS>
