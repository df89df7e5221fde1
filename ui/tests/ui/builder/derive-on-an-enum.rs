// Builders are for structs with named fields.
use verifik_flow_derive::Builder;

#[derive(Builder)]
pub enum Mode {
    Fast,
}

fn main() {}
