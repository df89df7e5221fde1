//! The wire enums: the closed sets of strings of both bodies (Smart Enroll and Smart Access),
//! each as a Rust enum with its wire strings, `Display`/`FromStr` and its schema.

use crate::body::wire_enum::wire_enum;

wire_enum! {
    /// The kind of flow: Smart Enroll (`onboarding`, a [`ProjectFlow`](crate::ProjectFlow)) or Smart Access
    /// (`login`, a [`LoginFlow`](crate::LoginFlow)).
    pub enum FlowType {
        /// Smart Enroll: a new user signs up and is verified.
        Onboarding = "onboarding",
        /// Smart Access: a returning user signs in.
        Login = "login",
    }
}

wire_enum! {
    /// Who is onboarded: a person or a company.
    pub enum Target {
        /// A natural person; personal document categories apply.
        Personal = "personal",
        /// A company; business document categories apply.
        Business = "business",
    }
}

wire_enum! {
    /// The status a flow is created with. (Stored flows may also be `paused`, which is not
    /// accepted on create: see [`RecordStatus`].)
    pub enum Status {
        /// Saved, not yet live.
        Draft = "draft",
        /// Live: new users go through it.
        Active = "active",
    }
}

wire_enum! {
    /// The status of a stored flow.
    pub enum RecordStatus {
        /// Saved, not yet live.
        Draft = "draft",
        /// Live: new users go through it.
        Active = "active",
        /// Stopped for now.
        Paused = "paused",
        /// Deleted (what `DELETE` answers).
        Deleted = "deleted",
    }
}

impl From<Status> for RecordStatus {
    fn from(status: Status) -> Self {
        match status {
            Status::Draft => Self::Draft,
            Status::Active => Self::Active,
        }
    }
}

wire_enum! {
    /// How the sign-up form asks for the person's name.
    pub enum FullNameStyle {
        /// One input for the whole name.
        Together = "together",
        /// Two inputs: first name and last name.
        Separate = "separate",
    }
}

wire_enum! {
    /// Who sends the e-mail confirmation code.
    pub enum EmailGateway {
        /// Mailgun sends the code.
        Mailgun = "mailgun",
        /// No e-mail is sent.
        None = "none",
    }
}

wire_enum! {
    /// How the phone confirmation code is sent.
    pub enum PhoneGateway {
        /// A text message.
        Sms = "sms",
        /// A WhatsApp message.
        Whatsapp = "whatsapp",
        /// The person chooses SMS or WhatsApp.
        Both = "both",
        /// No code is sent.
        None = "none",
    }
}

wire_enum! {
    /// How identity documents are captured. Verifik's docs name the `SCAN_*` values; its
    /// dashboard sends `scan` and `upload`. Both are accepted.
    pub enum VerificationMethod {
        /// Zero-knowledge document scan.
        ScanZero = "SCAN_ZERO",
        /// Guided scan with prompts (the docs' example).
        ScanPrompt = "SCAN_PROMPT",
        /// Studio-quality capture.
        ScanStudio = "SCAN_STUDIO",
        /// Camera scan (as the dashboard sends it).
        Scan = "scan",
        /// File upload (as the dashboard sends it).
        Upload = "upload",
    }
}

wire_enum! {
    /// The kind of document a configuration asks for. The first three are for `personal`
    /// flows, the others for `business` flows (rule D4).
    pub enum DocumentCategory {
        /// A government-issued ID card (personal).
        GovernmentId = "government_id",
        /// A passport (personal).
        Passport = "passport",
        /// A driving licence (personal).
        License = "license",
        /// A bank document (business).
        BankDocument = "bank_document",
        /// A tax document (business).
        TaxDocument = "tax_document",
        /// A company registration document (business).
        BusinessDocument = "business_document",
        /// A proof of address (business).
        ProofOfAddress = "proof_of_address",
    }
}

impl DocumentCategory {
    /// The target this category belongs to (rule D4).
    pub fn target(self) -> Target {
        match self {
            Self::GovernmentId | Self::Passport | Self::License => Target::Personal,
            Self::BankDocument
            | Self::TaxDocument
            | Self::BusinessDocument
            | Self::ProofOfAddress => Target::Business,
        }
    }
}

wire_enum! {
    /// Whether a document template must be provided.
    pub enum TemplateRequirement {
        /// The person must provide it.
        Mandatory = "mandatory",
        /// The person may skip it.
        Optional = "optional",
    }
}

wire_enum! {
    /// How faces are searched among enrolled people.
    pub enum SearchMode {
        /// Quicker search.
        Fast = "FAST",
        /// Slower, more thorough search.
        Accurate = "ACCURATE",
    }
}

wire_enum! {
    /// How identity data is kept.
    pub enum KycType {
        /// Verifik keeps the verified data.
        Traditional = "traditional",
        /// Zero-knowledge: only proofs are kept.
        ZeroKnowledge = "zero_knowledge",
    }
}

wire_enum! {
    /// Whether a step is shown and whether it must be completed.
    pub enum StepMode {
        /// Shown; must be completed.
        Mandatory = "mandatory",
        /// Shown; may be skipped.
        Optional = "optional",
        /// Not shown.
        Skip = "skip",
    }
}

wire_enum! {
    /// Where access control looks people up. A `CSV` source is documented by Verifik as coming
    /// soon and is not accepted yet.
    pub enum AccessSource {
        /// No access control.
        None = "NONE",
        /// Your API is asked (`apiUrl`, rule I1).
        Api = "API",
    }
}

wire_enum! {
    /// What access control does with a match.
    pub enum AccessStrategy {
        /// No strategy.
        None = "none",
        /// People found by the source are refused.
        Blacklist = "blacklist",
    }
}

wire_enum! {
    /// Which kind of value `apiTestValue` is.
    pub enum ApiTestType {
        /// An e-mail address.
        Email = "email",
        /// A phone number.
        Phone = "phone",
    }
}
