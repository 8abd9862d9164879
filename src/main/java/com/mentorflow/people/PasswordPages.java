package com.mentorflow.people;

import com.mentorflow.platform.Texts;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The public set-password and "Forgot password?" pages: plain HTML forms that work without JavaScript, with
 * the CSRF token of the session, in the language the browser asks for (no one is signed in to have chosen one).
 * Everything a person typed, the directory holds or a bundle says is escaped.
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

    static String setPassword(Locale reader, String contextPath, PasswordLinks.Opened person, String token, CsrfToken csrf,
                              Map<String, String> problems) {
        String heading = text(reader, person.purpose() == PasswordLink.Purpose.INVITATION
                ? "people.password.set.welcome" : "people.password.set.title");
        // The sentence is escaped with stand-ins for the two names, which then become markup of their own.
        return page(reader, heading, "<p>" + escape(text(reader, "people.password.set.intro", "\u0000name", "\u0000username"))
                        .replace("\u0000name", "<strong>" + escape(person.displayName()) + "</strong>")
                        .replace("\u0000username", "<strong id=\"username\">" + escape(person.username()) + "</strong>") + "</p>"
                + otherProblems(problems)
                + "<form method=\"post\" action=\"" + escape(contextPath) + "/set-password\" novalidate>"
                + hidden("token", token) + hidden(csrf.getParameterName(), csrf.getToken())
                + field("password", text(reader, "people.password.set.password"), problems.get("password"),
                text(reader, "people.password.set.password.hint"))
                + field("confirmation", text(reader, "people.password.set.confirmation"), problems.get("confirmation"), null)
                + "<button type=\"submit\">" + escape(text(reader, "people.password.set.submit")) + "</button></form>");
    }

    static String refused(Locale reader, String contextPath, PasswordLinks.Opened opened) {
        String next = opened.purpose() == PasswordLink.Purpose.INVITATION
                ? escape(text(reader, "people.password.refused.invitation"))
                : escape(text(reader, "people.password.refused.reset", "\u0000link")).replace("\u0000link",
                        "<a href=\"" + escape(contextPath) + "/forgot-password\">"
                                + escape(text(reader, "people.password.refused.newLink")) + "</a>");
        return page(reader, text(reader, "people.password.refused.title"), "<p id=\"refusal\">"
                + escape(text(reader, "people.password.refusal." + opened.refusal().name())) + "</p><p>" + next + "</p>");
    }

    static String forgotPassword(Locale reader, String contextPath, CsrfToken csrf, String notice) {
        String body = (notice == null ? "" : "<p class=\"notice\" role=\"status\" id=\"notice\">" + escape(notice) + "</p>")
                + "<p>" + escape(text(reader, "people.password.forgot.intro")) + "</p>"
                + "<form method=\"post\" action=\"" + escape(contextPath) + "/forgot-password\">"
                + hidden(csrf.getParameterName(), csrf.getToken())
                + "<label for=\"who\">" + escape(text(reader, "people.password.forgot.who")) + "</label>"
                + "<input type=\"text\" id=\"who\" name=\"who\" autocomplete=\"username\" required maxlength=\"254\">"
                + "<button type=\"submit\">" + escape(text(reader, "people.password.forgot.submit")) + "</button></form>"
                + "<p><a href=\"" + escape(contextPath) + "/login\">" + escape(text(reader, "people.password.forgot.back"))
                + "</a></p>";
        return page(reader, text(reader, "people.password.forgot.title"), body);
    }

    static String text(Locale reader, String key, Object... arguments) {
        return Texts.text(reader, key, arguments);
    }

    /** E.g. the username was taken in the moment between showing the page and sending it. */
    private static String otherProblems(Map<String, String> problems) {
        StringBuilder html = new StringBuilder();
        problems.forEach((field, message) -> {
            if (!field.equals("password") && !field.equals("confirmation")) {
                html.append("<p class=\"error\" role=\"alert\">").append(escape(message)).append("</p>");
            }
        });
        return html.toString();
    }

    private static String field(String name, String label, String error, String hint) {
        String describedBy = error != null ? name + "-error" : hint != null ? name + "-hint" : null;
        return "<label for=\"" + name + "\">" + escape(label) + "</label>"
                + "<input type=\"password\" id=\"" + name + "\" name=\"" + name + "\" autocomplete=\"new-password\" required"
                + (error != null ? " aria-invalid=\"true\"" : "")
                + (describedBy != null ? " aria-describedby=\"" + describedBy + "\"" : "") + ">"
                + (error != null ? "<p class=\"error\" id=\"" + name + "-error\">" + escape(error) + "</p>" : "")
                + (error == null && hint != null ? "<p class=\"hint\" id=\"" + name + "-hint\">" + escape(hint) + "</p>" : "");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    /** Only markup is escaped; the page is UTF-8, so "é" and Devanagari stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String page(Locale reader, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + reader.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Mentorflow</title><style>" + STYLE + "</style></head>"
                + "<body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }
}
