//! The inbox's DynamoDB stream as Lambda delivers it: records in, inbox items out, and
//! the partial-batch-failure response that makes Lambda retry only what failed.

use std::future::Future;

use aws_lambda_events::event::dynamodb::{Event, EventRecord};
use aws_lambda_events::event::streams::{DynamoDbBatchItemFailure, DynamoDbEventResponse};

use tracing::Instrument;

use crate::inbox::InboxItem;

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("the stream record has no sequence number")]
    NoSequenceNumber,
    #[error("the stream record's new image is not an inbox item: {0}")]
    NotAnInboxItem(String),
}

/// The inbox item a stream record carries.
pub fn inbox_item(record: &EventRecord) -> Result<InboxItem, RecordError> {
    serde_dynamo::from_item(record.change.new_image.clone())
        .map_err(|e| RecordError::NotAnInboxItem(e.to_string()))
}

/// Runs `process` on every record's inbox item, in order, and reports the records that
/// failed (by sequence number) so Lambda retries them; the others are done. Every
/// consumer's effects are idempotent, so a retried batch may safely repeat a success.
/// Each item is processed inside a span carrying its Stripe event id, so every log line
/// of its processing names the event.
pub async fn process_batch<F, Fut, E>(event: &Event, mut process: F) -> DynamoDbEventResponse
where
    F: FnMut(InboxItem) -> Fut,
    Fut: Future<Output = Result<(), E>>,
    E: std::fmt::Display,
{
    let mut response = DynamoDbEventResponse::default();
    for record in &event.records {
        let Some(sequence_number) = record.change.sequence_number.clone() else {
            tracing::error!(error = %RecordError::NoSequenceNumber, "stream record skipped");
            continue;
        };
        let result = match inbox_item(record) {
            Ok(item) => {
                let span = tracing::info_span!(
                    "inbox_item",
                    event_id = %item.event_id,
                    event_type = %item.event_type
                );
                // Boxed: consumers' futures are deep, and this keeps the batch's small.
                Box::pin(process(item).instrument(span))
                    .await
                    .map_err(|e| e.to_string())
            }
            Err(err) => Err(err.to_string()),
        };
        if let Err(error) = result {
            tracing::error!(
                sequence_number,
                error,
                "stream record failed; Lambda will retry it"
            );
            let mut failure = DynamoDbBatchItemFailure::default();
            failure.item_identifier = Some(sequence_number);
            response.batch_item_failures.push(failure);
        }
    }
    response
}
