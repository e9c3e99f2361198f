//! Stripe's official example objects (`tests/fixtures/stripe/fixtures3.json`), for the
//! parsers' unit tests.

use serde_json::{Map, Value};

const FIXTURES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/stripe/fixtures3.json"
));

/// Every resource, by name.
pub fn resources() -> Map<String, Value> {
    let all: Value = serde_json::from_str(FIXTURES).unwrap();
    all["resources"].as_object().unwrap().clone()
}

/// One resource (`"invoice"`, `"checkout.session"`, …).
pub fn fixture(name: &str) -> Value {
    resources()[name].clone()
}
