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
    <name>AppMessages</name>
    <message>
        <source>&apos;{text}&apos;</source>
        <comment>hours.where</comment>
        <translation>「{text}」</translation>
    </message>
    <message>
        <source>segment {number} (&apos;{text}&apos;)</source>
        <comment>hours.where_segment</comment>
        <translation>{number} 番目の区切り（「{text}」）</translation>
    </message>
    <message>
        <source>weekday {weekday} is not 0 (Monday) .. 6 (Sunday)</source>
        <comment>hours.weekday_range</comment>
        <translation>曜日 {weekday} は 0（月曜）〜 6（日曜）の範囲外です</translation>
    </message>
    <message>
        <source>start {start} is not a minute of the day (0..1439)</source>
        <comment>hours.start_range</comment>
        <translation>開始 {start} は一日の分（0〜1439）の範囲外です</translation>
    </message>
    <message>
        <source>end {end} is not in 1..1440</source>
        <comment>hours.end_range</comment>
        <translation>終了 {end} は 1〜1440 の範囲外です</translation>
    </message>
    <message>
        <source>a range cannot start and end at the same time</source>
        <comment>hours.empty_block</comment>
        <translation>開始と終了が同じ時刻の時間帯は作れません</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a time; use HH:MM with two digits each, like 09:00</source>
        <comment>hours.not_a_time</comment>
        <translation>{where}：「{text}」は時刻ではありません。09:00 のように、時と分を2桁ずつ HH:MM の形で書いてください</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has {minutes} minutes; minutes run 00..59</source>
        <comment>hours.bad_minutes</comment>
        <translation>{where}：「{text}」の分が {minutes} です。分は 00〜59 です</translation>
    </message>
    <message>
        <source>{where}: a range cannot start at 24:00; use 00:00 of the next day</source>
        <comment>hours.start_at_24</comment>
        <translation>{where}：24:00 に始まる時間帯は作れません。翌日の 00:00 を使ってください</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; has hour {hour}; hours run 00..23 (24:00 only as an end)</source>
        <comment>hours.bad_hour</comment>
        <translation>{where}：「{text}」の時が {hour} です。時は 00〜23 です（24:00 は終了にだけ使えます）</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a time range; use HH:MM-HH:MM, like 09:00-17:00</source>
        <comment>hours.not_a_range</comment>
        <translation>{where}：「{text}」は時間の範囲ではありません。09:00-17:00 のように HH:MM-HH:MM の形で書いてください</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; starts and ends at the same time; for a whole day use 00:00-24:00</source>
        <comment>hours.same_start_end</comment>
        <translation>{where}：「{text}」は開始と終了が同じ時刻です。一日中なら 00:00-24:00 と書いてください</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is not a day; use mon, tue, wed, thu, fri, sat, sun or daily</source>
        <comment>hours.not_a_day</comment>
        <translation>{where}：「{name}」は曜日ではありません。mon, tue, wed, thu, fri, sat, sun または daily を使ってください</translation>
    </message>
    <message>
        <source>{where}: empty day in &apos;{text}&apos;; separate days with single commas</source>
        <comment>hours.empty_day</comment>
        <translation>{where}：「{text}」に空の曜日があります。曜日はカンマ1つずつで区切ってください</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a day range; use e.g. mon-fri</source>
        <comment>hours.not_a_day_range</comment>
        <translation>{where}：「{text}」は曜日の範囲ではありません。mon-fri のように書いてください</translation>
    </message>
    <message>
        <source>hours contain a control character; hours look like &apos;mon-fri 09:00-17:00; sat 10:00-12:00&apos; (days: mon..sun, ranges like mon-fri, lists like mon,wed,fri, or daily; times HH:MM-HH:MM, 24:00 allowed as an end)</source>
        <comment>hours.control_character</comment>
        <translation>制御文字が含まれています。稼働時間は「mon-fri 09:00-17:00; sat 10:00-12:00」のように書きます（曜日は mon〜sun、範囲は mon-fri、列挙は mon,wed,fri、毎日なら daily。時刻は HH:MM-HH:MM で、終了には 24:00 も使えます）</translation>
    </message>
    <message>
        <source>hours are empty; hours look like &apos;mon-fri 09:00-17:00; sat 10:00-12:00&apos; (days: mon..sun, ranges like mon-fri, lists like mon,wed,fri, or daily; times HH:MM-HH:MM, 24:00 allowed as an end)</source>
        <comment>hours.empty</comment>
        <translation>稼働時間が空です。稼働時間は「mon-fri 09:00-17:00; sat 10:00-12:00」のように書きます（曜日は mon〜sun、範囲は mon-fri、列挙は mon,wed,fri、毎日なら daily。時刻は HH:MM-HH:MM で、終了には 24:00 も使えます）</translation>
    </message>
    <message>
        <source>{where}: give the days and then at least one range; hours look like &apos;mon-fri 09:00-17:00; sat 10:00-12:00&apos; (days: mon..sun, ranges like mon-fri, lists like mon,wed,fri, or daily; times HH:MM-HH:MM, 24:00 allowed as an end)</source>
        <comment>hours.days_then_range</comment>
        <translation>{where}：曜日のあとに時間の範囲を1つ以上書いてください。稼働時間は「mon-fri 09:00-17:00; sat 10:00-12:00」のように書きます（曜日は mon〜sun、範囲は mon-fri、列挙は mon,wed,fri、毎日なら daily。時刻は HH:MM-HH:MM で、終了には 24:00 も使えます）</translation>
    </message>
    <message>
        <source>the zone is empty; use an IANA name such as America/New_York or Asia/Tokyo</source>
        <comment>zone.empty</comment>
        <translation>タイムゾーンが空です。America/New_York や Asia/Tokyo のような IANA 名を使ってください</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos; Use an IANA name such as America/New_York, Europe/Berlin or Asia/Tokyo</source>
        <comment>zone.unknown</comment>
        <translation>「{name}」というタイムゾーンはありません。America/New_York、Europe/Berlin、Asia/Tokyo のような IANA 名を使ってください</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{name}&apos; — did you mean {close}? Use an IANA name such as America/New_York, Europe/Berlin or Asia/Tokyo</source>
        <comment>zone.unknown_close</comment>
        <translation>「{name}」というタイムゾーンはありません。{close} のことですか？ America/New_York、Europe/Berlin、Asia/Tokyo のような IANA 名を使ってください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a holiday code; use a country code with an optional subdivision, like US, JP or DE-BY</source>
        <comment>holidays.not_a_code</comment>
        <translation>「{text}」は祝日コードではありません。US、JP、DE-BY のように、国コード（必要なら地域コード付き）を使ってください</translation>
    </message>
    <message>
        <source>no public holidays known for country &apos;{country}&apos;; use an ISO 3166 two-letter code such as US, GB, DE, JP or BR ({count} countries are known)</source>
        <comment>holidays.unknown_country</comment>
        <translation>国コード「{country}」の祝日は登録されていません。US、GB、DE、JP、BR のような ISO 3166 の2文字のコードを使ってください（対応している国は {count} か国です）</translation>
    </message>
    <message>
        <source>{country} has no subdivision &apos;{subdivision}&apos;; its subdivisions are: {accepted}</source>
        <comment>holidays.unknown_subdivision</comment>
        <translation>{country} に地域コード「{subdivision}」はありません。使える地域コード：{accepted}</translation>
    </message>
    <message>
        <source>{country} has no subdivision &apos;{subdivision}&apos;; its subdivisions are: none (use the country alone)</source>
        <comment>holidays.no_subdivisions</comment>
        <translation>{country} に地域コード「{subdivision}」はありません。この国には地域コードがないので、国コードだけを使ってください</translation>
    </message>
    <message>
        <source>{name} (any {name}_XX)</source>
        <comment>locale.any</comment>
        <translation>{name}（{name}_XX のすべて）</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>locale.exact</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a locale; use one such as en_US or ja_JP: {accepted}</source>
        <comment>locale.not_a_locale</comment>
        <translation>「{text}」はロケールではありません。en_US や ja_JP のように指定してください。使えるもの：{accepted}</translation>
    </message>
    <message>
        <source>unknown locale &apos;{text}&apos;; use one of {accepted}</source>
        <comment>locale.unknown</comment>
        <translation>「{text}」は知られていないロケールです。使えるもの：{accepted}</translation>
    </message>
    <message>
        <source>no proposal text in &apos;{name}&apos; yet; use one of {accepted}</source>
        <comment>locale.no_template</comment>
        <translation>「{name}」の提案文はまだありません。使えるもの：{accepted}</translation>
    </message>
    <message>
        <source>no proposal text in &apos;{name}&apos;</source>
        <comment>locale.no_template_short</comment>
        <translation>「{name}」の提案文はありません</translation>
    </message>
    <message>
        <source>give a name, such as the client&apos;s company or first name</source>
        <comment>profile.name_empty</comment>
        <translation>名前を入力してください（クライアントの会社名や名前など）</translation>
    </message>
    <message>
        <source>the name contains a control character ({char}); remove it</source>
        <comment>profile.name_control</comment>
        <translation>名前に制御文字（{char}）が含まれています。取り除いてください</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <comment>profile.name_too_long</comment>
        <translation>名前が {limit} 文字を超えています</translation>
    </message>
    <message>
        <source>your own time zone is needed</source>
        <comment>profile.own_zone_needed</comment>
        <translation>自分のタイムゾーンが必要です</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a locale code; use one like en_US, de_DE or ja_JP</source>
        <comment>profile.bad_language</comment>
        <translation>「{text}」はロケールコードではありません。en_US、de_DE、ja_JP のように指定してください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a country code; use a country such as US or JP, or a country and subdivision such as DE-BY</source>
        <comment>profile.bad_holidays</comment>
        <translation>「{text}」は国コードではありません。US や JP のような国、または DE-BY のような国と地域を指定してください</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>profile.invalid_field</comment>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>exactly one profile is the freelancer&apos;s own, not {count}</source>
        <comment>profile.not_one_me</comment>
        <translation>自分のプロフィールはちょうど1つ必要ですが、{count} 個あります</translation>
    </message>
    <message>
        <source>notes: a character cannot be written ({reason})</source>
        <comment>profile.notes_unwritable</comment>
        <translation>メモ：書き込めない文字があります（{reason}）</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>kind.bool</comment>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>kind.number</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>kind.list</comment>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>kind.object</comment>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <comment>kind.null</comment>
        <translation>空の値</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>kind.other</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <source>name was</source>
        <comment>field.name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>time zone was</source>
        <comment>field.zone</comment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>hours were</source>
        <comment>field.hours</comment>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>proposal language was</source>
        <comment>field.language</comment>
        <translation>提案文の言語</translation>
    </message>
    <message>
        <source>holiday code was</source>
        <comment>field.holidays</comment>
        <translation>祝日コード</translation>
    </message>
    <message>
        <source>notes were</source>
        <comment>field.notes</comment>
        <translation>メモ</translation>
    </message>
    <message>
        <source>greeting name was</source>
        <comment>field.greet_as</comment>
        <translation>呼びかけの名前</translation>
    </message>
    <message>
        <source>called &apos;{name}&apos; for now</source>
        <comment>action.called</comment>
        <translation>ひとまず「{name}」と呼びます</translation>
    </message>
    <message>
        <source>now &apos;{name}&apos;</source>
        <comment>action.renamed</comment>
        <translation>「{name}」にしました</translation>
    </message>
    <message>
        <source>set to {zone}</source>
        <comment>action.zone_set</comment>
        <translation>{zone} にしました</translation>
    </message>
    <message>
        <source>marked as not known yet</source>
        <comment>action.zone_unknown</comment>
        <translation>不明にしました</translation>
    </message>
    <message>
        <source>set to &apos;{hours}&apos;</source>
        <comment>action.hours_set</comment>
        <translation>「{hours}」にしました</translation>
    </message>
    <message>
        <source>set to {language}</source>
        <comment>action.language_set</comment>
        <translation>{language} にしました</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>action.removed</comment>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>emptied</source>
        <comment>action.emptied</comment>
        <translation>空にしました</translation>
    </message>
    <message>
        <source>greeting by the first word of the name</source>
        <comment>action.greet_by_name</comment>
        <translation>名前の最初の語で呼びかけます</translation>
    </message>
    <message>
        <source>the {field} missing — {action}</source>
        <comment>repair.missing</comment>
        <translation>{field}がありませんでした — {action}</translation>
    </message>
    <message>
        <source>the {field} {kind}, not text — {action}</source>
        <comment>repair.not_text</comment>
        <translation>{field}がテキストではなく{kind}でした — {action}</translation>
    </message>
    <message>
        <source>{problem} — {action}</source>
        <comment>repair.invalid</comment>
        <translation>{problem} — {action}</translation>
    </message>
    <message>
        <source>the sample mark was {kind}, not true or false — cleared</source>
        <comment>repair.sample_mark</comment>
        <translation>サンプルの印が真偽値ではなく{kind}でした — 外しました</translation>
    </message>
    <message>
        <source>the notes held a broken character — replaced by �</source>
        <comment>repair.broken_notes</comment>
        <translation>メモに壊れた文字がありました — � に置き換えました</translation>
    </message>
    <message>
        <source>fields Coretime does not know were left out ({fields})</source>
        <comment>repair.unknown_fields</comment>
        <translation>Coretime の知らない項目を除きました（{fields}）</translation>
    </message>
    <message>
        <source>your own profile: {fixes}</source>
        <comment>repair.me</comment>
        <translation>自分のプロフィール：{fixes}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {fixes}</source>
        <comment>repair.client</comment>
        <translation>「{name}」：{fixes}</translation>
    </message>
    <message>
        <source>your own profile was {kind} — set to default hours on {zone}</source>
        <comment>repair.me_replaced</comment>
        <translation>自分のプロフィールが{kind}でした — {zone} の標準の稼働時間にしました</translation>
    </message>
    <message>
        <source>the list of people was {kind}, so no clients could be read</source>
        <comment>repair.no_people_list</comment>
        <translation>人物の一覧が{kind}だったため、クライアントを読み取れませんでした</translation>
    </message>
    <message>
        <source>the client list was {kind}, so no clients could be read</source>
        <comment>repair.no_client_list</comment>
        <translation>クライアントの一覧が{kind}だったため、クライアントを読み取れませんでした</translation>
    </message>
    <message>
        <source>client {number} was {kind}, not a person — left out</source>
        <comment>repair.client_not_person</comment>
        <translation>クライアント {number} が人物ではなく{kind}でした — 除きました</translation>
    </message>
    <message>
        <source>is empty</source>
        <comment>unusable.empty</comment>
        <translation>空です</translation>
    </message>
    <message>
        <source>is not text</source>
        <comment>unusable.not_text</comment>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <source>is not complete JSON ({detail}, line {line})</source>
        <comment>unusable.incomplete_json</comment>
        <translation>JSON として不完全です（{line} 行目：{detail}）</translation>
    </message>
    <message>
        <source>is not JSON Coretime can read ({detail})</source>
        <comment>unusable.unreadable_json</comment>
        <translation>Coretime が読める JSON ではありません（{detail}）</translation>
    </message>
    <message>
        <source>is {kind}, not a Coretime people file</source>
        <comment>unusable.not_a_document</comment>
        <translation>{kind}で、Coretime の人物データのファイルではありません</translation>
    </message>
    <message>
        <source>has no format number, so it is not a Coretime people file</source>
        <comment>unusable.no_format</comment>
        <translation>形式番号がないため、Coretime の人物データのファイルではありません</translation>
    </message>
    <message>
        <source>was written by a newer Coretime (format {version}; this one reads up to {supported})</source>
        <comment>unusable.newer</comment>
        <translation>新しい Coretime で書かれています（形式 {version}。この Coretime が読めるのは形式 {supported} までです）</translation>
    </message>
    <message>
        <source>has format number {version}, which no Coretime has written</source>
        <comment>unusable.unknown_format</comment>
        <translation>形式番号が {version} ですが、その形式で書く Coretime はありません</translation>
    </message>
    <message>
        <source>Your people file {path} could not be read ({reason}) nor set aside ({move_reason}). Changes are not saved until it can be read, so that it is not overwritten.</source>
        <comment>store.unreadable_blocked</comment>
        <translation>人物データのファイル {path} を読めず（{reason}）、退避もできませんでした（{move_reason}）。上書きしないよう、読めるようになるまで変更は保存されません。</translation>
    </message>
    <message>
        <source>Your people file {path} could not be read ({reason}). It was moved, as it was, to {kept}.</source>
        <comment>store.unreadable_moved</comment>
        <translation>人物データのファイル {path} を読めませんでした（{reason}）。そのままの状態で {kept} に移しました。</translation>
    </message>
    <message>
        <source>Your people file {path} {reason}, and could not be set aside ({move_reason}). Changes are not saved, so that it is not overwritten.</source>
        <comment>store.unusable_blocked</comment>
        <translation>人物データのファイル {path} は{reason}。退避もできませんでした（{move_reason}）。上書きしないよう、変更は保存されません。</translation>
    </message>
    <message>
        <source>Your people file {reason}. It was kept, untouched, as {kept}.</source>
        <comment>store.unusable_kept</comment>
        <translation>人物データのファイルは{reason}。手を加えずに {kept} として保管しました。</translation>
    </message>
    <message>
        <source>Parts of your people file could not be used and were repaired: {repairs}. {where}</source>
        <comment>store.repaired</comment>
        <translation>人物データのファイルの一部が使えなかったため、修復しました：{repairs}。{where}</translation>
    </message>
    <message>
        <source>Parts of your people file could not be used and were repaired: {repairs}; and {more} more. {where}</source>
        <comment>store.repaired_more</comment>
        <translation>人物データのファイルの一部が使えなかったため、修復しました：{repairs}、ほか {more} 件。{where}</translation>
    </message>
    <message>
        <source>The file as it was is kept as {kept}.</source>
        <comment>store.copy_kept</comment>
        <translation>元のファイルは {kept} として保管しています。</translation>
    </message>
    <message>
        <source>A copy of the file as it was could not be kept ({reason}).</source>
        <comment>store.copy_failed</comment>
        <translation>元のファイルのコピーを保管できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Coretime starts afresh: there is no backup to restore from.</source>
        <comment>store.afresh_no_backup</comment>
        <translation>復元できるバックアップがないため、Coretime を新しい状態で始めます。</translation>
    </message>
    <message>
        <source>The backup {backup} could not be read either ({reason}); Coretime starts afresh.</source>
        <comment>store.backup_unreadable</comment>
        <translation>バックアップ {backup} も読めませんでした（{reason}）。Coretime を新しい状態で始めます。</translation>
    </message>
    <message>
        <source>The backup {reason} as well ({where}); Coretime starts afresh.</source>
        <comment>store.backup_unusable</comment>
        <translation>バックアップも{reason}（{where}）。Coretime を新しい状態で始めます。</translation>
    </message>
    <message>
        <source>kept as {kept}</source>
        <comment>store.backup_kept</comment>
        <translation>{kept} として保管しました</translation>
    </message>
    <message>
        <source>left in place ({reason})</source>
        <comment>store.backup_left</comment>
        <translation>そのまま残しました（{reason}）</translation>
    </message>
    <message>
        <source>Your people were restored from the backup {backup}.</source>
        <comment>store.restored</comment>
        <translation>自分とクライアントの登録をバックアップ {backup} から復元しました。</translation>
    </message>
    <message>
        <source>{name} was missing; your people were restored from {backup}.</source>
        <comment>store.restored_missing</comment>
        <translation>{name} が見つからなかったため、{backup} から自分とクライアントの登録を復元しました。</translation>
    </message>
    <message>
        <source>it is {kind}, not a regular file</source>
        <comment>file.not_regular</comment>
        <translation>通常のファイルではなく{kind}です</translation>
    </message>
    <message>
        <source>it is larger than the {limit} MB Coretime reads</source>
        <comment>file.too_large</comment>
        <translation>Coretime が読み込める {limit} MB を超えています</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <comment>file.kind_fifo</comment>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>a character device</source>
        <comment>file.kind_char_device</comment>
        <translation>キャラクタデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <comment>file.kind_block_device</comment>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <comment>file.kind_socket</comment>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a folder</source>
        <comment>file.kind_folder</comment>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>a special file</source>
        <comment>file.kind_other</comment>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>The backup {backup} could not be read ({reason}), so it was not overwritten: it was moved, as it was, to {kept}.</source>
        <comment>store.backup_unreadable_moved</comment>
        <translation>バックアップ {backup} を読めなかったため（{reason}）、上書きせずにそのままの状態で {kept} に移しました。</translation>
    </message>
    <message>
        <source>The backup {backup} could not be read ({reason}) nor set aside ({move_reason}); it is left as it is, and saves keep no backup until it can be read.</source>
        <comment>store.backup_unreadable_left</comment>
        <translation>バックアップ {backup} を読めず（{reason}）、退避もできませんでした（{move_reason}）。そのまま残し、読めるようになるまで保存時にバックアップを作りません。</translation>
    </message>
    <message>
        <source>fields given more than once ({fields}): the last of each was used</source>
        <comment>repair.duplicate_keys</comment>
        <translation>複数回書かれた項目（{fields}）：それぞれ最後のものを使いました</translation>
    </message>
    <message>
        <source>Your system&apos;s time zone setting ({given}) names no zone Coretime knows, so your own hours are on UTC for now: set your zone in your profile.</source>
        <comment>store.zone_assumed</comment>
        <translation>システムのタイムゾーン設定（{given}）は Coretime が知っているタイムゾーンではないため、あなたの時間帯は当面、協定世界時にしました。プロフィールでタイムゾーンを設定してください。</translation>
    </message>
    <message>
        <source>Your people file {path} was changed elsewhere (another Coretime, the command line or a synced copy) while this window was open; those changes were taken in.</source>
        <comment>store.merged</comment>
        <translation>このウィンドウを開いている間に人物データのファイル {path} が別の場所（別の Coretime、コマンドライン、同期されたコピー）で変更されました。その変更を取り込みました。</translation>
    </message>
    <message>
        <source>Your people file {path} was changed elsewhere and could not be read as a whole; it was kept, as it was, as {kept}, and whatever could be read of it was taken in.</source>
        <comment>store.changed_damaged</comment>
        <translation>人物データのファイル {path} が別の場所で変更され、全体を読み込めませんでした。そのままの状態で {kept} として保管し、読み込めた部分を取り込みました。</translation>
    </message>
    <message>
        <source>the window and the step are whole minutes from 1 to 24 hours</source>
        <comment>checkin.bad_window</comment>
        <translation>時間の幅と刻みは、1分から24時間までの分単位で指定してください</translation>
    </message>
    <message>
        <source>the client has no hours, so there is no start of their day to check in at</source>
        <comment>checkin.no_hours</comment>
        <translation>クライアントの稼働時間がないため、先方の一日の始まりに合わせた進捗報告の時刻を決められません</translation>
    </message>
    <message>
        <source>there is no check-in left in the plan&apos;s year</source>
        <comment>checkin.none_left</comment>
        <translation>計画の1年間に、残っている進捗報告がありません</translation>
    </message>
    <message>
        <source>minute {minute} is not in 0..1440</source>
        <comment>deadline.bad_minute</comment>
        <translation>分 {minute} は 0〜1440 の範囲外です</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a deadline; use &apos;YYYY-MM-DD HH:MM&apos; on the client&apos;s clock, or &apos;YYYY-MM-DD eod&apos; for the end of their day</source>
        <comment>deadline.not_a_deadline</comment>
        <translation>「{text}」は締め切りではありません。クライアントの時計で「YYYY-MM-DD HH:MM」、その日の終業時刻なら「YYYY-MM-DD eod」と書いてください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day of the calendar; use &apos;YYYY-MM-DD HH:MM&apos; on the client&apos;s clock, or &apos;YYYY-MM-DD eod&apos; for the end of their day</source>
        <comment>deadline.not_a_day</comment>
        <translation>「{text}」は暦にある日付ではありません。クライアントの時計で「YYYY-MM-DD HH:MM」、その日の終業時刻なら「YYYY-MM-DD eod」と書いてください</translation>
    </message>
    <message>
        <source>{day} is out of range; use a date from {earliest} to {latest}</source>
        <comment>deadline.out_of_range</comment>
        <translation>{day} は範囲外です。{earliest} から {latest} までの日付を使ってください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; use 00:00 to 24:00</source>
        <comment>deadline.not_a_time</comment>
        <translation>「{text}」は時刻ではありません。00:00〜24:00 を使ってください</translation>
    </message>
    <message>
        <source>the client has no hours on {weekday} {day}, so it has no end of day; give a time instead, like &apos;{day} 17:00&apos;</source>
        <comment>deadline.no_end_of_day</comment>
        <translation>クライアントは {day}（{weekday}）に稼働時間がないため、終業時刻がありません。「{day} 17:00」のように時刻を指定してください</translation>
    </message>
    <message>
        <source>the buffer and the margin are zero or more</source>
        <comment>deadline.negative</comment>
        <translation>余裕とマージンは0以上にしてください</translation>
    </message>
    <message>
        <source>title</source>
        <comment>ics.what.title</comment>
        <translation>件名</translation>
    </message>
    <message>
        <source>description</source>
        <comment>ics.what.description</comment>
        <translation>説明</translation>
    </message>
    <message>
        <source>location</source>
        <comment>ics.what.location</comment>
        <translation>場所</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>ics.what.other</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <source>the {what} contains a control character ({char}); remove it</source>
        <comment>ics.control_character</comment>
        <translation>{what}に制御文字（{char}）が含まれています。取り除いてください</translation>
    </message>
    <message>
        <source>the {what} contains a broken character ({char}); remove it</source>
        <comment>ics.broken_character</comment>
        <translation>{what}に壊れた文字（{char}）が含まれています。取り除いてください</translation>
    </message>
    <message>
        <source>the {what} contains an invisible byte-order mark (U+FEFF); remove it</source>
        <comment>ics.byte_order_mark</comment>
        <translation>{what}に見えないバイトオーダーマーク（U+FEFF）が含まれています。取り除いてください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address; use the form name@example.com</source>
        <comment>ics.not_an_email</comment>
        <translation>「{text}」はメールアドレスではありません。name@example.com の形で書いてください</translation>
    </message>
    <message>
        <source>a SEQUENCE is a whole number from 0 up, not &apos;{value}&apos;</source>
        <comment>ics.bad_sequence</comment>
        <translation>SEQUENCE は 0 以上の整数です（「{value}」ではありません）</translation>
    </message>
    <message>
        <source>a UID is 1 to 255 visible ASCII characters without spaces, not &apos;{text}&apos;</source>
        <comment>ics.bad_uid</comment>
        <translation>UID は空白を含まない 1～255 文字の可視 ASCII 文字です（「{text}」ではありません）</translation>
    </message>
    <message>
        <source>a meeting must last longer than zero minutes</source>
        <comment>ics.zero_length</comment>
        <translation>会議の長さは0分より長くしてください</translation>
    </message>
    <message>
        <source>a reminder comes before the meeting: use a timedelta of zero or more</source>
        <comment>ics.alarm_after</comment>
        <translation>リマインダーは会議の前に出ます。0以上の時間を指定してください</translation>
    </message>
    <message>
        <source>a meeting needs a title</source>
        <comment>ics.no_title</comment>
        <translation>会議には件名が必要です</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a web address; use https://…</source>
        <comment>ics.not_a_url</comment>
        <translation>「{text}」はウェブアドレスではありません。https://… の形で書いてください</translation>
    </message>
    <message>
        <source>a weekly series needs either a count or an until date, not both or neither</source>
        <comment>ics.count_or_until</comment>
        <translation>毎週の予定には、回数か終了日のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>a weekly series has 1 to {most} meetings, not {count}</source>
        <comment>ics.count_range</comment>
        <translation>毎週の予定は1〜{most}回です（{count}回は指定できません）</translation>
    </message>
    <message>
        <source>a weekly series on chosen weekdays needs at least one weekday</source>
        <comment>ics.no_weekdays</comment>
        <translation>曜日を選ぶ毎週の予定には、曜日が1つ以上必要です</translation>
    </message>
    <message>
        <source>an invitation needs at least one attendee</source>
        <comment>ics.no_attendee</comment>
        <translation>招待には参加者が1人以上必要です</translation>
    </message>
    <message>
        <source>the series&apos; first meeting, {weekday} {day}, is not on one of its weekdays</source>
        <comment>ics.first_off_weekdays</comment>
        <translation>予定の初回 {day}（{weekday}）が、選んだ曜日のどれにも当たりません</translation>
    </message>
    <message>
        <source>the series ends on {until}, before its first meeting on {day}</source>
        <comment>ics.ends_before</comment>
        <translation>予定の終了日 {until} が初回 {day} より前です</translation>
    </message>
    <message>
        <source>a weekly series has at most {most} meetings; this one would have {count}</source>
        <comment>ics.too_many</comment>
        <translation>毎週の予定は最大 {most} 回ですが、この指定では {count} 回になります</translation>
    </message>
    <message>
        <source>the series&apos; time {time} does not exist on {day} in {zone} (the clocks skip it); pick another time or end the series before that day</source>
        <comment>ics.time_skipped</comment>
        <translation>予定の時刻 {time} は {zone} の {day} には存在しません（時計がその時刻を飛ばします）。別の時刻にするか、その日より前に予定を終えてください</translation>
    </message>
    <message>
        <source>there are no options to hold</source>
        <comment>ics.no_options</comment>
        <translation>仮押さえする候補がありません</translation>
    </message>
    <message>
        <source>{source}: not a calendar ({reason})</source>
        <comment>busy.not_a_calendar</comment>
        <translation>{source}: カレンダーではありません（{reason}）</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({reason})</source>
        <comment>busy.unreadable</comment>
        <translation>{source}: 読めません（{reason}）</translation>
    </message>
    <message>
        <source>{source}: unknown time zone &apos;{zone}&apos;; its times are read on your clock</source>
        <comment>busy.unknown_zone</comment>
        <translation>{source}: 不明なタイムゾーン「{zone}」。その時刻はあなたの時計で読みます</translation>
    </message>
    <message>
        <source>{source}: not a calendar address; use https://… or webcal://…</source>
        <comment>busy.bad_address</comment>
        <translation>{source}: カレンダーのアドレスではありません。https://… または webcal://… を使ってください</translation>
    </message>
    <message>
        <source>{source}: the server answered with status {status}</source>
        <comment>busy.http_status</comment>
        <translation>{source}: サーバーがステータス {status} を返しました</translation>
    </message>
    <message>
        <source>{source}: no answer within {seconds} seconds</source>
        <comment>busy.timeout</comment>
        <translation>{source}: {seconds} 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>{source}: cannot be reached ({reason})</source>
        <comment>busy.unreachable</comment>
        <translation>{source}: 接続できません（{reason}）</translation>
    </message>
    <message>
        <source>{source}: larger than {limit} MB</source>
        <comment>busy.too_large</comment>
        <translation>{source}: {limit} MB を超えています</translation>
    </message>
    <message>
        <source>the calendar&apos;s copy cannot be saved ({reason})</source>
        <comment>busy.cache_unwritable</comment>
        <translation>カレンダーの控えを保存できません（{reason}）</translation>
    </message>
    <message>
        <source>there is no text to read; paste the client&apos;s sentence, like &apos;Tuesday 3pm EST&apos;</source>
        <comment>convert.empty</comment>
        <translation>読み取る文がありません。「明日の15時はいかがですか」のようなクライアントの文を貼り付けてください</translation>
    </message>
    <message>
        <source>the text is {length} characters long; paste just the sentence with the time (at most {most})</source>
        <comment>convert.too_long</comment>
        <translation>文が{length}文字あります。時刻を含む文だけを貼り付けてください（{most}文字まで）</translation>
    </message>
    <message>
        <source>the text contains a control character ({character}); paste it as plain text</source>
        <comment>convert.control_character</comment>
        <translation>文に制御文字（{character}）が含まれています。プレーンテキストとして貼り付けてください</translation>
    </message>
    <message>
        <source>found no time of day in &apos;{text}&apos;; write one like 3pm, 15:00, 15h or 15時</source>
        <comment>convert.no_time</comment>
        <translation>「{text}」に時刻が見つかりません。3pm、15:00、15h、15時のように書いてください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day</source>
        <comment>convert.bad_time</comment>
        <translation>「{text}」は時刻ではありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an offset from UTC; offsets run from UTC-12 to UTC+14</source>
        <comment>convert.bad_offset</comment>
        <translation>「{text}」はUTCからの時差ではありません。時差はUTC-12からUTC+14までです</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day of the calendar</source>
        <comment>convert.bad_date</comment>
        <translation>「{text}」は暦にない日付です</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; read as a fixed offset, {offset}</source>
        <comment>convert.read_offset</comment>
        <translation>「{phrase}」を固定の時差 {offset} として読みました</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; read as the client&apos;s clock ({zone})</source>
        <comment>convert.read_client_phrase</comment>
        <translation>「{phrase}」をクライアントの時計（{zone}）として読みました</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; read as your own clock ({zone})</source>
        <comment>convert.read_your_phrase</comment>
        <translation>「{phrase}」をあなた自身の時計（{zone}）として読みました</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; read as {zone}</source>
        <comment>convert.read_place</comment>
        <translation>「{phrase}」を{zone}として読みました</translation>
    </message>
    <message>
        <source>{abbr} read as UTC</source>
        <comment>convert.read_utc</comment>
        <translation>{abbr}をUTCとして読みました</translation>
    </message>
    <message>
        <source>no zone given: read on the client&apos;s clock ({zone})</source>
        <comment>convert.read_client_clock</comment>
        <translation>タイムゾーンの指定がないため、クライアントの時計（{zone}）で読みました</translation>
    </message>
    <message>
        <source>{abbr} read as {name} ({zone}), from the client&apos;s zone</source>
        <comment>convert.abbr_client</comment>
        <translation>{abbr}を{name}（{zone}）として読みました（クライアントのタイムゾーンから）</translation>
    </message>
    <message>
        <source>{abbr} read as {name} ({zone}), from the client&apos;s country</source>
        <comment>convert.abbr_country</comment>
        <translation>{abbr}を{name}（{zone}）として読みました（クライアントの国から）</translation>
    </message>
    <message>
        <source>{abbr} read as {name} ({zone}), its most common meaning</source>
        <comment>convert.abbr_common</comment>
        <translation>{abbr}を{name}（{zone}）として読みました（最も一般的な意味）</translation>
    </message>
    <message>
        <source>{abbr} read as {city} time, which is on {actual} on that date — {time} {actual}</source>
        <comment>convert.abbr_other_variant</comment>
        <translation>{abbr}を{city}の時刻として読みました。この日は{actual}です（{time} {actual}）</translation>
    </message>
    <message>
        <source>no day given: read as the next time the clock shows it, on {day}</source>
        <comment>convert.no_day</comment>
        <translation>日付の指定がないため、次にその時刻になる{day}として読みました</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is already past at that time: read as the one a week later</source>
        <comment>convert.moved_week</comment>
        <translation>「{phrase}」のその時刻はすでに過ぎているため、翌週として読みました</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is already past this year: read as next year&apos;s</source>
        <comment>convert.moved_year</comment>
        <translation>「{phrase}」は今年はすでに過ぎているため、来年として読みました</translation>
    </message>
    <message>
        <source>this time is already past</source>
        <comment>convert.in_past</comment>
        <translation>この日時はすでに過ぎています</translation>
    </message>
    <message>
        <source>{time} happens twice on {day} in {zone} (the clocks go back): read as the first, {abbr}</source>
        <comment>convert.fold</comment>
        <translation>{day}の{zone}では{time}が2回あります（時計が戻るため）。1回目（{abbr}）として読みました</translation>
    </message>
    <message>
        <source>{time} does not exist on {day} in {zone} (the clocks skip it): read as {actual}</source>
        <comment>convert.gap</comment>
        <translation>{day}の{zone}には{time}がありません（時計が飛ぶため）。{actual}として読みました</translation>
    </message>
    <message>
        <source>read the first time given; the text also mentions {others}</source>
        <comment>convert.other_times</comment>
        <translation>最初の時刻を読みました。文には{others}も書かれています</translation>
    </message>
    <message>
        <source>read &apos;{phrase}&apos; as the day; the text also mentions {others}</source>
        <comment>convert.other_dates</comment>
        <translation>「{phrase}」を日付として読みました。文には{others}も書かれています</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is not a {weekday}: the date was taken</source>
        <comment>convert.weekday_mismatch</comment>
        <translation>「{phrase}」は{weekday}ではありません。日付を採りました</translation>
    </message>
    <message>
        <source>{abbr} as {name} ({zone})</source>
        <comment>convert.alt_zone</comment>
        <translation>{abbr}を{name}（{zone}）とした場合</translation>
    </message>
    <message>
        <source>{abbr} as its own offset, {offset}</source>
        <comment>convert.alt_literal</comment>
        <translation>{abbr}をその時差 {offset} とした場合</translation>
    </message>
    <message>
        <source>the second {time}, {abbr}</source>
        <comment>convert.alt_fold</comment>
        <translation>2回目の{time}（{abbr}）</translation>
    </message>
    <message>
        <source>{time} on the clock before the change</source>
        <comment>convert.alt_gap</comment>
        <translation>切り替え前の時計での{time}</translation>
    </message>
    <message>
        <source>the first reading</source>
        <comment>convert.alt_first</comment>
        <translation>最初の読み方</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no AM or PM: read as {time}</source>
        <comment>convert.bare_hour</comment>
        <translation>「{text}」には午前・午後の指定がないため、{time}として読みました</translation>
    </message>
    <message>
        <source>{time}, in the afternoon or evening</source>
        <comment>convert.alt_bare</comment>
        <translation>午後または夜の{time}</translation>
    </message>
    <message>
        <source>{day} is a public holiday {who}: {name}</source>
        <comment>convert.holiday</comment>
        <translation>{day}は{who}祝日です：{name}</translation>
    </message>
    <message>
        <source>for you</source>
        <comment>convert.whose_mine</comment>
        <translation>あなたにとって</translation>
    </message>
    <message>
        <source>for the client</source>
        <comment>convert.whose_client</comment>
        <translation>クライアントにとって</translation>
    </message>
    <message>
        <source>Mon</source>
        <comment>weekday.0</comment>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday.1</comment>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday.2</comment>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday.3</comment>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday.4</comment>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday.5</comment>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday.6</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a calendar UID (1 to 255 printable ASCII characters)</source>
        <comment>meeting.bad_uid</comment>
        <translation>「{text}」はカレンダーの UID ではありません(印字可能な ASCII 文字 1〜255 字)</translation>
    </message>
    <message>
        <source>a meeting of {value} minutes; a booked meeting lasts 1 to {limit} minutes</source>
        <comment>meeting.bad_length</comment>
        <translation>{value} 分の打ち合わせです。予約した打ち合わせの長さは 1〜{limit} 分です</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a revision number (SEQUENCE is a whole number from 0)</source>
        <comment>meeting.bad_sequence</comment>
        <translation>「{value}」は版番号ではありません(SEQUENCE は 0 以上の整数です)</translation>
    </message>
    <message>
        <source>a booked meeting is not an object</source>
        <comment>meeting.not_an_object</comment>
        <translation>予約した打ち合わせがオブジェクトではありません</translation>
    </message>
    <message>
        <source>a booked meeting names no client</source>
        <comment>meeting.bad_clients</comment>
        <translation>予約した打ち合わせにクライアントがありません</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a start time; it is written like 2026-12-07T14:00:00Z</source>
        <comment>meeting.bad_start</comment>
        <translation>「{text}」は開始時刻ではありません。2026-12-07T14:00:00Z のように書きます</translation>
    </message>
    <message>
        <source>a booked meeting&apos;s title is not text</source>
        <comment>meeting.bad_title</comment>
        <translation>予約した打ち合わせの件名がテキストではありません</translation>
    </message>
    <message>
        <source>the booked meetings were {kind}, not a list — left out</source>
        <comment>repair.no_meeting_list</comment>
        <translation>予約した打ち合わせが一覧ではなく{kind}でした — 除外しました</translation>
    </message>
    <message>
        <source>booked meeting {number} was left out: {problem}</source>
        <comment>repair.meeting_left_out</comment>
        <translation>予約した打ち合わせ {number} を除外しました: {problem}</translation>
    </message>
    <message>
        <source>days off were</source>
        <comment>field.days_off</comment>
        <translation>休みの日が</translation>
    </message>
    <message>
        <source>time away was</source>
        <comment>field.away</comment>
        <translation>不在期間が</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write dates as YYYY-MM-DD, like 2026-12-24</source>
        <comment>away.not_a_date</comment>
        <translation>「{text}」は日付ではありません。2026-12-24 のように YYYY-MM-DD で書いてください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date or a range of dates; write 2026-12-24, or 2026-12-28..2027-01-01 for a range</source>
        <comment>away.not_a_range</comment>
        <translation>「{text}」は日付でも日付の範囲でもありません。2026-12-24、範囲なら 2026-12-28..2027-01-01 のように書いてください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; ends before it starts; write the first date, then the last</source>
        <comment>away.backwards</comment>
        <translation>「{text}」は始まる前に終わっています。最初の日付、次に最後の日付を書いてください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; covers more than {limit} days; split it, or change the usual hours instead</source>
        <comment>away.too_long</comment>
        <translation>「{text}」は {limit} 日を超えています。分けるか、普段の時間を変更してください</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {problem}</source>
        <comment>away.bad_zone</comment>
        <translation>「{text}」: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: {problem}; or write off for days without hours</source>
        <comment>away.bad_hours</comment>
        <translation>「{text}」: {problem}。時間のない日は off と書いてください</translation>
    </message>
    <message>
        <source>{first} and {second} share dates; give each date one place and one set of hours</source>
        <comment>away.overlap</comment>
        <translation>{first} と {second} の日付が重なっています。各日付に場所と時間を一つずつにしてください</translation>
    </message>
    <message>
        <source>the dates contain a control character; write them as YYYY-MM-DD</source>
        <comment>away.control_character</comment>
        <translation>日付に制御文字が含まれています。YYYY-MM-DD で書いてください</translation>
    </message>
    <message>
        <source>you are busy then: a meeting booked in Coretime, or busy time in your calendars</source>
        <comment>convert.busy</comment>
        <translation>その時間は予定があります: Coretime で予約した打ち合わせか、カレンダーの予定です</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list of problems</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list of names or codes</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Bookings</name>
    <message>
        <source>That time has begun already: pick a later one to book.</source>
        <translation>その時刻はもう始まっています。予約するには後の時刻を選んでください。</translation>
    </message>
    <message>
        <source>That time has begun already: pick a later one to move the meeting to.</source>
        <translation>その時刻はもう始まっています。打ち合わせの移動先には後の時刻を選んでください。</translation>
    </message>
    <message>
        <source>Saved the update of the meeting to {path}</source>
        <translation>打ち合わせの変更を {path} に保存しました</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>Cancelled; saved the cancellation to {path}</source>
        <translation>キャンセルしました。キャンセルのファイルを {path} に保存しました</translation>
    </message>
    <message>
        <source>Cancelled; no file was written</source>
        <translation>キャンセルしました。ファイルは書き出していません</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: {error}</source>
        <translation>カレンダーファイルを保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Add a calendar file</source>
        <translation>カレンダーファイルを追加</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>カレンダー (*.ics);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Your calendars</source>
        <translation>自分のカレンダー</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>https://… or webcal://…</source>
        <translation>https://… または webcal://…</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>カレンダーのアドレス</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>アドレスを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Count all-day events as busy</source>
        <translation>終日の予定も予定ありとして数える</translation>
    </message>
    <message>
        <source>Show event titles on the timeline</source>
        <translation>予定の件名をタイムラインに表示する</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>自分のメールアドレス</translation>
    </message>
    <message>
        <source>Invitations you declined with this address are not busy time.</source>
        <translation>このアドレスで辞退した招待は予定ありに含めません。</translation>
    </message>
    <message>
        <source>Your e-mail address:</source>
        <translation>自分のメールアドレス：</translation>
    </message>
    <message>
        <source>Your own calendars, so that no time you are already busy is offered: calendar files (.ics) and the addresses of subscribed calendars. Only start and end times are used.</source>
        <translation>あなた自身のカレンダーです。予定が入っている時間を候補にしないために使います：カレンダーファイル（.ics）と購読しているカレンダーのアドレス。使うのは開始と終了の時刻だけです。</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>まだ読み込んでいません</translation>
    </message>
    <message>
        <source>Cannot be read: {reason}</source>
        <translation>読み込めません：{reason}</translation>
    </message>
    <message>
        <source>Events read: {count}</source>
        <translation>読み込んだ予定：{count} 件</translation>
    </message>
    <message>
        <source>fetched {when}</source>
        <translation>{when} に取得</translation>
    </message>
    <message>
        <source>last fetch failed: {reason}</source>
        <translation>前回の取得に失敗：{reason}</translation>
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
        <source>Not on {days}: their hours start too far from {time} then.</source>
        <translation>{days}は除外：その日は先方の始業が {time} から離れすぎています。</translation>
    </message>
    <message>
        <source>When the clocks change or they travel, it moves on your clock:</source>
        <translation>時刻の切り替えや相手の移動で、あなたの時計での時刻が変わります：</translation>
    </message>
    <message>
        <source>When the clocks change, it moves on your clock:</source>
        <translation>時刻の切り替えで、あなたの時計での時刻が変わります：</translation>
    </message>
    <message>
        <source>they are in {place}</source>
        <translation>相手が{place}に滞在します</translation>
    </message>
    <message>
        <source>they are back from {place}</source>
        <translation>相手が{place}から戻ります</translation>
    </message>
    <message>
        <source>{place} changes its clocks</source>
        <translation>{place} の時刻が切り替わります</translation>
    </message>
    <message>
        <source>From {day}: {after} your time (was {before}) — {reason}.</source>
        <translation>{day}から：あなたの時刻で {after}（これまでは {before}）— {reason}。</translation>
    </message>
    <message>
        <source>None on their days off: {dates}.</source>
        <translation>相手の休みの日は送りません：{dates}。</translation>
    </message>
    <message>
        <source>None on their days off: {dates} and {more} more.</source>
        <translation>相手の休みの日は送りません：{dates} ほか{more}日。</translation>
    </message>
    <message>
        <source>While they are in {place} ({dates}): at {time} there, {mine} your time.</source>
        <translation>{place}滞在中（{dates}）は現地時刻の{time}、あなたの時刻で{mine}に送ります。</translation>
    </message>
    <message>
        <source>That is when their working day starts: your update is the first thing they read.</source>
        <translation>相手の仕事が始まる時刻です。あなたの報告が最初に読まれます。</translation>
    </message>
    <message>
        <source>That is {duration} into their working day: your update is among the first things they read.</source>
        <translation>相手の仕事が始まって{duration}後です。あなたの報告は朝のうちに読まれます。</translation>
    </message>
    <message>
        <source>It falls inside your own working hours every time.</source>
        <translation>毎回、あなたの稼働時間内です。</translation>
    </message>
    <message>
        <source>It falls inside your own working hours on most days ({count} of {total}).</source>
        <translation>ほとんどの日はあなたの稼働時間内です（{total} 回中 {count} 回）。</translation>
    </message>
    <message>
        <source>That is outside your own working hours on most days.</source>
        <translation>ほとんどの日、あなたの稼働時間外です。</translation>
    </message>
    <message>
        <source>That is outside your own working hours every day.</source>
        <translation>毎日、あなたの稼働時間外です。</translation>
    </message>
    <message>
        <source>Write it the evening before and let your mail program send it at that time.</source>
        <translation>前の晩に書いておき、メールの予約送信でその時刻に送りましょう。</translation>
    </message>
    <message>
        <source>Better: send it at the end of your day before, {mine} your time ({theirs} theirs), so it is waiting when they start.</source>
        <translation>おすすめ：その前のあなたの稼働時間の終わり、あなたの時刻で {mine}（相手の時刻で {theirs}）に送れば、相手が仕事を始めるときに届いています。</translation>
    </message>
    <message>
        <source>Better: send it as your day starts, {mine} your time ({theirs} theirs), while they are still at work.</source>
        <translation>おすすめ：あなたの稼働時間が始まる {mine}（相手の時刻で {theirs}）に送れば、相手はまだ仕事中です。</translation>
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
        <source>{now} in {place}</source>
        <comment>the client&apos;s time now, where they are away</comment>
        <translation>{now}（{place}に滞在中）</translation>
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
        <source>off today</source>
        <comment>a day off the client entered, or time away marked off</comment>
        <translation>今日は休み</translation>
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
    <name>ConvertBox</name>
    <message>
        <source>Paste the client&apos;s time here, e.g. &apos;Tue 3pm EST works?&apos;</source>
        <translation>クライアントが書いた日時をここに貼り付け（例：「明日の15時はいかがですか」）</translation>
    </message>
    <message>
        <source>The client&apos;s time, as they wrote it</source>
        <translation>クライアントが書いたままの日時</translation>
    </message>
    <message>
        <source>Paste and read</source>
        <translation>貼り付けて読む</translation>
    </message>
    <message>
        <source>Read the time on the clipboard</source>
        <translation>クリップボードの日時を読み取ります</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読む</translation>
    </message>
    <message>
        <source>Why the time could not be read</source>
        <translation>日時を読み取れなかった理由</translation>
    </message>
    <message>
        <source>What the time is on both clocks</source>
        <translation>双方の時計での日時</translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation>クライアントへの返信</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>返信をコピー</translation>
    </message>
    <message>
        <source>Pick on the timeline</source>
        <translation>タイムラインで選ぶ</translation>
    </message>
    <message>
        <source>Make it the proposal&apos;s slot, to export or propose</source>
        <translation>提案の時間枠にします（書き出しや提案に使えます）</translation>
    </message>
    <message>
        <source>Book and save .ics</source>
        <translation>予約して .ics を保存</translation>
    </message>
    <message>
        <source>The time is agreed: book it, keep it out of later proposals and save its calendar file</source>
        <translation>この時刻で決まり: 予約して、今後の提案から外し、カレンダーファイルを保存します</translation>
    </message>
    <message>
        <source>Or: {when}</source>
        <translation>別の読み方：{when}</translation>
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
        <source>Deliver as soon as you can.</source>
        <translation>できるだけ早く納品しましょう。</translation>
    </message>
    <message>
        <source>Their working hours before the deadline leave no stretch with half an hour to spare, so there is no earlier target.</source>
        <translation>締め切りまでの相手の稼働時間に、30 分の余裕を残せる時間帯がないため、早めの目標はありません。</translation>
    </message>
    <message>
        <source>Kept clear of your busy time, {start} to {end} your time.</source>
        <translation>あなたの予定（あなたの時刻で {start}〜{end}）を避けました。</translation>
    </message>
    <message>
        <source>Before their days off: {dates}.</source>
        <translation>相手の休みの日（{dates}）より前にしています。</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <comment>a day and a time on the client&apos;s clock</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{buffer} before the deadline, inside their working hours.</source>
        <translation>締め切りの{buffer}前、相手の稼働時間内です。</translation>
    </message>
    <message>
        <source>{buffer} before the deadline, kept on a quarter hour of their clock and half an hour before their day ends.</source>
        <translation>締め切りの{buffer}前を、相手の時計の15分刻みに合わせ、相手の仕事が終わる30分前までに収めました。</translation>
    </message>
    <message>
        <source>{buffer} before the deadline falls outside their working hours, so the target moved to {when} their time: it arrives while they are at work, half an hour before their day ends.</source>
        <translation>締め切りの{buffer}前は相手の稼働時間外なので、目標を相手の時刻で {when} に移しました。相手の仕事が終わる30分前、まだ仕事中に届きます。</translation>
    </message>
    <message>
        <source>{buffer} before the deadline has already passed: this is the latest time in their working hours that still leaves half an hour before their day ends.</source>
        <translation>締め切りの{buffer}前はもう過ぎています。これは、相手の仕事が終わる30分前までに収まる、稼働時間内の最も遅い時刻です。</translation>
    </message>
    <message>
        <source>Deliver by {mine} your time = {theirs} their time</source>
        <translation>納品目標：あなたの時刻で {mine} = 先方の時刻で {theirs}</translation>
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
        <comment>hours cannot be read; {detail} is the parser&apos;s reason</comment>
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
    <name>LegendDialog</name>
    <message>
        <source>Timeline legend</source>
        <translation>タイムラインの凡例</translation>
    </message>
    <message>
        <source>Working hours, on each person&apos;s own clock</source>
        <translation>稼働時間（各自の時計で）</translation>
    </message>
    <message>
        <source>Edge of the day: the hour before and after their hours</source>
        <translation>一日の端：稼働時間の前後 1 時間</translation>
    </message>
    <message>
        <source>Night: 22:00–07:00 on that person&apos;s clock</source>
        <translation>夜：その人の時計で 22:00～7:00</translation>
    </message>
    <message>
        <source>Day off: a weekday without hours for that person</source>
        <translation>休みの日：その人の稼働時間がない曜日</translation>
    </message>
    <message>
        <source>Public holiday, named on the row: no hours that day</source>
        <translation>祝日（行に名前を表示）：その日は稼働時間なし</translation>
    </message>
    <message>
        <source>Busy in your calendars (Edit → Your calendars…)</source>
        <translation>カレンダー上の予定あり（編集 → 自分のカレンダー…）</translation>
    </message>
    <message>
        <source>A meeting you booked in Coretime, with whom (Upcoming tab)</source>
        <translation>Coretime で予約した打ち合わせと相手(予定タブ)</translation>
    </message>
    <message>
        <source>Time everyone shares, with its length</source>
        <translation>全員が共通して空いている時間とその長さ</translation>
    </message>
    <message>
        <source>An option of the proposal, numbered as in the text: click to pick it</source>
        <translation>提案の候補（番号は提案文と同じ）：クリックで選択</translation>
    </message>
    <message>
        <source>The slot you picked, with its time on each clock</source>
        <translation>選んだ時間枠と、各自の時計での時刻</translation>
    </message>
    <message>
        <source>Daily check-in with the client</source>
        <translation>クライアントへの毎日の連絡</translation>
    </message>
    <message>
        <source>A clock change, with the size of the jump</source>
        <translation>時計の切り替え（ずれの大きさ付き）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Each row reads its own clock: hours under the person&apos;s dates. Hover to see everyone&apos;s time at the pointer; in the day view, Shift+wheel or a drag along the hours moves the 24 hours.</source>
        <translation>各行はその人の時計で読みます：日付の下に時刻があります。ポインターを重ねると全員のその時点の時刻が見えます。日表示では Shift＋ホイールか時刻の行のドラッグで 24 時間を動かせます。</translation>
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
        <source>Me</source>
        <translation>わたし</translation>
    </message>
    <message>
        <source>Sample client</source>
        <translation>サンプルのクライアント</translation>
    </message>
    <message>
        <source>A sample to show how Coretime works. Edit or remove it.</source>
        <translation>Coretime の使い方を示すサンプルです。編集するか削除してください。</translation>
    </message>
    <message>
        <source>Client {number}</source>
        <comment>a client whose name a damaged people file lost</comment>
        <translation>クライアント {number}</translation>
    </message>
    <message>
        <source>Copy proposal</source>
        <translation>提案文をコピー</translation>
    </message>
    <message>
        <source>Save your people to another file</source>
        <translation>人物データを別のファイルに保存</translation>
    </message>
    <message>
        <source>Coretime people (*.json)</source>
        <translation>Coretime の人物データ (*.json)</translation>
    </message>
    <message>
        <source>Next option</source>
        <translation>次の候補</translation>
    </message>
    <message>
        <source>Read a client&apos;s time…</source>
        <translation>クライアントの日時を読む…</translation>
    </message>
    <message>
        <source>Your changes could not be saved ({reason}); they are kept in this window, and Coretime tries again every {seconds} seconds and when you quit.</source>
        <translation>変更を保存できませんでした（{reason}）。変更はこのウィンドウに残っており、Coretime は {seconds} 秒ごとと終了時にもう一度保存を試みます。</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Changed in two places</source>
        <translation>2か所で変更されました</translation>
    </message>
    <message>
        <source>Your people file was changed outside this window (by another Coretime, the command line or a synced copy), and these people were changed in both: {names}. Everything else is merged. Which version of them do you keep?</source>
        <translation>人物データのファイルがこのウィンドウの外（別の Coretime、コマンドライン、同期されたコピー）で変更され、次の人物は両方で変更されています：{names}。それ以外はすべて統合しました。どちらの内容を残しますか？</translation>
    </message>
    <message>
        <source>Keep this window&apos;s</source>
        <translation>このウィンドウの内容を残す</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>ファイルの内容を使う</translation>
    </message>
    <message>
        <source>Coretime cannot write its log ({problem}); it runs without one, so a problem report would have less to go on.</source>
        <translation>Coretime はログを書き込めません（{problem}）。ログなしで動作するため、問題を報告する際の手がかりが少なくなります。</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>変更が保存されていません</translation>
    </message>
    <message>
        <source>Your latest changes are not saved: {problem}

Try again, save them to another file, or quit without them?</source>
        <translation>最新の変更が保存されていません：{problem}

もう一度試しますか、別のファイルに保存しますか、それとも保存せずに終了しますか？</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>保存せずに終了</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>別の場所に保存…</translation>
    </message>
    <message>
        <source>They could not be saved to {path} either ({reason}).</source>
        <translation>{path} にも保存できませんでした（{reason}）。</translation>
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
        <source>Edit selected…</source>
        <translation>選択した人を編集…</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>選択したクライアントを削除…</translation>
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
        <source>Export the chosen slot…</source>
        <translation>選んだ枠を書き出す…</translation>
    </message>
    <message>
        <source>Export a weekly series from it…</source>
        <translation>その枠から毎週の予定を書き出す…</translation>
    </message>
    <message>
        <source>Export tentative holds for every option…</source>
        <translation>すべての候補を仮押さえとして書き出す…</translation>
    </message>
    <message>
        <source>Export the daily check-in reminder…</source>
        <translation>毎日の連絡リマインダーを書き出す…</translation>
    </message>
    <message>
        <source>Copy deadline sentence</source>
        <translation>納期の一文をコピー</translation>
    </message>
    <message>
        <source>Your calendars…</source>
        <translation>自分のカレンダー…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Timeline &amp;legend</source>
        <translation>タイムラインの凡例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>ようこそ(&amp;W)…</translation>
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
        <source>Reply copied</source>
        <translation>返信をコピーしました</translation>
    </message>
    <message>
        <source>Select the first client found</source>
        <translation>最初に見つかったクライアントを選択</translation>
    </message>
    <message>
        <source>Enter in the find field</source>
        <translation>検索欄で Enter</translation>
    </message>
    <message>
        <source>Move the day view by an hour</source>
        <translation>日表示を1時間ずつ動かす</translation>
    </message>
    <message>
        <source>Shift+wheel on the timeline</source>
        <translation>タイムライン上で Shift+ホイール</translation>
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
        <source>{day} {time} your time</source>
        <translation>あなたの時刻で {day} {time}</translation>
    </message>
    <message>
        <source>{name}: {when}</source>
        <translation>{name}：{when}</translation>
    </message>
    <message>
        <source>You: {when}</source>
        <translation>あなた：{when}</translation>
    </message>
    <message>
        <source>Assumed: {what}</source>
        <translation>仮定：{what}</translation>
    </message>
    <message>
        <source>Inside your hours and theirs.</source>
        <translation>あなたの稼働時間内で、相手の稼働時間内です。</translation>
    </message>
    <message>
        <source>Outside your hours: the reply offers the nearest times that suit you both.</source>
        <translation>あなたの稼働時間外です。返信では双方に合う最も近い日時を提案します。</translation>
    </message>
    <message>
        <source>Inside your hours, outside their usual hours.</source>
        <translation>あなたの稼働時間内ですが、相手の通常の勤務時間外です。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Upcoming ({count})</source>
        <translation>予定 ({count})</translation>
    </message>
    <message>
        <source>Select a client to book a meeting with</source>
        <translation>打ち合わせを予約するクライアントを選んでください</translation>
    </message>
    <message>
        <source>Booked with {names}: {day} {time} on their clock</source>
        <translation>{names} と予約しました: 相手の時刻で {day} {time}</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>打ち合わせのキャンセル</translation>
    </message>
    <message>
        <source>Cancel this meeting?
{meeting}

Coretime can save a cancellation file: opened in your calendar, or sent to the client, it takes the meeting off the calendars that hold it.</source>
        <translation>この打ち合わせをキャンセルしますか?
{meeting}

Coretime はキャンセルのファイルを保存できます。カレンダーで開くかクライアントに送ると、その打ち合わせが入っているカレンダーから削除されます。</translation>
    </message>
    <message>
        <source>Cancel and save the file…</source>
        <translation>キャンセルしてファイルを保存…</translation>
    </message>
    <message>
        <source>Cancel without a file</source>
        <translation>ファイルなしでキャンセル</translation>
    </message>
    <message>
        <source>Keep the meeting</source>
        <translation>打ち合わせを残す</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Could not change the start at login: {error}</source>
        <translation>ログイン時の起動を変更できませんでした：{error}</translation>
    </message>
    <message>
        <source>Keep Coretime in the tray?</source>
        <translation>Coretime をトレイに残しますか？</translation>
    </message>
    <message>
        <source>Coretime can stay in the tray when its window is closed, to show your clients&apos; times and tell you when their day starts, when to send the check-in and before every call.</source>
        <translation>ウィンドウを閉じても Coretime はトレイに残り、クライアントの現在時刻を表示し、始業時刻・日次報告を送る時刻・通話の前をお知らせできます。</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>{date}の週</translation>
    </message>
    <message>
        <source>Show the proposal, check-in, deadline or upcoming page</source>
        <translation>提案・チェックイン・締め切り・予定のページを表示</translation>
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
        <source>already begun</source>
        <translation>すでに始まっています</translation>
    </message>
    <message>
        <source>you are busy then (your calendar)</source>
        <translation>その時間は予定があります（あなたのカレンダー）</translation>
    </message>
    <message>
        <source>outside your hours</source>
        <translation>あなたの稼働時間外</translation>
    </message>
    <message>
        <source>outside {name}&apos;s hours</source>
        <translation>{name}さんの稼働時間外</translation>
    </message>
    <message>
        <source>your public holiday ({holiday})</source>
        <translation>あなたの祝日（{holiday}）</translation>
    </message>
    <message>
        <source>{name}&apos;s public holiday ({holiday})</source>
        <translation>{name}さんの祝日（{holiday}）</translation>
    </message>
    <message>
        <source>That time has already begun: pick a time from now on.</source>
        <translation>その時間はすでに始まっています。これから先の時間を選んでください。</translation>
    </message>
    <message>
        <source>A greeting name cannot hold control characters or more than 100 characters.</source>
        <translation>呼びかけの名前には制御文字を使えず、100 文字までです。</translation>
    </message>
    <message>
        <source>The proposal has no options yet</source>
        <translation>提案にはまだ候補がありません</translation>
    </message>
    <message>
        <source>The picked slot has begun, so it is no longer in the proposal.</source>
        <translation>選んだ時間枠が始まったため、提案から外しました。</translation>
    </message>
    <message>
        <source>Option {number} of {count} — {title}</source>
        <translation>候補 {number}/{count} — {title}</translation>
    </message>
    <message>
        <source>On {day}, {time} happens twice on {place}&apos;s clock: Thunderbird and Evolution show that meeting an hour later than Google Calendar and Outlook. Check it with {name} after importing.</source>
        <translation>{day}は{place}の時計で {time} が 2 回あります。Thunderbird と Evolution ではその回の打ち合わせが Google カレンダーや Outlook より 1 時間遅く表示されます。取り込んだ後、{name}さんと確認してください。</translation>
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
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>When the client&apos;s core time starts</source>
        <translation>クライアントのコアタイムが始まるとき</translation>
    </message>
    <message>
        <source>When to send the daily check-in</source>
        <translation>毎日の進捗報告を送るとき</translation>
    </message>
    <message>
        <source>Before a call Coretime knows of</source>
        <translation>Coretime が知っている打ち合わせの前</translation>
    </message>
    <message>
        <source>A week before a clock change moves a call or the check-in</source>
        <translation>時計の切り替えで打ち合わせや進捗報告の時刻が動く 1 週間前</translation>
    </message>
    <message>
        <source>&amp;Pause all notifications</source>
        <translation>すべての通知を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Minutes before a call</source>
        <translation>打ち合わせの何分前か</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>全員に</translation>
    </message>
    <message>
        <source>&amp;Before a call:</source>
        <translation>打ち合わせの前(&amp;B):</translation>
    </message>
    <message>
        <source>Core time starts</source>
        <translation>コアタイム開始</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>打ち合わせ</translation>
    </message>
    <message>
        <source>Clock changes</source>
        <translation>時計の切り替え</translation>
    </message>
    <message>
        <source>For each client</source>
        <translation>クライアントごと</translation>
    </message>
</context>
<context>
    <name>OptionList</name>
    <message>
        <source>Options in the proposal</source>
        <translation>提案の候補</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>候補 {number}</translation>
    </message>
    <message>
        <source> — picked on the timeline</source>
        <translation> — タイムラインで選択</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>In view</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>Bring option {number} into view</source>
        <translation>候補 {number} を表示します</translation>
    </message>
    <message>
        <source>Show option {number}</source>
        <translation>候補 {number} を表示</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Accepted: book option {number}, keep it out of later proposals and save its .ics</source>
        <translation>承諾済み: 候補 {number} を予約し、今後の提案から外して .ics を保存します</translation>
    </message>
    <message>
        <source>Book option {number}</source>
        <translation>候補 {number} を予約</translation>
    </message>
    <message>
        <source>Remove the picked slot from the proposal</source>
        <translation>選んだ時間枠を提案から外します</translation>
    </message>
    <message>
        <source>Remove the picked slot</source>
        <translation>選んだ時間枠を外す</translation>
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
        <source>Days off</source>
        <translation>休みの日</translation>
    </message>
    <message>
        <source>dates off, e.g. 2026-12-24, 2026-12-28..2027-01-01</source>
        <translation>休む日。例: 2026-12-24, 2026-12-28..2027-01-01</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>不在・出張</translation>
    </message>
    <message>
        <source>e.g. 2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00</source>
        <translation>例: 2027-03-10..2027-03-24 Europe/Lisbon mon-fri 10:00-18:00</translation>
    </message>
    <message>
        <source>Dates spent on another clock or with other hours: the dates, then a time zone and/or hours, or off for none; separate stretches with &apos;;&apos;.</source>
        <translation>別のタイムゾーンや別の時間帯で過ごす期間: 日付、続けてタイムゾーンと時間帯のどちらか（または両方）、休みなら off。期間が複数あるときは「;」で区切ります。</translation>
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
        <source>Problem with the days off</source>
        <translation>休みの日の問題</translation>
    </message>
    <message>
        <source>Problem with the time away</source>
        <translation>不在・出張の問題</translation>
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
        <source>&amp;Days off:</source>
        <translation>休みの日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Away:</source>
        <translation>不在・出張(&amp;A):</translation>
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
        <comment>proposal language cannot be used; {detail} is the reason</comment>
        <translation>この言語では提案文を作成できません（{detail}）</translation>
    </message>
    <message>
        <source>{detail}</source>
        <comment>public-holiday code cannot be used; {detail} is the reason</comment>
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
        <source>no name: a plain greeting</source>
        <translation>名前なし：名前を入れないあいさつ</translation>
    </message>
    <message>
        <source>Greeting name</source>
        <translation>宛名</translation>
    </message>
    <message>
        <source>The name this client is greeted by; kept with the client</source>
        <translation>このクライアントへの呼びかけの名前（クライアントごとに保存）</translation>
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
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>meeting length</comment>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>meeting length</comment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Each client is greeted by their own greeting name; select one client to change it</source>
        <translation>各クライアントはそれぞれの呼びかけの名前で呼ばれます。変えるにはクライアントを 1 人だけ選んでください</translation>
    </message>
</context>
<context>
    <name>ReminderClock</name>
    <message>
        <source>{name}&apos;s day starts</source>
        <translation>{name}さんの始業時刻です</translation>
    </message>
    <message>
        <source>It is {theirs} for {name} ({mine} your time).</source>
        <translation>{name}さんは今 {theirs} です（あなたの時刻で {mine}）。</translation>
    </message>
    <message>
        <source>Time for the daily update to {name}</source>
        <translation>{name}さんへの日次報告の時間です</translation>
    </message>
    <message>
        <source>Call with {name} in {minutes} min</source>
        <translation>{minutes} 分後に{name}さんとの通話</translation>
    </message>
    <message>
        <source>At {mine} your time ({theirs} for {name}).</source>
        <translation>あなたの時刻で {mine}（{name}さんの時刻で {theirs}）。</translation>
    </message>
    <message>
        <source>Clock change ahead: check-in with {name}</source>
        <translation>時刻の切り替えが近づいています：{name}さんへの報告</translation>
    </message>
    <message>
        <source>From {day} your {theirs} check-in with {name} is at {after}, not {before}.</source>
        <translation>{day}から、{name}さんへの {theirs} の報告はあなたの時刻で {before} ではなく {after} になります。</translation>
    </message>
    <message>
        <source>Clock change ahead: call with {name}</source>
        <translation>時刻の切り替えが近づいています：{name}さんとの通話</translation>
    </message>
    <message>
        <source>From {day} your {theirs} call with {name} is at {after}, not {before}.</source>
        <translation>{day}から、{name}さんとの {theirs} の通話はあなたの時刻で {before} ではなく {after} になります。</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Weekly series</source>
        <translation>毎週の予定</translation>
    </message>
    <message>
        <source>&amp;Number of meetings:</source>
        <translation>回数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>終了日(&amp;U):</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>最後の日</translation>
    </message>
    <message>
        <source>Every week at the same time on the client&apos;s clock, from the chosen slot.</source>
        <translation>選んだ時間枠から、毎週クライアントの時計で同じ時刻に行います。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>ウィンドウのその他の場所</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Coretime cannot keep its files there: {problem}</source>
        <translation>Coretime はそこにファイルを保存できません：{problem}</translation>
    </message>
    <message>
        <source>Another Coretime (process {holder}) is using {folder} and does not answer. Close it, or start Coretime with --data on another folder.</source>
        <translation>別の Coretime（プロセス {holder}）が {folder} を使用中で、応答がありません。それを終了するか、--data で別のフォルダを指定して Coretime を起動してください。</translation>
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
        <source>{place} · {change}</source>
        <comment>a traveller&apos;s clock on the timeline: Lisbon · clock −9 h</comment>
        <translation>{place}・{change}</translation>
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
        <source>HH</source>
        <comment>a whole hour on a crowded timeline, as a QTime format</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>{weekday} {time} {clock}</source>
        <comment>hover text: Mon 23:00 you</comment>
        <translation>{clock}：{weekday} {time}</translation>
    </message>
    <message>
        <source> — public holiday: {name}</source>
        <translation> — 祝日：{name}</translation>
    </message>
    <message>
        <source> — busy: {titles}</source>
        <translation> — 予定あり：{titles}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{time} in {place}</source>
        <translation>{time}（{place}に滞在中）</translation>
    </message>
    <message>
        <source>{name} · {time} · working</source>
        <translation>{name} · {time} · 業務中</translation>
    </message>
    <message>
        <source>{name} · {time} · working until {end}</source>
        <translation>{name} · {time} · {end} まで業務中</translation>
    </message>
    <message>
        <source>{name} · {time} · no core time within a year</source>
        <translation>{name} · {time} · 1 年以内にコアタイムなし</translation>
    </message>
    <message>
        <source>{name} · {time} · off, back in {countdown} ({mine} your time)</source>
        <translation>{name} · {time} · 休み、{countdown}後に戻る（あなたの時刻で {mine}）</translation>
    </message>
    <message>
        <source>{name} · {time} · starts in {countdown} ({mine} your time)</source>
        <translation>{name} · {time} · {countdown}後に始業（あなたの時刻で {mine}）</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open Coretime</source>
        <translation>Coretime を開く</translation>
    </message>
    <message>
        <source>Copy proposal for {name}</source>
        <translation>{name}さんへの提案文をコピー</translation>
    </message>
    <message>
        <source>{count} more…</source>
        <translation>ほか {count} 件…</translation>
    </message>
    <message>
        <source>No upcoming meetings</source>
        <translation>予定された打ち合わせはありません</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>通知を一時停止</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>今後の打ち合わせ</translation>
    </message>
    <message>
        <source>Keep in the tray when the window closes</source>
        <translation>ウィンドウを閉じてもトレイに残す</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Quit Coretime</source>
        <translation>Coretime を終了</translation>
    </message>
    <message>
        <source>Copy proposal</source>
        <translation>提案文をコピー</translation>
    </message>
    <message>
        <source>Upcoming meetings ({count})</source>
        <translation>今後の打ち合わせ ({count})</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming meetings</source>
        <translation>今後の打ち合わせ</translation>
    </message>
    <message>
        <source>No meetings booked yet. Book an option in the Proposal tab, or export a slot, and it is listed here with a countdown, kept out of later proposals and reminded of.</source>
        <translation>予約した打ち合わせはまだありません。提案タブで候補を予約するか、枠を書き出すと、ここに残り時間とともに表示され、今後の提案から外され、通知されます。</translation>
    </message>
    <message>
        <source>Overlaps another meeting or busy time in your calendars</source>
        <translation>ほかの打ち合わせかカレンダーの予定と重なっています</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show this meeting on the timeline</source>
        <translation>この打ち合わせをタイムラインに表示</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>ここへ移動</translation>
    </message>
    <message>
        <source>Move this meeting to the slot picked on the timeline, and write the update</source>
        <translation>この打ち合わせをタイムラインで選んだ枠へ移動し、変更を書き出します</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>.ics を書き出す</translation>
    </message>
    <message>
        <source>Write this meeting&apos;s calendar file again</source>
        <translation>この打ち合わせのカレンダーファイルをもう一度書き出します</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>キャンセル…</translation>
    </message>
    <message>
        <source>Cancel this meeting and write the cancellation for the calendars</source>
        <translation>この打ち合わせをキャンセルし、カレンダー用のキャンセルを書き出します</translation>
    </message>
    <message>
        <source>Pick a slot on the timeline first, then move the meeting to it</source>
        <translation>先にタイムラインで枠を選び、そこへ打ち合わせを移動してください</translation>
    </message>
    <message>
        <source>a client no longer in Coretime</source>
        <translation>Coretime から削除したクライアント</translation>
    </message>
    <message>
        <source>{day} {time} in {place} · {names}</source>
        <translation>{place}で {day} {time} · {names}</translation>
    </message>
    <message>
        <source>now, for {minutes} min more</source>
        <translation>進行中、あと {minutes} 分</translation>
    </message>
    <message>
        <source>in {countdown}</source>
        <translation>あと {countdown}</translation>
    </message>
    <message>
        <source>{day} {time} your time · {length} min · {left}</source>
        <translation>あなたの時刻で {day} {time} · {length} 分 · {left}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Coretime</source>
        <translation>Coretime へようこそ</translation>
    </message>
    <message>
        <source>Weekday evenings, after a day job (Mon–Fri 19:00–23:00)</source>
        <translation>平日の夜、本業のあと（月～金 19:00～23:00）</translation>
    </message>
    <message>
        <source>Nine to five (Mon–Fri 09:00–17:00)</source>
        <translation>9 時から 5 時（月～金 9:00～17:00）</translation>
    </message>
    <message>
        <source>Split day (Mon–Fri 09:00–12:00 and 14:00–18:00)</source>
        <translation>昼休みを挟んで（月～金 9:00～12:00 と 14:00～18:00）</translation>
    </message>
    <message>
        <source>Mornings and evenings, and Saturday late morning</source>
        <translation>朝と夜、土曜の午前遅め</translation>
    </message>
    <message>
        <source>Coretime lays your hours and your clients&apos; over one timeline and writes proposals on their clock. Tell it who and where you are; you can change everything later.</source>
        <translation>Coretime はあなたとクライアントの稼働時間を 1 本のタイムラインに重ね、相手の時計で提案文を書きます。あなたの名前と場所を教えてください。あとからすべて変えられます。</translation>
    </message>
    <message>
        <source>Your name, as clients know you</source>
        <translation>クライアントに知られている名前</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Your working hours</source>
        <translation>あなたの稼働時間</translation>
    </message>
    <message>
        <source>My own hours (below)</source>
        <translation>自分で決める（下で）</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Keep the sample client (marked as a sample) to try things on</source>
        <translation>試しに使えるサンプルのクライアント（サンプルと表示）を残す</translation>
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
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Add my first client…</source>
        <translation>最初のクライアントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Your name goes into every calendar file: type the one clients know.</source>
        <translation>名前はすべてのカレンダーファイルに入ります。クライアントに知られている名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose your time zone.</source>
        <translation>タイムゾーンを選んでください。</translation>
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
</TS>
