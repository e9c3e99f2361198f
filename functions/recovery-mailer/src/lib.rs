//! The recovery mailer: for each inbox insert of `checkout.session.expired`, decide, then
//! claim the recipient, send through the mailer, and record; for each
//! `checkout.session.completed`, record the purchase and attribute a recovered sale.
//!
//! Sending is at most once per recipient per cooldown. The claim is a lease as long as
//! the cooldown: if the function dies after SES accepted the mail but before the record
//! is written, the lease stays, and the retried record finds its own unfinished claim and
//! skips (`attempt_unfinished`) rather than risk a second mail.

use aws_lambda_events::event::dynamodb::Event;
use aws_lambda_events::event::streams::DynamoDbEventResponse;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::mail::{Language, RecoveryEmail, RenderError, render_recovery};
use stripe_recovery::ports::{
    Claim, Conversion, Converted, MailError, Mailer, OutgoingMail, RecoveryStore, SentMail,
    StoreError,
};
use stripe_recovery::recovery::{
    Candidate, RecipientKey, SkipReason, check_facts, precheck, recipient_email,
};
use stripe_recovery::stream::process_batch;
use stripe_recovery::stripe::client::{StripeClient, StripeError};
use stripe_recovery::stripe::event::CheckoutSession;
use stripe_recovery::telemetry::emit_metric;
use tokio::time::Instant;

const FUNCTION: &str = "recovery-mailer";
const DAY: i64 = 24 * 3600;
/// Purchases matter for sessions created before them; Checkout Sessions live at most a
/// day and recovery links 30 days.
const PURCHASE_TTL_SECS: i64 = 60 * DAY;
/// Recovery records are kept for attribution well past the links' 30-day validity.
const RECOVERY_TTL_SECS: i64 = 90 * DAY;

#[derive(Debug, Clone)]
pub struct MailerSettings {
    pub cooldown_secs: i64,
    pub promo_code: Option<String>,
    /// Shown as `List-Unsubscribe: <url>`.
    pub unsubscribe_url: Option<String>,
}

pub struct RecoveryMailer<S, M> {
    pub store: S,
    pub mailer: M,
    /// Re-fetches events stored without their object; `None` if no key is configured.
    pub stripe: Option<StripeClient>,
    pub settings: MailerSettings,
}

/// What processing one inbox item did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        message_id: String,
    },
    Skipped(SkipReason),
    Completed {
        conversion: Option<Conversion>,
    },
    /// A type this consumer does not handle (the stream filter should not send it).
    Ignored,
}

#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("the session in the event is not a Checkout Session: {0}")]
    NotASession(String),
    #[error("the event was stored without its object and no STRIPE_SECRET_KEY is configured")]
    NoStripeKey,
    #[error("re-fetching the event from Stripe failed: {0}")]
    Stripe(#[from] StripeError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl<S: RecoveryStore, M: Mailer> RecoveryMailer<S, M> {
    /// Processes a stream batch; the response lists the records Lambda must retry.
    pub async fn handle(
        &self,
        event: &Event,
        now: i64,
        deadline: Instant,
    ) -> DynamoDbEventResponse {
        process_batch(event, |item| async move {
            self.process(&item, now, deadline).await.map(|_| ())
        })
        .await
    }

    /// Processes one inbox item.
    pub async fn process(
        &self,
        item: &InboxItem,
        now: i64,
        deadline: Instant,
    ) -> Result<Outcome, MailerError> {
        let Some(event_type) = HandledType::parse(&item.event_type) else {
            return Ok(Outcome::Ignored);
        };
        let session = self.session(item, deadline).await?;
        let outcome = match event_type {
            HandledType::CheckoutSessionExpired => self.on_expired(&session, now).await,
            HandledType::CheckoutSessionCompleted => self.on_completed(&session, now).await,
            HandledType::CustomerSubscriptionDeleted => Ok(Outcome::Ignored),
        };
        match &outcome {
            Ok(outcome) => tracing::info!(session_id = session.id, ?outcome, "processed"),
            Err(err) => tracing::error!(session_id = session.id, error = %err, "failed"),
        }
        outcome
    }

    async fn session(
        &self,
        item: &InboxItem,
        deadline: Instant,
    ) -> Result<CheckoutSession, MailerError> {
        let fetched;
        let object = match &item.object {
            Some(object) => object,
            None => {
                let stripe = self.stripe.as_ref().ok_or(MailerError::NoStripeKey)?;
                fetched = stripe.event_object(&item.event_id, deadline).await?;
                &fetched
            }
        };
        serde_json::from_str(object).map_err(|e| MailerError::NotASession(e.to_string()))
    }

    async fn on_expired(
        &self,
        session: &CheckoutSession,
        now: i64,
    ) -> Result<Outcome, MailerError> {
        emit(metric::EXPIRED, 1.0, &[]);
        let cooldown = self.settings.cooldown_secs;
        let candidate = match precheck(session, now) {
            Ok(candidate) => candidate,
            Err(reason) => return Ok(skipped(reason)),
        };
        let facts = self.store.facts(&candidate.recipient).await?;
        if let Err(reason) = check_facts(&facts, session.created, now, cooldown) {
            return Ok(skipped(reason));
        }
        // Rendered before claiming, so a template failure never holds a lease.
        let mail = self.compose(session, &candidate)?;
        let claim = self
            .store
            .claim(
                &candidate.recipient,
                &session.id,
                now,
                now + cooldown,
                now - cooldown,
            )
            .await?;
        match claim {
            Claim::Claimed => {}
            Claim::Busy => return Ok(skipped(SkipReason::Cooldown)),
            Claim::HeldBySelf => return Ok(skipped(SkipReason::AttemptUnfinished)),
        }
        emit(metric::ELIGIBLE, 1.0, &[]);
        let message_id = match self.mailer.send(&mail).await {
            Ok(message_id) => message_id,
            Err(err) => {
                // Give the recipient back so the retry can send.
                self.store
                    .release(&candidate.recipient, &session.id)
                    .await?;
                return Err(err.into());
            }
        };
        self.store
            .record_sent(
                &SentMail {
                    recipient: &candidate.recipient,
                    session_id: &session.id,
                    message_id: &message_id,
                    sent_at: now,
                    amount_total: session.amount_total,
                    currency: session.currency.as_deref(),
                },
                now + cooldown + DAY,
                now + RECOVERY_TTL_SECS,
            )
            .await?;
        emit(metric::MAILED, 1.0, &[]);
        Ok(Outcome::Sent { message_id })
    }

    fn compose(
        &self,
        session: &CheckoutSession,
        candidate: &Candidate,
    ) -> Result<OutgoingMail, RenderError> {
        let promo_code = self
            .settings
            .promo_code
            .as_deref()
            .filter(|_| candidate.allow_promotion_codes);
        let rendered = render_recovery(&RecoveryEmail {
            language: Language::from_locale(session.locale.as_deref()),
            recovery_url: &candidate.recovery_url,
            amount_total: session.amount_total,
            currency: session.currency.as_deref(),
            promo_code,
        })?;
        Ok(OutgoingMail {
            to: candidate.email.clone(),
            subject: rendered.subject,
            html: rendered.html,
            text: rendered.text,
            list_unsubscribe: self
                .settings
                .unsubscribe_url
                .as_ref()
                .map(|url| format!("<{url}>")),
        })
    }

    async fn on_completed(
        &self,
        session: &CheckoutSession,
        now: i64,
    ) -> Result<Outcome, MailerError> {
        if let Some(email) = recipient_email(session) {
            self.store
                .record_purchase(
                    &RecipientKey::of(email),
                    session.created,
                    now + PURCHASE_TTL_SECS,
                )
                .await?;
        }
        let Some(recovered_from) = session.recovered_from.as_deref() else {
            return Ok(Outcome::Completed { conversion: None });
        };
        let conversion = self
            .store
            .record_conversion(&Converted {
                recovered_from,
                session_id: &session.id,
                amount_total: session.amount_total,
                currency: session.currency.as_deref(),
                at: now,
            })
            .await?;
        if conversion == Conversion::Recorded {
            emit(metric::RECOVERED, 1.0, &[]);
            if let (Some(amount), Some(currency)) =
                (session.amount_total, session.currency.as_deref())
            {
                emit(
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

/// Metric names of the recovery funnel (CloudWatch, namespace `StripeRecovery`).
pub mod metric {
    pub const EXPIRED: &str = "RecoveryExpired";
    pub const ELIGIBLE: &str = "RecoveryEligible";
    pub const MAILED: &str = "RecoveryMailed";
    pub const SKIPPED: &str = "RecoverySkipped";
    pub const RECOVERED: &str = "RecoveryConverted";
    /// In the currency's minor units, per `Currency` dimension.
    pub const AMOUNT_RECOVERED: &str = "AmountRecovered";
}

fn emit(name: &str, value: f64, extra: &[(&str, &str)]) {
    let mut dimensions = vec![("Function", FUNCTION)];
    dimensions.extend_from_slice(extra);
    let unit = if name == metric::AMOUNT_RECOVERED {
        "None"
    } else {
        "Count"
    };
    emit_metric(name, value, unit, &dimensions);
}

fn skipped(reason: SkipReason) -> Outcome {
    emit(metric::SKIPPED, 1.0, &[("Reason", reason.as_str())]);
    Outcome::Skipped(reason)
}
