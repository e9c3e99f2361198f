//! `Envelope::parse` over arbitrary bytes: never panics, and whatever it accepts has a
//! storage-safe `evt_` id, a non-empty type and a JSON object as `data.object`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::value::RawValue;
use stripe_recovery::stripe::event::Envelope;

fuzz_target!(|data: &[u8]| {
    let Ok(envelope) = Envelope::parse(data) else {
        return;
    };
    assert!(envelope.id.starts_with("evt_"), "{:?}", envelope.id);
    assert!(envelope.id.len() > 4 && envelope.id.len() <= 255);
    assert!(
        envelope.id[4..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        "{:?}",
        envelope.id
    );
    assert!(!envelope.event_type.is_empty());
    let object = envelope.data.object.get();
    assert!(object.starts_with('{'), "{object:?}");
    // data.object is kept verbatim: one complete JSON value on its own.
    let reparsed = serde_json::from_str::<Box<RawValue>>(object).expect("data.object re-parses");
    assert_eq!(reparsed.get(), object);
    // Not asserted: a full `Value` parse can fail where RawValue accepted, e.g. on a
    // number beyond f64 (`1e999`), which RawValue only checks for syntax.
    let _ = serde_json::from_str::<serde_json::Value>(object);
});
