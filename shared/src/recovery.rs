//! Whether an expired Checkout Session earns a recovery email: a pure decision over the
//! session, what we know of its recipient, and the clock.
//!
//! Stripe's abandoned-cart guide: mail the recovery URL only to customers who opted in to
//! promotional email, while the link is valid, and keep a record so nobody is mailed for
//! every cart they abandon.

use std::fmt;

pub use crate::consent::ConsentProof;
use crate::consent::{
    ConsentStatus, ConsentVia, RecipientAddress, read_consent, recipient_address,
};
use crate::mail::Language;
pub use crate::ports::SessionMail;
pub use crate::recipient::{RecipientKey, RecipientKeyer};
use crate::stripe::billing::Customer;
use crate::stripe::event::CheckoutSession;

/// Why no email goes out. Each is counted as its own metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkipReason {
    /// `after_expiration.recovery` is off, or has no URL.
    RecoveryDisabled,
    /// The recovery URL's `expires_at` is not in the future.
    LinkExpired,
    /// No consent: Checkout's `consent.promotions` is not `opt_in`, and the merchant
    /// asserted none (the signed token's claim, the session's or Customer's metadata).
    NoConsent,
    /// The consent was taken back (`recovery_consent` = `withdrawn` on the Customer or
    /// the session).
    ConsentWithdrawn,
    /// The session's Customer was deleted (often an erasure request).
    CustomerDeleted,
    /// Neither `customer_details.email` nor `customer_email`.
    NoEmail,
    /// The recipient is on our suppression list.
    Suppressed,
    /// The recipient completed a checkout at or after this session's creation.
    PurchasedSince,
    /// The recipient was mailed (or a mail to them started) within the cooldown.
    Cooldown,
    /// An earlier attempt for this session started sending and did not finish (SES timed
    /// out after the request went out, or the function died): the mail may have gone
    /// out, so it is never sent again (at most once).
    AttemptUnfinished,
    /// A recovery mail for this very session is already recorded: the event came again
    /// (a dead-letter replay, a resent event) after the recipient's cooldown ended.
    AlreadyMailed,
    /// The mail service refused this recipient or message for good (an invalid address,
    /// in the SES sandbox an unverified one): sending again would be refused again.
    Rejected,
    /// The recipient is in the holdout (`HOLDOUT_PERCENT`): their carts are never mailed,
    /// so that the report can say what the mails themselves recovered.
    HeldOut,
}

impl SkipReason {
    pub const ALL: [SkipReason; 13] = [
        Self::RecoveryDisabled,
        Self::LinkExpired,
        Self::NoConsent,
        Self::ConsentWithdrawn,
        Self::CustomerDeleted,
        Self::NoEmail,
        Self::Suppressed,
        Self::PurchasedSince,
        Self::Cooldown,
        Self::AttemptUnfinished,
        Self::AlreadyMailed,
        Self::Rejected,
        Self::HeldOut,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::RecoveryDisabled => "recovery_disabled",
            Self::LinkExpired => "link_expired",
            Self::NoConsent => "no_consent",
            Self::ConsentWithdrawn => "consent_withdrawn",
            Self::CustomerDeleted => "customer_deleted",
            Self::NoEmail => "no_email",
            Self::Suppressed => "suppressed",
            Self::PurchasedSince => "purchased_since",
            Self::Cooldown => "cooldown",
            Self::AttemptUnfinished => "attempt_unfinished",
            Self::AlreadyMailed => "already_mailed",
            Self::Rejected => "rejected",
            Self::HeldOut => "held_out",
        }
    }
}

impl SkipReason {
    /// Whether the cart's sequence ends here: no later step is scheduled. A cooldown (a
    /// mail about another cart) or an unfinished attempt (it may have gone) does not end
    /// it: the next step judges again at its own time.
    pub fn ends_sequence(self) -> bool {
        !matches!(
            self,
            Self::Cooldown | Self::AttemptUnfinished | Self::AlreadyMailed
        )
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Most mails a cart's sequence has.
pub const MAX_STEPS: usize = 3;
/// A step's mail must go while the recovery link (30 days) still works.
pub const MAX_STEP_DELAY_SECS: i64 = 29 * 24 * 3600;

/// `RECOVERY_STEPS`: when each mail of a cart's sequence goes, after the session expired
/// (`0h,24h,72h` by default; `0h` for one mail). Up to `MAX_STEPS`, strictly increasing,
/// each within `MAX_STEP_DELAY_SECS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoverySteps(Vec<i64>);

impl Default for RecoverySteps {
    fn default() -> Self {
        Self(vec![0, 24 * 3600, 72 * 3600])
    }
}

impl RecoverySteps {
    /// `0h,24h,72h`: hours (`h`) or days (`d`), comma-separated.
    pub fn parse(value: &str) -> Result<Self, String> {
        let mut delays = Vec::new();
        for entry in value.split(',').map(str::trim) {
            let (number, unit) = entry.split_at(entry.len().saturating_sub(1));
            let scale = match unit {
                "h" => 3600,
                "d" => 24 * 3600,
                _ => return Err(format!("{entry:?} is not hours (24h) or days (3d)")),
            };
            let n: i64 = number
                .parse()
                .map_err(|_| format!("{entry:?} is not hours (24h) or days (3d)"))?;
            let delay = n.checked_mul(scale).filter(|d| *d >= 0);
            let Some(delay) = delay.filter(|d| *d <= MAX_STEP_DELAY_SECS) else {
                return Err(format!(
                    "{entry:?} is past the recovery link's 30 days (29d at most)"
                ));
            };
            if delays.last().is_some_and(|last| delay <= *last) {
                return Err(format!("{entry:?} is not after the step before it"));
            }
            delays.push(delay);
        }
        if delays.len() > MAX_STEPS {
            return Err(format!("{} steps; at most {MAX_STEPS}", delays.len()));
        }
        Ok(Self(delays))
    }

    pub fn len(&self) -> u8 {
        self.0.len() as u8
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// When step `step` (from 1) is due, after the session's expiry.
    pub fn delay(&self, step: u8) -> Option<i64> {
        self.0.get(usize::from(step).checked_sub(1)?).copied()
    }

    /// The copy of step `step`'s mail: the first, the last call (the last of two or more),
    /// or a gentle reminder in between.
    pub fn copy(&self, step: u8) -> StepCopy {
        if step <= 1 {
            StepCopy::First
        } else if step >= self.len() {
            StepCopy::LastCall
        } else {
            StepCopy::Reminder
        }
    }
}

/// Which mail a step sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepCopy {
    First,
    Reminder,
    LastCall,
}

/// What the store knows of a recipient (and of the session), read before deciding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecipientFacts {
    /// What we know of this session's recovery mail (`recovery#<session>`).
    pub session: SessionMail,
    pub suppressed: bool,
    /// Creation time of the latest completed checkout.
    pub last_purchase_at: Option<i64>,
    pub last_mailed_at: Option<i64>,
}

/// A session that passed the checks needing no stored facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub email: String,
    pub recovery_url: String,
    pub allow_promotion_codes: bool,
    /// The consent that allows the mail, kept with its record.
    pub consent: ConsentProof,
    /// The mail's language: see [`mail_language`].
    pub language: Language,
}

/// The session's `locale` when Checkout had one (`auto` passes over), else the
/// Customer's `preferred_locales`: a German shop that leaves Checkout on `auto` still
/// writes German to a customer it knows as German.
pub fn mail_language(session: &CheckoutSession, customer: Option<&Customer>) -> Language {
    let locales = session
        .locale
        .iter()
        .chain(customer.iter().flat_map(|c| c.preferred_locales.iter()));
    Language::resolve(&locales.collect::<Vec<_>>())
}

/// The session's recipient: `customer_details.email`, else `customer_email`.
pub fn recipient_email(session: &CheckoutSession) -> Option<&str> {
    session
        .customer_details
        .as_ref()
        .and_then(|d| d.email.as_deref())
        .or(session.customer_email.as_deref())
        .map(str::trim)
        .filter(|e| !e.is_empty())
}

/// The checks that need only the session (and its Customer, when re-fetched) and the
/// clock, cheapest first. The consent and the address follow `consent`: Checkout's own,
/// or the merchant's server-side assertion (the signed token's claim, metadata); the
/// address from the session, else the Customer.
pub fn precheck(
    session: &CheckoutSession,
    customer: Option<&Customer>,
    now: i64,
) -> Result<Candidate, SkipReason> {
    let recovery = session
        .after_expiration
        .as_ref()
        .and_then(|a| a.recovery.as_ref())
        .filter(|r| r.enabled)
        .ok_or(SkipReason::RecoveryDisabled)?;
    let url = recovery
        .url
        .as_deref()
        .filter(|u| !u.is_empty())
        .ok_or(SkipReason::RecoveryDisabled)?;
    if recovery.expires_at.is_none_or(|at| at <= now) {
        return Err(SkipReason::LinkExpired);
    }
    let consent = match read_consent(session, customer) {
        ConsentStatus::Given(proof) => proof,
        // Declined at Checkout: never given. Withdrawn on the session or the Customer.
        ConsentStatus::Refused(refusal) if refusal.via == ConsentVia::Checkout => {
            return Err(SkipReason::NoConsent);
        }
        ConsentStatus::Refused(_) => return Err(SkipReason::ConsentWithdrawn),
        ConsentStatus::NotGiven => return Err(SkipReason::NoConsent),
    };
    let email = match recipient_address(session, customer) {
        RecipientAddress::Found { address, .. } => address,
        RecipientAddress::CustomerDeleted => return Err(SkipReason::CustomerDeleted),
        RecipientAddress::Missing => return Err(SkipReason::NoEmail),
    };
    Ok(Candidate {
        email: email.to_owned(),
        recovery_url: url.to_owned(),
        allow_promotion_codes: recovery.allow_promotion_codes,
        consent,
        language: mail_language(session, customer),
    })
}

/// The checks over stored facts. `session_created` is the expired session's creation.
pub fn check_facts(
    facts: &RecipientFacts,
    session_created: i64,
    now: i64,
    cooldown_secs: i64,
) -> Result<(), SkipReason> {
    // One mail per session, however late the event comes again: the cooldown alone
    // would let a replay after it mail the same cart twice.
    match facts.session {
        SessionMail::NotMailed => {}
        SessionMail::Mailed => return Err(SkipReason::AlreadyMailed),
        SessionMail::MaybeSent => return Err(SkipReason::AttemptUnfinished),
    }
    if facts.suppressed {
        return Err(SkipReason::Suppressed);
    }
    // A purchase in the same second as the session's creation counts: better one mail
    // too few than a recovery mail for a cart that was bought.
    if facts
        .last_purchase_at
        .is_some_and(|at| at >= session_created)
    {
        return Err(SkipReason::PurchasedSince);
    }
    // Saturating: a far-future stored time or a huge cooldown means "still cooling
    // down", never an overflow (found by fuzzing: fuzz/regressions).
    if facts
        .last_mailed_at
        .is_some_and(|at| now < at.saturating_add(cooldown_secs))
    {
        return Err(SkipReason::Cooldown);
    }
    Ok(())
}

/// The whole decision: send to the candidate, or skip with a reason.
pub fn decide(
    session: &CheckoutSession,
    customer: Option<&Customer>,
    facts: &RecipientFacts,
    now: i64,
    cooldown_secs: i64,
) -> Result<Candidate, SkipReason> {
    let candidate = precheck(session, customer, now)?;
    check_facts(facts, session.created, now, cooldown_secs)?;
    Ok(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stripe::event::{
        AfterExpiration, Consent, CustomerDetails, PromotionsConsent, Recovery,
    };

    const NOW: i64 = 1_800_000_000;
    const CREATED: i64 = NOW - 86_400;
    const COOLDOWN: i64 = 24 * 3600;

    fn eligible_session() -> CheckoutSession {
        CheckoutSession {
            id: crate::stripe::ids::CheckoutSessionId::parse("cs_test_1").unwrap(),
            created: CREATED,
            status: None,
            mode: None,
            amount_total: Some(4200),
            currency: Some("usd".into()),
            locale: None,
            customer: None,
            customer_email: None,
            customer_details: Some(CustomerDetails {
                email: Some("Jenny.Rosen@Example.com".into()),
            }),
            consent: Some(Consent {
                promotions: Some(PromotionsConsent::OptIn),
            }),
            expires_at: None,
            after_expiration: Some(AfterExpiration {
                recovery: Some(Recovery {
                    enabled: true,
                    allow_promotion_codes: false,
                    url: Some("https://buy.stripe.com/r/test_1".into()),
                    expires_at: Some(NOW + 29 * 86_400),
                }),
            }),
            recovered_from: None,
            allow_promotion_codes: None,
            metadata: Default::default(),
        }
    }

    fn with(change: impl FnOnce(&mut CheckoutSession)) -> CheckoutSession {
        let mut session = eligible_session();
        change(&mut session);
        session
    }

    fn recovery(session: &mut CheckoutSession) -> &mut Recovery {
        session
            .after_expiration
            .as_mut()
            .unwrap()
            .recovery
            .as_mut()
            .unwrap()
    }

    #[test]
    fn decision_table() {
        let none = RecipientFacts::default();
        let cases: Vec<(
            &str,
            CheckoutSession,
            RecipientFacts,
            Result<(), SkipReason>,
        )> = vec![
            ("eligible", eligible_session(), none, Ok(())),
            (
                "recovery disabled",
                with(|s| recovery(s).enabled = false),
                none,
                Err(SkipReason::RecoveryDisabled),
            ),
            (
                "no after_expiration",
                with(|s| s.after_expiration = None),
                none,
                Err(SkipReason::RecoveryDisabled),
            ),
            (
                "recovery without url",
                with(|s| recovery(s).url = None),
                none,
                Err(SkipReason::RecoveryDisabled),
            ),
            (
                "link expires exactly now",
                with(|s| recovery(s).expires_at = Some(NOW)),
                none,
                Err(SkipReason::LinkExpired),
            ),
            (
                "link expires in one second",
                with(|s| recovery(s).expires_at = Some(NOW + 1)),
                none,
                Ok(()),
            ),
            (
                "link without expiry",
                with(|s| recovery(s).expires_at = None),
                none,
                Err(SkipReason::LinkExpired),
            ),
            (
                "opted out",
                with(|s| s.consent.as_mut().unwrap().promotions = Some(PromotionsConsent::OptOut)),
                none,
                Err(SkipReason::NoConsent),
            ),
            (
                "consent not collected",
                with(|s| s.consent = None),
                none,
                Err(SkipReason::NoConsent),
            ),
            (
                "unknown consent value",
                with(|s| s.consent.as_mut().unwrap().promotions = Some(PromotionsConsent::Unknown)),
                none,
                Err(SkipReason::NoConsent),
            ),
            (
                "no email anywhere",
                with(|s| s.customer_details = None),
                none,
                Err(SkipReason::NoEmail),
            ),
            (
                "customer_email when details have none",
                with(|s| {
                    s.customer_details = Some(CustomerDetails { email: None });
                    s.customer_email = Some("buyer@example.com".into());
                }),
                none,
                Ok(()),
            ),
            (
                "suppressed",
                eligible_session(),
                RecipientFacts {
                    suppressed: true,
                    ..none
                },
                Err(SkipReason::Suppressed),
            ),
            (
                "completed exactly at creation time",
                eligible_session(),
                RecipientFacts {
                    last_purchase_at: Some(CREATED),
                    ..none
                },
                Err(SkipReason::PurchasedSince),
            ),
            (
                "completed one second before creation",
                eligible_session(),
                RecipientFacts {
                    last_purchase_at: Some(CREATED - 1),
                    ..none
                },
                Ok(()),
            ),
            (
                "mailed one second inside the cooldown",
                eligible_session(),
                RecipientFacts {
                    last_mailed_at: Some(NOW - COOLDOWN + 1),
                    ..none
                },
                Err(SkipReason::Cooldown),
            ),
            (
                "mailed exactly one cooldown ago",
                eligible_session(),
                RecipientFacts {
                    last_mailed_at: Some(NOW - COOLDOWN),
                    ..none
                },
                Ok(()),
            ),
            (
                "this session already mailed, the cooldown long over",
                eligible_session(),
                RecipientFacts {
                    session: SessionMail::Mailed,
                    last_mailed_at: Some(NOW - 7 * COOLDOWN),
                    ..none
                },
                Err(SkipReason::AlreadyMailed),
            ),
            (
                "this session's send started and never finished, the cooldown long over",
                eligible_session(),
                RecipientFacts {
                    session: SessionMail::MaybeSent,
                    last_mailed_at: Some(NOW - 7 * COOLDOWN),
                    ..none
                },
                Err(SkipReason::AttemptUnfinished),
            ),
            (
                "already mailed wins over suppressed",
                eligible_session(),
                RecipientFacts {
                    session: SessionMail::Mailed,
                    suppressed: true,
                    ..none
                },
                Err(SkipReason::AlreadyMailed),
            ),
            (
                "no consent wins over a stored fact",
                with(|s| s.consent = None),
                RecipientFacts {
                    suppressed: true,
                    ..none
                },
                Err(SkipReason::NoConsent),
            ),
            (
                "outside the US: consent from the signed token (metadata), the address \
                 from customer_email",
                with(|s| {
                    s.consent = None;
                    s.customer_details = None;
                    s.customer_email = Some("kunde@example.de".into());
                    s.metadata =
                        crate::consent::token_metadata(CREATED - 86_400, "signup_form", Some("v3"))
                            .into_iter()
                            .map(|(k, v)| (k.to_owned(), v))
                            .collect();
                }),
                none,
                Ok(()),
            ),
            (
                "consent withdrawn on the session",
                with(|s| {
                    s.metadata
                        .insert("recovery_consent".into(), "withdrawn".into());
                }),
                none,
                Err(SkipReason::ConsentWithdrawn),
            ),
        ];
        for (name, session, facts, expected) in cases {
            let got = decide(&session, None, &facts, NOW, COOLDOWN).map(|_| ());
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn a_deleted_customer_is_its_own_reason_and_its_address_a_fallback() {
        let mut session = eligible_session();
        session.customer_details = None;
        session.customer = Some(crate::stripe::event::Expandable::Id(
            crate::stripe::ids::CustomerId::parse("cus_1").unwrap(),
        ));
        let customer = |json: &str| -> Customer { serde_json::from_str(json).unwrap() };
        let deleted = customer(r#"{"id": "cus_1", "object": "customer", "deleted": true}"#);
        let live = customer(r#"{"id": "cus_1", "object": "customer", "email": "c@example.com"}"#);
        let facts = RecipientFacts::default();
        assert_eq!(
            decide(&session, Some(&deleted), &facts, NOW, COOLDOWN).map(|c| c.email),
            Err(SkipReason::CustomerDeleted)
        );
        assert_eq!(
            decide(&session, Some(&live), &facts, NOW, COOLDOWN).map(|c| c.email),
            Ok("c@example.com".to_owned())
        );
        assert_eq!(
            decide(&session, None, &facts, NOW, COOLDOWN).map(|c| c.email),
            Err(SkipReason::NoEmail)
        );
    }

    #[test]
    fn the_language_is_checkouts_locale_else_the_customers() {
        let customer = |locales: &str| -> Customer {
            serde_json::from_str(&format!(
                r#"{{"id": "cus_1", "object": "customer", "preferred_locales": {locales}}}"#
            ))
            .unwrap()
        };
        let german = customer(r#"["de-DE", "en"]"#);
        let unknown_then_french = customer(r#"["xx", "fr-CA"]"#);
        let none = customer("[]");
        let cases = [
            (Some("ja"), Some(&german), Language::Ja),
            (Some("auto"), Some(&german), Language::De),
            (None, Some(&german), Language::De),
            (None, Some(&unknown_then_french), Language::FrCa),
            (None, Some(&none), Language::En),
            (Some("auto"), None, Language::En),
            (Some("es-419"), None, Language::Es419),
        ];
        for (locale, customer, expected) in cases {
            let session = with(|s| s.locale = locale.map(str::to_owned));
            assert_eq!(
                mail_language(&session, customer),
                expected,
                "{locale:?} {customer:?}"
            );
        }
    }

    #[test]
    fn the_candidate_carries_the_url_and_the_trimmed_email() {
        let candidate = decide(
            &eligible_session(),
            None,
            &RecipientFacts::default(),
            NOW,
            COOLDOWN,
        )
        .unwrap();
        assert_eq!(candidate.recovery_url, "https://buy.stripe.com/r/test_1");
        assert_eq!(candidate.email, "Jenny.Rosen@Example.com");
    }

    #[test]
    fn extreme_times_and_cooldowns_do_not_overflow() {
        let facts = RecipientFacts {
            last_mailed_at: Some(i64::MAX - 10),
            ..RecipientFacts::default()
        };
        assert_eq!(
            check_facts(&facts, 0, NOW, i64::MAX),
            Err(SkipReason::Cooldown)
        );
        assert_eq!(check_facts(&facts, 0, i64::MAX, 5), Ok(()));
    }

    #[test]
    fn recovery_steps_parse_and_name_their_copy() {
        let steps = RecoverySteps::parse("0h, 24h,3d").unwrap();
        assert_eq!(steps, RecoverySteps::default());
        assert_eq!(
            (
                steps.delay(1),
                steps.delay(2),
                steps.delay(3),
                steps.delay(4)
            ),
            (Some(0), Some(86_400), Some(3 * 86_400), None)
        );
        assert_eq!(
            [steps.copy(1), steps.copy(2), steps.copy(3)],
            [StepCopy::First, StepCopy::Reminder, StepCopy::LastCall]
        );
        let two = RecoverySteps::parse("1h,2d").unwrap();
        assert_eq!(
            [two.copy(1), two.copy(2)],
            [StepCopy::First, StepCopy::LastCall]
        );
        assert_eq!(RecoverySteps::parse("0h").unwrap().len(), 1);
        for bad in [
            "",
            "24",
            "24m",
            "-1h",
            "0h,0h",
            "24h,12h",
            "30d",
            "0h,1h,2h,3h",
            "h",
        ] {
            assert!(RecoverySteps::parse(bad).is_err(), "{bad:?}");
        }
        assert!(RecoverySteps::parse("29d").is_ok());
    }

    #[test]
    fn only_a_cooldown_or_an_unfinished_attempt_leaves_the_sequence_going() {
        for reason in SkipReason::ALL {
            let goes_on = matches!(
                reason,
                SkipReason::Cooldown | SkipReason::AttemptUnfinished | SkipReason::AlreadyMailed
            );
            assert_eq!(reason.ends_sequence(), !goes_on, "{reason}");
        }
    }

    #[test]
    fn reasons_have_distinct_names() {
        let names: std::collections::HashSet<_> =
            SkipReason::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(names.len(), SkipReason::ALL.len());
    }
}
