<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ClaimPanel</name>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="168"/>
        <source>Accept all</source>
        <translation>すべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="169"/>
        <source>Reject all</source>
        <translation>すべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="186"/>
        <source>who says it (a source not in the text)</source>
        <translation>発言者（本文にない情報源）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="188"/>
        <source>Search… (Ctrl+K)</source>
        <translation>検索… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="194"/>
        <source>claimant</source>
        <translation>主張者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="197"/>
        <source>From selection</source>
        <translation>選択範囲から</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="199"/>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="204"/>
        <source>cue</source>
        <translation>手がかり語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="211"/>
        <source>Add selected entity</source>
        <translation>選択中の固有表現を追加</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="213"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="218"/>
        <source>arguments</source>
        <translation>項</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="223"/>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="356"/>
        <source>Suggested claim, not accepted yet: A accept, R reject, E accept and edit</source>
        <translation>未採用の主張の候補:A で採用、R で却下、E で採用して編集</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="357"/>
        <source>why: %1</source>
        <translation>理由:%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="378"/>
        <source>the author</source>
        <translation>筆者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="379"/>
        <source>not named (a passive, an unnamed source)</source>
        <translation>明示なし（受け身、名前のない情報源）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="380"/>
        <source>a source…</source>
        <translation>情報源…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claims_panel.py" line="441"/>
        <source>A source needs a name: the claimant is unchanged</source>
        <translation>情報源には名前が必要です。主張者は変更していません</translation>
    </message>
</context>
<context>
    <name>ClaimSchemaEditor</name>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="40"/>
        <source>Claim Schema</source>
        <translation>主張スキーマ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="44"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="44"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="44"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="45"/>
        <source>Shown as</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="49"/>
        <source>argument roles, comma-separated</source>
        <translation>項の役割（カンマ区切り）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="53"/>
        <source>Add Value</source>
        <translation>値を追加</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="53"/>
        <source>Remove Value</source>
        <translation>値を削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="53"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="53"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="63"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="77"/>
        <source>Only a curator edits the claim schema of a project on a server: it is shown here as it is.</source>
        <translation>サーバーのプロジェクトのクレームスキーマを編集できるのはキュレーターだけです。ここでは現在の内容を表示しています。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_schema_editor.py" line="126"/>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
</context>
<context>
    <name>ClaimantPicker</name>
    <message>
        <location filename="../../annotator/ui/claim_pickers.py" line="56"/>
        <source>Search the entities, or type a source</source>
        <extracomment>Characters of context shown on each side of an entity.</extracomment>
        <translation>固有表現を検索するか、情報源を入力</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_pickers.py" line="75"/>
        <source>the author</source>
        <translation>筆者</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claim_pickers.py" line="106"/>
        <source>a source: %1</source>
        <translation>情報源:%1</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../annotator/core/claims.py" line="68"/>
        <source>attribute names must be unique and non-empty</source>
        <extracomment>The fields of a claim object in a JSONL record. Display names per interface language: ``{&quot;ja&quot;: {&quot;type&quot;: &quot;種類&quot;, &quot;type=quantity&quot;: &quot;数量&quot;}}`` (an attribute by its name, a value as ``name=value``, a role as ``role:name``). What is stored in claims stays the identifier; a name missing here falls back to ``DEFAULT_DISPLAY``, then to the identifier itself.</extracomment>
        <translation>属性名は重複せず、空でないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="71"/>
        <source>the built-in attributes stay: {names}</source>
        <translation>組み込みの属性は削除できません:{names}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="75"/>
        <source>{attribute}: values must be unique and non-empty</source>
        <translation>{attribute}:値は重複せず、空でないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="77"/>
        <source>{attribute}: one key per value</source>
        <translation>{attribute}:値ごとにキーを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="82"/>
        <source>{attribute}={value}: a key is one lower-case letter, not {key!r}</source>
        <translation>{attribute}={value}:キーは小文字 1 字です({key!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="85"/>
        <source>{attribute}={value}: the key c creates a claim</source>
        <translation>{attribute}={value}:キー c は主張の作成に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="88"/>
        <source>{attribute}={value}: the key {key!r} is already {other}</source>
        <translation>{attribute}={value}:キー {key!r} はすでに {other} に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="92"/>
        <source>roles must be unique and non-empty</source>
        <translation>役割は重複せず、空でないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="43"/>
        <source>a folder (directory)</source>
        <extracomment>How long a command waits for another program&apos;s write to finish before it says the project is busy.</extracomment>
        <translation>フォルダ(ディレクトリ)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="45"/>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO(名前付きパイプ)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="47"/>
        <source>a character device</source>
        <translation>キャラクタデバイス</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="49"/>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="56"/>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="38"/>
        <source>no such file</source>
        <extracomment>The largest text or Stockmark file read whole (one project row per document; split it first).</extracomment>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="40"/>
        <source>cannot read: permission denied</source>
        <translation>読み込めません:アクセス権がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="42"/>
        <source>cannot read: too many levels of symbolic links</source>
        <translation>読み込めません:シンボリックリンクの階層が深すぎます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="44"/>
        <source>no such file (a part of the path is not a folder)</source>
        <translation>ファイルがありません(パスの途中がフォルダではありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="59"/>
        <source>is a symbolic link to a missing file</source>
        <translation>存在しないファイルへのシンボリックリンクです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="65"/>
        <source>is a symbolic link to {kind}, not to a regular file</source>
        <translation>通常のファイルではなく {kind} へのシンボリックリンクです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="67"/>
        <location filename="../../annotator/core/inputs.py" line="84"/>
        <source>is {kind}, not a regular file</source>
        <translation>通常のファイルではなく {kind} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="150"/>
        <source>binary data (NUL bytes and no UTF-16 byte-order mark)</source>
        <translation>バイナリデータです(NUL バイトがあり、UTF-16 のバイト順マークがありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="118"/>
        <source>is the project being imported into, not an input file</source>
        <extracomment>How many problems an error message lists before it says &quot;and N more&quot;. How many problems a report keeps (the rejects file has every one). What the files hold that the import kept in no form (``Parsed.notes``): the first MAX_KEPT.</extracomment>
        <translation>入力ファイルではなく、インポート先のプロジェクトです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="120"/>
        <source>is the write-ahead log of the project, not an input file</source>
        <translation>入力ファイルではなく、プロジェクトの先行書き込みログ(WAL)です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="122"/>
        <source>is the shared-memory index of the project, not an input file</source>
        <translation>入力ファイルではなく、プロジェクトの共有メモリインデックスです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="124"/>
        <source>is the rollback journal of the project, not an input file</source>
        <translation>入力ファイルではなく、プロジェクトのロールバックジャーナルです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="140"/>
        <source>is not a folder: --format {format} reads a folder of files</source>
        <translation>フォルダではありません:--format {format} はファイルの入ったフォルダを読み込みます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="149"/>
        <source>is the same file as {other}, given twice</source>
        <translation>{other} と同じファイルです(2 回指定されています)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="153"/>
        <source>cannot tell the format from the file name; pass --format with one of: {names}</source>
        <translation>ファイル名から形式を判断できません。--format で次のいずれかを指定してください:{names}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="156"/>
        <source>is an SQLite database (an annotator project?), not a {format} file</source>
        <translation>{format} ファイルではなく SQLite データベースです(annotator のプロジェクトですか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="170"/>
        <source>document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="173"/>
        <source>document id {id!r}: {problem} (when the id comes from the file&apos;s name, rename the file)</source>
        <translation>文書 ID {id!r}: {problem}(ID がファイル名から作られる場合は、ファイル名を変えてください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="255"/>
        <source>document id {id!r} also comes from {where}</source>
        <translation>文書 ID {id!r} は {where} にもあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="258"/>
        <source>document id {id!r} is already in the project</source>
        <translation>文書 ID {id!r} はすでにプロジェクトにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="277"/>
        <location filename="../../annotator/core/inputs.py" line="45"/>
        <location filename="../../annotator/core/team.py" line="367"/>
        <source>cannot read: {reason}</source>
        <translation>読み込めません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="283"/>
        <source>no documents in this file (it is empty or holds only blank lines)</source>
        <translation>このファイルには文書がありません(空か、空行しかありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="367"/>
        <source>cannot write the rejected records: {reason}; nothing was imported</source>
        <extracomment>Characters json.dumps(ensure_ascii=False) leaves raw that a JSONL reader may take for line breaks or cannot encode (a lone surrogate from a rejected record): written as escapes.</extracomment>
        <translation>除外したレコードを書き出せません:{reason}。何もインポートしていません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="418"/>
        <source>every rejects file name of this second is taken</source>
        <translation>除外レコード用のファイル名(現在の秒の時刻付き)がすべて使用済みです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="196"/>
        <source>and {n} more problems</source>
        <translation>ほかに {n} 件の問題があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="153"/>
        <source>a label name must be non-empty and have no surrounding spaces</source>
        <translation>ラベル名は空でなく、前後に空白を含まないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="150"/>
        <source>a label name must be one line without control characters, not contain {char}</source>
        <extracomment>A claim object&apos;s fields after id, start, end and text, in the order the export writes them (every record has every field: ``claim_empty`` is the value of a field the claim has not set). A label name is shown in menus, the legend and every entity bar: one short line. Characters that break a label name over lines (or columns): refused anywhere in one. Characters that show nothing by themselves (format, combining, spaces, separators, controls).</extracomment>
        <translation>ラベル名は制御文字を含まない 1 行にしてください({char} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="155"/>
        <source>a label name must be at most {limit} characters, not {n}</source>
        <translation>ラベル名は {limit} 文字以内にしてください({n} 文字あります)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="158"/>
        <source>a label name must have a visible character</source>
        <translation>ラベル名には目に見える文字を含めてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="168"/>
        <source>label {name!r}: colour must look like #rrggbb, not {colour!r}</source>
        <translation>ラベル {name!r}:色は #rrggbb の形式で指定してください({colour!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="171"/>
        <source>label {name!r}: the shortcut must be one character, not {key!r}</source>
        <translation>ラベル {name!r}:ショートカットは 1 文字です({key!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/ops.py" line="510"/>
        <source>span offsets must be integers, not {start!r}, {end!r}</source>
        <extracomment>Entity ids given anew while applying: (document id, the id asked for) -&gt; the id given. The recommender (or imported source) whose suggestion this accepts, or None: counted as an accepted suggestion of that source (``Project.suggestion_decisions``). Set only in the inverse of accepting a suggestion of this source: undoing the acceptance takes it back from the source&apos;s accepted count.</extracomment>
        <translation>範囲のオフセットは整数です({start!r}、{end!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/ops.py" line="513"/>
        <source>span {start}–{end} is outside the document (0–{length}) or empty</source>
        <translation>範囲 {start}–{end} が文書(0–{length})の外にあるか、空です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/projectfile.py" line="49"/>
        <source>{path}: no project file here</source>
        <translation>{path}:プロジェクトファイルがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="85"/>
        <source>{path}: no project here, but its write-ahead log {wal} is: left by a project that was deleted or moved? Move it away first</source>
        <extracomment>How many times the target may change under us before we give up.</extracomment>
        <translation>{path}:プロジェクトはありませんが、その先行書き込みログ {wal} があります。削除または移動されたプロジェクトの残りですか?先に別の場所へ移してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="90"/>
        <location filename="../../annotator/core/formats/folders.py" line="47"/>
        <location filename="../../annotator/core/formats/folders.py" line="60"/>
        <location filename="../../annotator/core/outputs.py" line="137"/>
        <source>{path}: {reason}</source>
        <translation>{path}:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="97"/>
        <source>{path}: a symbolic link to a file that does not exist; give the project&apos;s own name</source>
        <translation>{path}:存在しないファイルへのシンボリックリンクです。プロジェクト自体の名前を指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="100"/>
        <location filename="../../annotator/core/projectfile.py" line="58"/>
        <source>{path}: is {kind}, not a project file</source>
        <translation>{path}:プロジェクトファイルではなく {kind} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="104"/>
        <source>{path}: an empty file that cannot be read and written; not made into a project</source>
        <translation>{path}:読み書きできない空のファイルです。プロジェクトにはしません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="221"/>
        <location filename="../../annotator/core/outputs.py" line="262"/>
        <location filename="../../annotator/core/projectfile.py" line="52"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}:フォルダ {folder} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="232"/>
        <source>{path}: cannot create the project: the folder {folder} does not allow creating files</source>
        <translation>{path}:プロジェクトを作成できません:フォルダ {folder} にはファイルを作成できません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="250"/>
        <source>{path}: the new project&apos;s write-ahead log could not be folded into it; nothing was created</source>
        <translation>{path}:新しいプロジェクトの先行書き込みログをプロジェクトに反映できませんでした。何も作成していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="259"/>
        <source>{path}: cannot create the project: {reason}; nothing was created</source>
        <translation>{path}:プロジェクトを作成できません:{reason}。何も作成していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="271"/>
        <source>{path}: the file keeps changing while the project is created; nothing was created</source>
        <translation>{path}:プロジェクトの作成中にファイルが変更され続けています。何も作成していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/projectfile.py" line="47"/>
        <source>{path}: a symbolic link to {target}, which does not exist</source>
        <translation>{path}:存在しない {target} へのシンボリックリンクです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/projectfile.py" line="56"/>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}:プロジェクトファイルではなくフォルダです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/projectfile.py" line="72"/>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path}:開けません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/projectfile.py" line="87"/>
        <source>{path}: read-only: cannot create files in the folder {folder} ({reason})</source>
        <translation>{path}:読み取り専用です:フォルダ {folder} にファイルを作成できません({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/projectfile.py" line="174"/>
        <source>{path}: cannot be read: its write-ahead log {wal} holds changes not yet in the file, and reading them needs {name}-shm, which the folder {folder} does not allow creating; open it once where it can be written</source>
        <translation>{path}:読み込めません:先行書き込みログ {wal} にファイルへ未反映の変更があり、それを読むには {name}-shm が必要ですが、フォルダ {folder} には作成できません。書き込める場所で一度開いてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/exporting.py" line="147"/>
        <location filename="../../annotator/core/store.py" line="80"/>
        <source>{path}: the project file holds a value that is not valid JSON ({reason}); `annotator check {path}` lists what is wrong</source>
        <extracomment>Documents read per batch by the export stream. Whether any document has claims (else no document&apos;s claims are looked for).
----------
Quality measurements kept in the project (``Project.add_quality``).</extracomment>
        <translation>{path}:プロジェクトファイルに JSON として正しくない値があります({reason})。`annotator check {path}` で問題の一覧を確認できます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/opening.py" line="37"/>
        <source>{path}: an SQLite file, but not an annotator project</source>
        <translation>{path}:SQLite ファイルですが、annotator のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/opening.py" line="41"/>
        <location filename="../../annotator/core/serverdb.py" line="502"/>
        <source>{path}: this project was written by a newer annotator (file schema {version}, this program reads up to {readable}); update annotator to open it</source>
        <translation>{path}:このプロジェクトは新しい annotator で書かれています(ファイルのスキーマ {version}、このプログラムが読めるのは {readable} まで)。annotator を更新してから開いてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/opening.py" line="46"/>
        <source>{path}: empty file, not an annotator project</source>
        <translation>{path}:空のファイルで、annotator のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/opening.py" line="52"/>
        <location filename="../../annotator/core/serverdb.py" line="507"/>
        <source>{path}: this project was written by an older annotator (file schema {version}) and must be upgraded, which needs writing it: {reason}</source>
        <translation>{path}:このプロジェクトは古い annotator で書かれているため(ファイルのスキーマ {version})更新が必要ですが、更新には書き込みが必要です:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/opening.py" line="59"/>
        <source>{path}: cannot switch the project file to WAL journaling</source>
        <translation>{path}:プロジェクトファイルを WAL ジャーナルに切り替えられません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/opening.py" line="105"/>
        <location filename="../../annotator/core/serverdb.py" line="516"/>
        <source>{path}: no migration from schema {version}</source>
        <translation>{path}:スキーマ {version} からの移行手順がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/doccache.py" line="25"/>
        <source>no document {id!r} in this project</source>
        <translation>このプロジェクトに文書 {id!r} はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/database.py" line="49"/>
        <location filename="../../annotator/core/serverdb.py" line="388"/>
        <source>opened for reading only</source>
        <extracomment>Whether the storage itself refuses an entity whose label is not in the label set (a server&apos;s key does; a project file&apos;s operations look the label up first). The name written into the operation log. Opened for reading only (asked for, or the file, its folder or file system is read-only). Called after a write transaction rolled back (caches of what it wrote are then wrong).
----------
The layer this connection works on (``serverschema``): the role&apos;s own name for an annotator, &quot;curated&quot; for anyone else. Set by ``open_database``. Inside a write transaction: a statement that breaks a key is undone alone (a savepoint), as SQLite does, and the transaction goes on (the core then tries another id). Inside a read snapshot: SELECTs read through server-side cursors, in batches, so that an export of any size keeps memory flat (``end_streams`` closes them). Statements (without parameters) sent with the next one, in one round trip: a write transaction&apos;s BEGIN and write lock go out with its first statement (``ServerDatabase``). The log row of a write, sent with its COMMIT in one round trip (query, parameters).</extracomment>
        <translation>読み取り専用で開いています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="58"/>
        <source>entity {id} is not in this document (removed elsewhere?)</source>
        <extracomment>The label set or the claim schema was written (caches of them are stale). Entities added under another id than asked: theirs had been taken meanwhile.</extracomment>
        <translation>固有表現 {id} はこの文書にありません(別の場所で削除されましたか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="89"/>
        <source>entity text {text!r} is not the document&apos;s text {actual!r} at {start}–{end}</source>
        <translation>固有表現のテキスト {text!r} が、文書の {start}–{end} のテキスト {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="123"/>
        <source>entity {id} was changed elsewhere; reload the document</source>
        <translation>固有表現 {id} は別の場所で変更されました。文書を読み込み直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="127"/>
        <source>entity {id} ({text}) is referred to by claim(s) {claims}; remove it with its references (one undoable step)</source>
        <translation>固有表現 {id}({text})は主張 {claims} から参照されています。参照ごと削除してください(1 回で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="149"/>
        <source>a claim with id {id} already exists in this document</source>
        <translation>この文書には ID {id} の主張がすでにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="156"/>
        <source>claim {id} is not in this document (removed elsewhere?)</source>
        <translation>主張 {id} はこの文書にありません(別の場所で削除されましたか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="163"/>
        <location filename="../../annotator/core/transaction.py" line="170"/>
        <source>claim {id} was changed elsewhere; reload the document</source>
        <translation>主張 {id} は別の場所で変更されました。文書を読み込み直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="173"/>
        <source>a claim keeps its id</source>
        <translation>主張の ID は変更できません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="183"/>
        <source>entity {id} is labelled {label}, not {old}; reload the document</source>
        <translation>固有表現 {id} のラベルは {old} ではなく {label} です。文書を読み込み直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="199"/>
        <source>entity {id} spans {start}–{end}, not {old_start}–{old_end}</source>
        <translation>固有表現 {id} の範囲は {old_start}–{old_end} ではなく {start}–{end} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="220"/>
        <source>the key {key!r} already applies the label {label}</source>
        <translation>キー {key!r} はすでにラベル {label} に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="228"/>
        <location filename="../../annotator/core/transaction.py" line="258"/>
        <source>there is already a label {name!r}</source>
        <translation>ラベル {name!r} はすでにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="238"/>
        <source>1 entity carries the label {label}; relabel or remove it first</source>
        <translation>1 件の固有表現がラベル {label} を使っています。先にラベルを変えるか削除してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="240"/>
        <source>{n} entities carry the label {label}; relabel or remove them first</source>
        <translation>{n} 件の固有表現がラベル {label} を使っています。先にラベルを変えるか削除してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="243"/>
        <location filename="../../annotator/core/transaction.py" line="252"/>
        <source>the label {label} was changed elsewhere; reopen the label editor</source>
        <translation>ラベル {label} は別の場所で変更されました。ラベル編集を開き直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="271"/>
        <source>renaming {old} to {new} would duplicate entities</source>
        <translation>{old} を {new} に変えると固有表現が重複します</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="307"/>
        <source>the claim schema was changed elsewhere; reopen the editor</source>
        <translation>主張スキーマは別の場所で変更されました。編集画面を開き直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="286"/>
        <location filename="../../annotator/core/transaction.py" line="311"/>
        <source>not a claim schema: {problem}</source>
        <translation>主張スキーマではありません:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="341"/>
        <source>document {id} is {current}, not {old}</source>
        <translation>文書 {id} の状態は {old} ではなく {current} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="363"/>
        <source>an entity with id {id} already exists in this document</source>
        <translation>この文書には ID {id} の固有表現がすでにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="99"/>
        <location filename="../../annotator/core/transaction.py" line="365"/>
        <source>the same entity already exists: {label} at {start}–{end} ({text!r})</source>
        <translation>同じ固有表現がすでにあります:{start}–{end} の {label}({text!r})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="354"/>
        <source>unknown label {label!r}: it is not in the project&apos;s label set (renamed or removed in another window?); add it first</source>
        <translation>不明なラベル {label!r}:プロジェクトのラベルセットにありません(別のウィンドウで名前が変更されたか削除されましたか?)。先に追加してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="367"/>
        <source>the entity {label} at {start}–{end} breaks a rule of the project file: {rule}</source>
        <translation>{start}–{end} の固有表現 {label} はプロジェクトファイルの規則に反します:{rule}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/fields.py" line="39"/>
        <source>{what}: start and end must be integers (code points), not {start!r} and {end!r}</source>
        <translation>{what}:start と end は整数(コードポイント)です({start!r} と {end!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="71"/>
        <location filename="../../annotator/core/checks.py" line="77"/>
        <location filename="../../annotator/core/formats/stored.py" line="35"/>
        <location filename="../../annotator/core/formats/stored.py" line="41"/>
        <source>{value} is not a JSON number</source>
        <extracomment>The columns each table must have (a file edited by hand may have lost some).</extracomment>
        <translation>{value} は JSON の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="87"/>
        <source>stored as {kind}, not as text</source>
        <translation>テキストではなく {kind} として保存されています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="91"/>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="104"/>
        <source>{what} is not valid JSON ({reason})</source>
        <translation>{what} が JSON として正しくありません({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="107"/>
        <source>{what} is not a JSON object</source>
        <translation>{what} が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="127"/>
        <source>{what} is not valid UTF-8 (byte 0x{byte:02x} at byte {at}): the project file is damaged</source>
        <extracomment>How ``check`` reads text: bytes that are not UTF-8 (a damaged file) become U+DC80–U+DCFF (``surrogateescape``) instead of stopping the read, so that it says where they are and goes on.</extracomment>
        <translation>{what} が正しい UTF-8 ではありません(バイト {at} の 0x{byte:02x}):プロジェクトファイルが破損しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/damage.py" line="84"/>
        <source>text that is not UTF-8 in column {column!r} of the table {table}, row {rowid}</source>
        <extracomment>The text columns ``check`` reads, read whole by ``damage``: SQLite&apos;s integrity check would see bytes changed in one copy of an indexed value (table or index), not text written badly to both.</extracomment>
        <translation>テーブル {table} の行 {rowid} の列 {column!r} に UTF-8 でないテキストがあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/damage.py" line="86"/>
        <source>text that is not UTF-8 in the table {table}</source>
        <translation>テーブル {table} に UTF-8 でないテキストがあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="169"/>
        <source>SQLite cannot read the file: {reason}</source>
        <translation>SQLite がファイルを読み込めません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="186"/>
        <location filename="../../annotator/core/checks.py" line="201"/>
        <source>cannot read further: {reason}</source>
        <translation>これ以上読み込めません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="208"/>
        <source>SQLite&apos;s integrity check failed: {reason}</source>
        <translation>SQLite の整合性チェックに失敗しました:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="211"/>
        <source>SQLite&apos;s integrity check: {problem}</source>
        <translation>SQLite の整合性チェック:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="213"/>
        <source>{table} row {rowid} refers to a row of {parent} that does not exist</source>
        <translation>{table} の行 {rowid} が {parent} の存在しない行を参照しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="221"/>
        <source>the table {table} is missing</source>
        <translation>テーブル {table} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="225"/>
        <source>the table {table} has no column {column}</source>
        <translation>テーブル {table} に列 {column} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="231"/>
        <source>the trigger {name} is missing: the export cache would not follow every change</source>
        <translation>トリガー {name} がありません:エクスポート用キャッシュがすべての変更に追従しなくなります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="244"/>
        <source>a label&apos;s name</source>
        <translation>ラベルの名前</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="245"/>
        <source>a label&apos;s colour</source>
        <translation>ラベルの色</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="246"/>
        <source>a label&apos;s key</source>
        <translation>ラベルのキー</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="247"/>
        <source>a label&apos;s description</source>
        <translation>ラベルの説明</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="249"/>
        <source>label set: {problem}</source>
        <translation>ラベルセット:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="252"/>
        <source>label {name!r}: name, colour, key and description must be text</source>
        <translation>ラベル {name!r}:名前、色、キー、説明はテキストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="258"/>
        <source>label set: label {name!r}: {problem}</source>
        <translation>ラベルセット:ラベル {name!r}:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="261"/>
        <source>label set: the key {key!r} applies both {first} and {second}</source>
        <translation>ラベルセット:キー {key!r} が {first} と {second} の両方に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="273"/>
        <source>a setting&apos;s name</source>
        <translation>設定の名前</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="273"/>
        <source>the setting {key}</source>
        <translation>設定 {key}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="281"/>
        <source>the claim schema</source>
        <translation>主張スキーマ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="288"/>
        <source>the claim schema: {problem}</source>
        <translation>主張スキーマ:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="299"/>
        <source>the rejected suggestions are not a list of [start, end] pairs</source>
        <translation>却下した候補が [start, end] の組のリストではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="310"/>
        <source>the rejected entity suggestions are not a list of [start, end, label, source]</source>
        <translation>却下した固有表現の候補が [start, end, label, source] のリストではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="326"/>
        <source>the document id</source>
        <translation>文書 ID</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="326"/>
        <source>the text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="327"/>
        <source>the status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="331"/>
        <source>the document id must be non-empty text</source>
        <translation>文書 ID は空でないテキストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="333"/>
        <source>the document id is used twice</source>
        <translation>文書 ID が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="336"/>
        <source>the text is stored as {kind}, not as text</source>
        <translation>本文がテキストではなく {kind} として保存されています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="342"/>
        <location filename="../../annotator/core/checks.py" line="382"/>
        <source>status {status!r} is not one of {statuses}</source>
        <translation>状態 {status!r} は {statuses} のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="369"/>
        <source>a version stored under the name {name!r}, which no annotator can have</source>
        <translation>注釈者が持ち得ない名前 {name!r} で保存された版があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="372"/>
        <source>{name}&apos;s version: {problem}</source>
        <translation>{name} の版: {problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="389"/>
        <source>an entity is not an object</source>
        <translation>固有表現がオブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="399"/>
        <source>a claim is not an object</source>
        <translation>主張がオブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="412"/>
        <source>{what}: not valid JSON ({reason})</source>
        <translation>{what}: JSON として正しくありません({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="415"/>
        <source>{what}: not a JSON array</source>
        <translation>{what}: JSON の配列ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="434"/>
        <location filename="../../annotator/core/checks.py" line="467"/>
        <source>{what}: the id</source>
        <translation>{what}:ID</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="435"/>
        <source>{what}: the label</source>
        <translation>{what}:ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="436"/>
        <location filename="../../annotator/core/checks.py" line="468"/>
        <source>{what}: the text</source>
        <translation>{what}:テキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="440"/>
        <source>{what}: the id must be non-empty text</source>
        <translation>{what}:ID は空でないテキストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="442"/>
        <source>{what}: the id is used twice</source>
        <translation>{what}:ID が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="445"/>
        <location filename="../../annotator/core/formats/peers.py" line="65"/>
        <source>{what}: start and end must be integers, not {start!r} and {end!r}</source>
        <translation>{what}:start と end は整数にしてください({start!r} と {end!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="448"/>
        <location filename="../../annotator/core/fields.py" line="43"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="75"/>
        <source>{what}: span {start}–{end} is empty or outside the text (length {length})</source>
        <translation>{what}:範囲 {start}–{end} が空か、テキスト(長さ {length})の外にあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="451"/>
        <location filename="../../annotator/core/fields.py" line="47"/>
        <source>{what}: text {text!r} is not text[{start}:{end}] = {actual!r}</source>
        <translation>{what}:text {text!r} が text[{start}:{end}] = {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="454"/>
        <source>{what}: label {label!r} is not in the project&apos;s label set</source>
        <translation>{what}:ラベル {label!r} はプロジェクトのラベルセットにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="437"/>
        <location filename="../../annotator/core/checks.py" line="456"/>
        <source>{what}: attributes</source>
        <translation>{what}:属性</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="469"/>
        <location filename="../../annotator/core/checks.py" line="471"/>
        <source>{what}: data</source>
        <translation>{what}:データ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="480"/>
        <source>the export cache</source>
        <translation>エクスポート用キャッシュ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="487"/>
        <source>the export cache is not valid JSON: an export would fail or write it</source>
        <translation>エクスポート用キャッシュが JSON として正しくありません:エクスポートが失敗するか、このキャッシュがそのまま書き出されます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="489"/>
        <source>the export cache differs from the document&apos;s entities: an export would write entities that are not in the project</source>
        <translation>エクスポート用キャッシュが文書の固有表現と一致しません:プロジェクトにない固有表現がエクスポートされます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="219"/>
        <location filename="../../annotator/core/formats/doccano.py" line="176"/>
        <location filename="../../annotator/core/formats/entities.py" line="27"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="42"/>
        <source>{what}: must be an object</source>
        <extracomment>The default claim schema (after Full Fact&apos;s claim typology for ``type``). Display names of the default schema&apos;s identifiers, per interface language (English shows the identifiers themselves, written as words). Keys as in ``ClaimSchema.display``.
----------
The fields of an entity object in a record.</extracomment>
        <translation>{what}:オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="432"/>
        <location filename="../../annotator/core/formats/entities.py" line="31"/>
        <source>entity {id}</source>
        <translation>固有表現 {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/fields.py" line="23"/>
        <source>{what}: id must be a non-empty string</source>
        <translation>{what}:id は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="230"/>
        <location filename="../../annotator/core/formats/entities.py" line="36"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="45"/>
        <source>{what}: unknown field {key!r}</source>
        <translation>{what}:不明なフィールド {key!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="233"/>
        <location filename="../../annotator/core/formats/entities.py" line="39"/>
        <source>{what}: missing {key!r}</source>
        <translation>{what}:{key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/entities.py" line="43"/>
        <source>{what}: label must be a non-empty string</source>
        <translation>{what}:label は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/entities.py" line="50"/>
        <source>{what}: text must be a string</source>
        <translation>{what}:text は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/entities.py" line="53"/>
        <source>{what}: attributes must be an object</source>
        <translation>{what}:attributes はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/checks.py" line="466"/>
        <location filename="../../annotator/core/claims.py" line="225"/>
        <source>claim {id}</source>
        <translation>主張 {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="238"/>
        <source>{what}: {key} must be a string or null</source>
        <translation>{what}:{key} は文字列か null にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="241"/>
        <source>{what}: attributes must be an object of strings (the project&apos;s own claim attributes)</source>
        <translation>{what}:attributes は文字列のオブジェクト(プロジェクト独自の主張属性)にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="249"/>
        <source>{what}: claimant refers to entity {ref!r}, which is not in this record</source>
        <translation>{what}:claimant が参照する固有表現 {ref!r} はこのレコードにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="253"/>
        <source>{what}: a source claimant needs a non-empty text</source>
        <translation>{what}:source の claimant には空でない text が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="255"/>
        <source>{what}: claimant must be null or an object with kind entity, source or author</source>
        <translation>{what}:claimant は null か、kind が entity、source、author のオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="262"/>
        <source>{what}: cue must be null or a span object</source>
        <translation>{what}:cue は null か範囲のオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="265"/>
        <source>{what}: arguments must be a list</source>
        <translation>{what}:arguments はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="269"/>
        <source>{what}: arguments[{j}] must be an object with a non-empty role</source>
        <translation>{what}:arguments[{j}] は空でない role を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="275"/>
        <source>{what}: arguments[{j}] ({role}) refers to entity {ref!r}, which is not in this record</source>
        <translation>{what}:arguments[{j}]({role})が参照する固有表現 {ref!r} はこのレコードにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="36"/>
        <source>tokens must be a list</source>
        <translation>tokens はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="48"/>
        <source>{what}: surface must be a string</source>
        <translation>{what}:surface は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="52"/>
        <source>{what}: {key} must be a string</source>
        <translation>{what}:{key} は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="55"/>
        <source>{what}: overlaps the token before it</source>
        <translation>{what}:前のトークンと重なっています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="42"/>
        <source>offsets must be one of {units}, not {value!r}</source>
        <extracomment>A writer calls its ``progress`` callback every this many documents (``Progress``).</extracomment>
        <translation>offsets は {units} のいずれかです({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="96"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="68"/>
        <source>a record must be a JSON object, not {kind}</source>
        <translation>レコードは JSON オブジェクトにしてください({kind} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="100"/>
        <source>missing &apos;text&apos;</source>
        <translation>&apos;text&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="105"/>
        <source>both &apos;label&apos; and &apos;labels&apos;: one list of spans, please</source>
        <translation>&apos;label&apos; と &apos;labels&apos; の両方があります:範囲のリストは 1 つにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="108"/>
        <source>both {key!r} and &apos;entities&apos;: a record has one shape</source>
        <translation>{key!r} と &apos;entities&apos; の両方があります:レコードの形はどちらか一方にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="110"/>
        <source>&apos;relations&apos; without &apos;entities&apos;</source>
        <translation>&apos;entities&apos; がないのに &apos;relations&apos; があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="113"/>
        <source>&apos;annotations&apos; with label numbers is doccano 1.0&apos;s export, which names no label: export again from doccano ≥ 1.2 (JSONL)</source>
        <translation>ラベル番号付きの &apos;annotations&apos; は doccano 1.0 のエクスポートで、ラベル名がありません:doccano 1.2 以降から(JSONL で)エクスポートし直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="144"/>
        <source>{key} must be a list of [start, end, label]</source>
        <translation>{key} は [start, end, label] のリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="150"/>
        <source> (a text classification file? only sequence labelling is read)</source>
        <translation>(テキスト分類のファイルですか?読み込めるのは系列ラベリングだけです)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="152"/>
        <source>{what}: must be [start, end, label], not {value!r}</source>
        <translation>{what}:[start, end, label] にしてください({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="180"/>
        <source>{what}: missing {keys}</source>
        <translation>{what}:{keys} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="184"/>
        <source>{what}: field {key!r} not kept</source>
        <translation>{what}:フィールド {key!r} は保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="189"/>
        <location filename="../../annotator/core/formats/doccano.py" line="221"/>
        <source>{what}: duplicate id {id!r}</source>
        <translation>{what}:ID {id!r} が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="195"/>
        <source>relations must be a list</source>
        <translation>relations はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="201"/>
        <source>{what}: must be an object with from_id, to_id and type</source>
        <translation>{what}:from_id、to_id、type を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="214"/>
        <source>{what}: {role}_id {ref!r} is not an entity of this record</source>
        <translation>{what}:{role}_id {ref!r} はこのレコードの固有表現ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="126"/>
        <source>a claim-sentences record must be a JSON object with the fields {fields}</source>
        <translation>主張文のレコードは、フィールド {fields} を持つ JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="131"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="74"/>
        <source>unknown field {key!r}</source>
        <translation>不明なフィールド {key!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="139"/>
        <source>sentence_id must be a non-negative integer, not {value!r}</source>
        <translation>sentence_id は 0 以上の整数にしてください({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="143"/>
        <source>text must be a non-empty string</source>
        <translation>text は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="147"/>
        <source>start and end must be integers (code points) with 0 ≤ start &lt; end, not {start!r} and {end!r}</source>
        <translation>start と end は 0 ≤ start &lt; end を満たす整数(コードポイント)にしてください({start!r} と {end!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="150"/>
        <source>end − start = {span} but the text has {n} code points</source>
        <translation>end − start = {span} ですが、text は {n} コードポイントです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="154"/>
        <source>label must be one of {labels}, not {value!r}</source>
        <translation>label は {labels} のいずれかにしてください({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="205"/>
        <source>duplicate sentence {id!r} #{n} (first on line {line})</source>
        <translation>文 {id!r} #{n} が重複しています(最初は {line} 行目)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="212"/>
        <source>overlaps a sentence of the same document on line {line} ({start}–{end})</source>
        <translation>{line} 行目にある同じ文書の文({start}–{end})と重なっています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="173"/>
        <source>the file is UTF-16 (it starts with a UTF-16 byte-order mark); JSONL must be UTF-8</source>
        <extracomment>A line longer than this is not read (a record of the longest document, 20 million characters, takes at most 60 MiB as UTF-8); memory stays bounded by it. Lines longer than this are not copied into the rejects file (the reasons are).</extracomment>
        <translation>ファイルが UTF-16 です(UTF-16 のバイト順マークで始まっています)。JSONL は UTF-8 にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="176"/>
        <source>NUL bytes (U+0000) at byte {at} of the line: a binary or UTF-16 file, not UTF-8 JSONL</source>
        <translation>行の {at} バイト目に NUL バイト(U+0000)があります:UTF-8 の JSONL ではなく、バイナリか UTF-16 のファイルです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="208"/>
        <source> (records separated by CR alone, as on old Macs? JSONL needs LF or CRLF line ends)</source>
        <translation> (古い Mac のように CR だけでレコードを区切っていますか? JSONL の行末は LF か CRLF にしてください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="211"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="266"/>
        <source> (a Stockmark file is one JSON list: use --format stockmark or the .json extension)</source>
        <translation> (Stockmark のファイルは 1 つの JSON リストです:--format stockmark を指定するか、拡張子を .json にしてください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="193"/>
        <location filename="../../annotator/core/formats/reading.py" line="66"/>
        <source>line of {size:,} bytes: longer than the limit of {limit} MiB; not read</source>
        <translation>行が {size:,} バイトあり、上限の {limit} MiB を超えています。読み込みません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="242"/>
        <source>CoNLL export: the scheme must be one of {schemes}, not {scheme!r}</source>
        <extracomment>The document marker as written: spaCy&apos;s converter looks for this exact line. The comment keys read (``sent_id`` stands for ``doc_id`` when that is absent).</extracomment>
        <translation>CoNLL エクスポート:scheme は {schemes} のいずれかです({scheme!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="245"/>
        <source>CoNLL export: comments must be yes or no, not {value!r}</source>
        <translation>CoNLL エクスポート:comments は yes か no です({value!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="371"/>
        <source>a second # {key} comment in one document (the first is on line {line})</source>
        <translation>1 つの文書に 2 つ目の # {key} コメントがあります(1 つ目は {line} 行目)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="382"/>
        <source>a token line must be TOKEN&lt;tab&gt;TAG (or more columns, the tag last), not {line!r}</source>
        <translation>トークンの行は TOKEN&lt;tab&gt;TAG(列を増やす場合はタグを最後)にしてください({line!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="411"/>
        <source>document id: {problem}</source>
        <translation>文書 ID:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="414"/>
        <location filename="../../annotator/core/formats/doccano.py" line="81"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="271"/>
        <source>duplicate document id {id!r} (first on line {line})</source>
        <extracomment>Keys of a record that are not metadata.</extracomment>
        <translation>文書 ID {id!r} が重複しています(最初は {line} 行目)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="479"/>
        <source># meta must be a JSON object: {reason}</source>
        <translation># meta は JSON オブジェクトにしてください:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="484"/>
        <source># meta must be a JSON object, not {kind}</source>
        <translation># meta は {kind} ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="498"/>
        <source>the token {token!r} is not what the # text comment (line {text_line}) holds at character {at}: {found!r}</source>
        <translation>トークン {token!r} が、# text コメント({text_line} 行目)の {at} 文字目にある {found!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="508"/>
        <source>the # text comment (line {text_line}) goes on after the last token: {rest!r}</source>
        <translation># text コメント({text_line} 行目)が最後のトークンの後も続いています:{rest!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="355"/>
        <source>label {label!r}: {problem}</source>
        <translation>ラベル {label!r}:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="345"/>
        <source>line {line}: {message}</source>
        <extracomment>Lines of a rejected document copied into the rejects file, at most (the reasons are always). A line of the block was not read or not understood: what the checks across its lines (word numbers, tokens against ``# text``) would say after it follows from that fault.</extracomment>
        <translation>{line} 行目:{message}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="535"/>
        <source>document {id}</source>
        <translation>文書 {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/project_export.py" line="184"/>
        <source>document {id}: status {status!r} is not one of {statuses}; nothing was written</source>
        <extracomment>The C string encoder behind json.dumps(ensure_ascii=False): quotes and escapes one str. What json.dumps(ensure_ascii=False) escapes in a string: anything else is copied as it is. Lines are written in chunks of about this many bytes: one call for many lines.</extracomment>
        <translation>文書 {id}:状態 {status!r} は {statuses} のいずれでもありません。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="195"/>
        <source>document {id}: its export cache is stored in the project file as {kind}, not as text; nothing was written</source>
        <extracomment>The C scanner of the stored meta: RFC 8259 (no NaN, no infinity), no white space around it. One entity as the import caches it, and only as it does: the keys id, start, end, label, text and attributes (``{}``: an entity with attributes is left to the precise check) in this order, integers without sign or leading zero, strings without escapes (so no quote, backslash or control character in them). The groups: id, start, end, label, text. The meta of a document as its bytes: strict RFC 8259 in UTF-8 (no NaN, no infinity, no number that overflows, integers of at most 64 bits), in C. The meta an import writes most: one level, string keys, values strings without escapes or integers of at most 18 digits. Such metas are decoded all at once (each matched on its own first, so that the batch splits where the documents do).</extracomment>
        <translation>文書 {id}:エクスポート用キャッシュがプロジェクトファイルにテキストではなく {kind} として保存されています。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="207"/>
        <source>it holds no entity</source>
        <translation>固有表現を含んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="217"/>
        <source>document {id}: the export cache in the project file is wrong ({problem}); nothing was written</source>
        <translation>文書 {id}:プロジェクトファイルのエクスポート用キャッシュが正しくありません({problem})。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="220"/>
        <source>document {id}: the export cache in the project file is not valid JSON ({reason}); nothing was written</source>
        <translation>文書 {id}:プロジェクトファイルのエクスポート用キャッシュが正しい JSON ではありません({reason})。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="229"/>
        <source>a BLOB</source>
        <translation>BLOB</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="230"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="240"/>
        <source>document {id}: its {field} is stored in the project file as {kind}, not as text; nothing was written</source>
        <translation>文書 {id}:{field} がプロジェクトファイルにテキストではなく {kind} として保存されています。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stored.py" line="252"/>
        <source>document {id}: its meta in the project file is not a JSON object ({meta}); nothing was written</source>
        <translation>文書 {id}:プロジェクトファイル内の meta が JSON オブジェクトではありません({meta})。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/project_export.py" line="258"/>
        <source>document {id}: holds U+{code:04X}, a lone surrogate that UTF-8 cannot encode; nothing was written</source>
        <translation>文書 {id}:UTF-8 で符号化できない孤立サロゲート U+{code:04X} を含んでいます。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/project_export.py" line="261"/>
        <source>document {id}: a value cannot be written as JSON ({reason}); nothing was written</source>
        <translation>文書 {id}:JSON として書き出せない値があります({reason})。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/fields.py" line="24"/>
        <source>id must be a non-empty string</source>
        <translation>id は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/fields.py" line="27"/>
        <source>{what}: id is {n:,} characters long; the limit is {limit:,}</source>
        <translation>{what}:id が {n:,} 文字あります。上限は {limit:,} 文字です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/fields.py" line="29"/>
        <source>id is {n:,} characters long; the limit is {limit:,}</source>
        <translation>id が {n:,} 文字あります。上限は {limit:,} 文字です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/entities.py" line="47"/>
        <location filename="../../annotator/core/formats/peers.py" line="104"/>
        <source>{what}: label {label!r}: {problem}</source>
        <translation>{what}:ラベル {label!r}:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="78"/>
        <location filename="../../annotator/core/formats/peers.py" line="122"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="53"/>
        <source>text must be a string</source>
        <translation>text は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="427"/>
        <location filename="../../annotator/core/formats/conllu.py" line="192"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="81"/>
        <location filename="../../annotator/core/formats/peers.py" line="124"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="55"/>
        <source>text has {n:,} characters; the limit is {limit:,} per document</source>
        <translation>text が {n:,} 文字あります。上限は 1 文書あたり {limit:,} 文字です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="85"/>
        <location filename="../../annotator/core/formats/labelstudio.py" line="291"/>
        <source>meta must be an object</source>
        <translation>meta はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="467"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="87"/>
        <source>status must be one of {values}, not {status!r}</source>
        <translation>status は {values} のいずれかにしてください({status!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="171"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="92"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="58"/>
        <source>entities must be a list</source>
        <translation>entities はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="100"/>
        <location filename="../../annotator/core/formats/stored.py" line="213"/>
        <source>entity {id}: duplicate id</source>
        <translation>固有表現 {id}:ID が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="106"/>
        <source>entity {id}: same span and label as entity {other}</source>
        <translation>固有表現 {id}:固有表現 {other} と範囲もラベルも同じです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="112"/>
        <source>claims must be a list</source>
        <translation>claims はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="119"/>
        <source>claim {id}: duplicate id</source>
        <translation>主張 {id}:ID が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="136"/>
        <source>annotators must be an object (annotator name -&gt; their version)</source>
        <extracomment>What each annotator&apos;s version holds in an ``export --layer all`` record.</extracomment>
        <translation>annotators はオブジェクト(注釈者名 → その版)でなければなりません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="140"/>
        <source>annotators[{name!r}] must be an object</source>
        <translation>annotators[{name!r}] はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="143"/>
        <source>annotators[{name!r}]: unknown field {key!r}</source>
        <translation>annotators[{name!r}]: 不明なフィールド {key!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="146"/>
        <source>annotators[{name!r}]: {problem}</source>
        <translation>annotators[{name!r}]: {problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="189"/>
        <source>not UTF-8: byte 0x{byte:02x} at byte {at} of the line</source>
        <translation>UTF-8 ではありません:行の {at} バイト目にバイト 0x{byte:02x} があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="193"/>
        <source>a byte-order mark (U+FEFF) starts this line: only the first line of a file may begin with one (files joined together?)</source>
        <translation>この行がバイト順マーク(U+FEFF)で始まっています:バイト順マークで始めてよいのはファイルの最初の行だけです(ファイルを連結しましたか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="205"/>
        <location filename="../../annotator/core/formats/labelstudio.py" line="194"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="266"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="286"/>
        <source>invalid JSON at column {column}: {reason}</source>
        <translation>{column} 桁目で JSON が正しくありません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="278"/>
        <source>its annotators&apos; versions are not imported: annotator merge brings an annotator&apos;s work into a project</source>
        <translation>注釈者ごとの版はインポートしません。注釈者の作業は annotator merge でプロジェクトに取り込みます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="201"/>
        <location filename="../../annotator/core/formats/labelstudio.py" line="196"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="271"/>
        <source>invalid JSON: {reason}</source>
        <translation>JSON が正しくありません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="36"/>
        <source>must be an object with curid, text and entities</source>
        <translation>curid、text、entities を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/claim_sentences.py" line="134"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="40"/>
        <source>missing {key!r}</source>
        <translation>{key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="46"/>
        <source>curid must be a string or an integer, not {curid!r}</source>
        <translation>curid は文字列か整数にしてください({curid!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="50"/>
        <source>curid is {n:,} characters long; the limit is {limit:,}</source>
        <translation>curid が {n:,} 文字あります。上限は {limit:,} 文字です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="63"/>
        <source>{what}: needs name, span and type</source>
        <translation>{what}:name、span、type が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="69"/>
        <source>{what}: span must be [start, end] integers, not {span!r}</source>
        <translation>{what}:span は整数の [start, end] にしてください({span!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="79"/>
        <source>{what}: name {name!r} is not text[{start}:{end}] = {actual!r}</source>
        <translation>{what}:name {name!r} が text[{start}:{end}] = {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="206"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="82"/>
        <source>{what}: type must be a non-empty string</source>
        <translation>{what}:type は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="84"/>
        <source>{what}: type {label!r}: {problem}</source>
        <translation>{what}:type {label!r}:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="89"/>
        <source>two entities have the same span and type</source>
        <translation>範囲も種類も同じ固有表現が 2 つあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="196"/>
        <source>the file is UTF-16 (it starts with a UTF-16 byte-order mark); a Stockmark file must be UTF-8</source>
        <extracomment>An integer the strict decoder reads as one (Python&apos;s digit limit is far above). The keys of a record and of an entity as they are written. msgspec, like ``json``, keeps the last of a repeated key: each must be written exactly once per object (counted in the file).</extracomment>
        <translation>ファイルが UTF-16 です(UTF-16 のバイト順マークで始まっています)。Stockmark のファイルは UTF-8 にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="117"/>
        <source>empty file: a Label Studio export is a JSON list of tasks</source>
        <extracomment>A note lists at most this many regions of cancelled annotations.</extracomment>
        <translation>空のファイルです:Label Studio のエクスポートはタスクの JSON リストです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="131"/>
        <source>a Label Studio export is a JSON list of tasks, not {kind}</source>
        <translation>Label Studio のエクスポートはタスクの JSON リストです({kind} ではありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="139"/>
        <source>expecting &apos;,&apos; or &apos;]&apos; after task {i}</source>
        <translation>タスク {i} の後に &apos;,&apos; か &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="162"/>
        <source>the file is UTF-16 (it starts with a UTF-16 byte-order mark); Label Studio writes UTF-8</source>
        <translation>UTF-16 のファイルです(UTF-16 のバイト順マークで始まっています)。Label Studio が書き出すのは UTF-8 です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="166"/>
        <source>NUL bytes: a binary file, not UTF-8 JSON</source>
        <translation>NUL バイトがあります:UTF-8 の JSON ではなくバイナリファイルです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="170"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="203"/>
        <source>not UTF-8 ({reason} at byte {at})</source>
        <translation>UTF-8 ではありません({at} バイト目:{reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="218"/>
        <source>duplicate document id {id!r} (first in task {first})</source>
        <translation>文書 ID {id!r} が重複しています(最初はタスク {first})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="244"/>
        <source>a task must be a JSON object, not {kind}</source>
        <translation>タスクは {kind} ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="249"/>
        <source> (a JSON-MIN export? export the project as JSON, which says where the text is)</source>
        <translation>(JSON-MIN 形式のエクスポートですか?テキストの場所がわかる JSON 形式でプロジェクトをエクスポートしてください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="251"/>
        <source>a task needs a data object holding the text</source>
        <translation>タスクにはテキストを持つ data オブジェクトが必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="257"/>
        <source>data has no &apos;text&apos; and {n} string fields ({keys}): say which holds the text</source>
        <translation>data に &apos;text&apos; がなく、文字列のフィールドが {n} 個あります({keys}):どれがテキストかを指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="274"/>
        <source>drafts not imported</source>
        <translation>下書き(drafts)は取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="306"/>
        <source>annotations must be a list of objects</source>
        <translation>annotations はオブジェクトのリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="315"/>
        <source>annotations {ids} not imported: only the first that is not cancelled is</source>
        <translation>アノテーション {ids} は取り込んでいません:取り込むのは取り消されていない最初の 1 つだけです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="338"/>
        <source>the regions of cancelled annotations are not imported: {regions}</source>
        <translation>取り消されたアノテーションの領域はインポートしません: {regions}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="343"/>
        <source>predictions must be a list of objects</source>
        <translation>predictions はオブジェクトのリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="349"/>
        <source>predictions[{j}]: score must be a number</source>
        <translation>predictions[{j}]:score は数値にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="365"/>
        <source>{what}: result must be a list</source>
        <translation>{what}:result はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="372"/>
        <source>{where}: must be an object</source>
        <translation>{where}:オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="379"/>
        <source>{where}: a result of type {type!r} not kept</source>
        <translation>{where}:型 {type!r} の result は保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="385"/>
        <source>{where}: value must be an object</source>
        <translation>{where}:value はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="390"/>
        <source>{where}: labels must be a non-empty list</source>
        <translation>{where}:labels は空でないリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="397"/>
        <source>{where}: duplicate region id {id!r}</source>
        <translation>{where}:領域 ID {id!r} が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="439"/>
        <source>{where}: value.text must be a string</source>
        <translation>{where}:value.text は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="445"/>
        <source>in code points (nor in UTF-16 units)</source>
        <translation>コードポイント単位、UTF-16 単位とも</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="446"/>
        <source>in code points</source>
        <translation>コードポイント単位</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="447"/>
        <source>in UTF-16 units</source>
        <translation>UTF-16 単位</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="448"/>
        <source>{where}: value.text {shown!r} is not the text at {start}–{end} {unit}: {actual!r}</source>
        <translation>{where}:value.text {shown!r} が {start}–{end}({unit})のテキストと一致しません:{actual!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="469"/>
        <source>{where}: {role}_id {ref!r} is not a labels region of this annotation</source>
        <translation>{where}:{role}_id {ref!r} はこのアノテーションの labels 領域ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="477"/>
        <source>{where}: direction {direction!r} kept as from→to</source>
        <translation>{where}:direction {direction!r} は from→to として保持しました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="481"/>
        <source>{where}: labels must be a list of strings</source>
        <translation>{where}:labels は文字列のリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="484"/>
        <source>{where}: labels after the first not kept</source>
        <translation>{where}:2 つ目以降のラベルは保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="235"/>
        <source>empty file: a Stockmark NER file is a JSON list of records</source>
        <translation>空のファイルです:Stockmark NER のファイルはレコードの JSON リストです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="237"/>
        <source>a Stockmark NER file is a JSON list of records; this one starts with an object (JSONL, one record per line? use --format jsonl or the .jsonl extension)</source>
        <translation>Stockmark NER のファイルはレコードの JSON リストですが、このファイルはオブジェクトで始まっています(1 行 1 レコードの JSONL ですか? --format jsonl を指定するか、拡張子を .jsonl にしてください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="241"/>
        <source>a Stockmark NER file is a JSON list of records</source>
        <translation>Stockmark NER のファイルはレコードの JSON リストです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="157"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="252"/>
        <source>unexpected text after the list</source>
        <translation>リストの後に余分なテキストがあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="256"/>
        <source>expecting &apos;,&apos; or &apos;]&apos; after record {i}</source>
        <translation>レコード {i} の後に &apos;,&apos; か &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="270"/>
        <source>record {i}, line {line}</source>
        <translation>レコード {i}({line} 行目)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="66"/>
        <source>starts with a {enc} byte-order mark but is not valid {enc}: {reason} at byte {at}</source>
        <extracomment>Files larger than this are refused (one project row per document; split the file first).</extracomment>
        <translation>{enc} のバイト順マークで始まっていますが、{enc} として正しくありません:{at} バイト目で {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="72"/>
        <source>binary file (NUL bytes and no UTF-16 byte-order mark): U+0000 (NUL) on line {line}; not imported</source>
        <translation>バイナリファイルです(NUL バイトがあり、UTF-16 のバイト順マークがありません):{line} 行目に U+0000 (NUL) があります。インポートしません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="118"/>
        <source>the file name is not valid UTF-8 (it becomes the document id); rename the file</source>
        <translation>ファイル名が UTF-8 として正しくありません(ファイル名が文書 ID になります)。ファイル名を変えてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="87"/>
        <source>not a folder of brat .txt and .ann files</source>
        <translation>brat の .txt と .ann ファイルのフォルダではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="90"/>
        <source>no .txt or .ann files in this folder</source>
        <translation>このフォルダには .txt ファイルも .ann ファイルもありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="164"/>
        <source>must be an object with file, id, status and meta</source>
        <translation>file、id、status、meta を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="177"/>
        <source>no .txt file beside it: brat needs {name}.txt</source>
        <translation>隣に .txt ファイルがありません:brat には {name}.txt が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="190"/>
        <source>no .ann file: imported without annotations</source>
        <translation>.ann ファイルがありません:アノテーションなしで取り込みました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="197"/>
        <source>the file name (it becomes the document id)</source>
        <translation>ファイル名(文書 ID になります)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="200"/>
        <location filename="../../annotator/core/formats/txt.py" line="122"/>
        <source>the file name holds {problem} (it becomes the document id); rename the file</source>
        <translation>ファイル名に {problem} が含まれています(ファイル名が文書 ID になります)。ファイル名を変えてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="204"/>
        <source>line {n}</source>
        <translation>{n} 行目</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="223"/>
        <source>the file is UTF-16 (it starts with a UTF-16 byte-order mark); brat reads UTF-8</source>
        <translation>UTF-16 のファイルです(UTF-16 のバイト順マークで始まっています)。brat が読むのは UTF-8 です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="227"/>
        <source>NUL bytes: a binary file, not UTF-8 text</source>
        <translation>NUL バイトがあります:UTF-8 のテキストではなくバイナリファイルです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="232"/>
        <source>not UTF-8 ({reason} at byte {at}); brat reads UTF-8</source>
        <translation>UTF-8 ではありません({at} バイト目で {reason})。brat が読むのは UTF-8 です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="237"/>
        <source>{n:,} characters is too long for one document (the limit is {limit:,})</source>
        <translation>{n:,} 文字は 1 文書には長すぎます(上限は {limit:,} 文字)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="281"/>
        <source>no tab after the annotation id {id!r}</source>
        <translation>アノテーション ID {id!r} の後にタブがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="284"/>
        <source>{where}: equivalence {line!r} not kept</source>
        <translation>{where}:同値関係 {line!r} は保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="288"/>
        <source>{id!r} is not a brat annotation id (T1, E1, R1, A1, #1…)</source>
        <translation>{id!r} は brat のアノテーション ID(T1、E1、R1、A1、#1…)ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="292"/>
        <source>duplicate annotation id {id}</source>
        <translation>アノテーション ID {id} が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="305"/>
        <source>relation {id}: expected &apos;TYPE ROLE:ID ROLE:ID&apos;, not {data!r}</source>
        <translation>関係 {id}:&apos;TYPE ROLE:ID ROLE:ID&apos; の形式にしてください({data!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="312"/>
        <source>attribute {id}: expected &apos;NAME TARGET [VALUE]&apos;, not {data!r}</source>
        <translation>属性 {id}:&apos;NAME TARGET [VALUE]&apos; の形式にしてください({data!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="319"/>
        <source>note {id}: expected &apos;TYPE TARGET&apos;, not {data!r}</source>
        <translation>注記 {id}:&apos;TYPE TARGET&apos; の形式にしてください({data!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="324"/>
        <source>{where}: normalization {id} not kept</source>
        <translation>{where}:正規化 {id} は保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="326"/>
        <source>unknown kind of annotation {id!r}</source>
        <translation>不明な種類のアノテーション {id!r} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="331"/>
        <source>{id} is discontinuous ({offsets}): an entity is one span; not imported</source>
        <translation>{id} は不連続です({offsets}):固有表現は 1 つの範囲です。取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="336"/>
        <source>{id}: expected &apos;LABEL START END&apos;, not {data!r}</source>
        <translation>{id}:&apos;LABEL START END&apos; の形式にしてください({data!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="341"/>
        <source>{id}: span {start}–{end} is empty or outside the text (length {length})</source>
        <translation>{id}:範囲 {start}–{end} が空か、テキスト(長さ {length})の外にあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="347"/>
        <source>{id}: text {text!r} is not the text at {start}–{end}, {actual!r}</source>
        <translation>{id}:テキスト {text!r} が {start}–{end} のテキスト {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="360"/>
        <source>event {id}: expected &apos;TYPE:TRIGGER ROLE:ID…&apos;, not {data!r}</source>
        <translation>イベント {id}:&apos;TYPE:TRIGGER ROLE:ID…&apos; の形式にしてください({data!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="376"/>
        <source>event {id}: its trigger {trigger} is not a text-bound annotation of type {type}</source>
        <translation>イベント {id}:トリガー {trigger} が型 {type} のテキスト範囲アノテーションではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="399"/>
        <source>{where}: {id}: argument {role}:{ref} is not an entity (an event or a trigger); not kept</source>
        <translation>{where}:{id}:項 {role}:{ref} は固有表現ではありません(イベントかトリガーです)。保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="403"/>
        <source>{id}: argument {role}:{ref} refers to no annotation</source>
        <translation>{id}:項 {role}:{ref} が参照するアノテーションがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="412"/>
        <source>{where}: a second attribute {name} of {target}; not kept</source>
        <translation>{where}:{target} の 2 つ目の属性 {name} です。保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="442"/>
        <source>{where}: {name} of {target} not kept</source>
        <translation>{where}:{target} の {name} は保持していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="445"/>
        <source>{name} of {target}, which is no annotation</source>
        <translation>アノテーションではない {target} の {name} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="157"/>
        <source>empty file: no text to import</source>
        <translation>空のファイルです:インポートするテキストがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="158"/>
        <source>only white space: no text to import</source>
        <translation>空白だけです:インポートするテキストがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="90"/>
        <source>not text in a supported encoding (UTF-8, UTF-16 with BOM, Shift_JIS/CP932, EUC-JP)</source>
        <translation>対応する文字コード(UTF-8、BOM 付き UTF-16、Shift_JIS/CP932、EUC-JP)のテキストではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/inputs.py" line="96"/>
        <source>file too large ({size:.0f} MiB; the limit is {limit} MiB): split it first</source>
        <translation>ファイルが大きすぎます({size:.0f} MiB、上限は {limit} MiB)。先に分割してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="162"/>
        <source>{n:,} characters is too long for one document; use --split lines or --split paragraphs</source>
        <translation>{n:,} 文字は 1 文書には長すぎます。行ごとか段落ごとに分けて取り込んでください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="51"/>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="53"/>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="55"/>
        <source>a regular file</source>
        <translation>通常のファイル</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="84"/>
        <source>disk full (no space left on device)</source>
        <translation>ディスクがいっぱいです(デバイスに空き容量がありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="92"/>
        <source>file too large: the file size limit (ulimit -f) of {limit} bytes is reached</source>
        <translation>ファイルが大きすぎます:ファイルサイズの上限(ulimit -f)の {limit} バイトに達しました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="101"/>
        <source>the file system is mounted read-only</source>
        <translation>ファイルシステムが読み取り専用でマウントされています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="103"/>
        <source>the file cannot be written (its permissions, or it is immutable)</source>
        <translation>ファイルに書き込めません(アクセス権のため、または変更不可に設定されています)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="105"/>
        <source>the folder {folder} does not allow creating files, and SQLite needs {name}-wal and {name}-shm beside the project to write it</source>
        <translation>フォルダ {folder} にはファイルを作成できませんが、SQLite がプロジェクトに書き込むには、その隣に {name}-wal と {name}-shm が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="111"/>
        <source>{file} cannot be written</source>
        <translation>{file} に書き込めません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="112"/>
        <source>SQLite cannot write to it</source>
        <translation>SQLite が書き込めません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="253"/>
        <source>{file} (SQLite&apos;s own file beside the project) is {kind}, not a file</source>
        <extracomment>Files this process holds SQLite connections to, by (device, inode): how many connections. Closing *any* descriptor of a file drops every POSIX lock the process holds on it, the locks of SQLite&apos;s connections included (their writes would then race other processes&apos;); so such a file is never opened to read its flags: the answer read before the first connection is kept.</extracomment>
        <translation>{file}(プロジェクトの隣にある SQLite 自身のファイル)がファイルではなく {kind} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="264"/>
        <source>the folder {folder} does not exist</source>
        <translation>フォルダ {folder} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="266"/>
        <source>it is a folder</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="268"/>
        <location filename="../../annotator/core/outputs.py" line="274"/>
        <location filename="../../annotator/core/projectfile.py" line="86"/>
        <source>permission denied</source>
        <translation>アクセス権がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="270"/>
        <source>cannot create files in the folder {folder}</source>
        <translation>フォルダ {folder} にファイルを作成できません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="273"/>
        <source>its write-ahead log {file} cannot be read</source>
        <translation>先行書き込みログ {file} を読み込めません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="275"/>
        <source>the folder {folder} is read-only and SQLite needs to create {name}-shm there to read the project&apos;s write-ahead log {name}-wal</source>
        <translation>フォルダ {folder} が読み取り専用ですが、SQLite がプロジェクトの先行書き込みログ {name}-wal を読むには、そこに {name}-shm を作成する必要があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="278"/>
        <source>SQLite cannot open it</source>
        <translation>SQLite が開けません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="290"/>
        <source>{path}: the project file is damaged ({reason}); `annotator check {path}` lists what is wrong</source>
        <translation>{path}:プロジェクトファイルが壊れています({reason})。`annotator check {path}` で問題の一覧を確認できます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="304"/>
        <location filename="../../annotator/core/faults.py" line="354"/>
        <source>{path}: the project is busy: another program is writing to it (waited {seconds:g} s; try again when it has finished)</source>
        <translation>{path}:プロジェクトは使用中です:別のプログラムが書き込んでいます({seconds:g} 秒待ちました。終わってからやり直してください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="308"/>
        <location filename="../../annotator/core/projectfile.py" line="91"/>
        <source>{path}: disk full: no space left on device to write the project</source>
        <translation>{path}:ディスクがいっぱいです:プロジェクトを書き込む空き容量がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="314"/>
        <source>{path}: cannot write the project: {reason}</source>
        <translation>{path}:プロジェクトに書き込めません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="318"/>
        <location filename="../../annotator/core/faults.py" line="331"/>
        <source>{path}: cannot open the project: {reason}</source>
        <translation>{path}:プロジェクトを開けません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="320"/>
        <source>{path}: input/output error ({name}: {reason})</source>
        <translation>{path}:入出力エラー({name}:{reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="229"/>
        <location filename="../../annotator/core/database.py" line="59"/>
        <location filename="../../annotator/core/faults.py" line="323"/>
        <location filename="../../annotator/core/serverdb.py" line="402"/>
        <location filename="../../annotator/core/store.py" line="156"/>
        <source>{path}: read-only: {reason}</source>
        <translation>{path}:読み取り専用です:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="328"/>
        <source>{path}: not an annotator project file (not an SQLite database)</source>
        <translation>{path}:annotator のプロジェクトファイルではありません(SQLite データベースではありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="334"/>
        <location filename="../../annotator/core/projectfile.py" line="71"/>
        <source>{path}: permission denied</source>
        <translation>{path}:アクセス権がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="336"/>
        <source>{path}: out of memory</source>
        <translation>{path}:メモリが足りません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="338"/>
        <source>{path}: a value is too big for the project file</source>
        <translation>{path}:プロジェクトファイルに収まらない大きな値があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="341"/>
        <source>{path}: SQLite error: {reason}</source>
        <translation>{path}:SQLite のエラー:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="348"/>
        <source>{url}: the connection to the server was lost while it was saving ({reason}); the edit is there whole or not at all: reconnect to see which</source>
        <translation>{url}: 保存中にサーバーとの接続が切れました ({reason})。編集はすべて保存されたか、まったく保存されていないかのどちらかです。再接続して確かめてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="351"/>
        <source>{url}: the connection to the server is lost ({reason}); nothing was written</source>
        <translation>{url}: サーバーとの接続が切れています ({reason})。何も書き込まれていません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="358"/>
        <source>{url}: your role may not do this ({reason}); nothing was written</source>
        <translation>{url}: このロールにはこの操作の権限がありません ({reason})。何も書き込まれていません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="361"/>
        <source>{url}: not an annotator project, or one this role may not read ({reason})</source>
        <translation>{url}: annotator のプロジェクトではないか、このロールでは読めないプロジェクトです ({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="363"/>
        <source>{url}: PostgreSQL error: {reason}</source>
        <translation>{url}: PostgreSQL のエラー: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="376"/>
        <source>text that is not UTF-8 in column {column!r}</source>
        <extracomment>How Python&apos;s sqlite3 says a TEXT value is not UTF-8, quoting the value (raw bytes of a damaged file, hundreds of them): only the column is kept.</extracomment>
        <translation>列 {column!r} に UTF-8 でないテキストがあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="386"/>
        <source>{path}: disk full (no space left on device)</source>
        <translation>{path}:ディスクがいっぱいです(デバイスに空き容量がありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="390"/>
        <source>{path}: file too large: the file size limit (ulimit -f) of {limit} bytes is reached</source>
        <translation>{path}:ファイルが大きすぎます:ファイルサイズの上限(ulimit -f)の {limit} バイトに達しました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="392"/>
        <source>{path}: file too large</source>
        <translation>{path}:ファイルが大きすぎます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="394"/>
        <source>{path}: disk quota exceeded</source>
        <translation>{path}:ディスククォータを超えました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="396"/>
        <source>{path}: read-only file system</source>
        <translation>{path}:読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/faults.py" line="398"/>
        <source>{path}: cannot write: {reason}</source>
        <translation>{path}:書き込めません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="80"/>
        <source>{path!r}: standard output is not supported; give a file name (-o OUT.jsonl)</source>
        <extracomment>The first bytes of a project file, as far as ``has_project_header`` reads them.</extracomment>
        <translation>{path!r}:標準出力には対応していません。ファイル名を指定してください(-o OUT.jsonl)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="91"/>
        <location filename="../../annotator/core/outputs.py" line="110"/>
        <source>{path}: a device or a file of the system ({target}), not a file an export may write</source>
        <translation>{path}:デバイスかシステムのファイル({target})で、エクスポートで書き出せるファイルではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="97"/>
        <source>{path}: a symbolic link to {target}, which does not exist; give the file name itself</source>
        <translation>{path}:存在しない {target} へのシンボリックリンクです。ファイル名そのものを指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="102"/>
        <location filename="../../annotator/core/outputs.py" line="136"/>
        <location filename="../../annotator/core/projectfile.py" line="65"/>
        <source>{path}: a symbolic link loop</source>
        <translation>{path}:シンボリックリンクがループしています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="106"/>
        <source>{path}: a symbolic link to {kind} ({target}); not written</source>
        <translation>{path}:{kind}({target})へのシンボリックリンクです。書き出しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="117"/>
        <source>{path}: is {kind}, not a regular file; not written</source>
        <translation>{path}:通常のファイルではなく {kind} です。書き出しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="120"/>
        <source>{path}: is the project being exported; an export never overwrites a project</source>
        <translation>{path}:エクスポート中のプロジェクトです。エクスポートでプロジェクトを上書きすることはありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="125"/>
        <source>{path}: the file is read-only; not overwritten</source>
        <translation>{path}:ファイルが読み取り専用です。上書きしません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="132"/>
        <location filename="../../annotator/core/projectfile.py" line="69"/>
        <source>{path}: a part of the path is a file, not a folder</source>
        <translation>{path}:パスの途中がフォルダではなくファイルです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="134"/>
        <location filename="../../annotator/core/projectfile.py" line="67"/>
        <source>{path}: file name too long</source>
        <translation>{path}:ファイル名が長すぎます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="228"/>
        <source>{path}: cannot be read to make sure it is not a project file ({reason}); not overwritten</source>
        <translation>{path}:プロジェクトファイルでないことを確かめるための読み込みができません({reason})。上書きしません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="232"/>
        <source>{path}: is not a regular file; not written</source>
        <translation>{path}:通常のファイルではありません。書き出しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="234"/>
        <source>{path}: is an annotator project file; an export never overwrites a project</source>
        <translation>{path}:annotator のプロジェクトファイルです。エクスポートでプロジェクトを上書きすることはありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="237"/>
        <source>{path}: is an SQLite database in use (its write-ahead log is beside it); not overwritten</source>
        <translation>{path}:使用中の SQLite データベースです(隣に先行書き込みログがあります)。上書きしません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="240"/>
        <source>{path}: is an SQLite database; an export never overwrites a database</source>
        <translation>{path}:SQLite データベースです。エクスポートはデータベースを上書きしません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="250"/>
        <source>{path}: is the {what} of the project {project}; not written</source>
        <translation>{path}:プロジェクト {project} の {what} です。書き出しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="253"/>
        <source>{path}: is the {what} of the SQLite database {database}; not written</source>
        <translation>{path}:SQLite データベース {database} の {what} です。書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="261"/>
        <source>{path}: {folder} is not a folder</source>
        <translation>{path}:{folder} はフォルダではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="264"/>
        <source>{path}: cannot create files in the folder {folder} ({reason})</source>
        <translation>{path}:フォルダ {folder} にファイルを作成できません({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/creating.py" line="230"/>
        <location filename="../../annotator/core/outputs.py" line="271"/>
        <location filename="../../annotator/core/projectfile.py" line="85"/>
        <source>read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="312"/>
        <source>{path}: cannot create a file in the folder {folder}: {reason}</source>
        <translation>{path}:フォルダ {folder} にファイルを作成できません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/outputs.py" line="343"/>
        <source>{problem}; nothing was written</source>
        <translation>{problem}。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/strings.py" line="67"/>
        <source>lone surrogate {char} at character {at} (half of a UTF-16 pair, not a character)</source>
        <extracomment>Characters refused in every string read from a file (see the module docstring). One document may not exceed this many characters (a text file: unless split into lines). Document, entity and claim ids: at most this many characters. JSON objects and arrays inside ``meta`` or ``attributes``: at most this deep.</extracomment>
        <translation>{at} 文字目の孤立サロゲート {char}(UTF-16 のペアの片割れで、文字ではありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/strings.py" line="69"/>
        <source>control character {char} at character {at}</source>
        <translation>{at} 文字目の制御文字 {char}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/strings.py" line="122"/>
        <source>{what}: nested more than {depth} levels deep</source>
        <extracomment>Paths in messages name at most this many levels (``meta[&apos;a&apos;][&apos;b&apos;]…``).</extracomment>
        <translation>{what}:入れ子が {depth} 段より深くなっています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/strings.py" line="130"/>
        <source>{what}: key {key!r}: {problem}</source>
        <translation>{what}:キー {key!r}:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/strings.py" line="138"/>
        <source>{what}: {number} is not a JSON number</source>
        <translation>{what}:{number} は JSON の数値ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/strings.py" line="151"/>
        <source>field {key!r}: {problem}</source>
        <translation>フィールド {key!r}:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/strictjson.py" line="43"/>
        <source>{name} is not valid JSON (JSON numbers are finite)</source>
        <translation>{name} は JSON として正しくありません(JSON の数値は有限です)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/strictjson.py" line="49"/>
        <source>the number {number} is too large: it overflows to infinity</source>
        <translation>数値 {number} が大きすぎます:無限大にあふれます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/strictjson.py" line="60"/>
        <source>duplicate key {key!r} in one object</source>
        <translation>1 つのオブジェクト内でキー {key!r} が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/strictjson.py" line="75"/>
        <source>nested too deeply to read (arrays or objects inside each other hundreds of levels deep)</source>
        <extracomment>What ``loads`` calls: (text, start index) -&gt; (value, end index).</extracomment>
        <translation>入れ子が深すぎて読み込めません(配列やオブジェクトが何百段も入れ子になっています)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/strictjson.py" line="79"/>
        <source>an integer with more than {limit} digits is not accepted</source>
        <translation>{limit} 桁を超える整数は受け付けません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/strictjson.py" line="113"/>
        <source>control character {char} not escaped inside a string</source>
        <translation>文字列内に、エスケープされていない制御文字 {char} があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="262"/>
        <source>attribution cue “{cue}”: the source “{who}” is named before it</source>
        <extracomment>Counters and currencies that make a number a quantity (besides UniDic&apos;s 助数詞 classes). Attribution before the claim: the source precedes the cue, the claim follows it. Reporting verbs after the claim (…と述べた): the claimant is the sentence&apos;s topic. Predictions: a verb after the claim (と予測) or a word in it (見込み, 予定...). Passive frames that hedge and name nobody (…とみられる: &quot;it is thought that&quot;). Hedges within the claim: the author&apos;s own modality. Cues that take what comes before them as the claim (a quotative と or を, or a verbal noun). &quot;Treat as&quot; after a noun, &quot;report&quot; after a predicate. Sources that belong to someone named before の (ロイターの報道, 同社の発表, 政府の調査). Units of dates and times of day: 2010年, 3月5日, 10時 state when, not how much.</extracomment>
        <translation>出典の手がかり語「{cue}」:その前に情報源「{who}」が示されています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="264"/>
        <source>attribution cue “{cue}”: no source is named before it</source>
        <translation>出典の手がかり語「{cue}」:その前に情報源が示されていません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="270"/>
        <source>hedge “{cue}”</source>
        <translation>ぼかし表現「{cue}」</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="272"/>
        <source>passive “{cue}”: the sentence does not name who says so</source>
        <translation>受け身「{cue}」:誰が述べているかが文中に示されていません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="274"/>
        <source>prediction cue “{cue}”</source>
        <translation>予測の手がかり語「{cue}」</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="275"/>
        <source>prediction verb</source>
        <translation>予測動詞</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="276"/>
        <source>reporting verb</source>
        <translation>伝達動詞</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="278"/>
        <source>{verb} “{cue}”: the claimant is the topic “{who}” before は/が</source>
        <translation>{verb}「{cue}」:主張者は「は/が」の前の主題「{who}」です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="281"/>
        <source>{verb} “{cue}”: no topic before it; the claimant is the attribution&apos;s source</source>
        <translation>{verb}「{cue}」:前に主題がないため、出典の情報源を主張者とします</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="283"/>
        <source>{verb} “{cue}”: no topic before it names the claimant</source>
        <translation>{verb}「{cue}」:前に主張者を示す主題がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/suggest.py" line="321"/>
        <source>a number with a counter: “{text}”</source>
        <translation>助数詞付きの数値:「{text}」</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/aozora.py" line="211"/>
        <source>only Aozora Bunko markup: no text to import</source>
        <extracomment>Line terminators kept as they are: the base text has the file&apos;s own line breaks. Markup a file must hold to be taken for Aozora Bunko text: a ruby with or without ``｜``.</extracomment>
        <translation>青空文庫の注記だけです:インポートするテキストがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="124"/>
        <source>a comment line among the word lines: a sentence&apos;s comments come before its words</source>
        <extracomment>The word lines (line, fields); fields None for a line not read or not understood.</extracomment>
        <translation>語の行の間にコメント行があります:文のコメントは語の前に置いてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="134"/>
        <source>a word line has 10 fields separated by tabs; this one has {n}</source>
        <translation>語の行はタブ区切りで 10 フィールドですが、この行は {n} フィールドです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="154"/>
        <source>a second # sent_id in one sentence</source>
        <translation>1 つの文に 2 つ目の # sent_id があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="158"/>
        <source>a second # text in one sentence</source>
        <translation>1 つの文に 2 つ目の # text があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="174"/>
        <source>duplicate sent_id {id!r} (first on line {line})</source>
        <translation>sent_id {id!r} が重複しています(最初は {line} 行目)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="185"/>
        <source># text is not what the words give (their FORM and SpaceAfter=No): at character {at} # text has {text!r}, the words {words!r}</source>
        <translation># text が語(FORM と SpaceAfter=No)から得られるテキストと一致しません:{at} 文字目で # text は {text!r}、語は {words!r} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="196"/>
        <source>sentence {id}</source>
        <translation>文 {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="231"/>
        <source>a second tag NE={tag} in MISC not imported: a word has one (NE={first} is read)</source>
        <translation>MISC の 2 つ目のタグ NE={tag} はインポートしません: 1 語に 1 つです(NE={first} を読みます)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="236"/>
        <source>an empty node carries NE={tag}: empty nodes have no text; not imported</source>
        <translation>空ノードに NE={tag} があります:空ノードにはテキストがありません。取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="245"/>
        <source>multiword token {id}: expected a range starting at word {next}</source>
        <translation>複合語トークン {id}:語 {next} から始まる範囲が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="255"/>
        <source>word {id}: expected word {next}</source>
        <translation>語 {id}:語 {next} が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="265"/>
        <source>the ID {id!r} is not a word (1), a multiword token (1-2) or an empty node (1.1)</source>
        <translation>ID {id!r} は語(1)、複合語トークン(1-2)、空ノード(1.1)のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="270"/>
        <source>the FORM column is empty</source>
        <translation>FORM 列が空です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="280"/>
        <source>the multiword token ends at word {end}, after the sentence&apos;s last word</source>
        <translation>複合語トークンが、文の最後の語より後の語 {end} で終わっています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="283"/>
        <source>a sentence without words</source>
        <translation>語のない文です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="299"/>
        <source>the entity {label} on words {a}–{b} starts or ends inside the multiword token {form!r} (line {line}): not imported</source>
        <translation>語 {a}–{b} の固有表現 {label} が複合語トークン {form!r}({line} 行目)の途中で始まるか終わっています:取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="40"/>
        <source>{path!r}: give the name of a new folder (-o OUT)</source>
        <translation>{path!r}:新しいフォルダの名前を指定してください(-o OUT)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="51"/>
        <source>{path}: a symbolic link; give a new folder or an empty one itself</source>
        <translation>{path}:シンボリックリンクです。新しいフォルダか、空のフォルダそのものを指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="54"/>
        <source>{path}: exists and is not a folder; this export writes a folder and never replaces a file</source>
        <translation>{path}:フォルダではないものがすでにあります。このエクスポートはフォルダを書き出すもので、ファイルを置き換えることはありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="63"/>
        <source>{path}: the folder is not empty; give a new or empty folder (nothing in it is replaced)</source>
        <translation>{path}:フォルダが空ではありません。新しいフォルダか空のフォルダを指定してください(中身を置き換えることはありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="78"/>
        <source>--format {format} needs the optional package {package}, which is not installed: pip install &apos;annotator[{extra}]&apos; (the standalone program has no optional packages; export --format jsonl there); nothing was written</source>
        <translation>--format {format} にはオプションのパッケージ {package} が必要ですが、インストールされていません:pip install &apos;annotator[{extra}]&apos;(スタンドアロン版にはオプションのパッケージがないため、そちらでは --format jsonl でエクスポートしてください)。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="103"/>
        <source>{path}: cannot create a folder in {folder}: {reason}</source>
        <translation>{path}:{folder} にフォルダを作成できません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/folders.py" line="120"/>
        <source>{path}: cannot be put in place ({reason}); nothing was written</source>
        <translation>{path}:所定の場所に置けません({reason})。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/hf.py" line="158"/>
        <source>document {id}: claim {claim}: {field} is not a string or null; nothing was written</source>
        <extracomment>A column: (name, &quot;string&quot; | &quot;int64&quot;) or (name, [columns of the list&apos;s structs]). Built-in claim fields that are a string or null. Claim fields written as JSON text (free-form objects and lists).</extracomment>
        <translation>文書 {id}:主張 {claim}:{field} が文字列でも null でもありません。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/hf.py" line="193"/>
        <source>a value holds a lone surrogate, which UTF-8 cannot encode; nothing was written</source>
        <translation>UTF-8 で符号化できない孤立サロゲートを含む値があります。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/hf.py" line="260"/>
        <source>no document to export{which}: datasets cannot load a split without rows; nothing was written</source>
        <translation>エクスポートする文書がありません{which}:datasets は行のない split を読み込めません。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/hf.py" line="262"/>
        <source> with status {status}</source>
        <translation>(状態 {status})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="69"/>
        <source>UTF-16 code units</source>
        <translation>UTF-16 コード単位</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="70"/>
        <source>characters</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="71"/>
        <source>{what}: span {start}–{end} is empty or outside the text (length {length} {unit})</source>
        <translation>{what}:範囲 {start}–{end} が空か、テキスト(長さ {length} {unit})の外にあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="81"/>
        <source>{what}: offset {offset} falls between the two UTF-16 halves of {char} ({name}): not a character boundary (does the file count code points? then read it with offsets={codepoints})</source>
        <translation>{what}:オフセット {offset} は {char}({name})の UTF-16 サロゲートペアの間にあり、文字の境界ではありません(ファイルがコードポイントで数えていますか?それなら offsets={codepoints} で読み込んでください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="99"/>
        <source>{what}: the label must be a non-empty string, not {label!r}</source>
        <translation>{what}:ラベルは空でない文字列にしてください({label!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/peers.py" line="142"/>
        <source>entity {id} has the span and label of entity {first} ({start}–{end} {label}): kept once</source>
        <translation>固有表現 {id} は固有表現 {first} と範囲もラベルも同じです({start}–{end} {label}):1 つだけ保持しました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/spacy_docbin.py" line="141"/>
        <source>document {id}: the spaCy text differs from the document&apos;s; nothing was written</source>
        <extracomment>The span group that holds every entity (spaCy&apos;s ``spancat`` default ``spans_key``). UniDic&apos;s part of speech for whitespace, given to whitespace tokens.</extracomment>
        <translation>文書 {id}:spaCy のテキストが文書のテキストと異なります。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="88"/>
        <source>NUL bytes (U+0000) at byte {at} of the file: a binary or UTF-16 file, not UTF-8 {kind}; not read</source>
        <extracomment>A line longer than this is not read, so memory stays bounded (the ``# text`` comment of a document at the 20-million-character limit takes at most 80 MB unless most of it is escaped). A NUL byte in this many first bytes makes the file binary, whatever the lines before it hold. A tag: its prefix (one of &quot;BILUES&quot;) and label; None for ``O``.</extracomment>
        <translation>ファイルのバイト {at} に NUL バイト(U+0000)があります: UTF-8 の {kind} ではなく、バイナリか UTF-16 のファイルです。読みません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="96"/>
        <source>the file is UTF-16 (it starts with a UTF-16 byte-order mark); a {kind} file must be UTF-8</source>
        <translation>UTF-16 のファイルです(UTF-16 のバイト順マークで始まっています)。{kind} ファイルは UTF-8 にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="101"/>
        <source>NUL bytes (U+0000) at byte {at} of the line: a binary or UTF-16 file, not UTF-8 {kind}; not read further</source>
        <translation>行の {at} バイト目に NUL バイト(U+0000)があります:UTF-8 の {kind} ではなく、バイナリか UTF-16 のファイルです。これ以上読み込みません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="108"/>
        <source>not UTF-8: byte 0x{byte:02x} at byte {at} of the line (a {kind} file must be UTF-8; Shift_JIS? convert it with iconv -f CP932 -t UTF-8)</source>
        <translation>UTF-8 ではありません:行の {at} バイト目がバイト 0x{byte:02x} です({kind} ファイルは UTF-8 にしてください。Shift_JIS ですか?iconv -f CP932 -t UTF-8 で変換してください)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="118"/>
        <source>a CR (U+000D) inside the line at character {at}: lines must end with LF or CRLF (a file from an old Mac?)</source>
        <translation>行の途中の {at} 文字目に CR(U+000D)があります:行末は LF か CRLF にしてください(古い Mac のファイルですか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="138"/>
        <source>tag {tag!r} is not O nor B-, I-, L-, U-, E- or S- followed by a label</source>
        <translation>タグ {tag!r} は O でも、B-、I-、L-、U-、E-、S- の後にラベルが続く形でもありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="197"/>
        <source>{tag} is not followed by I-{label} or {end}-{label}: the entity ends here</source>
        <translation>{tag} の後に I-{label} も {end}-{label} もありません:固有表現はここで終わります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="211"/>
        <source>the start of a sentence</source>
        <translation>文頭</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="212"/>
        <source>{tag} follows {before}: read as the start of an entity</source>
        <translation>{tag} の直前が {before} です:固有表現の始まりとして読みます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="271"/>
        <source>invalid JSON string at column {column}: {reason}</source>
        <extracomment>White space other than U+0020: a value holding one is written as a JSON string.</extracomment>
        <translation>{column} 列目の JSON 文字列が正しくありません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/tags.py" line="276"/>
        <source>a value starting with a double quote must be one JSON string</source>
        <translation>二重引用符で始まる値は 1 つの JSON 文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="163"/>
        <source>{report}: cannot write the list of what {format} cannot hold ({reason}); {out} was removed: nothing was written</source>
        <extracomment>Every format, in the order the dialogs list them. An earlier export&apos;s ``OUT.lost.jsonl``, removed because this export lost nothing.</extracomment>
        <translation>{report}: {format} が保持できないものの一覧を書き出せません({reason})。{out} は削除しました: 何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="172"/>
        <source>{path}: a symbolic link; the export writes the list of what the format cannot hold there and never through a link; nothing was written</source>
        <translation>{path}: シンボリックリンクです。エクスポートはその形式が保持できないものの一覧をここに書きますが、リンク越しには書きません。何も書き出していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/numeric.py" line="85"/>
        <source>the label set has no label for dates, times, money, percentages or quantities (such as DATE, TIME, MONEY, PERCENT, QUANTITY): the numeric rules propose nothing</source>
        <extracomment>Label names each kind goes to, in order of preference (ASCII compared case-insensitively). Counters UniDic files as suffixes of another class (5人: 接尾辞-名詞的-一般). A kind the annotators never accept (its measured precision falls below) is not proposed. kind -&gt; the project&apos;s label (editable; a kind absent is not proposed).</extracomment>
        <translation>ラベルセットに日付・時刻・金額・割合・数量のラベル(DATE、TIME、MONEY、PERCENT、QUANTITY など)がありません: 数値表現の規則は何も提案しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="86"/>
        <source>no saved model</source>
        <translation>保存されたモデルがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="89"/>
        <source>not a saved model of this version of the program</source>
        <translation>このバージョンのプログラムが保存したモデルではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="93"/>
        <source>the saved model is damaged (truncated or altered)</source>
        <translation>保存されたモデルが壊れています(途中で切れているか、書き換えられています)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="95"/>
        <source>the saved model is of another recommender</source>
        <translation>保存されたモデルは別の推薦器のものです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="97"/>
        <source>the saved model was made by another version ({found}; this is {expected})</source>
        <translation>保存されたモデルは別のバージョンで作られています({found}。このプログラムは {expected})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="102"/>
        <source>the saved model was trained for another label set</source>
        <translation>保存されたモデルは別のラベルセット向けに学習されています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="105"/>
        <source>the saved model was trained on other annotations</source>
        <translation>保存されたモデルは別のアノテーションで学習されています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/saved.py" line="111"/>
        <source>the saved model cannot be read: {reason}</source>
        <translation>保存されたモデルを読めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/pretrained.py" line="105"/>
        <source>GiNZA is not installed (pip install &apos;annotator[ginza]&apos;; it is not part of the standalone program)</source>
        <extracomment>The spaCy package GiNZA&apos;s model is. The pipes named-entity recognition needs; the others (parser, morphologizer…) are left out. The score of every GiNZA suggestion. A raw result: (start, end, GiNZA label), code points of the text given. GiNZA label -&gt; coarse kind (labels not listed, such as ``Dish`` or ``Position_Vocation``, have none). Label names each kind goes to, in order of preference (ASCII compared case-insensitively).</extracomment>
        <translation>GiNZA がインストールされていません(pip install &apos;annotator[ginza]&apos;。スタンドアロン版には含まれません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/recommend/pretrained.py" line="241"/>
        <source>no GiNZA label is mapped to a label of this project: GiNZA proposes nothing</source>
        <extracomment>Off unless switched on: it is slow, optional, and knows nothing of the project.</extracomment>
        <translation>このプロジェクトのラベルに対応づけられた GiNZA のラベルがありません。GiNZA は何も提案しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="366"/>
        <source>document {doc}: {first}&apos;s text differs from {other}&apos;s</source>
        <extracomment>The claim attributes whose agreement is measured, as ``Claim.data`` keys. The value of a morpheme no entity covers (&quot;O&quot;): label names are never empty.</extracomment>
        <translation>文書 {doc}: {first} の本文が {other} の本文と異なります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="484"/>
        <source>No document was finished by two or more annotators: nothing to compare.</source>
        <translation>2 人以上の注釈者が完了した文書がありません。比較するものがありません。</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="485"/>
        <source>Annotators: {names}</source>
        <translation>注釈者: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="486"/>
        <source>Documents finished by two or more: {docs} (by all: {all}); morphemes: {morphemes}</source>
        <translation>2 人以上が完了した文書: {docs}(全員: {all})、形態素: {morphemes}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="489"/>
        <source>Entities of label {label} only</source>
        <translation>ラベル {label} の固有表現のみ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="490"/>
        <source>all labels</source>
        <translation>全ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="491"/>
        <source>exact F1</source>
        <translation>完全一致 F1</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="491"/>
        <source>overlap F1</source>
        <translation>重なり F1</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="492"/>
        <source>Entities</source>
        <translation>固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="492"/>
        <source>Fleiss κ</source>
        <translation>Fleiss の κ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="493"/>
        <source>Krippendorff α</source>
        <translation>Krippendorff の α</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="498"/>
        <source>Pair</source>
        <translation>組</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="498"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="498"/>
        <source>documents</source>
        <translation>文書数</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="499"/>
        <source>Cohen κ</source>
        <translation>Cohen の κ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="499"/>
        <location filename="../../annotator/core/agreement.py" line="508"/>
        <source>observed</source>
        <translation>観測一致率</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="506"/>
        <source>Claims: none</source>
        <translation>主張: なし</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="507"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="507"/>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="507"/>
        <source>matched</source>
        <translation>対応数</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="508"/>
        <source>κ / α</source>
        <translation>κ / α</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="509"/>
        <source>all annotators</source>
        <translation>全注釈者</translation>
    </message>
    <message>
        <location filename="../../annotator/core/agreement.py" line="516"/>
        <source>κ / α: Krippendorff&apos;s α for all annotators, Cohen&apos;s κ for a pair; - where undefined</source>
        <translation>κ / α: 全注釈者は Krippendorff の α、組は Cohen の κ。定義されない場合は -</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="49"/>
        <source>an annotator&apos;s name must be one line without control characters, not contain {char}</source>
        <extracomment>Names an annotator cannot have: the curated version&apos;s, and ``--layer all``.</extracomment>
        <translation>注釈者名は制御文字を含まない 1 行にしてください({char} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="52"/>
        <source>an annotator&apos;s name must be 1 to 100 characters without surrounding spaces</source>
        <translation>注釈者名は前後に空白のない 1~100 文字にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="54"/>
        <source>{name!r} names a version of its own, not an annotator</source>
        <translation>{name!r} は注釈者ではなく、版そのものの名前です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="56"/>
        <source>an annotator&apos;s name must be in composed form (NFC): write {nfc!r}</source>
        <translation>注釈者名は合成済みの形(NFC)にしてください: {nfc!r} と書いてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="71"/>
        <source>an annotator is named twice (names that differ only in case or width are one)</source>
        <translation>同じ注釈者が 2 回指定されています(大文字・小文字や全角・半角だけが違う名前は同じ人とみなします)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="94"/>
        <source>name at least one annotator</source>
        <translation>注釈者を 1 人以上指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="97"/>
        <source>--overlap is a share from 0 to 1, not {value}</source>
        <translation>--overlap は 0 から 1 までの割合です({value} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="141"/>
        <source>no document is assigned yet: run annotator assign first</source>
        <translation>まだ文書が割り当てられていません。先に annotator assign を実行してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="142"/>
        <source>no document is assigned to {name!r}; the annotators are: {names}</source>
        <translation>{name!r} に割り当てられた文書はありません。注釈者: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="146"/>
        <source>{path}: already exists; a package is always a new file</source>
        <translation>{path}: すでに存在します。パッケージは常に新しいファイルとして作ります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="149"/>
        <source>{path} is itself a package (of {name!r}): make packages from the lead&apos;s project</source>
        <translation>{path} はそれ自体が {name!r} のパッケージです。パッケージはリーダーのプロジェクトから作ってください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="160"/>
        <source>{path}: appeared while the package was written; nothing was written</source>
        <translation>{path}: パッケージの書き込み中に現れました。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="224"/>
        <source>not an annotator&apos;s package (annotator package makes them)</source>
        <translation>注釈者のパッケージではありません(annotator package で作ります)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="228"/>
        <source>a package of another project (made from project {other}, this is {mine}): refused</source>
        <translation>別のプロジェクトのパッケージです(作成元 {other}、このプロジェクトは {mine})。受け付けません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="242"/>
        <source>holds values this program cannot read ({reason}); `annotator check {path}` lists them</source>
        <translation>このプログラムが読めない値があります({reason})。`annotator check {path}` で一覧できます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="249"/>
        <source>document {id!r} is not in the project</source>
        <translation>文書 {id!r} はプロジェクトにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="253"/>
        <source>document {id!r}: its text differs from the project&apos;s (changed in the package?)</source>
        <translation>文書 {id!r}: 本文がプロジェクトのものと異なります(パッケージ内で変更されましたか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="262"/>
        <source>document {id!r}: holds values this program cannot read ({reason}); `annotator check {path}` lists them</source>
        <translation>文書 {id!r}: このプログラムが読めない値があります({reason})。`annotator check {path}` で一覧できます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="267"/>
        <source>document {id!r}: {problem}</source>
        <translation>文書 {id!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="280"/>
        <source>{path} is itself a package (of annotator {name!r}): merge into the project it was made from</source>
        <translation>{path} はそれ自体が注釈者 {name!r} のパッケージです。作成元のプロジェクトに統合してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="288"/>
        <source>the same package as {other}, given twice</source>
        <translation>{other} と同じパッケージです(2 回指定されています)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="340"/>
        <source>{name!r} is {other!r} written another way (case or width); give {other!r}</source>
        <translation>{name!r} は {other!r} の別の書き方(大文字・小文字や全角・半角)です。{other!r} と指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="354"/>
        <source>document {id!r} is not in the project; --update adds to existing documents only</source>
        <translation>文書 {id!r} はプロジェクトにありません。--update は既存の文書にだけ追加します</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="358"/>
        <source>document {id!r}: its text differs from the project&apos;s</source>
        <translation>文書 {id!r}: 本文がプロジェクトのものと異なります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="365"/>
        <source>no documents in this file</source>
        <translation>このファイルには文書がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="488"/>
        <source>{path} is a package (of {name!r}): it holds no curated version</source>
        <translation>{path} は {name!r} のパッケージです。確定版はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/team.py" line="491"/>
        <source>no annotator {name!r} in this project; its versions are: {names}</source>
        <translation>このプロジェクトに注釈者 {name!r} はいません。版: {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="72"/>
        <source>a project on a PostgreSQL server needs psycopg: pip install &apos;annotator[postgres]&apos;</source>
        <extracomment>The key of the project&apos;s write lock (pg_advisory_xact_lock): &quot;JNNT&quot;, as the file&apos;s application id. MIGRATIONS[v]: the SQL that upgrades a server project from schema v to v + 1. Projects on a server begin at schema 4; an older program&apos;s server project does not exist yet. The tables an INSERT into may break a key the core recovers from, inside its transaction (a new entity&apos;s id taken meanwhile: it takes the next). Every other refusal ends the transaction.</extracomment>
        <translation>PostgreSQL サーバーのプロジェクトには psycopg が必要です: pip install &apos;annotator[postgres]&apos;</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="93"/>
        <source>{url}: the server asks for a password ({reason}); none was given in ~/.pgpass or PGPASSWORD, or the one given was refused</source>
        <translation>{url}: サーバーがパスワードを求めています ({reason})。~/.pgpass にも PGPASSWORD にも指定がないか、指定したパスワードが拒否されました</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="97"/>
        <location filename="../../annotator/core/serverdb.py" line="106"/>
        <source>{url}: cannot connect: {reason}</source>
        <translation>{url}: 接続できません: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="141"/>
        <source>entities of an annotator&apos;s version still carry this label</source>
        <translation>アノテーターの版のエンティティがまだこのラベルを使っています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="498"/>
        <source>{path}: the project&apos;s schema version is missing (annotator_schema holds none); it cannot be read safely</source>
        <translation>{path}: プロジェクトのスキーマのバージョンがありません (annotator_schema が空です)。安全に読めません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="478"/>
        <source>{path}: this database holds other tables, not an annotator project</source>
        <translation>{path}: このデータベースには別のテーブルがあり、annotator のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverdb.py" line="481"/>
        <source>{path}: an empty database, not an annotator project (`annotator server init` or `annotator push` puts one there)</source>
        <translation>{path}: 空のデータベースで、annotator のプロジェクトではありません (`annotator server init` か `annotator push` でプロジェクトを置けます)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/location.py" line="54"/>
        <source>not a postgresql:// URL</source>
        <extracomment>Query keys whose values are secrets (libpq&apos;s), compared decoded and in any case.</extracomment>
        <translation>postgresql:// の URL ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/location.py" line="59"/>
        <source>a malformed URL: {reason}</source>
        <translation>URL の形式が正しくありません: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="109"/>
        <source>{path}: the project has problems; nothing was pushed</source>
        <extracomment>The tables copied, in an order that satisfies their references, with their columns. What ``push`` copies (serverschema): the server&apos;s table, its columns, what to read from the file, how a row becomes the server&apos;s (or as it is), and the file&apos;s table it reports as.</extracomment>
        <translation>{path}: プロジェクトに問題があります。何も複製していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="118"/>
        <source>{url}: the database is not empty (tables: {n}); push copies a project into an empty database only</source>
        <translation>{url}: データベースが空ではありません(テーブル数: {n})。push は空のデータベースにだけプロジェクトを複製します</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="138"/>
        <source>{url}: {table} holds {got} rows after the copy, not {n}; nothing was kept</source>
        <translation>{url}: 複製後の {table} の行数が {n} ではなく {got} です。何も残していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="149"/>
        <source>{url}: the copy failed: {reason}; nothing was kept</source>
        <translation>{url}: 複製に失敗しました: {reason}。何も残していません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="177"/>
        <source>{path}: already exists; pull always writes a new project file</source>
        <translation>{path}: すでに存在します。pull は常に新しいプロジェクトファイルに書き込みます</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="182"/>
        <source>{path}: SQLite keeps this file beside the project {project} and would delete it; choose another name</source>
        <translation>{path}: SQLite がプロジェクト {project} のそばに置くファイル名で、削除されるおそれがあります。別の名前にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="190"/>
        <source>{url}: not an annotator project, or this role may not read it (no annotator_schema table)</source>
        <translation>{url}: annotator のプロジェクトではないか、このロールには読めません(annotator_schema テーブルがありません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="224"/>
        <source>{url}: the project there has problems; nothing was written</source>
        <translation>{url}: そのプロジェクトに問題があります。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="232"/>
        <source>{url}: cannot read the project: {reason}; nothing was written</source>
        <translation>{url}: プロジェクトを読み込めません: {reason}。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="196"/>
        <source>{url}: a project of schema {found}; this program reads {mine}</source>
        <translation>{url}: スキーマ {found} のプロジェクトです。このプログラムが読めるのは {mine} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/server.py" line="201"/>
        <source>{path}: appeared meanwhile; nothing was written</source>
        <translation>{path}: 途中で現れました。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverroles.py" line="76"/>
        <source>{name!r}: a role name is lower-case letters, digits and _ (at most 63, not starting with a digit)</source>
        <extracomment>The tables only curators write (besides their layer of the layered ones). A role name this command creates: letters, digits and _ (no quoting surprises in SQL or URLs). This database&apos;s group roles: curators&apos;, annotators&apos;.</extracomment>
        <translation>{name!r}: ロール名は英小文字・数字・_ で書きます (63 文字まで、数字で始めない)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverroles.py" line="79"/>
        <source>{name!r}: a name of the project&apos;s own (curated, annotator_…) or of PostgreSQL&apos;s (pg_…), not a person&apos;s</source>
        <translation>{name!r}: プロジェクト自身 (curated、annotator_…) または PostgreSQL (pg_…) の名前で、人の名前ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverroles.py" line="93"/>
        <source>{name!r}: this role owns the database or is not bound by its rules (a superuser, or one that bypasses row-level security or creates roles): give a person a role of their own</source>
        <translation>{name!r}: このロールはデータベースの所有者か、その規則に縛られないロール (スーパーユーザー、行単位セキュリティを迂回できるロール、ロールを作れるロール) です。人には専用のロールを作ってください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverroles.py" line="126"/>
        <source>{names}: named both curator and annotator</source>
        <translation>{names}: キュレーターとアノテーターの両方に指定されています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/serverroles.py" line="166"/>
        <source>{url}: server init failed: {reason}; nothing was changed</source>
        <translation>{url}: server init に失敗しました: {reason}。何も変更していません</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <location filename="../../annotator/ui/names.py" line="33"/>
        <source>1 entity</source>
        <translation>固有表現 1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="34"/>
        <source>%1 entities</source>
        <translation>固有表現 %1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="38"/>
        <source>1 document</source>
        <translation>文書 1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="39"/>
        <source>%1 documents</source>
        <translation>文書 %1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="43"/>
        <source>1 match</source>
        <translation>一致 1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="43"/>
        <source>%1 matches</source>
        <translation>一致 %1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="47"/>
        <source>1 suggestion</source>
        <translation>候補 1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="48"/>
        <source>%1 suggestions</source>
        <translation>候補 %1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="52"/>
        <source>1 suggested entity</source>
        <translation>固有表現の候補 1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="53"/>
        <source>%1 suggested entities</source>
        <translation>固有表現の候補 %1 件</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="57"/>
        <source>1 character</source>
        <translation>1 文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="58"/>
        <source>%1 characters</source>
        <translation>%1 文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="68"/>
        <source>Imported %1 (%2).</source>
        <translation>%1（%2）を読み込みました。</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="174"/>
        <source>Filter by id or text…</source>
        <extracomment>Characters of search text loaded per idle step after a project opens (a few milliseconds). The texts start loading this long after a project opened (its first frame comes first). Rows kept in sight before (after) a row the list scrolls to when stepping down (up). What cells painted by ``TextCells`` are laid out, coloured and drawn for (their caches go).</extracomment>
        <translation>ID または本文で絞り込み…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="176"/>
        <source>Documents whose id or text contains this, exactly as typed</source>
        <translation>ID または本文にこの文字列をそのまま含む文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="180"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="195"/>
        <source>The open document is not in this list: the filter hides it.</source>
        <extracomment>Says that the open document is not among the rows the filter shows (an undo or a step opened it): no row is selected then, and this says why.</extracomment>
        <translation>開いている文書は絞り込みで隠れているため、この一覧にありません。</translation>
    </message>
</context>
<context>
    <name>EntitySuggestionSection</name>
    <message>
        <location filename="../../annotator/ui/entity_suggestions_panel.py" line="146"/>
        <source>A accept, R reject, L all of this label, M all of this recommender</source>
        <extracomment>What a key in the list asks for.</extracomment>
        <translation>A 採用、R 却下、L このラベルをすべて、M この推薦器をすべて</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="409"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="409"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="409"/>
        <source>Span</source>
        <translation>範囲</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="70"/>
        <location filename="../../annotator/ui/export_dialog.py" line="114"/>
        <location filename="../../annotator/ui/export_dialog.py" line="161"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="80"/>
        <source>Add each document&apos;s morphemes (tokens)</source>
        <translation>各文書の形態素(tokens)を含める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="88"/>
        <source>All documents</source>
        <extracomment>The selected format&apos;s other options (``--scheme``…), one combo box each.</extracomment>
        <translation>すべての文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="96"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="102"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="105"/>
        <source>Documents:</source>
        <translation>文書:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="162"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="198"/>
        <source>Choose the file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="202"/>
        <source>%1 names a folder: give the name of the file to write.</source>
        <translation>%1 はフォルダを指しています。書き出すファイルの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="272"/>
        <source>Cancelling…</source>
        <translation>取り消し中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="175"/>
        <source>That is the project file itself: choose another file.</source>
        <translation>それはプロジェクトファイルそのものです。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="104"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="106"/>
        <source>File or folder:</source>
        <translation>ファイルまたはフォルダ:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="187"/>
        <source>%1 is not a folder: this format writes a folder.</source>
        <translation>%1 はフォルダではありません。この形式はフォルダを書き出します。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="189"/>
        <source>%1 is a folder with files in it: choose a new or empty folder.</source>
        <translation>%1 はファイルの入ったフォルダです。新しいフォルダか空のフォルダを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="220"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="239"/>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 件のレコードを %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="241"/>
        <source>%1 annotation(s) cannot be held by this format: each is listed, with its document, offsets and the reason, in %2.</source>
        <translation>%1 件のアノテーションはこの形式では表せません。それぞれの文書、オフセット、理由を %2 に記載しました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="247"/>
        <source>Nothing was written: </source>
        <translation>何も書き出していません:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="251"/>
        <source>Export cancelled: no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="259"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="32"/>
        <source>Find in the document</source>
        <translation>文書内を検索</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="33"/>
        <source>Same lemma</source>
        <translation>同じ見出し語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="35"/>
        <source>Match every word with the same dictionary form (述べ finds 述べる)</source>
        <translation>同じ辞書形の語をすべて検索（「述べ」で「述べる」も見つかる）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="42"/>
        <source>Label all in document</source>
        <translation>文書内をすべてラベル付け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="44"/>
        <source>Label all in project</source>
        <translation>プロジェクト全体をラベル付け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/find_bar.py" line="48"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <location filename="../../annotator/ui/focus_ring.py" line="93"/>
        <source>Focus: %1 (F6 next pane, Shift+F6 previous)</source>
        <translation>フォーカス:%1（F6 で次のペイン、Shift+F6 で前のペイン）</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="56"/>
        <source>JSONL: one record per document, entities and claims (annotator&apos;s own format)</source>
        <translation>JSONL:文書ごとに 1 レコード、固有表現と主張(annotator 独自の形式)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="64"/>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="70"/>
        <source>Stockmark NER (JSON)</source>
        <translation>Stockmark NER(JSON)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="76"/>
        <source>Aozora Bunko text (its ruby kept as readings)</source>
        <translation>青空文庫のテキスト(ルビは読みとして保持)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/__init__.py" line="83"/>
        <source>Claim sentences: one record per sentence, labelled for check-worthiness</source>
        <translation>主張文:文ごとに 1 レコード(検証価値のラベル付き)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/brat.py" line="451"/>
        <source>brat standoff (folder of .txt and .ann)</source>
        <translation>brat standoff(.txt と .ann のフォルダ)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conll.py" line="539"/>
        <source>CoNLL: one morpheme per line with IOB2 or BILOU tags</source>
        <translation>CoNLL:1 行に 1 形態素、IOB2 または BILOU タグ</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/conllu.py" line="309"/>
        <source>CoNLL-U with named entities in MISC (NE=B-ORG…, UD Japanese GSD)</source>
        <translation>CoNLL-U(固有表現は MISC 列に NE=B-ORG…、UD Japanese GSD)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/doccano.py" line="306"/>
        <source>doccano JSONL (sequence labelling)</source>
        <translation>doccano JSONL(系列ラベリング)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/labelstudio.py" line="577"/>
        <source>Label Studio JSON tasks</source>
        <translation>Label Studio JSON タスク</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="81"/>
        <location filename="../../annotator/ui/import_dialog.py" line="168"/>
        <source>Import Documents</source>
        <translation>文書のインポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="90"/>
        <source>Add Files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="92"/>
        <source>Add Folder…</source>
        <translation>フォルダを追加…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="93"/>
        <source>A folder of brat .txt and .ann files</source>
        <translation>brat の .txt と .ann ファイルのフォルダ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="95"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="105"/>
        <source>From the file name (.txt, .jsonl, .json…; a folder of .ann files: brat)</source>
        <translation>ファイル名から判断(.txt、.jsonl、.json…。.ann ファイルのフォルダは brat)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="114"/>
        <source>One document per file</source>
        <extracomment>The selected format&apos;s reader options with choices (doccano&apos;s offsets…), one box each.</extracomment>
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
        <source>Offsets:</source>
        <translation>オフセット:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="122"/>
        <source>Text files:</source>
        <translation>テキストファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="132"/>
        <source>Copy Problems</source>
        <translation>問題をコピー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="146"/>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="168"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>文書 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="180"/>
        <source>UTF-16 code units (JavaScript)</source>
        <translation>UTF-16 コード単位(JavaScript)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="180"/>
        <source>code points (Python)</source>
        <translation>コードポイント(Python)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="181"/>
        <source>found from each region&apos;s text</source>
        <translation>各領域のテキストから判定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="189"/>
        <source>Import a Folder</source>
        <translation>フォルダのインポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="218"/>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="220"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="239"/>
        <source>%n document(s) read…</source>
        <translation>
            <numerusform>%n 文書を読み込みました…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="248"/>
        <source>%n suggested entities (another tool&apos;s predictions) were kept as suggestions.</source>
        <translation>
            <numerusform>%n 件の固有表現の候補(他のツールの予測)を候補として保持しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="251"/>
        <source>New labels: %1.</source>
        <translation>新しいラベル:%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="253"/>
        <source>%n thing(s) in the files could not be kept in any form (listed below).</source>
        <translation>
            <numerusform>ファイル内の %n 件はどの形でも保持できませんでした(下に一覧があります)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="257"/>
        <source>%1 record(s) were set aside in %2.</source>
        <translation>%1 件のレコードを %2 に分けました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="262"/>
        <location filename="../../annotator/ui/import_dialog.py" line="272"/>
        <location filename="../../annotator/ui/import_dialog.py" line="279"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="268"/>
        <source>Nothing was imported: %n problem(s). The project is unchanged.</source>
        <translation>
            <numerusform>何もインポートしていません:問題が %n 件あります。プロジェクトは変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="277"/>
        <source>Import cancelled. The project is unchanged.</source>
        <translation>インポートを取り消しました。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="310"/>
        <source>Cancelling…</source>
        <translation>取り消し中…</translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <location filename="../../annotator/ui/label_all_dialog.py" line="40"/>
        <source>(inside %1)</source>
        <extracomment>Line breaks, tabs and other controls in a context: shown as one visible mark each, never applied.</extracomment>
        <translation>（%1 の中）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_all_dialog.py" line="52"/>
        <source>Label All as %1</source>
        <translation>すべてに %1 のラベルを付ける</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_all_dialog.py" line="67"/>
        <source>Also label the match inside a longer word</source>
        <translation>長い語の中の一致にもラベルを付ける</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_all_dialog.py" line="68"/>
        <source>Also label the %1 matches inside longer words</source>
        <translation>長い語の中の一致 %1 件にもラベルを付ける</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_all_dialog.py" line="98"/>
        <source>%1 of %2 in %3 will be labelled. Space checks or unchecks the selected one.</source>
        <translation>%3、%2のうち %1 件にラベルを付けます。Space キーで選択中の項目のチェックを切り替えます。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_all_dialog.py" line="101"/>
        <source>Label %1</source>
        <translation>%1 件にラベルを付ける</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="42"/>
        <source>Label Set</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="48"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="48"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="48"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="49"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="54"/>
        <source>&amp;Add Label</source>
        <translation>ラベルを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="55"/>
        <source>&amp;Remove Label</source>
        <translation>ラベルを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="56"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="76"/>
        <source>Only a curator edits the label set of a project on a server: it is shown here as it is.</source>
        <translation>サーバーのプロジェクトのラベルセットを編集できるのはキュレーターだけです。ここでは現在の内容を表示しています。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="95"/>
        <source>Double-click to choose a colour</source>
        <translation>ダブルクリックで色を選択</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/label_editor.py" line="127"/>
        <source>Colour of %1</source>
        <translation>%1 の色</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <location filename="../../annotator/ui/controllers/live.py" line="34"/>
        <source>Offline: reconnecting…</source>
        <extracomment>How often a lost connection is tried again. Shown in the status bar for as long as the connection is lost (other messages come and go).</extracomment>
        <translation>オフライン: 再接続しています…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/live.py" line="94"/>
        <source>The connection to the server is lost: edits are refused until it is back; reconnecting…</source>
        <translation>サーバーとの接続が切れました。戻るまで編集は受け付けません。再接続しています…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/live.py" line="114"/>
        <source>Reconnected to the server: the window shows what it holds now</source>
        <translation>サーバーに再接続しました。ウィンドウはサーバーの現在の内容を表示しています</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="85"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="86"/>
        <location filename="../../annotator/ui/main_window.py" line="112"/>
        <source>Entities</source>
        <translation>固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="87"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="88"/>
        <location filename="../../annotator/ui/main_window.py" line="113"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="89"/>
        <location filename="../../annotator/ui/main_window.py" line="114"/>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="90"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="112"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="115"/>
        <source>Suggested entities</source>
        <translation>固有表現の候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="180"/>
        <source>%1 (curated version)</source>
        <translation>%1(キュレーション版)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="181"/>
        <source>%1 (%2&apos;s version)</source>
        <translation>%1(%2 の版)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="183"/>
        <source>%1 (%2&apos;s package)</source>
        <translation>%1(%2 のパッケージ)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="301"/>
        <source>No more entity candidates in this document</source>
        <translation>この文書にこれ以上の固有表現の候補はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="214"/>
        <source>%1 still open: accept (A) or reject (R) them, or press Ctrl+Enter again to mark the document done anyway</source>
        <translation>%1 がまだ未確認です。採用(A)か却下(R)するか、もう一度 Ctrl+Enter を押すとそのまま完了にします</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="324"/>
        <source>No suggestions to step through here (View &gt; Claim Suggestions, Ctrl+Shift+S, shows claim suggestions)</source>
        <translation>ここには移動できる候補がありません（表示 &gt; 主張の候補、Ctrl+Shift+S で主張の候補を表示します）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="359"/>
        <source>Next unlabelled %1 in document %2</source>
        <translation>文書 %2 のラベルのない %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="363"/>
        <source>No other unlabelled occurrence of %1</source>
        <translation>ラベルのない %1 はほかにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="413"/>
        <source>Wrapped to the first entity</source>
        <translation>折り返して最初の固有表現に移りました</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="414"/>
        <source>Wrapped to the last entity</source>
        <translation>折り返して最後の固有表現に移りました</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entities.py" line="66"/>
        <source>Select some text first (drag, or Shift+Right)</source>
        <translation>先にテキストを選択してください（ドラッグ、または Shift+→）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entities.py" line="74"/>
        <source>A claim is selected: select the words to label first (arrows, Shift+arrows)</source>
        <translation>主張が選択されています。先にラベルを付ける語を選択してください（矢印キー、Shift+矢印キー）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entities.py" line="105"/>
        <source>Removed %1 and its references in claim(s) %2 (Ctrl+Z brings all back)</source>
        <translation>%1 と主張 %2 からの参照を削除しました（Ctrl+Z ですべて元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entities.py" line="128"/>
        <source>An entity keeps at least one morpheme</source>
        <translation>固有表現には少なくとも 1 つの形態素が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="127"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="128"/>
        <source>Labelled %n match(es) as </source>
        <translation>
            <numerusform>%n 件にラベルを付けました: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/navigation.py" line="198"/>
        <source>No more documents in the list</source>
        <translation>一覧にこれ以上の文書はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entities.py" line="210"/>
        <source>Relabel</source>
        <translation>ラベルを変更</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="53"/>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="54"/>
        <source>Annotator projects (*.annotator)</source>
        <translation>Annotator プロジェクト (*.annotator)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="59"/>
        <source>Label Set</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="60"/>
        <source>Labels of the new project:</source>
        <translation>新しいプロジェクトのラベル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="73"/>
        <source>Open Server Project</source>
        <translation>サーバーのプロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="74"/>
        <source>The project&apos;s URL (postgresql://user@host/database); the password comes from ~/.pgpass, or is asked for:</source>
        <translation>プロジェクトの URL (postgresql://ユーザー@ホスト/データベース)。パスワードは ~/.pgpass から読むか、尋ねます:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="81"/>
        <source>not a postgresql:// URL</source>
        <translation>postgresql:// の URL ではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="91"/>
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="92"/>
        <source>%1: a file is already there</source>
        <translation>%1:すでにファイルがあります</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="186"/>
        <location filename="../../annotator/ui/controllers/files.py" line="84"/>
        <location filename="../../annotator/ui/controllers/files.py" line="100"/>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="66"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/files.py" line="67"/>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>Annotator プロジェクト (*.annotator);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="76"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="86"/>
        <source>&amp;New Project…</source>
        <extracomment>The window&apos;s actions in menu order (submenus and separators where they are shown).</extracomment>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="88"/>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="92"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="95"/>
        <source>&amp;Import Documents…</source>
        <translation>文書のインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="97"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="77"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="103"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="105"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="109"/>
        <source>&amp;Delete Entity</source>
        <translation>固有表現を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="111"/>
        <source>Extend Entity End</source>
        <translation>固有表現の終わりを伸ばす</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="113"/>
        <source>Shrink Entity End</source>
        <translation>固有表現の終わりを縮める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="115"/>
        <source>Extend Entity Start</source>
        <translation>固有表現の始まりを伸ばす</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="117"/>
        <source>Shrink Entity Start</source>
        <translation>固有表現の始まりを縮める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="120"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="123"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="78"/>
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="126"/>
        <source>Apply &amp;Label</source>
        <translation>ラベルを付ける(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="127"/>
        <source>Edit Label &amp;Set…</source>
        <translation>ラベルセットを編集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="129"/>
        <source>Edit Claim Sc&amp;hema…</source>
        <translation>主張スキーマを編集(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="132"/>
        <source>Create &amp;Claim</source>
        <translation>主張を作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="141"/>
        <source>Accept Suggestion	A</source>
        <translation>候補を採用	A</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="144"/>
        <source>Reject Suggestion	R</source>
        <translation>候補を却下	R</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="150"/>
        <source>Accept All Suggestions</source>
        <translation>候補をすべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="152"/>
        <source>Reject All Suggestions</source>
        <translation>候補をすべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="201"/>
        <source>Mark &amp;Done and Open Next</source>
        <translation>完了にして次を開く(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="79"/>
        <source>&amp;Navigate</source>
        <translation>移動(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="90"/>
        <source>Open &amp;Server Project…</source>
        <translation>サーバーのプロジェクトを開く(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="134"/>
        <source>Set Clai&amp;mant…</source>
        <translation>主張者を設定(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="136"/>
        <source>Set C&amp;ue from Selection</source>
        <translation>選択範囲を手がかり語に設定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="138"/>
        <source>Add &amp;Argument…</source>
        <translation>項を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="147"/>
        <source>Accept Suggestion and Edit	E</source>
        <translation>候補を採用して編集	E</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="155"/>
        <source>Suggested &amp;Entities</source>
        <translation>固有表現の候補(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="157"/>
        <source>Accept Suggested Entity</source>
        <translation>固有表現の候補を採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="160"/>
        <source>Reject Suggested Entity</source>
        <translation>固有表現の候補を却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="163"/>
        <source>Accept All of This Label in the Document</source>
        <translation>文書内のこのラベルの候補をすべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="166"/>
        <source>Accept All of This Recommender in the Document</source>
        <translation>文書内のこの推薦器の候補をすべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="170"/>
        <source>Accept All Suggested Entities</source>
        <translation>固有表現の候補をすべて採用</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="172"/>
        <source>Reject All Suggested Entities</source>
        <translation>固有表現の候補をすべて却下</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="175"/>
        <source>&amp;Retrain Now</source>
        <translation>今すぐ再学習(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="177"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="180"/>
        <source>Cu&amp;rate</source>
        <translation>確定(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="181"/>
        <source>Next Disagreement</source>
        <translation>次の不一致</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="183"/>
        <source>Previous Disagreement</source>
        <translation>前の不一致</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="187"/>
        <source>Take This Annotator&apos;s Version Here</source>
        <translation>この注釈者の版をここに採る</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="191"/>
        <source>Take This Annotator&apos;s Whole Document</source>
        <translation>この注釈者の文書全体を採る</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="196"/>
        <source>Next &amp;Pane</source>
        <translation>次のペイン(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="198"/>
        <source>Previous Pane</source>
        <translation>前のペイン</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="204"/>
        <source>First Morpheme</source>
        <translation>最初の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="206"/>
        <source>Last Morpheme</source>
        <translation>最後の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="208"/>
        <source>Previous Morpheme</source>
        <translation>前の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="210"/>
        <source>Next Morpheme</source>
        <translation>次の形態素</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="212"/>
        <source>Extend Selection Left</source>
        <translation>選択を左へ広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="214"/>
        <source>Extend Selection Right</source>
        <translation>選択を右へ広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="216"/>
        <source>Next Entity</source>
        <translation>次の固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="218"/>
        <source>Previous Entity</source>
        <translation>前の固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="221"/>
        <source>Next Phrase</source>
        <translation>次の文節</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="223"/>
        <source>Previous Phrase</source>
        <translation>前の文節</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="225"/>
        <source>Extend Selection by a Phrase Right</source>
        <translation>選択を右へ 1 文節広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="227"/>
        <source>Extend Selection by a Phrase Left</source>
        <translation>選択を左へ 1 文節広げる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="229"/>
        <source>Next Sentence</source>
        <translation>次の文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="231"/>
        <source>Previous Sentence</source>
        <translation>前の文</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="233"/>
        <source>Next Entity Candidate</source>
        <translation>次の固有表現の候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="235"/>
        <source>Previous Entity Candidate</source>
        <translation>前の固有表現の候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="237"/>
        <source>Next Unlabelled Occurrence</source>
        <translation>次のラベルのない出現箇所</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="239"/>
        <source>Previous Unlabelled Occurrence</source>
        <translation>前のラベルのない出現箇所</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="241"/>
        <source>Next Suggestion</source>
        <translation>次の候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="243"/>
        <source>Previous Suggestion</source>
        <translation>前の候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="246"/>
        <source>Next Document</source>
        <translation>次の文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="248"/>
        <source>Previous Document</source>
        <translation>前の文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="262"/>
        <source>S&amp;tatistics</source>
        <translation>統計(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="80"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="251"/>
        <source>Morpheme &amp;Boundaries</source>
        <translation>形態素境界(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="253"/>
        <source>&amp;Part-of-Speech Colours</source>
        <translation>品詞の色分け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="255"/>
        <source>&amp;Furigana</source>
        <translation>ふりがな(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="257"/>
        <source>Proper-Noun &amp;Hints</source>
        <translation>固有名詞のヒント(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="259"/>
        <source>Claim &amp;Suggestions</source>
        <translation>主張の候補(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="270"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="272"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="275"/>
        <source>&amp;Curation Mode</source>
        <translation>確定モード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="277"/>
        <source>Show &amp;Version</source>
        <translation>版を表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="315"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="53"/>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="56"/>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/claims.py" line="259"/>
        <source>Select the cue&apos;s words first (arrows, Shift+arrows), then Ctrl+Shift+C</source>
        <translation>先に手がかり語を選択し（矢印キー、Shift+矢印キー）、Ctrl+Shift+C を押してください</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/claims.py" line="277"/>
        <source>Select a claim, then put the cursor on the entity to add (Tab)</source>
        <translation>主張を選択してから、追加する固有表現にカーソルを置いてください（Tab）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/claims.py" line="306"/>
        <source>Select a claim first (C creates one)</source>
        <translation>先に主張を選択してください（C で作成できます）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/claims.py" line="321"/>
        <source>A source needs a name: the claimant is unchanged</source>
        <translation>情報源には名前が必要です。主張者は変更していません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/find.py" line="99"/>
        <location filename="../../annotator/ui/controllers/find.py" line="117"/>
        <source>Nothing to label: every match has this label already</source>
        <translation>ラベルを付けるものがありません。どの一致にもすでにこのラベルが付いています</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entity_suggestions.py" line="176"/>
        <source>No suggestion in the next %1 sentences; press again to look further</source>
        <translation>この先 %1 文に候補はありません。もう一度押すとさらに先を探します</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entity_suggestions.py" line="187"/>
        <location filename="../../annotator/ui/controllers/navigation.py" line="328"/>
        <source>Wrapped to the first suggestion</source>
        <translation>最初の候補に戻りました</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entity_suggestions.py" line="188"/>
        <location filename="../../annotator/ui/controllers/navigation.py" line="329"/>
        <source>Wrapped to the last suggestion</source>
        <translation>最後の候補に戻りました</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/entity_suggestions.py" line="219"/>
        <source>Accepted: %1</source>
        <translation>%1を採用しました</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="111"/>
        <source>Entity suggestions ready</source>
        <translation>固有表現の候補の準備ができました</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="154"/>
        <source>training…</source>
        <translation>学習中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="155"/>
        <source>Training entity suggestions (%1)…</source>
        <translation>固有表現の候補を学習中(%1)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="216"/>
        <location filename="../../annotator/ui/controllers/training.py" line="220"/>
        <location filename="../../annotator/ui/controllers/training.py" line="235"/>
        <location filename="../../annotator/ui/controllers/training.py" line="241"/>
        <source>the training process ended (exit code %1)</source>
        <translation>学習プロセスが終了しました(終了コード %1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="249"/>
        <source>Training entity suggestions failed: %1</source>
        <translation>固有表現の候補の学習に失敗しました:%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="284"/>
        <source>Measuring entity suggestions failed: %1</source>
        <translation>固有表現の候補の評価に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="300"/>
        <source>Entity suggestions ready (%1)</source>
        <translation>固有表現の候補の準備ができました(%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/training.py" line="333"/>
        <source>No recommender to train: switch one on in Annotate &gt; Suggested Entities &gt; Settings</source>
        <translation>学習する推薦器がありません:注釈 &gt; 固有表現の候補 &gt; 設定 でオンにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/pretrained.py" line="110"/>
        <source>Loading GiNZA for entity suggestions…</source>
        <extracomment>Sentences per request: an answer comes back within about two seconds.</extracomment>
        <translation>固有表現の候補のために GiNZA を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/pretrained.py" line="176"/>
        <source>GiNZA failed: %1</source>
        <translation>GiNZA でエラーが発生しました: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/pretrained.py" line="188"/>
        <source>The GiNZA process ended (exit code %1); its suggestions are off until the program restarts</source>
        <translation>GiNZA のプロセスが終了しました(終了コード %1)。プログラムを再起動するまで GiNZA の候補は出ません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="63"/>
        <source>Curation</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="65"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="112"/>
        <source>Curation is a curator&apos;s work: as an annotator you work on your own version.</source>
        <translation>キュレーションはキュレーターの作業です。アノテーターは自分の版で作業します。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="115"/>
        <source>No annotator has worked on this project yet: their versions appear here as they annotate.</source>
        <translation>このプロジェクトではまだどのアノテーターも作業していません。アノテーターが注釈すると、その版がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="118"/>
        <source>Curation needs a lead&apos;s project holding annotators&apos; versions (annotator merge).</source>
        <translation>確定モードには、注釈者の版を持つリーダーのプロジェクトが必要です(annotator merge)。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="165"/>
        <source>Pre-filled what every annotator agreed on: %1 (Ctrl+Z undoes it).</source>
        <translation>全注釈者が一致した部分を事前に入力しました: %1(Ctrl+Z で元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="204"/>
        <source>Only %1&apos;s version of this document: nothing to compare; Alt+Shift+1 takes it whole.</source>
        <translation>この文書には %1 の版しかありません。比較するものはありません。Alt+Shift+1 で全体を採ります。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="207"/>
        <source>Fewer than two annotators&apos; versions of this document: nothing to compare.</source>
        <translation>この文書の注釈者の版が 2 つ未満です。比較するものがありません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="210"/>
        <source>The annotators agree on this document.</source>
        <translation>この文書では注釈者の判断が一致しています。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="215"/>
        <source>%1 disagreements, %2 open: F8 steps to the next.</source>
        <translation>不一致 %1 件、未確定 %2 件: F8 で次へ移動します。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="226"/>
        <source>curated</source>
        <translation>確定版</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="237"/>
        <source>Take %1&apos;s Version Here</source>
        <translation>%1 の版をここに採る</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="238"/>
        <source>Take %1&apos;s Whole Document</source>
        <translation>%1 の文書全体を採る</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="262"/>
        <source>No disagreement in this document.</source>
        <translation>この文書に不一致はありません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="290"/>
        <source>No annotator in lane %1.</source>
        <translation>レーン %1 に注釈者はいません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="303"/>
        <source>No disagreement under the cursor: F8 steps to the next.</source>
        <translation>カーソル位置に不一致はありません。F8 で次へ移動します。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="308"/>
        <source>The curated version already has %1&apos;s version here.</source>
        <translation>確定版はここですでに %1 の版になっています。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="312"/>
        <source>Took %1&apos;s version of disagreement %2.</source>
        <translation>不一致 %2 に %1 の版を採りました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="322"/>
        <source>The curated version already is %1&apos;s version.</source>
        <translation>確定版はすでに %1 の版です。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="325"/>
        <source>Took %1&apos;s whole document (Ctrl+Z undoes it).</source>
        <translation>%1 の文書全体を採りました(Ctrl+Z で元に戻せます)。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="332"/>
        <source>Working Layer (%1)</source>
        <translation>作業中の版(%1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="342"/>
        <source>No annotator&apos;s version in this project</source>
        <translation>このプロジェクトに注釈者の版はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/controllers/curation.py" line="371"/>
        <source>%1&apos;s version is read-only: edit the working layer in the main text.</source>
        <translation>%1 の版は読み取り専用です。本文で作業中の版を編集してください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="76"/>
        <source>Pairwise measure:</source>
        <extracomment>The plots&apos; least height (px): below it the tab scrolls.</extracomment>
        <translation>組ごとの指標:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="108"/>
        <source>Cohen&apos;s κ (morpheme labels)</source>
        <translation>Cohen の κ(形態素ラベル)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="109"/>
        <source>Span F1, exact</source>
        <translation>範囲 F1(完全一致)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="110"/>
        <source>Span F1, overlapping</source>
        <translation>範囲 F1(重なり)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="125"/>
        <source>Measuring the agreement…</source>
        <translation>一致度を計算しています…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="175"/>
        <source>%1, annotator × annotator</source>
        <translation>%1(注釈者 × 注釈者)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="205"/>
        <source>Krippendorff&apos;s α per label, all annotators</source>
        <translation>ラベル別の Krippendorff の α(全注釈者)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="206"/>
        <source>%1 per label, all pairs</source>
        <translation>ラベル別の %1(全組)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="228"/>
        <source>No document finished by two or more annotators yet: agreement is measured on those (annotator assign --overlap, then merge).</source>
        <translation>2 人以上の注釈者が完了した文書はまだありません。一致度はそれらの文書で測ります(annotator assign --overlap の後に merge)。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_agreement.py" line="231"/>
        <source>%1 documents finished by two or more annotators (%2 morphemes). All annotators: Fleiss&apos; κ %3, Krippendorff&apos;s α %4, span F1 exact %5, overlapping %6.</source>
        <translation>2 人以上の注釈者が完了した文書 %1 件(形態素 %2)。全注釈者: Fleiss の κ %3、Krippendorff の α %4、範囲 F1 完全一致 %5、重なり %6。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_versions.py" line="63"/>
        <source>Show version:</source>
        <translation>表示する版:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_versions.py" line="76"/>
        <source>Working layer (%1, editable)</source>
        <translation>作業中の版(%1、編集可)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_versions.py" line="88"/>
        <source>%1 has no version of this document.</source>
        <translation>%1 はこの文書の版を持っていません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_versions.py" line="91"/>
        <source>%1&apos;s version (%2 entities, %3 claims) — read-only: edit the working layer in the main text.</source>
        <translation>%1 の版(固有表現 %2、主張 %3)— 読み取り専用です。本文で作業中の版を編集してください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_view.py" line="52"/>
        <source>nothing</source>
        <extracomment>Code points of context shown on each side of a disagreement in the lanes.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_view.py" line="65"/>
        <source>Disagreement %1 of %2 — %3</source>
        <translation>不一致 %1/%2 — %3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/curation_view.py" line="67"/>
        <source>(settled: %1)</source>
        <translation>(確定: %1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/server_prompt.py" line="25"/>
        <source>The server refused the password of %1. Password:</source>
        <extracomment>How many times a refused password is asked for again.</extracomment>
        <translation>サーバーが %1 のパスワードを拒否しました。パスワード:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/server_prompt.py" line="26"/>
        <source>The server asks for the password of %1:</source>
        <translation>サーバーが %1 のパスワードを求めています:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/server_prompt.py" line="27"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="37"/>
        <source>GiNZA Label Mapping</source>
        <translation>GiNZA ラベルの対応づけ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="48"/>
        <source>Filter by GiNZA label, kind or project label</source>
        <translation>GiNZA のラベル・種類・プロジェクトのラベルで絞り込み</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="53"/>
        <source>GiNZA label</source>
        <translation>GiNZA のラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="53"/>
        <source>Project label</source>
        <translation>プロジェクトのラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="64"/>
        <source>(not proposed)</source>
        <translation>(提案しない)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="71"/>
        <source>Reset to Defaults</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mapping_dialog.py" line="79"/>
        <source>Each GiNZA label proposes the project label chosen here, or nothing. The defaults follow the label&apos;s kind.</source>
        <translation>GiNZA の各ラベルは、ここで選んだプロジェクトのラベルとして提案されます(または提案されません)。既定はラベルの種類に従います。</translation>
    </message>
</context>
<context>
    <name>PosLegend</name>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="30"/>
        <source>proper noun</source>
        <translation>固有名詞</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="31"/>
        <source>noun</source>
        <translation>名詞</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="32"/>
        <source>numeral</source>
        <translation>数詞</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="33"/>
        <source>verb</source>
        <translation>動詞</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="34"/>
        <source>adjective</source>
        <translation>形容詞</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="35"/>
        <source>adverb, other</source>
        <translation>副詞・その他</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="36"/>
        <source>particle, auxiliary, affix</source>
        <translation>助詞・助動詞・接辞</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/morph_overlay.py" line="37"/>
        <source>symbol, punctuation</source>
        <translation>記号・句読点</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="27"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="29"/>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="40"/>
        <source>Morpheme boundaries</source>
        <translation>形態素境界</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="40"/>
        <source>Part-of-speech colours</source>
        <translation>品詞の色分け</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="41"/>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="41"/>
        <source>Proper-noun hints</source>
        <translation>固有名詞のヒント</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="47"/>
        <source>your name in the operation log (default: the login name)</source>
        <translation>操作ログに記録する名前（既定: ログイン名）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="49"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="50"/>
        <source>A new language applies at once: the window is rebuilt.</source>
        <translation>言語の変更はすぐに反映されます(ウィンドウを作り直します)。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="52"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="53"/>
        <source>Font size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/preferences.py" line="56"/>
        <source>Annotator</source>
        <translation>注釈者</translation>
    </message>
</context>
<context>
    <name>RecommenderDialog</name>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="36"/>
        <source>Entity Suggestion Settings</source>
        <translation>固有表現の候補の設定</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="40"/>
        <source>Sequence model (CRF, learns from done documents)</source>
        <translation>系列モデル(CRF、完了した文書から学習)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="41"/>
        <source>String matcher (learns every accepted entity&apos;s text)</source>
        <translation>文字列照合(採用した固有表現の文字列をすべて学習)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="42"/>
        <source>Numeric expressions (rules: dates, times, money, percentages)</source>
        <translation>数値表現(規則:日付・時刻・金額・割合)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="43"/>
        <source>GiNZA (pretrained, optional; slow: runs in a separate process)</source>
        <translation>GiNZA(学習済み・任意。低速のため別プロセスで実行)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="45"/>
        <source>Recommender</source>
        <translation>推薦器</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="45"/>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="45"/>
        <source>Reviewed so far</source>
        <translation>これまでの確認結果</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="71"/>
        <source>Mapping…</source>
        <translation>対応づけ…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="73"/>
        <source>Which project label each GiNZA label proposes</source>
        <translation>GiNZA の各ラベルをどのプロジェクトのラベルとして提案するか</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="81"/>
        <source> entity edits</source>
        <translation> 回の固有表現の編集ごと</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="83"/>
        <source>Retrain after</source>
        <translation>再学習の間隔</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="89"/>
        <source>Suggested entities are drawn dashed and listed in the Suggestions dock; they are never exported unless accepted. A threshold hides suggestions scoring less. A document marked done retrains too.</source>
        <translation>固有表現の候補は破線で表示され、「候補」パネルに一覧されます。採用しない限りエクスポートされません。しきい値よりスコアの低い候補は表示されません。文書を完了にしたときにも再学習します。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="109"/>
        <source>none reviewed</source>
        <translation>確認なし</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recommender_dialog.py" line="110"/>
        <source>%1 accepted, %2 rejected (precision %3)</source>
        <translation>採用 %1、却下 %2(適合率 %3)</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="75"/>
        <source>Entities per label</source>
        <extracomment>The held-out measures the plot can show (``held_out_quality``&apos;s strict ones), F1 first. One colour per recommender (bars and lines), in order of first appearance.</extracomment>
        <translation>ラベル別の固有表現数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="76"/>
        <source>Documents by status</source>
        <translation>状態別の文書数</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="77"/>
        <source>Annotations over time</source>
        <translation>注釈の推移</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="84"/>
        <source>operations (cumulative)</source>
        <translation>操作数（累計）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="85"/>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="91"/>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="121"/>
        <source>Precision of accepted and rejected suggestions</source>
        <translation>採用・却下した候補の適合率</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="134"/>
        <source>Held-out measure:</source>
        <translation>取り置いた文書での指標:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="156"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="156"/>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="156"/>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="159"/>
        <source>F1 on held-out done documents</source>
        <translation>取り置いた完了文書での F1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="160"/>
        <source>Precision on held-out done documents</source>
        <translation>取り置いた完了文書での適合率</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="161"/>
        <source>Recall on held-out done documents</source>
        <translation>取り置いた完了文書での再現率</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="209"/>
        <source>%1: P %2  R %3  F1 %4  (held-out documents: %5, trained on: %6)</source>
        <translation>%1: 適合率 %2  再現率 %3  F1 %4 (取り置いた文書: %5、学習文書: %6)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="237"/>
        <source>No suggestion accepted or rejected yet.</source>
        <translation>まだ候補を採用も却下もしていません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/stats_dock.py" line="239"/>
        <source>No measure yet: it is taken after each training.</source>
        <translation>まだ評価がありません: 学習のたびに評価します。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../annotator/ui/names.py" line="19"/>
        <source>new</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="20"/>
        <source>in progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="21"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/names.py" line="22"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../annotator/ui/suggestions_panel.py" line="177"/>
        <source>why: %1</source>
        <extracomment>Names shown: (attribute or value identifier) -&gt; display name in the interface language.</extracomment>
        <translation>理由:%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions_panel.py" line="237"/>
        <source>%1: A accept, R reject, E accept and edit</source>
        <translation>%1: A 採用、R 却下、E 採用して編集</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/suggestions_panel.py" line="238"/>
        <source>Claim suggestions are off (View &gt; Claim Suggestions, Ctrl+Shift+S)</source>
        <translation>主張の候補はオフです（表示 &gt; 主張の候補、Ctrl+Shift+S）</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../annotator/ui/text_mouse.py" line="34"/>
        <source>lemma: %1</source>
        <translation>見出し語:%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text_mouse.py" line="35"/>
        <source>part of speech: %1</source>
        <translation>品詞:%1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text_mouse.py" line="37"/>
        <source>reading: %1 (%2)</source>
        <translation>読み:%1（%2）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/text_mouse.py" line="39"/>
        <source>(unknown word)</source>
        <translation>（未知語）</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../annotator/ui/crash.py" line="58"/>
        <source>Annotator: an error</source>
        <translation>Annotator: エラー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="59"/>
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="53"/>
        <source>Your work is saved: every edit was committed when you made it.</source>
        <translation>作業は保存されています。すべての編集は行った時点で記録されました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/crash.py" line="54"/>
        <source>The details are in %1.</source>
        <translation>詳細は %1 にあります。</translation>
    </message>
</context>
</TS>
