package com.mentorflow.people;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The public set-password and "Forgot password?" pages: plain HTML forms that work without JavaScript, with
 * the CSRF token of the session. Everything a person typed or the directory holds is escaped.
 */
final class PasswordPages {

    private static final String STYLE = """
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f9;color:#1a2433}
            main{max-width:26rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
            h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.5}label{display:block;font-weight:600;margin:1rem 0 .3rem}
            input[type=password],input[type=text]{box-sizing:border-box;width:100%;padding:.6rem;font-size:1rem;border:1px solid #aab3c0;border-radius:6px}
            input[aria-invalid=true]{border-color:#c62828}.error{color:#c62828;margin:.3rem 0 0;font-size:.9rem}
            .hint{color:#566173;font-size:.9rem;margin:.3rem 0 0}.notice{background:#e8f1fd;padding:.8rem 1rem;border-radius:6px}
            button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;font-weight:600;color:#fff;background:#1676f3;border:0;border-radius:6px;cursor:pointer}
            a{color:#1676f3}@media (max-width:480px){main{margin:0;border-radius:0;box-shadow:none;min-height:100vh}}
            """;

    private PasswordPages() {
    }

    static String setPassword(String contextPath, PasswordLinks.Opened person, String token, CsrfToken csrf,
                              Map<String, String> problems) {
        String heading = person.purpose() == PasswordLink.Purpose.INVITATION ? "Welcome to Mentorflow" : "Set a new password";
        return page(heading, "<p>Choose the password for <strong>" + htmlEscape(person.displayName()) + "</strong>. "
                + "You sign in as <strong id=\"username\">" + htmlEscape(person.username()) + "</strong>.</p>"
                + otherProblems(problems)
                + "<form method=\"post\" action=\"" + htmlEscape(contextPath) + "/set-password\" novalidate>"
                + hidden("token", token) + hidden(csrf.getParameterName(), csrf.getToken())
                + field("password", "New password", problems.get("password"),
                "At least 12 characters; not your username; not a common password.")
                + field("confirmation", "New password again", problems.get("confirmation"), null)
                + "<button type=\"submit\">Set password and sign in</button></form>");
    }

    static String refused(String contextPath, PasswordLinks.Opened opened) {
        String next = opened.purpose() == PasswordLink.Purpose.INVITATION
                ? "Ask your Mentorflow admin to send you a new invitation."
                : "<a href=\"" + htmlEscape(contextPath) + "/forgot-password\">Ask for a new link</a> "
                + "(or, if you were invited, ask your Mentorflow admin to invite you again).";
        return page("This link cannot be used", "<p id=\"refusal\">" + htmlEscape(opened.refusal().sentence) + "</p><p>" + next + "</p>");
    }

    static String forgotPassword(String contextPath, CsrfToken csrf, String notice) {
        String body = (notice == null ? "" : "<p class=\"notice\" role=\"status\" id=\"notice\">" + htmlEscape(notice) + "</p>")
                + "<p>Give your username or e-mail address. If it belongs to an active account, we mail you a link to "
                + "set a new password.</p>"
                + "<form method=\"post\" action=\"" + htmlEscape(contextPath) + "/forgot-password\">"
                + hidden(csrf.getParameterName(), csrf.getToken())
                + "<label for=\"who\">Username or e-mail address</label>"
                + "<input type=\"text\" id=\"who\" name=\"who\" autocomplete=\"username\" required maxlength=\"254\">"
                + "<button type=\"submit\">Mail me a link</button></form>"
                + "<p><a href=\"" + htmlEscape(contextPath) + "/login\">Back to sign in</a></p>";
        return page("Forgot password?", body);
    }

    /** E.g. the username was taken in the moment between showing the page and sending it. */
    private static String otherProblems(Map<String, String> problems) {
        StringBuilder html = new StringBuilder();
        problems.forEach((field, message) -> {
            if (!field.equals("password") && !field.equals("confirmation")) {
                html.append("<p class=\"error\" role=\"alert\">").append(htmlEscape(message)).append("</p>");
            }
        });
        return html.toString();
    }

    private static String field(String name, String label, String error, String hint) {
        String describedBy = error != null ? name + "-error" : hint != null ? name + "-hint" : null;
        return "<label for=\"" + name + "\">" + label + "</label>"
                + "<input type=\"password\" id=\"" + name + "\" name=\"" + name + "\" autocomplete=\"new-password\" required"
                + (error != null ? " aria-invalid=\"true\"" : "")
                + (describedBy != null ? " aria-describedby=\"" + describedBy + "\"" : "") + ">"
                + (error != null ? "<p class=\"error\" id=\"" + name + "-error\">" + htmlEscape(error) + "</p>" : "")
                + (error == null && hint != null ? "<p class=\"hint\" id=\"" + name + "-hint\">" + hint + "</p>" : "");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + htmlEscape(name) + "\" value=\"" + htmlEscape(value) + "\">";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + htmlEscape(title) + " · Mentorflow</title><style>" + STYLE + "</style></head>"
                + "<body><main><h1>" + htmlEscape(title) + "</h1>" + body + "</main></body></html>";
    }
}
