//! Stripe webhook signature verification.
//!
//! Header: `t=<unix>,v1=<hex>[,v1=<hex>…][,v0=<hex>]`. The signed payload is
//! `"{t}.{raw_body}"`, HMAC-SHA256 keyed by the secret's UTF-8 bytes, hex-encoded.
//! Only `v1` counts: `v0` is a decoy Stripe sends in test mode and any other scheme is
//! ignored. Several `v1` values and several configured secrets are normal during secret
//! rotation, so any `v1` matching any secret is accepted.
//!
//! The signature is checked before the timestamp, so only the holder of a secret learns
//! that a request was rejected for its age.

use std::fmt;

use hmac::{KeyInit, Mac};
use sha2::Sha256;

type HmacSha256 = hmac::Hmac<Sha256>;

/// Length of a hex-encoded HMAC-SHA256 tag.
const V1_HEX_LEN: usize = 64;

/// Default tolerance between the signed timestamp and our clock, as Stripe's libraries use.
pub const DEFAULT_TOLERANCE_SECS: u64 = 300;

/// A webhook endpoint secret (`whsec_…`), kept only as a ready-keyed HMAC state so the
/// secret's text is never stored, printed or logged.
#[derive(Clone)]
pub struct WebhookSecret {
    keyed: HmacSha256,
}

impl fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookSecret(redacted)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("is empty")]
    Empty,
    #[error("does not start with `whsec_`")]
    MissingPrefix,
}

impl WebhookSecret {
    pub fn parse(secret: &str) -> Result<Self, SecretError> {
        let secret = secret.trim();
        if secret.is_empty() {
            return Err(SecretError::Empty);
        }
        match secret.strip_prefix("whsec_") {
            Some(rest) if !rest.is_empty() => {}
            _ => return Err(SecretError::MissingPrefix),
        }
        let keyed =
            HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC accepts keys of any length");
        Ok(Self { keyed })
    }

    /// The v1 signature Stripe would send for this payload, hex-encoded. Used to sign
    /// sample events and test requests; verification never needs the text form.
    pub fn sign(&self, timestamp: i64, body: &[u8]) -> String {
        hex::encode(self.mac(timestamp, body).finalize().into_bytes())
    }

    fn mac(&self, timestamp: i64, body: &[u8]) -> HmacSha256 {
        let mut mac = self.keyed.clone();
        // itoa formats on the stack: the signed payload starts with it on every request.
        mac.update(itoa::Buffer::new().format(timestamp).as_bytes());
        mac.update(b".");
        mac.update(body);
        mac
    }
}

/// Why a request's signature was not accepted. Each variant maps to one client error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the Stripe-Signature header is missing")]
    MissingHeader,
    #[error("the Stripe-Signature header is malformed: {0}")]
    MalformedHeader(&'static str),
    #[error("the Stripe-Signature timestamp is not a number")]
    InvalidTimestamp,
    #[error("the Stripe-Signature header has no v1 signature")]
    NoV1Signature,
    #[error("no v1 signature matches a configured secret")]
    NoMatch,
    #[error(
        "the signed timestamp is {age_secs} s from now, beyond the {tolerance_secs} s tolerance"
    )]
    OutsideTolerance { age_secs: u64, tolerance_secs: u64 },
}

/// A parsed `Stripe-Signature` header, borrowing the header text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeader<'a> {
    pub timestamp: i64,
    /// Every `v1` value in order, as sent (not yet known to be hex).
    pub v1: Vec<&'a str>,
}

impl<'a> SignatureHeader<'a> {
    pub fn parse(header: &'a str) -> Result<Self, SignatureError> {
        if header.trim().is_empty() {
            return Err(SignatureError::MalformedHeader("empty"));
        }
        let mut timestamp = None;
        let mut v1 = Vec::new();
        for item in header.split(',') {
            let Some((key, value)) = item.split_once('=') else {
                return Err(SignatureError::MalformedHeader(
                    "an item is not `key=value`",
                ));
            };
            match key.trim() {
                "t" => {
                    if timestamp.is_some() {
                        return Err(SignatureError::MalformedHeader("more than one `t`"));
                    }
                    let parsed = value
                        .trim()
                        .parse::<i64>()
                        .map_err(|_| SignatureError::InvalidTimestamp)?;
                    timestamp = Some(parsed);
                }
                "v1" => v1.push(value.trim()),
                // v0 is a test-mode decoy; other schemes may come later. Neither is checked.
                _ => {}
            }
        }
        let timestamp = timestamp.ok_or(SignatureError::MalformedHeader("no `t` timestamp"))?;
        if v1.is_empty() {
            return Err(SignatureError::NoV1Signature);
        }
        Ok(Self { timestamp, v1 })
    }
}

/// Verifies `header` over `raw_body` exactly as received. Accepts when any `v1` matches
/// any secret (compared in constant time) and `|now - t| <= tolerance_secs`.
pub fn verify(
    header: &str,
    raw_body: &[u8],
    secrets: &[WebhookSecret],
    tolerance_secs: u64,
    now: i64,
) -> Result<(), SignatureError> {
    let parsed = SignatureHeader::parse(header)?;
    let candidates: Vec<[u8; 32]> = parsed.v1.iter().filter_map(|v| decode_v1(v)).collect();
    let matched = secrets.iter().any(|secret| {
        let mac = secret.mac(parsed.timestamp, raw_body);
        // verify_slice compares in constant time.
        candidates
            .iter()
            .any(|candidate| mac.clone().verify_slice(candidate).is_ok())
    });
    if !matched {
        return Err(SignatureError::NoMatch);
    }
    let age_secs = now.abs_diff(parsed.timestamp);
    if age_secs > tolerance_secs {
        return Err(SignatureError::OutsideTolerance {
            age_secs,
            tolerance_secs,
        });
    }
    Ok(())
}

fn decode_v1(value: &str) -> Option<[u8; 32]> {
    if value.len() != V1_HEX_LEN {
        return None;
    }
    let mut out = [0u8; 32];
    hex::decode_to_slice(value, &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_primary";
    const OTHER: &str = "whsec_test_rotated";
    const BODY: &[u8] = br#"{"id":"evt_test_1","type":"checkout.session.expired"}"#;
    const T: i64 = 1_700_000_000;

    fn secret(s: &str) -> WebhookSecret {
        WebhookSecret::parse(s).unwrap()
    }

    /// A v1 signature computed independently of `WebhookSecret`, the way Stripe's
    /// libraries do it: hex(HMAC-SHA256(secret, "<t>.<body>")).
    fn stripe_v1(secret: &str, t: i64, body: &[u8]) -> String {
        let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("{t}.").as_bytes());
        mac.update(body);
        hex::encode(mac.finalize().into_bytes())
    }

    #[test]
    fn sign_matches_stripes_construction() {
        assert_eq!(secret(SECRET).sign(T, BODY), stripe_v1(SECRET, T, BODY));
    }

    #[test]
    fn signature_table() {
        let good = stripe_v1(SECRET, T, BODY);
        let other_secret_sig = stripe_v1(OTHER, T, BODY);
        let wrong = stripe_v1("whsec_test_wrong", T, BODY);
        let one = vec![secret(SECRET)];
        let both = vec![secret(SECRET), secret(OTHER)];
        let tampered: &[u8] = br#"{"id":"evt_test_1","type":"checkout.session.completed"}"#;

        struct Case<'a> {
            name: &'a str,
            header: String,
            body: &'a [u8],
            secrets: &'a [WebhookSecret],
            now: i64,
            expected: Result<(), SignatureError>,
        }
        let case = |name, header: String, expected| Case {
            name,
            header,
            body: BODY,
            secrets: &one,
            now: T,
            expected,
        };
        let mismatch = Err(SignatureError::NoMatch);
        let cases = vec![
            case("stripe's own header", format!("t={T},v1={good}"), Ok(())),
            case(
                "two v1, only the second valid",
                format!("t={T},v1={wrong},v1={good}"),
                Ok(()),
            ),
            case(
                "v0 decoy beside a valid v1",
                format!("t={T},v1={good},v0={wrong}"),
                Ok(()),
            ),
            case(
                "unknown scheme ignored",
                format!("t={T},v9=zzz,v1={good}"),
                Ok(()),
            ),
            case(
                "only v0, even if it is the right MAC",
                format!("t={T},v0={good}"),
                Err(SignatureError::NoV1Signature),
            ),
            Case {
                body: tampered,
                ..case(
                    "tampered body",
                    format!("t={T},v1={good}"),
                    mismatch.clone(),
                )
            },
            case(
                "wrong secret",
                format!("t={T},v1={wrong}"),
                mismatch.clone(),
            ),
            Case {
                secrets: &both,
                ..case(
                    "second of two configured secrets",
                    format!("t={T},v1={other_secret_sig}"),
                    Ok(()),
                )
            },
            case(
                "signature for another timestamp",
                format!("t={},v1={good}", T + 1),
                mismatch.clone(),
            ),
            case(
                "uppercase hex is not Stripe's encoding but decodes the same",
                format!("t={T},v1={}", good.to_uppercase()),
                Ok(()),
            ),
            case(
                "v1 truncated",
                format!("t={T},v1={}", &good[..63]),
                mismatch.clone(),
            ),
            case(
                "v1 not hex",
                format!("t={T},v1={}", "g".repeat(64)),
                mismatch.clone(),
            ),
            Case {
                now: T + 300,
                ..case(
                    "exactly at tolerance, late",
                    format!("t={T},v1={good}"),
                    Ok(()),
                )
            },
            Case {
                now: T - 300,
                ..case(
                    "exactly at tolerance, early",
                    format!("t={T},v1={good}"),
                    Ok(()),
                )
            },
            Case {
                now: T + 301,
                ..case(
                    "one second past tolerance, late",
                    format!("t={T},v1={good}"),
                    Err(SignatureError::OutsideTolerance {
                        age_secs: 301,
                        tolerance_secs: 300,
                    }),
                )
            },
            Case {
                now: T - 301,
                ..case(
                    "one second past tolerance, early",
                    format!("t={T},v1={good}"),
                    Err(SignatureError::OutsideTolerance {
                        age_secs: 301,
                        tolerance_secs: 300,
                    }),
                )
            },
            Case {
                now: T + 10_000,
                ..case(
                    "bad signature and stale: the signature is reported, not the age",
                    format!("t={T},v1={wrong}"),
                    mismatch.clone(),
                )
            },
            case(
                "empty",
                String::new(),
                Err(SignatureError::MalformedHeader("empty")),
            ),
            case(
                "whitespace",
                " \t ".into(),
                Err(SignatureError::MalformedHeader("empty")),
            ),
            case(
                "garbage",
                "garbage".into(),
                Err(SignatureError::MalformedHeader(
                    "an item is not `key=value`",
                )),
            ),
            case(
                "no timestamp",
                format!("v1={good}"),
                Err(SignatureError::MalformedHeader("no `t` timestamp")),
            ),
            case(
                "non-numeric t",
                format!("t=yesterday,v1={good}"),
                Err(SignatureError::InvalidTimestamp),
            ),
            case(
                "empty t",
                format!("t=,v1={good}"),
                Err(SignatureError::InvalidTimestamp),
            ),
            case(
                "two timestamps",
                format!("t={T},t={T},v1={good}"),
                Err(SignatureError::MalformedHeader("more than one `t`")),
            ),
            case(
                "trailing comma",
                format!("t={T},v1={good},"),
                Err(SignatureError::MalformedHeader(
                    "an item is not `key=value`",
                )),
            ),
        ];
        for c in cases {
            let got = verify(&c.header, c.body, c.secrets, DEFAULT_TOLERANCE_SECS, c.now);
            assert_eq!(got, c.expected, "case: {}", c.name);
        }
    }

    #[test]
    fn secrets_need_the_whsec_prefix_and_never_print() {
        assert_eq!(WebhookSecret::parse("").unwrap_err(), SecretError::Empty);
        assert_eq!(
            WebhookSecret::parse("whsec_").unwrap_err(),
            SecretError::MissingPrefix
        );
        assert_eq!(
            WebhookSecret::parse("sk_test_123").unwrap_err(),
            SecretError::MissingPrefix
        );
        let printed = format!("{:?}", secret(SECRET));
        assert!(!printed.contains("primary"), "{printed}");
    }
}
