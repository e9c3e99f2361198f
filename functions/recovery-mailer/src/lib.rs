//! The recovery mailer: for each inbox insert of `checkout.session.expired`, decide, then
//! claim the recipient, send through the mailer, and record; for each
//! `checkout.session.completed`, record the purchase and attribute a recovered sale.
//!
//! Sending is at most once per recipient per cooldown, and once per session: a session
//! whose mail is recorded (or whose send started) is skipped however late its event comes
//! again. Claiming, starting, sending and recording follow the protocol of
//! `stripe_recovery::delivery`: a short claim on the recipient, a durable "send started"
//! mark on the session just before SES, released only when the mail surely did not go
//! out.

pub mod config;
pub mod mail;

use std::fmt;

use stripe_recovery::delivery::{
    CLAIM_SECS, CartLeases, DeliveryError, SEND_AND_RECORD_TIME, Sent, retrying, send_leased,
    time_to_send,
};
use stripe_recovery::inbox::{HandledType, InboxItem, ObjectError};
use stripe_recovery::mail::{Language, Money, RenderError, Shop, render};
use stripe_recovery::ports::{
    CartRecoveryStore, Claim, Conversion, Converted, MailError, Mailer, OutgoingMail,
    RecipientStore, SentRecovery, StoreError, StripeReader,
};
use stripe_recovery::recovery::{
    Candidate, RecipientFacts, RecipientKeyer, SkipReason, check_facts, precheck, recipient_email,
};
use stripe_recovery::stream::{Invocation, StreamConsumer};
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::event::CheckoutSession;
use stripe_recovery::stripe::line_items::LineItems;
use stripe_recovery::telemetry::Metrics;
use stripe_recovery::unsubscribe::UnsubscribeLinks;
use tokio::time::Instant;
use tracing::Instrument;

use crate::config::MailerConfig;
use crate::mail::RecoveryMail;

const DAY: i64 = 24 * 3600;
/// Purchases matter for sessions created before them; Checkout Sessions live at most a
/// day and recovery links 30 days.
const PURCHASE_TTL_SECS: i64 = 60 * DAY;
/// Recovery records are kept for attribution well past the links' 30-day validity.
const RECOVERY_TTL_SECS: i64 = 90 * DAY;
/// The longest the cart's line items may take: the mail is worth more than its cart.
const CART_BUDGET: std::time::Duration = std::time::Duration::from_secs(4);

pub struct RecoveryMailer<S, M, R = StripeClient> {
    store: S,
    mailer: M,
    /// Re-fetches events stored without their object and the expired cart's line items;
    /// `None` if no key is configured.
    stripe: Option<R>,
    shop: Shop,
    cooldown_secs: i64,
    promo_code: Option<String>,
    unsubscribe: UnsubscribeLinks,
    recipient_keys: RecipientKeyer,
}

/// What processing one inbox item did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        message_id: String,
    },
    /// The send started and no answer came: the mail may have gone out. It is never
    /// sent again.
    MaybeSent,
    Skipped(SkipReason),
    Completed {
        conversion: Option<Conversion>,
    },
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sent { message_id } => write!(f, "recovery mail sent ({message_id})"),
            Self::MaybeSent => f.write_str("recovery mail maybe sent (no answer); not sent again"),
            Self::Skipped(reason) => write!(f, "no mail ({reason})"),
            Self::Completed { conversion } => f.write_str(match conversion {
                Some(Conversion::Recorded) => {
                    "purchase recorded; sale attributed to the recovery mail (conversion recorded)"
                }
                Some(Conversion::AlreadyRecorded) => {
                    "purchase recorded; conversion was already recorded"
                }
                Some(Conversion::NotMailed) => {
                    "purchase recorded; recovered from a session we did not mail"
                }
                None => "purchase recorded",
            }),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("the session in the event is not a Checkout Session: {0}")]
    NotASession(String),
    /// The runner passes only `HANDLES`; this would be a routing bug.
    #[error("{0} is not a type the recovery mailer handles")]
    NotHandled(HandledType),
    #[error(transparent)]
    Object(#[from] ObjectError),
    #[error("too little time left to send and record; Lambda will retry the record")]
    OutOfTime,
    /// Another session's mail to this recipient is being sent right now. Not a skip: if
    /// it fails, this one may be due.
    #[error("another mail to this recipient is being sent right now; Lambda will retry the record")]
    Busy,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error(transparent)]
    Delivery(#[from] DeliveryError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// Metric names of the recovery funnel (CloudWatch, namespace `StripeRecovery`).
pub mod metric {
    pub const EXPIRED: &str = "RecoveryExpired";
    pub const ELIGIBLE: &str = "RecoveryEligible";
    pub const MAILED: &str = "RecoveryMailed";
    pub const SKIPPED: &str = "RecoverySkipped";
    pub const RECOVERED: &str = "RecoveryConverted";
    /// In the currency's minor units, per `Currency` dimension.
    pub const AMOUNT_RECOVERED: &str = "AmountRecovered";
    /// A recovery mail went without its cart: Stripe failed to list the line items.
    pub const CART_UNAVAILABLE: &str = "RecoveryCartUnavailable";
    /// A recovery mail whose send started and got no answer: it may have gone out, and
    /// is never sent again.
    pub const MAYBE_SENT: &str = "RecoveryMaybeSent";
}

impl<S, M, R> StreamConsumer for RecoveryMailer<S, M, R>
where
    S: RecipientStore + CartRecoveryStore,
    M: Mailer,
    R: StripeReader,
{
    const NAME: &'static str = "recovery-mailer";
    const HANDLES: &'static [HandledType] = &[
        HandledType::CheckoutSessionExpired,
        HandledType::CheckoutSessionCompleted,
    ];
    type Outcome = Outcome;
    type Error = MailerError;

    async fn process(&self, item: &InboxItem, at: &Invocation<'_>) -> Result<Outcome, MailerError> {
        let session = self.session(item, at.deadline).await?;
        let span = tracing::info_span!("session", session_id = %session.id);
        match item.event_type {
            HandledType::CheckoutSessionExpired => {
                self.on_expired(&session, at).instrument(span).await
            }
            HandledType::CheckoutSessionCompleted => {
                self.on_completed(&session, item.created, at)
                    .instrument(span)
                    .await
            }
            other => Err(MailerError::NotHandled(other)),
        }
    }
}

impl<S, M, R> RecoveryMailer<S, M, R>
where
    S: RecipientStore + CartRecoveryStore,
    M: Mailer,
    R: StripeReader,
{
    /// `stripe` reads Stripe when a key is configured (`config.stripe`); main passes
    /// `config.stripe.clone().map(StripeClient::new)`.
    pub fn from_config(config: MailerConfig, store: S, mailer: M, stripe: Option<R>) -> Self {
        Self {
            store,
            mailer,
            stripe,
            shop: config.shop,
            cooldown_secs: i64::from(config.cooldown_hours) * 3600,
            promo_code: config.promo_code,
            unsubscribe: config.unsubscribe,
            recipient_keys: config.recipient_keys,
        }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn mailer(&self) -> &M {
        &self.mailer
    }

    async fn session(
        &self,
        item: &InboxItem,
        deadline: Instant,
    ) -> Result<CheckoutSession, MailerError> {
        let object = item.object(self.stripe.as_ref(), deadline).await?;
        serde_json::from_str(&object).map_err(|e| MailerError::NotASession(e.to_string()))
    }

    async fn on_expired(
        &self,
        session: &CheckoutSession,
        at: &Invocation<'_>,
    ) -> Result<Outcome, MailerError> {
        let (now, metrics) = (at.now, at.metrics);
        metrics.count(metric::EXPIRED, &[]);
        let cooldown = self.cooldown_secs;
        let candidate = match precheck(session, now) {
            Ok(candidate) => candidate,
            Err(reason) => return Ok(skipped(metrics, reason)),
        };
        let recipient = self.recipient_keys.key(&candidate.email);
        let (session_mail, state, last_purchase_at) = tokio::try_join!(
            self.store.session_mail(&session.id),
            self.store.recipient_state(&recipient),
            self.store.last_purchase_at(&recipient),
        )?;
        let facts = RecipientFacts {
            session: session_mail,
            suppressed: state.suppressed,
            last_purchase_at,
            last_mailed_at: state.last_mailed_at,
        };
        if let Err(reason) = check_facts(&facts, session.created, now, cooldown) {
            return Ok(skipped(metrics, reason));
        }
        let cart = self.cart(session, at).await;
        // Rendered before claiming, so a template failure never holds a lease.
        let mail = self.compose(session, &candidate, &recipient, &cart, now)?;
        if !time_to_send(at.deadline) {
            return Err(MailerError::OutOfTime);
        }
        let claim = self
            .store
            .claim(
                &recipient,
                &session.id,
                now,
                now + CLAIM_SECS,
                now - cooldown,
            )
            .await?;
        let lease = match claim {
            Claim::Claimed(lease) => lease,
            Claim::Settled => return Ok(skipped(metrics, SkipReason::Cooldown)),
            Claim::Busy => return Err(MailerError::Busy),
        };
        metrics.count(metric::ELIGIBLE, &[]);
        let leases = CartLeases(&self.store);
        let sent = send_leased(&leases, &self.mailer, &mail, lease, now, at.deadline).await?;
        let (message_id, lease) = match sent {
            Sent::Accepted { message_id, lease } => (message_id, lease),
            Sent::Rejected => return Ok(skipped(metrics, SkipReason::Rejected)),
            Sent::MaybeSent => {
                metrics.count(metric::MAYBE_SENT, &[]);
                return Ok(Outcome::MaybeSent);
            }
            // Another attempt of this session took the claim over: it sends.
            Sent::Superseded => return Err(MailerError::Busy),
        };
        let sent = SentRecovery {
            session_id: &session.id,
            message_id: &message_id,
            sent_at: now,
            amount_total: session.amount_total,
            currency: session.currency.as_deref(),
        };
        // If this fails for good, the session stays "send started": never mailed again.
        retrying(at.deadline, || {
            self.store
                .record_sent(&lease, &sent, now + cooldown + DAY, now + RECOVERY_TTL_SECS)
        })
        .await?;
        metrics.count(metric::MAILED, &[]);
        Ok(Outcome::Sent { message_id })
    }

    /// What the shopper left behind, for the mail. Best effort: without a key, or if
    /// Stripe fails within its share of the time, the mail goes without it (counted).
    async fn cart(&self, session: &CheckoutSession, at: &Invocation<'_>) -> Option<LineItems> {
        let stripe = self.stripe.as_ref()?;
        // The send and the record keep their time; the cart gets at most a few seconds.
        let deadline = at
            .deadline
            .checked_sub(SEND_AND_RECORD_TIME)?
            .min(Instant::now() + CART_BUDGET);
        match stripe.checkout_line_items(&session.id, deadline).await {
            Ok(items) => Some(items),
            Err(error) => {
                tracing::warn!(%error, "the cart's line items could not be read; mailing without them");
                at.metrics.count(metric::CART_UNAVAILABLE, &[]);
                None
            }
        }
    }

    fn compose(
        &self,
        session: &CheckoutSession,
        candidate: &Candidate,
        recipient: &stripe_recovery::recipient::RecipientKey,
        cart: &Option<LineItems>,
        now: i64,
    ) -> Result<OutgoingMail, RenderError> {
        let promo_code = self
            .promo_code
            .as_deref()
            .filter(|_| candidate.allow_promotion_codes);
        let language = Language::from_locale(session.locale.as_deref());
        let unsubscribe_url = self.unsubscribe.link(recipient, language, now);
        let rendered = render(
            language,
            &self.shop,
            &RecoveryMail::new(
                &candidate.recovery_url,
                Money::from_parts(session.amount_total, session.currency.as_deref()),
                promo_code,
                &unsubscribe_url,
            )
            .with_cart(cart.as_ref(), session.currency.as_deref()),
        )?;
        Ok(OutgoingMail {
            to: candidate.email.clone(),
            subject: rendered.subject,
            html: rendered.html,
            text: rendered.text,
            list_unsubscribe: Some(unsubscribe_url),
        })
    }

    /// `completed_at`: the event's `created`, when the checkout was paid. Not the
    /// session's `created`: a cart opened in tab B before tab A and paid in B is a
    /// purchase after A was opened, and A must not be mailed.
    async fn on_completed(
        &self,
        session: &CheckoutSession,
        completed_at: i64,
        at: &Invocation<'_>,
    ) -> Result<Outcome, MailerError> {
        if let Some(email) = recipient_email(session) {
            self.store
                .record_purchase(
                    &self.recipient_keys.key(email),
                    completed_at,
                    at.now + PURCHASE_TTL_SECS,
                )
                .await?;
        }
        let Some(recovered_from) = &session.recovered_from else {
            return Ok(Outcome::Completed { conversion: None });
        };
        let conversion = self
            .store
            .record_conversion(&Converted {
                recovered_from,
                session_id: &session.id,
                amount_total: session.amount_total,
                currency: session.currency.as_deref(),
                at: at.now,
            })
            .await?;
        if conversion == Conversion::Recorded {
            at.metrics.count(metric::RECOVERED, &[]);
            if let (Some(amount), Some(currency)) =
                (session.amount_total, session.currency.as_deref())
            {
                at.metrics.value(
                    metric::AMOUNT_RECOVERED,
                    amount as f64,
                    &[("Currency", currency)],
                );
            }
        }
        Ok(Outcome::Completed {
            conversion: Some(conversion),
        })
    }
}

fn skipped(metrics: &Metrics, reason: SkipReason) -> Outcome {
    metrics.count(metric::SKIPPED, &[("Reason", reason.as_str())]);
    Outcome::Skipped(reason)
}
