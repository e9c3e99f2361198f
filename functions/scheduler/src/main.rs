//! Lambda wiring for the scheduler: the table, the runtime. Each invocation (an
//! EventBridge schedule, every minute) is one sweep.

use lambda_runtime::{LambdaEvent, service_fn};
use scheduler::Sweeper;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::init;
use stripe_recovery::time::{invocation_deadline, unix_now};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (sdk_config, table) = init::start_lambda(|env| env.required("TABLE_NAME")).await?;
    let sweeper = &Sweeper::new(DynamoStore::from_sdk_config(&sdk_config, table));
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<serde_json::Value>| async move {
            let deadline = invocation_deadline(Some(event.context.deadline));
            let swept = sweeper.run(unix_now(), deadline).await?;
            Ok::<_, lambda_runtime::Error>(serde_json::json!({
                "fired": swept.fired.len(),
                "already": swept.already,
            }))
        },
    ))
    .await
}
