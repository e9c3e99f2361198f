//! Unsubscribe links: one per recipient, signed (purpose `unsubscribe`), carrying the
//! recipient's key (never the address) and the mail's language for the page it opens.
//! The mailer mints them; the unsubscribe function verifies them and suppresses.

use serde::{Deserialize, Serialize};

use crate::mail::Language;
use crate::recipient::RecipientKey;
use crate::signed::{TokenError, TokenSigner};

/// How long a link keeps working: well past CAN-SPAM's 30 days after the send, since
/// people unsubscribe from old mails too.
pub const LINK_VALIDITY_SECS: i64 = 366 * 24 * 3600;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claims {
    /// The recipient's key.
    r: String,
    /// The mail's language code.
    l: String,
}

/// Mints the unsubscribe links of the mails we send.
#[derive(Debug, Clone)]
pub struct UnsubscribeLinks {
    /// The unsubscribe endpoint, `https://…/unsubscribe`.
    url: String,
    tokens: TokenSigner,
}

impl UnsubscribeLinks {
    pub fn new(url: String, tokens: TokenSigner) -> Self {
        Self { url, tokens }
    }

    /// The link for `recipient`, valid for `LINK_VALIDITY_SECS` from `now`.
    pub fn link(&self, recipient: &RecipientKey, language: Language, now: i64) -> String {
        let token = self.tokens.sign(
            &Claims {
                r: recipient.as_str().to_owned(),
                l: language.code().to_owned(),
            },
            now + LINK_VALIDITY_SECS,
        );
        // The token is base64url and a dot: nothing to escape in a query.
        format!("{}?t={token}", self.url)
    }
}

/// Who a link unsubscribes, and in which language to answer.
pub fn verify(
    tokens: &TokenSigner,
    token: &str,
    now: i64,
) -> Result<(RecipientKey, Language), TokenError> {
    let claims: Claims = tokens.verify(token, now)?;
    let recipient = RecipientKey::parse(&claims.r).ok_or(TokenError::InvalidPayload)?;
    Ok((recipient, Language::from_locale(Some(&claims.l))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipient::RecipientKeyer;
    use crate::signed::Purpose;

    const SECRET: &str = "unsubscribe-link-secret-for-unit-tests";

    #[test]
    fn a_link_names_its_recipient_and_language_until_it_expires() {
        let tokens = TokenSigner::new(Purpose::Unsubscribe, SECRET).unwrap();
        let links = UnsubscribeLinks::new("https://api.example/unsubscribe".into(), tokens.clone());
        let recipient = RecipientKeyer::new(SECRET).unwrap().key("a@example.com");
        let now = 1_800_000_000;
        let link = links.link(&recipient, Language::Ja, now);
        let token = link
            .strip_prefix("https://api.example/unsubscribe?t=")
            .unwrap();
        assert!(
            !link.contains("example.com?") && !link.contains('@'),
            "{link}"
        );
        assert_eq!(
            verify(&tokens, token, now + LINK_VALIDITY_SECS - 1).unwrap(),
            (recipient, Language::Ja)
        );
        assert_eq!(
            verify(&tokens, token, now + LINK_VALIDITY_SECS).unwrap_err(),
            TokenError::Expired
        );
        // A checkout token signed with the same secret is still not an unsubscribe link.
        let checkout = TokenSigner::new(Purpose::Checkout, SECRET).unwrap();
        let foreign = checkout.sign(&serde_json::json!({"r": "a", "l": "en"}), now + 60);
        assert_eq!(
            verify(&tokens, &foreign, now).unwrap_err(),
            TokenError::WrongPurpose
        );
        // A signed token whose key is not a key.
        let odd = tokens.sign(&serde_json::json!({"r": "not-a-key", "l": "en"}), now + 60);
        assert_eq!(
            verify(&tokens, &odd, now).unwrap_err(),
            TokenError::InvalidPayload
        );
    }
}
