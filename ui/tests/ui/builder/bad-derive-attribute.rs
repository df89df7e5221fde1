// A misspelt `builder` attribute is reported at the attribute.
use verifik_flow_derive::Builder;

#[derive(Builder)]
pub struct Settings {
    #[builder(nsted)]
    pub limit: Option<u8>,
}

fn main() {}
