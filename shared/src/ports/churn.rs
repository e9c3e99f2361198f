//! What a subscription's cancellation was: why (Stripe's reason and the customer's
//! feedback), what it was worth a month, how old it was, and whether a retention coupon
//! kept it. One record per subscription, written by billing recovery from the
//! subscription as Stripe has it, read by the report.

use std::future::Future;

use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::stripe::ids::SubscriptionId;

/// Where the subscription stands in its cancellation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChurnState {
    /// Cancellation requested for a date (`cancel_at_period_end` or `cancel_at`), not yet
    /// ended.
    Scheduled,
    /// Ended (`status: canceled`). Final.
    Canceled,
    /// Was scheduled, and the cancellation was withdrawn.
    Withdrawn,
}

impl ChurnState {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Canceled => "canceled",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Whether the customer is leaving (a withdrawn cancellation is no churn).
    pub const fn churns(self) -> bool {
        matches!(self, Self::Scheduled | Self::Canceled)
    }
}

/// One subscription's cancellation, as stored (`churn#sub_…`). Never the customer's
/// comment: its length only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChurnRecord {
    pub state: ChurnState,
    /// `cancellation_details.reason` (`cancellation_requested`, `payment_failed`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `cancellation_details.feedback` (`too_expensive`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// Characters in the customer's comment (0: none).
    #[serde(default)]
    pub comment_length: u32,
    /// What its prices bill a month, in minor units of `currency` (list prices, quantity
    /// included, before discounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Whole days from its start to the cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_days: Option<i64>,
    /// When the cancellation was requested or took effect (unix seconds).
    pub canceled_at: i64,
    /// `canceled_at`'s month, `YYYY-MM` (UTC).
    pub month: String,
    /// The discounts on it when it entered the cancel flow: a discount not among them
    /// when the cancellation is withdrawn is a retention coupon.
    #[serde(default)]
    pub discounts_at_cancel: Vec<String>,
    /// When the customer took a retention coupon (a discount new since the cancel flow
    /// began, with the cancellation withdrawn); kept if they cancel again later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_at: Option<i64>,
}

/// A record as read, with the version a write must find unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredChurn {
    pub record: ChurnRecord,
    pub version: i64,
}

pub trait ChurnStore: Send + Sync {
    fn churn_record(
        &self,
        subscription: &SubscriptionId,
    ) -> impl Future<Output = Result<Option<StoredChurn>, StoreError>> + Send;

    /// Writes `record` if the stored one is still at `read_version` (`None`: none stored),
    /// to be kept until `ttl`. `false`: it changed since it was read (read and decide
    /// again).
    fn write_churn(
        &self,
        subscription: &SubscriptionId,
        record: &ChurnRecord,
        read_version: Option<i64>,
        ttl: i64,
    ) -> impl Future<Output = Result<bool, StoreError>> + Send;
}
