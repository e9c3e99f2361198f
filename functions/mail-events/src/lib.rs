//! mail-events: what SES tells us about the mails we sent. Both configuration sets
//! (promotional cart mails, transactional billing mails) publish bounces, complaints,
//! deliveries, rejects and delivery delays to one SNS topic, which invokes this
//! function. Each record is read (`stripe_recovery::mail_events::parse`), its addresses
//! turned into recipient keys at once, and `consequence` decides: a complaint or a hard
//! bounce puts the recipient on the suppression list (the cart mailer skips them; the
//! billing mailer skips a hard-bounced address too), and the rare events are recorded
//! for the report. Each is counted as the `MailEvent` metric by flow, kind and event.
//!
//! Exactly once where it counts: a record's item is written only if absent (SES's
//! feedback id and the recipient key make it unique), and the metric of a recorded
//! event is emitted only by the write that made it. A redelivered notification
//! suppresses again (idempotent) and counts nothing. Deliveries and delays are not
//! recorded (they are most of the traffic); a redelivery may count one twice.
//!
//! An error fails the invocation: Lambda retries an SNS invocation twice, then hands
//! it to the function's dead-letter queue (its alarm, `local replay`).

pub mod config;

use aws_lambda_events::event::sns::SnsEvent;
use stripe_recovery::mail_events::{self, EventError, EventKind, MailEvent, Parsed, consequence};
use stripe_recovery::ports::{MailEventRecord, MailEventStore, StoreError};
use stripe_recovery::recipient::RecipientKeyer;
use stripe_recovery::telemetry::Metrics;
use stripe_recovery::time::unix_now;

/// How long a recorded event stays for the report (as long as the billing records).
pub const MAIL_EVENT_TTL_SECS: i64 = 400 * 86_400;

pub mod metric {
    /// One event about one recipient of one mail, by `Flow` (`cart`, `billing`,
    /// `untagged`), `Kind` (the mail's template, e.g. `payment_failed`) and `Event`
    /// (`hard_bounce`, `soft_bounce`, `complaint`, `delivery`, `reject`,
    /// `delivery_delay`).
    pub const MAIL_EVENT: &str = "MailEvent";
    /// A recipient put on the suppression list by SES's word, by `Event`.
    pub const SUPPRESSED: &str = "MailRecipientSuppressed";
}

#[derive(Debug, thiserror::Error)]
pub enum MailEventsError {
    #[error("SNS record {index}: {source}")]
    Event {
        index: usize,
        #[source]
        source: EventError,
    },
    #[error("the table: {0}")]
    Store(#[from] StoreError),
}

/// What one SES record did (the tests and the logs read it; no address in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    /// A type we did not subscribe to, or a set-up notice: nothing done.
    Ignored,
    Event {
        kind: EventKind,
        flow: &'static str,
        /// Recipients put on the suppression list (again, for a redelivery).
        suppressed: usize,
        /// Records written for the first time: what the metric and the report count.
        recorded: usize,
        /// Records a redelivery found written already: not counted again.
        repeated: usize,
    },
}

/// What one invocation did, as its response says it (SNS ignores it; `sam local
/// invoke` and the logs show it): records read, recipients suppressed, records written
/// for the first time, and records a redelivery found written.
pub fn summary(handled: &[Handled]) -> serde_json::Value {
    let (mut suppressed, mut recorded, mut repeated) = (0, 0, 0);
    for outcome in handled {
        if let Handled::Event {
            suppressed: s,
            recorded: r,
            repeated: p,
            ..
        } = outcome
        {
            (suppressed, recorded, repeated) = (suppressed + s, recorded + r, repeated + p);
        }
    }
    serde_json::json!({
        "records": handled.len(),
        "suppressed": suppressed,
        "recorded": recorded,
        "repeated": repeated,
    })
}

pub struct MailEvents<S> {
    store: S,
    keys: RecipientKeyer,
    metrics: Metrics,
}

impl<S: MailEventStore> MailEvents<S> {
    pub const NAME: &'static str = "mail-events";

    pub fn new(store: S, keys: RecipientKeyer) -> Self {
        Self {
            store,
            keys,
            metrics: Metrics::new(Self::NAME),
        }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Every record of one SNS invocation, in order; the first error stops it (the
    /// retry redoes the finished ones without counting them again).
    pub async fn handle(&self, event: &SnsEvent) -> Result<Vec<Handled>, MailEventsError> {
        let mut handled = Vec::with_capacity(event.records.len());
        for (index, record) in event.records.iter().enumerate() {
            let parsed = mail_events::parse(&record.sns.message)
                .map_err(|source| MailEventsError::Event { index, source })?;
            handled.push(match parsed {
                Parsed::NotOurs(kind) => {
                    tracing::info!(kind, "not an event we act on");
                    Handled::Ignored
                }
                Parsed::Event(event) => self.act(&event, unix_now()).await?,
            });
        }
        Ok(handled)
    }

    /// One event: each recipient suppressed where the event says so, recorded, counted.
    pub async fn act(&self, event: &MailEvent, now: i64) -> Result<Handled, MailEventsError> {
        let then = consequence(event);
        let (flow, kind) = (event.tags.flow_name(), event.tags.kind_name());
        let keys: Vec<_> = event.recipients.iter().map(|a| self.keys.key(a)).collect();
        let mut suppressed = 0;
        if then.suppress {
            for key in &keys {
                self.store
                    .suppress_for(key, event.kind, then.hard_bounced, event.at)
                    .await?;
                suppressed += 1;
            }
        }
        // A reject names no recipient: it is recorded once, for the mail.
        let recipients: Vec<Option<_>> = if keys.is_empty() {
            vec![None]
        } else {
            keys.iter().map(Some).collect()
        };
        let (mut recorded, mut repeated) = (0, 0);
        for recipient in recipients {
            let first = if then.record {
                let record = MailEventRecord {
                    event: event.kind,
                    id: &event.id,
                    recipient,
                    flow,
                    kind,
                    step: event.tags.step.as_deref(),
                    at: event.at,
                };
                self.store
                    .record_mail_event(&record, now + MAIL_EVENT_TTL_SECS)
                    .await?
            } else {
                true
            };
            if first {
                recorded += usize::from(then.record);
                let dimensions = [
                    ("Flow", flow),
                    ("Kind", kind),
                    ("Event", event.kind.as_str()),
                ];
                self.metrics.count(metric::MAIL_EVENT, &dimensions);
                if then.suppress && recipient.is_some() {
                    self.metrics
                        .count(metric::SUPPRESSED, &[("Event", event.kind.as_str())]);
                }
            } else {
                repeated += 1;
            }
        }
        tracing::info!(
            event = event.kind.as_str(),
            flow,
            kind,
            suppressed,
            recorded,
            repeated,
            "SES event handled"
        );
        Ok(Handled::Event {
            kind: event.kind,
            flow: if event.tags.flow.is_some() {
                flow
            } else {
                "untagged"
            },
            suppressed,
            recorded,
            repeated,
        })
    }
}
