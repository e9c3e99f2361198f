//! Signed tokens and the links built on them (portal, unsubscribe).
//!
//! 1. Any UTF-8 input is a token: `TokenSigner::verify`, `portal::verify` and
//!    `unsubscribe::verify` must return, never panic; a stranger's bytes (not signed
//!    with our secret) are never accepted.
//! 2. Any input is a payload signed with our secret: the checks after the signature
//!    (purpose, expiry, claims) must return, never panic; whatever `portal::verify`
//!    accepts must mint back to a link that verifies to the same thing.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use stripe_recovery::portal::{self, PortalLinks};
use stripe_recovery::signed::{Purpose, TokenError, TokenSigner};
use stripe_recovery::unsubscribe;

const SECRET: &str = "fuzz-portal-link-secret-0123456789ab";
const NOW: i64 = 1_800_000_000;

static PORTAL: LazyLock<TokenSigner> =
    LazyLock::new(|| TokenSigner::new(Purpose::Portal, SECRET).unwrap());
static UNSUBSCRIBE: LazyLock<TokenSigner> =
    LazyLock::new(|| TokenSigner::new(Purpose::Unsubscribe, SECRET).unwrap());

fuzz_target!(|data: &[u8]| {
    if let Ok(token) = std::str::from_utf8(data) {
        arbitrary_token(token);
    }
    signed_payload(data);
});

fn arbitrary_token(token: &str) {
    for now in [NOW, 0, i64::MIN, i64::MAX] {
        let portal = portal::verify(&PORTAL, token, now);
        let unsubscribed = unsubscribe::verify(&UNSUBSCRIBE, token, now);
        let raw = PORTAL.verify::<serde_json::Value>(token, now);
        // Forging is out of reach: only a token whose signature checks gets past it.
        if raw.is_err() {
            assert!(portal.is_err());
        }
        if let Err(TokenError::Malformed | TokenError::BadSignature) = raw {
            assert_eq!(portal.as_ref().err(), raw.as_ref().err());
        }
        let _ = unsubscribed;
    }
}

/// The payload field of a token, base64url without padding, and its signature.
fn sign_raw(payload_json: &[u8]) -> String {
    use base64::Engine;
    use hmac::{Hmac, KeyInit, Mac};
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = b64.encode(payload_json);
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(payload.as_bytes());
    format!("{payload}.{}", b64.encode(mac.finalize().into_bytes()))
}

fn signed_payload(data: &[u8]) {
    let token = sign_raw(data);
    for now in [NOW, i64::MIN, i64::MAX] {
        let got = portal::verify(&PORTAL, &token, now);
        assert!(
            !matches!(got, Err(TokenError::BadSignature)),
            "our own signature refused"
        );
        if let Ok(link) = got {
            let links = PortalLinks::new("https://x.example/p".into(), PORTAL.clone(), 30);
            let minted = links.link(&link, NOW);
            let again = minted.strip_prefix("https://x.example/p?t=").unwrap();
            assert_eq!(portal::verify(&PORTAL, again, NOW), Ok(link));
        }
        let _ = unsubscribe::verify(&UNSUBSCRIBE, &token, now);
    }
}
