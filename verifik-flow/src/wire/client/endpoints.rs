//! The project-flow endpoints: create, get, list, update, delete.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::address::{flow_path, host_is_loopback, path_id};
use super::error::not_json;
use super::{Client, ClientError, DeletedFlow, ListPage, ListQuery};
use crate::{Flow, Message, ProjectFlow, ProjectFlowRecord};

impl Client {
    /// `POST /v2/project-flows`: creates the Smart Enroll `flow`, after checking every rule
    /// locally.
    pub async fn create(&self, flow: &ProjectFlow) -> Result<ProjectFlowRecord, ClientError> {
        let body = serde_json::to_value(flow).map_err(|e| not_json(&e))?;
        self.create_value(&body).await
    }

    /// `POST /v2/project-flows`: creates a flow of either kind (a Smart Enroll
    /// [`ProjectFlow`] or a Smart Access [`LoginFlow`](crate::LoginFlow)), after checking every
    /// rule locally.
    pub async fn create_flow(&self, flow: &Flow) -> Result<ProjectFlowRecord, ClientError> {
        let body = serde_json::to_value(flow).map_err(|e| not_json(&e))?;
        crate::validate_flow(&body)?;
        self.refuse_placeholder(&body)?;
        self.send(Method::POST, "v2/project-flows", &[], Some(&body), false)
            .await?
            .decode_data(&self.token)
    }

    /// `POST /v2/project-flows` with a JSON body of either kind, after checking every rule
    /// locally (by its `type`). What is sent is the typed flow: a `$schema` editor hint in
    /// `body` is not.
    pub async fn create_value(&self, body: &Value) -> Result<ProjectFlowRecord, ClientError> {
        self.create_flow(&crate::validate_flow(body)?).await
    }

    /// `GET /v2/project-flows/{id}`. The ID (an [`ObjectId`](crate::ObjectId), or a record's `id` as Verifik
    /// wrote it) is sent in lower case.
    pub async fn get(
        &self,
        id: &(impl AsRef<str> + ?Sized),
    ) -> Result<ProjectFlowRecord, ClientError> {
        let path = flow_path("v2", id.as_ref())?;
        self.send(Method::GET, &path, &[], None, true)
            .await?
            .decode_data(&self.token)
    }

    /// `GET /v2/project-flows` with filters and a page.
    /// A `page` or `limit` out of range is refused before anything is sent
    /// ([`ClientError::Query`]).
    pub async fn list(&self, query: &ListQuery) -> Result<ListPage, ClientError> {
        query.page_and_limit().map_err(ClientError::Query)?;
        // A list (`populates[]`) is the key once a value, as Verifik reads it.
        let pairs: Vec<(String, String)> = serde_json::to_value(query)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
            .into_iter()
            .flat_map(|(key, value)| {
                let values = match value {
                    Value::Array(values) => values,
                    value => vec![value],
                };
                values.into_iter().map(move |value| {
                    let text = value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_owned);
                    (key.clone(), text)
                })
            })
            .collect();
        self.send(Method::GET, "v2/project-flows", &pairs, None, true)
            .await?
            .decode(&self.token)
    }

    /// `PUT /v2/project-flows/{id}` of a typed [`FlowPatch`](crate::FlowPatch): each key it
    /// sets is sent whole; an empty patch is not sent ([`ClientError::NothingToChange`]).
    pub async fn update_patch(
        &self,
        id: &(impl AsRef<str> + ?Sized),
        patch: &crate::FlowPatch,
    ) -> Result<ProjectFlowRecord, ClientError> {
        self.update(id, &patch.to_json()).await
    }

    /// `PUT /v2/project-flows/{id}`: changes only the keys of `changes` (a JSON object);
    /// Verifik checks the result against every rule and raises `version`. Each key is checked
    /// first ([`validate_partial`](crate::validate_partial)): a partial that breaks a key's
    /// rule is not sent. A `$schema` editor hint is not sent; an update with no other key is
    /// not sent at all ([`ClientError::NothingToChange`]).
    pub async fn update(
        &self,
        id: &(impl AsRef<str> + ?Sized),
        changes: &Value,
    ) -> Result<ProjectFlowRecord, ClientError> {
        let Some(members) = changes.as_object() else {
            return Err(ClientError::Config(Message::from_fn(|lang| {
                crate::words::of(lang).update_not_object()
            })));
        };
        crate::validate_partial(changes)?;
        let mut sent = members.clone();
        sent.remove("$schema");
        if sent.is_empty() {
            return Err(ClientError::NothingToChange);
        }
        self.refuse_placeholder(changes)?;
        let path = flow_path("v2", id.as_ref())?;
        self.send(Method::PUT, &path, &[], Some(&Value::Object(sent)), false)
            .await?
            .decode_data(&self.token)
    }

    /// `DELETE /v3/project-flows/{id}`. Tried again when the answer is lost. A 404 after an
    /// earlier try that may have reached Verifik (a timeout, a connection lost after sending,
    /// a 502 or 504) means that try deleted the flow, and is reported as deleted; after tries
    /// that Verifik refused (429, 503) or that never connected, a 404 is "not found".
    pub async fn delete(
        &self,
        id: &(impl AsRef<str> + ?Sized),
    ) -> Result<DeletedFlow, ClientError> {
        let path = flow_path("v3", id.as_ref())?;
        let answer = self.send(Method::DELETE, &path, &[], None, true).await?;
        if answer.status == StatusCode::NOT_FOUND && answer.earlier_may_have_happened {
            return Ok(DeletedFlow {
                id: path_id(id.as_ref()),
                flow_type: None,
                target: None,
                status: Some(crate::RecordStatus::Deleted),
                other: serde_json::Map::new(),
            });
        }
        answer.decode_data(&self.token)
    }

    /// A body whose `project` is [`PLACEHOLDER_PROJECT`](crate::PLACEHOLDER_PROJECT) (what
    /// `verifik-flow new` writes until you give yours) goes to a local stand-in only, never to
    /// Verifik.
    fn refuse_placeholder(&self, body: &Value) -> Result<(), ClientError> {
        let placeholder =
            body.get("project").and_then(Value::as_str) == Some(crate::PLACEHOLDER_PROJECT);
        if placeholder && !host_is_loopback(&self.base) {
            return Err(ClientError::Placeholder);
        }
        Ok(())
    }
}
