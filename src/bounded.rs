//! Reading an input file with a size limit, refusing what is not a regular file.
//!
//! Issue 11: `ingest /dev/zero` grew to 2 GB before failing, a named pipe hung forever. The size
//! a file reports says nothing for devices and pipes, so the limit applies to the bytes actually
//! read; and a device, a pipe, a socket or a folder is refused before it is opened (opening a
//! named pipe blocks until a writer appears). Standard input is the one stream accepted, read
//! through the same limit.

use std::io::Read;
use std::path::Path;

/// Why an input could not be read. Shown as `ORIGIN: PROBLEM` (`ORIGIN is PROBLEM` for what
/// the path is); [`ReadError::problem`] alone serves a listing that names the file already.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    NotFound {
        origin: String,
    },
    Folder {
        origin: String,
    },
    NotRegular {
        origin: String,
        what: &'static str,
    },
    TooLarge {
        origin: String,
        limit: u64,
        purpose: &'static str,
    },
    Io {
        origin: String,
        #[source]
        source: std::io::Error,
    },
}

impl ReadError {
    /// The path or stream it is about ("standard input").
    pub fn origin(&self) -> &str {
        match self {
            ReadError::NotFound { origin }
            | ReadError::Folder { origin }
            | ReadError::NotRegular { origin, .. }
            | ReadError::TooLarge { origin, .. }
            | ReadError::Io { origin, .. } => origin,
        }
    }

    /// What is wrong and what to do, without the origin.
    pub fn problem(&self) -> String {
        match self {
            ReadError::NotFound { .. } => "no such file; check the path".into(),
            ReadError::Folder { .. } => "a folder; give the file itself".into(),
            ReadError::NotRegular { what, .. } => format!(
                "not a regular file (a {what}); give a file, or pipe it through standard input (-)"
            ),
            ReadError::TooLarge { limit, purpose, .. } => format!(
                "over the {} limit for {purpose}; split it or check it is the right file",
                human_size(*limit)
            ),
            ReadError::Io { source, .. } => format!("cannot read it: {source}"),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let joint = match self {
            ReadError::Folder { .. } | ReadError::NotRegular { .. } => " is ",
            _ => ": ",
        };
        write!(f, "{}{joint}{}", self.origin(), self.problem())
    }
}

/// The bytes of the file at `path`, or of standard input when `path` is `-`, at most `limit` of
/// them. `purpose` ("one article", "a checklist") names the limit in the message.
pub fn read_limited(path: &Path, limit: u64, purpose: &'static str) -> Result<Vec<u8>, ReadError> {
    let origin = if path == Path::new("-") {
        "standard input".to_string()
    } else {
        path.display().to_string()
    };
    let io = |source: std::io::Error| ReadError::Io {
        origin: origin.clone(),
        source,
    };
    let bytes = if path == Path::new("-") {
        read_up_to(std::io::stdin().lock(), limit).map_err(io)?
    } else {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound {
                origin: origin.clone(),
            },
            _ => io(e),
        })?;
        if meta.is_dir() {
            return Err(ReadError::Folder { origin });
        }
        if !meta.is_file() {
            return Err(ReadError::NotRegular {
                what: file_type_name(&meta.file_type()),
                origin,
            });
        }
        read_up_to(std::fs::File::open(path).map_err(io)?, limit).map_err(io)?
    };
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            origin,
            limit,
            purpose,
        });
    }
    Ok(bytes)
}

/// At most `limit + 1` bytes: one more than allowed is enough to know it is too many.
fn read_up_to(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// 5 MiB, 256 KiB, 1000 bytes.
fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

fn file_type_name(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "named pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
        if kind.is_socket() {
            return "socket";
        }
    }
    let _ = kind;
    "special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_is_refused_before_it_is_read() {
        let err = read_limited(Path::new("/dev/zero"), 1024, "one article").unwrap_err();
        assert!(
            matches!(err, ReadError::NotRegular { what: "device", .. }),
            "{err}"
        );
    }

    #[test]
    fn the_limit_counts_bytes_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, vec![b'a'; 2048]).unwrap();
        assert!(matches!(
            read_limited(&path, 1024, "one article"),
            Err(ReadError::TooLarge { limit: 1024, .. })
        ));
        assert_eq!(
            read_limited(&path, 2048, "one article").unwrap().len(),
            2048
        );
    }

    #[test]
    fn a_bounded_stream_stops_one_byte_past_the_limit() {
        let endless = std::io::repeat(b'x');
        assert_eq!(read_up_to(endless, 10).unwrap().len(), 11);
    }
}
