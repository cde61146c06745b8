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
}
