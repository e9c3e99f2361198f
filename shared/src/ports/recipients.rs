use std::future::Future;

use super::StoreError;
use crate::recipient::RecipientKey;

/// What the store knows of a recipient across mail flows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecipientState {
    /// On the suppression list: no promotional mail.
    pub suppressed: bool,
    /// When the last mail was recorded (the cooldown runs from here).
    pub last_mailed_at: Option<i64>,
}

/// The right to send one mail about `subject` now: a recipient (cart recovery's
/// cooldown), or a billing subject (an invoice's dunning step, a card's expiry). Only the
/// store hands one out (`claim`), and only recording the mail (`record_sent`) or
/// `release` take it back: a path that sends must end in one of them.
#[derive(Debug, PartialEq, Eq)]
#[must_use = "a lease must be recorded (the mail went out) or released (it did not)"]
pub struct Lease<S = RecipientKey> {
    subject: S,
    owner: String,
}

impl<S> Lease<S> {
    /// Only adapters create leases, after their conditional write succeeded.
    pub(crate) fn new(subject: S, owner: &str) -> Self {
        Self {
            subject,
            owner: owner.to_owned(),
        }
    }

    pub fn subject(&self) -> &S {
        &self.subject
    }

    /// Who holds it: the session being mailed about, or the dunning step.
    pub fn owner(&self) -> &str {
        &self.owner
    }
}

impl Lease<RecipientKey> {
    pub fn recipient(&self) -> &RecipientKey {
        &self.subject
    }
}

/// The outcome of trying to claim a subject before sending.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim<S = RecipientKey> {
    /// We hold the lease; send, then record or release it.
    Claimed(Lease<S>),
    /// Not now: mailed within the cooldown (or this step already), or another owner
    /// holds a live lease.
    Busy,
    /// This owner already holds a live lease: an earlier attempt did not finish.
    HeldBySelf,
}

/// Per-recipient state shared by every mail flow: cooldown, lease, suppression.
/// Every method is one atomic conditional write or a consistent read.
pub trait RecipientStore: Send + Sync {
    fn recipient_state(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<RecipientState, StoreError>> + Send;

    /// Takes the recipient's lease for `owner` until `lease_until` if nobody was mailed
    /// since `mailed_before` and no live lease exists.
    fn claim(
        &self,
        recipient: &RecipientKey,
        owner: &str,
        now: i64,
        lease_until: i64,
        mailed_before: i64,
    ) -> impl Future<Output = Result<Claim, StoreError>> + Send;

    /// Gives back a lease (after a failed send) so a retry can claim again.
    fn release(&self, lease: Lease) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Adds a recipient to the suppression list (unsubscribes, complaints).
    fn suppress(
        &self,
        recipient: &RecipientKey,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}
