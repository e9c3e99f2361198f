//! Signed tokens: the one way a link or a request carries something we must be able to
//! trust later (who a checkout is for, who unsubscribes, whose portal opens).
//!
//! A token is `<payload>.<signature>`:
//! - `payload` is the base64url (no padding) of a JSON object with the purpose `"p"`,
//!   the expiry `"e"` (unix seconds) and the purpose's own fields;
//! - `signature` is the base64url (no padding) of HMAC-SHA256(secret, payload), the
//!   signature input being the payload's base64url text exactly as it appears.
//!
//! Each purpose has its own secrets, and the purpose is inside the signed payload, so a
//! token minted for one purpose is refused by every other. A purpose's secrets are a
//! list so they can be rotated without breaking a link already in a mailbox: the first
//! signs, any verifies. The signature is checked, in constant time, before the payload
//! is decoded: a stranger's bytes never reach the JSON parser. Any language with HMAC and base64 can mint tokens (docs/src/signed-links.md: shell, Node, Python).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use sha2::Sha256;

/// Longest token accepted: links stay far below it, and nothing larger is hashed.
pub const MAX_TOKEN_LEN: usize = 4096;
/// Shortest secret accepted (bytes): 256 bits if it is random text.
pub const MIN_SECRET_LEN: usize = 32;

/// What a token is for; written into the payload as `"p"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Customer fields of `POST /checkout/sessions`, minted by the merchant's backend.
    Checkout,
    /// An unsubscribe link in a promotional mail.
    Unsubscribe,
    /// A customer-portal link.
    Portal,
    /// A link to the page that confirms a subscription's pending SetupIntent (3-D
    /// Secure): minted by billing recovery, verified by portal-link.
    SetupConfirmation,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Checkout => "checkout",
            Self::Unsubscribe => "unsubscribe",
            Self::Portal => "portal",
            Self::SetupConfirmation => "setup",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is not `<payload>.<signature>` in base64url")]
    Malformed,
    #[error("the token's signature does not match")]
    BadSignature,
    #[error("the token was minted for another purpose")]
    WrongPurpose,
    #[error("the token has expired")]
    Expired,
    #[error("the token's payload is not what this purpose carries")]
    InvalidPayload,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("must be at least {MIN_SECRET_LEN} characters (e.g. `openssl rand -hex 32`)")]
pub struct WeakSecret;

/// Why a list of secrets is refused; `#n` counts from 1 and never shows a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadSecrets {
    #[error("secret #{0} is empty")]
    Blank(usize),
    #[error("secret #{0} {WeakSecret}")]
    Weak(usize),
}

/// Signs the tokens of one purpose with the first of its secrets, and verifies them
/// with any.
#[derive(Clone)]
pub struct TokenSigner {
    purpose: Purpose,
    /// The keyed HMAC states, cloned per token, the signing one first (never empty);
    /// the secrets themselves are not kept.
    macs: Vec<Hmac<Sha256>>,
}

impl std::fmt::Debug for TokenSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSigner")
            .field("purpose", &self.purpose)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct Outgoing<'a, T> {
    p: &'static str,
    e: i64,
    #[serde(flatten)]
    claims: &'a T,
}

impl TokenSigner {
    /// `secrets`: one secret, or several separated by commas (rotation: the new one
    /// first, the old one after it until every token it signed has expired). Entries are
    /// trimmed; a blank or short one refuses the whole list.
    pub fn new(purpose: Purpose, secrets: &str) -> Result<Self, BadSecrets> {
        let macs = secrets
            .split(',')
            .map(str::trim)
            .enumerate()
            .map(|(i, secret)| match secret.len() {
                0 => Err(BadSecrets::Blank(i + 1)),
                n if n < MIN_SECRET_LEN => Err(BadSecrets::Weak(i + 1)),
                _ => Ok(Hmac::<Sha256>::new_from_slice(secret.as_bytes())
                    .expect("HMAC accepts keys of any length")),
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { purpose, macs })
    }

    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// A token carrying `claims` (a struct serialized as a JSON object; its fields must
    /// not be named `p` or `e`) until `expires_at`.
    pub fn sign<T: Serialize>(&self, claims: &T, expires_at: i64) -> String {
        let json = serde_json::to_vec(&Outgoing {
            p: self.purpose.as_str(),
            e: expires_at,
            claims,
        })
        .expect("claims serialize to a JSON object");
        let payload = URL_SAFE_NO_PAD.encode(json);
        let mut mac = self.macs[0].clone();
        mac.update(payload.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{payload}.{signature}")
    }

    /// The claims (all fields but `p` and `e`) of a token that one of this signer's
    /// secrets minted for its purpose and that has not expired at `now`. Checks, in
    /// order: shape, signature (constant time, against every secret), purpose, expiry,
    /// then the claims' own shape.
    pub fn verify<T: DeserializeOwned>(&self, token: &str, now: i64) -> Result<T, TokenError> {
        if token.len() > MAX_TOKEN_LEN {
            return Err(TokenError::Malformed);
        }
        let (payload, signature) = token.split_once('.').ok_or(TokenError::Malformed)?;
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| TokenError::Malformed)?;
        // Every secret is tried, without stopping at a match: the time taken says
        // nothing about which secret (or whether any) matched.
        let signed_by_one = self.macs.iter().fold(false, |found, mac| {
            let mut mac = mac.clone();
            mac.update(payload.as_bytes());
            found | mac.verify_slice(&signature).is_ok()
        });
        if !signed_by_one {
            return Err(TokenError::BadSignature);
        }
        // Signed by us from here on; a failure below is our own or a minting bug.
        let json = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| TokenError::Malformed)?;
        let mut fields: Map<String, Value> =
            serde_json::from_slice(&json).map_err(|_| TokenError::Malformed)?;
        let purpose = fields.remove("p");
        let expires_at = fields.remove("e").and_then(|e| e.as_i64());
        let (Some(Value::String(purpose)), Some(expires_at)) = (purpose, expires_at) else {
            return Err(TokenError::Malformed);
        };
        if purpose != self.purpose.as_str() {
            return Err(TokenError::WrongPurpose);
        }
        if now >= expires_at {
            return Err(TokenError::Expired);
        }
        // The claims alone: a struct with `deny_unknown_fields` refuses extra fields.
        serde_json::from_value(Value::Object(fields)).map_err(|_| TokenError::InvalidPayload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "test-secret-of-at-least-32-characters";
    const NOW: i64 = 1_800_000_000;

    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Claims {
        customer: String,
    }

    fn claims() -> Claims {
        Claims {
            customer: "cus_123".into(),
        }
    }

    fn signer(purpose: Purpose) -> TokenSigner {
        TokenSigner::new(purpose, SECRET).unwrap()
    }

    fn b64(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// A token over an arbitrary payload, correctly signed with `SECRET`.
    fn signed_raw(payload: &[u8]) -> String {
        let payload = b64(payload);
        let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
        mac.update(payload.as_bytes());
        format!("{payload}.{}", b64(&mac.finalize().into_bytes()))
    }

    #[test]
    fn round_trip_until_the_expiry() {
        let portal = signer(Purpose::Portal);
        let token = portal.sign(&claims(), NOW + 60);
        assert_eq!(portal.verify::<Claims>(&token, NOW).unwrap(), claims());
        assert_eq!(portal.verify::<Claims>(&token, NOW + 59).unwrap(), claims());
        assert_eq!(
            portal.verify::<Claims>(&token, NOW + 60).unwrap_err(),
            TokenError::Expired
        );
    }

    #[test]
    fn matches_the_documented_format() {
        // The README's shell recipe, done by hand: base64url(JSON) "." base64url(HMAC).
        let json = br#"{"p":"checkout","e":1800000060,"customer":"cus_123"}"#;
        let token = signed_raw(json);
        assert_eq!(token, signer(Purpose::Checkout).sign(&claims(), NOW + 60));
        let back: Claims = signer(Purpose::Checkout).verify(&token, NOW).unwrap();
        assert_eq!(back.customer, "cus_123");
    }

    #[test]
    fn every_refusal_has_its_reason() {
        let checkout = signer(Purpose::Checkout);
        let token = checkout.sign(&claims(), NOW + 60);
        let (payload, signature) = token.split_once('.').unwrap();
        let other_secret = TokenSigner::new(Purpose::Checkout, &"x".repeat(32)).unwrap();
        let mut flipped_payload = payload.to_owned().into_bytes();
        flipped_payload[3] ^= 1;
        let flipped_payload = String::from_utf8(flipped_payload).unwrap();
        let cases: Vec<(String, TokenError)> = vec![
            (String::new(), TokenError::Malformed),
            (payload.to_owned(), TokenError::Malformed),
            (format!("{payload}.{signature}="), TokenError::Malformed),
            (format!("{payload}.{signature}.x"), TokenError::Malformed),
            (format!("{payload}.!!"), TokenError::Malformed),
            ("a".repeat(MAX_TOKEN_LEN + 1), TokenError::Malformed),
            (
                format!("{flipped_payload}.{signature}"),
                TokenError::BadSignature,
            ),
            (
                format!("{payload}.{}", b64(&[0; 32])),
                TokenError::BadSignature,
            ),
            (
                format!("{payload}.{}", b64(&[0; 31])),
                TokenError::BadSignature,
            ),
            (
                format!("{payload}.{}", &signature[..8]),
                TokenError::BadSignature,
            ),
            (
                other_secret.sign(&claims(), NOW + 60),
                TokenError::BadSignature,
            ),
            (
                signer(Purpose::Unsubscribe).sign(&claims(), NOW + 60),
                TokenError::WrongPurpose,
            ),
            (checkout.sign(&claims(), NOW), TokenError::Expired),
            (checkout.sign(&claims(), NOW - 1), TokenError::Expired),
            (signed_raw(b"not json"), TokenError::Malformed),
            (signed_raw(br#"{"p":"checkout"}"#), TokenError::Malformed),
            (
                signed_raw(br#"{"p":"checkout","e":"soon"}"#),
                TokenError::Malformed,
            ),
            (signed_raw(br#"[1,2]"#), TokenError::Malformed),
            (
                signed_raw(br#"{"p":"checkout","e":1800000060}"#),
                TokenError::InvalidPayload,
            ),
            (
                signed_raw(br#"{"p":"checkout","e":1800000060,"customer":"c","admin":true}"#),
                TokenError::InvalidPayload,
            ),
        ];
        for (token, expected) in cases {
            assert_eq!(
                checkout.verify::<Claims>(&token, NOW).unwrap_err(),
                expected,
                "{token}"
            );
        }
    }

    #[test]
    fn every_tampered_byte_is_refused() {
        let checkout = signer(Purpose::Checkout);
        let token = checkout.sign(&claims(), NOW + 60);
        for i in 0..token.len() {
            let mut bytes = token.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let tampered = String::from_utf8(bytes).unwrap();
            if tampered == token {
                continue;
            }
            assert!(
                checkout.verify::<Claims>(&tampered, NOW).is_err(),
                "byte {i} changed and still accepted: {tampered}"
            );
        }
    }

    const OLD: &str = "old-secret-of-at-least-32-characters-0";
    const NEW: &str = "new-secret-of-at-least-32-characters-1";

    #[test]
    fn a_token_minted_under_the_old_secret_verifies_until_the_old_secret_is_dropped() {
        let before = TokenSigner::new(Purpose::Portal, OLD).unwrap();
        let in_a_mailbox = before.sign(&claims(), NOW + 60);
        // Rotation: the new secret in front (it signs), the old one behind (it verifies).
        let during = TokenSigner::new(Purpose::Portal, &format!("{NEW}, {OLD}")).unwrap();
        assert_eq!(
            during.verify::<Claims>(&in_a_mailbox, NOW).unwrap(),
            claims()
        );
        let minted_during = during.sign(&claims(), NOW + 60);
        let after = TokenSigner::new(Purpose::Portal, NEW).unwrap();
        assert_eq!(
            after.verify::<Claims>(&minted_during, NOW).unwrap(),
            claims()
        );
        assert_eq!(
            before.verify::<Claims>(&minted_during, NOW).unwrap_err(),
            TokenError::BadSignature,
            "the first secret signs"
        );
        assert_eq!(
            after.verify::<Claims>(&in_a_mailbox, NOW).unwrap_err(),
            TokenError::BadSignature,
            "the old secret dropped, its tokens are refused"
        );
    }

    #[test]
    fn a_token_signed_by_a_secret_not_in_the_list_is_refused() {
        let stranger = TokenSigner::new(Purpose::Checkout, &"x".repeat(32)).unwrap();
        let listed = TokenSigner::new(Purpose::Checkout, &format!("{NEW},{OLD}")).unwrap();
        assert_eq!(
            listed
                .verify::<Claims>(&stranger.sign(&claims(), NOW + 60), NOW)
                .unwrap_err(),
            TokenError::BadSignature
        );
    }

    #[test]
    fn short_secrets_are_refused() {
        assert_eq!(
            TokenSigner::new(Purpose::Portal, &"s".repeat(MIN_SECRET_LEN - 1)).unwrap_err(),
            BadSecrets::Weak(1)
        );
        let cases = [
            (format!("{NEW},"), BadSecrets::Blank(2)),
            (format!("{NEW}, ,{OLD}"), BadSecrets::Blank(2)),
            (format!("{NEW},{}", "s".repeat(31)), BadSecrets::Weak(2)),
        ];
        for (secrets, expected) in cases {
            assert_eq!(
                TokenSigner::new(Purpose::Portal, &secrets).unwrap_err(),
                expected
            );
        }
    }
}
