<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ClaimPanel</name>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="48" />
        <source>Accept all</source>
        <translation>すべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="49" />
        <source>Reject all</source>
        <translation>すべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="66" />
        <source>who says it (a source not in the text)</source>
        <translation>発言者（本文にない情報源）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="68" />
        <source>claimant</source>
        <translation>主張者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="72" />
        <source>From selection</source>
        <translation>選択範囲から</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="74" />
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="79" />
        <source>cue</source>
        <translation>手がかり語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="86" />
        <source>Add selected entity</source>
        <translation>選択中の固有表現を追加</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="88" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="93" />
        <source>arguments</source>
        <translation>項</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="98" />
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/claims_panel.py" line="149" />
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>候補 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="162" />
        <source>the author</source>
        <translation>筆者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="163" />
        <source>a source…</source>
        <translation>情報源…</translation>
    </message>
</context>
<context>
    <name>ClaimSchemaEditor</name>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="35" />
        <source>Claim Schema</source>
        <translation>主張スキーマ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="39" />
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="39" />
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="39" />
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="43" />
        <source>argument roles, comma-separated</source>
        <translation>項の役割（カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48" />
        <source>Add Value</source>
        <translation>値を追加</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48" />
        <source>Remove Value</source>
        <translation>値を削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48" />
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="48" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="58" />
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="107" />
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="54" />
        <source>Filter by id or text…</source>
        <translation>ID または本文で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="58" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="157" />
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="157" />
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="157" />
        <source>Span</source>
        <translation>範囲</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="22" />
        <source>Find in the document</source>
        <translation>文書内を検索</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="23" />
        <source>Same lemma</source>
        <translation>同じ見出し語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="25" />
        <source>Match every word with the same dictionary form (述べ finds 述べる)</source>
        <translation>同じ辞書形の語をすべて検索（「述べ」で「述べる」も見つかる）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="30" />
        <source>Label all in document</source>
        <translation>文書内をすべてラベル付け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="32" />
        <source>Label all in project</source>
        <translation>プロジェクト全体をラベル付け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="36" />
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="38" />
        <source>Label Set</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="44" />
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="44" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="44" />
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="45" />
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="51" />
        <source>&amp;Add Label</source>
        <translation>ラベルを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="52" />
        <source>&amp;Remove Label</source>
        <translation>ラベルを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="53" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="80" />
        <source>Double-click to choose a colour</source>
        <translation>ダブルクリックで色を選択</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="109" />
        <source>Colour of %1</source>
        <translation>%1 の色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/claim_controller.py" line="167" />
        <source>Select a claim, then click the entity to add</source>
        <translation>主張を選んでから、追加する固有表現をクリックしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="96" />
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="97" />
        <source>Entities</source>
        <translation>固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="98" />
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="100" />
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="105" />
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="241" />
        <source>%1 · %2 · %3 entities · %4 characters</source>
        <translation>%1 · %2 · 固有表現 %3 件 · %4 文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="389" />
        <source>Select some text first (drag, or Shift+Right)</source>
        <translation>先にテキストを選択してください（ドラッグ、または Shift+→）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="415" />
        <source>Removed %1 and its references in claim(s) %2 (Ctrl+Z brings all back)</source>
        <translation>%1 と主張 %2 からの参照を削除しました（Ctrl+Z ですべて元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="436" />
        <source>An entity keeps at least one morpheme</source>
        <translation>固有表現には少なくとも 1 つの形態素が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="485" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="512" />
        <source>Nothing to label: every match on morpheme boundaries has it</source>
        <translation>ラベル付けする箇所はありません（形態素境界上の一致はすべて付与済み）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="515" />
        <source>Labelled %n match(es) as </source>
        <translation>
            <numerusform>%n 件にラベルを付けました: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="564" />
        <source>No more documents in the list</source>
        <translation>一覧にこれ以上の文書はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="576" />
        <source>Relabel</source>
        <translation>ラベルを変更</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="646" />
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="647" />
        <source>Annotator projects (*.annotator)</source>
        <translation>Annotator プロジェクト (*.annotator)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="652" />
        <source>Label Set</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="652" />
        <source>Labels of the new project:</source>
        <translation>新しいプロジェクトのラベル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="660" />
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="665" />
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="684" />
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="685" />
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>Annotator プロジェクト (*.annotator);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="81" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="84" />
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="92" />
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="100" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="103" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="105" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="109" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="118" />
        <source>&amp;Delete Entity</source>
        <translation>固有表現を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="128" />
        <source>Extend Entity End</source>
        <translation>固有表現の終わりを伸ばす</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="134" />
        <source>Shrink Entity End</source>
        <translation>固有表現の終わりを縮める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="140" />
        <source>Extend Entity Start</source>
        <translation>固有表現の始まりを伸ばす</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="146" />
        <source>Shrink Entity Start</source>
        <translation>固有表現の始まりを縮める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="155" />
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="160" />
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="167" />
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="168" />
        <source>Apply &amp;Label</source>
        <translation>ラベルを付ける(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="172" />
        <source>Edit Label &amp;Set…</source>
        <translation>ラベルセットを編集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="180" />
        <source>Edit Claim Sc&amp;hema…</source>
        <translation>主張スキーマを編集(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="190" />
        <source>Create &amp;Claim</source>
        <translation>主張を作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="199" />
        <source>Accept Suggestion	A</source>
        <translation>候補を採用	A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="206" />
        <source>Reject Suggestion	R</source>
        <translation>候補を却下	R</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="213" />
        <source>Accept All Suggestions</source>
        <translation>候補をすべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="220" />
        <source>Reject All Suggestions</source>
        <translation>候補をすべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="228" />
        <source>Mark &amp;Done and Open Next</source>
        <translation>完了にして次を開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="235" />
        <source>&amp;Navigate</source>
        <translation>移動(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="237" />
        <source>First Morpheme</source>
        <translation>最初の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="238" />
        <source>Last Morpheme</source>
        <translation>最後の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="240" />
        <source>Previous Morpheme</source>
        <translation>前の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="245" />
        <source>Next Morpheme</source>
        <translation>次の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="247" />
        <source>Extend Selection Left</source>
        <translation>選択を左へ広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="253" />
        <source>Extend Selection Right</source>
        <translation>選択を右へ広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="258" />
        <source>Next Entity</source>
        <translation>次の固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="260" />
        <source>Previous Entity</source>
        <translation>前の固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="270" />
        <source>Next Document</source>
        <translation>次の文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="278" />
        <source>Previous Document</source>
        <translation>前の文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="285" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="287" />
        <source>Morpheme &amp;Boundaries</source>
        <translation>形態素境界(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="288" />
        <source>&amp;Part-of-Speech Colours</source>
        <translation>品詞の色分け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="289" />
        <source>&amp;Furigana</source>
        <translation>ふりがな(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="290" />
        <source>Proper-Noun &amp;Hints</source>
        <translation>固有名詞のヒント(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="306" />
        <source>Claim &amp;Suggestions</source>
        <translation>主張の候補(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="315" />
        <source>&amp;Statistics</source>
        <translation>統計(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="328" />
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="336" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/menus.py" line="343" />
        <source>Main</source>
        <translation>メイン</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="26" />
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="28" />
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="37" />
        <source>Morpheme boundaries</source>
        <translation>形態素境界</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="37" />
        <source>Part-of-speech colours</source>
        <translation>品詞の色分け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="38" />
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="38" />
        <source>Proper-noun hints</source>
        <translation>固有名詞のヒント</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="44" />
        <source>your name in the operation log (default: the login name)</source>
        <translation>操作ログに記録する名前（既定: ログイン名）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="46" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="47" />
        <source>The language changes at the next start.</source>
        <translation>言語は次回の起動時に切り替わります。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="49" />
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="50" />
        <source>Font size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="53" />
        <source>Annotator</source>
        <translation>注釈者</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="53" />
        <source>Entities per label</source>
        <translation>ラベル別の固有表現数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="54" />
        <source>Documents by status</source>
        <translation>状態別の文書数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="55" />
        <source>Annotations over time</source>
        <translation>注釈の推移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="60" />
        <source>operations (cumulative)</source>
        <translation>操作数（累計）</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../annotator/ui/crash.py" line="51" />
        <source>Annotator: an error</source>
        <translation>Annotator: エラー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="52" />
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="56" />
        <source>Your work is saved: every edit was committed when you made it.</source>
        <translation>作業は保存されています。すべての編集は行った時点で記録されました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="57" />
        <source>The details are in %1.</source>
        <translation>詳細は %1 にあります。</translation>
    </message>
</context>
</TS>