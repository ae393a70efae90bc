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
    <name>Core</name>
    <message>
        <location filename="../../annotator/core/claims.py" line="53"/>
        <source>attribute names must be unique and non-empty</source>
        <translation>属性名は重複せず、空でないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="56"/>
        <source>the built-in attributes stay: {names}</source>
        <translation>組み込みの属性は削除できません:{names}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="60"/>
        <source>{attribute}: values must be unique and non-empty</source>
        <translation>{attribute}:値は重複せず、空でないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="62"/>
        <source>{attribute}: one key per value</source>
        <translation>{attribute}:値ごとにキーを 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="67"/>
        <source>{attribute}={value}: a key is one lower-case letter, not {key!r}</source>
        <translation>{attribute}={value}:キーは小文字 1 字です({key!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="70"/>
        <source>{attribute}={value}: the key c creates a claim</source>
        <translation>{attribute}={value}:キー c は主張の作成に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="73"/>
        <source>{attribute}={value}: the key {key!r} is already {other}</source>
        <translation>{attribute}={value}:キー {key!r} はすでに {other} に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/claims.py" line="77"/>
        <source>roles must be unique and non-empty</source>
        <translation>役割は重複せず、空でないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="83"/>
        <source>no such file</source>
        <extracomment>How many problems an error message lists before it says &quot;and N more&quot;.</extracomment>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="85"/>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="87"/>
        <source>cannot tell the format from the file name; pass --format txt, jsonl or stockmark</source>
        <translation>ファイル名から形式を判断できません。形式(txt、jsonl、stockmark)を指定してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="107"/>
        <source>document id {id!r} also comes from {where}</source>
        <translation>文書 ID {id!r} は {where} にもあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="110"/>
        <source>document id {id!r} is already in the project</source>
        <translation>文書 ID {id!r} はすでにプロジェクトにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="125"/>
        <source>cannot read: {reason}</source>
        <translation>読み込めません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/importer.py" line="144"/>
        <source>and {n} more problems</source>
        <translation>ほかに {n} 件の問題があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="114"/>
        <source>a label name must be non-empty and have no surrounding spaces</source>
        <translation>ラベル名は空でなく、前後に空白を含まないものにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="116"/>
        <source>label {name!r}: colour must look like #rrggbb, not {colour!r}</source>
        <translation>ラベル {name!r}:色は #rrggbb の形式で指定してください({colour!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/model.py" line="119"/>
        <source>label {name!r}: the shortcut must be one character, not {key!r}</source>
        <translation>ラベル {name!r}:ショートカットは 1 文字です({key!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/ops.py" line="405"/>
        <source>span offsets must be integers, not {start!r}, {end!r}</source>
        <translation>範囲のオフセットは整数です({start!r}、{end!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/ops.py" line="408"/>
        <source>span {start}–{end} is outside the document (0–{length}) or empty</source>
        <translation>範囲 {start}–{end} が文書(0–{length})の外にあるか、空です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="157"/>
        <source>{path}: no project file here</source>
        <extracomment>MIGRATIONS[v] upgrades a file from schema v to v + 1 (SQL run in one transaction).</extracomment>
        <translation>{path}:プロジェクトファイルがありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="159"/>
        <location filename="../../annotator/core/formats/base.py" line="53"/>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}:フォルダ {folder} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="162"/>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}:プロジェクトファイルではなくフォルダです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="166"/>
        <source>{path}: cannot open: {reason}</source>
        <translation>{path}:開けません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="173"/>
        <source>{path}: not an annotator project file ({reason})</source>
        <translation>{path}:annotator のプロジェクトファイルではありません({reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="187"/>
        <source>{path}: an SQLite file, but not an annotator project</source>
        <translation>{path}:SQLite ファイルですが、annotator のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="191"/>
        <source>{path}: this project was written by a newer annotator (file schema {version}, this program reads up to {readable}); update annotator to open it</source>
        <translation>{path}:このプロジェクトは新しい annotator で書かれています(ファイルのスキーマ {version}、このプログラムが読めるのは {readable} まで)。annotator を更新してから開いてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="196"/>
        <source>{path}: empty file, not an annotator project</source>
        <translation>{path}:空のファイルで、annotator のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="199"/>
        <source>{path}: cannot switch the project file to WAL journaling</source>
        <translation>{path}:プロジェクトファイルを WAL ジャーナルに切り替えられません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="231"/>
        <source>{path}: no migration from schema {version}</source>
        <translation>{path}:スキーマ {version} からの移行手順がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/store.py" line="341"/>
        <location filename="../../annotator/core/store.py" line="351"/>
        <location filename="../../annotator/core/store.py" line="380"/>
        <location filename="../../annotator/core/store.py" line="388"/>
        <source>no document {id!r} in this project</source>
        <translation>このプロジェクトに文書 {id!r} はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="47"/>
        <source>entity {id} is not in this document (removed elsewhere?)</source>
        <translation>固有表現 {id} はこの文書にありません(別の場所で削除されましたか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="53"/>
        <source>unknown label {label!r}: add it to the project&apos;s label set first</source>
        <translation>不明なラベル {label!r}:先にプロジェクトのラベルセットに追加してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="63"/>
        <source>entity text {text!r} is not the document&apos;s text {actual!r} at {start}–{end}</source>
        <translation>固有表現のテキスト {text!r} が、文書の {start}–{end} のテキスト {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="79"/>
        <source>entity {id} was changed elsewhere; reload the document</source>
        <translation>固有表現 {id} は別の場所で変更されました。文書を読み込み直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="83"/>
        <source>entity {id} ({text}) is referred to by claim(s) {claims}; remove it with its references (one undoable step)</source>
        <translation>固有表現 {id}({text})は主張 {claims} から参照されています。参照ごと削除してください(1 回で元に戻せます)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="104"/>
        <source>a claim with id {id} already exists in this document</source>
        <translation>この文書には ID {id} の主張がすでにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="111"/>
        <source>claim {id} is not in this document (removed elsewhere?)</source>
        <translation>主張 {id} はこの文書にありません(別の場所で削除されましたか?)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="118"/>
        <location filename="../../annotator/core/transaction.py" line="125"/>
        <source>claim {id} was changed elsewhere; reload the document</source>
        <translation>主張 {id} は別の場所で変更されました。文書を読み込み直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="128"/>
        <source>a claim keeps its id</source>
        <translation>主張の ID は変更できません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="137"/>
        <source>entity {id} is labelled {label}, not {old}; reload the document</source>
        <translation>固有表現 {id} のラベルは {old} ではなく {label} です。文書を読み込み直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="149"/>
        <source>entity {id} spans {start}–{end}, not {old_start}–{old_end}</source>
        <translation>固有表現 {id} の範囲は {old_start}–{old_end} ではなく {start}–{end} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="170"/>
        <source>the key {key!r} already applies the label {label}</source>
        <translation>キー {key!r} はすでにラベル {label} に使われています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="178"/>
        <location filename="../../annotator/core/transaction.py" line="202"/>
        <source>there is already a label {name!r}</source>
        <translation>ラベル {name!r} はすでにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="186"/>
        <source>{n} entities carry the label {label}; relabel or remove them first</source>
        <translation>{n} 件の固有表現がラベル {label} を使っています。先にラベルを変えるか削除してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="196"/>
        <source>the label {label} was changed elsewhere; reopen the label editor</source>
        <translation>ラベル {label} は別の場所で変更されました。ラベル編集を開き直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="215"/>
        <source>renaming {old} to {new} would duplicate entities</source>
        <translation>{old} を {new} に変えると固有表現が重複します</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="230"/>
        <source>the claim schema was changed elsewhere; reopen the editor</source>
        <translation>主張スキーマは別の場所で変更されました。編集画面を開き直してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="234"/>
        <source>not a claim schema: {problem}</source>
        <translation>主張スキーマではありません:{problem}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="244"/>
        <source>document {id} is {current}, not {old}</source>
        <translation>文書 {id} の状態は {old} ではなく {current} です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="263"/>
        <source>an entity with id {id} already exists in this document</source>
        <translation>この文書には ID {id} の固有表現がすでにあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="265"/>
        <source>the same entity already exists: {label} at {start}–{end} ({text!r})</source>
        <translation>同じ固有表現がすでにあります:{start}–{end} の {label}({text!r})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/transaction.py" line="267"/>
        <source>the entity {label} at {start}–{end} breaks a rule of the project file: {rule}</source>
        <translation>{start}–{end} の固有表現 {label} はプロジェクトファイルの規則に反します:{rule}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="44"/>
        <source>{what}: start and end must be integers (code points), not {start!r} and {end!r}</source>
        <extracomment>The C string encoder behind json.dumps(ensure_ascii=False): quotes and escapes one str.</extracomment>
        <translation>{what}:start と end は整数(コードポイント)です({start!r} と {end!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="48"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="47"/>
        <source>{what}: span {start}–{end} is empty or outside the text (length {length})</source>
        <translation>{what}:範囲 {start}–{end} が空か、テキスト(長さ {length})の外にあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="52"/>
        <source>{what}: text {text!r} is not text[{start}:{end}] = {actual!r}</source>
        <translation>{what}:text {text!r} が text[{start}:{end}] = {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="61"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="87"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="161"/>
        <source>{what}: must be an object</source>
        <translation>{what}:オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="65"/>
        <source>entity {id}</source>
        <translation>固有表現 {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="67"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="93"/>
        <source>{what}: id must be a non-empty string</source>
        <translation>{what}:id は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="69"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="95"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="164"/>
        <source>{what}: unknown field {key!r}</source>
        <translation>{what}:不明なフィールド {key!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="72"/>
        <location filename="../../annotator/core/formats/jsonl.py" line="98"/>
        <source>{what}: missing {key!r}</source>
        <translation>{what}:{key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="75"/>
        <source>{what}: label must be a non-empty string</source>
        <translation>{what}:label は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="77"/>
        <source>{what}: text must be a string</source>
        <translation>{what}:text は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="79"/>
        <source>{what}: attributes must be an object</source>
        <translation>{what}:attributes はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="91"/>
        <source>claim {id}</source>
        <translation>主張 {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="103"/>
        <source>{what}: {key} must be a string or null</source>
        <translation>{what}:{key} は文字列か null にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="106"/>
        <source>{what}: attributes must be an object of strings (the project&apos;s own claim attributes)</source>
        <translation>{what}:attributes は文字列のオブジェクト(プロジェクト独自の主張属性)にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="114"/>
        <source>{what}: claimant refers to entity {ref!r}, which is not in this record</source>
        <translation>{what}:claimant が参照する固有表現 {ref!r} はこのレコードにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="118"/>
        <source>{what}: a source claimant needs a non-empty text</source>
        <translation>{what}:source の claimant には空でない text が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="120"/>
        <source>{what}: claimant must be null or an object with kind entity, source or author</source>
        <translation>{what}:claimant は null か、kind が entity、source、author のオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="127"/>
        <source>{what}: cue must be null or a span object</source>
        <translation>{what}:cue は null か範囲のオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="130"/>
        <source>{what}: arguments must be a list</source>
        <translation>{what}:arguments はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="134"/>
        <source>{what}: arguments[{j}] must be an object with a non-empty role</source>
        <translation>{what}:arguments[{j}] は空でない role を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="139"/>
        <source>{what}: arguments[{j}] ({role}) refers to entity {ref!r}, which is not in this record</source>
        <translation>{what}:arguments[{j}]({role})が参照する固有表現 {ref!r} はこのレコードにありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="155"/>
        <source>tokens must be a list</source>
        <translation>tokens はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="167"/>
        <source>{what}: surface must be a string</source>
        <translation>{what}:surface は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="171"/>
        <source>{what}: overlaps the token before it</source>
        <translation>{what}:前のトークンと重なっています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="179"/>
        <source>a record must be a JSON object, not {kind}</source>
        <translation>レコードは JSON オブジェクトにしてください({kind} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="181"/>
        <source>unknown field {key!r}</source>
        <translation>不明なフィールド {key!r}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="184"/>
        <source>id must be a non-empty string</source>
        <translation>id は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="187"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="29"/>
        <source>text must be a string</source>
        <translation>text は文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="190"/>
        <source>meta must be an object</source>
        <translation>meta はオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="192"/>
        <source>status must be one of {values}, not {status!r}</source>
        <translation>status は {values} のいずれかにしてください({status!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="197"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="31"/>
        <source>entities must be a list</source>
        <translation>entities はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="205"/>
        <source>entity {id}: duplicate id</source>
        <translation>固有表現 {id}:ID が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="209"/>
        <source>entity {id}: same span and label as entity {other}</source>
        <translation>固有表現 {id}:固有表現 {other} と範囲もラベルも同じです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="215"/>
        <source>claims must be a list</source>
        <translation>claims はリストにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="222"/>
        <source>claim {id}: duplicate id</source>
        <translation>主張 {id}:ID が重複しています</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="241"/>
        <source>{name} is not valid JSON</source>
        <translation>{name} は JSON として正しくありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="249"/>
        <source>not UTF-8: byte 0x{byte:02x} at byte {at} of the line</source>
        <translation>UTF-8 ではありません:行の {at} バイト目にバイト 0x{byte:02x} があります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="256"/>
        <location filename="../../annotator/core/formats/stockmark.py" line="77"/>
        <source>invalid JSON at column {column}: {reason}</source>
        <translation>{column} 桁目で JSON が正しくありません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/jsonl.py" line="259"/>
        <source>invalid JSON: {reason}</source>
        <translation>JSON が正しくありません:{reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="22"/>
        <source>must be an object with curid, text and entities</source>
        <translation>curid、text、entities を持つオブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="23"/>
        <source>missing {key!r}</source>
        <translation>{key!r} がありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="36"/>
        <source>{what}: needs name, span and type</source>
        <translation>{what}:name、span、type が必要です</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="42"/>
        <source>{what}: span must be [start, end] integers, not {span!r}</source>
        <translation>{what}:span は整数の [start, end] にしてください({span!r} は使えません)</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="51"/>
        <source>{what}: name {name!r} is not text[{start}:{end}] = {actual!r}</source>
        <translation>{what}:name {name!r} が text[{start}:{end}] = {actual!r} と一致しません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="54"/>
        <source>{what}: type must be a non-empty string</source>
        <translation>{what}:type は空でない文字列にしてください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="58"/>
        <source>two entities have the same span and type</source>
        <translation>範囲も種類も同じ固有表現が 2 つあります</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="73"/>
        <source>not UTF-8 ({reason} at byte {at})</source>
        <translation>UTF-8 ではありません({at} バイト目:{reason})</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/stockmark.py" line="81"/>
        <source>a Stockmark NER file is a JSON list of records</source>
        <translation>Stockmark NER のファイルはレコードの JSON リストです</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="63"/>
        <source>starts with a {enc} byte-order mark but is not valid {enc}: {reason} at byte {at}</source>
        <extracomment>Files larger than this are refused (one project row per document; split the file first). One document may not exceed this many characters unless split into lines or paragraphs.</extracomment>
        <translation>{enc} のバイト順マークで始まっていますが、{enc} として正しくありません:{at} バイト目で {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="68"/>
        <source>binary file (NUL bytes and no UTF-16 byte-order mark); not imported</source>
        <translation>バイナリファイルです(NUL バイトがあり、UTF-16 のバイト順マークがありません)。取り込みませんでした</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="85"/>
        <source>not text in a supported encoding (UTF-8, UTF-16 with BOM, Shift_JIS/CP932, EUC-JP)</source>
        <translation>対応する文字コード(UTF-8、BOM 付き UTF-16、Shift_JIS/CP932、EUC-JP)のテキストではありません</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="116"/>
        <source>file too large ({size:.0f} MiB; the limit is {limit} MiB): split it first</source>
        <translation>ファイルが大きすぎます({size:.0f} MiB、上限は {limit} MiB)。先に分割してください</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="128"/>
        <source>control character U+{code:04X}: a binary file, not text; not imported</source>
        <translation>制御文字 U+{code:04X}:テキストではなくバイナリファイルです。取り込みませんでした</translation>
    </message>
    <message>
        <location filename="../../annotator/core/formats/txt.py" line="136"/>
        <source>{n:,} characters is too long for one document; use --split lines or --split paragraphs</source>
        <translation>{n:,} 文字は 1 文書には長すぎます。行ごとか段落ごとに分けて取り込んでください</translation>
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
        <location filename="../../annotator/ui/export_dialog.py" line="72"/>
        <location filename="../../annotator/ui/export_dialog.py" line="111"/>
        <location filename="../../annotator/ui/export_dialog.py" line="126"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="80"/>
        <source>JSONL: one record per document, entities and claims</source>
        <translation>JSONL:文書ごとに 1 レコード(固有表現と主張)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="81"/>
        <source>Claim sentences: one record per sentence, labelled for check-worthiness</source>
        <translation>主張文:文ごとに 1 レコード(検証価値のラベル付き)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="82"/>
        <source>Add each document&apos;s morphemes (tokens)</source>
        <translation>各文書の形態素(tokens)を含める</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="85"/>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="93"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="99"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="101"/>
        <source>Documents:</source>
        <translation>文書:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="102"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="127"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="139"/>
        <source>Choose the file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="143"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダ %1 がありません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="146"/>
        <source>That is the project file itself: choose another file.</source>
        <translation>それはプロジェクトファイルそのものです。別のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="155"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="169"/>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 件のレコードを %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="172"/>
        <source>Nothing was written: </source>
        <translation>何も書き出していません:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="175"/>
        <source>Export cancelled: no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/export_dialog.py" line="183"/>
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
        <location filename="../../annotator/ui/import_dialog.py" line="71"/>
        <location filename="../../annotator/ui/import_dialog.py" line="149"/>
        <source>Import Documents</source>
        <translation>文書のインポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="80"/>
        <source>Add Files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="91"/>
        <source>From the file name (.txt, .jsonl, .json)</source>
        <translation>ファイル名から判断(.txt, .jsonl, .json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="91"/>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="92"/>
        <source>JSONL (annotator records)</source>
        <translation>JSONL(annotator のレコード)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="92"/>
        <source>Stockmark NER (JSON)</source>
        <translation>Stockmark NER(JSON)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="96"/>
        <source>One document per file</source>
        <translation>ファイルごとに 1 文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="96"/>
        <source>One document per line</source>
        <translation>行ごとに 1 文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="97"/>
        <source>One document per paragraph (blank lines)</source>
        <translation>段落ごとに 1 文書(空行区切り)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="99"/>
        <source>Import the valid records and set the invalid ones aside</source>
        <translation>正しいレコードだけを取り込み、不正なものは別ファイルに分ける</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="101"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="102"/>
        <source>Text files:</source>
        <translation>テキストファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="113"/>
        <source>Copy Problems</source>
        <translation>問題をコピー</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="118"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="127"/>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="149"/>
        <source>Documents (*.txt *.jsonl *.json);;All files (*)</source>
        <translation>文書 (*.txt *.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="177"/>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="189"/>
        <source>%n document(s) read…</source>
        <translation>
            <numerusform>%n 文書を読み込みました…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="194"/>
        <source>Imported %1 documents (%2 entities).</source>
        <translation>%1 文書(固有表現 %2 件)をインポートしました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="197"/>
        <source>New labels: %1.</source>
        <translation>新しいラベル:%1。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="199"/>
        <source>%1 record(s) were set aside in %2.</source>
        <translation>%1 件のレコードを %2 に分けました。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="203"/>
        <location filename="../../annotator/ui/import_dialog.py" line="212"/>
        <location filename="../../annotator/ui/import_dialog.py" line="218"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/import_dialog.py" line="208"/>
        <source>Nothing was imported: %n problem(s). The project is unchanged.</source>
        <translation>
            <numerusform>何もインポートしていません:問題が %n 件あります。プロジェクトは変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="216"/>
        <source>Import cancelled. The project is unchanged.</source>
        <translation>インポートを取り消しました。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/import_dialog.py" line="241"/>
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
        <location filename="../../annotator/ui/main_window.py" line="94"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="95"/>
        <source>Entities</source>
        <translation>固有表現</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="96"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="98"/>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="103"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="253"/>
        <source>%1 · %2 · %3 entities · %4 characters</source>
        <translation>%1 · %2 · 固有表現 %3 件 · %4 文字</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="403"/>
        <source>Select some text first (drag, or Shift+Right)</source>
        <translation>先にテキストを選択してください（ドラッグ、または Shift+→）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="429"/>
        <source>Removed %1 and its references in claim(s) %2 (Ctrl+Z brings all back)</source>
        <translation>%1 と主張 %2 からの参照を削除しました（Ctrl+Z ですべて元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="450"/>
        <source>An entity keeps at least one morpheme</source>
        <translation>固有表現には少なくとも 1 つの形態素が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="499"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="526"/>
        <source>Nothing to label: every match on morpheme boundaries has it</source>
        <translation>ラベル付けする箇所はありません（形態素境界上の一致はすべて付与済み）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/main_window.py" line="529"/>
        <source>Labelled %n match(es) as </source>
        <translation>
            <numerusform>%n 件にラベルを付けました: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="578"/>
        <source>No more documents in the list</source>
        <translation>一覧にこれ以上の文書はありません</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="590"/>
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
        <location filename="../../annotator/ui/app.py" line="105"/>
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
