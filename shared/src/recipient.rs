//! Who a mail goes to, as stored: never the address itself.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::signed::{MIN_SECRET_LEN, WeakSecret};

/// A recipient as stored: HMAC-SHA256 of the trimmed, lower-cased address under a secret
/// pepper, in hex. Whoever reads the table or a backup cannot test it against a list of
/// addresses without the pepper, and the address itself never becomes a key or a log
/// field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecipientKey(String);

impl RecipientKey {
    /// A key as written by `RecipientKeyer` (64 lowercase hex digits), e.g. read back
    /// from a signed unsubscribe link.
    pub fn parse(hex: &str) -> Option<Self> {
        (hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(hex.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Turns addresses into `RecipientKey`s with the pepper (`RECIPIENT_KEY_PEPPER`).
#[derive(Clone)]
pub struct RecipientKeyer {
    mac: Hmac<Sha256>,
}

impl std::fmt::Debug for RecipientKeyer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecipientKeyer(..)")
    }
}

impl RecipientKeyer {
    pub fn new(pepper: &str) -> Result<Self, WeakSecret> {
        if pepper.len() < MIN_SECRET_LEN {
            return Err(WeakSecret);
        }
        let mac = Hmac::<Sha256>::new_from_slice(pepper.as_bytes()).map_err(|_| WeakSecret)?;
        Ok(Self { mac })
    }

    pub fn key(&self, email: &str) -> RecipientKey {
        let mut mac = self.mac.clone();
        mac.update(email.trim().to_lowercase().as_bytes());
        RecipientKey(hex::encode(mac.finalize().into_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use sha2::Digest;

    use super::*;

    const PEPPER: &str = "recipient-key-pepper-for-unit-tests";

    #[test]
    fn one_address_one_key_under_one_pepper() {
        let keyer = RecipientKeyer::new(PEPPER).unwrap();
        let key = keyer.key(" Jenny.Rosen@Example.com ");
        assert_eq!(key, keyer.key("jenny.rosen@example.com"));
        assert_ne!(key, keyer.key("jenny.rosen+tag@example.com"));
        assert_eq!(RecipientKey::parse(key.as_str()), Some(key.clone()));
        assert!(!key.as_str().contains("jenny"));
        // Not the plain SHA-256 anyone could compute from a list of addresses…
        let plain = hex::encode(Sha256::digest(b"jenny.rosen@example.com"));
        assert_ne!(key.as_str(), plain);
        // …and another pepper gives another key.
        let other = RecipientKeyer::new(&"p".repeat(MIN_SECRET_LEN)).unwrap();
        assert_ne!(other.key("jenny.rosen@example.com"), key);
    }

    #[test]
    fn weak_peppers_and_foreign_keys_are_refused() {
        assert!(RecipientKeyer::new("short").is_err());
        for bad in ["", "abc", &"A".repeat(64), &"g".repeat(64), &"a".repeat(65)] {
            assert_eq!(RecipientKey::parse(bad), None, "{bad}");
        }
    }
}
