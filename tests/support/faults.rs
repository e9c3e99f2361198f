//! Faults injected in front of the real adapters (moto's SES and DynamoDB): what a bad
//! day looks like from inside a function. Each wrapper passes every call through to the
//! adapter it wraps unless a fault is armed for that call; armed faults fire in order,
//! once each, and every fault that fired is counted.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use stripe_recovery::ports::{
    AlertError, AlertReason, Alerts, AttemptRecorded, CartRecoveryStore, CartStep, ChurnRecord,
    ChurnStore, Claim, Conversion, Converted, CustomerSignal, DunningRecord, DunningStep,
    DunningStore, DunningSubject, Fired, HeldOut, HeldOutInvoice, InvoiceAttempt, InvoicePaid, Job,
    Journal, Lease, MailError, Mailer, OutgoingMail, PaymentRecorded, RecipientState,
    RecipientStore, Scheduled, Scheduler, SendStart, SentBillingMail, SentRecovery, SessionMails,
    StoreError, StoredChurn, TeamAlert,
};
use stripe_recovery::recipient::RecipientKey;
use stripe_recovery::stripe::ids::{CheckoutSessionId, EventId, InvoiceId, SubscriptionId};
use tokio::time::Instant;

/// What a send does instead of (or besides) reaching SES.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailFault {
    /// SES accepts the mail, then the answer is lost: the caller sees a timeout.
    AcceptThenTimeout,
    /// SES refuses with `Throttling` after the adapter's own retries; nothing is sent.
    Throttle,
    /// SES answers 5xx / is unreachable; nothing is sent.
    Unavailable,
}

/// A mailer in front of `inner` that fails the sends it is told to.
pub struct FaultyMailer<M> {
    inner: M,
    /// One entry per coming send: `None` passes it through.
    script: Mutex<VecDeque<Option<MailFault>>>,
    /// Faults that fire on every send to an address containing the key.
    by_recipient: Mutex<Vec<(String, MailFault)>>,
    fired: AtomicUsize,
}

impl<M> FaultyMailer<M> {
    pub fn new(inner: M) -> Self {
        Self {
            inner,
            script: Mutex::default(),
            by_recipient: Mutex::default(),
            fired: AtomicUsize::new(0),
        }
    }

    /// The next sends, in order (`None`: pass through).
    pub fn script(&self, faults: impl IntoIterator<Item = Option<MailFault>>) {
        self.script.lock().unwrap().extend(faults);
    }

    /// The next send fails with `fault`.
    pub fn fail_next(&self, fault: MailFault) {
        self.script(Some(Some(fault)));
    }

    /// The next send to an address containing `to` fails with `fault` (once).
    pub fn fail_next_to(&self, to: &str, fault: MailFault) {
        self.by_recipient
            .lock()
            .unwrap()
            .push((to.to_owned(), fault));
    }

    pub fn fired(&self) -> usize {
        self.fired.load(Ordering::SeqCst)
    }

    pub fn inner(&self) -> &M {
        &self.inner
    }
}

impl<M: Mailer> Mailer for FaultyMailer<M> {
    async fn send(&self, mail: &OutgoingMail, deadline: Instant) -> Result<String, MailError> {
        let fault = {
            let mut by_recipient = self.by_recipient.lock().unwrap();
            match by_recipient.iter().position(|(to, _)| mail.to.contains(to)) {
                Some(i) => Some(by_recipient.remove(i).1),
                None => self.script.lock().unwrap().pop_front().flatten(),
            }
        };
        let Some(fault) = fault else {
            return self.inner.send(mail, deadline).await;
        };
        self.fired.fetch_add(1, Ordering::SeqCst);
        match fault {
            MailFault::AcceptThenTimeout => {
                self.inner.send(mail, deadline).await?;
                Err(MailError::Unknown(
                    "injected: SES accepted the mail, then the answer timed out".into(),
                ))
            }
            MailFault::Throttle => Err(MailError::Throttled(
                "injected: Throttling: Maximum sending rate exceeded.".into(),
            )),
            MailFault::Unavailable => Err(MailError::Unavailable(
                "injected: ServiceUnavailable".into(),
            )),
        }
    }
}

/// Alerts that always fail, as SNS does while the topic's KMS key is denied or SNS is
/// down; counts the attempts.
#[derive(Default)]
pub struct FailingAlerts {
    pub attempts: AtomicUsize,
}

impl Alerts for FailingAlerts {
    async fn publish(&self, _alert: &TeamAlert, _deadline: Instant) -> Result<(), AlertError> {
        self.attempts.fetch_add(1, Ordering::SeqCst);
        Err(AlertError(
            "injected: KMSAccessDeniedException: the topic's key is not usable".into(),
        ))
    }
}

/// A store in front of `inner` whose named operations fail (`StoreError::Unavailable`,
/// as DynamoDB's 5xx or a throttled write after the SDK's retries) the next few times.
pub struct FaultyStore<S> {
    inner: S,
    /// (operation, how many more calls of it fail).
    armed: Mutex<Vec<(&'static str, usize)>>,
    fired: AtomicUsize,
}

impl<S> FaultyStore<S> {
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            armed: Mutex::default(),
            fired: AtomicUsize::new(0),
        }
    }

    /// The next `times` calls of `operation` (a port method's name) fail.
    pub fn fail(&self, operation: &'static str, times: usize) {
        self.armed.lock().unwrap().push((operation, times));
    }

    pub fn fired(&self) -> usize {
        self.fired.load(Ordering::SeqCst)
    }

    pub fn inner(&self) -> &S {
        &self.inner
    }

    fn check(&self, operation: &str) -> Result<(), StoreError> {
        let mut armed = self.armed.lock().unwrap();
        if let Some(entry) = armed
            .iter_mut()
            .find(|(op, times)| *op == operation && *times > 0)
        {
            entry.1 -= 1;
            self.fired.fetch_add(1, Ordering::SeqCst);
            return Err(StoreError::Unavailable(format!(
                "injected: {operation}: InternalServerError"
            )));
        }
        Ok(())
    }
}

/// Passes a port method through `check` first.
macro_rules! faulty {
    ($self:ident, $name:literal, $call:expr) => {{
        $self.check($name)?;
        $call.await
    }};
}

impl<S: DunningStore> DunningStore for FaultyStore<S> {
    async fn dunning_record(&self, subject: &DunningSubject) -> Result<DunningRecord, StoreError> {
        faulty!(self, "dunning_record", self.inner.dunning_record(subject))
    }

    async fn claim_step(
        &self,
        step: &DunningStep,
        kind: &str,
        owner: &str,
        now: i64,
        claim_until: i64,
    ) -> Result<Claim<DunningStep>, StoreError> {
        faulty!(
            self,
            "claim_step",
            self.inner.claim_step(step, kind, owner, now, claim_until)
        )
    }

    async fn start_step_send(
        &self,
        lease: &Lease<DunningStep>,
        now: i64,
    ) -> Result<SendStart, StoreError> {
        faulty!(
            self,
            "start_step_send",
            self.inner.start_step_send(lease, now)
        )
    }

    async fn release_step(&self, lease: &Lease<DunningStep>) -> Result<(), StoreError> {
        faulty!(self, "release_step", self.inner.release_step(lease))
    }

    async fn record_step_sent(
        &self,
        lease: &Lease<DunningStep>,
        sent: &SentBillingMail<'_>,
        ttl: i64,
    ) -> Result<(), StoreError> {
        faulty!(
            self,
            "record_step_sent",
            self.inner.record_step_sent(lease, sent, ttl)
        )
    }

    async fn record_paid(
        &self,
        paid: &InvoicePaid<'_>,
        recovered_ttl: i64,
        unmailed_ttl: i64,
    ) -> Result<PaymentRecorded, StoreError> {
        faulty!(
            self,
            "record_paid",
            self.inner.record_paid(paid, recovered_ttl, unmailed_ttl)
        )
    }

    async fn record_lost(
        &self,
        invoice: &InvoiceId,
        reason: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        faulty!(
            self,
            "record_lost",
            self.inner.record_lost(invoice, reason, at)
        )
    }

    async fn record_attempt(
        &self,
        attempt: &InvoiceAttempt<'_>,
        ttl: i64,
    ) -> Result<AttemptRecorded, StoreError> {
        faulty!(
            self,
            "record_attempt",
            self.inner.record_attempt(attempt, ttl)
        )
    }

    async fn record_held_out(
        &self,
        subject: &DunningSubject,
        held_out: &HeldOutInvoice<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        faulty!(
            self,
            "record_held_out",
            self.inner.record_held_out(subject, held_out, ttl)
        )
    }

    async fn record_alerted(
        &self,
        subject: &DunningSubject,
        reason: AlertReason,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        faulty!(
            self,
            "record_alerted",
            self.inner.record_alerted(subject, reason, at, ttl)
        )
    }

    async fn record_signal(&self, signal: &CustomerSignal<'_>, ttl: i64) -> Result<(), StoreError> {
        faulty!(self, "record_signal", self.inner.record_signal(signal, ttl))
    }
}

impl<S: RecipientStore> RecipientStore for FaultyStore<S> {
    async fn recipient_state(
        &self,
        recipient: &RecipientKey,
    ) -> Result<RecipientState, StoreError> {
        faulty!(
            self,
            "recipient_state",
            self.inner.recipient_state(recipient)
        )
    }

    async fn suppress(&self, recipient: &RecipientKey) -> Result<(), StoreError> {
        faulty!(self, "suppress", self.inner.suppress(recipient))
    }
}

impl<S: CartRecoveryStore> CartRecoveryStore for FaultyStore<S> {
    async fn session_mails(&self, session: &CheckoutSessionId) -> Result<SessionMails, StoreError> {
        faulty!(self, "session_mails", self.inner.session_mails(session))
    }

    async fn last_purchase_at(&self, recipient: &RecipientKey) -> Result<Option<i64>, StoreError> {
        faulty!(
            self,
            "last_purchase_at",
            self.inner.last_purchase_at(recipient)
        )
    }

    async fn claim(
        &self,
        step: &CartStep,
        now: i64,
        claim_until: i64,
        mailed_before: i64,
    ) -> Result<Claim<CartStep>, StoreError> {
        faulty!(
            self,
            "claim",
            self.inner.claim(step, now, claim_until, mailed_before)
        )
    }

    async fn start_send(&self, lease: &Lease<CartStep>, now: i64) -> Result<SendStart, StoreError> {
        faulty!(self, "start_send", self.inner.start_send(lease, now))
    }

    async fn release(&self, lease: &Lease<CartStep>) -> Result<(), StoreError> {
        faulty!(self, "release", self.inner.release(lease))
    }

    async fn record_sent(
        &self,
        lease: &Lease<CartStep>,
        sent: &SentRecovery<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> Result<(), StoreError> {
        faulty!(
            self,
            "record_sent",
            self.inner
                .record_sent(lease, sent, recipient_ttl, recovery_ttl)
        )
    }

    async fn record_purchase(
        &self,
        recipient: &RecipientKey,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        faulty!(
            self,
            "record_purchase",
            self.inner.record_purchase(recipient, at, ttl)
        )
    }

    async fn record_click(
        &self,
        recovered_from: &CheckoutSessionId,
        at: i64,
    ) -> Result<bool, StoreError> {
        faulty!(
            self,
            "record_click",
            self.inner.record_click(recovered_from, at)
        )
    }

    async fn record_expired(
        &self,
        session: &CheckoutSessionId,
        expired_at: i64,
        consent: bool,
        ttl: i64,
    ) -> Result<(), StoreError> {
        faulty!(
            self,
            "record_expired",
            self.inner.record_expired(session, expired_at, consent, ttl)
        )
    }

    async fn record_held_out(
        &self,
        session: &CheckoutSessionId,
        held_out: &HeldOut<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        faulty!(
            self,
            "record_held_out",
            self.inner.record_held_out(session, held_out, ttl)
        )
    }

    async fn record_conversion(&self, converted: &Converted<'_>) -> Result<Conversion, StoreError> {
        faulty!(
            self,
            "record_conversion",
            self.inner.record_conversion(converted)
        )
    }
}

impl<S: ChurnStore> ChurnStore for FaultyStore<S> {
    async fn churn_record(
        &self,
        subscription: &SubscriptionId,
    ) -> Result<Option<StoredChurn>, StoreError> {
        faulty!(self, "churn_record", self.inner.churn_record(subscription))
    }

    async fn write_churn(
        &self,
        subscription: &SubscriptionId,
        record: &ChurnRecord,
        read_version: Option<i64>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        faulty!(
            self,
            "write_churn",
            self.inner
                .write_churn(subscription, record, read_version, ttl)
        )
    }
}

impl<S: Scheduler> Scheduler for FaultyStore<S> {
    async fn schedule(&self, scheduled: &Scheduled) -> Result<(), StoreError> {
        faulty!(self, "schedule", self.inner.schedule(scheduled))
    }

    async fn cancel(&self, job: &Job, now: i64) -> Result<bool, StoreError> {
        faulty!(self, "cancel", self.inner.cancel(job, now))
    }

    async fn due(&self, now: i64, limit: usize) -> Result<Vec<Scheduled>, StoreError> {
        faulty!(self, "due", self.inner.due(now, limit))
    }

    async fn fire(&self, scheduled: &Scheduled, now: i64) -> Result<Fired, StoreError> {
        faulty!(self, "fire", self.inner.fire(scheduled, now))
    }
}

impl<S: Journal> Journal for FaultyStore<S> {
    async fn finished(
        &self,
        consumer: &str,
        event: &EventId,
    ) -> Result<Option<String>, StoreError> {
        faulty!(self, "finished", self.inner.finished(consumer, event))
    }

    async fn record_finished(
        &self,
        consumer: &str,
        event: &EventId,
        outcome: &str,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        faulty!(
            self,
            "record_finished",
            self.inner
                .record_finished(consumer, event, outcome, at, ttl)
        )
    }
}

/// A mailer whose first send waits at a gate until the test opens it: holds one attempt
/// between its claim and its record while another runs, deterministically.
pub struct GatedMailer<M> {
    inner: M,
    held: std::sync::atomic::AtomicBool,
    entered: tokio::sync::Notify,
    open: tokio::sync::Semaphore,
}

impl<M> GatedMailer<M> {
    pub fn new(inner: M) -> Self {
        Self {
            inner,
            held: std::sync::atomic::AtomicBool::new(false),
            entered: tokio::sync::Notify::new(),
            open: tokio::sync::Semaphore::new(0),
        }
    }

    /// Returns once the first send is waiting at the gate.
    pub async fn first_send_waiting(&self) {
        self.entered.notified().await;
    }

    /// Lets the first send through.
    pub fn open(&self) {
        self.open.add_permits(1);
    }
}

impl<M: Mailer> Mailer for GatedMailer<M> {
    async fn send(&self, mail: &OutgoingMail, deadline: Instant) -> Result<String, MailError> {
        if !self.held.swap(true, Ordering::SeqCst) {
            self.entered.notify_one();
            let _permit = self.open.acquire().await.expect("the gate is never closed");
        }
        self.inner.send(mail, deadline).await
    }
}
