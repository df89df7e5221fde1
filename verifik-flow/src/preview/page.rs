//! The frame every page shares: the document, its policy and style, the header of a flow, and
//! how a value of the flow is written.

use std::collections::BTreeMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Preview, Text, kind_text, status_text};
use crate::{Flow, StoredFlow, Target};

/// What a page marks on the steps of a journey, by the step's `data-step` (the page of a
/// plan marks each change on the step it changes); empty on a flow's own page.
pub(crate) type Marks = BTreeMap<&'static str, Vec<Markup>>;

/// The page's style: one stylesheet, inline (the policy allows inline styles and nothing
/// else), with a light and a dark scheme, a layout that fits a 390-pixel screen and prints
/// on A4.
const STYLE: &str = include_str!("style.css");

/// What the page may load: nothing but its own inline style and `data:` images. No script
/// runs, no form posts, nothing is fetched.
pub(crate) const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                                 base-uri 'none'; form-action 'none'";

/// A whole document: `title` (already a plain string; escaped here) and `body`.
pub(crate) fn document(preview: &Preview, title: &str, body: &Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(html_lang(preview.lang)) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                meta name="referrer" content="no-referrer";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                p.illustration role="note" { (preview.text(Text::Illustration)) }
                (body)
            }
        }
    }
}

/// The page's `lang`: the language's code, the pseudo-language written as the pseudo-locale
/// `en-XA` (a valid tag, English underneath).
fn html_lang(lang: crate::Lang) -> &'static str {
    match lang.code() {
        "pseudo" => "en-XA",
        code => code,
    }
}

/// A value of the flow: escaped (by maud), its control and bidirectional-formatting
/// characters written visibly, isolated from the text around it.
pub(crate) fn value(text: &str) -> Markup {
    html! { bdi.value { (crate::printable(text)) } }
}

/// A value of the flow as code (a wire name such as `SCAN_PROMPT`).
pub(crate) fn code(text: &str) -> Markup {
    html! { bdi.value { code { (crate::printable(text)) } } }
}

/// The page of one flow.
pub(crate) fn flow_page(preview: &Preview, flow: &StoredFlow) -> Markup {
    let name = flow.name();
    let title = format!(
        "{} · {}",
        name.map_or_else(
            || preview.text(Text::Unnamed),
            |n| crate::printable(n).into_owned()
        ),
        preview.text(Text::PreviewOf)
    );
    let body = html! {
        main { (flow_section(preview, flow, 1, &Marks::new())) }
    };
    document(preview, &title, &body)
}

/// One flow as a section: its header, journey and gaps. `level` is the heading level of its
/// name (1 on its own page, 2 within a plan).
pub(crate) fn flow_section(
    preview: &Preview,
    flow: &StoredFlow,
    level: u8,
    marks: &Marks,
) -> Markup {
    html! {
        (header(preview, flow, level))
        @match &flow.flow {
            Flow::Onboarding(onboarding) => (super::onboarding::journey(preview, onboarding, level + 1, marks)),
            Flow::Login(login) => (super::login::journey(preview, login, level + 1, marks)),
        }
    }
}

/// A heading of `level` (1 to 6).
pub(crate) fn heading(level: u8, class: &str, content: &Markup) -> Markup {
    match level {
        1 => html! { h1 class=(class) { (content) } },
        2 => html! { h2 class=(class) { (content) } },
        3 => html! { h3 class=(class) { (content) } },
        4 => html! { h4 class=(class) { (content) } },
        5 => html! { h5 class=(class) { (content) } },
        _ => html! { h6 class=(class) { (content) } },
    }
}

/// The flow's name, kind, status, project and (onboarding) target.
fn header(preview: &Preview, flow: &StoredFlow, level: u8) -> Markup {
    let name = flow.name();
    let (project, target) = match &flow.flow {
        Flow::Onboarding(f) => (f.project.as_str(), Some(f.target)),
        Flow::Login(f) => (f.project.as_str(), None),
    };
    let status = flow.status();
    let title = name.map_or_else(|| html! { (preview.text(Text::Unnamed)) }, value);
    html! {
        header.flow-header {
            (heading(level, "flow-name", &title))
            dl.facts-grid {
                div {
                    dt { (preview.text(Text::LabelKind)) }
                    dd { (preview.text(kind_text(flow.flow.flow_type()))) }
                }
                div {
                    dt { (preview.text(Text::LabelStatus)) }
                    dd { span class={ "status status-" (status.as_str()) } { (preview.text(status_text(status))) } }
                }
                div {
                    dt { (preview.text(Text::LabelProject)) }
                    dd { (code(project)) }
                }
                @if let Some(target) = target {
                    div {
                        dt { (preview.text(Text::LabelTarget)) }
                        dd { (preview.text(match target {
                            Target::Personal => Text::TargetPersonal,
                            Target::Business => Text::TargetBusiness,
                        })) }
                    }
                }
            }
        }
    }
}

/// How a step is taken: what the page shows for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// The person must complete it.
    Mandatory,
    /// The person may skip it.
    Optional,
    /// The person never sees it.
    Skip,
}

impl Mode {
    fn wire(self) -> &'static str {
        match self {
            Mode::Mandatory => "mandatory",
            Mode::Optional => "optional",
            Mode::Skip => "skip",
        }
    }

    fn label(self) -> Text {
        match self {
            Mode::Mandatory => Text::ModeMandatory,
            Mode::Optional => Text::ModeOptional,
            Mode::Skip => Text::ModeSkip,
        }
    }

    fn note(self) -> Text {
        match self {
            Mode::Mandatory => Text::ModeMandatoryNote,
            Mode::Optional => Text::ModeOptionalNote,
            Mode::Skip => Text::ModeSkipNote,
        }
    }
}

impl From<crate::StepMode> for Mode {
    fn from(mode: crate::StepMode) -> Self {
        match mode {
            crate::StepMode::Mandatory => Mode::Mandatory,
            crate::StepMode::Optional => Mode::Optional,
            crate::StepMode::Skip => Mode::Skip,
        }
    }
}

/// One step of a journey: its heading and mode, then (unless it is not shown) the page a
/// person meets, drawn, and the facts about it. `note` replaces the mode's own note (a code
/// page that is not shown says why).
pub(crate) struct StepView<'a> {
    pub(crate) id: &'static str,
    pub(crate) title: Text,
    pub(crate) mode: Mode,
    pub(crate) note: Option<Text>,
    /// Whether the mode is said (the end of a journey is no step a person takes or skips).
    pub(crate) shows_mode: bool,
    pub(crate) screen: Option<Markup>,
    pub(crate) facts: Vec<Markup>,
    pub(crate) level: u8,
    pub(crate) preview: &'a Preview,
}

impl StepView<'_> {
    pub(crate) fn render(&self, marks: &Marks) -> Markup {
        let preview = self.preview;
        let changes = marks.get(self.id);
        let skipped = self.mode == Mode::Skip;
        let title = html! { (preview.text(self.title)) };
        html! {
            li.step.skipped[skipped] data-step=(self.id) data-mode=(self.mode.wire()) {
                div.step-head {
                    (heading(self.level, "step-title", &title))
                    @if self.shows_mode {
                        span class={ "mode mode-" (self.mode.wire()) } { (preview.text(self.mode.label())) }
                    }
                }
                @if let Some(changes) = changes {
                    (super::plan_marks(preview, changes))
                }
                @if self.shows_mode {
                    p.mode-note { (preview.text(self.note.unwrap_or(self.mode.note()))) }
                }
                @if !skipped {
                    @if let Some(screen) = &self.screen {
                        div.screen { (screen) }
                    }
                    @if !self.facts.is_empty() {
                        ul.step-facts {
                            @for fact in &self.facts { li { (fact) } }
                        }
                    }
                }
            }
        }
    }
}

/// The journey's list and the list of what the flow does not check.
pub(crate) fn journey_and_gaps(
    preview: &Preview,
    steps: &[StepView<'_>],
    gaps: &[Text],
    no_gaps: Text,
    level: u8,
    marks: &Marks,
) -> Markup {
    let journey = html! { (preview.text(Text::JourneyHeading)) };
    let gaps_heading = html! { (preview.text(Text::GapsHeading)) };
    html! {
        section.journey-section {
            (heading(level, "section-title", &journey))
            ol.journey {
                @for step in steps { (step.render(marks)) }
            }
        }
        section.gaps {
            (heading(level, "section-title", &gaps_heading))
            @if gaps.is_empty() {
                p { (preview.text(no_gaps)) }
            } @else {
                ul {
                    @for gap in gaps { li { (preview.text(*gap)) } }
                }
            }
        }
    }
}

/// A score on its scale from `min` (lenient) to `max` (strict), drawn: a bar, the score
/// marked on it, and the two ends named.
pub(crate) fn scale(preview: &Preview, score: f64, min: f64, max: f64) -> Markup {
    let at = if max > min {
        ((score - min) / (max - min)).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let x = 10.0 + at * 280.0;
    html! {
        div.scale {
            svg viewBox="0 0 300 28" width="100%" height="28" aria-hidden="true" focusable="false" {
                rect.scale-bar x="10" y="10" width="280" height="8" rx="4" {}
                rect.scale-fill x="10" y="10" width=(format!("{:.1}", at * 280.0)) height="8" rx="4" {}
                circle.scale-mark cx=(format!("{x:.1}")) cy="14" r="7" {}
            }
            div.scale-ends {
                span { (preview.text(Text::Lenient)) }
                span { (preview.text(Text::Strict)) }
            }
        }
    }
}

/// A drawn input box under its label.
pub(crate) fn field(label: &Markup) -> Markup {
    html! {
        div.field {
            span.field-label { (label) }
            span.field-box {}
        }
    }
}

/// A drawn check box beside its label.
pub(crate) fn check_box(label: &str) -> Markup {
    html! {
        div.check { span.check-box {} span { (label) } }
    }
}

/// A drawn button.
pub(crate) fn button(label: &str) -> Markup {
    html! { div.button { (label) } }
}

/// Six drawn boxes for a code.
pub(crate) fn code_boxes() -> Markup {
    html! {
        div.code-boxes { @for _ in 0..6 { span.field-box.digit {} } }
    }
}

/// A face in a circle, drawn `size` pixels wide.
pub(crate) fn face(size: u16) -> Markup {
    html! {
        svg.face viewBox="0 0 120 120" width=(size) height=(size) aria-hidden="true" focusable="false" {
            circle.face-ring cx="60" cy="60" r="54" {}
            ellipse.face-shape cx="60" cy="56" rx="26" ry="34" {}
        }
    }
}

/// The facts of a face check, onboarding's or a login's: the liveness score on its scale
/// (`min`..`max`), the search among the people enrolled, and its mode.
pub(crate) fn face_facts(
    preview: &Preview,
    score: f64,
    (min, max): (f64, f64),
    search: f64,
    mode: crate::SearchMode,
) -> [Markup; 3] {
    let words = preview.words();
    [
        html! {
            (words.preview_min_score(score, min, max))
            (scale(preview, score, min, max))
        },
        html! { (words.preview_search(search)) },
        html! { (preview.text(match mode {
            crate::SearchMode::Fast => Text::SearchFast,
            crate::SearchMode::Accurate => Text::SearchAccurate,
        })) },
    ]
}
