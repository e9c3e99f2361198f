use std::future::Future;

use super::StoreError;
use crate::inbox::InboxItem;
use crate::stripe::ids::EventId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The item was written now.
    New,
    /// An item with this key already existed; nothing was changed.
    Duplicate,
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
        event_id: &EventId,
    ) -> impl Future<Output = Result<Option<InboxItem>, StoreError>> + Send;
}
