//! Lambda wiring for mail-events: secrets, configuration, DynamoDB, the runtime.

use aws_lambda_events::event::sns::SnsEvent;
use lambda_runtime::{LambdaEvent, service_fn};
use mail_events::MailEvents;
use mail_events::config::MailEventsConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::init;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (sdk_config, config) = init::start_lambda(MailEventsConfig::from_env).await?;
    let store = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    let function = &MailEvents::new(store, config.recipient_keys);
    lambda_runtime::run(service_fn(|event: LambdaEvent<SnsEvent>| async move {
        match function.handle(&event.payload).await {
            Ok(handled) => Ok(mail_events::summary(&handled)),
            Err(err) => {
                tracing::error!(error = %err, "failed: Lambda retries, then the dead-letter queue");
                Err(lambda_runtime::Error::from(err))
            }
        }
    }))
    .await
}
