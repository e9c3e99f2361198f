//! The traits the domain needs from the outside world, one per concern. The DynamoDB and
//! file adapters implement each, and the contract tests in `tests/` hold both to it.

mod alerts;
mod cart_recovery;
mod churn;
mod dunning;
mod idempotency;
mod inbox;
mod journal;
mod mailer;
mod recipients;
mod scheduler;
mod stripe;

pub use alerts::{AlertError, AlertReason, Alerts, TeamAlert};
pub use cart_recovery::{
    CartRecoveryStore, CartStep, ConsentRecord, Conversion, Converted, HeldOut, SentRecovery,
    SessionMail, SessionMails,
};
pub use churn::{ChurnRecord, ChurnState, ChurnStore, StoredChurn};
pub use dunning::{
    AttemptRecorded, CustomerSignal, DunningOutcome, DunningRecord, DunningStep, DunningStore,
    DunningSubject, HeldOutInvoice, InvoiceAttempt, InvoicePaid, MailedStep, PaymentRecorded,
    SentBillingMail, SignalKind, UnfinishedStep,
};
pub use idempotency::IdempotencyStore;
pub use inbox::{Inbox, Recorded};
pub use journal::{Journal, NoJournal};
pub use mailer::{MailError, Mailer, OutgoingMail};
pub use recipients::{
    Claim, Lease, MailEventRecord, MailEventStore, RecipientState, RecipientStore, SendStart,
};
pub use scheduler::{Fired, Job, JobKind, Scheduled, Scheduler};
pub use stripe::StripeReader;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the store is unavailable: {0}")]
    Unavailable(String),
    #[error("a stored item could not be read: {0}")]
    Corrupt(String),
}
