//! Lambda wiring for `POST /webhook`: secrets, configuration, the DynamoDB inbox, the runtime.

use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::{http, init};
use webhook::Webhook;
use webhook::config::WebhookConfig;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let (sdk_config, config) = init::start_lambda(WebhookConfig::from_env).await?;
    let inbox = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    http::serve(Webhook::from_config(config, inbox)).await
}
