//! Only tests live here: `tests/ui.rs` and its cases under `tests/ui/`.
