// Nested objects have required members too: a document type needs its `configurations`.
use verifik_flow::DocumentType;

fn main() {
    let _ = DocumentType::builder().country("Colombia").build();
}
