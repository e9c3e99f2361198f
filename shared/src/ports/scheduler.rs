use std::fmt;
use std::future::Future;

use super::StoreError;
use crate::inbox::{HandledType, INBOX_TTL_SECS, InboxItem};
use crate::stripe::ids::{CheckoutSessionId, EventId, InvoiceId};

/// Work to be done later: one step of a sequence. Its key is what "once" means: a job is
/// scheduled, fired and cancelled at most once, however often any of that is asked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Job {
    /// Step `step` (2, 3, …) of a cart's recovery sequence.
    CartStep {
        session: CheckoutSessionId,
        step: u8,
    },
    /// Step `step` (2, 3, …) of a failed invoice's reminders on our own clock (a policy
    /// segment's `sequence_days`).
    BillingStep { invoice: InvoiceId, step: u8 },
    /// A billing mail held back by quiet hours: `event` (the one that called for it, a
    /// Stripe event or a step's) decided again when they end.
    DeferredMail { event: EventId },
}

impl Job {
    /// The inbox type its firing writes, which routes it to its consumer.
    pub fn handled_type(&self) -> HandledType {
        match self {
            Self::CartStep { .. } => HandledType::CartStepDue,
            Self::BillingStep { .. } => HandledType::BillingStepDue,
            Self::DeferredMail { .. } => HandledType::BillingMailDeferred,
        }
    }

    /// The id of the inbox item its firing writes (`evt_cartstep_<session>_<step>`,
    /// `evt_billingstep_<invoice>_<step>`, `evt_billingdeferred_<event id less evt_>`).
    /// One per job, so a second firing finds it written.
    pub fn event_id(&self) -> EventId {
        let id = match self.parts() {
            (JobKind::CartStep, id, step) => format!("evt_cartstep_{id}_{step}"),
            (JobKind::BillingStep, id, step) => format!("evt_billingstep_{id}_{step}"),
            (JobKind::DeferredMail, id, _) => {
                format!("evt_billingdeferred_{}", id.trim_start_matches("evt_"))
            }
        };
        EventId::parse(&id).expect("Stripe ids are letters, digits and underscores")
    }

    /// What a store keeps of it: its kind, the id of what it is about, its step.
    pub fn parts(&self) -> (JobKind, &str, u8) {
        match self {
            Self::CartStep { session, step } => (JobKind::CartStep, session.as_str(), *step),
            Self::BillingStep { invoice, step } => (JobKind::BillingStep, invoice.as_str(), *step),
            Self::DeferredMail { event } => (JobKind::DeferredMail, event.as_str(), 0),
        }
    }

    /// The job a store kept as `parts`; `None` if the id is not of its kind.
    pub fn from_parts(kind: JobKind, id: &str, step: u8) -> Option<Self> {
        Some(match kind {
            JobKind::CartStep => Self::CartStep {
                session: CheckoutSessionId::parse(id).ok()?,
                step,
            },
            JobKind::BillingStep => Self::BillingStep {
                invoice: InvoiceId::parse(id).ok()?,
                step,
            },
            JobKind::DeferredMail => Self::DeferredMail {
                event: EventId::parse(id).ok()?,
            },
        })
    }
}

/// A job's kind as stored (`job_kind`), with the attribute its id is kept under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    CartStep,
    BillingStep,
    DeferredMail,
}

impl JobKind {
    pub const ALL: [JobKind; 3] = [Self::CartStep, Self::BillingStep, Self::DeferredMail];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CartStep => "cart_step",
            Self::BillingStep => "billing_step",
            Self::DeferredMail => "deferred_mail",
        }
    }

    pub fn parse(kind: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == kind)
    }

    /// The attribute holding the id of what the job is about.
    pub fn id_attribute(self) -> &'static str {
        match self {
            Self::CartStep => "session",
            Self::BillingStep => "invoice",
            Self::DeferredMail => "deferred_event",
        }
    }
}

impl fmt::Display for Job {
    /// The key suffix: `cart#cs_…#2`, `billing#in_…#2`, `billing#deferred#evt_…`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CartStep { session, step } => write!(f, "cart#{session}#{step}"),
            Self::BillingStep { invoice, step } => write!(f, "billing#{invoice}#{step}"),
            Self::DeferredMail { event } => write!(f, "billing#deferred#{event}"),
        }
    }
}

/// A job and when it is due, with what its consumer will need then (the inbox item's
/// `object`: JSON, written when it is scheduled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    pub job: Job,
    /// Unix seconds.
    pub due_at: i64,
    pub payload: String,
}

impl Scheduled {
    /// The inbox item firing it writes: the stream delivers it to the job's consumer as it
    /// delivers Stripe's events (with their retries, dead-letter queue and journal).
    pub fn inbox_item(&self, now: i64) -> InboxItem {
        let event_id = self.job.event_id();
        InboxItem {
            pk: InboxItem::key(&event_id),
            event_id,
            event_type: self.job.handled_type(),
            created: self.due_at,
            livemode: false,
            api_version: None,
            object: Some(self.payload.clone()),
            object_omitted: false,
            received_at: now,
            ttl: now + INBOX_TTL_SECS,
        }
    }
}

/// What asking to fire a due job did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fired {
    /// Its inbox item is written, now.
    Now,
    /// It had fired already, or was cancelled: nothing was written.
    Already,
}

/// Delayed work on our own clock: jobs kept in the table until due, found by a sweep
/// that runs every minute, fired once each by a conditional write that also writes the
/// job's inbox item (so the stream, with its retries, delivers it), cancellable until
/// then. Survives deploys and restarts: it is only items.
pub trait Scheduler: Send + Sync {
    /// Adds `scheduled` unless its job exists (fired, cancelled or pending): scheduling
    /// is idempotent, the first `due_at` and payload stand.
    fn schedule(
        &self,
        scheduled: &Scheduled,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Cancels a job that has not fired: it never will. `false` if it had fired, was
    /// cancelled, or was never scheduled.
    fn cancel(&self, job: &Job, now: i64) -> impl Future<Output = Result<bool, StoreError>> + Send;

    /// Pending jobs due at or before `now`, earliest first, at most `limit`.
    fn due(
        &self,
        now: i64,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<Scheduled>, StoreError>> + Send;

    /// Fires `scheduled` once: in one atomic write, the job is marked fired and its inbox
    /// item written. A second call (a sweep that ran twice, two at once) finds it fired.
    fn fire(
        &self,
        scheduled: &Scheduled,
        now: i64,
    ) -> impl Future<Output = Result<Fired, StoreError>> + Send;
}
