//! Who a mail goes to, as stored: never the address itself.

use sha2::{Digest, Sha256};

/// A recipient as stored: the SHA-256 of the trimmed, lower-cased address, in hex. The
/// address itself never becomes a key or a log field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecipientKey(String);

impl RecipientKey {
    pub fn of(email: &str) -> Self {
        let normalized = email.trim().to_lowercase();
        Self(hex::encode(Sha256::digest(normalized.as_bytes())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
