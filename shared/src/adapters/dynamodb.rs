//! The inbox on DynamoDB: one table, partition key `pk`.

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::DisplayErrorContext;
use aws_sdk_dynamodb::types::AttributeValue;

use crate::inbox::InboxItem;
use crate::ports::{Inbox, Recorded, StoreError};

#[derive(Debug, Clone)]
pub struct DynamoStore {
    client: Client,
    table: String,
}

impl DynamoStore {
    pub fn new(client: Client, table: impl Into<String>) -> Self {
        Self {
            client,
            table: table.into(),
        }
    }

    /// A client from the standard AWS configuration chain (region, credentials and the
    /// `AWS_ENDPOINT_URL` override), loaded once at init.
    pub fn from_sdk_config(config: &aws_config::SdkConfig, table: impl Into<String>) -> Self {
        Self::new(Client::new(config), table)
    }
}

fn unavailable<E: std::error::Error>(err: E) -> StoreError {
    StoreError::Unavailable(DisplayErrorContext(err).to_string())
}

impl Inbox for DynamoStore {
    async fn record_new(&self, item: &InboxItem) -> Result<Recorded, StoreError> {
        let attributes = serde_dynamo::aws_sdk_dynamodb_1::to_item(item)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(attributes))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await;
        match result {
            Ok(_) => Ok(Recorded::New),
            Err(err) => match err.into_service_error() {
                e if e.is_conditional_check_failed_exception() => Ok(Recorded::Duplicate),
                e => Err(unavailable(e)),
            },
        }
    }

    async fn event(&self, event_id: &str) -> Result<Option<InboxItem>, StoreError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.table)
            .key("pk", AttributeValue::S(InboxItem::key(event_id)))
            .consistent_read(true)
            .send()
            .await
            .map_err(unavailable)?;
        output
            .item
            .map(|item| {
                serde_dynamo::aws_sdk_dynamodb_1::from_item(item)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .transpose()
    }
}
