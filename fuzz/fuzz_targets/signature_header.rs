//! `Stripe-Signature` header parsing and verification.
//!
//! 1. Any UTF-8 input is a header: `SignatureHeader::parse` and `verify` (over a fixed body,
//!    with one and with two secrets, at clock/tolerance edges) must return, never panic,
//!    and `verify` must fail exactly as `parse` does when the header does not parse.
//! 2. Round trip: the input split as `t` (first 8 bytes, little-endian i64) and `body`
//!    (the rest). A header built with `WebhookSecret::sign` must parse back to `t` and
//!    verify whenever the tolerance covers `|now - t|`, and must be rejected for another
//!    body, another secret or a tolerance one second too short.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use stripe_recovery::stripe::signature::{
    DEFAULT_TOLERANCE_SECS, SignatureError, SignatureHeader, WebhookSecret, verify,
};

const BODY: &[u8] = br#"{"id":"evt_fuzz_1","type":"checkout.session.expired"}"#;
const NOW: i64 = 1_700_000_000;

static PRIMARY: LazyLock<WebhookSecret> =
    LazyLock::new(|| WebhookSecret::parse("whsec_fuzz_primary").unwrap());
static ROTATED: LazyLock<WebhookSecret> =
    LazyLock::new(|| WebhookSecret::parse("whsec_fuzz_rotated").unwrap());
static WRONG: LazyLock<WebhookSecret> =
    LazyLock::new(|| WebhookSecret::parse("whsec_fuzz_wrong").unwrap());

fuzz_target!(|data: &[u8]| {
    arbitrary_header(data);
    sign_then_verify(data);
});

fn arbitrary_header(data: &[u8]) {
    let Ok(header) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = SignatureHeader::parse(header);
    if let Ok(parsed) = &parsed {
        assert!(!parsed.v1.is_empty(), "parsed a header without v1");
    }
    let one = [PRIMARY.clone()];
    let both = [ROTATED.clone(), PRIMARY.clone()];
    let clocks = [
        (DEFAULT_TOLERANCE_SECS, NOW),
        (0, 0),
        (0, i64::MIN),
        (u64::MAX, i64::MIN),
        (u64::MAX, i64::MAX),
        (DEFAULT_TOLERANCE_SECS, i64::MAX),
    ];
    for (tolerance, now) in clocks {
        for secrets in [&one[..], &both[..], &[]] {
            let got = verify(header, BODY, secrets, tolerance, now);
            if let Err(e) = &parsed {
                assert_eq!(got.as_ref(), Err(e), "verify and parse disagree");
            }
        }
    }
    // The header's own timestamp as the clock: only the signature can fail then.
    if let Ok(parsed) = &parsed {
        let got = verify(header, BODY, &one, 0, parsed.timestamp);
        assert!(
            matches!(got, Ok(()) | Err(SignatureError::NoMatch)),
            "{got:?}"
        );
    }
}

fn sign_then_verify(data: &[u8]) {
    let Some((t_bytes, body)) = data.split_first_chunk::<8>() else {
        return;
    };
    let t = i64::from_le_bytes(*t_bytes);
    let sig = PRIMARY.sign(t, body);
    assert_eq!(sig.len(), 64);

    let header = format!("t={t},v1={sig}");
    let parsed = SignatureHeader::parse(&header).expect("a signed header parses");
    assert_eq!(parsed.timestamp, t);
    assert_eq!(parsed.v1, [sig.as_str()]);

    let one = [PRIMARY.clone()];
    // Clock exactly at t, zero tolerance.
    assert_eq!(verify(&header, body, &one, 0, t), Ok(()));
    // A fixed clock and a tolerance that just covers t; one second less is too old/new.
    let age = NOW.abs_diff(t);
    assert_eq!(verify(&header, body, &one, age, NOW), Ok(()));
    assert_eq!(verify(&header, body, &one, u64::MAX, NOW), Ok(()));
    if age > 0 {
        assert_eq!(
            verify(&header, body, &one, age - 1, NOW),
            Err(SignatureError::OutsideTolerance {
                age_secs: age,
                tolerance_secs: age - 1,
            })
        );
    }
    // Rotation, decoys and other schemes around the good v1; whitespace around items.
    let wrong = WRONG.sign(t, body);
    let noisy = format!(
        " t = {t} ,v0={sig}, v1={wrong} ,v9=x,v1= {} ",
        sig.to_uppercase()
    );
    let rotated = [ROTATED.clone(), PRIMARY.clone()];
    assert_eq!(verify(&noisy, body, &rotated, 0, t), Ok(()));
    // Only v1 counts, and only for the secret and body that were signed.
    assert_eq!(
        verify(&format!("t={t},v0={sig}"), body, &one, 0, t),
        Err(SignatureError::NoV1Signature)
    );
    assert_eq!(
        verify(&header, body, &[WRONG.clone()], 0, t),
        Err(SignatureError::NoMatch)
    );
    let mut tampered = body.to_vec();
    match tampered.first_mut() {
        Some(b) => *b ^= 1,
        None => tampered.push(b' '),
    }
    assert_eq!(
        verify(&header, &tampered, &one, 0, t),
        Err(SignatureError::NoMatch)
    );
}
