//! Whether, how and when a Checkout Session's customer agreed to promotional email, and
//! where their address comes from: pure readings of Stripe's objects, server-side facts
//! only.
//!
//! Checkout collects promotional consent (`consent_collection[promotions]=auto`) only for
//! US merchants and US customers; elsewhere the merchant collects it before Checkout and
//! asserts it server-side, where no shopper can write: in the signed `customer_token`
//! (create-session copies it to the session's metadata) or, from the merchant's own code
//! with the secret key, in the metadata of the Checkout Session or of the Customer.
//!
//! # The metadata keys
//!
//! | key | value |
//! |---|---|
//! | `recovery_consent` | `opt_in`: the customer agreed; `withdrawn` (or `opt_out`): they took it back, which overrides every consent |
//! | `recovery_consent_at` | when they agreed (or withdrew): unix seconds, decimal digits only, 2000-01-01 to 2100-01-01 |
//! | `recovery_consent_source` | how they agreed: 1 to 40 of `a-z`, `0-9`, `_`, `-` (`signup_form`, `account_settings`) |
//! | `recovery_consent_wording` | optional: the version or URL of the wording they were shown, at most 200 characters, no control characters |
//! | `recovery_consent_via` | written by create-session as `customer_token` when the consent came in the signed token; optional otherwise |
//!
//! An `opt_in` needs a valid `recovery_consent_at` and `recovery_consent_source` (and a
//! valid wording if there is one); anything malformed is no consent from that object,
//! never an error.
//!
//! # The order
//!
//! A refusal anywhere wins: `withdrawn` (or `opt_out`) on the Customer, then on the
//! session, then Checkout's own `consent.promotions = opt_out` (the customer was just
//! asked and said no). Otherwise the first consent, in order of trust: Checkout's own
//! `consent.promotions = opt_in` (at the session's `created`), the session's metadata
//! (`via` = `customer_token` when create-session wrote it from the token), the
//! Customer's metadata. The Customer is read only if it is the session's own
//! (`session.customer`); the caller passes it when it re-fetched it.

use std::collections::BTreeMap;

use crate::stripe::billing::Customer;
use crate::stripe::event::{CheckoutSession, Metadata, PromotionsConsent};

/// `opt_in`, `withdrawn` (or `opt_out`).
pub const CONSENT_KEY: &str = "recovery_consent";
/// Unix seconds, decimal.
pub const CONSENT_AT_KEY: &str = "recovery_consent_at";
pub const CONSENT_SOURCE_KEY: &str = "recovery_consent_source";
pub const CONSENT_WORDING_KEY: &str = "recovery_consent_wording";
pub const CONSENT_VIA_KEY: &str = "recovery_consent_via";

pub const OPT_IN: &str = "opt_in";
pub const WITHDRAWN: &str = "withdrawn";
/// Read as `withdrawn`.
pub const OPT_OUT: &str = "opt_out";
/// `recovery_consent_via` of a consent create-session copied from a `customer_token`.
pub const VIA_CUSTOMER_TOKEN: &str = "customer_token";
/// The `source` of Checkout's own consent.
pub const CHECKOUT_SOURCE: &str = "checkout";

pub const MAX_SOURCE_LEN: usize = 40;
pub const MAX_WORDING_LEN: usize = 200;
/// 2000-01-01T00:00:00Z: an earlier consent time is a unit or clock mistake.
pub const EARLIEST_AT: i64 = 946_684_800;
/// 2100-01-01T00:00:00Z: a later one is milliseconds, not seconds.
pub const LATEST_AT: i64 = 4_102_444_800;

/// A consent's `source`: 1 to 40 of `a-z`, `0-9`, `_`, `-`.
pub fn is_valid_source(source: &str) -> bool {
    (1..=MAX_SOURCE_LEN).contains(&source.len())
        && source
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// A consent's `wording` reference: 1 to 200 characters, none of them a control
/// character (it ends up in records and reports, one line).
pub fn is_valid_wording(wording: &str) -> bool {
    (1..=MAX_WORDING_LEN).contains(&wording.chars().count())
        && !wording.chars().any(char::is_control)
}

/// A consent time in unix seconds we can believe: from 2000 to 2100.
pub fn is_plausible_at(at: i64) -> bool {
    (EARLIEST_AT..LATEST_AT).contains(&at)
}

/// The session metadata create-session writes for a consent in a `customer_token`
/// (already validated). Keys ≤ 40 characters, values ≤ 500, 5 keys at most: inside
/// Stripe's limits.
pub fn token_metadata(
    at: i64,
    source: &str,
    wording: Option<&str>,
) -> BTreeMap<&'static str, String> {
    let mut metadata = BTreeMap::from([
        (CONSENT_KEY, OPT_IN.to_owned()),
        (CONSENT_AT_KEY, at.to_string()),
        (CONSENT_SOURCE_KEY, source.to_owned()),
        (CONSENT_VIA_KEY, VIA_CUSTOMER_TOKEN.to_owned()),
    ]);
    if let Some(wording) = wording {
        metadata.insert(CONSENT_WORDING_KEY, wording.to_owned());
    }
    metadata
}

/// Where a consent (or its refusal) was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsentVia {
    /// Checkout's own `consent.promotions`.
    Checkout,
    /// The session's metadata, written by create-session from the signed token.
    CustomerToken,
    /// The session's metadata, written by the merchant's own code.
    SessionMetadata,
    /// The Customer's metadata.
    CustomerMetadata,
}

impl ConsentVia {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Checkout => "checkout",
            Self::CustomerToken => "customer_token",
            Self::SessionMetadata => "session_metadata",
            Self::CustomerMetadata => "customer_metadata",
        }
    }
}

/// What we keep as proof of a consent: where we read it, how and when the customer
/// agreed, and the wording they were shown (a version or URL). Never the address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentProof {
    pub via: ConsentVia,
    /// How they agreed (`signup_form`; `checkout` for Checkout's own).
    pub source: String,
    /// When, unix seconds (Checkout's own: the session's `created`).
    pub at: i64,
    pub wording: Option<String>,
}

/// A consent refused or taken back, server-side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub via: ConsentVia,
    /// When, if the object says (a valid `recovery_consent_at`; Checkout's: `created`).
    pub at: Option<i64>,
}

/// The consent of a session's customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsentStatus {
    Given(ConsentProof),
    /// Withdrawn on the Customer or the session, or declined at Checkout: overrides
    /// any consent.
    Refused(Refusal),
    /// No consent anywhere (or only malformed ones).
    NotGiven,
}

/// The consent of `session`'s customer, from the session and, when the caller fetched
/// it, the session's own Customer (any other is ignored). See the module's doc for the
/// keys and the order.
pub fn read_consent(session: &CheckoutSession, customer: Option<&Customer>) -> ConsentStatus {
    let customer = own_customer(session, customer).filter(|c| !c.deleted);
    let checkout = session.consent.as_ref().and_then(|c| c.promotions);
    let refusal = customer
        .and_then(|c| refusal(&c.metadata, ConsentVia::CustomerMetadata))
        .or_else(|| refusal(&session.metadata, ConsentVia::SessionMetadata))
        .or_else(|| {
            (checkout == Some(PromotionsConsent::OptOut)).then_some(Refusal {
                via: ConsentVia::Checkout,
                at: Some(session.created),
            })
        });
    if let Some(refusal) = refusal {
        return ConsentStatus::Refused(refusal);
    }
    if checkout == Some(PromotionsConsent::OptIn) {
        return ConsentStatus::Given(ConsentProof {
            via: ConsentVia::Checkout,
            source: CHECKOUT_SOURCE.to_owned(),
            at: session.created,
            wording: None,
        });
    }
    let session_via = match session.metadata.get(CONSENT_VIA_KEY).map(String::as_str) {
        Some(VIA_CUSTOMER_TOKEN) => ConsentVia::CustomerToken,
        _ => ConsentVia::SessionMetadata,
    };
    opt_in(&session.metadata, session_via)
        .or_else(|| customer.and_then(|c| opt_in(&c.metadata, ConsentVia::CustomerMetadata)))
        .map_or(ConsentStatus::NotGiven, ConsentStatus::Given)
}

/// Where a recipient address was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressSource {
    /// `customer_details.email`: what Checkout collected or confirmed.
    CustomerDetails,
    /// The session's `customer_email` (from the `customer_token` or the merchant's code).
    SessionCustomerEmail,
    /// The session's Customer's `email`.
    Customer,
}

/// The recipient of a session's mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientAddress<'a> {
    Found {
        address: &'a str,
        from: AddressSource,
    },
    /// The session's Customer is deleted: whoever the session was for is gone from the
    /// merchant's account (often an erasure), so no address is used, not even the
    /// session's own.
    CustomerDeleted,
    /// No address anywhere.
    Missing,
}

/// The address to mail about `session`: `customer_details.email`, else the session's
/// `customer_email`, else the email of the session's own Customer (passed in when the
/// caller fetched it; any other Customer is ignored). Trimmed; an empty one is none. A
/// deleted Customer is `CustomerDeleted` whichever address the session has.
pub fn recipient_address<'a>(
    session: &'a CheckoutSession,
    customer: Option<&'a Customer>,
) -> RecipientAddress<'a> {
    let customer = own_customer(session, customer);
    if customer.is_some_and(|c| c.deleted) {
        return RecipientAddress::CustomerDeleted;
    }
    let found = |address: Option<&'a str>, from| {
        address
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|address| RecipientAddress::Found { address, from })
    };
    found(
        session
            .customer_details
            .as_ref()
            .and_then(|d| d.email.as_deref()),
        AddressSource::CustomerDetails,
    )
    .or_else(|| {
        found(
            session.customer_email.as_deref(),
            AddressSource::SessionCustomerEmail,
        )
    })
    .or_else(|| {
        found(
            customer.and_then(|c| c.email.as_deref()),
            AddressSource::Customer,
        )
    })
    .unwrap_or(RecipientAddress::Missing)
}

/// `customer` if it is the session's own Customer.
fn own_customer<'a>(
    session: &CheckoutSession,
    customer: Option<&'a Customer>,
) -> Option<&'a Customer> {
    let own = session.customer.as_ref()?.id();
    customer.filter(|c| &c.id == own)
}

fn refusal(metadata: &Metadata, via: ConsentVia) -> Option<Refusal> {
    matches!(
        metadata.get(CONSENT_KEY).map(String::as_str),
        Some(WITHDRAWN | OPT_OUT)
    )
    .then(|| Refusal {
        via,
        at: metadata.get(CONSENT_AT_KEY).and_then(|at| parse_at(at)),
    })
}

/// A complete, well-formed `opt_in`; anything else is none.
fn opt_in(metadata: &Metadata, via: ConsentVia) -> Option<ConsentProof> {
    if metadata.get(CONSENT_KEY).map(String::as_str) != Some(OPT_IN) {
        return None;
    }
    let at = parse_at(metadata.get(CONSENT_AT_KEY)?)?;
    let source = metadata
        .get(CONSENT_SOURCE_KEY)
        .filter(|s| is_valid_source(s))?;
    let wording = match metadata.get(CONSENT_WORDING_KEY) {
        None => None,
        Some(w) if w.is_empty() => None,
        Some(w) if is_valid_wording(w) => Some(w.clone()),
        Some(_) => return None,
    };
    Some(ConsentProof {
        via,
        source: source.clone(),
        at,
        wording,
    })
}

/// Decimal digits only (no sign, space or fraction), a plausible time.
fn parse_at(text: &str) -> Option<i64> {
    if text.is_empty() || text.len() > 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|at| is_plausible_at(*at))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::stripe::fixtures::fixture;

    const CREATED: i64 = 1_800_000_000;
    const AGREED: i64 = 1_767_225_600;

    fn session(change: Value) -> CheckoutSession {
        let mut session = fixture("checkout.session");
        session["created"] = json!(CREATED);
        session["customer"] = json!("cus_Jenny");
        session["customer_email"] = Value::Null;
        session["customer_details"] = Value::Null;
        session["consent"] = Value::Null;
        session["metadata"] = json!({});
        for (key, value) in change.as_object().unwrap() {
            session[key] = value.clone();
        }
        serde_json::from_value(session).unwrap()
    }

    fn customer(change: Value) -> Customer {
        let mut customer = fixture("customer");
        customer["id"] = json!("cus_Jenny");
        customer["email"] = json!("jenny@cus.example");
        customer["metadata"] = json!({});
        for (key, value) in change.as_object().unwrap() {
            customer[key] = value.clone();
        }
        serde_json::from_value(customer).unwrap()
    }

    fn deleted() -> Customer {
        serde_json::from_value(json!({"id": "cus_Jenny", "object": "customer", "deleted": true}))
            .unwrap()
    }

    fn opt_in_metadata(extra: &[(&str, &str)]) -> Value {
        let mut metadata = json!({
            "recovery_consent": "opt_in",
            "recovery_consent_at": AGREED.to_string(),
            "recovery_consent_source": "signup_form",
        });
        for (k, v) in extra {
            metadata[*k] = json!(v);
        }
        metadata
    }

    fn given(via: ConsentVia, source: &str, at: i64, wording: Option<&str>) -> ConsentStatus {
        ConsentStatus::Given(ConsentProof {
            via,
            source: source.into(),
            at,
            wording: wording.map(str::to_owned),
        })
    }

    fn refused(via: ConsentVia, at: Option<i64>) -> ConsentStatus {
        ConsentStatus::Refused(Refusal { via, at })
    }

    #[test]
    fn consent_table() {
        use ConsentVia::*;
        let opt_in = json!({"promotions": "opt_in"});
        let opt_out = json!({"promotions": "opt_out"});
        let token = opt_in_metadata(&[
            ("recovery_consent_via", "customer_token"),
            (
                "recovery_consent_wording",
                "https://shop.example/privacy#v3",
            ),
        ]);
        let withdrawn =
            json!({"recovery_consent": "withdrawn", "recovery_consent_at": "1790000000"});
        let cases: Vec<(&str, Value, Option<Customer>, ConsentStatus)> = vec![
            ("nothing", json!({}), None, ConsentStatus::NotGiven),
            (
                "Checkout's own",
                json!({"consent": opt_in}),
                None,
                given(Checkout, "checkout", CREATED, None),
            ),
            (
                "Checkout's own comes before the token's",
                json!({"consent": opt_in, "metadata": token}),
                None,
                given(Checkout, "checkout", CREATED, None),
            ),
            (
                "the token's, via create-session",
                json!({"metadata": token}),
                None,
                given(
                    CustomerToken,
                    "signup_form",
                    AGREED,
                    Some("https://shop.example/privacy#v3"),
                ),
            ),
            (
                "the merchant's own session metadata",
                json!({"metadata": opt_in_metadata(&[])}),
                None,
                given(SessionMetadata, "signup_form", AGREED, None),
            ),
            (
                "an unknown via is still the session's metadata",
                json!({"metadata": opt_in_metadata(&[("recovery_consent_via", "crm")])}),
                None,
                given(SessionMetadata, "signup_form", AGREED, None),
            ),
            (
                "the session's before the Customer's",
                json!({"metadata": token}),
                Some(customer(json!({"metadata": opt_in_metadata(&[
                    ("recovery_consent_source", "account_settings"),
                ])}))),
                given(
                    CustomerToken,
                    "signup_form",
                    AGREED,
                    Some("https://shop.example/privacy#v3"),
                ),
            ),
            (
                "the Customer's",
                json!({}),
                Some(customer(json!({"metadata": opt_in_metadata(&[
                    ("recovery_consent_source", "account_settings"),
                    ("recovery_consent_wording", "terms-2025-06"),
                ])}))),
                given(
                    CustomerMetadata,
                    "account_settings",
                    AGREED,
                    Some("terms-2025-06"),
                ),
            ),
            (
                "a malformed session consent falls through to the Customer's",
                json!({"metadata": opt_in_metadata(&[("recovery_consent_at", "yesterday")])}),
                Some(customer(json!({"metadata": opt_in_metadata(&[])}))),
                given(CustomerMetadata, "signup_form", AGREED, None),
            ),
            (
                "another Customer than the session's is ignored",
                json!({}),
                Some(customer(
                    json!({"id": "cus_Other", "metadata": opt_in_metadata(&[])}),
                )),
                ConsentStatus::NotGiven,
            ),
            (
                "a session without a customer ignores any Customer",
                json!({"customer": null}),
                Some(customer(json!({"metadata": opt_in_metadata(&[])}))),
                ConsentStatus::NotGiven,
            ),
            (
                "withdrawn on the Customer overrides Checkout's own",
                json!({"consent": opt_in, "metadata": token}),
                Some(customer(json!({"metadata": withdrawn}))),
                refused(CustomerMetadata, Some(1_790_000_000)),
            ),
            (
                "opt_out on the Customer is a withdrawal too, without a time",
                json!({"metadata": token}),
                Some(customer(
                    json!({"metadata": {"recovery_consent": "opt_out"}}),
                )),
                refused(CustomerMetadata, None),
            ),
            (
                "withdrawn on the session",
                json!({"consent": opt_in, "metadata": {"recovery_consent": "withdrawn",
                    "recovery_consent_at": "17e8"}}),
                None,
                refused(SessionMetadata, None),
            ),
            (
                "declined at Checkout overrides the token's",
                json!({"consent": opt_out, "metadata": token}),
                None,
                refused(Checkout, Some(CREATED)),
            ),
            (
                "Checkout's unknown value is no consent, and no refusal",
                json!({"consent": {"promotions": "maybe_later"}, "metadata": token}),
                None,
                given(
                    CustomerToken,
                    "signup_form",
                    AGREED,
                    Some("https://shop.example/privacy#v3"),
                ),
            ),
            (
                "a deleted Customer's consent does not count (it has none)",
                json!({"metadata": token}),
                Some(deleted()),
                given(
                    CustomerToken,
                    "signup_form",
                    AGREED,
                    Some("https://shop.example/privacy#v3"),
                ),
            ),
        ];
        for (name, change, customer, expected) in cases {
            let session = session(change);
            assert_eq!(
                read_consent(&session, customer.as_ref()),
                expected,
                "{name}"
            );
        }
    }

    #[test]
    fn malformed_metadata_is_no_consent() {
        let at = |v: &str| opt_in_metadata(&[("recovery_consent_at", v)]);
        let source = |v: &str| opt_in_metadata(&[("recovery_consent_source", v)]);
        let long_wording = "w".repeat(MAX_WORDING_LEN + 1);
        let mut missing_at = opt_in_metadata(&[]);
        missing_at
            .as_object_mut()
            .unwrap()
            .remove("recovery_consent_at");
        let mut missing_source = opt_in_metadata(&[]);
        missing_source
            .as_object_mut()
            .unwrap()
            .remove("recovery_consent_source");
        let cases = [
            ("at: words", at("yesterday")),
            ("at: empty", at("")),
            ("at: negative", at("-1767225600")),
            ("at: signed", at("+1767225600")),
            ("at: fraction", at("1767225600.5")),
            ("at: space", at(" 1767225600")),
            ("at: milliseconds", at("1767225600000")),
            ("at: before 2000", at("946684799")),
            ("at: overflow", at("99999999999999999999999")),
            ("at: missing", missing_at),
            ("source: missing", missing_source),
            ("source: empty", source("")),
            ("source: upper case", source("Signup_Form")),
            ("source: space", source("signup form")),
            ("source: too long", source(&"s".repeat(41))),
            (
                "wording: control character",
                opt_in_metadata(&[("recovery_consent_wording", "v3\nBcc: x")]),
            ),
            (
                "wording: too long",
                opt_in_metadata(&[("recovery_consent_wording", &long_wording)]),
            ),
            ("value: yes", json!({"recovery_consent": "yes"})),
            ("value: OPT_IN", {
                let mut m = opt_in_metadata(&[]);
                m["recovery_consent"] = json!("OPT_IN");
                m
            }),
            ("keys without recovery_consent", {
                let mut m = opt_in_metadata(&[]);
                m.as_object_mut().unwrap().remove("recovery_consent");
                m
            }),
        ];
        for (name, metadata) in cases {
            let on_session = session(json!({"metadata": metadata}));
            assert_eq!(
                read_consent(&on_session, None),
                ConsentStatus::NotGiven,
                "session, {name}"
            );
            let on_customer = customer(json!({"metadata": metadata}));
            assert_eq!(
                read_consent(&session(json!({})), Some(&on_customer)),
                ConsentStatus::NotGiven,
                "customer, {name}"
            );
        }
        // At the edges, accepted.
        for (at, expected) in [("946684800", EARLIEST_AT), ("4102444799", LATEST_AT - 1)] {
            let s = session(json!({"metadata": opt_in_metadata(&[("recovery_consent_at", at)])}));
            assert!(
                matches!(read_consent(&s, None), ConsentStatus::Given(p) if p.at == expected),
                "{at}"
            );
        }
        let s = session(json!({"metadata": opt_in_metadata(&[
            ("recovery_consent_source", &"s".repeat(40)),
            ("recovery_consent_wording", &"w".repeat(200)),
        ])}));
        assert!(matches!(read_consent(&s, None), ConsentStatus::Given(_)));
    }

    #[test]
    fn what_create_session_writes_reads_back_as_the_tokens_consent() {
        let written = token_metadata(AGREED, "signup_form", Some("https://shop.example/p#v3"));
        assert_eq!(
            written
                .iter()
                .map(|(k, v)| (*k, v.as_str()))
                .collect::<Vec<_>>(),
            [
                ("recovery_consent", "opt_in"),
                ("recovery_consent_at", "1767225600"),
                ("recovery_consent_source", "signup_form"),
                ("recovery_consent_via", "customer_token"),
                ("recovery_consent_wording", "https://shop.example/p#v3"),
            ]
        );
        // Stripe's metadata limits: keys ≤ 40 characters, ≤ 50 keys.
        assert!(written.keys().all(|k| k.len() <= 40) && written.len() <= 50);
        let s = session(json!({"metadata": written}));
        assert_eq!(
            read_consent(&s, None),
            given(
                ConsentVia::CustomerToken,
                "signup_form",
                AGREED,
                Some("https://shop.example/p#v3")
            )
        );
        let without_wording = token_metadata(AGREED, "signup_form", None);
        assert!(!without_wording.contains_key(CONSENT_WORDING_KEY));
        let s = session(json!({"metadata": without_wording}));
        assert_eq!(
            read_consent(&s, None),
            given(ConsentVia::CustomerToken, "signup_form", AGREED, None)
        );
    }

    #[test]
    fn address_table() {
        use AddressSource::*;
        let details = json!({"email": " jenny@details.example "});
        let found = |address, from| RecipientAddress::Found { address, from };
        let cases: Vec<(
            &str,
            Value,
            Option<crate::stripe::billing::Customer>,
            RecipientAddress,
        )> = vec![
            (
                "customer_details first",
                json!({"customer_details": details, "customer_email": "jenny@session.example"}),
                Some(customer(json!({}))),
                found("jenny@details.example", CustomerDetails),
            ),
            (
                "then the session's customer_email",
                json!({"customer_details": {"email": null}, "customer_email": "jenny@session.example"}),
                Some(customer(json!({}))),
                found("jenny@session.example", SessionCustomerEmail),
            ),
            (
                "a blank one is none",
                json!({"customer_details": {"email": "  "}, "customer_email": ""}),
                Some(customer(json!({}))),
                found("jenny@cus.example", Customer),
            ),
            (
                "then the Customer's",
                json!({}),
                Some(customer(json!({}))),
                found("jenny@cus.example", Customer),
            ),
            (
                "no Customer fetched",
                json!({}),
                None,
                RecipientAddress::Missing,
            ),
            (
                "a Customer without an email",
                json!({}),
                Some(customer(json!({"email": null}))),
                RecipientAddress::Missing,
            ),
            (
                "another Customer is ignored",
                json!({}),
                Some(customer(json!({"id": "cus_Other"}))),
                RecipientAddress::Missing,
            ),
            (
                "a deleted Customer",
                json!({}),
                Some(deleted()),
                RecipientAddress::CustomerDeleted,
            ),
            (
                "a deleted Customer, even with the session's own address",
                json!({"customer_details": details, "customer_email": "jenny@session.example"}),
                Some(deleted()),
                RecipientAddress::CustomerDeleted,
            ),
            (
                "another deleted Customer is ignored too",
                json!({"customer_email": "jenny@session.example"}),
                Some(serde_json::from_value(json!({"id": "cus_Other", "deleted": true})).unwrap()),
                found("jenny@session.example", SessionCustomerEmail),
            ),
        ];
        for (name, change, customer, expected) in cases {
            let session = session(change);
            assert_eq!(
                recipient_address(&session, customer.as_ref()),
                expected,
                "{name}"
            );
        }
    }

    #[test]
    fn source_and_wording_rules() {
        for ok in [
            "signup_form",
            "account_settings",
            "pos-2",
            "a",
            &"x".repeat(40),
        ] {
            assert!(is_valid_source(ok), "{ok}");
        }
        for bad in [
            "",
            "Signup",
            "sign up",
            "signup.form",
            "ü",
            "a/b",
            &"x".repeat(41),
        ] {
            assert!(!is_valid_source(bad), "{bad}");
        }
        for ok in [
            "v3",
            "https://shop.example/privacy?v=3#marketing",
            "Einwilligung – Juni 2025",
        ] {
            assert!(is_valid_wording(ok), "{ok}");
        }
        for bad in ["", "a\tb", "a\rb", "\u{7f}", &"w".repeat(201)] {
            assert!(!is_valid_wording(bad), "{bad:?}");
        }
    }
}
