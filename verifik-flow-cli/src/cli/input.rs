//! Reading a flow file, or standard input for `-`.

use std::io::{self, Read};
use std::path::Path;

use verifik_flow::Lang;
use verifik_flow::MAX_INPUT_BYTES;

/// How a file is named in messages: its path (controls and bidi characters escaped), or
/// `<stdin>`.
pub(crate) fn display_name(file: &Path) -> String {
    if file.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        verifik_flow::printable(&file.display().to_string()).into_owned()
    }
}

/// Reads at most one byte more than the validator accepts, so a huge file costs no memory.
/// Only a regular file (or standard input, `-`) is read: a FIFO or a device could block
/// forever, or never end, and hold up every other file.
pub(crate) fn read_limited(file: &Path, lang: Lang) -> io::Result<Vec<u8>> {
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1;
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    // The kind is checked without opening (opening a FIFO blocks until a writer comes), and
    // again on the opened file, in case the path was swapped in between.
    let kind = std::fs::metadata(file)?.file_type();
    if !kind.is_file() {
        return Err(not_a_file(kind, lang));
    }
    let opened = std::fs::File::open(file)?;
    let kind = opened.metadata()?.file_type();
    if !kind.is_file() {
        return Err(not_a_file(kind, lang));
    }
    opened.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn not_a_file(kind: std::fs::FileType, lang: Lang) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        super::words::of(lang).not_a_file(kind.is_dir()),
    )
}
