//! Lambda wiring for the portal configuration's custom resource: the key, the runtime.
//! CloudFormation invokes it (asynchronously) with each Create, Update and Delete.

use lambda_runtime::{LambdaEvent, service_fn};
use portal_config::PortalConfigFunction;
use portal_config::cloudformation::CustomResourceRequest;
use portal_config::config::PortalConfigConfig;
use stripe_recovery::init;
use stripe_recovery::time::invocation_deadline;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (_, config) = init::start_lambda(PortalConfigConfig::from_env).await?;
    let function = &PortalConfigFunction::from_config(config);
    lambda_runtime::run(service_fn(
        move |event: LambdaEvent<CustomResourceRequest>| async move {
            let deadline = invocation_deadline(Some(event.context.deadline));
            let response = function.handle(&event.payload, deadline).await?;
            Ok::<_, lambda_runtime::Error>(serde_json::json!({ "status": response.status }))
        },
    ))
    .await
}
