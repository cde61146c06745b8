//! Bytes -> text. UTF-8 with or without a byte-order mark, UTF-16 with one, or the legacy
//! encoding the user names; anything else is refused with the byte offset and what to do.

use super::{ImportError, ImportProblem};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

/// Decodes `bytes`: with `declared` (an encoding label such as `windows-1252`, `latin1`,
/// `utf-16le`) when given, else by the byte-order mark, else as UTF-8. The byte-order mark is
/// never part of the text.
pub fn decode(bytes: &[u8], declared: Option<&str>, origin: &str) -> Result<String, ImportError> {
    let text = match declared {
        Some(label) => decode_declared(bytes, label, origin)?,
        None => decode_sniffed(bytes, origin)?,
    };
    if let Some(offset) = text.find('\0') {
        return Err(ImportError::new(
            origin,
            ImportProblem::NulCharacter { offset },
        ));
    }
    Ok(text)
}

fn decode_declared(bytes: &[u8], label: &str, origin: &str) -> Result<String, ImportError> {
    let encoding = encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        ImportError::new(
            origin,
            ImportProblem::UnknownEncoding {
                label: label.to_string(),
            },
        )
    })?;
    // A byte-order mark, when there is one, says more than the label (as browsers read it).
    let (encoding, bom_len) = encoding_rs::Encoding::for_bom(bytes).unwrap_or((encoding, 0));
    let body = &bytes[bom_len..];
    encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .map(|text| text.into_owned())
        .ok_or_else(|| {
            ImportError::new(
                origin,
                ImportProblem::NotInEncoding {
                    encoding: encoding.name(),
                    offset: bom_len + first_malformed(encoding, body),
                },
            )
        })
}

/// Where decoding `bytes` in `encoding` first fails: the number of bytes read before it.
fn first_malformed(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(0));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(len, extra) => {
            read.saturating_sub(len as usize + extra as usize)
        }
        _ => read,
    }
}

fn decode_sniffed(bytes: &[u8], origin: &str) -> Result<String, ImportError> {
    if let Some(body) = bytes.strip_prefix(UTF16LE_BOM) {
        return decode_utf16(body, u16::from_le_bytes, "UTF-16LE", origin);
    }
    if let Some(body) = bytes.strip_prefix(UTF16BE_BOM) {
        return decode_utf16(body, u16::from_be_bytes, "UTF-16BE", origin);
    }
    let (body, skipped) = match bytes.strip_prefix(UTF8_BOM) {
        Some(body) => (body, UTF8_BOM.len()),
        None => (bytes, 0),
    };
    if let Some(offset) = body.iter().position(|b| *b == 0) {
        return Err(ImportError::new(
            origin,
            ImportProblem::NulByte {
                offset: offset + skipped,
            },
        ));
    }
    std::str::from_utf8(body).map(str::to_string).map_err(|e| {
        let offset = e.valid_up_to();
        ImportError::new(
            origin,
            ImportProblem::NotUtf8 {
                byte: body[offset],
                offset: offset + skipped,
            },
        )
    })
}

fn decode_utf16(
    body: &[u8],
    unit: fn([u8; 2]) -> u16,
    name: &'static str,
    origin: &str,
) -> Result<String, ImportError> {
    if body.len() % 2 == 1 {
        return Err(ImportError::new(
            origin,
            ImportProblem::OddUtf16 {
                encoding: name,
                offset: body.len() + 1,
            },
        ));
    }
    let units = body.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    let mut offset = 2;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                offset += 2 * c.len_utf16();
                text.push(c);
            }
            Err(_) => {
                return Err(ImportError::new(
                    origin,
                    ImportProblem::UnpairedSurrogate {
                        encoding: name,
                        offset,
                    },
                ));
            }
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, bom: &[u8], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
        let mut bytes = bom.to_vec();
        for u in text.encode_utf16() {
            bytes.extend(unit(u));
        }
        bytes
    }

    #[test]
    fn the_utf8_byte_order_mark_is_never_text() {
        let text = decode(b"\xEF\xBB\xBFHeadline\n", None, "a.txt").unwrap();
        assert_eq!(text, "Headline\n");
    }

    #[test]
    fn utf16_with_a_byte_order_mark_both_ways() {
        let words = "Caf\u{e9} “quoted” \u{1F4F0} text";
        let le = utf16(words, UTF16LE_BOM, u16::to_le_bytes);
        let be = utf16(words, UTF16BE_BOM, u16::to_be_bytes);
        assert_eq!(decode(&le, None, "le.txt").unwrap(), words);
        assert_eq!(decode(&be, None, "be.txt").unwrap(), words);
        let mut cut = le.clone();
        cut.pop();
        assert!(
            decode(&cut, None, "cut.txt")
                .unwrap_err()
                .to_string()
                .contains("odd number")
        );
    }

    #[test]
    fn a_declared_legacy_encoding_is_read() {
        // "Señora Müller dijo «sí»" in windows-1252.
        let bytes = b"Se\xF1ora M\xFCller dijo \xABs\xED\xBB \x93ok\x94";
        let text = decode(bytes, Some("windows-1252"), "a.txt").unwrap();
        assert_eq!(text, "Señora Müller dijo «sí» “ok”");
        assert_eq!(decode(bytes, Some("latin1"), "a.txt").unwrap(), text);
    }

    #[test]
    fn undeclared_legacy_bytes_are_refused_with_offset_and_hint() {
        let err = decode(b"Caf\xE9 au lait", None, "a.txt").unwrap_err();
        assert_eq!(
            err.problem,
            ImportProblem::NotUtf8 {
                byte: 0xE9,
                offset: 3
            }
        );
        assert!(err.to_string().contains("0xE9 at offset 3"), "{err}");
        let err = decode(b"\xEF\xBB\xBFok \xFF", None, "b.txt").unwrap_err();
        assert!(err.to_string().contains("offset 6"), "{err}");
    }

    #[test]
    fn unknown_labels_and_malformed_declared_text_are_refused() {
        let err = decode(b"x", Some("klingon"), "a.txt").unwrap_err();
        assert!(err.to_string().contains("not an encoding"), "{err}");
        let err = decode(b"ok \xC3(", Some("utf-8"), "a.txt").unwrap_err();
        assert!(err.to_string().contains("byte 3"), "{err}");
    }

    #[test]
    fn nul_bytes_without_a_byte_order_mark_are_binary() {
        let err = decode(b"\x89PNG\r\n\x1a\n\0\0", None, "x.png").unwrap_err();
        assert_eq!(err.problem, ImportProblem::NulByte { offset: 8 });
        assert!(err.to_string().contains("binary"), "{err}");
    }
}
