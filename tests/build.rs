//! Nothing to build: this script exists for its build dependency (`once_cell` with `std` on
//! the host; see `Cargo.toml`).

fn main() {}
