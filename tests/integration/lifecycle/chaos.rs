//! Faults for the lifecycle replay, decided by the seed, the operation, what it is about
//! and how many times that (operation, subject) was called before: never by how
//! concurrent calls interleave, so a seed fails the same calls every run.
//!
//! Transient faults hit only the first two calls of an (operation, subject): Lambda's
//! retries, and the protocol's own, get past them within the same moment. Persistent
//! faults hit every call of a read that starts a record until the replay turns faults
//! off: the record exhausts its retries before anything is sent, and goes to the
//! dead-letter queue.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use stripe_recovery::inbox::InboxItem;
use stripe_recovery::ports::{
    AlertReason, AttemptRecorded, CartRecoveryStore, CartStep, ChurnRecord, ChurnStore, Claim,
    Conversion, Converted, CustomerSignal, DunningRecord, DunningStep, DunningStore,
    DunningSubject, Fired, HeldOut, HeldOutInvoice, Inbox, InvoiceAttempt, InvoicePaid, Job,
    Journal, Lease, MailError, Mailer, OutgoingMail, PaymentRecorded, RecipientState,
    RecipientStore, Recorded, Scheduled, Scheduler, SendStart, SentBillingMail, SentRecovery,
    SessionMails, StoreError, StoredChurn,
};
use stripe_recovery::recipient::RecipientKey;
use stripe_recovery::stripe::ids::{CheckoutSessionId, EventId, InvoiceId, SubscriptionId};
use tokio::time::Instant;

/// Rates of each fault, per call eligible for it.
const WRITE_FAULT: f64 = 0.06;
const READ_FAULT: f64 = 0.02;
const PERSISTENT_FAULT: f64 = 0.03;
const ACCEPT_THEN_TIMEOUT: f64 = 0.08;
const THROTTLE: f64 = 0.05;
const SES_DOWN: f64 = 0.03;
const LAMBDA_TIMEOUT: f64 = 0.05;

/// How a store call fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreFault {
    /// Before the write reached the table: nothing changed.
    Before,
    /// After: the write happened, the answer was lost.
    After,
}

pub struct Chaos {
    seed: u64,
    /// The world's tag (`lc<pid>s<seed>`), in its ids and addresses so that runs sharing
    /// moto never meet: taken out of what a fault is decided by, so a seed fails the
    /// same calls in every process.
    tag: String,
    /// Each customer's recipient key (a keyed hash of an address with the tag in it) and
    /// a name for it without the tag (`recipient <n>`), for the same reason.
    recipients: Vec<(String, String)>,
    /// Reads (`<operation> <key>`) that fail until the replay, whatever the seed says.
    doomed: Vec<String>,
    on: AtomicBool,
    calls: Mutex<HashMap<String, u32>>,
    fired: Mutex<BTreeMap<&'static str, u32>>,
    /// The simulated clock, for the mail log.
    pub clock: AtomicI64,
}

/// splitmix64: a stable hash, the same on every build.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn hash_str(seed: u64, text: &str) -> u64 {
    text.bytes().fold(mix(seed), |h, b| mix(h ^ u64::from(b)))
}

impl Chaos {
    pub fn new(
        seed: u64,
        tag: &str,
        recipients: Vec<(String, String)>,
        doomed: Vec<String>,
    ) -> Self {
        Self {
            seed,
            tag: tag.to_owned(),
            recipients,
            doomed,
            on: AtomicBool::new(true),
            calls: Mutex::default(),
            fired: Mutex::default(),
            clock: AtomicI64::new(0),
        }
    }

    /// Faults off (the operator fixed the cause before replaying a dead-letter queue).
    pub fn set_on(&self, on: bool) {
        self.on.store(on, Ordering::SeqCst);
    }

    pub fn now(&self) -> i64 {
        self.clock.load(Ordering::SeqCst)
    }

    /// The hash of `what` for this seed, without the world's tag: the process id in it
    /// made every run of a seed fail other calls (seed 1900 failed once in many runs,
    /// and `LIFECYCLE_SEED=1900` did not reproduce it).
    fn hash(&self, what: &str) -> u64 {
        let what = self
            .recipients
            .iter()
            .fold(what.replace(&self.tag, "lc"), |what, (key, name)| {
                what.replace(key, name)
            });
        hash_str(self.seed, &what)
    }

    /// The n-th call (from 1) of `what`, and a uniform number for it in [0, 1).
    fn roll(&self, what: &str) -> (u32, f64) {
        let n = {
            let mut calls = self.calls.lock().unwrap();
            let n = calls.entry(what.to_owned()).or_default();
            *n += 1;
            *n
        };
        let h = mix(self.hash(what) ^ u64::from(n));
        (n, (h >> 11) as f64 / (1u64 << 53) as f64)
    }

    /// A number in [0, 1) for `what`, the same every time it is asked.
    pub fn fixed(&self, what: &str) -> f64 {
        (mix(self.hash(what)) >> 11) as f64 / (1u64 << 53) as f64
    }

    fn count(&self, kind: &'static str) {
        *self.fired.lock().unwrap().entry(kind).or_default() += 1;
    }

    pub fn fired(&self) -> BTreeMap<&'static str, u32> {
        self.fired.lock().unwrap().clone()
    }

    fn on(&self) -> bool {
        self.on.load(Ordering::SeqCst)
    }

    /// Whether a write of `op` about `key` fails, and how.
    fn write(&self, op: &'static str, key: &str) -> Option<StoreFault> {
        if !self.on() {
            return None;
        }
        let (n, x) = self.roll(&format!("{op} {key}"));
        if n > 2 || x >= WRITE_FAULT {
            return None;
        }
        let fault = if x < WRITE_FAULT / 2.0 {
            StoreFault::Before
        } else {
            StoreFault::After
        };
        self.count(match fault {
            StoreFault::Before => "dynamodb write failed",
            StoreFault::After => "dynamodb write done, answer lost",
        });
        Some(fault)
    }

    /// Whether a read of `op` about `key` fails: transiently, or (for the reads that
    /// start a record) persistently until the replay.
    fn read(&self, op: &'static str, key: &str, starts_a_record: bool) -> bool {
        if !self.on() {
            return false;
        }
        let doomed = self.doomed.iter().any(|d| *d == format!("{op} {key}"));
        if doomed
            || starts_a_record && self.fixed(&format!("persistent {op} {key}")) < PERSISTENT_FAULT
        {
            self.count("dynamodb read failing until the replay");
            return true;
        }
        let (n, x) = self.roll(&format!("{op} {key}"));
        let fails = n <= 2 && x < READ_FAULT;
        if fails {
            self.count("dynamodb read failed");
        }
        fails
    }

    /// Whether the batch starting with `first` times out on this attempt, and after how
    /// many of its `len` records.
    pub fn lambda_timeout(&self, consumer: &str, first: &str, len: usize) -> Option<usize> {
        if !self.on() {
            return None;
        }
        let (n, x) = self.roll(&format!("timeout {consumer} {first}"));
        if n > 2 || x >= LAMBDA_TIMEOUT {
            return None;
        }
        self.count("lambda timeout mid-batch");
        Some(((x / LAMBDA_TIMEOUT) * len as f64) as usize)
    }
}

fn unavailable(op: &str) -> StoreError {
    StoreError::Unavailable(format!("injected: {op}: InternalServerError"))
}

/// A store in front of the real one (DynamoDB on moto), failing as `Chaos` decides.
pub struct ChaosStore<'a, S> {
    pub inner: S,
    pub chaos: &'a Chaos,
}

impl<S> ChaosStore<'_, S> {
    /// Runs a write, failing it before or after as decided.
    async fn write<T>(
        &self,
        op: &'static str,
        key: &str,
        call: impl Future<Output = Result<T, StoreError>>,
    ) -> Result<T, StoreError> {
        match self.chaos.write(op, key) {
            Some(StoreFault::Before) => Err(unavailable(op)),
            Some(StoreFault::After) => {
                call.await?;
                Err(unavailable(op))
            }
            None => call.await,
        }
    }

    async fn read<T>(
        &self,
        op: &'static str,
        key: &str,
        starts_a_record: bool,
        call: impl Future<Output = Result<T, StoreError>>,
    ) -> Result<T, StoreError> {
        if self.chaos.read(op, key, starts_a_record) {
            return Err(unavailable(op));
        }
        call.await
    }
}

impl<S: Inbox> Inbox for ChaosStore<'_, S> {
    async fn record_new(&self, item: &InboxItem) -> Result<Recorded, StoreError> {
        self.write("record_new", &item.pk, self.inner.record_new(item))
            .await
    }

    async fn event(&self, event_id: &EventId) -> Result<Option<InboxItem>, StoreError> {
        self.inner.event(event_id).await
    }
}

impl<S: RecipientStore> RecipientStore for ChaosStore<'_, S> {
    async fn recipient_state(
        &self,
        recipient: &RecipientKey,
    ) -> Result<RecipientState, StoreError> {
        self.read(
            "recipient_state",
            recipient.as_str(),
            false,
            self.inner.recipient_state(recipient),
        )
        .await
    }

    async fn suppress(&self, recipient: &RecipientKey) -> Result<(), StoreError> {
        self.inner.suppress(recipient).await
    }
}

impl<S: CartRecoveryStore> CartRecoveryStore for ChaosStore<'_, S> {
    async fn session_mails(&self, session: &CheckoutSessionId) -> Result<SessionMails, StoreError> {
        self.read(
            "session_mail",
            session.as_str(),
            true,
            self.inner.session_mails(session),
        )
        .await
    }

    async fn last_purchase_at(&self, recipient: &RecipientKey) -> Result<Option<i64>, StoreError> {
        self.inner.last_purchase_at(recipient).await
    }

    async fn claim(
        &self,
        step: &CartStep,
        now: i64,
        claim_until: i64,
        mailed_before: i64,
    ) -> Result<Claim<CartStep>, StoreError> {
        // A claim written whose answer was lost leaves a claim of this step: its own
        // retry takes it over.
        self.write(
            "claim",
            &step.to_string(),
            self.inner.claim(step, now, claim_until, mailed_before),
        )
        .await
    }

    async fn start_send(&self, lease: &Lease<CartStep>, now: i64) -> Result<SendStart, StoreError> {
        self.write(
            "start_send",
            lease.owner(),
            self.inner.start_send(lease, now),
        )
        .await
    }

    async fn release(&self, lease: &Lease<CartStep>) -> Result<(), StoreError> {
        self.write("release", lease.owner(), self.inner.release(lease))
            .await
    }

    async fn record_sent(
        &self,
        lease: &Lease<CartStep>,
        sent: &SentRecovery<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> Result<(), StoreError> {
        self.write(
            "record_sent",
            lease.owner(),
            self.inner
                .record_sent(lease, sent, recipient_ttl, recovery_ttl),
        )
        .await
    }

    async fn record_purchase(
        &self,
        recipient: &RecipientKey,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.write(
            "record_purchase",
            recipient.as_str(),
            self.inner.record_purchase(recipient, at, ttl),
        )
        .await
    }

    async fn record_click(
        &self,
        recovered_from: &CheckoutSessionId,
        at: i64,
    ) -> Result<bool, StoreError> {
        self.write(
            "record_click",
            recovered_from.as_str(),
            self.inner.record_click(recovered_from, at),
        )
        .await
    }

    async fn record_expired(
        &self,
        session: &CheckoutSessionId,
        expired_at: i64,
        consent: bool,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.write(
            "record_expired",
            session.as_str(),
            self.inner.record_expired(session, expired_at, consent, ttl),
        )
        .await
    }

    async fn record_held_out(
        &self,
        session: &CheckoutSessionId,
        held_out: &HeldOut<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        self.write(
            "record_held_out",
            session.as_str(),
            self.inner.record_held_out(session, held_out, ttl),
        )
        .await
    }

    async fn record_conversion(&self, converted: &Converted<'_>) -> Result<Conversion, StoreError> {
        self.write(
            "record_conversion",
            converted.session_id.as_str(),
            self.inner.record_conversion(converted),
        )
        .await
    }
}

impl<S: DunningStore> DunningStore for ChaosStore<'_, S> {
    async fn dunning_record(&self, subject: &DunningSubject) -> Result<DunningRecord, StoreError> {
        self.read(
            "dunning_record",
            &subject.to_string(),
            true,
            self.inner.dunning_record(subject),
        )
        .await
    }

    async fn claim_step(
        &self,
        step: &DunningStep,
        kind: &str,
        owner: &str,
        now: i64,
        claim_until: i64,
    ) -> Result<Claim<DunningStep>, StoreError> {
        self.write(
            "claim_step",
            &format!("{step} {owner}"),
            self.inner.claim_step(step, kind, owner, now, claim_until),
        )
        .await
    }

    async fn start_step_send(
        &self,
        lease: &Lease<DunningStep>,
        now: i64,
    ) -> Result<SendStart, StoreError> {
        self.write(
            "start_step_send",
            &lease.subject().to_string(),
            self.inner.start_step_send(lease, now),
        )
        .await
    }

    async fn release_step(&self, lease: &Lease<DunningStep>) -> Result<(), StoreError> {
        self.write(
            "release_step",
            &lease.subject().to_string(),
            self.inner.release_step(lease),
        )
        .await
    }

    async fn record_step_sent(
        &self,
        lease: &Lease<DunningStep>,
        sent: &SentBillingMail<'_>,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.write(
            "record_step_sent",
            &lease.subject().to_string(),
            self.inner.record_step_sent(lease, sent, ttl),
        )
        .await
    }

    async fn record_paid(
        &self,
        paid: &InvoicePaid<'_>,
        recovered_ttl: i64,
        unmailed_ttl: i64,
    ) -> Result<PaymentRecorded, StoreError> {
        self.write(
            "record_paid",
            paid.invoice.as_str(),
            self.inner.record_paid(paid, recovered_ttl, unmailed_ttl),
        )
        .await
    }

    async fn record_lost(
        &self,
        invoice: &InvoiceId,
        reason: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        self.write(
            "record_lost",
            invoice.as_str(),
            self.inner.record_lost(invoice, reason, at),
        )
        .await
    }

    async fn record_attempt(
        &self,
        attempt: &InvoiceAttempt<'_>,
        ttl: i64,
    ) -> Result<AttemptRecorded, StoreError> {
        self.write(
            "record_attempt",
            attempt.invoice.as_str(),
            self.inner.record_attempt(attempt, ttl),
        )
        .await
    }

    async fn record_held_out(
        &self,
        subject: &DunningSubject,
        held_out: &HeldOutInvoice<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        self.write(
            "record_held_out",
            &subject.to_string(),
            self.inner.record_held_out(subject, held_out, ttl),
        )
        .await
    }

    async fn record_alerted(
        &self,
        subject: &DunningSubject,
        reason: AlertReason,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.inner.record_alerted(subject, reason, at, ttl).await
    }

    async fn record_signal(&self, signal: &CustomerSignal<'_>, ttl: i64) -> Result<(), StoreError> {
        self.write(
            "record_signal",
            signal.event.as_str(),
            self.inner.record_signal(signal, ttl),
        )
        .await
    }
}

impl<S: ChurnStore> ChurnStore for ChaosStore<'_, S> {
    async fn churn_record(
        &self,
        subscription: &SubscriptionId,
    ) -> Result<Option<StoredChurn>, StoreError> {
        self.inner.churn_record(subscription).await
    }

    async fn write_churn(
        &self,
        subscription: &SubscriptionId,
        record: &ChurnRecord,
        read_version: Option<i64>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let write = self
            .inner
            .write_churn(subscription, record, read_version, ttl);
        self.write("write_churn", subscription.as_str(), write)
            .await
    }
}

impl<S: Scheduler> Scheduler for ChaosStore<'_, S> {
    async fn schedule(&self, scheduled: &Scheduled) -> Result<(), StoreError> {
        self.write(
            "schedule",
            &scheduled.job.to_string(),
            self.inner.schedule(scheduled),
        )
        .await
    }

    async fn cancel(&self, job: &Job, now: i64) -> Result<bool, StoreError> {
        self.write("cancel", &job.to_string(), self.inner.cancel(job, now))
            .await
    }

    async fn due(&self, now: i64, limit: usize) -> Result<Vec<Scheduled>, StoreError> {
        self.inner.due(now, limit).await
    }

    async fn fire(&self, scheduled: &Scheduled, now: i64) -> Result<Fired, StoreError> {
        self.write(
            "fire",
            &scheduled.job.to_string(),
            self.inner.fire(scheduled, now),
        )
        .await
    }
}

impl<S: Journal> Journal for ChaosStore<'_, S> {
    async fn finished(
        &self,
        consumer: &str,
        event: &EventId,
    ) -> Result<Option<String>, StoreError> {
        self.inner.finished(consumer, event).await
    }

    async fn record_finished(
        &self,
        consumer: &str,
        event: &EventId,
        outcome: &str,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.write(
            "record_finished",
            &format!("{consumer} {event}"),
            self.inner
                .record_finished(consumer, event, outcome, at, ttl),
        )
        .await
    }
}

/// One mail SES accepted, as the mail log has it.
#[derive(Debug, Clone)]
pub struct Accepted {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The simulated time of the send.
    pub at: i64,
}

/// SES (moto) behind faults: accepted then timed out, throttled, unavailable. Keeps a
/// log of what SES accepted, with the simulated time.
pub struct ChaosMailer<'a, M> {
    pub inner: M,
    pub chaos: &'a Chaos,
    pub accepted: &'a Mutex<Vec<Accepted>>,
}

impl<M: Mailer> Mailer for ChaosMailer<'_, M> {
    async fn send(&self, mail: &OutgoingMail, deadline: Instant) -> Result<String, MailError> {
        let fault = if self.chaos.on() {
            let (n, x) = self
                .chaos
                .roll(&format!("send {} {}", mail.to, mail.subject));
            if n > 2 {
                None
            } else if x < ACCEPT_THEN_TIMEOUT {
                Some("ses accepted, then timed out")
            } else if x < ACCEPT_THEN_TIMEOUT + THROTTLE {
                Some("ses throttled")
            } else if x < ACCEPT_THEN_TIMEOUT + THROTTLE + SES_DOWN {
                Some("ses unavailable")
            } else {
                None
            }
        } else {
            None
        };
        if let Some(kind) = fault {
            self.chaos.count(kind);
        }
        match fault {
            Some("ses throttled") => {
                return Err(MailError::Throttled("injected: Throttling".into()));
            }
            Some("ses unavailable") => {
                return Err(MailError::Unavailable(
                    "injected: ServiceUnavailable".into(),
                ));
            }
            _ => {}
        }
        let id = self.inner.send(mail, deadline).await?;
        self.accepted.lock().unwrap().push(Accepted {
            to: mail.to.clone(),
            subject: mail.subject.clone(),
            text: mail.text.clone(),
            at: self.chaos.now(),
        });
        match fault {
            Some(_) => Err(MailError::Unknown(
                "injected: SES accepted the mail, then the answer timed out".into(),
            )),
            None => Ok(id),
        }
    }
}
