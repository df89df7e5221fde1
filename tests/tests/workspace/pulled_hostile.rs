//! The flows of Verifik project 0000000000000000feed0000, pulled by
//! `verifik-flow pull --rust`: one function a flow, returning its `flow!` literal
//! (checked when this compiles).

/// Flow `0000000000000000feed0001` (`"Move"`), as Verifik holds it.
pub fn move_flow() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "Move",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0002` (`"Self"`), as Verifik holds it.
pub fn self_flow() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "Self",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0003` (`"fn"`), as Verifik holds it.
pub fn fn_flow() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "fn",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0004` (`"self"`), as Verifik holds it.
pub fn self_flow_2() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "self",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0005` (`"\u{9b}31mred\u{85} next"`), as Verifik holds it.
pub fn flow_31mred_next() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "\u{9b}31mred\u{85} next",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0006` (`"evil \u{202e}txt.exe"`), as Verifik holds it.
pub fn evil_txt_exe() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "evil \u{202e}txt.exe",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0007` (```"<img src=x onerror=alert(1)> `tick` ``two``"```), as Verifik holds it.
pub fn img_src_x_onerror_alert_1_tick_two() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "<img src=x onerror=alert(1)> `tick` ``two``",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}

/// Flow `0000000000000000feed0008` (`"中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中"`), as Verifik holds it.
pub fn flow_0000000000000000feed0008() -> verifik_flow::ProjectFlow {
    verifik_flow::flow! {
        "project": "0000000000000000feed0000",
        "type": "onboarding",
        "name": "中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中",
        "target": "personal",
        "status": "draft",
        "signUpForm": {
          "email": true,
          "emailGateway": "mailgun"
        }
    }
}
