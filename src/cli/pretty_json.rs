//! serde_json's pretty layout (two spaces a level), byte for byte, written with one call per
//! line break instead of one per indentation level: `articles --json` over ten thousand articles
//! is millions of short indented lines (each gate reason lists its statements' ids), and the
//! stock formatter's many tiny writes were most of the command's time.

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// A comma, a line break and enough spaces for most depths; deeper levels write the rest.
const BREAK: &[u8] = b",\n                                                                ";

#[derive(Default)]
pub struct PrettyJson {
    depth: usize,
    has_value: bool,
}

impl PrettyJson {
    /// A line break (after a comma unless `first`) and the indentation of the current depth.
    fn new_line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        let start = usize::from(first);
        let wanted = 2 + 2 * self.depth;
        if wanted <= BREAK.len() {
            return out.write_all(&BREAK[start..wanted]);
        }
        out.write_all(&BREAK[start..])?;
        out.write_all(&b" ".repeat(wanted - BREAK.len()))
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(out, true)?;
        }
        out.write_all(bracket)
    }
}

impl Formatter for PrettyJson {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    /// JSON text handed on as it was stored (`RawValue`: the listing's counts and gates), laid
    /// out as the value itself would be. The text is `serde_json`'s compact output, with no
    /// space outside its strings: each bracket, comma and colon outside a string is where the
    /// pretty layout breaks the line or adds a space; strings are copied as they stand.
    fn write_raw_fragment<W: ?Sized + Write>(&mut self, out: &mut W, raw: &str) -> io::Result<()> {
        let bytes = raw.as_bytes();
        let (mut from, mut at) = (0, 0);
        while at < bytes.len() {
            match bytes[at] {
                b'"' => {
                    at += 1;
                    while at < bytes.len() && bytes[at] != b'"' {
                        at += if bytes[at] == b'\\' { 2 } else { 1 };
                    }
                    at += 1;
                    continue;
                }
                open @ (b'[' | b'{') => {
                    let close = if open == b'[' { b']' } else { b'}' };
                    if bytes.get(at + 1) == Some(&close) {
                        at += 2; // empty: `[]` and `{}` stay on their line
                        continue;
                    }
                    out.write_all(&bytes[from..=at])?;
                    self.depth += 1;
                    self.new_line(out, true)?;
                }
                b']' | b'}' => {
                    out.write_all(&bytes[from..at])?;
                    self.depth -= 1;
                    self.new_line(out, true)?;
                    out.write_all(&bytes[at..=at])?;
                }
                b',' => {
                    out.write_all(&bytes[from..at])?;
                    self.new_line(out, false)?;
                }
                b':' => {
                    out.write_all(&bytes[from..at])?;
                    out.write_all(b": ")?;
                }
                _ => {
                    at += 1;
                    continue;
                }
            }
            at += 1;
            from = at;
        }
        out.write_all(&bytes[from..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, PrettyJson::default());
        serde::Serialize::serialize(value, &mut ser).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_layout_is_serde_jsons_pretty_one_byte_for_byte() {
        // Empty containers, nesting, and a depth past the prepared indentation.
        let mut deep = serde_json::json!([1, [], {}, {"a": [2, 3]}]);
        for level in 0..40 {
            deep = serde_json::json!({ "level": level, "inner": deep, "list": [[], [level]] });
        }
        for value in [
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!({"gate": {"ready": false, "reasons": [{"statements": [1, 2]}]}}),
            deep,
        ] {
            assert_eq!(ours(&value), serde_json::to_string_pretty(&value).unwrap());
        }
    }

    /// Two rows, each with a member holding `inner` as JSON text (compact, as the overview
    /// stores it), laid out by [`PrettyJson`].
    fn with_raw(inner: &serde_json::Value) -> String {
        #[derive(serde::Serialize)]
        struct Row<'a> {
            slug: &'a str,
            gate: &'a serde_json::value::RawValue,
        }
        let text = serde_json::to_string(inner).unwrap();
        let raw = serde_json::value::RawValue::from_string(text).unwrap();
        let rows = [
            Row {
                slug: "a",
                gate: &raw,
            },
            Row {
                slug: "b",
                gate: &raw,
            },
        ];
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, PrettyJson::default());
        serde::Serialize::serialize(&rows, &mut ser).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn stored_json_text_is_laid_out_as_the_value_itself_would_be() {
        let strings = serde_json::json!([
            "a \"quoted\" [bracket], {brace}: colon, comma",
            "back\\slash\\",
            "\\\"",
            "tab\tnew\nline \u{1} é 🙂"
        ]);
        let mut deep = serde_json::json!({"ready": false, "reasons": [], "n": null});
        for level in 0..40 {
            deep = serde_json::json!({"level": level, "inner": deep, "ids": [level, -1, 2.5], "e": {}});
        }
        for inner in [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!(7),
            serde_json::json!({"ready": true, "reasons": [{"code": "stale", "message": "m: a, b", "statements": [1, 2, 3]}], "next_lapse_at": "2026-06-01T09:00:00Z"}),
            strings,
            deep,
        ] {
            #[derive(serde::Serialize)]
            struct Row<'a> {
                slug: &'a str,
                gate: &'a serde_json::Value,
            }
            let typed = [
                Row {
                    slug: "a",
                    gate: &inner,
                },
                Row {
                    slug: "b",
                    gate: &inner,
                },
            ];
            assert_eq!(
                with_raw(&inner),
                serde_json::to_string_pretty(&typed).unwrap()
            );
        }
    }
}
