-- Who deployed each model version and how (the engine keeps when, and the deployment's name holds the comment).
-- Written by ModelDeploymentGuard inside the deploying transaction, whichever way the model came.
create table model_deployment (
    deployment_id varchar(64)  primary key,
    deployed_by   varchar(100) not null,
    source        varchar(100),
    deployed_at   timestamptz  not null
);
