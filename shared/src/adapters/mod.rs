//! The only code that knows DynamoDB or the local file system as a store.

pub mod dynamodb;
pub mod file_store;
