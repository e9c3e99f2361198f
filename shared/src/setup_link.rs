//! Setup links: a signed link to our page that lets a customer authenticate (3-D
//! Secure) the card their subscription's pending SetupIntent is setting up.
//!
//! A link is `<SETUP_LINK_URL>?t=<token>`, the token a `signed` token of purpose
//! `setup` whose claims are `customer` (`cus_…`), `setup_intent` (`seti_…`) and
//! `lang` (optional: the page's language). It never carries the SetupIntent's client
//! secret: the page reads it from Stripe at the click, after checking the SetupIntent
//! is still the customer's and still needs them.

use serde::{Deserialize, Serialize};

use crate::config::{ConfigError, Env, link_base_url, optional_token_signer};
use crate::mail::Language;
use crate::signed::{Purpose, TokenError, TokenSigner};
use crate::stripe::ids::{CustomerId, SetupIntentId};

/// What a setup link says: whose SetupIntent, which one, in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupLink {
    pub customer: CustomerId,
    pub setup_intent: SetupIntentId,
    /// The page's language; `None`: the browser's.
    pub language: Option<Language>,
}

/// The token's claims, as documented in docs/src/signed-links.md.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claims {
    customer: String,
    setup_intent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
}

/// Mints setup links: the page's URL, the secrets (the first signs), how long a link
/// lives.
#[derive(Debug, Clone)]
pub struct SetupLinks {
    url: String,
    tokens: TokenSigner,
    ttl_secs: i64,
}

impl SetupLinks {
    pub fn new(url: String, tokens: TokenSigner, ttl_days: u32) -> Self {
        Self {
            url,
            tokens,
            ttl_secs: i64::from(ttl_days) * 86_400,
        }
    }

    /// `SETUP_LINK_URL` (the page, e.g. `https://…/billing/setup`) and
    /// `SETUP_LINK_SECRET`, both or neither (`None`: no setup links are minted), living
    /// `PORTAL_LINK_TTL_DAYS` like the portal links beside them in the same mails.
    pub fn from_env<F: Fn(&str) -> Option<String>>(
        env: &Env<F>,
    ) -> Result<Option<Self>, ConfigError> {
        let url = env.optional("SETUP_LINK_URL");
        let tokens = optional_token_signer(env, "SETUP_LINK_SECRET", Purpose::SetupConfirmation)?;
        match (url, tokens) {
            (None, None) => Ok(None),
            (Some(url), Some(tokens)) => Ok(Some(Self::new(
                link_base_url("SETUP_LINK_URL", &url)?,
                tokens,
                crate::portal::ttl_days(env)?,
            ))),
            (Some(_), None) => Err(ConfigError::Missing("SETUP_LINK_SECRET")),
            (None, Some(_)) => Err(ConfigError::Missing("SETUP_LINK_URL")),
        }
    }

    /// The link to `link`'s page, valid from `now` for the configured days.
    pub fn link(&self, link: &SetupLink, now: i64) -> String {
        let claims = Claims {
            customer: link.customer.as_str().to_owned(),
            setup_intent: link.setup_intent.as_str().to_owned(),
            lang: link.language.map(|l| l.code().to_owned()),
        };
        let token = self.tokens.sign(&claims, now + self.ttl_secs);
        format!("{}?t={token}", self.url)
    }
}

/// The setup link a token carries, if `tokens` signed it for this purpose and it has not
/// expired at `now`.
pub fn verify(tokens: &TokenSigner, token: &str, now: i64) -> Result<SetupLink, TokenError> {
    let claims: Claims = tokens.verify(token, now)?;
    let invalid = |_| TokenError::InvalidPayload;
    let language = match claims.lang.as_deref() {
        None => None,
        Some(code) => Some(Language::from_code(code).ok_or(TokenError::InvalidPayload)?),
    };
    Ok(SetupLink {
        customer: CustomerId::parse(&claims.customer).map_err(invalid)?,
        setup_intent: SetupIntentId::parse(&claims.setup_intent).map_err(invalid)?,
        language,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const SECRET: &str = "setup-link-secret-for-unit-tests-0000";
    const NOW: i64 = 1_800_000_000;
    const URL: &str = "https://api.example/billing/setup";

    fn tokens(purpose: Purpose) -> TokenSigner {
        TokenSigner::new(purpose, SECRET).unwrap()
    }

    fn link(language: Option<Language>) -> SetupLink {
        SetupLink {
            customer: CustomerId::parse("cus_Q1").unwrap(),
            setup_intent: SetupIntentId::parse("seti_1Abc").unwrap(),
            language,
        }
    }

    #[test]
    fn a_link_round_trips_until_it_expires_and_carries_no_secret() {
        let links = SetupLinks::new(URL.into(), tokens(Purpose::SetupConfirmation), 30);
        for language in [None, Some(Language::Ja)] {
            let minted = links.link(&link(language), NOW);
            let token = minted.strip_prefix(&format!("{URL}?t=")).unwrap();
            let verifier = tokens(Purpose::SetupConfirmation);
            assert_eq!(
                verify(&verifier, token, NOW + 30 * 86_400 - 1),
                Ok(link(language))
            );
            assert_eq!(
                verify(&verifier, token, NOW + 30 * 86_400),
                Err(TokenError::Expired)
            );
            assert!(!minted.contains("secret"), "{minted}");
        }
    }

    #[test]
    fn portal_tokens_and_odd_claims_are_refused() {
        let setup = tokens(Purpose::SetupConfirmation);
        let portal = tokens(Purpose::Portal).sign(&json!({"customer": "cus_1"}), NOW + 60);
        assert_eq!(verify(&setup, &portal, NOW), Err(TokenError::WrongPurpose));
        for claims in [
            json!({"customer": "cus_1"}),
            json!({"customer": "cus_1", "setup_intent": "pi_1"}),
            json!({"customer": "acct_1", "setup_intent": "seti_1"}),
            json!({"customer": "cus_1", "setup_intent": "seti_1", "lang": "xx"}),
            json!({"customer": "cus_1", "setup_intent": "seti_1", "client_secret": "s"}),
        ] {
            let token = setup.sign(&claims, NOW + 60);
            assert_eq!(
                verify(&setup, &token, NOW),
                Err(TokenError::InvalidPayload),
                "{claims}"
            );
        }
    }

    #[test]
    fn both_variables_or_neither() {
        let env = |pairs: Vec<(&'static str, &'static str)>| Env::from_pairs(pairs);
        assert!(SetupLinks::from_env(&env(vec![])).unwrap().is_none());
        assert!(
            SetupLinks::from_env(&env(vec![
                ("SETUP_LINK_URL", URL),
                ("SETUP_LINK_SECRET", SECRET)
            ]))
            .unwrap()
            .is_some()
        );
        for (pairs, var) in [
            (vec![("SETUP_LINK_URL", URL)], "SETUP_LINK_SECRET"),
            (vec![("SETUP_LINK_SECRET", SECRET)], "SETUP_LINK_URL"),
            (
                vec![
                    ("SETUP_LINK_URL", "http://api.example/s"),
                    ("SETUP_LINK_SECRET", SECRET),
                ],
                "SETUP_LINK_URL",
            ),
            (
                vec![("SETUP_LINK_URL", URL), ("SETUP_LINK_SECRET", "short")],
                "SETUP_LINK_SECRET",
            ),
        ] {
            let err = SetupLinks::from_env(&env(pairs)).unwrap_err();
            assert!(err.to_string().contains(var), "{err}");
        }
    }
}
