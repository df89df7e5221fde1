//! A plan as a page: each create, update and delete shown on its flow's journey, what an
//! update changes marked on the step it changes, with its value before and after.

use maud::{Markup, html};
use serde_json::Value;

use super::page::{Marks, code, document, flow_section, value};
use super::{Preview, Text};
use crate::plan::{Action, Change, PERSONAL_POINTERS, Plan, Step};

pub(crate) fn plan_page(preview: &Preview, plan: &Plan) -> Markup {
    let t = |text| preview.text(text);
    let shown: Vec<&Step> = plan
        .steps
        .iter()
        .filter(|s| matches!(s.action, Action::Create | Action::Update | Action::Delete))
        .collect();
    let body = html! {
        main {
            h1 { (t(Text::PlanHeading)) }
            p.plan-summary { (plan.summary_in(preview.lang)) }
            @for step in &shown {
                (step_section(preview, step))
            }
        }
    };
    document(preview, &t(Text::PlanHeading), &body)
}

/// The body a step leaves on Verifik: a create's, an update's (the stored one with the keys
/// sent replaced), or, for a delete, the one it removes.
fn body_of(step: &Step) -> Option<Value> {
    match step.action {
        Action::Create => step.send.clone(),
        Action::Delete => step.remote_body.clone(),
        _ => {
            let mut body = step.remote_body.clone()?;
            if let (Some(object), Some(Value::Object(sent))) = (body.as_object_mut(), &step.send) {
                for (key, member) in sent {
                    object.insert(key.clone(), member.clone());
                }
            }
            Some(body)
        }
    }
}

fn step_section(preview: &Preview, step: &Step) -> Markup {
    let t = |text| preview.text(text);
    let (class, label) = match step.action {
        Action::Create => ("create", Text::ActionCreate),
        Action::Delete => ("delete", Text::ActionDelete),
        _ => ("update", Text::ActionUpdate),
    };
    let flow = body_of(step).and_then(|body| crate::validate_stored(&body).ok());
    let mut marks = Marks::new();
    for change in &step.changes {
        marks
            .entry(step_of(&change.pointer))
            .or_default()
            .push(change_item(preview, change));
    }
    html! {
        section.plan-flow data-action=(class) data-file=(crate::printable(&step.file)) {
            p {
                span class={ "action action-" (class) } { (t(label)) }
                " " (code(&step.file))
            }
            @if let Some(general) = marks.remove("flow") {
                (changes_list(preview, &general))
            }
            @match &flow {
                Some(flow) => (flow_section(preview, flow, 2, &marks)),
                None => {
                    p { (t(Text::NoJourney)) }
                    @for items in marks.values() { (changes_list(preview, items)) }
                }
            }
        }
    }
}

/// The changes of one place, under their heading.
pub(crate) fn changes_list(preview: &Preview, items: &[Markup]) -> Markup {
    html! {
        div.changes {
            p { strong { (preview.text(Text::ChangesHeading)) } }
            ul { @for item in items { (item) } }
        }
    }
}

/// The journey's step a change belongs to (`flow`: the flow as a whole: its name, status, ...).
fn step_of(pointer: &str) -> &'static str {
    let mut parts = pointer.split('/').skip(1);
    let top = parts.next().unwrap_or("");
    let member = parts.next().unwrap_or("");
    match (top, member) {
        ("signUpForm", "emailGateway") => "email-code",
        ("signUpForm", "phoneGateway") => "phone-code",
        ("signUpForm", _) => "sign-up",
        ("documents", _) | ("steps", "document") => "document",
        ("liveness", _) | ("steps", "liveness") => "liveness",
        ("integrations" | "redirectUrl", "redirectUrl" | "") => "end",
        ("loginSettings", _) => "sign-in",
        ("security" | "whiteList" | "usesWhiteList" | "allowedCountries", _) => "who",
        _ => "flow",
    }
}

/// How a number's change reads: a liveness score (higher is stricter), another number
/// (raised or lowered).
fn direction(pointer: &str, before: f64, after: f64) -> Text {
    let stricter_when_higher = matches!(
        pointer,
        "/liveness/minScore" | "/loginSettings/livenessMinScore"
    );
    match (stricter_when_higher, after > before) {
        (true, true) => Text::Stricter,
        (true, false) => Text::MoreLenient,
        (false, true) => Text::Raised,
        (false, false) => Text::Lowered,
    }
}

/// One change: its place, how it reads, the value before and after (people's data hidden
/// unless asked).
fn change_item(preview: &Preview, change: &Change) -> Markup {
    let t = |text| preview.text(text);
    let hidden = !preview.show_personal_data
        && PERSONAL_POINTERS
            .iter()
            .any(|p| change.pointer.starts_with(p) || p.starts_with(&change.pointer));
    let numbers = match (&change.before, &change.after) {
        (Some(Value::Number(b)), Some(Value::Number(a))) => b.as_f64().zip(a.as_f64()),
        _ => None,
    };
    let shown = |v: &Option<Value>| -> Markup {
        match v {
            None => html! { (t(Text::NotSet)) },
            Some(_) if hidden => html! { (t(Text::PersonalHidden)) },
            Some(Value::String(s)) => value(s),
            Some(other) => code(&other.to_string()),
        }
    };
    let before = change.before.as_ref().map(Value::to_string);
    let after = change.after.as_ref().map(Value::to_string);
    html! {
        li.change data-pointer=(change.pointer)
            data-before=[before.filter(|_| !hidden)]
            data-after=[after.filter(|_| !hidden)] {
            (code(&change.path())) ": "
            @if let Some((b, a)) = numbers { (t(direction(&change.pointer, b, a))) " " }
            span.before { (t(Text::Before)) " " (shown(&change.before)) }
            " → "
            span.after { (t(Text::After)) " " (shown(&change.after)) }
        }
    }
}
