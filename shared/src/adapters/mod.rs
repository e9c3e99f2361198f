//! The only code that knows DynamoDB, SES, SNS, a chat webhook or the local file system.

pub mod chat;
pub mod dunning_item;
pub mod dynamodb;
pub mod file_store;
pub mod keys;
pub mod mime;
pub mod outbox;
pub mod recovery_item;
pub mod ses;
pub mod sns;
