<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ClaimPanel</name>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="48"/>
        <source>Accept all</source>
        <translation>すべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="49"/>
        <source>Reject all</source>
        <translation>すべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="66"/>
        <source>who says it (a source not in the text)</source>
        <translation>発言者（本文にない情報源）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="68"/>
        <source>claimant</source>
        <translation>主張者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="72"/>
        <source>From selection</source>
        <translation>選択範囲から</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="74"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="79"/>
        <source>cue</source>
        <translation>手がかり語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="86"/>
        <source>Add selected entity</source>
        <translation>選択中の固有表現を追加</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="88"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="93"/>
        <source>arguments</source>
        <translation>項</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="98"/>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/claims_panel.py" line="149"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>候補 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="162"/>
        <source>the author</source>
        <translation>筆者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="163"/>
        <source>a source…</source>
        <translation>情報源…</translation>
    </message>
</context>
<context>
    <name>ClaimSchemaEditor</name>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="35"/>
        <source>Claim Schema</source>
        <translation>主張スキーマ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="39"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="39"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="39"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="43"/>
        <source>argument roles, comma-separated</source>
        <translation>項の役割（カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48"/>
        <source>Add Value</source>
        <translation>値を追加</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48"/>
        <source>Remove Value</source>
        <translation>値を削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="58"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="107"/>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="56"/>
        <source>Filter by id or text…</source>
        <translation>ID または本文で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="60"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="95"/>
        <source>%1
%2 · %3 entities · %4 characters</source>
        <translation>%1
%2 · 固有表現 %3 件 · %4 文字</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="173"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="173"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="173"/>
        <source>Span</source>
        <translation>範囲</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="87"/>
        <location filename="../../annotator/ui/export_dialog.py" line="123"/>
        <location filename="../../annotator/ui/export_dialog.py" line="138"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="95"/>
        <source>JSONL: one record per document, entities and claims</source>
        <translation>JSONL:文書ごとに 1 レコード(固有表現と主張)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="96"/>
        <source>Claim sentences: one record per sentence, labelled for check-worthiness</source>
        <translation>主張文:文ごとに 1 レコード(検証価値のラベル付き)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="97"/>
        <source>Add each document&apos;s morphemes (tokens)</source>
        <translation>各文書の形態素(tokens)を含める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="100"/>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="105"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="111"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="113"/>
        <source>Documents:</source>
        <translation>文書:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="114"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="139"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="151"/>
        <source>Choose the file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="155"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダ %1 がありません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="158"/>
        <source>That is the project file itself: choose another file.</source>
        <translation>それはプロジェクトファイルそのものです。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="167"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="176"/>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 件のレコードを %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="177"/>
        <source>Nothing was written: </source>
        <translation>何も書き出していません:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="178"/>
        <source>Export cancelled: no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="191"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="31"/>
        <source>Find in the document</source>
        <translation>文書内を検索</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="32"/>
        <source>Same lemma</source>
        <translation>同じ見出し語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="34"/>
        <source>Match every word with the same dictionary form (述べ finds 述べる)</source>
        <translation>同じ辞書形の語をすべて検索（「述べ」で「述べる」も見つかる）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="39"/>
        <source>Label all in document</source>
        <translation>文書内をすべてラベル付け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="41"/>
        <source>Label all in project</source>
        <translation>プロジェクト全体をラベル付け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="45"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="89"/>
        <location filename="../../annotator/ui/import_dialog.py" line="165"/>
        <source>Import Documents</source>
        <translation>文書のインポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="98"/>
        <source>Add Files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="100"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="109"/>
        <source>From the file name (.txt, .jsonl, .json)</source>
        <translation>ファイル名から判断(.txt, .jsonl, .json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="109"/>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="110"/>
        <source>JSONL (annotator records)</source>
        <translation>JSONL(annotator のレコード)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="110"/>
        <source>Stockmark NER (JSON)</source>
        <translation>Stockmark NER(JSON)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="114"/>
        <source>One document per file</source>
        <translation>ファイルごとに 1 文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="114"/>
        <source>One document per line</source>
        <translation>行ごとに 1 文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="115"/>
        <source>One document per paragraph (blank lines)</source>
        <translation>段落ごとに 1 文書(空行区切り)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="117"/>
        <source>Import the valid records and set the invalid ones aside</source>
        <translation>正しいレコードだけを取り込み、不正なものは別ファイルに分ける</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="119"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="120"/>
        <source>Text files:</source>
        <translation>テキストファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="131"/>
        <source>Copy Problems</source>
        <translation>問題をコピー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="136"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="145"/>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="166"/>
        <source>Documents (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>文書 (*.txt *.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="193"/>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="215"/>
        <source>%n document(s) read…</source>
        <translation>
            <numerusform>%n 文書を読み込みました…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="220"/>
        <source>Imported %1 documents (%2 entities).</source>
        <translation>%1 文書(固有表現 %2 件)をインポートしました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="223"/>
        <source>New labels: %1.</source>
        <translation>新しいラベル:%1。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="225"/>
        <source>%1 record(s) were set aside in %2.</source>
        <translation>%1 件のレコードを %2 に分けました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="229"/>
        <location filename="../../annotator/ui/import_dialog.py" line="238"/>
        <location filename="../../annotator/ui/import_dialog.py" line="244"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="234"/>
        <source>Nothing was imported: %n problem(s). The project is unchanged.</source>
        <translation>
            <numerusform>何もインポートしていません:問題が %n 件あります。プロジェクトは変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="242"/>
        <source>Import cancelled. The project is unchanged.</source>
        <translation>インポートを取り消しました。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="271"/>
        <source>Cancelling…</source>
        <translation>取り消し中…</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="38"/>
        <source>Label Set</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="44"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="44"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="44"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="45"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="51"/>
        <source>&amp;Add Label</source>
        <translation>ラベルを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="52"/>
        <source>&amp;Remove Label</source>
        <translation>ラベルを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="53"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="80"/>
        <source>Double-click to choose a colour</source>
        <translation>ダブルクリックで色を選択</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="109"/>
        <source>Colour of %1</source>
        <translation>%1 の色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/claim_controller.py" line="161"/>
        <source>Select a claim, then click the entity to add</source>
        <translation>主張を選んでから、追加する固有表現をクリックしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="93"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="94"/>
        <source>Entities</source>
        <translation>固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="95"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="97"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="102"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="245"/>
        <source>%1 · %2 · %3 entities · %4 characters</source>
        <translation>%1 · %2 · 固有表現 %3 件 · %4 文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="395"/>
        <source>Select some text first (drag, or Shift+Right)</source>
        <translation>先にテキストを選択してください（ドラッグ、または Shift+→）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="421"/>
        <source>Removed %1 and its references in claim(s) %2 (Ctrl+Z brings all back)</source>
        <translation>%1 と主張 %2 からの参照を削除しました（Ctrl+Z ですべて元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="442"/>
        <source>An entity keeps at least one morpheme</source>
        <translation>固有表現には少なくとも 1 つの形態素が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="491"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="518"/>
        <source>Nothing to label: every match on morpheme boundaries has it</source>
        <translation>ラベル付けする箇所はありません（形態素境界上の一致はすべて付与済み）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="521"/>
        <source>Labelled %n match(es) as </source>
        <translation>
            <numerusform>%n 件にラベルを付けました: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="570"/>
        <source>No more documents in the list</source>
        <translation>一覧にこれ以上の文書はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="582"/>
        <source>Relabel</source>
        <translation>ラベルを変更</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="28"/>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="29"/>
        <source>Annotator projects (*.annotator)</source>
        <translation>Annotator プロジェクト (*.annotator)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="35"/>
        <source>Label Set</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="36"/>
        <source>Labels of the new project:</source>
        <translation>新しいプロジェクトのラベル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="50"/>
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="56"/>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="92"/>
        <source>Imported %1 documents (%2 entities).</source>
        <translation>%1 文書(固有表現 %2 件)をインポートしました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="42"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/project_files.py" line="43"/>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>Annotator プロジェクト (*.annotator);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="81"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="84"/>
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="92"/>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="98"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="104"/>
        <source>&amp;Import Documents…</source>
        <translation>文書のインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="112"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="123"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="125"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="129"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="138"/>
        <source>&amp;Delete Entity</source>
        <translation>固有表現を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="148"/>
        <source>Extend Entity End</source>
        <translation>固有表現の終わりを伸ばす</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="154"/>
        <source>Shrink Entity End</source>
        <translation>固有表現の終わりを縮める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="160"/>
        <source>Extend Entity Start</source>
        <translation>固有表現の始まりを伸ばす</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="166"/>
        <source>Shrink Entity Start</source>
        <translation>固有表現の始まりを縮める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="175"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="180"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="187"/>
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="188"/>
        <source>Apply &amp;Label</source>
        <translation>ラベルを付ける(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="192"/>
        <source>Edit Label &amp;Set…</source>
        <translation>ラベルセットを編集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="200"/>
        <source>Edit Claim Sc&amp;hema…</source>
        <translation>主張スキーマを編集(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="210"/>
        <source>Create &amp;Claim</source>
        <translation>主張を作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="219"/>
        <source>Accept Suggestion	A</source>
        <translation>候補を採用	A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="226"/>
        <source>Reject Suggestion	R</source>
        <translation>候補を却下	R</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="233"/>
        <source>Accept All Suggestions</source>
        <translation>候補をすべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="240"/>
        <source>Reject All Suggestions</source>
        <translation>候補をすべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="248"/>
        <source>Mark &amp;Done and Open Next</source>
        <translation>完了にして次を開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="255"/>
        <source>&amp;Navigate</source>
        <translation>移動(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="257"/>
        <source>First Morpheme</source>
        <translation>最初の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="258"/>
        <source>Last Morpheme</source>
        <translation>最後の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="260"/>
        <source>Previous Morpheme</source>
        <translation>前の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="265"/>
        <source>Next Morpheme</source>
        <translation>次の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="267"/>
        <source>Extend Selection Left</source>
        <translation>選択を左へ広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="273"/>
        <source>Extend Selection Right</source>
        <translation>選択を右へ広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="278"/>
        <source>Next Entity</source>
        <translation>次の固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="280"/>
        <source>Previous Entity</source>
        <translation>前の固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="290"/>
        <source>Next Document</source>
        <translation>次の文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="298"/>
        <source>Previous Document</source>
        <translation>前の文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="305"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="307"/>
        <source>Morpheme &amp;Boundaries</source>
        <translation>形態素境界(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="308"/>
        <source>&amp;Part-of-Speech Colours</source>
        <translation>品詞の色分け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="309"/>
        <source>&amp;Furigana</source>
        <translation>ふりがな(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="310"/>
        <source>Proper-Noun &amp;Hints</source>
        <translation>固有名詞のヒント(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="326"/>
        <source>Claim &amp;Suggestions</source>
        <translation>主張の候補(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="335"/>
        <source>&amp;Statistics</source>
        <translation>統計(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="348"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="356"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="363"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="45"/>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="48"/>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="26"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="28"/>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="39"/>
        <source>Morpheme boundaries</source>
        <translation>形態素境界</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="39"/>
        <source>Part-of-speech colours</source>
        <translation>品詞の色分け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="40"/>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="40"/>
        <source>Proper-noun hints</source>
        <translation>固有名詞のヒント</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="46"/>
        <source>your name in the operation log (default: the login name)</source>
        <translation>操作ログに記録する名前（既定: ログイン名）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="48"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="49"/>
        <source>A new language applies at once: the window is rebuilt.</source>
        <translation>言語の変更はすぐに反映されます(ウィンドウを作り直します)。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="51"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="52"/>
        <source>Font size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="55"/>
        <source>Annotator</source>
        <translation>注釈者</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="55"/>
        <source>Entities per label</source>
        <translation>ラベル別の固有表現数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="56"/>
        <source>Documents by status</source>
        <translation>状態別の文書数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="57"/>
        <source>Annotations over time</source>
        <translation>注釈の推移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="62"/>
        <source>operations (cumulative)</source>
        <translation>操作数（累計）</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../annotator/ui/names.py" line="17"/>
        <source>new</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="18"/>
        <source>in progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="19"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="20"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../annotator/ui/crash.py" line="51"/>
        <source>Annotator: an error</source>
        <translation>Annotator: エラー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="52"/>
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="56"/>
        <source>Your work is saved: every edit was committed when you made it.</source>
        <translation>作業は保存されています。すべての編集は行った時点で記録されました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="57"/>
        <source>The details are in %1.</source>
        <translation>詳細は %1 にあります。</translation>
    </message>
</context>
</TS>
