//! The traits the domain needs from the outside world. Adapters implement them.

use std::future::Future;

use crate::inbox::InboxItem;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The item was written now.
    New,
    /// An item with this key already existed; nothing was changed.
    Duplicate,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the store is unavailable: {0}")]
    Unavailable(String),
    #[error("a stored item could not be read: {0}")]
    Corrupt(String),
}

/// Durable, deduplicating storage of inbox items.
pub trait Inbox: Send + Sync {
    /// Writes `item` unless an item with its key exists (one atomic conditional write).
    /// Returns only once the item is durable.
    fn record_new(
        &self,
        item: &InboxItem,
    ) -> impl Future<Output = Result<Recorded, StoreError>> + Send;

    /// Reads the inbox item of an event, if recorded.
    fn event(
        &self,
        event_id: &str,
    ) -> impl Future<Output = Result<Option<InboxItem>, StoreError>> + Send;
}
