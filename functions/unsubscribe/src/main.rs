//! Lambda wiring for `/unsubscribe`: secrets, configuration, the DynamoDB store, the runtime.

use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::{http, init};
use unsubscribe::Unsubscribe;
use unsubscribe::config::UnsubscribeConfig;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (sdk_config, config) = init::start_lambda(UnsubscribeConfig::from_env).await?;
    let store = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    http::serve(Unsubscribe::from_config(config, store)).await
}
