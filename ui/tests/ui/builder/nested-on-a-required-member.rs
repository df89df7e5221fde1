// `nested` is for optional members whose type has a builder.
use verifik_flow_derive::Builder;

#[derive(Builder)]
pub struct Settings {
    #[builder(nested)]
    pub limit: u8,
}

fn main() {}
