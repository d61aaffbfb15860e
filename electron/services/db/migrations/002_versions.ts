// Schema version 2: whole-report versions keep their 字数 and a key of their text, so the list
// shows the change without reading every copy and 「保存版本」 on unchanged text can say so;
// section revisions keep the name of the version that left them (「送审稿」, 「全部修正前」).
// Rows from version 1 get NULL and are filled in by the restore layer when first read.
export default `
ALTER TABLE snapshots ADD COLUMN chars INTEGER;
ALTER TABLE snapshots ADD COLUMN text_key TEXT;
ALTER TABLE revisions ADD COLUMN label TEXT NOT NULL DEFAULT '';
`;
