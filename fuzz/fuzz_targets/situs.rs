//! Fuzzes the site file `_situs.yaml`, beside a valid unit and standard.
#![no_main]

#[path = "../harness.rs"]
#[allow(dead_code)]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::site(data));
