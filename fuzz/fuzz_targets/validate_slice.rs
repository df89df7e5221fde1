//! `validate_flow_slice` on any bytes (see `verifik_flow_fuzz_checks::validate_bytes`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| verifik_flow_fuzz_checks::validate_bytes(bytes));
