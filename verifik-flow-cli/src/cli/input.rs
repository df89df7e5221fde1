//! Reading a flow file, or standard input for `-`.

use std::io::{self, Read};
use std::path::Path;

use verifik_flow::MAX_INPUT_BYTES;

/// How a file is named in messages: its path, or `<stdin>`.
pub(crate) fn display_name(file: &Path) -> String {
    if file.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        file.display().to_string()
    }
}

/// Reads at most one byte more than the validator accepts, so a huge file costs no memory.
pub(crate) fn read_limited(file: &Path) -> io::Result<Vec<u8>> {
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1;
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(file)?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}
