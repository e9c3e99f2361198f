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

use serde::Deserialize;
use serde_json::value::RawValue;
use stripe_recovery::consent::{ConsentStatus, ConsentVia, read_consent};
use stripe_recovery::delivery::{
    CLAIM_SECS, CartLeases, DeliveryError, SEND_AND_RECORD_TIME, Sent, retrying, send_leased,
    time_to_send,
};
use stripe_recovery::holdout::Holdout;
use stripe_recovery::inbox::{HandledType, InboxItem, ObjectError};
use stripe_recovery::mail::{MailKind, Money, RenderError, Shop, render};
use stripe_recovery::mail_events::{MailFlow, MailTags};
use stripe_recovery::ports::{
    CartRecoveryStore, CartStep, Claim, ConsentRecord, Conversion, Converted, HeldOut, Job,
    MailError, Mailer, OutgoingMail, RecipientStore, Scheduled, Scheduler, SentRecovery,
    StoreError, StripeReader,
};
use stripe_recovery::recovery::{
    Candidate, RecipientFacts, RecipientKeyer, RecoverySteps, SkipReason, check_facts, precheck,
    recipient_email,
};
use stripe_recovery::stream::{Invocation, StreamConsumer};
use stripe_recovery::stripe::billing::Customer;
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::stripe::error::{ErrorCode, StripeError};
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
    /// `RECOVERY_PROMO_CODE_LAST_STEP`: the promo code only in the sequence's last mail.
    promo_code_last_step: bool,
    steps: RecoverySteps,
    unsubscribe: UnsubscribeLinks,
    recipient_keys: RecipientKeyer,
    holdout: Holdout,
}

/// What processing one inbox item did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Step `step` of the cart's sequence mailed; the next step is due at `next`.
    Sent {
        step: u8,
        message_id: String,
        next: Option<i64>,
    },
    /// The send started and no answer came: the mail may have gone out. It is never
    /// sent again.
    MaybeSent {
        step: u8,
        next: Option<i64>,
    },
    Skipped(SkipReason),
    /// The sequence's first mail waits for its time (`RECOVERY_STEPS` starts after 0h).
    Scheduled {
        step: u8,
        at: i64,
    },
    Completed {
        conversion: Option<Conversion>,
    },
}

/// "; the next step is due at …" for a line, or nothing.
fn next_step(next: &Option<i64>) -> String {
    next.map(|at| {
        format!(
            "; the next step is due at {}",
            stripe_recovery::time::rfc3339(at)
        )
    })
    .unwrap_or_default()
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sent {
                step: 1,
                message_id,
                next,
            } => write!(f, "recovery mail sent ({message_id}){}", next_step(next)),
            Self::Sent {
                step,
                message_id,
                next,
            } => write!(
                f,
                "recovery mail {step} sent ({message_id}){}",
                next_step(next)
            ),
            Self::MaybeSent { step, next } => write!(
                f,
                "recovery mail {step} maybe sent (no answer); not sent again{}",
                next_step(next)
            ),
            Self::Scheduled { step, at } => write!(
                f,
                "recovery mail {step} scheduled for {}",
                stripe_recovery::time::rfc3339(*at)
            ),
            Self::Skipped(reason) => write!(f, "no mail ({reason})"),
            Self::Completed {
                conversion: Some(Conversion::Recorded { step }),
            } => write!(
                f,
                "purchase recorded; sale attributed to recovery mail {step} (conversion recorded)"
            ),
            Self::Completed { conversion } => f.write_str(match conversion {
                Some(Conversion::Recorded { .. }) => unreachable!("matched above"),
                Some(Conversion::AlreadyRecorded) => {
                    "purchase recorded; conversion was already recorded"
                }
                Some(Conversion::NotMailed) => {
                    "purchase recorded; recovered from a session we did not mail"
                }
                Some(Conversion::HeldOut) => {
                    "purchase recorded; recovered from a session held out of the mails"
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
    /// Boxed: Stripe's errors are large.
    #[error("reading the session's customer or their checkouts from Stripe failed: {0}")]
    Stripe(Box<StripeError>),
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
    /// A recorded cart's recovery link opened: a session Stripe made from it (each such
    /// session's event; a redelivery may count it again).
    pub const LINK_OPENED: &str = "RecoveryLinkOpened";
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
    /// A step of a cart's sequence scheduled, by `Step`.
    pub const STEP_SCHEDULED: &str = "RecoveryStepScheduled";
}

/// What a fired job of the cart's sequence carries: the step, and the session as its
/// expired event had it.
#[derive(Deserialize)]
struct StepDue<'a> {
    step: u8,
    #[serde(borrow)]
    session: &'a RawValue,
}

impl<S, M, R> StreamConsumer for RecoveryMailer<S, M, R>
where
    S: RecipientStore + CartRecoveryStore + Scheduler,
    M: Mailer,
    R: StripeReader,
{
    const NAME: &'static str = "recovery-mailer";
    const HANDLES: &'static [HandledType] = &[
        HandledType::CheckoutSessionExpired,
        HandledType::CheckoutSessionCompleted,
        HandledType::CartStepDue,
    ];
    type Outcome = Outcome;
    type Error = MailerError;

    async fn process(&self, item: &InboxItem, at: &Invocation<'_>) -> Result<Outcome, MailerError> {
        let object = item.object(self.stripe.as_ref(), at.deadline).await?;
        let (step, raw) = match item.event_type {
            HandledType::CartStepDue => {
                let due: StepDue<'_> = serde_json::from_str(&object)
                    .map_err(|e| MailerError::NotASession(e.to_string()))?;
                (due.step, due.session.get())
            }
            _ => (1, object.as_ref()),
        };
        let session: CheckoutSession =
            serde_json::from_str(raw).map_err(|e| MailerError::NotASession(e.to_string()))?;
        let span = tracing::info_span!("session", session_id = %session.id, step);
        match item.event_type {
            HandledType::CheckoutSessionExpired => {
                at.metrics.count(metric::EXPIRED, &[]);
                // Made from a recovery link and abandoned again: that link was opened.
                self.record_click(&session, at).await?;
                self.on_expired(&session, raw, at).instrument(span).await
            }
            HandledType::CartStepDue => self.step(&session, raw, step, at).instrument(span).await,
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
    S: RecipientStore + CartRecoveryStore + Scheduler,
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
            promo_code_last_step: config.promo_code_last_step,
            steps: config.steps,
            unsubscribe: config.unsubscribe,
            recipient_keys: config.recipient_keys,
            holdout: config.holdout,
        }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn mailer(&self) -> &M {
        &self.mailer
    }

    /// A session Stripe made from a cart's recovery link (`recovered_from`): the link
    /// was opened when the session was created, which the cart's record keeps for the
    /// report (the first time; only on a cart we recorded). Stripe tells of no other
    /// click: a link of ours would have to change our state on a GET.
    async fn record_click(
        &self,
        session: &CheckoutSession,
        at: &Invocation<'_>,
    ) -> Result<(), MailerError> {
        if let Some(recovered_from) = &session.recovered_from
            && self
                .store
                .record_click(recovered_from, session.created)
                .await?
        {
            at.metrics.count(metric::LINK_OPENED, &[]);
        }
        Ok(())
    }

    /// `checkout.session.expired`: the sequence's first step, now or when it is due.
    async fn on_expired(
        &self,
        session: &CheckoutSession,
        raw: &str,
        at: &Invocation<'_>,
    ) -> Result<Outcome, MailerError> {
        let first = self.steps.delay(1).unwrap_or_default();
        if first == 0 {
            return self.step(session, raw, 1, at).await;
        }
        let due_at = self.schedule(session, raw, 1, at).await?;
        Ok(Outcome::Scheduled {
            step: 1,
            at: due_at,
        })
    }

    /// One step of the cart's sequence, judged now; the next step scheduled unless this
    /// one ended the sequence.
    async fn step(
        &self,
        session: &CheckoutSession,
        raw: &str,
        step: u8,
        at: &Invocation<'_>,
    ) -> Result<Outcome, MailerError> {
        let outcome = self.mail_step(session, step, at).await?;
        let goes_on = match &outcome {
            Outcome::Skipped(reason) => !reason.ends_sequence(),
            _ => true,
        };
        let next = if goes_on && step < self.steps.len() {
            Some(self.schedule(session, raw, step + 1, at).await?)
        } else {
            None
        };
        Ok(match outcome {
            Outcome::Sent {
                step, message_id, ..
            } => Outcome::Sent {
                step,
                message_id,
                next,
            },
            Outcome::MaybeSent { step, .. } => Outcome::MaybeSent { step, next },
            other => other,
        })
    }

    /// Schedules `step` at its time after the session's expiry (idempotent: the first
    /// time stands); when it is due.
    async fn schedule(
        &self,
        session: &CheckoutSession,
        raw: &str,
        step: u8,
        at: &Invocation<'_>,
    ) -> Result<i64, MailerError> {
        let expired_at = session.expires_at.unwrap_or(session.created);
        let delay = |n: u8| self.steps.delay(n).unwrap_or_default();
        let on_time = expired_at + delay(step);
        // A step decided late (its item retried or replayed a day on) keeps the
        // configured spacing to the next one: no reminder minutes after the mail.
        let due_at = if step > 1 {
            on_time.max(at.now + delay(step) - delay(step - 1))
        } else {
            on_time
        };
        let payload = format!(r#"{{"step":{step},"session":{raw}}}"#);
        self.store
            .schedule(&Scheduled {
                job: Job::CartStep {
                    session: session.id.clone(),
                    step,
                },
                due_at,
                payload,
            })
            .await?;
        at.metrics
            .count(metric::STEP_SCHEDULED, &[("Step", &step.to_string())]);
        Ok(due_at)
    }

    /// Claim, start, send, record one step's mail, after every check at its own time.
    async fn mail_step(
        &self,
        session: &CheckoutSession,
        step: u8,
        at: &Invocation<'_>,
    ) -> Result<Outcome, MailerError> {
        let (now, metrics) = (at.now, at.metrics);
        let cooldown = self.cooldown_secs;
        // The session's Customer, as Stripe has it now: its consent may be withdrawn, it
        // may be deleted, it may hold the address the session lacks.
        let customer = self.customer(session, at).await?;
        if step == 1 {
            // The funnel's first numbers, whatever happens next: every expired session,
            // and whether its customer had consented (none known of a deleted one).
            let known = customer.as_ref().ok().and_then(Option::as_ref);
            let consent = matches!(read_consent(session, known), ConsentStatus::Given(_));
            let expired_at = session.expires_at.unwrap_or(session.created);
            self.store
                .record_expired(&session.id, expired_at, consent, now + RECOVERY_TTL_SECS)
                .await?;
        }
        let customer = match customer {
            Ok(customer) => customer,
            Err(reason) => return Ok(skipped(metrics, reason)),
        };
        let candidate = match precheck(session, customer.as_ref(), now) {
            Ok(candidate) => candidate,
            Err(reason) => return Ok(skipped(metrics, reason)),
        };
        let recipient = self.recipient_keys.key(&candidate.email);
        let (mails, state, last_purchase_at) = tokio::try_join!(
            self.store.session_mails(&session.id),
            self.store.recipient_state(&recipient),
            self.store.last_purchase_at(&recipient),
        )?;
        // The cooldown is across carts: this cart's own steps keep their own spacing.
        let other_cart = state.last_session.as_deref() != Some(session.id.as_str());
        let facts = RecipientFacts {
            session: mails.step(step),
            suppressed: state.suppressed,
            last_purchase_at,
            last_mailed_at: state.last_mailed_at.filter(|_| other_cart),
        };
        if let Err(reason) = check_facts(&facts, session.created, now, cooldown) {
            return Ok(skipped(metrics, reason));
        }
        if self.bought_since(session, at).await? {
            return Ok(skipped(metrics, SkipReason::PurchasedSince));
        }
        // Eligible: a held-out recipient is recorded as such at the first step, with
        // the cart's amount, and none of the sequence goes (the rest is never scheduled).
        if mails.held_out || (step == 1 && self.holdout.holds_out(&recipient)) {
            let held_out = HeldOut {
                at: now,
                amount_total: session.amount_total,
                currency: session.currency.as_deref(),
            };
            let ttl = now + RECOVERY_TTL_SECS;
            if self
                .store
                .record_held_out(&session.id, &held_out, ttl)
                .await?
            {
                return Ok(skipped(metrics, SkipReason::HeldOut));
            }
        }
        let cart = self.cart(session, at).await;
        // Rendered before claiming, so a template failure never holds a lease.
        let mail = self.compose(session, &candidate, &recipient, &cart, step, now)?;
        if !time_to_send(at.deadline) {
            return Err(MailerError::OutOfTime);
        }
        let cart_step = CartStep {
            recipient,
            session: session.id.clone(),
            step,
        };
        let claim = self
            .store
            .claim(&cart_step, now, now + CLAIM_SECS, now - cooldown)
            .await?;
        let lease = match claim {
            Claim::Claimed(lease) => lease,
            Claim::Settled => return Ok(skipped(metrics, SkipReason::Cooldown)),
            Claim::Busy => return Err(MailerError::Busy),
        };
        let step_name = step.to_string();
        let step_dimension = [("Step", step_name.as_str())];
        metrics.count(metric::ELIGIBLE, &step_dimension);
        let leases = CartLeases(&self.store);
        let sent = send_leased(&leases, &self.mailer, &mail, lease, now, at.deadline).await?;
        let (message_id, lease) = match sent {
            Sent::Accepted { message_id, lease } => (message_id, lease),
            Sent::Rejected => return Ok(skipped(metrics, SkipReason::Rejected)),
            Sent::MaybeSent => {
                metrics.count(metric::MAYBE_SENT, &step_dimension);
                return Ok(Outcome::MaybeSent { step, next: None });
            }
            // Another attempt of this step took the claim over: it sends.
            Sent::Superseded => return Err(MailerError::Busy),
        };
        let proof = &candidate.consent;
        let source = match proof.via {
            ConsentVia::Checkout => proof.via.as_str().to_owned(),
            via => format!("{}:{}", via.as_str(), proof.source),
        };
        let sent = SentRecovery {
            message_id: &message_id,
            sent_at: now,
            amount_total: session.amount_total,
            currency: session.currency.as_deref(),
            consent: Some(ConsentRecord {
                source: &source,
                at: proof.at,
                wording: proof.wording.as_deref(),
            }),
        };
        // If this fails for good, the step stays "send started": never mailed again.
        retrying(at.deadline, || {
            self.store
                .record_sent(&lease, &sent, now + cooldown + DAY, now + RECOVERY_TTL_SECS)
        })
        .await?;
        metrics.count(metric::MAILED, &step_dimension);
        Ok(Outcome::Sent {
            step,
            message_id,
            next: None,
        })
    }

    /// The session's Customer, re-fetched (with a Stripe key; without one, none), or why
    /// no mail goes: it no longer exists. A failed read fails the record: a withdrawn
    /// consent is never missed for want of a read.
    async fn customer(
        &self,
        session: &CheckoutSession,
        at: &Invocation<'_>,
    ) -> Result<Result<Option<Customer>, SkipReason>, MailerError> {
        let (Some(stripe), Some(id)) = (&self.stripe, session.customer.as_ref()) else {
            return Ok(Ok(None));
        };
        match stripe.customer(id.id(), at.deadline).await {
            Ok(customer) => Ok(Ok(Some(customer))),
            Err(err @ StripeError::Api { status: 404, .. })
                if err.code() == Some(&ErrorCode::ResourceMissing) =>
            {
                Ok(Err(SkipReason::CustomerDeleted))
            }
            Err(err) => Err(MailerError::Stripe(Box::new(err))),
        }
    }

    /// Whether the session's Customer (one the merchant knows) completed a checkout since
    /// this cart was opened, as Stripe lists it: our records see a purchase only by its
    /// event and address. A failed read fails the record, as the Customer's does.
    async fn bought_since(
        &self,
        session: &CheckoutSession,
        at: &Invocation<'_>,
    ) -> Result<bool, MailerError> {
        let (Some(stripe), Some(customer)) = (&self.stripe, session.customer.as_ref()) else {
            return Ok(false);
        };
        stripe
            .completed_checkout_since(customer.id(), session.created, at.deadline)
            .await
            .map_err(|e| MailerError::Stripe(Box::new(e)))
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
        step: u8,
        now: i64,
    ) -> Result<OutgoingMail, RenderError> {
        let last_step = step >= self.steps.len();
        let promo_code = self
            .promo_code
            .as_deref()
            .filter(|_| candidate.allow_promotion_codes)
            .filter(|_| !self.promo_code_last_step || last_step);
        let language = candidate.language;
        let unsubscribe_url = self.unsubscribe.link(recipient, language, now);
        let mail = RecoveryMail::new(
            &candidate.recovery_url,
            Money::from_parts(session.amount_total, session.currency.as_deref()),
            promo_code,
            &unsubscribe_url,
        )
        .with_copy(self.steps.copy(step))
        .with_cart(cart.as_ref(), session.currency.as_deref());
        let (rendered, kind) = (render(language, &self.shop, &mail)?, mail.kind());
        Ok(OutgoingMail {
            to: candidate.email.clone(),
            subject: rendered.subject,
            html: rendered.html,
            text: rendered.text,
            list_unsubscribe: Some(unsubscribe_url),
            from: None,
            tags: MailTags {
                flow: MailFlow::Cart,
                kind,
                step: step.to_string(),
            },
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
        self.record_click(session, at).await?;
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
        // Bought back: the rest of that cart's sequence is cancelled (a later step would
        // find the purchase anyway).
        for step in 2..=self.steps.len() {
            let job = Job::CartStep {
                session: recovered_from.clone(),
                step,
            };
            self.store.cancel(&job, at.now).await?;
        }
        if let Conversion::Recorded { step } = conversion {
            at.metrics
                .count(metric::RECOVERED, &[("Step", step.to_string().as_str())]);
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
